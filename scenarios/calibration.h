// Calibration files: which parameters of a scenario to fit, to which target statistics, and how.
//
//   schema_version = 1
//   name = "dutch-flows"
//   scenario = "../default.toml"          # the base scenario, relative to this file
//   [set]                                 # fixed values on top of the base scenario (optional)
//   "sim.weeks" = 156
//   [parameters."employment.dropout_per_year"]    # a free parameter: an integer or real key
//   min = 0.05
//   max = 1.0
//   prior = "normal"                      # "uniform" (default) or "normal", truncated to [min, max]
//   mean = 0.3
//   sd = 0.2
//   [targets.sustained_rate_52w]          # a KPI of the model: the mean over the replications
//   value = 0.62
//   tolerance = 0.03                      # absolute, in the KPI's unit
//   weight = 1.0                          # optional
//   [method]
//   name = "abc-smc"                      # "bobyqa" | "subplex" | "abc-smc"
//   replications = 4                      # runs per evaluation
//   particles = 100                       # abc-smc
//   generations = 5                       # abc-smc
//   holdout_replications = 10             # fresh seeds for the held-out check of the result
//
// load_calibration_file() checks everything against the parameter table and the KPI list and
// reports every problem at once (file, line, column and key), like the scenario and sweep loaders.
//
//   auto cal = scenarios::load_calibration_file("scenarios/calibration/dutch-flows.toml");
//   models::ModelParams p = cal.params_at({0.3});
#pragma once

#include "scenarios/scenario.h"
#include "sim/calibration.h"
#include "sim/parameter_table.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace regiosim::scenarios {

enum class CalibrationMethod { bobyqa, subplex, abc_smc };
// "bobyqa", "subplex", "abc-smc"
std::string_view method_name(CalibrationMethod method) noexcept;

struct CalibrationParameter {
  std::string key;
  sim::ParamType type = sim::ParamType::real;  // integer or real
  std::string unit;
  std::string source;     // the parameter's source in the table
  sim::Prior prior;       // its box is [min, max]
  double start = 0.0;     // optimisers start here: `start`, else the base scenario's value clamped into the box
  int line = 0;
};

struct CalibrationTarget {
  std::string kpi;
  std::string unit;
  double value = 0.0;
  double tolerance = 1.0;  // absolute, in the KPI's unit
  double weight = 1.0;
  int line = 0;
};

struct CalibrationDefinition {
  std::string source;          // the calibration file as given
  std::string text;            // its full text
  std::string name;
  std::string description;
  std::string scenario_file;   // `scenario` as written
  std::filesystem::path scenario_path;  // resolved against the calibration file's directory
  Scenario base;               // the base scenario with [set] and the command line's --set applied
  std::vector<std::string> fixed_keys;  // parameter keys given by [set] or --set, in order, no duplicates

  std::vector<CalibrationParameter> parameters;
  std::vector<CalibrationTarget> targets;

  CalibrationMethod method = CalibrationMethod::bobyqa;
  std::int64_t replications = 4;           // runs per evaluation
  std::int64_t holdout_replications = 10;  // runs of the held-out check
  std::int64_t max_evaluations = 100;      // optimisers: objective evaluations; abc-smc: simulations (each `replications` runs)
  std::int64_t particles = 100;            // abc-smc
  std::int64_t generations = 5;            // abc-smc, after the prior sample
  double quantile = 0.5;                   // abc-smc: tolerance schedule
  double min_epsilon = 0.0;                // abc-smc: lowest tolerance (distance units)
  std::uint64_t seed = 1;                  // abc-smc proposals and simulation keys; NLopt's seed

  std::vector<sim::Prior> priors() const;
  std::vector<double> lower() const;
  std::vector<double> upper() const;
  // Parameter i at x: rounded to the nearest whole number (inside the box) for integer parameters.
  sim::ParamValue value_at(std::size_t i, double x) const;
  double rounded(std::size_t i, double x) const;
  // The base scenario with the free parameters set to x (one value per parameter).
  models::ModelParams params_at(std::span<const double> x) const;

  // Optimisers use the same seeds at every evaluation (common random numbers): replication r has
  // the seed of replication r of the base scenario. The held-out check uses the next
  // `holdout_replications` seeds of that sequence, which fitting never used.
  std::uint64_t fitting_seed(std::size_t replication) const;
  std::uint64_t holdout_seed(std::size_t replication) const;
};

// True when the file parses as TOML and has a top-level `targets`, `parameters` or `method`: a
// calibration file (used by `regiosim check`).
bool looks_like_calibration_file(const std::filesystem::path& path);

// Throws ScenarioError with every problem found. `options.overrides` are the command line's
// --set values for the base scenario (applied after the file's [set]).
CalibrationDefinition load_calibration_file(const std::filesystem::path& path, const LoadOptions& options = {});
CalibrationDefinition load_calibration_text(std::string_view text, std::string_view source_name,
                                            const std::filesystem::path& base_dir, const LoadOptions& options = {});

// The ready scenario file of a calibration result: `extends` the base scenario (its path written
// relative to `scenario_dir`, the directory the file will be written to), repeats the fixed values
// of [set] and --set, and sets each calibrated value (integers rounded) with the comment
// `# calibrated: <calibration file>, <method>, <date>`.
std::string calibrated_scenario_text(const CalibrationDefinition& def, std::span<const double> estimate,
                                     const std::filesystem::path& scenario_dir, std::string_view date);

}  // namespace regiosim::scenarios
