// Acceptance (issue 2): doubling the caseload per case manager lengthens the time to work.
// Scenario folder tests/scenarios/caseload/double: the default region against a variant with
// caseload 160, twelve replications paired by seed (common random numbers). The paired 95%
// interval of the difference must lie above zero.
#include "models/region_run.h"
#include "scenarios/scenario.h"
#include "sim/executor.h"
#include "sim/random.h"
#include "sim/statistics.h"

#include <catch2/catch.hpp>

#include <iostream>

using namespace regiosim;

namespace {

std::vector<double> kpi(const std::vector<sim::RunResult>& runs, const std::string& name) {
  std::vector<double> out;
  for (const auto& r : runs) {
    for (const auto& m : r.metrics) {
      if (m.name == name) out.push_back(m.value);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("Doubling the caseload lengthens the median weeks to placement", "[scenario][stochastic][acceptance]") {
  const auto set = scenarios::load_scenario_file(REGIOSIM_SOURCE_DIR "/tests/scenarios/caseload/double/scenario.toml");
  REQUIRE(set.scenarios.size() == 2);
  const auto& base = set.scenarios[0];
  const auto& doubled = set.scenarios[1];
  REQUIRE(doubled.params.policy.caseload_per_coach == 2 * base.params.policy.caseload_per_coach);
  const auto replications = static_cast<std::size_t>(base.params.sim.replications);

  auto exec = sim::make_executor(0);
  std::vector<sim::RunResult> runs(2 * replications);
  exec->for_each_index(runs.size(), [&](std::size_t j) {
    const auto& s = j < replications ? base : doubled;
    const std::size_t r = j % replications;
    models::RunSpec spec{.scenario = s.name, .replication = r,
                         .seed = sim::replication_seed(static_cast<std::uint64_t>(s.params.sim.seed), r)};
    runs[j] = models::run_region(s.params, spec, *exec);
  });
  const std::vector<sim::RunResult> a(runs.begin(), runs.begin() + static_cast<std::ptrdiff_t>(replications));
  const std::vector<sim::RunResult> b(runs.begin() + static_cast<std::ptrdiff_t>(replications), runs.end());

  const auto median = sim::paired_difference(kpi(a, "median_weeks_to_placement"), kpi(b, "median_weeks_to_placement"));
  const auto placements = sim::paired_difference(kpi(a, "placements"), kpi(b, "placements"));
  std::cout << "caseload 80 -> 160 (" << replications << " paired replications): median_weeks_to_placement "
            << sim::mean_interval(kpi(a, "median_weeks_to_placement")).mean << " -> "
            << sim::mean_interval(kpi(b, "median_weeks_to_placement")).mean << ", difference " << median.mean << " ["
            << median.low << ", " << median.high << "]; placements difference " << placements.mean << " ["
            << placements.low << ", " << placements.high << "]\n";
  CHECK(median.n == static_cast<int>(replications));
  CHECK(median.low > 0.0);
  CHECK(placements.high < 0.0);
}
