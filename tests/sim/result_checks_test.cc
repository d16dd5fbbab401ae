// Numerical guards on run results (sim/result_checks.h): NaN only in declared undefined cells, no
// infinity, no negative stock, count, money or hours; messages name scenario, replication, week,
// series and column.
#include "sim/result_checks.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace regiosim::sim;
using Catch::Matchers::Contains;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

RunResult valid_run() {
  RunResult run;
  run.scenario = "aftercare_13w";
  run.replication = 3;
  SeriesTable costs;
  costs.name = "costs";
  costs.unit = "EUR per week";
  costs.columns = {"staff_eur", "lks_eur"};
  costs.nonnegative = true;
  costs.rows = 3;
  costs.values = {10, 0, 11, 2.5, 12, 3};
  run.series.push_back(costs);
  SeriesTable trust;
  trust.name = "employer_trust";
  trust.columns = {"mean", "in_contact"};
  trust.nonnegative = true;
  trust.undefined_when_zero = {"in_contact", ""};
  trust.rows = 2;
  trust.values = {kNaN, 0, 0.4, 12};  // week 0: nobody in contact, the mean is undefined
  run.series.push_back(trust);
  SeriesTable balance;  // a signed series
  balance.name = "balance";
  balance.columns = {"net_eur"};
  balance.rows = 1;
  balance.values = {-5.0};
  run.series.push_back(balance);
  run.metrics.push_back({"placements", "placements", "", 12.0, "", false, true});
  run.metrics.push_back({"trial_conversion_rate", "share", "", kNaN, "no trial placement was decided", true, true});
  RecordTable spells;
  spells.name = "spells";
  spells.columns.push_back({"end_week", "", {}, {-1, 4}});
  spells.columns.push_back({"lks_paid_eur", "", {}, {0, 1200}, true});
  run.records.push_back(spells);
  return run;
}

}  // namespace

TEST_CASE("A valid run, with declared undefined values and signed series, passes", "[result_checks]") {
  const RunResult run = valid_run();
  CHECK(find_result_problems(run).empty());
  CHECK_NOTHROW(check_run_result(run));
}

TEST_CASE("A NaN in a series names scenario, replication, week, series and column", "[result_checks]") {
  RunResult run = valid_run();
  run.series[0].values[1 * 2 + 1] = kNaN;  // week 1, lks_eur
  const auto problems = find_result_problems(run);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] ==
        "scenario 'aftercare_13w', replication 3, week 1: timeseries/costs, column lks_eur: value NaN is not a finite "
        "number");
}

TEST_CASE("A negative stock or amount of money is refused, and so is infinity", "[result_checks]") {
  RunResult run = valid_run();
  run.series[0].values[2 * 2 + 0] = -12.5;  // week 2, staff_eur
  run.series[0].values[0] = std::numeric_limits<double>::infinity();
  const auto problems = find_result_problems(run);
  REQUIRE(problems.size() == 2);
  CHECK_THAT(problems[0], Contains("week 0: timeseries/costs, column staff_eur: value +infinity is not a finite number"));
  CHECK_THAT(problems[1], Contains("week 2: timeseries/costs, column staff_eur: value -12.5 is negative"));
}

TEST_CASE("NaN is allowed only where the declared base is 0, and required there", "[result_checks]") {
  RunResult run = valid_run();
  run.series[1].values[2] = kNaN;  // week 1 has 12 employers in contact: a failure, not undefined
  auto problems = find_result_problems(run);
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Contains("week 1: timeseries/employer_trust, column mean: value NaN is not a finite number "
                                   "(it may be undefined only where in_contact is 0)"));
  run = valid_run();
  run.series[1].values[0] = 0.5;  // a value where it is undefined
  problems = find_result_problems(run);
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Contains("holds 0.5 where it is undefined (in_contact is 0)"));
}

TEST_CASE("A curve's rows are named as rows, not weeks", "[result_checks]") {
  RunResult run = valid_run();
  run.series[1].group = "curves";
  run.series[1].values[3] = -1.0;
  const auto problems = find_result_problems(run);
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Contains("row 1: curves/employer_trust, column in_contact: value -1 is negative"));
}

TEST_CASE("An undefined KPI must be flagged, declared and NaN", "[result_checks]") {
  RunResult run = valid_run();
  run.metrics[0].value = kNaN;  // NaN without the flag: a computational failure
  auto problems = find_result_problems(run);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "scenario 'aftercare_13w', replication 3: KPI placements: value NaN is not a finite number");

  run = valid_run();
  run.metrics[1].undefined = false;  // declared, but the base was not empty in this run
  problems = find_result_problems(run);
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Contains("KPI trial_conversion_rate: value NaN is not a finite number (it may be undefined "
                                   "only when no trial placement was decided, which is not the case)"));

  run = valid_run();
  run.metrics[0].undefined = true;  // flagged, but no KPI may be undefined without declaring when
  run.metrics[0].value = kNaN;
  problems = find_result_problems(run);
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Contains("KPI placements: is marked undefined, but the KPI declares no case"));

  run = valid_run();
  run.metrics[0].value = -1.0;
  problems = find_result_problems(run);
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Contains("KPI placements: value -1 is negative"));
}

TEST_CASE("Negative money in a record table is refused", "[result_checks]") {
  RunResult run = valid_run();
  run.records[0].columns[1].values[1] = -3;
  const auto problems = find_result_problems(run);
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Contains("record table spells, row 1, column lks_paid_eur: value -3 is negative"));
}

TEST_CASE("Problems are listed up to the limit", "[result_checks]") {
  RunResult run = valid_run();
  for (auto& v : run.series[0].values) v = -1.0;
  CHECK(find_result_problems(run).size() == 6);
  CHECK(find_result_problems(run, 4).size() == 4);
}

#ifdef NDEBUG
// Release builds throw (debug builds assert, which a test cannot observe).
TEST_CASE("check_run_result throws InvalidRunResult with the problems in release builds", "[result_checks]") {
  RunResult run = valid_run();
  run.series[0].values[3] = kNaN;
  CHECK_THROWS_AS(check_run_result(run), InvalidRunResult);
  CHECK_THROWS_WITH(check_run_result(run),
                    Contains("a computational failure, not bad input") &&
                        Contains("scenario 'aftercare_13w', replication 3, week 1: timeseries/costs, column lks_eur"));
}
#endif
