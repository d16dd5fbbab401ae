// Scenario files: TOML in, validated and fully resolved scenarios out.
//
// A scenario file sets parameters by their dotted keys (every key is declared once in the model's
// parameter table). It may
//   - `extends = "other.toml"`: start from the parameter values of another file (relative to this
//     file's directory); name, description and variants are not inherited;
//   - hold `[variants.NAME]` tables that override keys; each variant is run next to the baseline;
//   - be changed from the command line with `--set key=value` (also `--set variants.NAME.key=value`).
// Every problem is collected and reported at once with file, line and key; nothing runs until the
// whole set is valid. With LoadOptions::memory the runs' estimated memory is checked too.
//
//   auto set = scenarios::load_scenario_file("scenarios/default.toml", {.overrides = {"sim.replications=4"}});
//   for (const auto& s : set.scenarios) run(s.params);
#pragma once

#include "models/parameters.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace regiosim::scenarios {

inline constexpr int kSchemaVersion = 1;

struct Diagnostic {
  std::string file;  // as given by the user, or "--set"
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;
  std::string key;   // dotted key, empty for file-level problems
  std::string message;
  // "scenarios/x.toml:12:5: policy.caseload_per_coach: must be > 0, got -5"
  std::string format() const;
};

// Bad input: the CLI prints every diagnostic and exits with code 2.
class ScenarioError : public std::runtime_error {
 public:
  explicit ScenarioError(std::vector<Diagnostic> diagnostics);
  const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

// Where a key's value was written: the file (or "--set"), line and column, and the key as written
// there (e.g. "variants.big.region.job_seekers").
struct KeyOrigin {
  std::string file;
  int line = 0;
  int column = 0;
  std::string key;
};

struct Scenario {
  std::string name;         // baseline: `name` or the file stem; variant: its table name
  std::string role;         // "baseline" or "variant"
  std::string description;
  // What a report calls the scenario: `label` (any language), `label_nl`, `label_en`; empty when
  // the file gives none (the report then shows `name`). Not inherited through `extends`.
  std::string label, label_nl, label_en;
  std::string source;       // the main file it was loaded from, as given
  std::vector<std::filesystem::path> files;  // every file read: the main file, then each file it extends
  models::ModelParams params;
  std::vector<std::string> set_keys;  // keys given a value by files or --set (not defaults), sorted
  std::map<std::string, KeyOrigin, std::less<>> origins;  // for every key in set_keys
  std::string resolved_toml;          // schema_version and every parameter, canonical form
  std::string content_hash;           // "sha256:" + hex digest of resolved_toml
};

struct ScenarioSet {
  std::string source;                // the main file, as given
  std::vector<Scenario> scenarios;   // [0] is the baseline, then variants in file order
};

// The memory the runs of a command may use (scenarios/memory_check.h). A scenario set whose runs
// would need more is refused like any other bad input: a diagnostic at the key that drives the
// estimate (e.g. region.job_seekers), collected with the other problems.
struct MemoryBudget {
  std::uint64_t limit_bytes = 0;
  std::string limit_source;          // how the limit was set, e.g. "--memory-limit 8GiB"
  int threads = 1;                   // runs simulated at once at most
  std::vector<Scenario> alongside;   // other scenarios the same command runs (e.g. run --baseline)
};

struct LoadOptions {
  std::vector<std::string> overrides;  // "key=value", applied on top of the main file
  std::optional<MemoryBudget> memory;  // when set, the loaded set's runs must fit in it
};

ScenarioSet load_scenario_file(const std::filesystem::path& path, const LoadOptions& options = {});
// `source_name` is used in messages; `extends` resolves against `base_dir`.
ScenarioSet load_scenario_text(std::string_view text, std::string_view source_name,
                               const std::filesystem::path& base_dir, const LoadOptions& options = {});

// A problem between keys of one parameter set (each key's own range is the parameter table's):
// the key it is reported at and why, e.g. region.markets: "must not exceed region.employers (20),
// got 50: every market needs employers". Checked for every run: a scenario and each variant, every
// point of a sweep.
struct CrossKeyProblem {
  std::string key;
  std::string message;
};
std::vector<CrossKeyProblem> cross_key_problems(const models::ModelParams& params);

// Canonical TOML of a parameter set (used for resolved_toml; also handy for `regiosim params`).
std::string canonical_toml(const models::ModelParams& params);
std::string sha256_hex(std::string_view data);

// The default region shipped in scenarios/default.toml, compiled into the program.
std::string_view default_scenario_text();
inline constexpr std::string_view kDefaultScenarioName = "scenarios/default.toml (built in)";

}  // namespace regiosim::scenarios
