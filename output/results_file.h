// HDF5 results files: one file per `regiosim run`, self-describing, written completely or not at
// all. The writer puts everything under an unpredictable temporary name next to the target
// (output/atomic_file.h) and renames it on commit(); a writer destroyed without commit(), or whose
// write failed (a full disk: the exception names the system's reason), removes its temporary file.
// The target's folder must exist. The schema is documented in docs/hdf5-schema.md
// (format_version 1); the reader refuses other versions.
//
//   output::ResultsWriter w(path, provenance);
//   w.add_scenario(scenario_record, replications);
//   w.write_run(run_result);     // thread-safe; runs may arrive in any order
//   w.commit();
//
//   output::ResultsReader r(path);
//   for (const auto& name : r.scenario_names()) { auto k = r.kpis(name); ... }
#pragma once

#include "output/uncertainty_record.h"
#include "sim/run_result.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace regiosim::output {

inline constexpr int kFormatVersion = 1;

// A problem with a results file (not a regiosim file, unknown version, missing object, I/O).
class ResultsFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct FileProvenance {
  std::string engine_version;  // e.g. "0.1.0"
  std::string engine_commit;   // git commit or "unknown"
  std::string command_line;    // the command that produced the file
  std::string created_utc;     // ISO 8601, e.g. "2026-11-23T10:15:00Z"
  std::int32_t threads = 1;
  std::uint64_t base_seed = 0;
  std::int64_t replications = 0;
};

struct ParameterRecord {
  std::string key;
  std::string value;  // as TOML writes it: 80.0, "integral", [0.1, 0.9]
  std::string unit;
  std::string source;
};

struct ScenarioRecord {
  std::string name;           // unique within a file; used as an HDF5 group name
  std::string role;           // "baseline" or "variant"
  std::string description;
  std::string label, label_nl, label_en;  // what a report calls it; empty: not given
  std::string resolved_toml;  // the complete resolved scenario, every parameter
  std::string content_hash;   // "sha256:<64 hex digits>" of resolved_toml
  std::vector<ParameterRecord> parameters;
};

struct ScenarioInfo {
  ScenarioRecord record;
  std::int64_t replications = 0;
  std::vector<std::uint64_t> seeds;  // per replication
};

struct KpiTable {
  std::vector<std::string> names;         // column order
  std::vector<std::string> units;
  std::vector<std::string> descriptions;
  std::size_t replications = 0;
  std::vector<double> values;             // replications x names, row-major

  double at(std::size_t replication, std::size_t column) const { return values[replication * names.size() + column]; }
  std::vector<double> column(const std::string& name) const;  // throws ResultsFileError if absent
};

// Every file regiosim writes starts with a content digest (a SHA-256 of the file, in its HDF5
// user block; docs/hdf5-schema.md), and every dataset carries a CRC-32 of its content (attribute
// `checksum`). verify_file() checks the digest before HDF5 reads anything (every reader of this
// library does that too), then recomputes the CRCs; it throws ResultsFileError naming the file
// and what is wrong ("damaged: content digest does not match ...", or the first damaged dataset).
// Files without the digest (written by older versions) are refused.
struct IntegrityCheck {
  std::size_t verified = 0;
  std::size_t unchecked = 0;
};
IntegrityCheck verify_file(const std::filesystem::path& path);

class ResultsWriter {
 public:
  ResultsWriter(std::filesystem::path path, FileProvenance provenance);
  ~ResultsWriter();
  ResultsWriter(const ResultsWriter&) = delete;
  ResultsWriter& operator=(const ResultsWriter&) = delete;

  // Declares a scenario and its number of replications; call before write_run for it.
  void add_scenario(const ScenarioRecord& scenario, std::int64_t replications);
  // Writes one finished run. Thread-safe. Replications may arrive in any order; the file's content
  // does not depend on the order.
  void write_run(const sim::RunResult& run);
  // Stores the draws of an uncertainty run (group /uncertainty), written by commit().
  void set_uncertainty(UncertaintyRecord record);
  // Checks every declared run was written, closes the file and renames it to the target path.
  void commit();

  const std::filesystem::path& temporary_path() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class ResultsReader {
 public:
  explicit ResultsReader(const std::filesystem::path& path);
  ~ResultsReader();
  ResultsReader(const ResultsReader&) = delete;
  ResultsReader& operator=(const ResultsReader&) = delete;

  FileProvenance provenance() const;
  int format_version() const;
  std::vector<std::string> scenario_names() const;  // in the order they were added
  ScenarioInfo scenario(const std::string& name) const;
  KpiTable kpis(const std::string& scenario) const;
  // Series of one group: "timeseries" (rows = observed weeks) or e.g. "curves".
  std::vector<std::string> series_names(const std::string& scenario, const std::string& group = "timeseries") const;
  sim::SeriesTable series(const std::string& scenario, const std::string& series, std::size_t replication,
                          const std::string& group = "timeseries") const;
  // Names of the scenario's record tables (e.g. "events", "spells").
  std::vector<std::string> record_names(const std::string& scenario) const;
  // A record table of all replications (a leading "replication" column), if written.
  std::optional<sim::RecordTable> records(const std::string& scenario, const std::string& name) const;
  // The draws of an uncertainty run, if the file holds them (the optional group /uncertainty).
  std::optional<UncertaintyRecord> uncertainty() const;
  // The event history: records(scenario, "events").
  std::optional<sim::RecordTable> events(const std::string& scenario) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace regiosim::output
