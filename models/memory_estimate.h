// How much memory a run of the region model needs, estimated from its parameters before anything is
// allocated, so that a scenario that would exhaust the machine is refused up front.
//
// The estimate follows the model's data structures: sizeof of the agent structs (JobSeeker, Employer,
// Vacancy, Spell, EventRecord) times their expected counts over the horizon (the initial stock plus
// the inflow of flows.inflow_per_year, the employers' vacancy flow from their size, low-skilled share
// and turnover, job spells and events per seeker-week), the weekly series, the result's record
// tables and the rows a writer holds until a scenario is complete. The seeker, vacancy and spell
// tables are reserved from these counts when the model starts; tables that grow by doubling are
// counted 1.5 times (at the last reallocation the old and the new block are both resident). The
// constants the parameters do not decide (job spells and events per seeker-week, working buffers per
// seeker, the program itself) were calibrated against the peak resident memory (ru_maxrss) of
// `regiosim run --threads 1` at 2,500 to 200,000 job seekers: the estimate is 1.09 to 1.18 times the
// measured peak there (README "Memory"; tests/app/cli_memory.py checks the factor 1.5 at 20,000).
//
//   const auto m = models::estimate_run_memory(params);
//   std::cout << m.run_bytes() << " bytes per run; mostly " << m.largest().what << "\n";
//   if (models::estimated_peak_bytes(params) > limit) refuse();
#pragma once

#include "models/parameters.h"

#include <cstdint>
#include <string>
#include <vector>

namespace regiosim::models {

// The program itself: code, libraries, HDF5 and TBB state, the parameter table (bytes, measured).
inline constexpr std::uint64_t kProgramBytes = 26ULL << 20;

struct MemoryItem {
  std::string what;      // e.g. "vacancies posted over 624 weeks (2.3 million)"
  std::string key;       // the parameter that drives it, e.g. "region.employers"
  std::uint64_t bytes = 0;
};

// Expected counts over a run's horizon (burn-in included), from the parameters.
struct MemoryCounts {
  double seekers = 0;    // the initial stock plus the inflow
  double employers = 0;
  double vacancies = 0;  // posted over the horizon
  // Kept at most (VacancyStore): those from the oldest open one on, forgotten once the closed ones are
  // half of them: twice the posts of a vacancy's open weeks and two more.
  double vacancies_kept = 0;
  double spells = 0;     // job spells started over the horizon
  double events = 0;     // event-history records (0 without output.events)
};

struct RunMemory {
  MemoryCounts counts;
  // One run while it is simulated, its result included; largest first.
  std::vector<MemoryItem> items;
  // What a finished run hands to the writer and the writer keeps until its scenario is complete
  // (record tables, weekly series, KPIs).
  std::uint64_t result_bytes = 0;
  std::uint64_t metric_bytes = 0;       // the KPIs of a finished run (values, names, descriptions)
  std::uint64_t series_bytes_each = 0;  // one weekly series of a finished run
  // What a sweep keeps of a finished run until the sweep file is written: its KPIs and the
  // `stored_series` weekly series the sweep stores (in the run and in the file's table).
  std::uint64_t sweep_result_bytes(std::size_t stored_series) const {
    return metric_bytes + 2 * static_cast<std::uint64_t>(stored_series) * series_bytes_each;
  }

  std::uint64_t run_bytes() const;        // sum of the items
  const MemoryItem& largest() const;      // items.front()
};

// The margin on MemoryCounts::vacancies_kept with which the region model reserves its vacancies.
inline constexpr double kVacanciesKeptMargin = 1.25;

// The counts alone (the region model reserves its seeker, vacancy and spell tables from them).
MemoryCounts expected_counts(const ModelParams& p);

RunMemory estimate_run_memory(const ModelParams& p);

// Estimated peak resident memory of `regiosim run --threads 1` for one scenario with these
// parameters: the program, one run at a time, and the results of its sim.replications runs held
// until the scenario is written.
std::uint64_t estimated_peak_bytes(const ModelParams& p);

// "1.5 GiB", "820 MiB", "12 KiB", "512 B" (binary units, three significant digits).
std::string format_bytes(std::uint64_t bytes);

}  // namespace regiosim::models
