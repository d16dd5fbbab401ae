// Issue 9: local markets (region.markets). The model's matching rules are those of one
// municipality's team: the case manager screens a fixed number of vacancies, with the vacancies
// shared with the municipality first, and the account managers present the best few candidates of
// the whole pool for each shared vacancy. In one market of national size those rules concentrate the
// proposals on a few vacancies and candidates, and the placement rate falls with the size of the
// region. Markets of the default region's size keep its rates at any size.
#include "scenario_runner.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <iostream>

using namespace regiosim;

TEST_CASE("Markets of the default region's size keep its placement rate when the region is scaled up",
          "[scenario][stochastic][markets]") {
  const auto runs = test::run_scenario_folder("tests/scenarios/markets/scale/scenario.toml");
  REQUIRE(runs.scenarios.size() == 3);
  const std::size_t eight = runs.index("eight_markets");
  const std::size_t one = runs.index("one_market");
  REQUIRE(runs.scenarios[eight].params.region.markets == 8);
  REQUIRE(runs.scenarios[one].params.region.job_seekers == 8 * runs.scenarios[0].params.region.job_seekers);
  for (const char* kpi : {"placement_rate_26w", "outflow_to_work_rate_year"}) {
    // Different sizes share no people, so the comparison is unpaired.
    const auto markets = sim::unpaired_difference(runs.kpi(0, kpi), runs.kpi(eight, kpi));
    const auto single = sim::unpaired_difference(runs.kpi(0, kpi), runs.kpi(one, kpi));
    const double base = sim::mean_interval(runs.kpi(0, kpi)).mean;
    std::cout << kpi << ": default size " << base << "; eight markets minus it " << markets.mean << " ["
              << markets.low << ", " << markets.high << "]; one market minus it " << single.mean << " ["
              << single.low << ", " << single.high << "]\n";
    // Eight markets: within 15% of the default region's rate (measured: 1% lower in placements
    // within 26 weeks, 0.3% in outflow to work, neither significant). One market of the same size:
    // lower by more than 15% on average and demonstrably lower (measured: 32% and 19% lower, the
    // upper ends of the intervals 22% and 12% below), the artefact the markets remove.
    CHECK(std::abs(markets.mean) < 0.15 * base);
    CHECK(single.mean < -0.15 * base);
    CHECK(single.high < 0.0);
  }
}
