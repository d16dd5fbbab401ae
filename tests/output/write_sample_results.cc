// Test helper: writes a small results file with ResultsWriter, plus a JSON record of every value
// it wrote, for tests/output/check_python_reader.py.
//
//   write_sample_results OUT.h5 EXPECTED.json
#include "output/results_file.h"
#include "tests/output/results_test_support.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

using namespace regiosim;
using namespace regiosim::output;
using namespace regiosim::output::testing;

namespace {

constexpr std::size_t kReplications = 5;
constexpr std::size_t kWeeks = 4;

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
      out += buffer;
    } else {
      out += ch;  // UTF-8 passes through
    }
  }
  return out + "\"";
}

std::string json_number(double v) {
  if (std::isnan(v)) {
    return "NaN";  // Python's json module reads NaN
  }
  std::ostringstream out;
  out << std::setprecision(17) << v;
  return out.str();
}

template <typename T, typename F>
std::string json_array(const std::vector<T>& items, F format) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += (i == 0 ? "" : ", ") + format(items[i]);
  }
  return out + "]";
}

std::string json_strings(const std::vector<std::string>& items) { return json_array(items, json_string); }

std::string scenario_json(const std::string& name) {
  std::vector<sim::RunResult> runs;
  for (std::size_t r = 0; r < kReplications; ++r) {
    runs.push_back(sample_run(name, r, kWeeks));
  }
  const auto& first = runs.front();
  std::ostringstream out;
  out << "{";
  out << "\"role\": " << json_string(sample_scenario(name).role) << ", ";
  out << "\"seeds\": " << json_array(runs, [](const sim::RunResult& r) { return std::to_string(r.seed); }) << ", ";

  std::vector<std::string> kpi_names;
  for (const auto& m : first.metrics) {
    kpi_names.push_back(m.name);
  }
  out << "\"kpi\": {\"columns\": " << json_strings(kpi_names) << ", \"values\": "
      << json_array(runs,
                    [](const sim::RunResult& r) {
                      return json_array(r.metrics, [](const sim::Metric& m) { return json_number(m.value); });
                    })
      << "}, ";

  out << "\"series\": {";
  for (std::size_t s = 0; s < first.series.size(); ++s) {
    const auto& t = first.series[s];
    out << (s == 0 ? "" : ", ") << json_string(t.name) << ": {\"columns\": " << json_strings(t.columns)
        << ", \"integer\": " << (t.integer ? "true" : "false") << ", \"unit\": " << json_string(t.unit)
        << ", \"values\": "
        << json_array(runs, [s](const sim::RunResult& r) { return json_array(r.series[s].values, json_number); })
        << "}";
  }
  out << "}, ";

  const auto& table = first.records.front();
  std::vector<std::string> column_names;
  for (const auto& c : table.columns) {
    column_names.push_back(c.name);
  }
  out << "\"events\": {\"columns\": " << json_strings(column_names) << ", \"labels\": {";
  bool first_label = true;
  for (const auto& c : table.columns) {
    if (!c.labels.empty()) {
      out << (first_label ? "" : ", ") << json_string(c.name) << ": " << json_strings(c.labels);
      first_label = false;
    }
  }
  out << "}, \"rows\": [";
  bool first_row = true;
  for (const auto& run : runs) {
    for (std::size_t i = 0; i < run.records.front().rows(); ++i) {
      out << (first_row ? "" : ", ") << "[" << run.replication;
      for (const auto& c : run.records.front().columns) {
        out << ", " << c.values[i];
      }
      out << "]";
      first_row = false;
    }
  }
  out << "]}}";
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: write_sample_results OUT.h5 EXPECTED.json\n";
    return 2;
  }
  try {
    const std::vector<std::string> scenarios = {"baseline", "variant"};
    FileProvenance provenance = sample_provenance();
    provenance.replications = static_cast<std::int64_t>(kReplications);
    ResultsWriter writer(argv[1], provenance);
    for (const auto& s : scenarios) {
      writer.add_scenario(sample_scenario(s), static_cast<std::int64_t>(kReplications));
    }
    for (std::size_t i = 0; i < kReplications; ++i) {
      const std::size_t r = (i * 3 + 2) % kReplications;  // out of order: 2, 0, 3, 1, 4
      for (const auto& s : scenarios) {
        writer.write_run(sample_run(s, r, kWeeks));
      }
    }
    writer.commit();

    std::ofstream json(argv[2], std::ios::binary);
    json << "{\"replications\": " << kReplications << ", \"weeks\": " << kWeeks
         << ", \"scenarios\": " << json_strings(scenarios) << ", \"data\": {";
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
      json << (i == 0 ? "" : ", ") << json_string(scenarios[i]) << ": " << scenario_json(scenarios[i]);
    }
    json << "}}\n";
    if (!json) {
      std::cerr << "write_sample_results: cannot write " << argv[2] << "\n";
      return 1;
    }
  } catch (const std::exception& e) {
    std::cerr << "write_sample_results: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
