// SIGINT and SIGTERM as a stop request: while a StopOnSignals object lives, both signals set
// stop_requested() instead of killing the process, so a command can end its runs after the current
// week, leave no half-written file and say what to do next. The previous handlers come back when
// the object is destroyed.
//
//   StopOnSignals signals;
//   spec.stop = &stop_flag();           // models::RunSpec: the run ends after the current week
//   ...
//   if (stop_requested()) { std::cerr << "stopped; ...\n"; return kExitFailure; }
#pragma once

#include <atomic>
#include <csignal>

namespace regiosim::app {

// The process-wide flag the handlers set (a signal handler can only reach static storage).
std::atomic<bool>& stop_flag() noexcept;
inline bool stop_requested() noexcept { return stop_flag().load(); }

class StopOnSignals {
 public:
  StopOnSignals();
  ~StopOnSignals();
  StopOnSignals(const StopOnSignals&) = delete;
  StopOnSignals& operator=(const StopOnSignals&) = delete;

 private:
  struct sigaction old_int_ {};
  struct sigaction old_term_ {};
};

}  // namespace regiosim::app
