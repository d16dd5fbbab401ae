// What one simulation run hands to the outside world: named tables of numbers (weekly time series,
// curves), scalar indicators and record tables (e.g. an event history, the job spells). Writers and reports read
// these records and the resolved scenario, never the runner's internals.
#pragma once

#include "sim/simulation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace regiosim::sim {

// A table of numbers with named columns, row-major. In the "timeseries" group rows are the
// observed weeks; other groups (e.g. "curves": rows are weeks since an event) say what a row is in
// their description.
//
// Every value is finite unless the table declares the cell undefined: column c may be NaN in a row
// exactly where its base column (undefined_when_zero[c], a column of the same table) is 0, e.g. a
// mean over employers in contact when none were. check_run_result() (sim/result_checks.h) holds
// runs to these declarations.
struct SeriesTable {
  std::string name;
  std::string group = "timeseries";
  std::string unit;
  std::string description;
  std::vector<std::string> columns;
  bool integer = false;      // values are whole numbers (counts)
  bool nonnegative = false;  // stocks, counts, money, hours: no value below 0
  // Empty, or one entry per column: the name of the base column whose 0 makes this column undefined
  // (NaN) in that row; "" for a column that is always defined.
  std::vector<std::string> undefined_when_zero;
  std::size_t rows = 0;
  std::vector<double> values;

  double at(std::size_t row, std::size_t col) const { return values[row * columns.size() + col]; }
};

// A scalar indicator. A metric whose base is empty in a run (a rate without a denominator, a median
// of nothing) is *undefined*: `undefined` is set and `value` is NaN. Only a metric that declares when
// that can happen (`undefined_when`) may be undefined; every other value is finite.
struct Metric {
  std::string name;
  std::string unit;
  std::string description;
  double value = 0.0;
  std::string undefined_when;  // e.g. "no job starts in the observed weeks"; empty: always defined
  bool undefined = false;      // this run: the base is empty and value is NaN
  bool nonnegative = false;    // counts, money, shares: never below 0
};

// A table of integer-coded records; a column with labels is an enumeration.
struct RecordColumn {
  std::string name;
  std::string description;
  std::vector<std::string> labels;  // non-empty: value i means labels[i]; -1 means "none"
  std::vector<std::int64_t> values;
  bool nonnegative = false;         // counts and money: no value below 0
};

struct RecordTable {
  std::string name;
  std::string description;
  std::vector<RecordColumn> columns;
  std::size_t rows() const { return columns.empty() ? 0 : columns.front().values.size(); }
};

struct RunResult {
  std::string scenario;
  std::size_t replication = 0;
  std::uint64_t seed = 0;
  int weeks_completed = 0;
  std::vector<SeriesTable> series;
  std::vector<Metric> metrics;
  std::vector<RecordTable> records;  // e.g. the event history and the table of job spells
  PhaseTimings timings;
};

}  // namespace regiosim::sim
