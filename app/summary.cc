#include "app/summary.h"

#include "app/cli.h"
#include "app/options.h"
#include "output/findings_file.h"
#include "app/uncertainty_summary.h"
#include "models/virtual_evaluation.h"
#include "sim/statistics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
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

// Fixed-point with thousands separated by commas; a value that rounds to zero has no sign
// (never "-0.000").
std::string fixed(double x, int decimals, bool sign) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::abs(x));
  std::string body = buf;
  const bool zero = body.find_first_not_of("0.") == std::string::npos;
  const auto point = body.find('.');
  std::string whole = body.substr(0, point), grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
    grouped += whole[i];
  }
  if (point != std::string::npos) grouped += body.substr(point);
  if (zero) return grouped;
  return (x < 0 ? "-" : (sign ? "+" : "")) + grouped;
}

// How a KPI's numbers are written: decimals (from the size of `typical`, the cell's mean) and
// whether euros are in millions. Shares and indices: 3 decimals; euros from a million on: millions
// with 2 decimals, else whole euros; counts and weeks: whole from 100, else 1 decimal; small
// values (below 0.1 in other units): three significant digits. One cell uses one format, so an
// interval reads in the same decimals as its mean.
struct NumberFormat {
  int decimals = 1;
  bool millions = false;
};

NumberFormat format_for(double typical, const std::string& unit) {
  const double a = std::isfinite(typical) ? std::abs(typical) : 0.0;
  if (unit == "share" || unit.starts_with("index")) return {3, false};
  if (unit == "EUR") return a >= 1e6 ? NumberFormat{2, true} : NumberFormat{0, false};
  if (a >= 100.0 || a == 0.0) return {0, false};
  if (a != 0.0 && a < 0.1) return {std::min(6, 2 - static_cast<int>(std::floor(std::log10(a)))), false};
  return {1, false};
}

std::string number(double x, const std::string& /*unit*/, bool sign, const NumberFormat& f) {
  if (!std::isfinite(x)) return "n/a";
  if (f.millions) return fixed(x / 1e6, f.decimals, sign) + " M";
  return fixed(x, f.decimals, sign);
}

std::string number(double x, const std::string& unit, bool sign = false) {
  return number(x, unit, sign, format_for(x, unit));
}

std::string cell(const sim::Interval& i, const std::string& unit, bool sign = false) {
  if (i.n == 0) return "n/a";
  // A mean of (about) zero takes its format from the interval's ends.
  double typical = i.mean;
  if (std::isfinite(i.low) && std::abs(typical) < 1e-12) typical = std::max(std::abs(i.low), std::abs(i.high));
  const NumberFormat f = format_for(typical, unit);
  std::string s = number(i.mean, unit, sign, f);
  if (std::isfinite(i.low)) s += " (" + number(i.low, unit, sign, f) + " to " + number(i.high, unit, sign, f) + ")";
  return s;
}

std::string pad(const std::string& s, std::size_t width) {
  // Count UTF-8 code points for alignment.
  std::size_t len = 0;
  for (unsigned char c : s) len += (c & 0xC0) != 0x80;
  return len >= width ? s + " " : s + std::string(width - len, ' ');
}

}  // namespace

void print_table(const std::vector<std::vector<std::string>>& rows, std::ostream& out) {
  std::vector<std::size_t> width;
  for (const auto& row : rows) {
    if (width.size() < row.size()) width.resize(row.size(), 0);
    for (std::size_t i = 0; i < row.size(); ++i) {
      std::size_t len = 0;
      for (unsigned char c : row[i]) len += (c & 0xC0) != 0x80;
      width[i] = std::max(width[i], len + 2);
    }
  }
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) line += i + 1 < row.size() ? pad(row[i], width[i]) : row[i];
    out << line << "\n";
  }
}

std::string json_number(double x) {
  if (!std::isfinite(x)) return "null";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", x);
  return buf;
}

