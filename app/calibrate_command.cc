// regiosim calibrate CALIBRATION.toml --out FILE.h5 [--threads T] [--set key=value]... [--quiet]
// Fits the free parameters of a calibration file to its target statistics: with an NLopt optimiser
// (bobyqa, subplex) on the distance at common random numbers, or with ABC-SMC (a posterior sample,
// fresh random numbers for every simulation). Then runs the estimate on the fitting seeds and on
// held-out seeds, writes the calibration file (complete or not at all) and the ready scenario
// <out-stem>.scenario.toml next to it, and prints the parameter and target tables.
//
// The numerical methods are the engine's (sim/calibration.h); this file maps parameter vectors to
// model runs (models::run_region), KPIs to distances, and results to the output record.
#include "app/options.h"
#include "app/signals.h"
#include "app/summary.h"
#include "models/region_run.h"
#include "output/atomic_file.h"
#include "output/calibration_file.h"
#include "scenarios/calibration.h"
#include "sim/calibration.h"
#include "sim/executor.h"
#include "sim/random.h"
#include "sim/statistics.h"
#include "sim/version.h"

#include <unistd.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>

namespace regiosim::app {

namespace {

namespace fs = std::filesystem;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Thrown when SIGINT/SIGTERM asked the command to stop.
struct Stopped {};

// One model run: a parameter set and a seed.
struct RunJob {
  const models::ModelParams* params = nullptr;
  std::uint64_t seed = 0;
  std::size_t replication = 0;
};

// Runs model jobs on the executor and reads the targets' KPIs from them.
class ModelRunner {
 public:
  ModelRunner(const scenarios::CalibrationDefinition& def, sim::Executor& executor) : def_(def), executor_(executor) {}

  // The targets' KPIs of every job (jobs x targets). Calibration runs keep only their KPIs (no
  // spells, events or series: the KPIs do not depend on what is stored).
  std::vector<std::vector<double>> run(const std::vector<RunJob>& jobs) {
    std::vector<std::vector<double>> out(jobs.size());
    if (stop_requested()) throw Stopped{};
    // Many jobs: each run serially, the jobs in parallel; few jobs: the threads work inside the runs.
    sim::SerialExecutor serial;
    sim::Executor& inner = jobs.size() >= static_cast<std::size_t>(executor_.concurrency()) ? static_cast<sim::Executor&>(serial) : executor_;
    executor_.for_each_index(jobs.size(), [&](std::size_t j) {
      if (stop_requested()) return;
      models::ModelParams params = *jobs[j].params;
      params.output.events = false;
      params.output.spells = false;
      params.output.timeseries.clear();
      models::RunSpec spec;
      spec.scenario = def_.name;
      spec.replication = jobs[j].replication;
      spec.seed = jobs[j].seed;
      spec.stop = &stop_flag();
      const sim::RunResult r = models::run_region(params, spec, inner);
      std::vector<double> values(def_.targets.size(), kNaN);
      for (std::size_t t = 0; t < def_.targets.size(); ++t) {
        for (const auto& m : r.metrics) {
          if (m.name == def_.targets[t].kpi) values[t] = m.value;
        }
      }
      out[j] = std::move(values);
    });
    if (stop_requested()) throw Stopped{};
    runs_ += static_cast<std::int64_t>(jobs.size());
    return out;
  }

  // Means over consecutive groups of `group` jobs (groups x targets).
  static std::vector<std::vector<double>> group_means(const std::vector<std::vector<double>>& values, std::size_t group) {
    std::vector<std::vector<double>> out;
    for (std::size_t g = 0; g * group < values.size(); ++g) {
      std::vector<double> mean(values[g * group].size(), 0.0);
      for (std::size_t r = 0; r < group; ++r) {
        for (std::size_t t = 0; t < mean.size(); ++t) mean[t] += values[g * group + r][t];
      }
      for (double& m : mean) m /= static_cast<double>(group);
      out.push_back(std::move(mean));
    }
    return out;
  }

  double distance(const std::vector<double>& means) const {
    std::vector<double> target, tolerance, weight;
    for (const auto& t : def_.targets) target.push_back(t.value), tolerance.push_back(t.tolerance), weight.push_back(t.weight);
    return sim::target_distance(means, target, tolerance, weight);
  }

  std::int64_t runs() const noexcept { return runs_; }

