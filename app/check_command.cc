// regiosim check FILE.toml: validate a scenario, sweep or calibration file without running; exit 2
// with every problem listed.
#include "app/options.h"
#include "scenarios/calibration.h"
#include "scenarios/sweep.h"

#include <iostream>

namespace regiosim::app {

int check_command(const Args& args) {
  po::options_description options("options");
  options.add_options()("scenario", po::value<std::string>(), "scenario file")(
      "set", po::value<std::vector<std::string>>()->composing(), "override a key: --set key=value (repeatable)");
  po::positional_options_description positional;
  positional.add("scenario", 1);
  po::variables_map vm;
  const std::string usage = "usage: regiosim check FILE.toml [--set key=value]...   (a scenario, sweep or calibration file)";
  if (auto rc = parse_options(args, usage, options, positional, vm)) return *rc;
  if (!vm.count("scenario")) {
    std::cerr << "regiosim check: name a scenario, sweep or calibration file\n" << usage << "\n";
    return kExitBadInput;
  }
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
      const auto sweep = scenarios::load_sweep_file(path);
      std::cout << "ok: " << sweep.source << ": sweep '" << sweep.name << "' (" << scenarios::design_name(sweep.design)
                << " design, " << sweep.factors.size() << (sweep.factors.size() == 1 ? " factor, " : " factors, ")
                << sweep.points.size() << " points x " << sweep.replications << " replications = " << sweep.run_count()
                << " runs)\n";
      return kExitOk;
    } catch (const scenarios::ScenarioError& e) {
      print_diagnostics(e);
      return kExitBadInput;
    }
  }
  scenarios::LoadOptions load;
  if (vm.count("set")) load.overrides = vm["set"].as<std::vector<std::string>>();
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
    return kExitOk;
  } catch (const scenarios::ScenarioError& e) {
    print_diagnostics(e);
    return kExitBadInput;
  }
}

}  // namespace regiosim::app
