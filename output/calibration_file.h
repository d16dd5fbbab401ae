// Calibration files: the result of `regiosim calibrate`, one HDF5 file written completely or not at
// all (temporary name, checksums, rename). Same family as results and sweep files (root attribute
// `engine = "regiosim"`, `format_version` 1) with `file_kind = "calibration"`; the layout is in
// docs/hdf5-schema.md ("Calibration files"): the estimates, the fit per target on the fitting and on
// held-out seeds, the identifiability table, the ABC posterior sample or the optimiser's trace, the
// calibration file's text and the ready scenario file.
//
//   output::write_calibration_file(path, provenance, record);
//   if (output::is_calibration_file(path)) { auto c = output::read_calibration_file(path); ... }
#pragma once

#include "output/results_file.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace regiosim::output {

struct CalibrationParameterRow {
  std::string key;
  std::string type;    // the parameter table's type name: integer or number
  std::string unit;
  std::string source;  // the parameter's source in the table
  std::string prior;   // "uniform [0.05, 1]" or "normal(0.3, 0.2) on [0.05, 1]"
  double min = 0.0, max = 0.0;
  double estimate = 0.0;  // the calibrated value (integers rounded): ABC posterior mean, optimiser best point
  std::string value;      // the same as TOML writes it
  // Identifiability. ABC: posterior sd and 90% interval against the prior's; the optimiser leaves
  // these NaN and gives the local profile instead: the distance change at -5% and +5% of the range.
  double prior_sd = 0.0, posterior_sd = 0.0, sd_ratio = 0.0;
  double prior_low = 0.0, prior_high = 0.0;          // the prior's 90% interval
  double posterior_low = 0.0, posterior_high = 0.0;  // the posterior's 90% interval
  double interval_ratio = 0.0;                        // posterior interval width / prior interval width
  double profile_minus = 0.0, profile_plus = 0.0;
};

struct CalibrationTargetRow {
  std::string kpi;
  std::string unit;
  double target = 0.0, tolerance = 0.0, weight = 1.0;
  double fit_mean = 0.0;      // mean at the estimate over the fitting seeds
  double holdout_mean = 0.0;  // mean at the estimate over the held-out seeds, with its 95% t-interval
  double holdout_low = 0.0, holdout_high = 0.0;
  bool within_tolerance = false;  // |holdout_mean - target| <= tolerance
};

struct CalibrationGenerationRow {
  std::int64_t generation = 0;
  double epsilon = 0.0;  // infinity for the prior sample (generation 0)
  std::int64_t proposals = 0;
  std::int64_t accepted = 0;
  double ess = 0.0;
};

struct CalibrationCheckRun {
  std::string set;  // "fit" or "holdout"
  std::int64_t replication = 0;
  std::uint64_t seed = 0;
};

struct CalibrationRecord {
  std::string name;
  std::string description;
  std::string method;                    // bobyqa, subplex, abc-smc
  std::string definition_source;         // the calibration file as given
  std::string definition_toml;           // its text
  std::string base_scenario_source;      // `scenario` as written in it
  std::string base_scenario;             // the resolved base scenario (with [set] and --set), TOML
  std::string calibrated_scenario;       // the ready scenario file's text
  std::string calibrated_scenario_file;  // where it was written
  std::string stop_reason;
  std::int64_t replications = 0;          // runs per evaluation
  std::int64_t holdout_replications = 0;
  std::int64_t evaluations = 0;           // objective evaluations (optimisers) or simulated proposals (ABC)
  std::int64_t model_runs = 0;            // model runs in all, checks included
  std::uint64_t seed = 0;

  std::vector<CalibrationParameterRow> parameters;
  std::vector<CalibrationTargetRow> targets;

  // The ABC posterior sample (final population) or the optimiser's trace (every evaluation in order):
  // rows x parameters values, rows x targets simulated KPI means, a distance per row and, for ABC,
  // a normalised weight per row (empty for optimisers).
  std::vector<double> sample;
  std::vector<double> sample_statistics;
  std::vector<double> sample_distance;
  std::vector<double> sample_weight;
  std::vector<CalibrationGenerationRow> generations;  // ABC only

  // The runs at the estimate: fitting seeds then held-out seeds; check_values is runs x targets.
  std::vector<CalibrationCheckRun> check_runs;
  std::vector<double> check_values;

  bool is_abc() const { return method == "abc-smc"; }
  std::size_t sample_rows() const { return sample_distance.size(); }
};

// Writes the file atomically. Throws ResultsFileError.
void write_calibration_file(const std::filesystem::path& path, const FileProvenance& provenance, const CalibrationRecord& record);

// True when path is a regiosim file of kind "calibration" (throws for files that are not regiosim files).
bool is_calibration_file(const std::filesystem::path& path);
CalibrationRecord read_calibration_file(const std::filesystem::path& path, FileProvenance* provenance = nullptr);

}  // namespace regiosim::output
