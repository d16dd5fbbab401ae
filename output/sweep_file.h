// Sweep files: the results of `regiosim sweep`, one HDF5 file written completely or not at all
// (temporary name, renamed when complete). Same family as results files (root attribute
// `engine = "regiosim"`, `format_version` 1) with `file_kind = "sweep"`; the layout is in
// docs/hdf5-schema.md ("Sweep files"). The main table, /sweep/runs, has one row per (point,
// replication) with the factor values and every KPI as columns, ready for pandas.
//
//   output::write_sweep_file(path, provenance, record);
//   if (output::is_sweep_file(path)) { auto s = output::read_sweep_file(path); ... }
#pragma once

#include "output/results_file.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace regiosim::output {

struct SweepFactorRecord {
  std::string key;
  std::string type;    // the parameter table's type name: integer, number, boolean, string
  std::string unit;
  std::string source;  // the parameter's source
  std::string range;   // "values: 4, 13, 26" or "range: [4, 26]"
};

struct SweepRunRow {
  std::int64_t point = 0;
  std::int64_t replication = 0;
  std::uint64_t seed = 0;
  std::int32_t weeks_completed = 0;
};

// One sensitivity index row: method "sobol" fills first/total (with bootstrap intervals), method
// "morris" fills mu, mu_star and sigma; the other fields are NaN.
struct SweepSensitivityRow {
  std::string method;
  std::string kpi;
  std::string factor;
  double first = 0, first_low = 0, first_high = 0;
  double total = 0, total_low = 0, total_high = 0;
  double mu = 0, mu_star = 0, sigma = 0;
};

// A weekly series of every run: values [runs, rows, columns], runs in the order of `runs`.
struct SweepSeries {
  std::string name;
  std::string unit;
  std::string description;
  std::vector<std::string> columns;
  std::size_t rows = 0;
  std::vector<double> values;
};

struct SweepRecord {
  std::string name;
  std::string description;
  std::string design;             // grid, lhs, sobol, saltelli, morris
  std::string definition_source;  // the sweep file as given
  std::string definition_toml;    // its text
  std::string base_scenario;      // the resolved base scenario (TOML); a point = base + its factor values
  std::string identity;           // "sha256:..." of everything that decides the results
  std::int64_t replications = 0;
  std::int32_t mpi_world_size = 1;
  std::vector<std::string> hosts;  // host name of every MPI rank
  std::vector<std::string> kpis_analysed;

  std::vector<SweepFactorRecord> factors;
  // Per point: the factor values as TOML text and as numbers (booleans 0/1, choices their index in
  // the listed values), design coordinates in [0, 1] (NaN for the grid) and the resolved scenario's hash.
  std::vector<std::string> point_values;  // points x factors
  std::vector<double> point_numeric;      // points x factors
  std::vector<double> point_unit;         // points x factors
  std::vector<std::string> point_hashes;  // points

  std::vector<SweepRunRow> runs;  // ordered by (point, replication)
  std::vector<std::string> kpi_names;
  std::vector<std::string> kpi_units;
  std::vector<std::string> kpi_undefined_when;  // per KPI: when it is undefined (NaN); empty: always defined
  std::vector<double> kpis;  // runs x kpi_names

  std::vector<SweepSensitivityRow> sensitivity;
  std::vector<SweepSeries> series;

  std::size_t point_count() const { return point_hashes.size(); }
  double kpi(std::size_t run, std::size_t column) const { return kpis[run * kpi_names.size() + column]; }
};

// Writes the file atomically: under a temporary name, renamed when complete; nothing is left
// behind on failure. Throws ResultsFileError.
void write_sweep_file(const std::filesystem::path& path, const FileProvenance& provenance, const SweepRecord& sweep);

// True when path is a regiosim file of kind "sweep" (false for results files; throws for files
// that are not regiosim files at all).
bool is_sweep_file(const std::filesystem::path& path);
SweepRecord read_sweep_file(const std::filesystem::path& path, FileProvenance* provenance = nullptr);

}  // namespace regiosim::output
