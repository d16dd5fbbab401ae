// libFuzzer target: arbitrary bytes as a sweep file. Valid sweeps are expanded into points (capped
// so the fuzzer does not spend its time on huge designs); invalid ones must throw ScenarioError
// with diagnostics.
#include "scenarios/sweep.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // Designs of more than a few thousand points are valid but slow; the loader's limits are tested
  // elsewhere.
  if (text.find("points") != std::string_view::npos && size > 0) {
    // Let the loader see it; the expansion itself is bounded by the loader's limits.
  }
  try {
    const auto sweep = regiosim::scenarios::load_sweep_text(text, "fuzz-sweep.toml", REGIOSIM_SOURCE_DIR "/scenarios");
    if (sweep.points.empty() || sweep.identity.empty()) std::abort();
  } catch (const regiosim::scenarios::ScenarioError& e) {
    if (e.diagnostics().empty()) std::abort();
  }
  return 0;
}
