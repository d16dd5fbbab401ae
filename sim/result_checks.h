// Numerical guards on a finished run: no NaN, infinity or negative stock ever reaches the output.
//
// A RunResult declares what its values may be (sim/run_result.h): series and metrics flagged
// `nonnegative` (stocks, counts, money, hours) are never below 0; every value is finite, except a
// cell the result declares undefined (a metric with `undefined` set and an `undefined_when`
// condition, a series cell whose base column is 0 in that row). find_result_problems() lists every
// value that breaks these rules; check_run_result() is the guard the model calls before a result
// leaves it (and the writers call again): it asserts in debug builds and throws InvalidRunResult in
// release builds, naming the scenario, replication, week, series and column.
//
//   sim::check_run_result(result);                       // throws InvalidRunResult
//   for (const auto& p : sim::find_result_problems(result)) std::cerr << p << "\n";
#pragma once

#include "sim/run_result.h"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace regiosim::sim {

// A computational failure found in a run's result (not bad input): the CLI exits with code 1.
class InvalidRunResult : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Every broken rule, one message each, at most `limit` of them (the first in table order), e.g.
//   "scenario 'baseline', replication 3, week 17: timeseries/costs, column lks_eur: -12.5 is negative
//    (money, counts, stocks and hours are never below 0)"
// Rows of the "timeseries" group are observed weeks; other groups name the row.
std::vector<std::string> find_result_problems(const RunResult& run, std::size_t limit = 20);

// Throws InvalidRunResult (release) or fails an assertion (debug builds) when the run has problems.
void check_run_result(const RunResult& run);

}  // namespace regiosim::sim
