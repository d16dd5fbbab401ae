// regiosim bench [SCENARIO.toml] [--threads 1,2] [--repeats 3] [--set key=value]...
// Runs one replication of the scenario's baseline per thread count, several times, and prints one
// figure per line (name=value) so scripts can read it: median wall time, seeker-weeks and
// employer-weeks per second, CPU seconds per run, time per phase (seconds per run) and the part of it
// that ran on one thread alone, the serial share of the run and the speed-up it allows (Amdahl),
// speed-up and parallel efficiency against one thread (when 1 is among the thread counts, listed
// first), and peak resident memory.
// With --uncertainty [N], also the everyday uncertainty run: the baseline and the scenario's first
// variant on N parameter sets drawn from the priors (default 100), uncertainty.replications each
// (default 2), runs spread over the largest thread count, and its table's statistics computed; its
// wall time against the 2-minute target.
// With --concurrent, also N independent replications at once, one per thread, for every thread
// count N > 1: what a sweep or a batch of replications gets from N cores, and the ceiling for the
// speed-up of one run on this machine (cores that slow each other down cap both).
#include "app/options.h"
#include "app/uncertainty_summary.h"
#include "models/kpis.h"
#include "scenarios/uncertainty_plan.h"
#include "models/region_model.h"
#include "models/region_run.h"
#include "sim/executor.h"
#include "sim/random.h"
#include "sim/statistics.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>