namespace {

// Length of the well-formed UTF-8 sequence at s[i] (Unicode's table 3-7: no overlong forms, no
// surrogates, nothing above U+10FFFF), 0 where it is not one.
std::size_t utf8_sequence(const std::string& s, std::size_t i) {
  const auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  const unsigned c = at(i);
  const auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) { return at(k) >= lo && at(k) <= hi; };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c == 0xE0) return cont(i + 1, 0xA0) && cont(i + 2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(i + 1) && cont(i + 2) ? 3 : 0;
  if (c == 0xED) return cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0;
  if (c == 0xF0) return cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (c == 0xF4) return cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  return 0;
}

}  // namespace

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t length = utf8_sequence(s, i);
    if (length == 0) {
      out += "\ufffd";  // not UTF-8 (a damaged or foreign file): the replacement character
      ++i;
      continue;
    }
    if (length > 1) {
      out.append(s, i, length);
      i += length;
      continue;
    }
    const auto c = static_cast<unsigned char>(s[i++]);
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

namespace {

std::string json_interval(const sim::Interval& i) {
  return "{\"mean\": " + json_number(i.mean) + ", \"ci_low\": " + json_number(i.low) + ", \"ci_high\": " +
         json_number(i.high) + ", \"n\": " + std::to_string(i.n) + "}";
}

// What a paired difference says: its 95% interval above or below 0, including 0, or no interval.
std::string verdict(const sim::Interval& i) {
  if (i.n < 2 || !std::isfinite(i.low) || !std::isfinite(i.high)) return "too_few_replications";
  if (i.low > 0) return "higher";
  if (i.high < 0) return "lower";
  return "no_demonstrable_difference";
}

// A KPI's interval with its unit (and, for a difference, the verdict), as a JSON object.
std::string json_kpi(const sim::Interval& i, const std::string& unit, bool difference) {
  std::string s = json_interval(i);
  s.pop_back();
  s += ", \"unit\": " + json_string(unit);
  if (difference) s += ", \"verdict\": " + json_string(verdict(i));
  return s + "}";
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


// Per replication, the rows of a record table (which carries a leading "replication" column).
std::vector<sim::RecordTable> split_by_replication(const sim::RecordTable& t, std::size_t replications) {
  std::vector<sim::RecordTable> out(replications);
  const auto& rep = t.columns.front().values;
  for (auto& part : out) {
    part.name = t.name;
    for (std::size_t c = 1; c < t.columns.size(); ++c) part.columns.push_back({t.columns[c].name, "", {}, {}});
  }
  for (std::size_t i = 0; i < rep.size(); ++i) {
    if (rep[i] < 0 || static_cast<std::size_t>(rep[i]) >= replications) continue;
    auto& part = out[static_cast<std::size_t>(rep[i])];
    for (std::size_t c = 1; c < t.columns.size(); ++c) part.columns[c - 1].values.push_back(t.columns[c].values[i]);
  }
  return out;
}

struct VirtualSummary {
  std::string arm;
  std::vector<std::pair<std::string, sim::Interval>> rows;  // name, mean and 95% interval over replications
};

// Virtual evaluation of a variant against the baseline (models/virtual_evaluation.h), per
// replication pair, when both have job spells and one of them subsidised hires.
std::optional<VirtualSummary> virtual_evaluation(const output::ResultsReader& reader, const ScenarioStats& base,
                                                 const ScenarioStats& variant) {
  // Only for variants that change the subsidy itself; otherwise the subsidised hires of the two
  // worlds differ by chance only and the split into deadweight and displacement means nothing.
  const auto lks_settings = [](const output::ScenarioRecord& r) {
    std::vector<std::string> v;
    for (const auto& p : r.parameters) {
      if (p.key.starts_with("policy.lks.") || p.key.starts_with("instruments.lks.")) v.push_back(p.key + "=" + p.value);
    }
    return v;
  };
  if (lks_settings(base.info.record) == lks_settings(variant.info.record)) return std::nullopt;
  const std::string& bname = base.info.record.name;
  const std::string& vname = variant.info.record.name;
  const auto bs = reader.records(bname, "spells");
  const auto vs = reader.records(vname, "spells");
  if (!bs || !vs) return std::nullopt;
  const std::size_t n = static_cast<std::size_t>(std::min(base.info.replications, variant.info.replications));
  const auto bsplit = split_by_replication(*bs, n);
  const auto vsplit = split_by_replication(*vs, n);
  // The regular applicants' hires: per employer from the employer_hires table where the file has it,
  // the total from the weekly vacancies series.
  const auto be = reader.records(bname, "employer_hires");
  const auto ve = reader.records(vname, "employer_hires");
  const auto bemp = be ? split_by_replication(*be, n) : std::vector<sim::RecordTable>{};
  const auto vemp = ve ? split_by_replication(*ve, n) : std::vector<sim::RecordTable>{};
  const auto regular = [&](const std::string& scenario, const std::vector<sim::RecordTable>& by_employer, std::size_t r,
                           int& weeks) {
    models::RegularHires out;
    if (!by_employer.empty()) out = models::regular_hires_of(by_employer[r]);
    const auto names = reader.series_names(scenario);
    if (std::find(names.begin(), names.end(), "vacancies") == names.end()) return out;
    const auto t = reader.series(scenario, "vacancies", r);
    weeks = static_cast<int>(t.rows);
    const auto col = std::find(t.columns.begin(), t.columns.end(), "filled_regular");
    if (col == t.columns.end()) return out;
    double sum = 0.0;
    for (std::size_t w = 0; w < t.rows; ++w) sum += t.at(w, static_cast<std::size_t>(col - t.columns.begin()));
    out.total = sum;
    return out;
  };
  std::vector<std::vector<double>> values(6);
  std::string arm;
  double subsidised = 0.0;
  for (std::size_t r = 0; r < n; ++r) {
    int weeks = 0;
    const auto breg = regular(bname, bemp, r, weeks);
    const auto vreg = regular(vname, vemp, r, weeks);
    if (weeks == 0) return std::nullopt;
    const auto e = models::evaluate_virtually(bsplit[r], vsplit[r], breg, vreg, weeks);
    arm = e.evaluated_arm;
    subsidised += e.subsidised_hires;
    const double v[6] = {e.subsidised_hires, e.deadweight, e.substitution, e.displacement, e.net_jobs,
                         e.effect_on_treated_weeks};
    for (std::size_t i = 0; i < 6; ++i) values[i].push_back(v[i]);
  }
  if (subsidised == 0.0) return std::nullopt;
  const char* names[6] = {"subsidised_hires", "deadweight", "substitution", "displacement", "net_jobs",
                          "effect_on_treated_weeks_in_work"};
  VirtualSummary out{arm, {}};
  for (std::size_t i = 0; i < 6; ++i) out.rows.emplace_back(names[i], sim::mean_interval(values[i]));
  return out;
}

}  // namespace

void print_summary(const output::ResultsReader& reader, const std::string& path, std::ostream& out) {
  const auto all = load_all(reader);
  if (all.empty()) {
    out << shown(path) << ": no scenarios\n";
    return;
  }
  const auto& base = all.front();
  out << "regiosim summary of " << shown(path) << "\n";
  for (const auto& s : all) {
    out << "  " << s.info.record.role << " " << s.info.record.name << ": " << s.info.replications
        << " replications, " << s.info.record.content_hash.substr(0, 19) << "…";
    if (!s.info.record.description.empty()) out << "  (" << s.info.record.description << ")";
    out << "\n";
  }
  // Columns as wide as their widest value.
  out << "\nKPI (mean and 95% interval over replications)\n";
  std::vector<std::vector<std::string>> rows;
  rows.push_back({""});
  for (const auto& s : all) rows.back().push_back(s.info.record.name);
  for (std::size_t k = 0; k < base.kpis.names.size(); ++k) {
    const auto& name = base.kpis.names[k];
    const auto& unit = base.kpis.units[k];
    rows.push_back({name});
    for (const auto& s : all) {
      rows.back().push_back(has_column(s.kpis, name) ? cell(sim::mean_interval(s.kpis.column(name)), unit) : "n/a");
    }
  }
  print_table(rows, out);
  if (all.size() > 1) {
    out << "\nDifference with the baseline " << base.info.record.name
        << " (paired by replication; an interval that includes 0 means no demonstrable difference)\n";
    rows.clear();
    rows.push_back({""});
    for (std::size_t i = 1; i < all.size(); ++i) rows.back().push_back(all[i].info.record.name);
    for (std::size_t k = 0; k < base.kpis.names.size(); ++k) {
      const auto& name = base.kpis.names[k];
      rows.push_back({name});
      for (std::size_t i = 1; i < all.size(); ++i) {
        const bool ok = has_column(all[i].kpis, name);
        rows.back().push_back(ok ? cell(difference(base.kpis, all[i].kpis, name), base.kpis.units[k], true) : "n/a");
      }
    }
    print_table(rows, out);
    for (std::size_t i = 1; i < all.size(); ++i) {
      const auto v = virtual_evaluation(reader, base, all[i]);
      if (!v) continue;
      const std::string& evaluated = v->arm == "variant" ? all[i].info.record.name : base.info.record.name;
      const std::string& other = v->arm == "variant" ? base.info.record.name : all[i].info.record.name;
      out << "\nVirtual evaluation of loonkostensubsidie, " << all[i].info.record.name << " against " << base.info.record.name
          << "\nevaluated arm: " << evaluated << " (the one with more subsidised hires), against " << other
          << "\n(the same people in both worlds: a hire of the same person in " << other << " within "
          << models::kVirtualEvaluationWindowWeeks << " weeks is deadweight; effect on the treated over "
          << models::kVirtualEvaluationHorizonWeeks << " weeks)\n";
      rows.clear();
      for (const auto& [name, interval] : v->rows) rows.push_back({name, cell(interval, "")});
      print_table(rows, out);
    }
  }
  if (const auto u = reader.uncertainty()) {
    out << "\n";
    print_uncertainty_summary(*u, out);
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
          << json_kpi(sim::mean_interval(s.kpis.column(s.kpis.names[k])), s.kpis.units[k], false);
    }
    out << "\n      }";
    if (i > 0) {
      out << ",\n      \"difference_from_baseline\": {";
      bool first = true;
      for (const auto& name : s.kpis.names) {
        if (!has_column(all.front().kpis, name)) continue;
        const auto& base_kpis = all.front().kpis;
        const auto unit = base_kpis.units[static_cast<std::size_t>(
            std::find(base_kpis.names.begin(), base_kpis.names.end(), name) - base_kpis.names.begin())];
        out << (first ? "" : ",") << "\n        " << json_string(name) << ": "
            << json_kpi(difference(base_kpis, s.kpis, name), unit, true);
        first = false;
      }
      out << "\n      }";
      if (const auto v = virtual_evaluation(reader, all.front(), s)) {
        out << ",\n      \"virtual_evaluation\": {\"evaluated_arm\": " << json_string(v->arm)
            << ", \"evaluated_scenario\": "
            << json_string(v->arm == "variant" ? s.info.record.name : all.front().info.record.name);
        for (const auto& [name, interval] : v->rows) out << ",\n        " << json_string(name) << ": " << json_interval(interval);
        out << "\n      }";
      }
    }
    out << "\n    }";
  }
  out << "\n  ]";
  // An uncertainty run: per scenario (the baseline's KPIs, the variants' differences) the statistics of
  // the printed uncertainty table.
  if (const auto u = reader.uncertainty()) {
    out << ",\n  \"uncertainty\": {\n    \"draws\": " << u->draws() << ",\n    \"replications\": " << u->replications
        << ",\n    \"design\": " << json_string(u->design) << ",\n    \"parameters_varied\": " << u->factor_keys.size()
        << ",\n    \"scenarios\": [";
    for (std::size_t s = 0; s < u->scenarios.size(); ++s) {
      out << (s ? "," : "") << "\n      {\"name\": " << json_string(u->scenarios[s])
          << ", \"compared\": " << json_string(s ? "difference_from_baseline" : "level") << ", \"kpis\": {";
      bool first = true;
      for (const auto& name : uncertainty_table_kpis()) {
        const auto it = std::find(u->kpi_names.begin(), u->kpi_names.end(), name);
        if (it == u->kpi_names.end()) continue;
        const auto x = summarise_uncertainty(*u, s, static_cast<std::size_t>(it - u->kpi_names.begin()), s > 0);
        out << (first ? "" : ",") << "\n        " << json_string(name) << ": {\"central\": " << json_number(x.central)
            << ", \"draws_low\": " << json_number(x.draws_low) << ", \"draws_high\": " << json_number(x.draws_high)
            << ", \"replications_low\": " << json_number(x.replications_low)
            << ", \"replications_high\": " << json_number(x.replications_high) << ", \"draws_used\": " << x.draws_used
            << ", \"same_sign\": " << x.same_sign << ", \"noise_floor\": " << json_number(x.noise_floor)
            << ", \"drivers\": [";
        for (std::size_t d = 0; d < x.drivers.size(); ++d) {
          const auto& dr = x.drivers[d];
          out << (d ? ", " : "") << "{\"parameter\": " << json_string(u->factor_keys[dr.factor])
              << ", \"index\": " << json_number(dr.index) << ", \"low\": " << json_number(dr.low)
              << ", \"high\": " << json_number(dr.high) << ", \"clear\": " << (dr.clear ? "true" : "false") << "}";
        }
        out << "]}";
        first = false;
      }
      out << "\n      }}";
    }
    out << "\n    ]\n  }";
  }
  out << "\n}\n";
}


