#include "app/summary.h"

#include "app/cli.h"
#include "app/options.h"
#include "sim/statistics.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>

namespace regiosim::app {

namespace {

struct ScenarioStats {
  output::ScenarioInfo info;
  output::KpiTable kpis;
};

std::vector<ScenarioStats> load_all(const output::ResultsReader& reader) {
  std::vector<ScenarioStats> out;
  for (const auto& name : reader.scenario_names()) out.push_back({reader.scenario(name), reader.kpis(name)});
  return out;
}

// Three decimals for shares, millions for large euro amounts, thousands separated by commas.
// `millions`: write euros in millions (chosen once per cell, from the mean, so an interval reads
// in one scale).
std::string number(double x, const std::string& unit, bool sign = false, bool millions = false) {
  if (!std::isfinite(x)) return "n/a";
  char buf[64];
  if (unit == "share" || unit.starts_with("index")) {
    std::snprintf(buf, sizeof buf, sign ? "%+.3f" : "%.3f", x);
    return buf;
  }
  if (x != 0.0 && std::abs(x) < 0.1) {  // small rates: three significant digits
    std::snprintf(buf, sizeof buf, sign ? "%+.3g" : "%.3g", x);
    return buf;
  }
  if (millions) {
    std::snprintf(buf, sizeof buf, sign ? "%+.2f M" : "%.2f M", x / 1e6);
    return buf;
  }
  if (std::abs(x) >= 1000.0) {
    const long long v = std::llround(x);
    std::string digits = std::to_string(std::llabs(v));
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
      grouped += digits[i];
    }
    return (v < 0 ? "-" : (sign ? "+" : "")) + grouped;
  }
  std::snprintf(buf, sizeof buf, sign ? "%+.1f" : "%.1f", x);
  return buf;
}

std::string cell(const sim::Interval& i, const std::string& unit, bool sign = false) {
  if (i.n == 0) return "n/a";
  const bool millions = unit == "EUR" && std::abs(i.mean) >= 1e6;
  std::string s = number(i.mean, unit, sign, millions);
  if (std::isfinite(i.low)) {
    s += " (" + number(i.low, unit, sign, millions) + " to " + number(i.high, unit, sign, millions) + ")";
  }
  return s;
}

std::string pad(const std::string& s, std::size_t width) {
  // Count UTF-8 code points for alignment.
  std::size_t len = 0;
  for (unsigned char c : s) len += (c & 0xC0) != 0x80;
  return len >= width ? s + " " : s + std::string(width - len, ' ');
}

std::string json_number(double x) {
  if (!std::isfinite(x)) return "null";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", x);
  return buf;
}

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string json_interval(const sim::Interval& i) {
  return "{\"mean\": " + json_number(i.mean) + ", \"ci_low\": " + json_number(i.low) + ", \"ci_high\": " +
         json_number(i.high) + ", \"n\": " + std::to_string(i.n) + "}";
}

// Difference of a variant from the baseline, paired over the replications both have.
sim::Interval difference(const output::KpiTable& base, const output::KpiTable& variant, const std::string& kpi) {
  const auto a = base.column(kpi);
  const auto b = variant.column(kpi);
  const std::size_t n = std::min(a.size(), b.size());
  return sim::paired_difference(std::span(a.data(), n), std::span(b.data(), n));
}

bool has_column(const output::KpiTable& t, const std::string& name) {
  return std::find(t.names.begin(), t.names.end(), name) != t.names.end();
}

}  // namespace

