#include "app/uncertainty_run.h"

#include "app/options.h"
#include "app/records.h"
#include "app/signals.h"
#include "app/summary.h"
#include "models/kpis.h"
#include "models/region_run.h"
#include "output/calibration_file.h"
#include "output/results_file.h"
#include "scenarios/uncertainty_plan.h"
#include "sim/executor.h"
#include "sim/journal.h"
#include "sim/progress.h"
#include "sim/random.h"
#include "sim/result_checks.h"
#include "sim/run_result_codec.h"
#include "sim/version.h"

#include <unistd.h>

#include <cmath>
#include <cstring>
#include <iostream>
#include <limits>
#include <map>

namespace regiosim::app {

namespace {

enum class Plan : char { run = 0, failure = 1, bad_input = 2 };

scenarios::PosteriorSample posterior_of(const std::string& path) {
  const auto c = output::read_calibration_file(path);
  scenarios::PosteriorSample p;
  p.source = path;
  for (const auto& row : c.parameters) p.keys.push_back(row.key);
  if (!c.is_abc()) {
    throw scenarios::ScenarioError({{path, 0, 0, "", "calibration method " + c.method +
                                                         " has no posterior sample; --posterior needs an abc-smc calibration"}});
  }
  p.values = c.sample;
  p.weights = c.sample_weight;
  return p;
}

}  // namespace

int run_uncertainty(const sim::MpiSession& mpi, const std::vector<scenarios::Scenario>& runs,
                    const std::filesystem::path& out, const UncertaintyRunOptions& options,
                    const std::string& command_line) {
  const bool root = mpi.rank() == 0;
  const auto& base = runs.front().params;
  const auto draws = static_cast<std::size_t>(base.uncertainty.draws);
  const auto Ru = static_cast<std::size_t>(base.uncertainty.replications);
  const auto seed = static_cast<std::uint64_t>(base.uncertainty.seed);
  for (const auto& s : runs) {
    if (s.params.uncertainty.draws != base.uncertainty.draws ||
        s.params.uncertainty.replications != base.uncertainty.replications ||
        s.params.uncertainty.seed != base.uncertainty.seed || s.params.sim.seed != base.sim.seed ||
        s.params.sim.replications != base.sim.replications) {
      if (root) {
        std::cerr << "regiosim run: variant '" << s.name
                  << "' sets sim.seed, sim.replications or uncertainty.* differently from the baseline; an uncertainty "
                     "run compares every scenario on the same draws and seeds\n";
      }
      return kExitBadInput;
    }
  }
  if (draws < 8) {
    if (root) std::cerr << "regiosim run: --uncertainty needs at least 8 draws, got " << draws << "\n";
    return kExitBadInput;
  }

  scenarios::UncertaintyPlan plan;
  try {
    std::optional<scenarios::PosteriorSample> posterior;
    if (options.posterior) posterior = posterior_of(*options.posterior);
    plan = scenarios::plan_uncertainty(runs, draws, seed, posterior);
  } catch (const scenarios::ScenarioError& e) {
    if (root) print_diagnostics(e);
    return kExitBadInput;
  } catch (const output::ResultsFileError& e) {
    if (root) std::cerr << "regiosim run: --posterior: " << e.what() << "\n";
    return kExitBadInput;
  }

  const std::size_t A = runs.size();
  const auto Rc = static_cast<std::size_t>(base.sim.replications);
  const std::size_t central = A * Rc;
  const std::size_t total = central + draws * A * Ru;
  // Job j < central: scenario j / Rc, replication j % Rc at the parameter values. Job central + i:
  // draw i / (A Ru), scenario (i / Ru) % A, replication i % Ru.
  struct Job {
    bool draw;
    std::size_t d, a, r;
  };
  const auto job_of = [&](std::size_t j) -> Job {
    if (j < central) return {false, 0, j / Rc, j % Rc};
    const std::size_t i = j - central;
    return {true, i / (A * Ru), (i / Ru) % A, i % Ru};
  };

  // The identity of the study: every scenario, the plan's values and the run counts.
  std::string identity_text = "uncertainty v1\n" + std::to_string(draws) + " " + std::to_string(Ru) + " " +
                              std::to_string(Rc) + " " + std::to_string(seed) + "\n" + plan.design + "\n";
  for (const auto& s : runs) identity_text += s.name + " " + s.content_hash + "\n";
  for (const auto& f : plan.factors) identity_text += f.key + "\n";
  for (double v : plan.values.u) identity_text += sim::format_value(sim::ParamValue(v)) + ",";
  const std::string identity = "sha256:" + scenarios::sha256_hex(identity_text);
  std::string shared = identity;
  mpi.broadcast(shared);
  if (!mpi.all(shared == identity)) {
    if (root) std::cerr << "regiosim run: the ranks read different scenarios (are the files the same on every host?)\n";
    return kExitBadInput;
  }

  const auto names = [] {
    std::vector<std::string> n;
    for (const auto& k : models::kpi_definitions()) n.emplace_back(k.name);
    return n;
  }();
  const std::size_t K = names.size();
  const int slots = sim::make_executor(options.threads)->concurrency();
  const std::filesystem::path journal_path = out.string() + ".journal";

  std::unique_ptr<output::ResultsWriter> writer;
  std::unique_ptr<sim::Journal> journal;
  std::vector<double> kpis;                       // draws x A x Ru x K
  std::vector<std::uint8_t> received;
  std::size_t done = 0;
  std::vector<std::uint64_t> pending;
  Plan state = Plan::run;
  std::map<std::string, std::size_t> column;
  for (std::size_t k = 0; k < K; ++k) column[names[k]] = k;

  const auto store = [&](std::size_t job, const std::string& bytes) {
    sim::RunResult result = sim::decode_run_result(bytes);
    if (const auto problems = sim::find_result_problems(result, 1); !problems.empty()) {
      throw sim::InvalidRunResult("run " + std::to_string(job) + ": " + problems.front());
    }
    const Job j = job_of(job);
    if (!j.draw) {
      writer->write_run(result);
    } else {
      double* row = kpis.data() + ((j.d * A + j.a) * Ru + j.r) * K;
      for (const auto& m : result.metrics) {
        if (const auto it = column.find(m.name); it != column.end()) row[it->second] = m.value;
      }
    }
    received[job] = 1;
    ++done;
  };

  // run_command checked the output path (output_path_problem) before this.
  if (root) {
    try {
      output::FileProvenance provenance{sim::kEngineVersion, sim::kEngineCommit, command_line, utc_now(), slots,
                                        static_cast<std::uint64_t>(base.sim.seed), base.sim.replications};
      writer = std::make_unique<output::ResultsWriter>(out, provenance);
      for (const auto& s : runs) writer->add_scenario(scenario_record(s), s.params.sim.replications);
      kpis.assign(draws * A * Ru * K, std::numeric_limits<double>::quiet_NaN());
      received.assign(total, 0);
      journal = std::make_unique<sim::Journal>(journal_path, identity,
                                               options.resume ? sim::Journal::Mode::resume : sim::Journal::Mode::fresh);
      for (const auto& r : journal->recovered()) {
        if (r.key >= total) throw sim::JournalError(journal_path.string() + ": run " + std::to_string(r.key) + " is out of range");
        if (!received[r.key]) store(static_cast<std::size_t>(r.key), r.payload);
      }
      if (options.resume) {
        std::cerr << "regiosim run: resuming: " << done << " of " << total << " runs found in " << shown(journal_path)
                  << (journal->repaired() ? " (a torn last record was cut off)" : "") << "\n";
      }
      for (std::size_t j = 0; j < total; ++j) {
        if (!received[j]) pending.push_back(j);
      }
    } catch (const sim::JournalError& e) {
      std::cerr << "regiosim run: " << e.what() << "\n";
      state = Plan::bad_input;
    } catch (const sim::RunResultCodecError& e) {
      std::cerr << "regiosim run: " << shown(journal_path) << ": " << e.what() << "\n";
      state = Plan::bad_input;
    }
  }
  std::string plan_bytes = std::string(1, static_cast<char>(state)) + jobs_to_bytes(pending);
  mpi.broadcast(plan_bytes);
  state = static_cast<Plan>(plan_bytes[0]);
  pending = bytes_to_jobs(plan_bytes.substr(1));
  if (state == Plan::bad_input) return kExitBadInput;

  if (root) {
    std::cerr << "regiosim run: uncertainty: " << draws << " draws of " << plan.factors.size() << " parameters, "
              << A << " scenarios x " << Ru << " replications per draw, plus " << Rc
              << " replications per scenario at the parameter values: " << total << " runs";
    if (!plan.held.empty()) std::cerr << " (" << plan.held.size() << " uncertain parameters set by the scenarios are held)";
    std::cerr << "\n";
  }
  // As in a sweep: with at least as many runs as threads, each run is simulated serially.
  auto executor = sim::make_executor(pending.size() >= static_cast<std::size_t>(slots) ? 1 : options.threads);
  StopOnSignals signals;
  sim::Progress progress(std::cerr, "regiosim run", pending.size(), pending.size(), root && !options.quiet,
                         isatty(STDERR_FILENO) != 0);
  std::vector<std::size_t> order(pending.begin(), pending.end());
  sim::run_job_farm(
      mpi, order, slots,
      [&](std::size_t job) {
        const Job j = job_of(job);
        const auto& scenario = runs[j.a];
        models::RunSpec spec;
        spec.scenario = scenario.name;
        spec.replication = j.r;
        spec.seed = sim::replication_seed(static_cast<std::uint64_t>(scenario.params.sim.seed), j.r);
        if (!j.draw) return sim::encode_run_result(models::run_region(scenario.params, spec, *executor));
        sim::RunResult r = models::run_region(plan.params(scenario.params, j.d), spec, *executor);
        r.series.clear();
        r.records.clear();
        r.timings = {};
        return sim::encode_run_result(r);
      },
      [&](std::size_t job, std::string bytes) {
        journal->append(job, bytes);
        store(job, bytes);
        progress.run_finished();
        progress.advance();
      },
      &stop_flag());
  if (!root) return kExitOk;
  progress.finish();
  if (done < total) {
    std::cerr << "regiosim run: stopped after " << done << " of " << total << " runs; they are kept in "
              << shown(journal_path) << "; finish with the same command and --resume\n";
    return kExitFailure;
  }

  output::UncertaintyRecord u;
  u.design = plan.design;
  u.seed = seed;
  u.replications = static_cast<std::int64_t>(Ru);
  for (std::size_t r = 0; r < Ru; ++r) u.seeds.push_back(sim::replication_seed(static_cast<std::uint64_t>(base.sim.seed), r));
  for (const auto& s : runs) u.scenarios.push_back(s.name);
  const auto& table = models::parameter_table();
  for (std::size_t i = 0; i < plan.factors.size(); ++i) {
    const auto& f = plan.factors[i];
    u.factor_keys.push_back(f.key);
    u.factor_units.push_back(table.find(f.key)->spec.unit);
    u.factor_priors.push_back(plan.from_posterior[i] ? "posterior sample" : f.prior.describe());
    u.factor_from_posterior.push_back(plan.from_posterior[i] ? 1 : 0);
  }
  u.held = plan.held;
  u.values = plan.values.u;
  u.posterior_row = plan.posterior_row;
  u.kpi_names = names;
  for (const auto& k : models::kpi_definitions()) u.kpi_units.emplace_back(k.unit);
  u.kpis = std::move(kpis);
  writer->set_uncertainty(u);
  writer->commit();
  journal->remove();

  output::ResultsReader reader(out);
  print_summary(reader, out.string(), std::cout);  // with the uncertainty table
  std::cout << "\nresults: " << shown(out) << "\n";
  return kExitOk;
}

}  // namespace regiosim::app
