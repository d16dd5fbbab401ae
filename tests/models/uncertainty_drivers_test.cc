// Uncertainty analysis on the model itself: over draws of three parameters, the one that cannot move
// the outcome (the staff hour's price, which only enters the money KPIs) ranks last among the drivers
// of the sustained-placement rate and of the effect of longer aftercare, and first for the staff cost.
#include "model_test_support.h"
#include "models/region_run.h"
#include "sim/executor.h"
#include "sim/random.h"
#include "sim/uncertainty.h"

#include <catch2/catch.hpp>

using namespace regiosim;
using test::kpi;

TEST_CASE("a parameter with no effect ranks last among the drivers", "[uncertainty][stochastic]") {
  const auto& table = models::parameter_table();
  std::vector<sim::UncertainFactor> factors;
  for (const char* key : {"employment.aftercare_hazard_ratio", "coach.hourly_cost_eur", "employment.dropout_per_year"}) {
    factors.push_back({key, *table.find(key)->spec.prior, false});
  }
  const std::size_t N = 32;
  const sim::Design draws = sim::draw_factors(factors, N, 3);
  auto base = test::small_region(500, 130, 26);
  auto exec = sim::make_executor(2);
  std::vector<double> rate(N), effect(N), cost(N);
  for (std::size_t d = 0; d < N; ++d) {
    auto p = base;
    for (std::size_t i = 0; i < factors.size(); ++i) table.find(factors[i].key)->set(p, sim::ParamValue(draws.at(d, i)));
    auto longer = p;
    longer.policy.aftercare_weeks = 26;
    const models::RunSpec spec{.scenario = "d", .replication = 0, .seed = sim::replication_seed(5, 0)};
    const auto a = models::run_region(p, spec, *exec);
    const auto b = models::run_region(longer, spec, *exec);
    rate[d] = kpi(b, "sustained_rate_52w");
    effect[d] = rate[d] - kpi(a, "sustained_rate_52w");
    cost[d] = kpi(a, "cost_staff_eur");
  }
  // The sustained rate with half a year of aftercare: dropout and aftercare drive it, the price not.
  const auto level = sim::summarise_outcome(rate, N, 1, draws, 3, 100, 1);
  REQUIRE(level.drivers.size() == 3);
  CHECK(level.drivers.back().factor == 1);
  // The staff cost is the hourly price times hours: the price drives it, far ahead of the others.
  const auto money = sim::summarise_outcome(cost, N, 1, draws, 3, 100, 1);
  CHECK(money.drivers.front().factor == 1);
  CHECK(money.drivers.front().index > 0.8);
  // The effect of longer aftercare: the hazard ratio (how much aftercare helps) and the dropout rate
  // (how much there is to prevent) drive it, the staff hour's price comes last.
  const auto diff = sim::summarise_outcome(effect, N, 1, draws, 3, 100, 1);
  for (const auto& d : diff.drivers) UNSCOPED_INFO(factors[d.factor].key << " " << d.index);
  CHECK(diff.drivers.back().factor == 1);
  CHECK(diff.drivers.front().index > diff.drivers.back().index + 0.1);
}
