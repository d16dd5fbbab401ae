// reference_model: runs the reference labour model R1.1 on regiosim's engine and prints its speed
// (construction and run separately, seeker-weeks per second, peak memory) and, with --counts, the
// weekly counts of the first seed as CSV.
//
//   build/examples/reference_model/reference_model --seekers 100000 --seeds 3 --threads 2
//   build/examples/reference_model/reference_model --seeds 1 --counts counts.csv
//
// Exit codes: 0 ok, 2 bad arguments.
#include "examples/reference_model/reference_model.h"

#include "sim/executor.h"
#include "sim/simulation.h"

#include <sys/resource.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

constexpr const char* kUsage =
    "usage: reference_model [--seekers N0] [--weeks W] [--seeds K] [--first-seed S] [--threads T] [--counts FILE.csv]\n"
    "  N0 initial seekers (default 10000), W weeks (520), K seeds (10) from S (1), T threads (0: all),\n"
    "  FILE.csv: the weekly counts of the first seed\n";

template <class T>
bool parse(const char* text, T& out) {
  const char* end = text + std::strlen(text);
  const auto [ptr, ec] = std::from_chars(text, end, out);
  return ec == std::errc() && ptr == end;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

double peak_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

void write_counts(const refmodel::ReferenceModel& model, const std::string& path) {
  std::ofstream out(path);
  out << "week";
  for (const char* name : refmodel::kStateNames) out << "," << name;
  out << ",placements,dropouts,fired,exits,open_vacancies\n";
  const auto& counts = model.counts();
  for (std::size_t w = 0; w < counts.size(); ++w) {
    const auto& c = counts[w];
    out << w;
    for (auto x : c.states) out << "," << x;
    out << "," << c.placements << "," << c.dropouts << "," << c.fired << "," << c.exits << "," << c.open_vacancies << "\n";
  }
  if (!out.flush()) throw std::runtime_error(path + ": cannot write");
}

}  // namespace

int main(int argc, char** argv) {
  refmodel::Params p;
  int seeds = 10;
  std::uint64_t first_seed = 1;
  int threads = 0;
  std::string counts_path;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    bool ok = has_value;
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "--seekers" && has_value) {
      ok = parse(argv[++i], p.seekers) && p.seekers >= p.seekers_per_employer && p.seekers <= 50'000'000;
    } else if (arg == "--weeks" && has_value) {
      ok = parse(argv[++i], p.weeks) && p.weeks >= 1 && p.weeks <= 5200;
    } else if (arg == "--seeds" && has_value) {
      ok = parse(argv[++i], seeds) && seeds >= 1 && seeds <= 1000;
    } else if (arg == "--first-seed" && has_value) {
      ok = parse(argv[++i], first_seed);
    } else if (arg == "--threads" && has_value) {
      ok = parse(argv[++i], threads) && threads >= 0 && threads <= 1024;
    } else if (arg == "--counts" && has_value) {
      counts_path = argv[++i];
      ok = !counts_path.empty();
    } else {
      ok = false;
    }
    if (!ok) {
      std::cerr << "reference_model: bad or missing value for " << arg << "\n" << kUsage;
      return 2;
    }
  }
  regiosim::sim::TbbExecutor executor(threads);
  std::printf("reference model R1.1 on regiosim's engine: N0 = %u seekers, %d weeks, %d seed%s, %d thread%s\n", p.seekers,
              p.weeks, seeds, seeds == 1 ? "" : "s", executor.concurrency(), executor.concurrency() == 1 ? "" : "s");
  std::printf("%6s %12s %10s %14s %12s %12s %10s\n", "seed", "construct s", "run s", "seeker-weeks/s", "placements",
              "employed 52w", "seekers");
  std::vector<double> construct_s, run_s, rate;
  for (int k = 0; k < seeds; ++k) {
    p.seed = first_seed + static_cast<std::uint64_t>(k);
    auto t0 = std::chrono::steady_clock::now();
    auto model = std::make_unique<refmodel::ReferenceModel>(p);
    construct_s.push_back(seconds_since(t0));
    const auto plan = model->plan();
    regiosim::sim::Simulation simulation(executor);
    t0 = std::chrono::steady_clock::now();
    simulation.run(plan, {.burn_in = 0, .total = p.weeks});
    run_s.push_back(seconds_since(t0));
    // Seeker-weeks: the seekers in the model (not yet exited) summed over the weeks.
    double seeker_weeks = 0;
    for (const auto& c : model->counts()) {
      for (std::size_t s = 0; s + 1 < refmodel::kStateCount; ++s) seeker_weeks += static_cast<double>(c.states[s]);
    }
    rate.push_back(seeker_weeks / run_s.back());
    std::printf("%6llu %12.3f %10.3f %14.3g %12lld %12.3f %10zu\n", static_cast<unsigned long long>(p.seed),
                construct_s.back(), run_s.back(), rate.back(), static_cast<long long>(model->total_placements()),
                model->still_employed_share(), model->seekers());
    if (k == 0 && !counts_path.empty()) write_counts(*model, counts_path);
  }
  std::printf("median: construction %.3f s, run %.3f s, %.3g seeker-weeks/s; peak memory %.1f MiB\n", median(construct_s),
              median(run_s), median(rate), peak_mib());
  if (!counts_path.empty()) std::printf("weekly counts of seed %llu: %s\n", static_cast<unsigned long long>(first_seed), counts_path.c_str());
  return 0;
}