void print_sweep_summary(const output::SweepRecord& s, const std::string& path, std::ostream& out) {
  const std::size_t F = s.factors.size();
  const std::size_t P = s.point_count();
  const std::size_t R = static_cast<std::size_t>(s.replications);
  out << "sweep: " << s.name << " (" << s.design << " design, " << P << " points x " << R << " replications = "
      << s.runs.size() << " runs)\n";
  out << "file: " << shown(path) << "\n";
  for (const auto& f : s.factors) out << "factor: " << f.key << " (" << f.range << (f.unit.empty() ? "" : "; unit: " + f.unit) << ")\n";
  // The analysed KPIs, as mean and 95% interval over the replications of each point.
  std::vector<std::size_t> cols;
  for (const auto& k : s.kpis_analysed) {
    const auto it = std::find(s.kpi_names.begin(), s.kpi_names.end(), k);
    if (it != s.kpi_names.end()) cols.push_back(static_cast<std::size_t>(it - s.kpi_names.begin()));
  }
  constexpr std::size_t kMaxPoints = 30;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header = {"point"};
  for (const auto& f : s.factors) header.push_back(f.key);
  for (auto c : cols) header.push_back(s.kpi_names[c]);
  rows.push_back(header);
  for (std::size_t p = 0; p < std::min(P, kMaxPoints); ++p) {
    std::vector<std::string> row = {std::to_string(p)};
    for (std::size_t f = 0; f < F; ++f) {
      std::string v = s.point_values[p * F + f];
      if (s.factors[f].type == "real") {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.4g", s.point_numeric[p * F + f]);
        v = buf;
      }
      row.push_back(v);
    }
    for (auto c : cols) {
      std::vector<double> v(R);
      for (std::size_t r = 0; r < R; ++r) v[r] = s.kpi(p * R + r, c);
      row.push_back(cell(sim::mean_interval(v), s.kpi_units[c]));
    }
    rows.push_back(row);
  }
  std::vector<std::size_t> width(header.size(), 0);
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], row[i].size() + 2);
  }
  out << "\n";
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) out << pad(row[i], width[i]);
    out << "\n";
  }
  if (P > kMaxPoints) out << "(" << P - kMaxPoints << " more points; every run is in /sweep/runs)\n";

  if (s.sensitivity.empty()) return;
  const bool sobol = s.sensitivity.front().method == "sobol";
  out << "\nsensitivity: "
      << (sobol ? "Sobol indices (95% bootstrap intervals), factors ranked by total index"
                : "Morris screening (per unit of each factor's range), factors ranked by mu*")
      << "\n";
  for (const auto& kpi : s.kpis_analysed) {
    std::vector<const output::SweepSensitivityRow*> list;
    for (const auto& x : s.sensitivity) {
      if (x.kpi == kpi) list.push_back(&x);
    }
    if (list.empty()) continue;
    std::stable_sort(list.begin(), list.end(), [&](auto* a, auto* b) {
      return sobol ? a->total > b->total : a->mu_star > b->mu_star;
    });
    out << "\n" << kpi << "\n";
    std::size_t w = 8;
    for (auto* x : list) w = std::max(w, x->factor.size() + 2);
    char buf[160];
    if (sobol) {
      out << "  " << pad("factor", w) << pad("total", 26) << "first\n";
      for (auto* x : list) {
        std::snprintf(buf, sizeof buf, "%.3f (%.3f to %.3f)", x->total, x->total_low, x->total_high);
        std::string total = buf;
        std::snprintf(buf, sizeof buf, "%.3f (%.3f to %.3f)", x->first, x->first_low, x->first_high);
        out << "  " << pad(x->factor, w) << pad(total, 26) << buf << "\n";
      }
    } else {
      out << "  " << pad("factor", w) << pad("mu*", 14) << pad("mu", 14) << "sigma\n";
      for (auto* x : list) {
        out << "  " << pad(x->factor, w) << pad(number(x->mu_star, ""), 14) << pad(number(x->mu, ""), 14)
            << number(x->sigma, "") << "\n";
      }
    }
  }
}

