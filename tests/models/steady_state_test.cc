// The default region in steady state: with inputs that do not change, the benefit stock and the
// working population stay level over the observed years (people leave work through job losses, WW,
// moving, pension and the end of the follow-up as fast as placements bring them in).
#include "models/region_run.h"
#include "scenarios/scenario.h"
#include "sim/executor.h"
#include "sim/random.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>

using namespace regiosim;

namespace {

// Mean over the weeks of each observed year of one column of the stocks series, averaged over runs.
std::vector<double> yearly_means(const std::vector<sim::RunResult>& runs, const std::string& column) {
  std::vector<double> out;
  for (const auto& r : runs) {
    const auto& stocks = test::series(r, "stocks");
    std::size_t c = 0;
    while (c < stocks.columns.size() && stocks.columns[c] != column) ++c;
    REQUIRE(c < stocks.columns.size());
    const std::size_t years = stocks.rows / 52;
    out.resize(years, 0.0);
    for (std::size_t y = 0; y < years; ++y) {
      double sum = 0.0;
      for (std::size_t w = 52 * y; w < 52 * (y + 1); ++w) sum += stocks.at(w, c);
      out[y] += sum / 52.0 / static_cast<double>(runs.size());
    }
  }
  return out;
}

// Least-squares slope of the yearly values over their mean: the relative change per year.
double relative_trend(const std::vector<double>& v) {
  const double n = static_cast<double>(v.size());
  double mx = 0.0, my = 0.0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    mx += static_cast<double>(i) / n;
    my += v[i] / n;
  }
  double sxy = 0.0, sxx = 0.0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    sxy += (static_cast<double>(i) - mx) * (v[i] - my);
    sxx += (static_cast<double>(i) - mx) * (static_cast<double>(i) - mx);
  }
  return sxy / sxx / my;
}

}  // namespace

TEST_CASE("The default region is in steady state over its observed years", "[careers][steady_state][stochastic]") {
  const auto set = scenarios::load_scenario_text(scenarios::default_scenario_text(), scenarios::kDefaultScenarioName,
                                                 std::filesystem::current_path());
  // The default region with inputs that do not change: its labour market at the reference tightness
  // every year instead of the 2008-2017 path (the rates of the parameter table hold there).
  auto params = set.scenarios.at(0).params;
  params.demand.tightness = {params.demand.reference_tightness};
  REQUIRE(params.sim.weeks >= 5 * 52);
  sim::TbbExecutor exec(0);
  std::vector<sim::RunResult> runs;
  constexpr std::size_t kRuns = 12;
  for (std::size_t r = 0; r < kRuns; ++r) {
    models::RunSpec spec;
    spec.scenario = "default-region";
    spec.replication = r;
    spec.seed = sim::replication_seed(static_cast<std::uint64_t>(params.sim.seed), r);
    runs.push_back(models::run_region(params, spec, exec));
  }
  const auto benefit = yearly_means(runs, "on_benefit");
  const auto working = yearly_means(runs, "employed");
  const auto on_ww = yearly_means(runs, "on_ww");
  std::printf("observed year  on benefit  in work  on WW (means over the year and %zu runs)\n", kRuns);
  for (std::size_t y = 0; y < benefit.size(); ++y) {
    std::printf("%13zu  %10.0f  %7.0f  %5.1f\n", y + 1, benefit[y], working[y], on_ww[y]);
  }
  const double benefit_trend = relative_trend(benefit), working_trend = relative_trend(working);
  std::printf("trend per year: on benefit %+.4f, in work %+.4f\n", benefit_trend, working_trend);
  CHECK(std::abs(benefit_trend) < 0.03);
  CHECK(std::abs(working_trend) < 0.03);
  // Still filling at the start would show as a steep first half: the trend of the first five
  // observed years on its own.
  const double benefit_first = relative_trend({benefit.begin(), benefit.begin() + 5});
  const double working_first = relative_trend({working.begin(), working.begin() + 5});
  std::printf("trend per year over observed years 1-5: on benefit %+.4f, in work %+.4f\n", benefit_first, working_first);
  CHECK(std::abs(benefit_first) < 0.03);
  CHECK(std::abs(working_first) < 0.03);
  // Year on year: no observed year differs from the one before by 3% or more.
  for (std::size_t y = 1; y < benefit.size(); ++y) {
    INFO("observed year " << y + 1 << " against " << y);
    CHECK(std::abs(benefit[y] / benefit[y - 1] - 1.0) < 0.03);
    CHECK(std::abs(working[y] / working[y - 1] - 1.0) < 0.03);
  }
}
