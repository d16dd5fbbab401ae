// A thread-safe progress line for long runs: "regiosim: 12/20 runs, 61% of weeks, 3.2 s".
// On a terminal the line is redrawn in place at most five times a second; otherwise a line is
// printed at every quarter of the work, so CI logs stay short.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <ostream>
#include <string>

namespace regiosim::sim {

class Progress {
 public:
  // total_units: e.g. the number of weeks summed over all runs. enabled=false prints nothing.
  Progress(std::ostream& out, std::string label, std::uint64_t total_units, std::uint64_t total_runs,
           bool enabled, bool interactive);
  void advance(std::uint64_t units = 1);
  void run_finished();
  // Prints the final line (if anything was printed before) and a newline on a terminal.
  void finish();

 private:
  void print(bool force);

  std::ostream& out_;
  std::string label_;
  std::uint64_t total_units_;
  std::uint64_t total_runs_;
  bool enabled_;
  bool interactive_;
  std::atomic<std::uint64_t> units_{0};
  std::atomic<std::uint64_t> runs_{0};
  std::mutex mutex_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_print_;
  int last_quarter_ = 0;
  bool printed_ = false;
};

}  // namespace regiosim::sim