 private:
  const scenarios::CalibrationDefinition& def_;
  sim::Executor& executor_;
  std::int64_t runs_ = 0;
};

// The estimate as the calibration reports it: 4 significant digits (far finer than any posterior
// width or optimiser tolerance), so the scenario file, the table and the check runs agree.
double significant(double x) {
  if (x == 0.0 || !std::isfinite(x)) return x;
  const double scale = std::pow(10.0, 3 - static_cast<int>(std::floor(std::log10(std::abs(x)))));
  return std::round(x * scale) / scale;
}

std::string short_number(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", x);
  return buf;
}

output::CalibrationParameterRow parameter_row(const scenarios::CalibrationDefinition& def, std::size_t i, double estimate) {
  const auto& p = def.parameters[i];
  output::CalibrationParameterRow row;
  row.key = p.key;
  row.type = std::string(sim::type_name(p.type));
  row.unit = p.unit;
  row.source = p.source;
  row.prior = p.prior.describe();
  row.min = p.prior.min;
  row.max = p.prior.max;
  row.estimate = def.rounded(i, estimate);
  row.value = sim::format_value(def.value_at(i, estimate));
  row.prior_sd = p.prior.distribution_sd();
  row.prior_low = p.prior.quantile(0.05);
  row.prior_high = p.prior.quantile(0.95);
  row.posterior_sd = row.sd_ratio = row.posterior_low = row.posterior_high = row.interval_ratio = kNaN;
  row.profile_minus = row.profile_plus = kNaN;
  return row;
}

// The optimisers: common random numbers (the fitting seeds at every evaluation).
void run_optimiser(const scenarios::CalibrationDefinition& def, ModelRunner& runner, bool quiet, output::CalibrationRecord& rec,
                   std::vector<double>& estimate) {
  const std::size_t R = static_cast<std::size_t>(def.replications);
  std::vector<std::vector<double>> trace_means;
  bool recording = true;
  std::size_t calls = 0;
  double best = std::numeric_limits<double>::infinity();
  const sim::Objective objective = [&](const std::vector<double>& x) {
    const models::ModelParams params = def.params_at(x);
    std::vector<RunJob> jobs;
    for (std::size_t r = 0; r < R; ++r) jobs.push_back({&params, def.fitting_seed(r), r});
    const auto means = ModelRunner::group_means(runner.run(jobs), R).front();
    const double d = runner.distance(means);
    if (recording) {
      trace_means.push_back(means);
      ++calls;
      if (d < best) best = d;
      if (!quiet && (calls % 10 == 0 || calls == 1)) {
        std::cerr << "regiosim calibrate: evaluation " << calls << " of at most " << def.max_evaluations << ", distance "
                  << short_number(d) << " (best " << short_number(best) << ")\n";
      }
    }
    return d;
  };
  sim::OptimiserOptions options;
  options.algorithm = def.method == scenarios::CalibrationMethod::bobyqa ? sim::OptimiserAlgorithm::bobyqa : sim::OptimiserAlgorithm::subplex;
  options.max_evaluations = static_cast<std::size_t>(def.max_evaluations);
  options.seed = def.seed;
  for (const auto& p : def.parameters) options.start.push_back(p.start);
  const auto lower = def.lower();
  const auto upper = def.upper();
  const sim::OptimiserResult result = sim::minimise(objective, lower, upper, options);
  recording = false;
  estimate = result.best;
  rec.stop_reason = result.stop_reason;
  rec.evaluations = static_cast<std::int64_t>(result.trace.size());
  const std::size_t P = def.parameters.size();
  for (std::size_t e = 0; e < result.trace.size(); ++e) {
    for (std::size_t i = 0; i < P; ++i) rec.sample.push_back(def.rounded(i, result.trace[e].x[i]));
    rec.sample_distance.push_back(result.trace[e].value);
    rec.sample_statistics.insert(rec.sample_statistics.end(), trace_means[e].begin(), trace_means[e].end());
  }
  if (!quiet) {
    std::cerr << "regiosim calibrate: " << result.stop_reason << "; local profile at +-5% of each range ("
              << 2 * def.parameters.size() << " more evaluations)\n";
  }
  const auto profile = sim::local_profile(objective, result.best, result.best_value, lower, upper, 0.05);
  for (std::size_t i = 0; i < P; ++i) {
    auto row = parameter_row(def, i, estimate[i]);
    row.profile_minus = profile[i].minus_change;
    row.profile_plus = profile[i].plus_change;
    rec.parameters.push_back(std::move(row));
  }
}

// Runs of the final check: the fitting replications and the held-out ones.
long long check_run_count(const scenarios::CalibrationDefinition& def) {
  return static_cast<long long>(def.replications) + static_cast<long long>(def.holdout_replications);
}

// ABC-SMC: every simulation has its own seeds, derived from the proposal's key.
void run_abc(const scenarios::CalibrationDefinition& def, ModelRunner& runner, bool quiet, output::CalibrationRecord& rec,
             std::vector<double>& estimate) {
  const std::size_t R = static_cast<std::size_t>(def.replications);
  std::map<std::uint64_t, std::vector<double>> means_by_key;
  const sim::BatchDistance distance = [&](const std::vector<sim::AbcProposal>& batch) {
    std::vector<models::ModelParams> params;
    params.reserve(batch.size());
    for (const auto& p : batch) params.push_back(def.params_at(p.theta));
    std::vector<RunJob> jobs;
    for (std::size_t b = 0; b < batch.size(); ++b) {
      for (std::size_t r = 0; r < R; ++r) jobs.push_back({&params[b], sim::replication_seed(batch[b].key, r), r});
    }
    const auto means = ModelRunner::group_means(runner.run(jobs), R);
    std::vector<double> d(batch.size());
    for (std::size_t b = 0; b < batch.size(); ++b) {
      d[b] = runner.distance(means[b]);
      means_by_key[batch[b].key] = means[b];
    }
    return d;
  };
  sim::AbcSmcOptions options;
  options.particles = static_cast<std::size_t>(def.particles);
  options.generations = static_cast<std::size_t>(def.generations);
  options.quantile = def.quantile;
  options.min_epsilon = def.min_epsilon;
  options.max_evaluations = static_cast<std::size_t>(def.max_evaluations);
  options.seed = def.seed;
  if (!quiet) {
    options.on_generation = [&](std::size_t g, double eps, std::size_t proposals, std::size_t evaluations) {
      std::cerr << "regiosim calibrate: generation " << g << " of " << def.generations << ": epsilon " << short_number(eps) << ", "
                << def.particles << " of " << proposals << " proposals accepted (" << evaluations << " simulations so far)\n";
    };
  }
  const sim::AbcSmcResult result = sim::abc_smc(def.priors(), distance, options);
  rec.stop_reason = result.stop_reason;
  rec.evaluations = static_cast<std::int64_t>(result.evaluations);
  const std::size_t P = def.parameters.size();
  const std::size_t N = result.particles.size();
  for (std::size_t k = 0; k < N; ++k) {
    rec.sample.insert(rec.sample.end(), result.particles[k].begin(), result.particles[k].end());
    const auto& m = means_by_key.at(result.keys[k]);
    rec.sample_statistics.insert(rec.sample_statistics.end(), m.begin(), m.end());
  }
  rec.sample_distance = result.distances;
  rec.sample_weight = result.weights;
  for (const auto& g : result.generations) {
    rec.generations.push_back({static_cast<std::int64_t>(g.generation), g.epsilon, static_cast<std::int64_t>(g.proposals),
                               static_cast<std::int64_t>(g.accepted), g.ess});
  }
  estimate.assign(P, 0.0);
  for (std::size_t i = 0; i < P; ++i) {
    std::vector<double> values(N);
    for (std::size_t k = 0; k < N; ++k) values[k] = result.particles[k][i];
    estimate[i] = sim::weighted_mean(values, result.weights);
    auto row = parameter_row(def, i, estimate[i]);
    row.posterior_sd = sim::weighted_sd(values, result.weights);
    row.posterior_low = sim::weighted_quantile(values, result.weights, 0.05);
    row.posterior_high = sim::weighted_quantile(values, result.weights, 0.95);
    row.sd_ratio = row.prior_sd > 0.0 ? row.posterior_sd / row.prior_sd : kNaN;
    const double prior_width = row.prior_high - row.prior_low;
    row.interval_ratio = prior_width > 0.0 ? (row.posterior_high - row.posterior_low) / prior_width : kNaN;
    rec.parameters.push_back(std::move(row));
  }
}

// The estimate on the fitting seeds and on held-out seeds, and the fit per target.
void check_estimate(const scenarios::CalibrationDefinition& def, ModelRunner& runner, const std::vector<double>& estimate,
                    output::CalibrationRecord& rec) {
  const models::ModelParams params = def.params_at(estimate);
  const std::size_t R = static_cast<std::size_t>(def.replications);
  const std::size_t H = static_cast<std::size_t>(def.holdout_replications);
  std::vector<RunJob> jobs;
  for (std::size_t r = 0; r < R; ++r) {
    jobs.push_back({&params, def.fitting_seed(r), r});
    rec.check_runs.push_back({"fit", static_cast<std::int64_t>(r), def.fitting_seed(r)});
  }
  for (std::size_t r = 0; r < H; ++r) {
    jobs.push_back({&params, def.holdout_seed(r), R + r});
    rec.check_runs.push_back({"holdout", static_cast<std::int64_t>(r), def.holdout_seed(r)});
  }
  const auto values = runner.run(jobs);
  for (const auto& v : values) rec.check_values.insert(rec.check_values.end(), v.begin(), v.end());
  for (std::size_t t = 0; t < def.targets.size(); ++t) {
    const auto& target = def.targets[t];
    std::vector<double> fit, held;
    for (std::size_t j = 0; j < R; ++j) fit.push_back(values[j][t]);
    for (std::size_t j = R; j < R + H; ++j) held.push_back(values[j][t]);
    const auto fit_interval = sim::mean_interval(fit);
    const auto held_interval = sim::mean_interval(held);
    output::CalibrationTargetRow row;
    row.kpi = target.kpi;
    row.unit = target.unit;
    row.target = target.value;
    row.tolerance = target.tolerance;
    row.weight = target.weight;
    row.fit_mean = fit_interval.n > 0 ? fit_interval.mean : kNaN;
    row.holdout_mean = held_interval.n > 0 ? held_interval.mean : kNaN;
    row.holdout_low = held_interval.low;
    row.holdout_high = held_interval.high;
    row.within_tolerance = std::isfinite(row.holdout_mean) && std::abs(row.holdout_mean - target.value) <= target.tolerance;
    rec.targets.push_back(row);
  }
}

}  // namespace

int calibrate_command(const Args& args, const std::string& command_line) {
  po::options_description options("options");
  options.add_options()
      ("calibration", po::value<std::string>(), "calibration file (TOML)")
      ("out,o", po::value<std::string>(), "HDF5 output file (required); the ready scenario goes next to it as <stem>.scenario.toml")
      ("threads,t", po::value<int>()->default_value(0), "threads (0 = all cores); results do not depend on it")
      ("set", po::value<std::vector<std::string>>()->composing(),
       "fix a parameter of the base scenario: --set key=value (repeatable; after the file's [set])")
      ("force", kForceHelp)
      ("quiet,q", "no progress lines");
  po::positional_options_description positional;
  positional.add("calibration", 1);
  po::variables_map vm;
  const std::string usage =
      "usage: regiosim calibrate CALIBRATION.toml --out FILE.h5 [--force] [--threads T] [--set key=value]... [--quiet]\n\n"
      "Fits the free parameters ([parameters.<key>]) of a calibration file to its targets ([targets.<kpi>]) with\n"
      "[method] name = \"bobyqa\" or \"subplex\" (NLopt, common random numbers) or \"abc-smc\" (a posterior sample),\n"
      "checks the estimate on held-out seeds and writes FILE.h5 and the ready scenario <stem>.scenario.toml.\n"
      "\n"
      "The calibration file (TOML; README.md, section Calibration; output layout: docs/hdf5-schema.md):\n"
      "  scenario = \"../default.toml\"       the base scenario, relative to the calibration file\n"
      "  [set]                              fixed values (\"key\" = value), before --set\n"
      "  [parameters.\"<key>\"]               a free integer or real parameter of `regiosim params`:\n"
      "    min, max                         its box, inside the parameter's range\n"
      "    prior = \"uniform\"                or \"normal\" with mean and sd, truncated to [min, max]\n"
      "    start                            optimisers start here (default: the base scenario's value)\n"
      "  [targets.<kpi>]                    a KPI, as the mean over the runs of an evaluation:\n"
      "    value, tolerance, weight = 1     distance = sum of weight * ((simulated - value) / tolerance)^2\n"
      "  [method]\n"
      "    name                             \"bobyqa\", \"subplex\" or \"abc-smc\"\n"
      "    replications = 4                 runs per evaluation\n"
      "    holdout_replications = 10        runs on fresh seeds to check the estimate\n"
      "    max_evaluations                  optimisers: 100; abc-smc: simulations, 25 x particles x (generations + 1)\n"
      "    particles = 100, generations = 5 abc-smc: population size, generations after the prior sample\n"
      "    quantile = 0.5, min_epsilon = 0  abc-smc: next tolerance = this quantile of the distances; its floor\n"
      "    seed = 1                         abc-smc proposals and simulation seeds\n";
  if (auto rc = parse_options(args, usage, options, positional, vm)) return *rc;
  if (!vm.count("calibration") || !vm.count("out")) {
    std::cerr << "regiosim calibrate: name a calibration file and --out FILE.h5\n" << usage << "\n";
    return kExitBadInput;
  }
  const int threads = vm["threads"].as<int>();
  if (const auto problem = threads_problem(threads)) {
    std::cerr << "regiosim calibrate: " << *problem << "\n";
    return kExitBadInput;
  }
  scenarios::LoadOptions load;
  if (vm.count("set")) load.overrides = vm["set"].as<std::vector<std::string>>();
  scenarios::CalibrationDefinition def;
  try {
    def = scenarios::load_calibration_file(vm["calibration"].as<std::string>(), load);
  } catch (const scenarios::ScenarioError& e) {
    print_diagnostics(e);
    return kExitBadInput;
  }
  const fs::path out = vm["out"].as<std::string>();
  if (out.filename().empty() || out.extension() == ".toml") {
    std::cerr << "regiosim calibrate: --out names the HDF5 file to write, e.g. results/calibration.h5\n";
    return kExitBadInput;
  }
  // Neither output may be a file this command reads (the calibration file, its base scenario and
  // every file that extends).
  const fs::path scenario_path = out.parent_path() / (out.stem().string() + ".scenario.toml");
  std::vector<InputFile> inputs{{def.source, "the calibration file"}};
  add_scenario_inputs(inputs, def.base, "the calibration's base scenario");
  for (const auto& problem : {output_path_problem(out, inputs),
                              output_path_problem(scenario_path, inputs, "the ready scenario next to --out")}) {
    if (problem) {
      std::cerr << "regiosim calibrate: " << *problem << "\n";
      return kExitBadInput;
    }
  }
  if (auto rc = refuse_existing_output(out, vm.count("force") > 0, "calibrate")) return *rc;
  const bool quiet = vm.count("quiet") > 0;

  auto executor = sim::make_executor(threads);
  ModelRunner runner(def, *executor);
  StopOnSignals signals;
  output::CalibrationRecord rec;
  rec.name = def.name;
  rec.description = def.description;
  rec.method = std::string(scenarios::method_name(def.method));
  rec.definition_source = def.source;
  rec.definition_toml = def.text;
  rec.base_scenario_source = def.scenario_file;
  rec.base_scenario = def.base.resolved_toml;
  rec.replications = def.replications;
  rec.holdout_replications = def.holdout_replications;
  rec.seed = def.seed;
  std::vector<double> estimate;
  const std::string started = utc_now();
  try {
    if (!quiet) {
      std::cerr << "regiosim calibrate: " << def.source << ": " << rec.method << ", " << def.parameters.size()
                << (def.parameters.size() == 1 ? " parameter, " : " parameters, ") << def.targets.size()
                << (def.targets.size() == 1 ? " target, " : " targets, ") << def.replications
                << (def.replications == 1 ? " run per evaluation on " : " runs per evaluation on ")
                << executor->concurrency() << (executor->concurrency() == 1 ? " thread\n" : " threads\n");
    }
    if (def.method == scenarios::CalibrationMethod::abc_smc) run_abc(def, runner, quiet, rec, estimate);
    else run_optimiser(def, runner, quiet, rec, estimate);
    for (std::size_t i = 0; i < estimate.size(); ++i) {
      estimate[i] = def.rounded(i, significant(estimate[i]));
      rec.parameters[i].estimate = estimate[i];
      rec.parameters[i].value = sim::format_value(def.value_at(i, estimate[i]));
    }
    if (!quiet) {
      std::cerr << "regiosim calibrate: checking the estimate on " << def.replications << " fitting and "
                << def.holdout_replications << " held-out seeds (" << check_run_count(def) << " runs)\n";
    }
    check_estimate(def, runner, estimate, rec);
    if (!quiet) std::cerr << "regiosim calibrate: checked; writing " << shown(out) << "\n";
  } catch (const Stopped&) {
    std::cerr << "regiosim calibrate: stopped by a signal; nothing was written. Calibrations are deterministic: the same "
                 "command gives the same result when run again.\n";
    return kExitFailure;
  }
  rec.model_runs = runner.runs();
  rec.calibrated_scenario = scenarios::calibrated_scenario_text(def, estimate, out.parent_path(), started.substr(0, 10));
  rec.calibrated_scenario_file = scenario_path.string();

  // The ready scenario goes under a temporary name first; both files appear only when both are complete.
  const auto scenario_file = output::prepare_file(scenario_path, rec.calibrated_scenario);
  output::FileProvenance provenance{sim::kEngineVersion, sim::kEngineCommit, command_line, utc_now(), executor->concurrency(),
                                    static_cast<std::uint64_t>(def.base.params.sim.seed), def.replications};
  output::write_calibration_file(out, provenance, rec);
  scenario_file->commit();
  print_calibration_summary(rec, out.string(), std::cout);
  std::cout << "\ncalibrated scenario: " << shown(scenario_path) << "\nresults: " << shown(out) << "\n";
  return kExitOk;
}

}  // namespace regiosim::app
