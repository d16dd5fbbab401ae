#include "sim/simulation.h"

#include <chrono>
#include <stdexcept>

namespace regiosim::sim {

void PhaseTimings::add(const PhaseTimings& other) {
  if (names.empty()) {
    names = other.names;
    seconds.assign(other.seconds.size(), 0.0);
    serial_seconds.assign(other.serial_seconds.size(), 0.0);
  }
  if (names != other.names) throw std::logic_error("PhaseTimings::add: different phase lists");
  for (std::size_t i = 0; i < seconds.size(); ++i) seconds[i] += other.seconds[i];
  for (std::size_t i = 0; i < serial_seconds.size(); ++i) serial_seconds[i] += other.serial_seconds[i];
}

int Simulation::run(const WeekPlan& plan, Horizon horizon, const std::function<void(const Week&)>& after_week,
                    const std::atomic<bool>* stop) {
  if (horizon.total < 0 || horizon.burn_in < 0 || horizon.burn_in > horizon.total) {
    throw std::invalid_argument("Simulation::run: burn-in must lie within the horizon");
  }
  const auto phases = plan.phases();
  timings_.names.clear();
  for (const auto& p : phases) timings_.names.push_back(p.name);
  timings_.seconds.assign(phases.size(), 0.0);
  timings_.serial_seconds.assign(phases.size(), 0.0);

  using Clock = std::chrono::steady_clock;
  int done = 0;
  for (int w = 0; w < horizon.total; ++w) {
    if (stop != nullptr && stop->load(std::memory_order_relaxed)) break;
    const Week week{w, horizon.burn_in, horizon.total};
    for (std::size_t p = 0; p < phases.size(); ++p) {
      const auto t0 = Clock::now();
      const double alone = phases[p].run(executor_, week);
      const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
      timings_.seconds[p] += seconds;
      timings_.serial_seconds[p] += phases[p].serial ? seconds : alone;
    }
    if (after_week) after_week(week);
    ++done;
  }
  return done;
}

}  // namespace regiosim::sim
