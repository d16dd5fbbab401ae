// Findings files: the table of `regiosim findings` (paired experiments checking the published
// claims under the priors), one HDF5 file written completely or not at all. Same family as results
// files (root attribute `engine = "regiosim"`, `format_version` 1) with `file_kind = "findings"`;
// the layout is in docs/hdf5-schema.md ("Findings files").
//
//   output::write_findings_file(path, provenance, record);
#pragma once

#include "output/results_file.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace regiosim::output {

struct FindingRow {
  std::string id;
  std::string statement;
  std::string source;
  std::string kind;         // behaviour or mechanism
  std::string baseline;     // the baseline arm's overrides, "; "-separated
  std::string variant;      // the variant arm's overrides
  std::string kpi;
  std::string minus_kpi;    // empty: plain difference
  std::string unit;         // the KPI's unit (models/kpis.cc), for readers that format the effect
  std::string expectation;
  std::int64_t expected_sign = 1;
  // variant - baseline under the priors: the median over draws of the draw's mean over replications
  // (paired by seed), and where 95% of the draws lie.
  double mean = 0, low = 0, high = 0;
  std::int64_t n = 0;           // draws with a defined effect
  std::int64_t holds_in = 0;    // draws in which the effect has the claimed sign
  bool passed = false;          // holds_in >= 90% of n
};

struct FindingsRecord {
  std::string region;           // the region's scenario name
  std::string region_source;    // the scenario file as given
  std::string region_toml;      // the region's resolved scenario
  std::int64_t replications = 0;  // per draw and arm
  std::int64_t draws = 0;         // parameter sets drawn from the priors
  std::vector<FindingRow> rows;
};

void write_findings_file(const std::filesystem::path& path, const FileProvenance& provenance, const FindingsRecord& record);

// Whether `path` is a regiosim findings file (file_kind = "findings").
bool is_findings_file(const std::filesystem::path& path);

// Reads a findings file (throws ResultsFileError naming the file and the dataset).
FindingsRecord read_findings_file(const std::filesystem::path& path, FileProvenance* provenance = nullptr);

}  // namespace regiosim::output
