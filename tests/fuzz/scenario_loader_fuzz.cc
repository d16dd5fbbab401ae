// libFuzzer target: arbitrary bytes as a scenario file. The loader must either return a valid
// scenario set or throw ScenarioError with diagnostics; anything else (a crash, a sanitizer report,
// another exception, an empty diagnostic list) is a bug.
#include "scenarios/scenario.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const auto set = regiosim::scenarios::load_scenario_text(text, "fuzz.toml", "/nonexistent-fuzz-dir");
    if (set.scenarios.empty()) std::abort();
  } catch (const regiosim::scenarios::ScenarioError& e) {
    if (e.diagnostics().empty()) std::abort();
  }
  return 0;
}
