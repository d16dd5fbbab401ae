// regiosim findings [REGION.toml] [--replications N] [--out FILE.h5] [--force] [--only ID,...] [--threads T]
//                   [--set key=value]...
// The validation suite: every published finding of models/findings.h as a paired experiment on the
// region (the built-in default region unless a scenario file is given). Arms that resolve to the
// same scenario run once; replication r of every arm shares its seed. Prints the table, writes it to
// an HDF5 file (complete or not at all) and exits 0 when every finding holds, 1 when one does not.
#include "app/options.h"
#include "app/signals.h"
#include "app/summary.h"
#include "models/findings.h"
#include "models/region_run.h"
#include "output/findings_file.h"
#include "sim/executor.h"
#include "sim/progress.h"
#include "sim/random.h"
#include "sim/statistics.h"
#include "sim/version.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <sstream>

namespace regiosim::app {

namespace {

std::string joined(const std::vector<std::string>& xs) {
  std::string out;
  for (const auto& x : xs) out += (out.empty() ? "" : "; ") + x;
  return out;
}

double metric(const sim::RunResult& r, const std::string& name) {
  for (const auto& m : r.metrics) {
    if (m.name == name) return m.value;
  }
  throw std::runtime_error("the model has no KPI '" + name + "'");
}

}  // namespace

int findings_command(const Args& args, const std::string& command_line) {
  po::options_description options("options");
  options.add_options()
      ("scenario", po::value<std::string>(), "region scenario file (default: the built-in default region)")
      ("replications,r", po::value<long long>()->default_value(10), "paired replications per arm")
      ("out,o", po::value<std::string>(), "HDF5 output file (default: results/findings-<region>.h5)")
      ("only", po::value<std::string>(), "comma-separated finding ids to run (default: all)")
      ("list", "list the findings and exit")
      ("threads,t", po::value<int>()->default_value(0), "threads (0 = all cores); results do not depend on it")
      ("set", po::value<std::vector<std::string>>()->composing(), "override a key of the region: --set key=value")
      ("force", kForceHelp)
      ("quiet,q", "no progress line");
  po::positional_options_description positional;
  positional.add("scenario", 1);
  po::variables_map vm;
  const std::string usage =
      "usage: regiosim findings [REGION.toml] [--replications N] [--out FILE.h5] [--force] [--only ID,...] [--threads T] "
      "[--set key=value]...";
  if (auto rc = parse_options(args, usage, options, positional, vm)) return *rc;

  const auto& all = models::findings();
  if (vm.count("list")) {
    for (const auto& f : all) {
      std::cout << f.id << " (" << f.kind << ", " << f.source << "): " << f.statement << "\n  expected: " << f.expectation
                << "\n";
    }
    return kExitOk;
  }
  std::vector<const models::Finding*> chosen;
  if (vm.count("only")) {
    std::stringstream ids(vm["only"].as<std::string>());
    std::string id;
    while (std::getline(ids, id, ',')) {
      const auto it = std::find_if(all.begin(), all.end(), [&](const models::Finding& f) { return f.id == id; });
      if (it == all.end()) {
        std::cerr << "regiosim findings: --only: no finding '" << id << "' (regiosim findings --list shows them)\n";
        return kExitBadInput;
      }
      chosen.push_back(&*it);
    }
  } else {
    for (const auto& f : all) chosen.push_back(&f);
  }
  const long long replications = vm["replications"].as<long long>();
  const int threads = vm["threads"].as<int>();
  if (replications < 2 || replications > 100000) {
    std::cerr << "regiosim findings: --replications must be between 2 and 100000 (an interval needs two)\n";
    return kExitBadInput;
  }
  if (threads < 0) {
    std::cerr << "regiosim findings: --threads must be >= 0\n";
    return kExitBadInput;
  }
  const std::string path = vm.count("scenario") ? vm["scenario"].as<std::string>() : std::string();
  std::vector<std::string> sets;
  if (vm.count("set")) sets = vm["set"].as<std::vector<std::string>>();
  sets.push_back("sim.replications=" + std::to_string(replications));

  // The arms: the region with each finding's overrides; arms that resolve alike run once.
  scenarios::Scenario region;
  std::string region_source;
  std::vector<scenarios::Scenario> arms;
  std::map<std::string, std::size_t> arm_of_hash;
  std::vector<std::pair<std::size_t, std::size_t>> finding_arms;  // (baseline, variant) per chosen finding
  try {
    auto set = load_scenarios(path, {.overrides = sets});
    region = set.scenarios.front();
    region_source = set.source;
    const auto arm = [&](const std::vector<std::string>& overrides) {
      auto o = sets;
      o.insert(o.end(), overrides.begin(), overrides.end());
      auto s = load_scenarios(path, {.overrides = o}).scenarios.front();
      const auto [it, added] = arm_of_hash.emplace(s.content_hash, arms.size());
      if (added) arms.push_back(std::move(s));
      return it->second;
    };
    for (const auto* f : chosen) finding_arms.emplace_back(arm(f->baseline), arm(f->variant));
  } catch (const scenarios::ScenarioError& e) {
    print_diagnostics(e);
    return kExitBadInput;
  }
  const std::filesystem::path out = vm.count("out") ? std::filesystem::path(vm["out"].as<std::string>())
                                                    : std::filesystem::path("results") / ("findings-" + region.name + ".h5");
  if (auto rc = refuse_existing_output(out, vm.count("force") > 0, "findings")) return *rc;

  // Every (arm, replication); replication r has the same seed in every arm (paired).
  const auto reps = static_cast<std::size_t>(replications);
  std::vector<std::vector<sim::RunResult>> results(arms.size(), std::vector<sim::RunResult>(reps));
  std::uint64_t total_weeks = 0;
  for (const auto& a : arms) total_weeks += reps * static_cast<std::uint64_t>(a.params.sim.weeks + a.params.sim.burn_in_weeks);
  auto executor = sim::make_executor(threads);
  sim::Progress progress(std::cerr, "regiosim findings", total_weeks, arms.size() * reps, !vm.count("quiet"),
                         isatty(STDERR_FILENO) != 0);
  StopOnSignals signals;
  executor->for_each_index(arms.size() * reps, [&](std::size_t j) {
    const std::size_t a = j / reps, r = j % reps;
    const auto& scenario = arms[a];
    models::RunSpec spec;
    spec.scenario = scenario.name;
    spec.replication = r;
    spec.seed = sim::replication_seed(static_cast<std::uint64_t>(scenario.params.sim.seed), r);
    spec.after_week = [&] { progress.advance(); };
    spec.stop = &stop_flag();
    if (stop_requested()) return;
    results[a][r] = models::run_region(scenario.params, spec, *executor);
    progress.run_finished();
  });
  progress.finish();
  if (stop_requested()) {
    std::cerr << "regiosim findings: stopped by a signal; nothing was written to " << out.string() << "\n";
    return kExitFailure;
  }

  output::FindingsRecord record;
  record.region = region.name;
  record.region_source = region_source;
  record.region_toml = region.resolved_toml;
  record.replications = replications;
  int failed = 0;
  try {
    for (std::size_t k = 0; k < chosen.size(); ++k) {
      const auto& f = *chosen[k];
      const auto [b, v] = finding_arms[k];
      std::vector<double> effect;
      for (std::size_t r = 0; r < reps; ++r) {
        double e = metric(results[v][r], f.kpi) - metric(results[b][r], f.kpi);
        if (!f.minus_kpi.empty()) e -= metric(results[v][r], f.minus_kpi) - metric(results[b][r], f.minus_kpi);
        effect.push_back(e);
      }
      const sim::Interval d = sim::mean_interval(effect);
      output::FindingRow row{f.id, f.statement, f.source, f.kind, joined(f.baseline), joined(f.variant), f.kpi,
                             f.minus_kpi, f.expectation, f.expected_sign, d.mean, d.low, d.high, d.n};
      row.passed = d.n >= 2 && (f.expected_sign > 0 ? d.low > 0.0 : d.high < 0.0);
      failed += row.passed ? 0 : 1;
      record.rows.push_back(std::move(row));
    }
  } catch (const std::exception& e) {
    std::cerr << "regiosim findings: " << e.what() << "\n";
    return kExitFailure;
  }

  std::cout << "Findings on " << region.name << " (" << region_source << "), " << replications
            << " paired replications; effect = variant - baseline with its 95% interval\n\n";
  std::printf("%-40s %-10s %-38s %-6s %s\n", "finding", "kind", "effect (95% interval)", "sign", "result");
  for (const auto& r : record.rows) {
    const std::string effect = interval_text(r.mean, r.low, r.high, static_cast<int>(r.n), "", true);
    std::printf("%-40s %-10s %-38s %-6s %s\n", r.id.c_str(), r.kind.c_str(), effect.c_str(),
                r.expected_sign > 0 ? "> 0" : "< 0", finding_result(r).c_str());
  }
  std::cout << "\n";
  for (const auto& r : record.rows) {
    std::cout << r.id << ": " << r.statement << " (" << r.source << ")\n  " << r.expectation << "\n  measured: "
              << r.kpi << (r.minus_kpi.empty() ? "" : " minus the change of " + r.minus_kpi) << "; baseline {"
              << r.baseline << "}, variant {" << r.variant << "}\n";
  }
  output::FileProvenance provenance{sim::kEngineVersion, sim::kEngineCommit, command_line, utc_now(),
                                    executor->concurrency(), static_cast<std::uint64_t>(region.params.sim.seed),
                                    replications};
  output::write_findings_file(out, provenance, record);
  std::cout << "\n" << record.rows.size() - static_cast<std::size_t>(failed) << " of " << record.rows.size()
            << " findings hold (shown with a 95% interval on the expected side of 0)\nfindings: " << out.string() << "\n";
  return failed == 0 ? kExitOk : kExitFailure;
}

}  // namespace regiosim::app
