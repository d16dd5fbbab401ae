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
struct SeriesTable {
  std::string name;
  std::string group = "timeseries";
  std::string unit;
  std::string description;
  std::vector<std::string> columns;
  bool integer = false;  // values are whole numbers (counts)
  std::size_t rows = 0;
  std::vector<double> values;

  double at(std::size_t row, std::size_t col) const { return values[row * columns.size() + col]; }
};

struct Metric {
  std::string name;
  std::string unit;
  std::string description;
  double value = 0.0;
};

// A table of integer-coded records; a column with labels is an enumeration.
struct RecordColumn {
  std::string name;
  std::string description;
  std::vector<std::string> labels;  // non-empty: value i means labels[i]; -1 means "none"
  std::vector<std::int64_t> values;
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
