// Acceptance (issue 3): paired experiments with common random numbers on the employer-side levers
// (scenario folders tests/scenarios/employers/<case>/):
//  - acquisition: cold acquisition share 0.8 vs 0.1 -> fewer placements per account-manager hour;
//  - contact: one stable contact person vs case managers contacting employers themselves -> higher
//    employer_trust_mean; with the staffing it needs (6.5 instead of 4 FTE) a larger network than with
//    today's team, whose hours go to presenting candidates instead of first contacts;
//  - approach: integral vs demand -> the integral gain in placement_rate_52w is larger for seekers
//    registering on ladder rungs 1-3 than for those on rungs 4-5 (reported per segment).
// Each difference is variant minus baseline over twelve paired replications; the 95% interval must
// exclude zero in the expected direction.
#include "scenario_runner.h"

#include <catch2/catch.hpp>

#include <iostream>

using namespace regiosim;

using test::report;

TEST_CASE("Cold acquisition yields fewer placements per account-manager hour", "[scenario][stochastic][acceptance]") {
  const auto runs = test::run_scenario_folder("tests/scenarios/employers/acquisition/scenario.toml");
  REQUIRE(runs.scenarios.size() == 2);
  const auto per_hour = runs.difference(1, "placements_per_account_manager_hour");
  report("cold 0.8 - 0.1, placements_per_account_manager_hour", per_hour);
  report("cold 0.8 - 0.1, employers_in_network", runs.difference(1, "employers_in_network"));
  report("cold 0.8 - 0.1, network_placements", runs.difference(1, "network_placements"));
  report("cold 0.8 - 0.1, placements", runs.difference(1, "placements"));
  report("cold 0.8 - 0.1, employer_trust_mean", runs.difference(1, "employer_trust_mean"));
  CHECK(per_hour.high < 0.0);
}

TEST_CASE("One contact person raises employers' trust, and with the staffing it needs it no longer shrinks the network",
          "[scenario][stochastic][acceptance]") {
  const auto runs = test::run_scenario_folder("tests/scenarios/employers/contact/scenario.toml");
  REQUIRE(runs.scenarios.size() == 3);
  const std::size_t today = runs.index("single_contact");
  const std::size_t staffed = runs.index("single_contact_staffed");
  const auto trust = runs.difference(today, "employer_trust_mean");
  report("single contact on - off, employer_trust_mean", trust);
  report("single contact on - off, sustained_rate_52w", runs.difference(today, "sustained_rate_52w"));
  report("single contact on - off, placements", runs.difference(today, "placements"));
  report("single contact on - off, employers_in_network", runs.difference(today, "employers_in_network"));
  report("single contact staffed - off, employer_trust_mean", runs.difference(staffed, "employer_trust_mean"));
  report("single contact staffed - off, sustained_rate_52w", runs.difference(staffed, "sustained_rate_52w"));
  report("single contact staffed - off, placements", runs.difference(staffed, "placements"));
  report("single contact staffed - off, employers_in_network", runs.difference(staffed, "employers_in_network"));
  // Staffed minus today's team: the same single contact with 2.5 FTE more.
  std::vector<double> network_gain;
  const auto n_today = runs.kpi(today, "employers_in_network"), n_staffed = runs.kpi(staffed, "employers_in_network");
  for (std::size_t r = 0; r < n_today.size(); ++r) network_gain.push_back(n_staffed[r] - n_today[r]);
  const auto gain = sim::mean_interval(network_gain);
  report("single contact staffed - today's team, employers_in_network", gain);
  CHECK(trust.low > 0.0);
  CHECK(gain.low > 0.0);
}

TEST_CASE("The integral approach helps seekers far from the labour market most", "[scenario][stochastic][acceptance]") {
  const auto runs = test::run_scenario_folder("tests/scenarios/employers/approach/scenario.toml");
  const std::size_t integral = runs.index("integral");
  const std::string low = "placement_rate_52w_rungs_1_3";
  const std::string high = "placement_rate_52w_rungs_4_5";
  const auto gain_low = runs.difference(integral, low);
  const auto gain_high = runs.difference(integral, high);
  report("integral - demand, " + low, gain_low);
  report("integral - demand, " + high, gain_high);
  const auto base_low = sim::mean_interval(runs.kpi(0, low));
  const auto base_high = sim::mean_interval(runs.kpi(0, high));
  std::cout << "demand approach: " << low << " " << base_low.mean << ", " << high << " " << base_high.mean
            << "; relative gain rungs 1-3 " << gain_low.mean / base_low.mean << ", rungs 4-5 "
            << gain_high.mean / base_high.mean << "\n";
  report("integral - demand, placements", runs.difference(integral, "placements"));
  report("integral - demand, sustained_rate_52w", runs.difference(integral, "sustained_rate_52w"));
  const std::size_t supply = runs.index("supply");
  report("supply - demand, " + low, runs.difference(supply, low));
  report("supply - demand, " + high, runs.difference(supply, high));
  report("supply - demand, employer_trust_mean", runs.difference(supply, "employer_trust_mean"));

  // The gain for rungs 1-3 exceeds the gain for rungs 4-5, replication by replication.
  std::vector<double> d_low, d_high;
  const auto b_low = runs.kpi(0, low), i_low = runs.kpi(integral, low);
  const auto b_high = runs.kpi(0, high), i_high = runs.kpi(integral, high);
  for (std::size_t r = 0; r < b_low.size(); ++r) {
    d_low.push_back(i_low[r] - b_low[r]);
    d_high.push_back(i_high[r] - b_high[r]);
  }
  const auto excess = sim::paired_difference(d_high, d_low);
  report("integral gain rungs 1-3 minus gain rungs 4-5", excess);
  CHECK(gain_low.low > 0.0);
  CHECK(excess.low > 0.0);
}
