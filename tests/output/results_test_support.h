// Shared fixtures of the output tests: a scratch directory and synthetic scenarios and runs whose
// every value follows from (scenario, replication), so tests can write and check them anywhere.
#pragma once

#include "output/results_file.h"
#include "tests/support/temp_dir.h"

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace regiosim::output::testing {

using regiosim::testing::TempDir;  // tests/support/temp_dir.h

inline FileProvenance sample_provenance() {
  FileProvenance p;
  p.engine_version = "0.1.0";
  p.engine_commit = "abcdef123456";
  p.command_line = "regiosim run --scenario baseline.toml --replications 3";
  p.created_utc = "2026-11-23T10:15:00Z";
  p.threads = 4;
  p.base_seed = 0xFEEDFACECAFEBEEFULL;
  p.replications = 3;
  return p;
}

inline ScenarioRecord sample_scenario(const std::string& name) {
  ScenarioRecord s;
  s.name = name;
  s.role = name == "baseline" ? "baseline" : "variant";
  s.description = "Scenario " + name + " \xe2\x80\x94 caseload 80 per caseworker";  // an em dash: UTF-8
  s.resolved_toml = "[scenario]\nname = \"" + name + "\"\n\n[services]\ncaseload = 80.0\nrule = \"integral\"\n";
  s.content_hash = "sha256:" + std::string(64, name == "baseline" ? 'a' : 'b');
  s.parameters = {
      {"services.caseload", "80.0", "seekers per caseworker", "scenario"},
      {"services.rule", "\"integral\"", "", "default"},
      {"matching.weights", "[0.1, 0.9]", "1", "Divosa 2024, table 3"},
  };
  return s;
}

// Number of event rows of replication r (replication 1 has none, to cover empty runs).
inline std::size_t sample_event_rows(std::size_t r) { return r == 1 ? 0 : 3 + 2 * r; }

// Two series (an integer one and a float one), four metrics (one NaN in replication 1) and an event
// table with a labelled and an unlabelled column; all values depend on scenario and replication.
inline sim::RunResult sample_run(const std::string& scenario, std::size_t r, std::size_t weeks = 5) {
  const double k = scenario == "baseline" ? 1.0 : 2.0;
  const auto rd = static_cast<double>(r);
  sim::RunResult run;
  run.scenario = scenario;
  run.replication = r;
  run.seed = 1000003ULL * (r + 1) + (scenario == "baseline" ? 0ULL : 0x8000000000000000ULL);
  run.weeks_completed = static_cast<int>(weeks);

  sim::SeriesTable stocks;
  stocks.name = "stocks";
  stocks.unit = "persons";
  stocks.description = "Job seekers and employed at the end of each week";
  stocks.columns = {"seekers", "employed", "in_training"};
  stocks.integer = true;
  stocks.rows = weeks;
  for (std::size_t w = 0; w < weeks; ++w) {
    for (std::size_t c = 0; c < stocks.columns.size(); ++c) {
      stocks.values.push_back(static_cast<double>(1000 * (c + 1)) * k - static_cast<double>(w) * 7.0 + rd * 100.0 -
                              (c == 2 ? 3000.0 : 0.0));  // in_training goes negative: signed
    }
  }
  sim::SeriesTable rates;
  rates.name = "rates";
  rates.unit = "1/week";
  rates.description = "Outflow rates";
  rates.columns = {"to_work", "to_benefit"};
  rates.integer = false;
  rates.rows = weeks;
  for (std::size_t w = 0; w < weeks; ++w) {
    rates.values.push_back(0.01 * k + 0.001 * static_cast<double>(w) + 1e-7 * rd);
    rates.values.push_back(1.0 / (3.0 + static_cast<double>(w) + rd));
  }
  run.series = {stocks, rates};

  run.metrics = {
      {"outflow_to_work", "persons", "Seekers who found work", 812.0 * k + rd},
      {"mean_duration", "weeks", "Mean unemployment duration", 31.25 / k + 0.1 * rd},
      {"placement_rate", "1", "Placements per vacancy (NaN without vacancies)",
       r == 1 ? std::numeric_limits<double>::quiet_NaN() : 0.5 + 0.01 * rd, "there are no vacancies", r == 1},
      {"cost_per_placement", "EUR", "Programme cost per placement", 12345.678 * k - 3.0 * rd},
  };

  sim::RecordTable events;
  events.name = "events";
  events.description = "Transitions of individual job seekers";
  sim::RecordColumn week{"week", "Week of the event", {}, {}};
  sim::RecordColumn person{"person", "Person id", {}, {}};
  sim::RecordColumn kind{"kind", "Kind of transition", {"start", "placement", "exit"}, {}};
  const std::size_t rows = sample_event_rows(r);
  for (std::size_t i = 0; i < rows; ++i) {
    week.values.push_back(static_cast<std::int64_t>(i % weeks));
    person.values.push_back(static_cast<std::int64_t>(10'000'000'000LL * static_cast<long long>(k)) +
                            static_cast<std::int64_t>(r * 100 + i));
    kind.values.push_back(static_cast<std::int64_t>(i % 4) - 1);  // -1 ("none"), 0, 1, 2
  }
  events.columns = {week, kind, person};
  run.records = {events};

  run.timings.names = {"match", "employ"};
  run.timings.seconds = {0.123 * (rd + 1.0), 0.456};
  return run;
}

inline std::vector<char> file_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

}  // namespace regiosim::output::testing
