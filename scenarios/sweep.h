// Sweep files: many runs of one scenario over a design of parameter values.
//
// A sweep file names a base scenario, fixed overrides, the factors to vary and a design:
//
//   schema_version = 1
//   name = "aftercare-caseload"
//   scenario = "default.toml"            # relative to this file; omitted: the built-in default region
//   design = "lhs"                       # grid | lhs | sobol | saltelli | morris
//   points = 32                          # lhs/sobol: points; saltelli: base rows N; morris: trajectories
//   replications = 4                     # per point; replication r has the same seed at every point
//   kpis = ["placements", "sustained_rate_52w"]   # sensitivity indices for these (saltelli, morris)
//   [set]
//   "sim.weeks" = 260
//   [[factor]]
//   key = "policy.aftercare.weeks"
//   min = 4
//   max = 26                             # or: values = [4, 13, 26] (grid, or discrete levels)
//
// load_sweep_file() validates everything against the parameter table (file, line and key in every
// message, all problems at once) and expands the design into points, each a fully resolved scenario;
// with SweepLoadOptions::memory it also checks that the largest point's runs fit in memory.
//
//   auto sweep = scenarios::load_sweep_file("scenarios/example-sweep.toml");
//   for (std::size_t p = 0; p < sweep.points.size(); ++p) run(sweep.point_params(p));
#pragma once

#include "scenarios/scenario.h"
#include "sim/parameter_table.h"
#include "sim/sensitivity.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace regiosim::scenarios {

// Most runs (points x replications) one sweep may have. A larger design is refused, naming its
// points and replications, before it is generated.
inline constexpr std::uint64_t kMaxSweepRuns = 10'000'000;

enum class SweepDesign { grid, lhs, sobol, saltelli, morris };
std::string_view design_name(SweepDesign design) noexcept;

struct SweepFactor {
  std::string key;                     // a parameter key (integer, real, boolean or choice)
  sim::ParamType type = sim::ParamType::real;
  std::vector<sim::ParamValue> values; // listed values (grid, or discrete levels of a sampled factor)
  std::optional<double> min, max;      // a range (sampled designs; numeric parameters only)
  std::string unit;
  std::string source;                  // the parameter's source, from the table
  int line = 0;                        // where the factor is declared
  // "values: 4, 13, 26" or "range: [4, 26]"
  std::string describe() const;
  // Maps a design coordinate in [0, 1] to a value of this factor.
  sim::ParamValue at(double unit) const;
  // A number for tables and charts: the value itself, 0/1 for booleans, the index of a choice.
  double numeric(const sim::ParamValue& value) const;
};

struct SweepPoint {
  std::vector<sim::ParamValue> values;  // one per factor
  std::vector<double> unit;             // design coordinates in [0, 1] (NaN for the grid)
  std::string content_hash;             // of the point's resolved scenario
};

struct SweepDefinition {
  std::string source;             // the sweep file as given
  std::string text;               // its full text (stored in the output for provenance)
  std::string name;
  std::string description;
  SweepDesign design = SweepDesign::grid;
  std::int64_t replications = 1;
  std::int64_t points_requested = 0;  // points / base rows / trajectories (not for the grid)
  std::int64_t levels = 4;            // morris grid levels
  std::int64_t bootstrap = 500;       // bootstrap resamples for Sobol intervals
  std::uint64_t design_seed = 1;      // LHS permutations, Morris trajectories, bootstrap
  std::vector<std::string> kpis;      // KPIs that get sensitivity indices
  std::vector<std::string> series;    // time series stored per run (empty: none)
  std::vector<SweepFactor> factors;
  std::vector<SweepPoint> points;
  Scenario base;                      // the base scenario with the fixed overrides applied
  std::optional<sim::SaltelliDesign> saltelli;
  std::optional<sim::MorrisDesign> morris;
  std::string identity;  // "sha256:..." of everything that decides the runs' results

  // The resolved parameters of point p.
  models::ModelParams point_params(std::size_t p) const;
  std::uint64_t replication_seed(std::size_t replication) const;
  std::size_t run_count() const { return points.size() * static_cast<std::size_t>(replications); }
};

// True when the file parses as TOML and has a top-level `design` or `[[factor]]`: a sweep file,
// not a scenario (used by `regiosim check`, which validates both kinds).
bool looks_like_sweep_file(const std::filesystem::path& path);

struct SweepLoadOptions {
  // When set, the sweep's runs must fit in it: up to `threads` runs at once, each as large as the
  // largest point's, and the KPIs and stored series of every run kept until the file is written.
  std::optional<MemoryBudget> memory;
};

// Throws ScenarioError with every problem found (file, line, key).
SweepDefinition load_sweep_file(const std::filesystem::path& path, const SweepLoadOptions& options = {});
SweepDefinition load_sweep_text(std::string_view text, std::string_view source_name, const std::filesystem::path& base_dir,
                                const SweepLoadOptions& options = {});

}  // namespace regiosim::scenarios