void print_sweep_summary_json(const output::SweepRecord& s, const std::string& path, std::ostream& out) {
  const std::size_t F = s.factors.size();
  const std::size_t R = static_cast<std::size_t>(s.replications);
  out << "{\"file\": " << json_string(path) << ", \"kind\": \"sweep\", \"name\": " << json_string(s.name)
      << ", \"design\": " << json_string(s.design) << ", \"replications\": " << R << ",\n \"factors\": [";
  for (std::size_t f = 0; f < F; ++f) {
    out << (f ? ", " : "") << "{\"key\": " << json_string(s.factors[f].key) << ", \"range\": " << json_string(s.factors[f].range) << "}";
  }
  out << "],\n \"points\": [";
  for (std::size_t p = 0; p < s.point_count(); ++p) {
    out << (p ? ",\n  " : "\n  ") << "{\"point\": " << p << ", \"values\": {";
    for (std::size_t f = 0; f < F; ++f) {
      out << (f ? ", " : "") << json_string(s.factors[f].key) << ": " << json_string(s.point_values[p * F + f]);
    }
    out << "}, \"kpis\": {";
    for (std::size_t k = 0; k < s.kpi_names.size(); ++k) {
      std::vector<double> v(R);
      for (std::size_t r = 0; r < R; ++r) v[r] = s.kpi(p * R + r, k);
      out << (k ? ", " : "") << json_string(s.kpi_names[k]) << ": " << json_interval(sim::mean_interval(v));
    }
    out << "}}";
  }
  out << "],\n \"sensitivity\": [";
  for (std::size_t i = 0; i < s.sensitivity.size(); ++i) {
    const auto& x = s.sensitivity[i];
    out << (i ? ",\n  " : "\n  ") << "{\"method\": " << json_string(x.method) << ", \"kpi\": " << json_string(x.kpi)
        << ", \"factor\": " << json_string(x.factor) << ", \"first\": " << json_number(x.first)
        << ", \"first_low\": " << json_number(x.first_low) << ", \"first_high\": " << json_number(x.first_high)
        << ", \"total\": " << json_number(x.total) << ", \"total_low\": " << json_number(x.total_low)
        << ", \"total_high\": " << json_number(x.total_high) << ", \"mu\": " << json_number(x.mu)
        << ", \"mu_star\": " << json_number(x.mu_star) << ", \"sigma\": " << json_number(x.sigma) << "}";
  }
  out << "]}\n";
}

