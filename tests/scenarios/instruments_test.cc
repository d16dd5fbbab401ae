// Acceptance (issue 4): paired experiments with common random numbers on the instrument levers
// (scenario folders tests/scenarios/instruments/levers and .../aftercare):
//  - aftercare 13 vs 4 weeks -> higher sustained_rate_52w;
//  - LKS off -> fewer placements of seekers with a low loonwaarde (below 50%);
//  - trial placements off -> lower placement rate;
//  - a tight budget runs out during the year, and placements fall after that week.
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

  // A tight budget runs out within the year and placements fall after that week: placements in the
  // first observed budget year (observed weeks 0-51), before and after the week the budget ran out,
  // in the tight arm relative to the same weeks of the baseline.
  const std::size_t tight = index("tight_budget");
  const auto exhausted = runs.kpi(tight, "budget_exhausted_week");
  std::vector<double> before_ratio, after_ratio;
  for (std::size_t r = 0; r < exhausted.size(); ++r) {
    REQUIRE(std::isfinite(exhausted[r]));
    const auto week = static_cast<std::size_t>(exhausted[r]);
    REQUIRE(week > 4);
    REQUIRE(week < 48);
    const auto& base = runs.series(0, r, "flows");
    const auto& tight_flows = runs.series(tight, r, "flows");
    const auto& budget = runs.series(tight, r, "budget");
    const std::size_t col = column(base, "placements");
    CHECK(budget.at(week, column(budget, "open")) == 1.0);      // it ran out during this week
    CHECK(budget.at(week + 1, column(budget, "open")) == 0.0);  // and stayed closed
    double b_before = 0, t_before = 0, b_after = 0, t_after = 0;
    for (std::size_t w = 0; w < 52; ++w) {
      (w <= week ? b_before : b_after) += base.at(w, col);
      (w <= week ? t_before : t_after) += tight_flows.at(w, col);
    }
    before_ratio.push_back(t_before / b_before);
    after_ratio.push_back(t_after / b_after);
  }
  const auto before = sim::mean_interval(before_ratio);
  const auto after = sim::mean_interval(after_ratio);
  std::cout << "tight budget: ran out in observed week " << sim::mean_interval(exhausted).mean
            << " on average; placements relative to the baseline before that week " << before.mean << " ["
            << before.low << ", " << before.high << "], after it " << after.mean << " [" << after.low << ", "
            << after.high << "]\n";
  const auto drop = sim::paired_difference(before_ratio, after_ratio);
  CHECK(drop.high < 0.0);    // the ratio falls after the budget runs out
  CHECK(after.high < 0.95);  // and placements are clearly lower than in the baseline
}
