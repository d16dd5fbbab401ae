// regiosim findings [REGION.toml] [--draws N] [--replications R] [--out FILE.h5] [--force] [--only ID,...]
//                   [--threads T] [--set key=value]...
// The validation suite: every published claim of models/findings.h as a paired experiment on the
// region (the built-in default region unless a scenario file is given), evaluated under the priors:
// N parameter sets are drawn from them (scenarios/uncertainty_plan.h), and on each both arms run R
// times with the same seeds. A claim holds when its effect has the claimed sign in at least 90% of the
// draws; the table says in how many it did and which assumptions decide it. Arms that resolve to the
// same scenario run once. Prints the table and writes it to an HDF5 file (complete or not at all).
// Exit code 0 when the suite ran, whether or not every claim holds: the suite is there to tell.
#include "app/options.h"
#include "app/signals.h"
#include "app/summary.h"
#include "models/findings.h"
#include "models/kpis.h"
#include "models/region_run.h"
#include "output/findings_file.h"
#include "scenarios/uncertainty_plan.h"
#include "sim/executor.h"
#include "sim/progress.h"
#include "sim/random.h"
#include "sim/statistics.h"
#include "sim/uncertainty.h"
#include "sim/version.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <sstream>

namespace regiosim::app {

namespace {

// The unit of a KPI as the KPI table declares it ("" for a name it does not know).
std::string kpi_unit(const std::string& kpi) {
  for (const auto& d : models::kpi_definitions()) {
    if (d.name == kpi) return std::string(d.unit);
  }
  return "";
}

std::string joined(const std::vector<std::string>& xs) {
  std::string out;
  for (const auto& x : xs) out += (out.empty() ? "" : "; ") + x;
  return out;
}

std::string number(double x) {
  if (!std::isfinite(x)) return "n/a";
  char buf[32];
  std::snprintf(buf, sizeof buf, std::fabs(x) >= 100 ? "%+.1f" : "%+.4f", x);
  return buf;
}

double metric(const std::vector<sim::Metric>& metrics, const std::string& name) {
  for (const auto& m : metrics) {
    if (m.name == name) return m.value;
  }
  throw std::runtime_error("the model has no KPI '" + name + "'");
}

std::string percent(std::size_t part, std::size_t whole) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", whole ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0);
  return buf;
}

}  // namespace

