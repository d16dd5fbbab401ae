// regiosim compare A.h5 B.h5 [--scenario NAME] [--json]
// Whether two results files agree: for every scenario both files hold (by name) and every KPI, the
// mean in each file, the difference B - A with its 95% interval, that difference relative to A's
// mean, and whether the interval holds 0. It is how a change to the program that changes its random
// numbers is shown to leave the results as they were (the equivalence table), and how two versions'
// files, or two settings, are compared KPI by KPI.
//
// Replications run with the same seeds in both files are paired (the runs of two settings of one
// program then share random numbers, which narrows the interval); otherwise the files are
// independent samples (Welch's interval). With some fifty KPIs, a few 95% intervals exclude 0 by
// chance alone even when A and B agree: the table says how many are expected, and marks the
// differences that stand beyond chance over all the KPIs compared (Bonferroni: the interval at level
// 1 - 0.05 / m, m the number of KPIs compared, excludes 0).
#include "app/cli.h"
#include "app/options.h"
#include "app/summary.h"
#include "output/calibration_file.h"
#include "output/findings_file.h"
#include "output/results_file.h"
#include "output/sweep_file.h"
#include "sim/statistics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

namespace regiosim::app {

namespace {

constexpr double kLevel = 0.95;

struct KpiComparison {
  std::string name;
  std::string unit;
  sim::Interval a, b;        // mean and interval over the file's replications
  sim::Interval difference;  // B - A at kLevel
  sim::Interval strict;      // B - A at the family-wise level (Bonferroni over the scenario's KPIs)
  bool only_in_a = false, only_in_b = false;
  bool compared() const { return std::isfinite(difference.low) && std::isfinite(difference.high); }
  bool excludes_zero() const { return compared() && (difference.low > 0.0 || difference.high < 0.0); }
  bool beyond_chance() const {
    return std::isfinite(strict.low) && std::isfinite(strict.high) && (strict.low > 0.0 || strict.high < 0.0);
  }
  // (B - A) / |A|; NaN when A's mean is 0 or undefined.
  double relative() const { return std::isfinite(a.mean) && a.mean != 0.0 ? difference.mean / std::abs(a.mean) : NAN; }
};

struct ParameterDifference {
  std::string key, a, b;  // "" where the file does not have the key
};

struct ScenarioComparison {
  std::string name;
  std::int64_t replications_a = 0, replications_b = 0;
  bool paired = false;
  std::vector<ParameterDifference> parameters;
  std::vector<KpiComparison> kpis;
  std::size_t compared() const { return static_cast<std::size_t>(std::count_if(kpis.begin(), kpis.end(), [](const auto& k) { return k.compared(); })); }
  std::size_t excluding_zero() const { return static_cast<std::size_t>(std::count_if(kpis.begin(), kpis.end(), [](const auto& k) { return k.excludes_zero(); })); }
  std::size_t beyond_chance() const { return static_cast<std::size_t>(std::count_if(kpis.begin(), kpis.end(), [](const auto& k) { return k.beyond_chance(); })); }
};

std::vector<ParameterDifference> parameter_differences(const output::ScenarioRecord& a, const output::ScenarioRecord& b) {
  std::map<std::string, std::pair<std::string, std::string>> values;
  for (const auto& p : a.parameters) values[p.key].first = p.value;
  for (const auto& p : b.parameters) values[p.key].second = p.value;
  std::vector<ParameterDifference> out;
  for (const auto& [key, v] : values) {
    if (v.first != v.second) out.push_back({key, v.first, v.second});
  }
  return out;
}

sim::Interval difference(const std::vector<double>& a, const std::vector<double>& b, bool paired, double level) {
  return paired ? sim::paired_difference(a, b, level) : sim::unpaired_difference(a, b, level);
}

ScenarioComparison compare_scenario(const output::ResultsReader& ra, const output::ResultsReader& rb, const std::string& name) {
  ScenarioComparison c;
  c.name = name;
  const output::ScenarioInfo ia = ra.scenario(name), ib = rb.scenario(name);
  c.replications_a = ia.replications;
  c.replications_b = ib.replications;
  c.paired = ia.seeds == ib.seeds && ia.replications >= 2;
  c.parameters = parameter_differences(ia.record, ib.record);
  const output::KpiTable ka = ra.kpis(name), kb = rb.kpis(name);
  std::vector<std::string> names = ka.names;
  for (const auto& n : kb.names) {
    if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
  }
  for (const auto& n : names) {
    KpiComparison k;
    k.name = n;
    const auto in_a = std::find(ka.names.begin(), ka.names.end(), n);
    const auto in_b = std::find(kb.names.begin(), kb.names.end(), n);
    k.only_in_b = in_a == ka.names.end();
    k.only_in_a = in_b == kb.names.end();
    k.unit = !k.only_in_b ? ka.units[static_cast<std::size_t>(in_a - ka.names.begin())]
                          : kb.units[static_cast<std::size_t>(in_b - kb.names.begin())];
    if (!k.only_in_b) k.a = sim::mean_interval(ka.column(n), kLevel);
    if (!k.only_in_a) k.b = sim::mean_interval(kb.column(n), kLevel);
    k.difference = k.strict = sim::Interval{NAN, NAN, NAN, 0};
    if (!k.only_in_a && !k.only_in_b) k.difference = difference(ka.column(n), kb.column(n), c.paired, kLevel);
    c.kpis.push_back(std::move(k));
  }
  // The family-wise level over the KPIs that have an interval.
  const double strict_level = 1.0 - (1.0 - kLevel) / static_cast<double>(std::max<std::size_t>(c.compared(), 1));
  for (auto& k : c.kpis) {
    if (k.compared()) k.strict = difference(ka.column(k.name), kb.column(k.name), c.paired, strict_level);
  }
  return c;
}

std::string percent(double x) {
  if (!std::isfinite(x)) return "n/a";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.1f%%", 100.0 * x);
  return std::string(buf) == "+0.0%" || std::string(buf) == "-0.0%" ? "0.0%" : buf;
}

void print_comparison(const std::vector<ScenarioComparison>& scenarios, const std::string& a, const std::string& b,
                      const std::vector<std::string>& unmatched, std::ostream& out) {
  out << "A: " << shown(a) << "\nB: " << shown(b) << "\n";
  for (const auto& s : scenarios) {
    out << "\nscenario " << s.name << ": " << s.replications_a << " replications in A, " << s.replications_b << " in B; "
        << (s.paired ? "the same seeds, differences paired by replication"
                     : "not the same seeds, differences of independent samples (Welch)")
        << "\n";
    if (!s.parameters.empty()) {
      out << "parameters that differ (" << s.parameters.size() << "):";
      for (std::size_t i = 0; i < s.parameters.size() && i < 10; ++i) {
        const auto& p = s.parameters[i];
        out << " " << p.key << " " << (p.a.empty() ? "(absent)" : p.a) << " -> " << (p.b.empty() ? "(absent)" : p.b)
            << (i + 1 < s.parameters.size() ? ";" : "");
      }
      if (s.parameters.size() > 10) out << " and " << s.parameters.size() - 10 << " more";
      out << "\n";
    }
    std::vector<std::vector<std::string>> rows;
    rows.push_back({"KPI", "A", "B", "B - A (95% interval)", "relative", ""});
    for (const auto& k : s.kpis) {
      std::string mark = k.only_in_a ? "only in A" : k.only_in_b ? "only in B" : "";
      if (k.beyond_chance()) mark = "differs beyond chance";
      else if (k.excludes_zero()) mark = "excludes 0";
      rows.push_back({k.name, k.only_in_b ? "" : interval_text(k.a.mean, NAN, NAN, k.a.n, k.unit, false),
                      k.only_in_a ? "" : interval_text(k.b.mean, NAN, NAN, k.b.n, k.unit, false),
                      k.only_in_a || k.only_in_b ? ""
                                                 : interval_text(k.difference.mean, k.difference.low, k.difference.high,
                                                                 k.difference.n, k.unit, true),
                      k.only_in_a || k.only_in_b ? "" : percent(k.relative()), mark});
    }
    print_table(rows, out);
    const std::size_t m = s.compared();
    char expected[32];
    std::snprintf(expected, sizeof expected, "%.1f", (1.0 - kLevel) * static_cast<double>(m));
    out << s.excluding_zero() << " of " << m << " intervals exclude 0 (about " << expected
        << " would by chance alone if A and B agree); " << s.beyond_chance() << " differ beyond chance over the " << m
        << " KPIs\n";
  }
  for (const auto& u : unmatched) out << "\n" << u << "\n";
}

void print_comparison_json(const std::vector<ScenarioComparison>& scenarios, const std::string& a, const std::string& b,
                           const std::vector<std::string>& unmatched, std::ostream& out) {
  out << "{\"a\": " << json_string(a) << ", \"b\": " << json_string(b) << ", \"level\": " << json_number(kLevel)
      << ", \"scenarios\": [";
  for (std::size_t i = 0; i < scenarios.size(); ++i) {
    const auto& s = scenarios[i];
    out << (i ? ", " : "") << "{\"name\": " << json_string(s.name) << ", \"replications_a\": " << s.replications_a
        << ", \"replications_b\": " << s.replications_b << ", \"paired\": " << (s.paired ? "true" : "false")
        << ", \"kpis_compared\": " << s.compared() << ", \"excluding_zero\": " << s.excluding_zero()
        << ", \"beyond_chance\": " << s.beyond_chance() << ", \"parameters_differ\": [";
    for (std::size_t j = 0; j < s.parameters.size(); ++j) {
      const auto& p = s.parameters[j];
      out << (j ? ", " : "") << "{\"key\": " << json_string(p.key) << ", \"a\": " << (p.a.empty() ? "null" : json_string(p.a))
          << ", \"b\": " << (p.b.empty() ? "null" : json_string(p.b)) << "}";
    }
    out << "], \"kpis\": [";
    for (std::size_t j = 0; j < s.kpis.size(); ++j) {
      const auto& k = s.kpis[j];
      out << (j ? ", " : "") << "{\"name\": " << json_string(k.name) << ", \"unit\": " << json_string(k.unit)
          << ", \"in_a\": " << (k.only_in_b ? "false" : "true") << ", \"in_b\": " << (k.only_in_a ? "false" : "true")
          << ", \"mean_a\": " << json_number(k.a.mean) << ", \"n_a\": " << k.a.n << ", \"mean_b\": " << json_number(k.b.mean)
          << ", \"n_b\": " << k.b.n << ", \"difference\": " << json_number(k.difference.mean)
          << ", \"low\": " << json_number(k.difference.low) << ", \"high\": " << json_number(k.difference.high)
          << ", \"relative\": " << json_number(k.relative()) << ", \"excludes_zero\": " << (k.excludes_zero() ? "true" : "false")
          << ", \"beyond_chance\": " << (k.beyond_chance() ? "true" : "false") << "}";
    }
    out << "]}";
  }
  out << "], \"unmatched\": [";
  for (std::size_t i = 0; i < unmatched.size(); ++i) out << (i ? ", " : "") << json_string(unmatched[i]);
  out << "]}\n";
}

// Why `path` cannot be compared, or nothing when it is a results file of ordinary runs.
std::optional<std::string> not_comparable(const std::string& path) {
  if (output::is_sweep_file(path)) return "is a sweep file; compare reads results files of `regiosim run`";
  if (output::is_calibration_file(path)) return "is a calibration file; compare reads results files of `regiosim run`";
  if (output::is_findings_file(path)) return "is a findings file; compare reads results files of `regiosim run`";
  return std::nullopt;
}

}  // namespace

int compare_command(const Args& args) {
  po::options_description options("options");
  options.add_options()
      ("a", po::value<std::string>(), "results file A (e.g. of the program before a change)")
      ("b", po::value<std::string>(), "results file B")
      ("scenario", po::value<std::string>(), "compare only this scenario")
      ("json", "machine-readable output");
  po::positional_options_description positional;
  positional.add("a", 1).add("b", 1);
  po::variables_map vm;
  const std::string usage = "usage: regiosim compare A.h5 B.h5 [--scenario NAME] [--json]";
  if (auto rc = parse_options(args, usage, options, positional, vm)) return *rc;
  if (!vm.count("a") || !vm.count("b")) {
    std::cerr << "regiosim compare: name two results files\n" << usage << "\n";
    return kExitBadInput;
  }
  const std::string a = vm["a"].as<std::string>(), b = vm["b"].as<std::string>();
  for (const auto& path : {a, b}) {
    if (const auto problem = input_file_problem(path)) {
      std::cerr << "regiosim compare: " << shown(path) << ": " << *problem << "\n";
      return kExitBadInput;
    }
  }
  try {
    for (const auto& path : {a, b}) {
      output::verify_file(path);  // a damaged file is refused before anything is read from it
      if (const auto why = not_comparable(path)) {
        std::cerr << "regiosim compare: " << shown(path) << " " << *why << "\n";
        return kExitBadInput;
      }
    }
    const output::ResultsReader ra(a), rb(b);
    for (const auto* r : {&ra, &rb}) {
      if (r->uncertainty()) {
        std::cerr << "regiosim compare: " << shown(r == &ra ? a : b)
                  << " holds an uncertainty run; compare reads the replications of ordinary runs (regiosim summary "
                     "shows an uncertainty run's intervals)\n";
        return kExitBadInput;
      }
    }
    const auto names_a = ra.scenario_names(), names_b = rb.scenario_names();
    std::vector<std::string> common, unmatched;
    for (const auto& n : names_a) {
      if (std::find(names_b.begin(), names_b.end(), n) != names_b.end()) common.push_back(n);
      else unmatched.push_back("scenario " + n + " is only in A");
    }
    for (const auto& n : names_b) {
      if (std::find(names_a.begin(), names_a.end(), n) == names_a.end()) unmatched.push_back("scenario " + n + " is only in B");
    }
    if (vm.count("scenario")) {
      const std::string wanted = vm["scenario"].as<std::string>();
      if (std::find(common.begin(), common.end(), wanted) == common.end()) {
        std::cerr << "regiosim compare: --scenario " << wanted << ": not a scenario of both files (both hold:";
        for (const auto& n : common) std::cerr << " " << n;
        std::cerr << (common.empty() ? " none" : "") << ")\n";
        return kExitBadInput;
      }
      common = {wanted};
      unmatched.clear();
    }
    if (common.empty()) {
      std::cerr << "regiosim compare: the files have no scenario in common (A:";
      for (const auto& n : names_a) std::cerr << " " << n;
      std::cerr << "; B:";
      for (const auto& n : names_b) std::cerr << " " << n;
      std::cerr << "); scenarios are matched by name\n";
      return kExitBadInput;
    }
    std::vector<ScenarioComparison> scenarios;
    for (const auto& n : common) scenarios.push_back(compare_scenario(ra, rb, n));
    if (vm.count("json")) print_comparison_json(scenarios, a, b, unmatched, std::cout);
    else print_comparison(scenarios, a, b, unmatched, std::cout);
  } catch (const output::ResultsFileError& e) {
    std::cerr << "regiosim compare: " << e.what() << "\n";
    return kExitBadInput;
  }
  return kExitOk;
}

}  // namespace regiosim::app