namespace {

// Rows of cells as an aligned table (the first row is the header).
std::string g4(double x, bool sign = false) {
  if (!std::isfinite(x)) return std::isinf(x) ? (x > 0 ? "inf" : "-inf") : "n/a";
  char buf[32];
  std::snprintf(buf, sizeof buf, sign ? "%+.4g" : "%.4g", x);
  return buf;
}

}  // namespace

void print_calibration_summary(const output::CalibrationRecord& c, const std::string& path, std::ostream& out) {
  const bool abc = c.is_abc();
  out << "calibration: " << c.name << " (" << c.method << ", " << c.parameters.size()
      << (c.parameters.size() == 1 ? " parameter, " : " parameters, ") << c.targets.size()
      << (c.targets.size() == 1 ? " target)\n" : " targets)\n");
  out << "file: " << shown(path) << "\n";
  out << "base scenario: " << c.base_scenario_source << " (from " << c.definition_source << ")\n";
  if (abc) {
    out << "ABC-SMC: " << c.generations.size() - 1 << " generations of " << c.sample_rows() << " particles after the prior sample, "
        << c.evaluations << " simulations of " << c.replications << (c.replications == 1 ? " run" : " runs")
        << " each, final epsilon "
        << g4(c.generations.empty() ? 0.0 : c.generations.back().epsilon) << "; " << c.stop_reason << "\n";
  } else {
    out << c.method << ": " << c.evaluations << " evaluations of " << c.replications
        << (c.replications == 1 ? " run" : " runs") << " each (common random numbers); " << c.stop_reason << "\n";
  }
  out << "model runs: " << c.model_runs << " in all\n\n";

  std::vector<std::vector<std::string>> rows;
  if (abc) {
    rows.push_back({"parameter", "prior", "estimate", "90% posterior interval", "prior 90% interval", "sd / prior sd"});
    for (const auto& p : c.parameters) {
      rows.push_back({p.key, p.prior, p.value, g4(p.posterior_low) + " to " + g4(p.posterior_high),
                      g4(p.prior_low) + " to " + g4(p.prior_high), g4(p.sd_ratio)});
    }
    out << "Parameters (estimate: posterior mean; interval: 5% to 95% weighted quantiles)\n";
  } else {
    rows.push_back({"parameter", "range", "estimate", "distance change at -5% / +5% of the range"});
    for (const auto& p : c.parameters) {
      rows.push_back({p.key, "[" + g4(p.min) + ", " + g4(p.max) + "]", p.value,
                      (std::isfinite(p.profile_minus) ? g4(p.profile_minus, true) : std::string("(at bound)")) + " / " +
                          (std::isfinite(p.profile_plus) ? g4(p.profile_plus, true) : std::string("(at bound)"))});
    }
    out << "Parameters (estimate: the best point; a small distance change means the targets pin the parameter down weakly)\n";
  }
  print_table(rows, out);
  std::size_t fit_runs = 0, held_runs = 0;
  for (const auto& r : c.check_runs) (r.set == "fit" ? fit_runs : held_runs) += 1;
  out << "\nTargets (fit: mean over the " << fit_runs << (fit_runs == 1 ? " fitting seed" : " fitting seeds")
      << "; held out: mean and 95% interval over " << held_runs << " seeds not used in fitting)\n";
  rows.clear();
  rows.push_back({"target", "value", "tolerance", "fit", "held out", "within tolerance"});
  std::size_t within = 0;
  for (const auto& t : c.targets) {
    within += t.within_tolerance ? 1 : 0;
    rows.push_back({t.kpi, number(t.target, t.unit), number(t.tolerance, t.unit), number(t.fit_mean, t.unit),
                    number(t.holdout_mean, t.unit) + " (" + number(t.holdout_low, t.unit) + " to " + number(t.holdout_high, t.unit) + ")",
                    t.within_tolerance ? "yes" : "NO"});
  }
  print_table(rows, out);
  out << "\n" << within << " of " << c.targets.size() << " targets reproduced within tolerance on held-out seeds\n";
}