int findings_command(const Args& args, const std::string& command_line) {
  po::options_description options("options");
  options.add_options()
      ("scenario", po::value<std::string>(), "region scenario file (default: the built-in default region)")
      ("draws,n", po::value<long long>()->default_value(30), "parameter sets drawn from the priors")
      ("replications,r", po::value<long long>()->default_value(2), "paired replications per draw and arm")
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
      "usage: regiosim findings [REGION.toml] [--draws N] [--replications R] [--out FILE.h5] [--force] [--only ID,...] "
      "[--threads T] [--set key=value]...";
  if (auto rc = parse_options(args, usage, options, positional, vm)) return *rc;

  const auto& all = models::findings();
  if (vm.count("list")) {
    for (const auto& f : all) {
      std::cout << f.id << " (" << f.source << "): " << f.statement << "\n  claimed: " << f.expectation << "\n";
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
  const long long draws = vm["draws"].as<long long>();
  const int threads = vm["threads"].as<int>();
  if (replications < 1 || replications > 100000) {
    std::cerr << "regiosim findings: --replications must be between 1 and 100000\n";
    return kExitBadInput;
  }
  if (draws < 10 || draws > 100000) {
    std::cerr << "regiosim findings: --draws must be between 10 and 100000 (a share of draws needs some)\n";
    return kExitBadInput;
  }
  if (const auto problem = threads_problem(threads)) {
    std::cerr << "regiosim findings: " << *problem << "\n";
    return kExitBadInput;
  }
  const std::string path = vm.count("scenario") ? vm["scenario"].as<std::string>() : std::string();
  std::vector<std::string> sets;
  if (vm.count("set")) sets = vm["set"].as<std::vector<std::string>>();

  // The arms: the region with each finding's overrides; arms that resolve alike run once. Each arm
  // keeps the keys it sets itself in every draw.
  scenarios::Scenario region;
  std::string region_source;
  std::vector<scenarios::Scenario> arms;
  std::vector<std::vector<std::string>> arm_keeps;
  std::map<std::string, std::size_t> arm_of_hash;
  std::vector<std::pair<std::size_t, std::size_t>> finding_arms;  // (baseline, variant) per chosen finding
  scenarios::UncertaintyPlan plan;
  try {
    auto set = load_scenarios(path, {.overrides = sets});
    region = set.scenarios.front();
    region_source = set.source;
    const auto arm = [&](const std::vector<std::string>& overrides) {
      auto o = sets;
      o.insert(o.end(), overrides.begin(), overrides.end());
      auto s = load_scenarios(path, {.overrides = o}).scenarios.front();
      const auto [it, added] = arm_of_hash.emplace(s.content_hash, arms.size());
      if (added) {
        std::vector<std::string> keep;
        for (const auto& o2 : overrides) keep.push_back(o2.substr(0, o2.find('=')));
        arm_keeps.push_back(std::move(keep));
        arms.push_back(std::move(s));
      }
      return it->second;
    };
    for (const auto* f : chosen) finding_arms.emplace_back(arm(f->baseline), arm(f->variant));
    plan = scenarios::plan_uncertainty({region}, static_cast<std::size_t>(draws),
                                       static_cast<std::uint64_t>(region.params.uncertainty.seed), std::nullopt);
  } catch (const scenarios::ScenarioError& e) {
    print_diagnostics(e);
    return kExitBadInput;
  }
  const std::filesystem::path out = vm.count("out") ? std::filesystem::path(vm["out"].as<std::string>())
                                                    : std::filesystem::path("results") / ("findings-" + region.name + ".h5");
  std::vector<InputFile> inputs;
  add_scenario_inputs(inputs, region, "the region file");
  if (const auto problem = output_path_problem(out, inputs, "--out", !vm.count("out"))) {
    std::cerr << "regiosim findings: " << *problem << "\n";
    return kExitBadInput;
  }
  if (auto rc = refuse_existing_output(out, vm.count("force") > 0, "findings")) return *rc;

  // Every (arm, draw, replication); replication r has the same seed in every arm and draw (paired).
  const auto reps = static_cast<std::size_t>(replications);
  const auto D = static_cast<std::size_t>(draws);
  const std::size_t per_arm = D * reps;
  std::vector<std::vector<sim::Metric>> results(arms.size() * per_arm);
  auto executor = sim::make_executor(threads);
  auto serial = sim::make_executor(1);
  sim::Progress progress(std::cerr, "regiosim findings", results.size(), results.size(), !vm.count("quiet"),
                         isatty(STDERR_FILENO) != 0);
  StopOnSignals signals;
  std::cerr << "regiosim findings: " << chosen.size() << " claims, " << arms.size() << " arms x " << D << " draws of "
            << plan.factors.size() << " uncertain parameters x " << reps << " replications: " << results.size() << " runs\n";
  executor->for_each_index(results.size(), [&](std::size_t j) {
    const std::size_t a = j / per_arm, d = (j % per_arm) / reps, r = j % reps;
    const auto& scenario = arms[a];
    models::RunSpec spec;
    spec.scenario = scenario.name;
    spec.replication = r;
    spec.seed = sim::replication_seed(static_cast<std::uint64_t>(scenario.params.sim.seed), r);
    spec.stop = &stop_flag();
    if (stop_requested()) return;
    // Runs are spread over the threads; each is simulated serially (results do not depend on it).
    results[j] = models::run_region(plan.params(scenario.params, d, arm_keeps[a]), spec, *serial).metrics;
    progress.run_finished();
    progress.advance();
  });
  progress.finish();
  if (stop_requested()) {
    std::cerr << "regiosim findings: stopped by a signal; nothing was written to " << shown(out) << "\n";
    return kExitFailure;
  }

  output::FindingsRecord record;
  record.region = region.name;
  record.region_source = region_source;
  record.region_toml = region.resolved_toml;
  record.replications = replications;
  record.draws = draws;
  std::vector<std::string> drivers;
  int failed = 0;
  try {
    for (std::size_t k = 0; k < chosen.size(); ++k) {
      const auto& f = *chosen[k];
      const auto [b, v] = finding_arms[k];
      const bool level = f.kind == "level";
      std::vector<double> effect(per_arm);
      for (std::size_t i = 0; i < per_arm; ++i) {
        const auto& rv = results[v * per_arm + i];
        const auto& rb = results[b * per_arm + i];
        // A level claim: the simulated value minus the promised one (its one arm runs once).
        double e = level ? metric(rv, f.kpi) - f.claimed_level : metric(rv, f.kpi) - metric(rb, f.kpi);
        if (!f.minus_kpi.empty()) e -= metric(rv, f.minus_kpi) - metric(rb, f.minus_kpi);
        effect[i] = e;
      }
      const auto s = sim::summarise_outcome(effect, D, reps, plan.values, 3, 200,
                                            static_cast<std::uint64_t>(region.params.uncertainty.seed) + k);
      // Draws in which the effect has the claimed sign.
      std::size_t holds_in = 0;
      for (std::size_t d = 0; d < D; ++d) {
        double sum = 0;
        std::size_t n = 0;
        for (std::size_t r = 0; r < reps; ++r) {
          if (std::isfinite(effect[d * reps + r])) sum += effect[d * reps + r], ++n;
        }
        if (n > 0 && (level ? sum >= 0 : f.expected_sign > 0 ? sum > 0 : sum < 0)) ++holds_in;
      }
      output::FindingRow row{f.id, f.statement, f.source, f.kind, joined(f.baseline), joined(f.variant), f.kpi,
                             f.minus_kpi, kpi_unit(f.kpi), f.expectation, f.expected_sign, s.central, s.draws_low, s.draws_high,
                             static_cast<std::int64_t>(s.draws_used)};
      row.holds_in = static_cast<std::int64_t>(holds_in);
      // A sign claim holds in 90% of the draws; a level claim when the promised value lies within the
      // range of 95% of the draws (docs/uncertainty.md).
      row.passed = s.draws_used > 0 &&
                   (level ? s.draws_low <= 0.0 && 0.0 <= s.draws_high
                          : static_cast<double>(holds_in) >= models::kFindingHoldsShare * static_cast<double>(s.draws_used));
      failed += row.passed ? 0 : 1;
      std::string d;
      for (const auto& x : s.drivers) {
        char buf[32];
        std::snprintf(buf, sizeof buf, " %.2f", x.index);
        d += (d.empty() ? "" : ";") + std::string(" ") + plan.factors[x.factor].key + buf;
      }
      drivers.push_back(d);
      record.rows.push_back(std::move(row));
    }
  } catch (const std::exception& e) {
    std::cerr << "regiosim findings: " << e.what() << "\n";
    return kExitFailure;
  }

  std::cout << "Findings on " << region.name << " (" << region_source << ") under the priors: " << D << " draws of "
            << plan.factors.size() << " uncertain parameters (" << plan.design << "), " << replications
            << " paired replications per draw. effect = variant - baseline: the median over draws [where 95% of the "
               "draws lie]; a claim holds when it has the claimed sign in at least 90% of the draws. A level claim "
               "(a promised value): effect = simulated - promised, holds when 0 lies within the range of 95% of the "
               "draws; 'holds in' counts the draws that reach the promise.\n\n";
  std::printf("%-42s %-36s %-30s %-36s %-12s %s\n", "finding", "KPI", "source", "effect [95% of draws]", "holds in",
              "verdict");
  for (const auto& r : record.rows) {
    const std::string effect = number(r.mean) + " [" + number(r.low) + ", " + number(r.high) + "]";
    const std::string share = std::to_string(r.holds_in) + " of " + std::to_string(r.n);
    std::string source = r.source.substr(0, r.source.find_first_of("(;"));
    while (!source.empty() && source.back() == ' ') source.pop_back();
    if (source.size() > 29) source = source.substr(0, 28) + "…";
    std::printf("%-42s %-36s %-30s %-36s %-12s %s\n", r.id.c_str(),
                (r.kpi + (r.minus_kpi.empty() ? "" : " (DiD)")).c_str(), source.c_str(), effect.c_str(), share.c_str(),
                r.passed ? "holds" : ("does not hold (" + percent(static_cast<std::size_t>(r.holds_in), static_cast<std::size_t>(r.n)) + ")").c_str());
  }
  std::cout << "\n";
  for (std::size_t i = 0; i < record.rows.size(); ++i) {
    const auto& r = record.rows[i];
    std::cout << r.id << ": " << r.statement << " (" << r.source << ")\n  claimed: " << r.expectation << "\n  measured: "
              << r.kpi << (r.minus_kpi.empty() ? "" : " minus the change of " + r.minus_kpi)
              << (r.kind == "level" ? "; promised level, arm {" + r.variant + "}"
                                    : "; baseline {" + r.baseline + "}, variant {" + r.variant + "}")
              << "\n  decided most by:" << drivers[i] << "\n";
  }
  output::FileProvenance provenance{sim::kEngineVersion, sim::kEngineCommit, command_line, utc_now(),
                                    executor->concurrency(), static_cast<std::uint64_t>(region.params.sim.seed),
                                    replications};
  output::write_findings_file(out, provenance, record);
  std::cout << "\n" << record.rows.size() - static_cast<std::size_t>(failed) << " of " << record.rows.size()
            << " claims hold under the priors\nfindings: " << shown(out) << "\n";
  return kExitOk;
}

}  // namespace regiosim::app
