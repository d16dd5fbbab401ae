// libFuzzer target: arbitrary bytes as a sweep file. Valid sweeps are expanded into points (the
// loader bounds a design at 1,000,000 points); invalid ones must throw ScenarioError with
// diagnostics.
#include "scenarios/sweep.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const auto sweep = regiosim::scenarios::load_sweep_text(text, "fuzz-sweep.toml", REGIOSIM_SOURCE_DIR "/scenarios");
    if (sweep.points.empty() || sweep.identity.empty()) std::abort();
  } catch (const regiosim::scenarios::ScenarioError& e) {
    if (e.diagnostics().empty()) std::abort();
  }
  return 0;
}
