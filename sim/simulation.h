// Runs a WeekPlan week after week on an Executor and keeps the wall time of every phase.
//
//   sim::Simulation simulation(executor);
//   simulation.run(plan, {.burn_in = 104, .total = 624}, [&](const sim::Week& w) { record(w); });
//
// A stop flag (set from a signal handler, for example) ends the run after the current week.
#pragma once

#include "sim/executor.h"
#include "sim/week_plan.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace regiosim::sim {

struct PhaseTimings {
  std::vector<std::string> names;
  std::vector<double> seconds;         // wall seconds per phase, summed over weeks
  std::vector<double> serial_seconds;  // of which on one thread alone (see WeekPlan::Phase::run)
  void add(const PhaseTimings& other);
};

struct Horizon {
  int burn_in = 0;  // weeks simulated before observation starts
  int total = 0;    // all weeks, burn-in included
};

class Simulation {
 public:
  explicit Simulation(Executor& executor) noexcept : executor_(executor) {}

  // Runs the plan for horizon.total weeks. after_week (optional) is called after the last phase
  // of every week. Returns the number of weeks completed (less than total only when stopped).
  int run(const WeekPlan& plan, Horizon horizon, const std::function<void(const Week&)>& after_week = {},
          const std::atomic<bool>* stop = nullptr);

  const PhaseTimings& timings() const noexcept { return timings_; }

 private:
  Executor& executor_;
  PhaseTimings timings_;
};

}  // namespace regiosim::sim
