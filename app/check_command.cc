// regiosim check FILE.toml: validate a scenario, sweep or calibration file without running; exit 2
// with every problem listed. A scenario's or sweep's estimated memory is checked against
// --memory-limit (default: 80% of physical memory, or of a lower cgroup limit) for --threads runs at
// once, as `run` and `sweep` would; --memory prints the estimate.
#include "app/options.h"
#include "scenarios/calibration.h"
#include "scenarios/memory_check.h"
#include "scenarios/sweep.h"
#include "sim/executor.h"

#include <iostream>

namespace regiosim::app {

namespace {

void print_run_memory(const models::RunMemory& m, std::ostream& out) {
  for (const auto& item : m.items) {
    out << "    " << models::format_bytes(item.bytes) << "  " << item.what << " [" << item.key << "]\n";
  }
}

void print_demand(const scenarios::MemoryDemand& d, const std::optional<scenarios::MemoryBudget>& budget,
                  const std::string& largest, std::ostream& out) {
  out << "memory: estimated peak " << models::format_bytes(d.total_bytes) << " (" << d.total_bytes << " bytes) for "
      << d.runs << (d.runs == 1 ? " run, " : " runs, ") << d.concurrent << " at a time; limit: "
      << (budget ? models::format_bytes(budget->limit_bytes) + " (" + budget->limit_source + ")" : std::string("none"))
      << "\n";
  out << "  program: " << models::format_bytes(models::kProgramBytes) << "\n";
  out << "  largest run (" << largest << "): " << models::format_bytes(d.largest_run.run_bytes()) << "\n";
  print_run_memory(d.largest_run, out);
  out << "  results held until written: " << models::format_bytes(d.held_bytes) << "\n";
}

}  // namespace

int check_command(const Args& args) {
  po::options_description options("options");
  options.add_options()
      ("scenario", po::value<std::string>(), "scenario file")
      ("set", po::value<std::vector<std::string>>()->composing(), "override a key: --set key=value (repeatable)")
      ("threads,t", po::value<int>()->default_value(0), "runs at once to check memory for, as `run --threads` (0 = all cores)")
      ("memory-limit", po::value<std::string>(), kMemoryLimitHelp)
      ("memory", "print the memory estimate");
  po::positional_options_description positional;
  positional.add("scenario", 1);
  po::variables_map vm;
  const std::string usage =
      "usage: regiosim check FILE.toml [--set key=value]... [--threads T] [--memory-limit SIZE] [--memory]"
      "   (a scenario, sweep or calibration file)";
  if (auto rc = parse_options(args, usage, options, positional, vm)) return *rc;
  if (!vm.count("scenario")) {
    std::cerr << "regiosim check: name a scenario, sweep or calibration file\n" << usage << "\n";
    return kExitBadInput;
  }
  const int threads = vm["threads"].as<int>();
  if (threads < 0) {
    std::cerr << "regiosim check: --threads must be >= 0\n";
    return kExitBadInput;
  }
  const int concurrency = sim::make_executor(threads)->concurrency();
  std::optional<scenarios::MemoryBudget> budget;
  if (auto rc = memory_budget(vm, concurrency, "check", budget)) return *rc;
  const bool show_memory = vm.count("memory") > 0;

  const std::string path = vm["scenario"].as<std::string>();
  if (!path.empty() && scenarios::looks_like_calibration_file(path)) {
    scenarios::LoadOptions load;
    if (vm.count("set")) load.overrides = vm["set"].as<std::vector<std::string>>();
    try {
      const auto cal = scenarios::load_calibration_file(path, load);
      const bool abc = cal.method == scenarios::CalibrationMethod::abc_smc;
      std::cout << "ok: " << cal.source << ": calibration '" << cal.name << "' (" << scenarios::method_name(cal.method) << ", "
                << cal.parameters.size() << (cal.parameters.size() == 1 ? " parameter, " : " parameters, ")
                << cal.targets.size() << (cal.targets.size() == 1 ? " target" : " targets") << ", base scenario "
                << cal.scenario_file << "; at most " << cal.max_evaluations << (abc ? " simulations" : " evaluations") << " of "
                << cal.replications << " runs";
      if (abc) std::cout << ", " << cal.particles << " particles, " << cal.generations << " generations";
      std::cout << ", " << cal.holdout_replications << " held-out runs)\n";
      return kExitOk;
    } catch (const scenarios::ScenarioError& e) {
      print_diagnostics(e);
      return kExitBadInput;
    }
  }
  if (!path.empty() && scenarios::looks_like_sweep_file(path)) {
    if (vm.count("set")) {
      std::cerr << "regiosim check: --set applies to scenarios; put fixed values of a sweep in its [set] table\n";
      return kExitBadInput;
    }
    try {
      const auto sweep = scenarios::load_sweep_file(path, {.memory = budget});
      std::cout << "ok: " << sweep.source << ": sweep '" << sweep.name << "' (" << scenarios::design_name(sweep.design)
                << " design, " << sweep.factors.size() << (sweep.factors.size() == 1 ? " factor, " : " factors, ")
                << sweep.points.size() << " points x " << sweep.replications << " replications = " << sweep.run_count()
                << " runs)\n";
      if (show_memory) {
        const auto m = scenarios::estimate_sweep_memory(sweep, concurrency);
        print_demand(m.demand, budget, "point " + std::to_string(m.largest_point), std::cout);
      }
      return kExitOk;
    } catch (const scenarios::ScenarioError& e) {
      print_diagnostics(e);
      return kExitBadInput;
    }
  }
  scenarios::LoadOptions load;
  if (vm.count("set")) load.overrides = vm["set"].as<std::vector<std::string>>();
  load.memory = budget;
  try {
    const auto set = load_scenarios(vm["scenario"].as<std::string>(), load);
    const auto& base = set.scenarios.front();
    std::cout << "ok: " << set.source << ": baseline '" << base.name << "' (" << base.set_keys.size()
              << (base.set_keys.size() == 1 ? " key" : " keys") << " set, the others at their defaults)";
    if (set.scenarios.size() > 1) {
      std::cout << " and " << set.scenarios.size() - 1 << (set.scenarios.size() == 2 ? " variant:" : " variants:");
      for (std::size_t i = 1; i < set.scenarios.size(); ++i) std::cout << " " << set.scenarios[i].name;
    }
    std::cout << "\n";
    if (show_memory) {
      std::vector<const scenarios::Scenario*> runs;
      for (const auto& s : set.scenarios) runs.push_back(&s);
      const auto demand = scenarios::estimate_memory(runs, concurrency);
      print_demand(demand, budget, "'" + demand.largest->name + "'", std::cout);
    }
    return kExitOk;
  } catch (const scenarios::ScenarioError& e) {
    print_diagnostics(e);
    return kExitBadInput;
  }
}

}  // namespace regiosim::app
