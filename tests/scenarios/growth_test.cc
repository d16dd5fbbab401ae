// Acceptance (issue 5): in a region with growth, the Nieuwe Banen growth routes place more seekers
// who registered on participatieladder rungs 2-4, and those placements last longer. Scenario folder
// tests/scenarios/growth/routes: the default region with a strong growth profile, routes off against
// routes on, replications paired by seed.
#include "scenario_runner.h"

#include <catch2/catch.hpp>

using namespace regiosim;

TEST_CASE("Growth routes place more seekers from rungs 2-4, and more durably", "[scenario][stochastic][acceptance]") {
  const auto runs = test::run_scenario_folder("tests/scenarios/growth/routes/scenario.toml");
  REQUIRE(runs.scenarios.size() == 2);
  REQUIRE_FALSE(runs.scenarios[0].params.policy.growth_routes_enabled);
  REQUIRE(runs.scenarios[1].params.policy.growth_routes_enabled);
  const auto placements = runs.difference(1, "placements_rungs_2_4");
  const auto sustained = runs.difference(1, "sustained_rate_52w_rungs_2_4");
  const auto growth = runs.difference(1, "growth_placements");
  test::report("growth routes on - off: placements_rungs_2_4", placements);
  test::report("growth routes on - off: sustained_rate_52w_rungs_2_4", sustained);
  test::report("growth routes on - off: growth_placements", growth);
  test::report("growth routes on - off: growth_share_filled_target_group", runs.difference(1, "growth_share_filled_target_group"));
  CHECK(placements.n == static_cast<int>(runs.scenarios[0].params.sim.replications));
  CHECK(placements.low > 0.0);
  CHECK(sustained.low > 0.0);
  CHECK(growth.low > 0.0);
  // Without the routes nobody learns in for a future job.
  for (double x : runs.kpi(0, "growth_placements")) CHECK(x == 0.0);
}
