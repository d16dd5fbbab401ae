// regiosim sweep SWEEP.toml --out FILE.h5 [--resume] [--force] [--threads T] [--quiet]
// Runs every (point, replication) of a sweep over threads and, under mpirun/srun, over MPI ranks
// (rank 0 hands out runs one at a time, longest first). Each finished run goes to a checkpoint
// journal next to the output (FILE.h5.journal); --resume skips the runs found there. When all runs
// are done the sweep file is written at once (complete or not at all), the journal is removed and
// the summary printed. The file's content depends only on the sweep, not on ranks, threads,
// interruptions or the order runs finished in.
#include "app/options.h"
#include "app/records.h"
#include "app/signals.h"
#include "app/summary.h"
#include "models/kpis.h"
#include "models/region_run.h"
#include "output/sweep_file.h"
#include "scenarios/sweep.h"
#include "sim/executor.h"
#include "sim/job_farm.h"
#include "sim/journal.h"
#include "sim/progress.h"
#include "sim/result_checks.h"
#include "sim/run_result_codec.h"
#include "sim/sensitivity.h"
#include "sim/version.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cmath>
#include <cstring>
#include <ctime>
#include <iostream>
#include <limits>
#include <map>
#include <numeric>

namespace regiosim::app {

namespace {

std::string type_word(sim::ParamType t) { return std::string(sim::type_name(t)); }

// What the sweep keeps of a run: the KPIs and the requested series (no record tables, no timings).
sim::RunResult keep_for_sweep(sim::RunResult run, const std::vector<std::string>& series) {
  std::vector<sim::SeriesTable> kept;
  for (auto& s : run.series) {
    if (s.group != "timeseries") continue;
    const bool wanted = !series.empty() && (series.front() == "*" || std::find(series.begin(), series.end(), s.name) != series.end());
    if (wanted) kept.push_back(std::move(s));
  }
  run.series = std::move(kept);
  run.records.clear();
  run.timings = {};
  return run;
}

output::SweepRecord build_record(const scenarios::SweepDefinition& def, const std::map<std::size_t, sim::RunResult>& done,
                                 const sim::MpiSession& mpi, const std::vector<std::string>& hosts) {
  output::SweepRecord rec;
  rec.name = def.name;
  rec.description = def.description;
  rec.design = std::string(scenarios::design_name(def.design));
  rec.definition_source = def.source;
  rec.definition_toml = def.text;
  rec.base_scenario = def.base.resolved_toml;
  rec.identity = def.identity;
  rec.replications = def.replications;
  rec.mpi_world_size = mpi.size();
  rec.hosts = hosts;
  rec.kpis_analysed = def.kpis;
  for (const auto& f : def.factors) rec.factors.push_back({f.key, type_word(f.type), f.unit, f.source, f.describe()});
  for (const auto& p : def.points) {
    for (std::size_t f = 0; f < def.factors.size(); ++f) {
      rec.point_values.push_back(sim::format_value(p.values[f]));
      rec.point_numeric.push_back(def.factors[f].numeric(p.values[f]));
      rec.point_unit.push_back(p.unit[f]);
    }
    rec.point_hashes.push_back(p.content_hash);
  }
  // KPI columns in the order of the model's KPI definitions, then any other metric by name.
  const auto& first = done.begin()->second;
  std::vector<std::string> names;
  for (const auto& k : models::kpi_definitions()) names.emplace_back(k.name);
  std::vector<std::string> extra;
  for (const auto& m : first.metrics) {
    if (std::find(names.begin(), names.end(), m.name) == names.end()) extra.push_back(m.name);
  }
  std::sort(extra.begin(), extra.end());
  names.insert(names.end(), extra.begin(), extra.end());
  std::map<std::string, std::string> units, undefined_when;
  for (const auto& m : first.metrics) units[m.name] = m.unit, undefined_when[m.name] = m.undefined_when;
  std::erase_if(names, [&](const std::string& n) { return !units.contains(n); });
  rec.kpi_names = names;
  for (const auto& n : names) rec.kpi_units.push_back(units[n]);
  for (const auto& n : names) rec.kpi_undefined_when.push_back(undefined_when[n]);
  const std::size_t R = static_cast<std::size_t>(def.replications);
  for (const auto& [job, run] : done) {
    // The runs were checked when they were made; a journal from disk is checked again.
    if (const auto problems = sim::find_result_problems(run, 1); !problems.empty()) {
      throw sim::InvalidRunResult("run " + std::to_string(job) + " (point " + std::to_string(job / R) + "): " + problems.front());
    }
    rec.runs.push_back({static_cast<std::int64_t>(job / R), static_cast<std::int64_t>(job % R), run.seed, run.weeks_completed});
    std::map<std::string, double> values;
    for (const auto& m : run.metrics) values[m.name] = m.value;
    for (const auto& n : names) {
      const auto it = values.find(n);
      rec.kpis.push_back(it == values.end() ? std::numeric_limits<double>::quiet_NaN() : it->second);
    }
  }
  // Series: the union of names in the first run, in its order.
  for (const auto& s : first.series) {
    output::SweepSeries out{s.name, s.unit, s.description, s.columns, s.rows, {}};
    for (const auto& [job, run] : done) {
      const auto it = std::find_if(run.series.begin(), run.series.end(), [&](const auto& x) { return x.name == s.name; });
      if (it == run.series.end() || it->rows != s.rows || it->columns.size() != s.columns.size()) {
        throw std::runtime_error("series '" + s.name + "' differs in shape between runs; store it only for sweeps of equal length");
      }
      out.values.insert(out.values.end(), it->values.begin(), it->values.end());
    }
    rec.series.push_back(std::move(out));
  }
  return rec;
}

// Sensitivity indices of the analysed KPIs, from the mean over replications at each point.
std::vector<std::string> add_sensitivity(const scenarios::SweepDefinition& def, output::SweepRecord& rec) {
  std::vector<std::string> notes;
  if (!def.saltelli && !def.morris) return notes;
  const std::size_t R = static_cast<std::size_t>(def.replications);
  const std::size_t P = def.points.size();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (const auto& kpi : def.kpis) {
    const auto col = std::find(rec.kpi_names.begin(), rec.kpi_names.end(), kpi) - rec.kpi_names.begin();
    if (static_cast<std::size_t>(col) == rec.kpi_names.size()) continue;
    std::vector<double> mean(P, 0.0);
    bool finite = true;
    for (std::size_t p = 0; p < P && finite; ++p) {
      for (std::size_t r = 0; r < R; ++r) mean[p] += rec.kpi(p * R + r, static_cast<std::size_t>(col));
      mean[p] /= static_cast<double>(R);
      finite = std::isfinite(mean[p]);
    }
    if (!finite) {
      notes.push_back(kpi + ": no sensitivity indices (the KPI is undefined at some points)");
      continue;
    }
    if (def.saltelli) {
      const auto idx = sim::sobol_indices(*def.saltelli, mean, static_cast<std::size_t>(def.bootstrap), def.design_seed);
      for (std::size_t f = 0; f < def.factors.size(); ++f) {
        const auto& i = idx[f];
        rec.sensitivity.push_back({"sobol", kpi, def.factors[f].key, i.first, i.first_low, i.first_high, i.total,
                                   i.total_low, i.total_high, nan, nan, nan});
      }
    } else {
      const auto idx = sim::morris_indices(*def.morris, mean);
      for (std::size_t f = 0; f < def.factors.size(); ++f) {
        rec.sensitivity.push_back({"morris", kpi, def.factors[f].key, nan, nan, nan, nan, nan, nan, idx[f].mu,
                                   idx[f].mu_star, idx[f].sigma});
      }
    }
  }
  return notes;
}

enum class Plan : std::uint64_t { run = 0, bad_input = 2, complete = 3, failure = 1 };

}  // namespace

int sweep_command(const Args& args, const std::string& command_line) {
  sim::MpiSession mpi;
  const bool root = mpi.rank() == 0;
  po::options_description options("options");
  options.add_options()
      ("sweep", po::value<std::string>(), "sweep file (TOML)")
      ("out,o", po::value<std::string>(), "HDF5 output file (required)")
      ("resume", "finish an interrupted sweep: keep the runs in FILE.h5.journal, run the rest")
      ("threads,t", po::value<int>()->default_value(0), "worker threads per process (0 = all cores); results do not depend on it")
      ("memory-limit", po::value<std::string>(), kMemoryLimitHelp)
      ("force", kForceHelp)
      ("quiet,q", "no progress line");
  po::positional_options_description positional;
  positional.add("sweep", 1);
  po::variables_map vm;
  const std::string usage =
      "usage: regiosim sweep SWEEP.toml --out FILE.h5 [--resume] [--force] [--threads T] [--memory-limit SIZE] [--quiet]";
  if (auto rc = parse_options(args, usage, options, positional, vm)) return *rc;
  if (!vm.count("sweep") || !vm.count("out")) {
    if (root) std::cerr << "regiosim sweep: name a sweep file and --out FILE.h5\n" << usage << "\n";
    return kExitBadInput;
  }
  const int threads = vm["threads"].as<int>();
  if (const auto problem = threads_problem(threads)) {
    if (root) std::cerr << "regiosim sweep: " << *problem << "\n";
    return kExitBadInput;
  }
  // Runs are spread over `slots` worker threads per process (see below); the memory check assumes
  // that many runs at once in this process.
  const int slots = sim::make_executor(threads)->concurrency();
  scenarios::SweepLoadOptions load;
  if (auto rc = memory_budget(vm, slots, "sweep", load.memory, root)) return *rc;
  scenarios::SweepDefinition def;
  try {
    def = scenarios::load_sweep_file(vm["sweep"].as<std::string>(), load);
  } catch (const scenarios::ScenarioError& e) {
    if (root) print_diagnostics(e);
    return kExitBadInput;
  }
  const std::filesystem::path out = vm["out"].as<std::string>();
  const std::filesystem::path journal_path = out.string() + ".journal";
  const bool resume = vm.count("resume") > 0;
  const std::size_t total = def.run_count();
  const std::size_t R = static_cast<std::size_t>(def.replications);

  // Every rank must have loaded the same sweep.
  std::string identity = def.identity;
  mpi.broadcast(identity);
  if (!mpi.all(identity == def.identity)) {
    if (root) std::cerr << "regiosim sweep: the ranks read different sweep definitions (are the files the same on every host?)\n";
    return kExitBadInput;
  }
  const auto hosts = mpi.host_names();

  // Rank 0 decides what is left to run.
  std::unique_ptr<sim::Journal> journal;
  std::map<std::size_t, sim::RunResult> done;
  Plan plan = Plan::run;
  std::vector<std::uint64_t> pending;
  // A bad --out (or one that is a file the sweep reads) is refused before anything runs or a
  // journal is made.
  std::vector<InputFile> inputs{{def.source, "the sweep file"}};
  add_scenario_inputs(inputs, def.base, "the sweep's base scenario");
  const auto out_problem = root ? output_path_problem(out, inputs) : std::nullopt;
  if (out_problem) {
    std::cerr << "regiosim sweep: " << *out_problem << "\n";
    plan = Plan::bad_input;
  }
  // The journal beside the output is a file regiosim made (or nothing): never read or replace
  // something else there.
  if (root && !out_problem) {
    std::error_code ec;
    const auto type = std::filesystem::status(journal_path, ec).type();
    if (type != std::filesystem::file_type::not_found && type != std::filesystem::file_type::regular) {
      std::cerr << "regiosim sweep: --out " << shown(out) << ": its journal " << shown(journal_path) << " is "
                << (type == std::filesystem::file_type::directory ? "a directory"
                    : ec                                            ? "unreadable (" + ec.message() + ")"
                                                                    : "not a regular file")
                << "; remove it or name another --out\n";
      plan = Plan::bad_input;
    }
  }
  // An existing file is replaced only with --force, or finished or rewritten by --resume.
  if (root && !out_problem && !resume && refuse_existing_output(out, vm.count("force") > 0, "sweep")) {
    plan = Plan::bad_input;
  }
  if (root && !out_problem && plan != Plan::bad_input) {
    try {
      if (resume && !std::filesystem::exists(journal_path) && std::filesystem::exists(out) && output::is_sweep_file(out)) {
        const auto existing = output::read_sweep_file(out);
        if (existing.identity == def.identity) {
          plan = Plan::complete;
        } else {
          std::cerr << "regiosim sweep: " << shown(out) << " holds a different sweep; nothing to resume\n";
          plan = Plan::bad_input;
        }
      }
      if (plan == Plan::run) {
        journal = std::make_unique<sim::Journal>(journal_path, def.identity,
                                                 resume ? sim::Journal::Mode::resume : sim::Journal::Mode::fresh);
        for (const auto& r : journal->recovered()) {
          if (r.key >= total) throw sim::JournalError(journal_path.string() + ": run " + std::to_string(r.key) + " is out of range");
          done[static_cast<std::size_t>(r.key)] = sim::decode_run_result(r.payload);
        }
        if (resume) {
          std::cerr << "regiosim sweep: resuming: " << done.size() << " of " << total << " runs found in "
                    << shown(journal_path) << (journal->repaired() ? " (a torn last record was cut off)" : "") << "\n";
        }
        // Longest runs first, so that the last runs handed out are short ones.
        std::vector<double> cost(def.points.size());
        for (std::size_t p = 0; p < def.points.size(); ++p) {
          const auto params = def.point_params(p);
          cost[p] = static_cast<double>(params.sim.weeks + params.sim.burn_in_weeks) *
                    static_cast<double>(params.region.job_seekers);
        }
        for (std::size_t j = 0; j < total; ++j) {
          if (!done.contains(j)) pending.push_back(j);
        }
        std::stable_sort(pending.begin(), pending.end(), [&](auto a, auto b) { return cost[a / R] > cost[b / R]; });
      }
    } catch (const sim::JournalError& e) {
      std::cerr << "regiosim sweep: " << e.what() << "\n";
      plan = Plan::bad_input;
    } catch (const sim::RunResultCodecError& e) {
      std::cerr << "regiosim sweep: " << shown(journal_path) << ": " << e.what() << "\n";
      plan = Plan::bad_input;
    } catch (const output::ResultsFileError& e) {
      std::cerr << "regiosim sweep: " << e.what() << "\n";
      plan = Plan::bad_input;
    }
  }
  std::string plan_bytes = std::string(1, static_cast<char>(plan)) + jobs_to_bytes(pending);
  mpi.broadcast(plan_bytes);
  plan = static_cast<Plan>(static_cast<unsigned char>(plan_bytes[0]));
  pending = bytes_to_jobs(plan_bytes.substr(1));
  if (plan == Plan::bad_input) return kExitBadInput;
  if (plan == Plan::complete) {
    if (root) {
      std::cerr << "regiosim sweep: " << shown(out) << " is already complete\n";
      print_sweep_summary(output::read_sweep_file(out), out.string(), std::cout);
    }
    return kExitOk;
  }

  // Runs are spread over `slots` worker threads. With at least as many runs as threads each run is
  // simulated serially (parallel runs use the cores better than parallel phases inside a run);
  // otherwise the threads also work inside the runs. Results do not depend on this choice.
  auto executor = sim::make_executor(pending.size() >= static_cast<std::size_t>(slots) ? 1 : threads);
  StopOnSignals signals;
  sim::Progress progress(std::cerr, "regiosim sweep", pending.size(), pending.size(), root && !vm.count("quiet"),
                         isatty(STDERR_FILENO) != 0);
  std::vector<std::size_t> order(pending.begin(), pending.end());
  sim::run_job_farm(
      mpi, order, slots,
      [&](std::size_t job) {
        const std::size_t p = job / R;
        const std::size_t r = job % R;
        models::RunSpec spec;
        spec.scenario = "point-" + std::to_string(p);
        spec.replication = r;
        spec.seed = def.replication_seed(r);
        return sim::encode_run_result(keep_for_sweep(models::run_region(def.point_params(p), spec, *executor), def.series));
      },
      [&](std::size_t job, std::string bytes) {
        journal->append(job, bytes);
        done[job] = sim::decode_run_result(bytes);
        progress.run_finished();
        progress.advance();
      },
      &stop_flag());
  if (!root) return kExitOk;
  progress.finish();
  if (done.size() < total) {
    std::cerr << "regiosim sweep: stopped after " << done.size() << " of " << total << " runs; they are kept in "
              << shown(journal_path) << "; finish with: regiosim sweep " << def.source << " --out " << shown(out)
              << " --resume\n";
    return kExitFailure;
  }

  output::SweepRecord record = build_record(def, done, mpi, hosts);
  for (const auto& note : add_sensitivity(def, record)) std::cerr << "regiosim sweep: " << note << "\n";
  output::FileProvenance provenance{sim::kEngineVersion, sim::kEngineCommit, command_line, utc_now(), slots,
                                    static_cast<std::uint64_t>(def.base.params.sim.seed), def.replications};
  try {
    output::write_sweep_file(out, provenance, record);
  } catch (const output::ResultsFileError& e) {
    // Nothing of the file is left; the finished runs are in the journal.
    std::cerr << "regiosim sweep: " << e.what() << "\nregiosim sweep: the " << total << " finished runs are kept in "
              << shown(journal_path) << "; once the problem is solved, write the file with: regiosim sweep "
              << def.source << " --out " << shown(out) << " --resume\n";
    return kExitFailure;
  }
  journal->remove();
  print_sweep_summary(record, out.string(), std::cout);
  std::cout << "\nresults: " << shown(out) << "\n";
  return kExitOk;
}

}  // namespace regiosim::app