void print_summary(const output::ResultsReader& reader, const std::string& path, std::ostream& out) {
  const auto all = load_all(reader);
  if (all.empty()) {
    out << path << ": no scenarios\n";
    return;
  }
  const auto& base = all.front();
  out << "regiosim summary of " << path << "\n";
  for (const auto& s : all) {
    out << "  " << s.info.record.role << " " << s.info.record.name << ": " << s.info.replications
        << " replications, " << s.info.record.content_hash.substr(0, 19) << "…";
    if (!s.info.record.description.empty()) out << "  (" << s.info.record.description << ")";
    out << "\n";
  }
  const std::size_t key_width = 34;
  const std::size_t col_width = 34;
  out << "\nKPI (mean and 95% interval over replications)\n" << pad("", key_width);
  for (const auto& s : all) out << pad(s.info.record.name, col_width);
  out << "\n";
  for (std::size_t k = 0; k < base.kpis.names.size(); ++k) {
    const auto& name = base.kpis.names[k];
    const auto& unit = base.kpis.units[k];
    out << pad(name, key_width);
    for (const auto& s : all) {
      out << pad(has_column(s.kpis, name) ? cell(sim::mean_interval(s.kpis.column(name)), unit) : "n/a", col_width);
    }
    out << "\n";
  }
  if (all.size() > 1) {
    out << "\nDifference with the baseline " << base.info.record.name
        << " (paired by replication; an interval that includes 0 means no demonstrable difference)\n"
        << pad("", key_width);
    for (std::size_t i = 1; i < all.size(); ++i) out << pad(all[i].info.record.name, col_width);
    out << "\n";
    for (std::size_t k = 0; k < base.kpis.names.size(); ++k) {
      const auto& name = base.kpis.names[k];
      out << pad(name, key_width);
      for (std::size_t i = 1; i < all.size(); ++i) {
        const bool ok = has_column(all[i].kpis, name);
        out << pad(ok ? cell(difference(base.kpis, all[i].kpis, name), base.kpis.units[k], true) : "n/a", col_width);
      }
      out << "\n";
    }
  }
}

void print_summary_json(const output::ResultsReader& reader, const std::string& path, std::ostream& out) {
  const auto all = load_all(reader);
  const auto prov = reader.provenance();
  out << "{\n  \"file\": " << json_string(path) << ",\n  \"format_version\": " << reader.format_version()
      << ",\n  \"engine_version\": " << json_string(prov.engine_version) << ",\n  \"scenarios\": [";
  for (std::size_t i = 0; i < all.size(); ++i) {
    const auto& s = all[i];
    out << (i ? "," : "") << "\n    {\n      \"name\": " << json_string(s.info.record.name)
        << ",\n      \"role\": " << json_string(s.info.record.role)
        << ",\n      \"content_hash\": " << json_string(s.info.record.content_hash)
        << ",\n      \"replications\": " << s.info.replications << ",\n      \"kpis\": {";
    for (std::size_t k = 0; k < s.kpis.names.size(); ++k) {
      out << (k ? "," : "") << "\n        " << json_string(s.kpis.names[k]) << ": "
          << json_interval(sim::mean_interval(s.kpis.column(s.kpis.names[k])));
    }
    out << "\n      }";
    if (i > 0) {
      out << ",\n      \"difference_from_baseline\": {";
      bool first = true;
      for (const auto& name : s.kpis.names) {
        if (!has_column(all.front().kpis, name)) continue;
        out << (first ? "" : ",") << "\n        " << json_string(name) << ": "
            << json_interval(difference(all.front().kpis, s.kpis, name));
        first = false;
      }
      out << "\n      }";
    }
    out << "\n    }";
  }
  out << "\n  ]\n}\n";
}

int summary_command(const Args& args) {
  po::options_description options("options");
  options.add_options()("file", po::value<std::string>(), "results file")("json", "machine-readable output");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  const std::string usage = "usage: regiosim summary FILE.h5 [--json]";
  if (auto rc = parse_options(args, usage, options, positional, vm)) return *rc;
  if (!vm.count("file")) {
    std::cerr << "regiosim summary: name a results file\n" << usage << "\n";
    return kExitBadInput;
  }
  const std::string path = vm["file"].as<std::string>();
  try {
    output::ResultsReader reader(path);
    if (vm.count("json")) print_summary_json(reader, path, std::cout);
    else print_summary(reader, path, std::cout);
  } catch (const output::ResultsFileError& e) {
    std::cerr << "regiosim summary: " << e.what() << "\n";
    return kExitBadInput;
  }
  return kExitOk;
}

}  // namespace regiosim::app
