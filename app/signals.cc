#include "app/signals.h"

namespace regiosim::app {

namespace {
std::atomic<bool> g_stop{false};
extern "C" void request_stop(int) { g_stop.store(true); }
}  // namespace

std::atomic<bool>& stop_flag() noexcept { return g_stop; }

StopOnSignals::StopOnSignals() {
  g_stop = false;
  struct sigaction sa {};
  sa.sa_handler = request_stop;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, &old_int_);
  sigaction(SIGTERM, &sa, &old_term_);
}

StopOnSignals::~StopOnSignals() {
  sigaction(SIGINT, &old_int_, nullptr);
  sigaction(SIGTERM, &old_term_, nullptr);
}

}  // namespace regiosim::app
