// The region's run results against the numerical guards (sim/result_checks.h): in the default region
// and in edge cases that leave bases empty (no account managers, no budget, a horizon shorter than
// the follow-up windows, a tiny region), every NaN is a declared undefined value and nothing is
// negative; the declarations themselves are consistent.
#include "models/kpis.h"
#include "models/region_run.h"
#include "sim/executor.h"
#include "sim/random.h"
#include "sim/result_checks.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

using namespace regiosim;
using namespace regiosim::models;

namespace {

sim::RunResult run(const ModelParams& p, std::uint64_t seed = 11) {
  sim::SerialExecutor exec;
  return run_region(p, {.scenario = "edge", .replication = 0, .seed = sim::replication_seed(seed, 0)}, exec);
}

const sim::Metric& metric(const sim::RunResult& r, const std::string& name) {
  for (const auto& m : r.metrics) {
    if (m.name == name) return m;
  }
  FAIL("no metric " << name);
  throw;
}

}  // namespace

TEST_CASE("KPIs that may be undefined say when, and every KPI is declared non-negative", "[guards]") {
  const auto r = run(test::small_region(300, 60, 10));
  CHECK(sim::find_result_problems(r).empty());
  for (const auto& d : kpi_definitions()) {
    const auto& m = metric(r, std::string(d.name));
    CHECK(m.undefined_when == d.undefined_when);
    CHECK(m.nonnegative);
    if (m.undefined) CHECK(std::isnan(m.value));
  }
  for (const auto& s : r.series) {
    INFO(s.name);
    CHECK(s.nonnegative);
  }
}

TEST_CASE("Edge cases leave bases empty: their values are declared undefined, nothing else is NaN", "[guards]") {
  SECTION("a horizon shorter than every follow-up window") {
    const auto r = run(test::small_region(200, 20, 0));
    CHECK(sim::find_result_problems(r).empty());
    CHECK(metric(r, "sustained_rate_52w").undefined);
    CHECK(metric(r, "median_weeks_to_placement").undefined);
    CHECK(metric(r, "placement_rate_26w").undefined);
    CHECK(metric(r, "cost_per_sustained_placement_eur").undefined);
    CHECK_FALSE(metric(r, "placements").undefined);
  }
  SECTION("no account managers: the portfolio and the placements per hour are undefined") {
    auto p = test::small_region(200, 60, 10);
    p.region.account_managers = 0;
    const auto r = run(p);
    CHECK(sim::find_result_problems(r).empty());
    CHECK(metric(r, "placements_per_account_manager_hour").undefined);
    for (const auto& s : r.series) {
      if (s.name != "account_managers") continue;
      for (std::size_t w = 0; w < s.rows; ++w) CHECK(std::isnan(s.at(w, 6)));
    }
  }
  SECTION("a budget that never runs out and no referrals") {
    auto p = test::small_region(200, 60, 10);
    p.policy.participation_budget_eur_per_year = 0.0;
    p.policy.income_budget_eur_per_year = 0.0;
    p.policy.werkmakelaar_share = 0.0;
    const auto r = run(p);
    CHECK(sim::find_result_problems(r).empty());
    CHECK(metric(r, "budget_exhausted_week").undefined);
    CHECK(metric(r, "werkmakelaar_wm1_share").undefined);
  }
  SECTION("a region of one seeker and one employer") {
    auto p = test::small_region(1, 60, 0);
    p.region.employers = 1;
    for (std::uint64_t seed = 1; seed <= 5; ++seed) CHECK(sim::find_result_problems(run(p, seed)).empty());
  }
}
