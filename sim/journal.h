// An append-only checkpoint journal: keyed records (e.g. one finished run of a sweep each), every
// record checksummed (CRC-32) and written through to the disk before append() returns. A process
// killed at any moment (SIGKILL, power loss after the last fdatasync) leaves a journal whose valid
// prefix holds every record that was appended; a torn last record is detected and cut off when the
// journal is opened again.
//
//   sim::Journal journal(path, identity, sim::Journal::Mode::resume);
//   for (const auto& r : journal.recovered()) done[r.key] = decode(r.payload);
//   journal.append(job, encode(result));
//   ...
//   journal.remove();   // once the results are safely stored elsewhere
//
// The identity (e.g. a hash of the sweep definition) is stored in the header; resuming a journal
// written for something else fails with JournalError instead of mixing results.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace regiosim::sim {

class JournalError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Journal {
 public:
  enum class Mode {
    fresh,   // start an empty journal (an existing file is replaced)
    resume,  // keep the valid records of an existing journal with the same identity
  };
  struct Record {
    std::uint64_t key = 0;
    std::string payload;
  };

  Journal(std::filesystem::path path, std::string identity, Mode mode);
  ~Journal();
  Journal(const Journal&) = delete;
  Journal& operator=(const Journal&) = delete;

  // Records found when resuming, in the order they were appended (empty for Mode::fresh).
  const std::vector<Record>& recovered() const noexcept { return recovered_; }
  // True when resuming found a torn or corrupt tail, which was cut off.
  bool repaired() const noexcept { return repaired_; }

  // Appends one record and flushes it to the disk. Not thread-safe: call from one thread.
  void append(std::uint64_t key, std::string_view payload);
  // Closes and deletes the journal file.
  void remove();

  const std::filesystem::path& path() const noexcept { return path_; }

 private:
  void create();
  void write_all(std::string_view bytes);

  std::filesystem::path path_;
  std::string identity_;
  int fd_ = -1;
  std::vector<Record> recovered_;
  bool repaired_ = false;
};

}  // namespace regiosim::sim
