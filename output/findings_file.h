// Findings files: the table of `regiosim findings` (paired experiments checking the published
// findings' directions), one HDF5 file written completely or not at all. Same family as results
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
  std::string expectation;
  std::int64_t expected_sign = 1;
  double mean = 0, low = 0, high = 0;  // variant - baseline, paired by replication, 95% interval
  std::int64_t n = 0;
  bool passed = false;
};

struct FindingsRecord {
  std::string region;           // the region's scenario name
  std::string region_source;    // the scenario file as given
  std::string region_toml;      // the region's resolved scenario
  std::int64_t replications = 0;
  std::vector<FindingRow> rows;
};

void write_findings_file(const std::filesystem::path& path, const FileProvenance& provenance, const FindingsRecord& record);

// Whether `path` is a regiosim findings file (file_kind = "findings").
bool is_findings_file(const std::filesystem::path& path);

// Reads a findings file (throws ResultsFileError naming the file and the dataset).
FindingsRecord read_findings_file(const std::filesystem::path& path, FileProvenance* provenance = nullptr);

}  // namespace regiosim::output
