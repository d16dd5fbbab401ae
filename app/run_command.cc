// regiosim run [SCENARIO.toml] [--baseline OTHER.toml] [--out FILE.h5] [--replications N]
//              [--seed S] [--threads T] [--set key=value]...
// Simulates the baseline and every variant, replications in parallel, writes one HDF5 file
// (complete or not at all) and prints the KPI table with the file's path.
#include "app/options.h"
#include "app/records.h"
#include "app/signals.h"
#include "app/summary.h"
#include "app/uncertainty_run.h"
#include "models/region_run.h"
#include "output/results_file.h"
#include "sim/executor.h"
#include "sim/progress.h"
#include "sim/random.h"
#include "sim/version.h"

#include <unistd.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <set>

namespace regiosim::app {

namespace {

// results/<scenario file stem>.h5; with --baseline results/<stem>-vs-<baseline stem>.h5; the
// built-in default region (no file): results/<its name>.h5. Two different commands thus do not
// write the same file by default.
std::filesystem::path default_output(const po::variables_map& vm, const std::string& baseline_name) {
  namespace fs = std::filesystem;
  std::string stem = vm.count("scenario") ? fs::path(vm["scenario"].as<std::string>()).stem().string() : baseline_name;
  if (vm.count("baseline")) stem += "-vs-" + fs::path(vm["baseline"].as<std::string>()).stem().string();
  return fs::path("results") / (stem + ".h5");
}

}  // namespace

int run_command(const Args& args, const std::string& command_line) {
  po::options_description options("options");
  options.add_options()
      ("scenario", po::value<std::string>(), "scenario file (default: the built-in default region)")
      ("baseline", po::value<std::string>(), "run OTHER.toml as the baseline and SCENARIO as a variant")
      ("out,o", po::value<std::string>(), "HDF5 output file (default: results/<scenario file>.h5, with --baseline results/<file>-vs-<baseline file>.h5)")
      ("replications,r", po::value<long long>(), "replications per scenario (sets sim.replications)")
      ("seed,s", po::value<long long>(), "base seed (sets sim.seed)")
      ("threads,t", po::value<int>()->default_value(0), "threads (0 = all cores); results do not depend on it")
      ("set", po::value<std::vector<std::string>>()->composing(), "override a key: --set key=value (repeatable)")
      ("memory-limit", po::value<std::string>(), kMemoryLimitHelp)
      ("force", kForceHelp)
      ("uncertainty", po::value<long long>(),
       "N parameter sets drawn from the priors, every scenario run on each (sets uncertainty.draws; "
       "--replications then sets uncertainty.replications)")
      ("posterior", po::value<std::string>(), "with --uncertainty: take the calibrated parameters from this "
       "calibration file's posterior sample")
      ("resume", "with --uncertainty: keep the runs in FILE.h5.journal of an interrupted run, run the rest")
      ("quiet,q", "no progress line");
  po::positional_options_description positional;
  positional.add("scenario", 1);
  po::variables_map vm;
  const std::string usage =
      "usage: regiosim run [SCENARIO.toml] [--baseline OTHER.toml] [--out FILE.h5] [--force] [--replications N] [--seed S] "
      "[--threads T] [--set key=value]... [--memory-limit SIZE] [--uncertainty N [--posterior CAL.h5] [--resume]]";
  if (auto rc = parse_options(args, usage, options, positional, vm)) return *rc;
  // An uncertainty run may be spread over MPI ranks (sim/job_farm.h); MPI starts before anything runs.
  std::optional<sim::MpiSession> mpi;
  if (vm.count("uncertainty") || sim::MpiSession::launched_by_mpi_starter()) mpi.emplace();

  scenarios::LoadOptions load;
  if (vm.count("set")) load.overrides = vm["set"].as<std::vector<std::string>>();
  if (vm.count("uncertainty")) load.overrides.push_back("uncertainty.draws=" + std::to_string(vm["uncertainty"].as<long long>()));
  if (vm.count("replications")) {
    load.overrides.push_back((vm.count("uncertainty") ? "uncertainty.replications=" : "sim.replications=") +
                             std::to_string(vm["replications"].as<long long>()));
  }
  if (vm.count("seed")) load.overrides.push_back("sim.seed=" + std::to_string(vm["seed"].as<long long>()));
  const int threads = vm["threads"].as<int>();
  if (const auto problem = threads_problem(threads)) {
    std::cerr << "regiosim run: " << *problem << "\n";
    return kExitBadInput;
  }

  auto executor = sim::make_executor(threads);
  if (auto rc = memory_budget(vm, executor->concurrency(), "run", load.memory)) return *rc;

  // With --baseline, the baseline file is loaded first and its scenario counts towards the memory
  // the runs need; problems in both files are reported together.
  std::vector<scenarios::Scenario> runs;
  std::vector<scenarios::Diagnostic> problems;
  if (vm.count("baseline")) {
    auto base_load = load;
    base_load.memory.reset();
    // Only the baseline file's baseline is run: --set variants.NAME... applies to SCENARIO's variants.
    std::erase_if(base_load.overrides, [](const std::string& o) {
      std::string key = o.substr(0, o.find('='));
      key.erase(0, key.find_first_not_of(" \t"));
      key.erase(key.find_last_not_of(" \t") + 1);
      return key == "variants" || key.starts_with("variants.");
    });
    try {
      auto base_set = load_scenarios(vm["baseline"].as<std::string>(), base_load);
      runs.push_back(std::move(base_set.scenarios.front()));
      if (load.memory) load.memory->alongside.push_back(runs.front());
    } catch (const scenarios::ScenarioError& e) {
      problems = e.diagnostics();
    }
  }
  try {
    const std::string path = vm.count("scenario") ? vm["scenario"].as<std::string>() : std::string();
    auto main_set = load_scenarios(path, load);
    for (auto& s : main_set.scenarios) {
      if (vm.count("baseline")) s.role = "variant";
      runs.push_back(std::move(s));
    }
  } catch (const scenarios::ScenarioError& e) {
    problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
  }
  if (!problems.empty()) {
    print_diagnostics(scenarios::ScenarioError(std::move(problems)));
    return kExitBadInput;
  }
  std::set<std::string> names;
  for (const auto& s : runs) {
    if (!names.insert(s.name).second) {
      std::cerr << "regiosim run: two scenarios are named '" << s.name << "'; give one a different `name`\n";
      return kExitBadInput;
    }
  }

  // The output must not be any file this command reads; the default results/ folder is created.
  const std::filesystem::path out = vm.count("out") ? std::filesystem::path(vm["out"].as<std::string>())
                                                    : default_output(vm, runs.front().name);
  std::vector<InputFile> inputs;
  if (vm.count("baseline")) add_scenario_inputs(inputs, runs.front(), "the baseline file");
  add_scenario_inputs(inputs, runs.back(), "the scenario file");
  if (vm.count("posterior")) inputs.push_back({vm["posterior"].as<std::string>(), "the --posterior file"});
  if (const auto problem = output_path_problem(out, inputs, "--out", !vm.count("out"))) {
    std::cerr << "regiosim run: " << *problem << "\n";
    return kExitBadInput;
  }
  if (auto rc = refuse_existing_output(out, vm.count("force") > 0, "run")) return *rc;

  if (runs.front().params.uncertainty.draws > 0) {
    if (!mpi) mpi.emplace();
    UncertaintyRunOptions u{threads, vm.count("quiet") > 0, vm.count("resume") > 0, std::nullopt};
    if (vm.count("posterior")) u.posterior = vm["posterior"].as<std::string>();
    return run_uncertainty(*mpi, runs, out, u, command_line);
  }
  if (vm.count("posterior") || vm.count("resume")) {
    std::cerr << "regiosim run: --posterior and --resume belong to an uncertainty run (--uncertainty N)\n";
    return kExitBadInput;
  }

  // Jobs: every (scenario, replication). Replication r of every scenario uses the same seed, so
  // baseline and variants share random numbers.
  struct Job {
    std::size_t scenario;
    std::size_t replication;
  };
  std::vector<Job> jobs;
  std::uint64_t total_weeks = 0;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    const auto& p = runs[i].params;
    for (std::int64_t r = 0; r < p.sim.replications; ++r) {
      jobs.push_back({i, static_cast<std::size_t>(r)});
      total_weeks += static_cast<std::uint64_t>(p.sim.weeks + p.sim.burn_in_weeks);
    }
  }

