// Shared helpers for model tests: small regions that run in a fraction of a second.
#pragma once

#include "models/parameters.h"
#include "sim/run_result.h"

#include <catch2/catch.hpp>

#include <cmath>

#include <stdexcept>
#include <string>

namespace regiosim::test {

inline models::ModelParams small_region(std::int64_t seekers = 400, std::int64_t weeks = 104, std::int64_t burn_in = 26) {
  auto p = models::parameter_table().defaults();
  p.region.job_seekers = seekers;
  p.region.employers = seekers * 4 / 5;
  p.sim.weeks = weeks;
  p.sim.burn_in_weeks = burn_in;
  return p;
}

// A run's KPI, weekly series and the sum of one of its columns over the observed weeks; an unknown
// name throws (the test fails with the name).
inline double kpi(const sim::RunResult& r, const std::string& name) {
  for (const auto& m : r.metrics) {
    if (m.name == name) return m.value;
  }
  throw std::invalid_argument("no KPI " + name);
}

// Two runs give the same KPIs, bit for bit (an undefined KPI is undefined in both).
inline void check_same_kpis(const sim::RunResult& a, const sim::RunResult& b) {
  REQUIRE(a.metrics.size() == b.metrics.size());
  for (std::size_t i = 0; i < a.metrics.size(); ++i) {
    INFO(a.metrics[i].name);
    CHECK((a.metrics[i].value == b.metrics[i].value || (std::isnan(a.metrics[i].value) && std::isnan(b.metrics[i].value))));
  }
}

inline const sim::SeriesTable& series(const sim::RunResult& r, const std::string& name) {
  for (const auto& t : r.series) {
    if (t.name == name) return t;
  }
  throw std::invalid_argument("no series " + name);
}

inline double column_sum(const sim::SeriesTable& t, const std::string& name) {
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c] != name) continue;
    double sum = 0.0;
    for (std::size_t row = 0; row < t.rows; ++row) sum += t.at(row, c);
    return sum;
  }
  throw std::invalid_argument("no column " + name + " in " + t.name);
}

}  // namespace regiosim::test
