// Memory a command's runs will need, estimated before anything is allocated, and its check against
// a limit (`--memory-limit`; by default 80% of physical memory, or of the cgroup's limit where lower).
//
// A run's estimate comes from the model (models/memory_estimate.h). A command runs up to
// `threads` runs at once, so the estimate of the largest concurrent runs adds up; the results
// writer holds each scenario's record tables until its last replication is written. Above the
// limit the runs are refused as bad input: a diagnostic in the usual `file:line:col: key: message`
// form at the key that drives the estimate (where it was written; the scenario file when it is at
// its default), saying the estimate, the limit and how to proceed.
//
//   scenarios::MemoryBudget budget{.limit_bytes = *scenarios::parse_byte_size("8GiB"),
//                                  .limit_source = "--memory-limit 8GiB", .threads = 4};
//   auto set = scenarios::load_scenario_file(path, {.overrides = sets, .memory = budget});
#pragma once

#include "models/memory_estimate.h"
#include "scenarios/scenario.h"
#include "scenarios/sweep.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace regiosim::scenarios {

// The estimated peak of running every scenario sim.replications times, `threads` runs at once.
struct MemoryDemand {
  std::uint64_t total_bytes = 0;       // the program, the concurrent runs and the results held
  std::size_t runs = 0;                // runs in all
  std::size_t concurrent = 0;          // runs at once: min(threads, runs)
  std::uint64_t concurrent_bytes = 0;  // the largest `concurrent` runs together
  std::uint64_t held_bytes = 0;        // results held by the writer until a scenario is complete
  const Scenario* largest = nullptr;   // the scenario with the largest run
  models::RunMemory largest_run;       // its estimate
  std::string driver_key;              // the key that drives the estimate most
};

MemoryDemand estimate_memory(const std::vector<const Scenario*>& scenarios, int threads);

// The same for a sweep: its runs, of which each may be as large as the largest point's, `threads`
// at once; a sweep keeps every run's KPIs and stored weekly series until it writes its file.
// driver_key is empty when those kept results outweigh the runs themselves.
struct SweepMemory {
  MemoryDemand demand;
  std::size_t largest_point = 0;
};
SweepMemory estimate_sweep_memory(const SweepDefinition& sweep, int threads);

// Nothing when the runs fit in the budget; otherwise one diagnostic at the driving key.
std::vector<Diagnostic> check_memory(const std::vector<const Scenario*>& scenarios, const MemoryBudget& budget);

// The diagnostic's message for a demand above `budget` (shared with the sweep loader).
std::string memory_message(const MemoryDemand& demand, const MemoryBudget& budget, std::string_view what);

// A size in bytes: a plain number of bytes, or a number with a unit: kB, MB, GB, TB (powers of
// 1000), KiB, MiB, GiB, TiB or K, M, G, T (powers of 1024); case-insensitive, decimals allowed
// ("1.5GiB"). Nothing for text that is not a positive size.
std::optional<std::uint64_t> parse_byte_size(std::string_view text);

// The memory limit of the control group this process runs in, where one is set: cgroup v2
// `memory.max`, or cgroup v1 `memory.limit_in_bytes`, of the group named in /proc/self/cgroup
// (inside a container whose cgroup namespace hides that path, the one at the root of the mount).
// Nothing where no limit is set ("max", or v1's near-2^63 "unlimited") or nothing can be read.
// A container's limit can be far below the machine's physical memory, which is what the default
// --memory-limit would otherwise be taken from. The paths are parameters for tests.
std::optional<std::uint64_t> cgroup_memory_limit(const std::filesystem::path& self_cgroup = "/proc/self/cgroup",
                                                 const std::filesystem::path& cgroup_root = "/sys/fs/cgroup");

}  // namespace regiosim::scenarios
