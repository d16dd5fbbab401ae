#include "sim/progress.h"

#include <cstdio>

namespace regiosim::sim {

Progress::Progress(std::ostream& out, std::string label, std::uint64_t total_units, std::uint64_t total_runs,
                   bool enabled, bool interactive)
    : out_(out),
      label_(std::move(label)),
      total_units_(total_units == 0 ? 1 : total_units),
      total_runs_(total_runs),
      enabled_(enabled),
      interactive_(interactive),
      start_(std::chrono::steady_clock::now()),
      last_print_(start_) {}

void Progress::advance(std::uint64_t units) {
  units_.fetch_add(units, std::memory_order_relaxed);
  if (enabled_) print(false);
}

void Progress::run_finished() {
  runs_.fetch_add(1, std::memory_order_relaxed);
  if (enabled_) print(false);
}

void Progress::finish() {
  if (!enabled_) return;
  print(true);
  std::lock_guard lock(mutex_);
  if (interactive_ && printed_) out_ << "\n" << std::flush;
}

void Progress::print(bool force) {
  const auto now = std::chrono::steady_clock::now();
  const std::uint64_t units = units_.load(std::memory_order_relaxed);
  const int percent = static_cast<int>(100 * units / total_units_);
  std::unique_lock lock(mutex_, std::try_to_lock);
  if (!lock.owns_lock() && !force) return;
  if (!lock.owns_lock()) lock.lock();
  if (interactive_) {
    if (!force && now - last_print_ < std::chrono::milliseconds(200)) return;
  } else {
    const int quarter = percent / 25;
    if (!force && quarter <= last_quarter_) return;
    if (force && printed_ && last_quarter_ >= 4) return;
    last_quarter_ = quarter;
  }
  last_print_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  char line[256];
  std::snprintf(line, sizeof line, "%s: %llu/%llu runs, %3d%% of weeks, %.1f s", label_.c_str(),
                static_cast<unsigned long long>(runs_.load()), static_cast<unsigned long long>(total_runs_),
                percent, seconds);
  if (interactive_) out_ << "\r" << line << "\033[K" << std::flush;
  else out_ << line << "\n" << std::flush;
  printed_ = true;
}

}  // namespace regiosim::sim