void print_calibration_summary_json(const output::CalibrationRecord& c, const std::string& path, std::ostream& out) {
  out << "{\"file\": " << json_string(path) << ", \"kind\": \"calibration\", \"name\": " << json_string(c.name)
      << ", \"method\": " << json_string(c.method) << ", \"evaluations\": " << c.evaluations << ", \"model_runs\": " << c.model_runs
      << ", \"stop_reason\": " << json_string(c.stop_reason) << ",\n \"parameters\": [";
  for (std::size_t i = 0; i < c.parameters.size(); ++i) {
    const auto& p = c.parameters[i];
    out << (i ? ",\n  " : "\n  ") << "{\"key\": " << json_string(p.key) << ", \"prior\": " << json_string(p.prior)
        << ", \"estimate\": " << json_number(p.estimate) << ", \"posterior_low\": " << json_number(p.posterior_low)
        << ", \"posterior_high\": " << json_number(p.posterior_high) << ", \"sd_ratio\": " << json_number(p.sd_ratio)
        << ", \"profile_minus\": " << json_number(p.profile_minus) << ", \"profile_plus\": " << json_number(p.profile_plus) << "}";
  }
  out << "],\n \"targets\": [";
  for (std::size_t i = 0; i < c.targets.size(); ++i) {
    const auto& t = c.targets[i];
    out << (i ? ",\n  " : "\n  ") << "{\"kpi\": " << json_string(t.kpi) << ", \"target\": " << json_number(t.target)
        << ", \"tolerance\": " << json_number(t.tolerance) << ", \"fit_mean\": " << json_number(t.fit_mean)
        << ", \"holdout_mean\": " << json_number(t.holdout_mean) << ", \"holdout_low\": " << json_number(t.holdout_low)
        << ", \"holdout_high\": " << json_number(t.holdout_high) << ", \"within_tolerance\": " << (t.within_tolerance ? "true" : "false")
        << "}";
  }
  out << "]}\n";
}

