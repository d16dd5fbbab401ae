// Runs one replication of a region: builds the model, describes its week, lets the engine run it
// and returns the run's records, checked by sim::check_run_result (no NaN other than declared
// undefined values, no infinity, no negative stock, count, money or hours): a run that breaks these
// rules is a computational failure and throws sim::InvalidRunResult (asserts in debug builds).
//
//   sim::SerialExecutor exec;
//   sim::RunResult r = models::run_region(params, {.scenario = "baseline", .replication = 0,
//                                                 .seed = sim::replication_seed(base, 0)}, exec);
#pragma once

#include "models/parameters.h"
#include "sim/executor.h"
#include "sim/run_result.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace regiosim::models {

struct RunSpec {
  std::string scenario;
  std::size_t replication = 0;
  std::uint64_t seed = 0;
  const std::atomic<bool>* stop = nullptr;       // ends the run after the current week when set
  std::function<void()> after_week;              // e.g. progress reporting
};

struct RegionRunStats {
  std::uint64_t seeker_weeks = 0;
  std::uint64_t employer_weeks = 0;
};

sim::RunResult run_region(const ModelParams& params, const RunSpec& spec, sim::Executor& executor,
                          RegionRunStats* stats = nullptr);

}  // namespace regiosim::models