namespace regiosim::app {

namespace {

std::vector<int> parse_threads(const std::string& text) {
  std::vector<int> out;
  std::stringstream ss(text);
  std::string item;
  while (std::getline(ss, item, ',')) {
    std::size_t used = 0;
    int t = 0;
    try {
      t = std::stoi(item, &used);
    } catch (const std::exception&) {
      throw std::invalid_argument("expected comma-separated thread counts, got '" + text + "'");
    }
    if (used != item.size()) throw std::invalid_argument("expected comma-separated thread counts, got '" + text + "'");
    if (t < 1) throw std::invalid_argument("thread counts must be >= 1");
    if (t > max_threads()) {
      throw std::invalid_argument("at most " + std::to_string(max_threads()) + " threads (" + std::to_string(kThreadsPerCore) +
                                  " per core of this machine), got " + std::to_string(t));
    }
    out.push_back(t);
  }
  if (out.empty()) throw std::invalid_argument("no thread counts");
  return out;
}

// User plus system CPU seconds of the process so far (all threads).
double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void line(const std::string& name, double value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", value);
  std::cout << "bench." << name << "=" << buf << "\n";
}

}  // namespace

int bench_command(const Args& args) {
  po::options_description options("options");
  options.add_options()
      ("scenario", po::value<std::string>(), "scenario file (default: the built-in default region)")
      ("threads,t", po::value<std::string>()->default_value("1,2"), "comma-separated thread counts")
      ("repeats,n", po::value<int>()->default_value(3), "runs per thread count (the median is reported)")
      ("concurrent", po::bool_switch(), "also run N replications at once, one per thread, for each thread count N > 1")
      ("uncertainty", po::value<long long>()->implicit_value(100),
       "also time the everyday uncertainty run: baseline and first variant on N draws (default 100)")
      ("set", po::value<std::vector<std::string>>()->composing(), "override a key: --set key=value (repeatable)");
  po::positional_options_description positional;
  positional.add("scenario", 1);
  po::variables_map vm;
  const std::string usage =
      "usage: regiosim bench [SCENARIO.toml] [--threads 1,2] [--repeats 3] [--concurrent] [--uncertainty [N]] "
      "[--set key=value]...";
  if (auto rc = parse_options(args, usage, options, positional, vm)) return *rc;

  std::vector<int> thread_counts;
  const int repeats = vm["repeats"].as<int>();
  try {
    thread_counts = parse_threads(vm["threads"].as<std::string>());
  } catch (const std::exception& e) {
    std::cerr << "regiosim bench: --threads: " << e.what() << "\n";
    return kExitBadInput;
  }
  if (repeats < 1) {
    std::cerr << "regiosim bench: --repeats must be >= 1\n";
    return kExitBadInput;
  }
  scenarios::LoadOptions load;
  if (vm.count("set")) load.overrides = vm["set"].as<std::vector<std::string>>();
  scenarios::Scenario scenario;
  std::vector<scenarios::Scenario> arms;  // the baseline and its first variant, for --uncertainty
  try {
    auto set = load_scenarios(vm.count("scenario") ? vm["scenario"].as<std::string>() : "", load);
    scenario = set.scenarios.front();
    for (std::size_t i = 0; i < std::min<std::size_t>(2, set.scenarios.size()); ++i) arms.push_back(set.scenarios[i]);
  } catch (const scenarios::ScenarioError& e) {
    print_diagnostics(e);
    return kExitBadInput;
  }
  const auto& p = scenario.params;
  std::cout << "bench.scenario=" << scenario.name << "\n";
  line("job_seekers_initial", static_cast<double>(p.region.job_seekers));
  line("employers", static_cast<double>(p.region.employers));
  line("weeks", static_cast<double>(p.sim.weeks + p.sim.burn_in_weeks));
  line("repeats", repeats);

  // Replication k of the scenario's baseline, as `run` seeds it.
  const auto spec_for = [&](std::size_t k) {
    models::RunSpec spec;
    spec.scenario = scenario.name;
    spec.replication = k;
    spec.seed = sim::replication_seed(static_cast<std::uint64_t>(p.sim.seed), k);
    return spec;
  };
  // What a process makes once and keeps for its later runs is made before the clock starts: the
  // first timed run would pay for it and the others not (at the size of a small region, 12 ms of
  // about 30 would make the concurrent runs look faster than N cores allow).
  (void)models::RegionModel::regular_score_table(p);
  double wall_at_one = 0.0, rate_at_one = 0.0, serial_share_at_one = 0.0;
  for (int threads : thread_counts) {
    auto executor = sim::make_executor(threads);
    std::vector<double> walls, cpus;
    models::RegionRunStats stats;
    sim::PhaseTimings phases;
    for (int r = 0; r < repeats; ++r) {
      const models::RunSpec spec = spec_for(0);
      const double c0 = cpu_seconds();
      const auto t0 = std::chrono::steady_clock::now();
      const auto result = models::run_region(p, spec, *executor, &stats);
      walls.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
      cpus.push_back(cpu_seconds() - c0);
      phases.add(result.timings);
    }
    const double wall = sim::median(walls);
    const std::string prefix = "threads" + std::to_string(threads) + ".";
    line(prefix + "wall_s_median", wall);
    line(prefix + "wall_s_min", *std::min_element(walls.begin(), walls.end()));
    line(prefix + "wall_s_max", *std::max_element(walls.begin(), walls.end()));
    // CPU seconds of the run, all threads: on a machine shared with other work a steadier measure
    // of the work done than the wall time (at one thread, wall_s less the time spent waiting).
    line(prefix + "cpu_s_median", sim::median(cpus));
    line(prefix + "seeker_weeks_per_s", static_cast<double>(stats.seeker_weeks) / wall);
    line(prefix + "employer_weeks_per_s", static_cast<double>(stats.employer_weeks) / wall);
    line(prefix + "seeker_weeks", static_cast<double>(stats.seeker_weeks));
    double serial = 0.0, in_phases = 0.0;
    for (std::size_t i = 0; i < phases.names.size(); ++i) {
      line(prefix + "phase." + phases.names[i] + "_s", phases.seconds[i] / repeats);
      line(prefix + "phase." + phases.names[i] + "_serial_s", phases.serial_seconds[i] / repeats);
      serial += phases.serial_seconds[i] / repeats;
      in_phases += phases.seconds[i] / repeats;
    }
    // The weeks' time on one thread alone (serial phases; merging and resolving proposals), and its
    // share of the weeks' time (setting up the population is left out: it runs once).
    const double serial_share = in_phases > 0.0 ? serial / in_phases : 0.0;
    line(prefix + "serial_s", serial);
    line(prefix + "serial_share", serial_share);
    if (threads == 1) {
      wall_at_one = wall;
      rate_at_one = static_cast<double>(stats.seeker_weeks) / wall;
      serial_share_at_one = serial_share;
    } else if (wall_at_one > 0.0) {
      // Amdahl's bound: the speed-up of the weeks if their parallel part ran `threads` times as fast.
      line(prefix + "amdahl_speedup_limit", 1.0 / (serial_share_at_one + (1.0 - serial_share_at_one) / threads));
    }
    // Speed-up and parallel efficiency against one thread (1 at one thread by definition; printed
    // for every thread count so a script finds the figure for each).
    if (wall_at_one > 0.0) {
      line(prefix + "speedup", wall_at_one / wall);
      line(prefix + "parallel_efficiency", wall_at_one / wall / threads);
    }
  }
  const auto peak_mib = [] {
    rusage usage_info{};
    getrusage(RUSAGE_SELF, &usage_info);
    return static_cast<double>(usage_info.ru_maxrss) / 1024.0;
  };
  line("peak_rss_mib", peak_mib());
  if (vm.count("uncertainty")) {
    const long long draws = vm["uncertainty"].as<long long>();
    if (draws < 8) {
      std::cerr << "regiosim bench: --uncertainty needs at least 8 draws\n";
      return kExitBadInput;
    }
    const int threads = *std::max_element(thread_counts.begin(), thread_counts.end());
    const auto reps = static_cast<std::size_t>(p.uncertainty.replications);
    const auto D = static_cast<std::size_t>(draws);
    const std::size_t A = arms.size();
    const double cpu0 = cpu_seconds();
    const auto t0 = std::chrono::steady_clock::now();
    const auto plan = scenarios::plan_uncertainty(arms, D, static_cast<std::uint64_t>(p.uncertainty.seed), std::nullopt);
    // As `run --uncertainty` does it: every run serial, runs spread over the threads.
    output::UncertaintyRecord u;
    u.seed = static_cast<std::uint64_t>(p.uncertainty.seed);
    u.replications = static_cast<std::int64_t>(reps);
    for (const auto& a : arms) u.scenarios.push_back(a.name);
    for (const auto& f : plan.factors) u.factor_keys.push_back(f.key);
    u.values = plan.values.u;
    for (const auto& k : models::kpi_definitions()) u.kpi_names.emplace_back(k.name), u.kpi_units.emplace_back(k.unit);
    const std::size_t K = u.kpi_names.size();
    u.kpis.assign(D * A * reps * K, 0.0);
    std::vector<std::uint64_t> seeker_weeks(D * A * reps, 0);
    auto executor = sim::make_executor(threads);
    executor->for_each_index(D * A * reps, [&](std::size_t j) {
      const std::size_t d = j / (A * reps), a = (j / reps) % A, r = j % reps;
      sim::SerialExecutor serial;
      models::RegionRunStats stats;
      const auto result = models::run_region(plan.params(arms[a].params, d), spec_for(r), serial, &stats);
      seeker_weeks[j] = stats.seeker_weeks;
      for (const auto& m : result.metrics) {
        const auto it = std::find(u.kpi_names.begin(), u.kpi_names.end(), m.name);
        if (it != u.kpi_names.end()) u.kpis[j * K + static_cast<std::size_t>(it - u.kpi_names.begin())] = m.value;
      }
    });
    const double runs_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::size_t outcomes = 0;
    for (std::size_t a = 0; a < A; ++a) {
      for (const auto& name : uncertainty_table_kpis()) {
        const auto it = std::find(u.kpi_names.begin(), u.kpi_names.end(), name);
        if (it == u.kpi_names.end()) continue;
        summarise_uncertainty(u, a, static_cast<std::size_t>(it - u.kpi_names.begin()), a > 0);
        ++outcomes;
      }
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::uint64_t weeks = 0;
    for (auto w : seeker_weeks) weeks += w;
    line("uncertainty.scenarios", static_cast<double>(A));
    line("uncertainty.draws", static_cast<double>(D));
    line("uncertainty.replications", static_cast<double>(reps));
    line("uncertainty.runs", static_cast<double>(D * A * reps));
    line("uncertainty.factors", static_cast<double>(plan.factors.size()));
    line("uncertainty.threads", threads);
    line("uncertainty.runs_s", runs_s);
    line("uncertainty.summary_s", wall - runs_s);
    line("uncertainty.wall_s", wall);
    // CPU seconds of the whole run (all threads): on a machine shared with other work, CPU seconds
    // divided by the threads is what the run takes on idle cores.
    line("uncertainty.cpu_s", cpu_seconds() - cpu0);
    line("uncertainty.seeker_weeks_per_s", static_cast<double>(weeks) / runs_s);
    line("uncertainty.target_s", 120.0);
    line("uncertainty.over_target_s", wall - 120.0);
    line("uncertainty.outcomes_summarised", static_cast<double>(outcomes));
    line("uncertainty.peak_rss_mib", peak_mib());
  }
  if (!vm["concurrent"].as<bool>()) return kExitOk;
  // N replications at once, each on its own thread with a serial executor (as `run` and `sweep`
  // spread replications), distinct seeds. The speed-up is their seeker-weeks per second against one
  // run on one thread: the throughput gain from N cores for independent work.
  for (int threads : thread_counts) {
    if (threads < 2) continue;
    auto executor = sim::make_executor(threads);
    std::vector<double> walls;
    std::uint64_t seeker_weeks = 0;
    for (int r = 0; r < repeats; ++r) {
      std::vector<std::uint64_t> weeks(static_cast<std::size_t>(threads), 0);
      const auto t0 = std::chrono::steady_clock::now();
      executor->for_each_index(static_cast<std::size_t>(threads), [&](std::size_t k) {
        sim::SerialExecutor serial;
        models::RegionRunStats stats;
        models::run_region(p, spec_for(k), serial, &stats);
        weeks[k] = stats.seeker_weeks;
      });
      walls.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
      seeker_weeks = 0;
      for (auto n : weeks) seeker_weeks += n;
    }
    const double wall = sim::median(walls);
    const std::string prefix = "concurrent" + std::to_string(threads) + ".";
    line(prefix + "wall_s_median", wall);
    line(prefix + "seeker_weeks_per_s", static_cast<double>(seeker_weeks) / wall);
    // Seeker-weeks per second against one run on one thread (the replications differ a little in size).
    if (rate_at_one > 0.0) line(prefix + "speedup", static_cast<double>(seeker_weeks) / wall / rate_at_one);
  }
  line("concurrent.peak_rss_mib", peak_mib());
  return kExitOk;
}

}  // namespace regiosim::app