std::string interval_text(double mean, double low, double high, int n, const std::string& unit, bool sign) {
  return cell(sim::Interval{mean, low, high, n}, unit, sign);
}

// A claim's verdict under the priors: it holds when it has the claimed sign in at least 90% of the draws.
std::string finding_result(const output::FindingRow& r) {
  const std::string share = std::to_string(r.holds_in) + " of " + std::to_string(r.n) + " draws";
  if (r.n == 0) return "undefined in every draw";
  return (r.passed ? "holds (" : "does not hold (") + share + ")";
}

void print_findings_summary(const output::FindingsRecord& f, const std::string& path, std::ostream& out) {
  out << "findings on " << f.region << " (" << f.region_source << ") under the priors: " << f.draws << " draws, " << f.replications
      << " paired replications per draw; effect = variant - baseline, the median over draws [where 95% of the draws lie]\nfile: "
      << shown(path) << "\n\n";
  std::vector<std::vector<std::string>> rows = {{"finding", "KPI", "effect [95% of draws]", "claimed", "verdict"}};
  std::size_t holds = 0;
  for (const auto& r : f.rows) {
    holds += r.passed ? 1 : 0;
    rows.push_back({r.id, r.kpi + (r.minus_kpi.empty() ? "" : " minus " + r.minus_kpi),
                    [&] {
                      double typical = r.mean;
                      if (std::abs(typical) < 1e-12) typical = std::max(std::abs(r.low), std::abs(r.high));
                      const NumberFormat nf = format_for(typical, "");
                      return number(r.mean, "", true, nf) + " [" + number(r.low, "", true, nf) + ", " +
                             number(r.high, "", true, nf) + "]";
                    }(),
                    r.expected_sign > 0 ? "> 0" : "< 0", finding_result(r)});
  }
  print_table(rows, out);
  out << "\n" << holds << " of " << f.rows.size() << " claims hold under the priors\n";
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
    std::cerr << "regiosim summary: name a results, sweep, calibration or findings file\n" << usage << "\n";
    return kExitBadInput;
  }
  const std::string path = vm["file"].as<std::string>();
  if (const auto problem = input_file_problem(path)) {
    std::cerr << "regiosim summary: " << shown(path) << ": " << *problem << "\n";
    return kExitBadInput;
  }
  try {
    // A damaged file is refused before anything is printed from it.
    output::verify_file(path);
    if (output::is_calibration_file(path)) {
      const auto calibration = output::read_calibration_file(path);
      if (vm.count("json")) print_calibration_summary_json(calibration, path, std::cout);
      else print_calibration_summary(calibration, path, std::cout);
      return kExitOk;
    }
    if (output::is_findings_file(path)) {
      const auto findings = output::read_findings_file(path);
      if (vm.count("json")) {
        std::cerr << "regiosim summary: " << shown(path) << " is a findings file: --json is for results, sweep and calibration "
                     "files; regiosim export writes its table as findings.csv\n";
        return kExitBadInput;
      }
      print_findings_summary(findings, path, std::cout);
      return kExitOk;
    }
    if (output::is_sweep_file(path)) {
      const auto sweep = output::read_sweep_file(path);
      if (vm.count("json")) print_sweep_summary_json(sweep, path, std::cout);
      else print_sweep_summary(sweep, path, std::cout);
      return kExitOk;
    }
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