  output::FileProvenance provenance{sim::kEngineVersion, sim::kEngineCommit, command_line, utc_now(),
                                    executor->concurrency(), static_cast<std::uint64_t>(runs.front().params.sim.seed),
                                    runs.front().params.sim.replications};
  output::ResultsWriter writer(out, provenance);
  for (const auto& s : runs) writer.add_scenario(scenario_record(s), s.params.sim.replications);

  sim::Progress progress(std::cerr, "regiosim run", total_weeks, jobs.size(), !vm.count("quiet"), isatty(STDERR_FILENO) != 0);
  StopOnSignals signals;  // SIGINT/SIGTERM: every run ends after its current week, nothing is written
  executor->for_each_index(jobs.size(), [&](std::size_t j) {
    const auto& scenario = runs[jobs[j].scenario];
    models::RunSpec spec;
    spec.scenario = scenario.name;
    spec.replication = jobs[j].replication;
    spec.seed = sim::replication_seed(static_cast<std::uint64_t>(scenario.params.sim.seed), jobs[j].replication);
    spec.after_week = [&] { progress.advance(); };
    spec.stop = &stop_flag();
    if (stop_requested()) return;
    const sim::RunResult result = models::run_region(scenario.params, spec, *executor);
    if (stop_requested()) return;  // an unfinished run is not written
    writer.write_run(result);
    progress.run_finished();
  });
  progress.finish();
  if (stop_requested()) {
    // The writer's destructor removes its temporary file: the target is never half-written.
    std::cerr << "regiosim run: stopped by a signal; nothing was written to " << shown(out)
              << ". Runs are deterministic: the same command gives the same results when run again.\n";
    return kExitFailure;
  }
  writer.commit();

  output::ResultsReader reader(out);
  print_summary(reader, out.string(), std::cout);
  std::cout << "\nresults: " << shown(out) << "\n";
  return kExitOk;
}

}  // namespace regiosim::app
