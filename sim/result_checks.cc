#include "sim/result_checks.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <iostream>

namespace regiosim::sim {

namespace {

std::string number(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+infinity" : "-infinity";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

constexpr const char* kNegative = "is negative (stocks, counts, money and hours are never below 0)";

class Collector {
 public:
  Collector(const RunResult& run, std::size_t limit) : run_(run), limit_(limit) {}

  bool full() const { return problems_.size() >= limit_; }
  void add(const std::string& where, const std::string& what) {
    if (full()) return;
    problems_.push_back("scenario '" + run_.scenario + "', replication " + std::to_string(run_.replication) + where +
                        ": " + what);
  }
  std::vector<std::string> take() { return std::move(problems_); }

 private:
  const RunResult& run_;
  std::size_t limit_;
  std::vector<std::string> problems_;
};

void check_metric(const Metric& m, Collector& out) {
  const std::string where = ": KPI " + m.name;
  if (m.undefined) {
    if (m.undefined_when.empty()) {
      out.add(where, "is marked undefined, but the KPI declares no case in which it may be");
    } else if (!std::isnan(m.value)) {
      out.add(where, "is marked undefined but holds " + number(m.value));
    }
    return;
  }
  if (!std::isfinite(m.value)) {
    std::string what = "value " + number(m.value) + " is not a finite number";
    if (!m.undefined_when.empty()) what += " (it may be undefined only when " + m.undefined_when + ", which is not the case)";
    out.add(where, what);
    return;
  }
  if (m.nonnegative && m.value < 0.0) out.add(where, "value " + number(m.value) + " " + kNegative);
}

void check_series(const SeriesTable& t, Collector& out) {
  const std::string name = " " + t.group + "/" + t.name;
  const std::size_t cols = t.columns.size();
  if (t.values.size() != t.rows * cols) {
    out.add(":" + name, std::to_string(t.values.size()) + " values for " + std::to_string(t.rows) + " rows of " +
                            std::to_string(cols) + " columns");
    return;
  }
  std::vector<std::ptrdiff_t> base(cols, -1);
  if (!t.undefined_when_zero.empty()) {
    if (t.undefined_when_zero.size() != cols) {
      out.add(":" + name, "declares undefined cells for " + std::to_string(t.undefined_when_zero.size()) + " of " +
                              std::to_string(cols) + " columns");
      return;
    }
    for (std::size_t c = 0; c < cols; ++c) {
      const auto& b = t.undefined_when_zero[c];
      if (b.empty()) continue;
      const auto it = std::find(t.columns.begin(), t.columns.end(), b);
      if (it == t.columns.end() || *it == t.columns[c]) {
        out.add(":" + name, "column " + t.columns[c] + " declares an unknown base column '" + b + "'");
        return;
      }
      base[c] = it - t.columns.begin();
    }
  }
  const bool weeks = t.group == "timeseries";
  for (std::size_t r = 0; r < t.rows && !out.full(); ++r) {
    for (std::size_t c = 0; c < cols; ++c) {
      const double v = t.values[r * cols + c];
      const auto where = [&] {
        return std::string(weeks ? ", week " : ", row ") + std::to_string(r) + ":" + name + ", column " + t.columns[c];
      };
      if (base[c] >= 0) {
        const double b = t.values[r * cols + static_cast<std::size_t>(base[c])];
        if (b == 0.0) {
          if (!std::isnan(v)) out.add(where(), "holds " + number(v) + " where it is undefined (" + t.undefined_when_zero[c] + " is 0)");
          continue;
        }
      }
      if (!std::isfinite(v)) {
        std::string what = "value " + number(v) + " is not a finite number";
        if (base[c] >= 0) what += " (it may be undefined only where " + t.undefined_when_zero[c] + " is 0)";
        out.add(where(), what);
      } else if (t.nonnegative && v < 0.0) {
        out.add(where(), "value " + number(v) + " " + kNegative);
      }
    }
  }
}

void check_records(const RecordTable& t, Collector& out) {
  for (const auto& c : t.columns) {
    if (!c.nonnegative) continue;
    for (std::size_t r = 0; r < c.values.size() && !out.full(); ++r) {
      if (c.values[r] < 0) {
        out.add(": record table " + t.name + ", row " + std::to_string(r) + ", column " + c.name,
                "value " + std::to_string(c.values[r]) + " " + kNegative);
      }
    }
  }
}

}  // namespace

std::vector<std::string> find_result_problems(const RunResult& run, std::size_t limit) {
  Collector out(run, limit);
  for (const auto& m : run.metrics) check_metric(m, out);
  for (const auto& t : run.series) check_series(t, out);
  for (const auto& t : run.records) check_records(t, out);
  return out.take();
}

void check_run_result(const RunResult& run) {
  constexpr std::size_t kShown = 10;
  const auto problems = find_result_problems(run, kShown + 1);
  if (problems.empty()) return;
  std::string message = "invalid values in a run result (a computational failure, not bad input):";
  for (std::size_t i = 0; i < std::min(problems.size(), kShown); ++i) message += "\n  " + problems[i];
  if (problems.size() > kShown) message += "\n  ... and more";
#ifndef NDEBUG
  std::cerr << message << "\n";
  assert(problems.empty() && "invalid values in a run result (see the message above)");
#endif
  throw InvalidRunResult(message);
}

}  // namespace regiosim::sim
