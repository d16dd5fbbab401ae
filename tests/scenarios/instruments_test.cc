// Acceptance (issue 4): paired experiments with common random numbers on the instrument levers
// (scenario folders tests/scenarios/instruments/levers and .../aftercare):
//  - aftercare 13 vs 4 weeks -> higher sustained_rate_52w;
//  - LKS off -> fewer placements of seekers with a low loonwaarde (below 50%);
//  - trial placements off -> lower placement rate;
//  - a participation budget of 50,000 euros a year: committed spending never exceeds it in any year
//    of any replication, requests are refused, and fewer people are placed.
// Each difference is variant minus baseline over twelve paired replications; the 95% interval must
// exclude zero in the expected direction.
#include "scenario_runner.h"

#include <catch2/catch.hpp>

#include <iostream>

using namespace regiosim;

using test::report;

namespace {

std::size_t column(const sim::SeriesTable& t, const std::string& name) {
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c] == name) return c;
  }
  throw std::invalid_argument("no column " + name);
}

}  // namespace

TEST_CASE("Thirteen weeks of aftercare keep more people in work after a year", "[scenario][stochastic][acceptance]") {
  const auto runs = test::run_scenario_folder("tests/scenarios/instruments/aftercare/scenario.toml");
  REQUIRE(runs.scenarios.size() == 2);
  const auto d = runs.difference(1, "sustained_rate_52w");
  report("aftercare 13 - 4 weeks, sustained_rate_52w", d);
  report("aftercare 13 - 4 weeks, dropouts", runs.difference(1, "dropouts"));
  CHECK(d.low > 0.0);
}

TEST_CASE("Loonkostensubsidie, trial placements and the budget move placements as expected",
          "[scenario][stochastic][acceptance]") {
  const auto runs = test::run_scenario_folder("tests/scenarios/instruments/levers/scenario.toml");
  REQUIRE(runs.scenarios.size() == 4);
  const auto index = [&](const std::string& name) { return runs.index(name); };

  // Without loonkostensubsidie fewer people with a low loonwaarde are placed.
  const auto lks = runs.difference(index("lks_off"), "placements_low_loonwaarde");
  report("LKS off - on, placements_low_loonwaarde", lks);
  CHECK(lks.high < 0.0);
  CHECK(sim::mean_interval(runs.kpi(index("lks_off"), "placements_with_lks")).mean == 0.0);

  // Without trial placements fewer registrants are placed.
  const auto trial = runs.difference(index("trial_off"), "placement_rate_26w");
  report("trial placements off - on, placement_rate_26w", trial);
  CHECK(trial.high < 0.0);
  CHECK(sim::mean_interval(runs.kpi(index("trial_off"), "trial_placements")).mean == 0.0);

  // A participation budget of 50,000 euros a year: what each budget year commits (the sum of its weeks
  // in the series; the burn-in is two whole years, so observed week 0 starts a year) is within it, in
  // every year of every replication; it binds (requests are refused every year) and costs placements.
  const std::size_t tight = index("tight_budget");
  const double cap = 50000.0;
  for (std::size_t r = 0; r < runs.kpi(tight, "placements").size(); ++r) {
    const auto& budget = runs.series(tight, r, "budget");
    const std::size_t committed = column(budget, "participation_committed_eur");
    const std::size_t refused = column(budget, "participation_refused");
    REQUIRE(budget.rows == 312);
    for (std::size_t year = 0; year < 6; ++year) {
      double year_committed = 0.0, year_refused = 0.0;
      for (std::size_t w = 52 * year; w < 52 * (year + 1); ++w) {
        year_committed += budget.at(w, committed);
        year_refused += budget.at(w, refused);
      }
      CHECK(year_committed <= cap);
      CHECK(year_committed > 0.9 * cap);  // the money was used
      CHECK(year_refused > 0.0);          // and some requests were refused
      // A request that waits for money is asked every week but counted once a year: at most one per
      // paid tile (4) of each person served that year (at most twice the starting stock of 2,500).
      CHECK(year_refused <= 4.0 * 2.0 * 2500.0);
    }
  }
  const auto placements = runs.difference(tight, "placements");
  report("participation budget 50,000 - none, placements", placements);
  report("participation budget 50,000 - none, participation_committed_eur",
         runs.difference(tight, "participation_committed_eur"));
  CHECK(placements.high < 0.0);
}
