// libFuzzer target: arbitrary bytes as an HDF5 results or sweep file of our own (the seed corpus
// holds real ones). Opening, verifying checksums and reading KPIs must either succeed or throw
// ResultsFileError. Crashes inside the HDF5 library itself (not instrumented) are reported too.
#include "output/results_file.h"
#include "output/sweep_file.h"

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = "/tmp/regiosim-fuzz-" + std::to_string(::getpid()) + ".h5";
  if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fwrite(data, 1, size, f);
    std::fclose(f);
  } else {
    return 0;
  }
  using namespace regiosim::output;
  try {
    verify_file(path);
    if (is_sweep_file(path)) {
      (void)read_sweep_file(path);
    } else {
      ResultsReader reader(path);
      for (const auto& name : reader.scenario_names()) {
        (void)reader.scenario(name);
        (void)reader.kpis(name);
      }
    }
  } catch (const ResultsFileError&) {
  }
  return 0;
}
