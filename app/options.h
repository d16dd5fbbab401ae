// Shared option handling: Boost.Program_options parsing with regiosim's exit codes, and loading
// the scenarios named on the command line.
#pragma once

#include "app/cli.h"
#include "scenarios/scenario.h"

#include <boost/program_options.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace regiosim::app {

namespace po = boost::program_options;

// Parses args; on a usage error prints it and returns kExitBadInput, on --help prints the help and
// returns kExitOk; otherwise returns nothing and fills vm.
std::optional<int> parse_options(const Args& args, const std::string& usage, const po::options_description& options,
                                 const po::positional_options_description& positional, po::variables_map& vm);

// --memory-limit SIZE: the memory a command's runs may use (see scenarios/memory_check.h).
inline constexpr const char* kMemoryLimitHelp =
    "refuse runs estimated to need more memory: a size (8GiB, 500MB, 2G) or bytes, 'none' for no check "
    "(default: 80% of physical memory, or of the cgroup's memory limit where lower)";
// The budget for `threads` runs at once from --memory-limit (absent: 80% of physical memory, or of the
// cgroup's memory limit where that is lower; "none": no check, nullopt). Returns kExitBadInput when
// the value is not a size (printed if `report`).
std::optional<int> memory_budget(const po::variables_map& vm, int threads, const std::string& command,
                                 std::optional<scenarios::MemoryBudget>& budget, bool report = true);
// Physical memory of this machine (sysconf), 0 when unknown.
std::uint64_t physical_memory_bytes();

// Loads SCENARIO.toml, or the built-in default region when path is empty.
scenarios::ScenarioSet load_scenarios(const std::string& path, const scenarios::LoadOptions& options);

// The current time as ISO 8601 UTC, e.g. "2026-11-23T10:15:00Z" (for file provenance).
std::string utc_now();

// Prints a ScenarioError's diagnostics (one per line) to stderr.
void print_diagnostics(const scenarios::ScenarioError& e);

// --threads T: 0 (all cores) or 1 up to kThreadsPerCore times the cores of this machine. More
// threads than that only cost memory, and a huge count aborts when the threads are started.
inline constexpr int kThreadsPerCore = 8;
int max_threads();
// Why T cannot be a --threads value ("--threads 100000: at most 16 (8 per core, 2 cores); 0 uses
// all cores"), or nothing when it can. Checked before anything is written.
std::optional<std::string> threads_problem(long long threads);

// A file a command reads, for refusing an output that would overwrite it.
struct InputFile {
  std::filesystem::path path;
  std::string role;  // "the scenario file", "a file that the scenario file extends", "the sweep file", ...
};
// Adds the files a scenario was read from: its main file (as `role`) and every file it extends.
void add_scenario_inputs(std::vector<InputFile>& inputs, const scenarios::Scenario& scenario, const std::string& role);

// Why `out` cannot be the output file of a command, checked before anything runs; the text names
// the option and the path ("--out results/: names a folder, not a file"). Refused: an empty name, a
// name ending in '/', an existing directory, device, fifo or socket (anything but a regular file),
// a name in a folder that does not exist or cannot be written, and any of `inputs` (the same file:
// same device and inode, however it is spelled or linked). With `create_folder` a missing folder is
// created instead (the default results/ folder of run and findings), once every other check passed.
std::optional<std::string> output_path_problem(const std::filesystem::path& out, const std::vector<InputFile>& inputs,
                                               const std::string& option = "--out", bool create_folder = false);

// --force: replace an existing output file. Without it a command refuses an existing `out` before
// anything runs: prints one line ("<command>: FILE exists; ...") and returns kExitBadInput.
inline constexpr const char* kForceHelp = "replace the output file if it exists (without it an existing file is kept)";
std::optional<int> refuse_existing_output(const std::filesystem::path& out, bool force, const std::string& command);

// Why `path` cannot be read as a results file before it is opened ("no such file", "is a directory,
// not a results file"), or nothing.
std::optional<std::string> input_file_problem(const std::string& path);

// A file name as the messages show it: control characters escaped (\\x1b), so that a name cannot
// rewrite the terminal or forge a line of output.
std::string shown(const std::filesystem::path& p);
std::string shown(const std::string& p);

}  // namespace regiosim::app
