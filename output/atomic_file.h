// Output files written completely or not at all, under temporary names nobody can predict.
//
// Every file regiosim writes (results, sweep, calibration and findings files, a calibration's
// ready scenario) is made next to its target as "<target name>.tmp-<pid>-<12 random letters and
// digits>" and renamed onto the target when complete; on any failure the temporary file is
// removed and the target is left as it was. The temporary file is created exclusively
// (O_CREAT|O_EXCL, which also refuses a symbolic link at that name): a file or link planted there
// is never opened, followed or overwritten, and the random part makes the name unpredictable.
// The pid in the name lets a later writer remove what a killed writer left behind.
//
//   output::write_file_atomically("results/x.scenario.toml", text);
//
//   output::AtomicOutput out(target, [&](const std::filesystem::path& name) {
//     return create_exclusively(name);  // true, or false with errno set (EEXIST: try another name)
//   });
//   ... write out.temporary() ...
//   out.commit();                       // fsync, then rename onto target
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace regiosim::output {

// "<target name>.tmp-<pid>-<12 random letters and digits>" in target's folder.
std::filesystem::path temporary_name(const std::filesystem::path& target);

// Removes regular files named "<target name>.tmp-<pid>..." whose pid is not a running process
// (writers that were killed). A live writer's file, a name that does not parse as a pid (a stray
// "x.h5.tmp-99999999999999999999") and anything that is not a regular file are left alone.
void remove_stale_temporaries(const std::filesystem::path& target) noexcept;

// "No space left on device" for an errno value.
std::string system_error_text(int error);

// Where temporary names come from: temporary_name, or in tests names where a file was planted.
using TemporaryNames = std::function<std::filesystem::path(const std::filesystem::path& target)>;

class AtomicOutput {
 public:
  // Creates the temporary file next to target: create(name) must create `name` exclusively and
  // return true, or return false with errno set. EEXIST (the name is taken) tries another name;
  // any other failure throws ResultsFileError with the system's reason.
  AtomicOutput(std::filesystem::path target, const std::function<bool(const std::filesystem::path&)>& create,
               const TemporaryNames& names = temporary_name);
  // Removes the temporary file unless committed.
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  const std::filesystem::path& target() const noexcept { return target_; }
  const std::filesystem::path& temporary() const noexcept { return temporary_; }
  bool committed() const noexcept { return committed_; }

  // Writes the temporary file's data to the disk (fsync) and renames it onto the target, replacing
  // an existing target in one step. Close the file before. Throws ResultsFileError (with the
  // system's reason) and removes the temporary file on failure.
  void commit();
  // Removes the temporary file now (idempotent).
  void discard() noexcept;

 private:
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  bool committed_ = false;
  bool discarded_ = false;
};

// Writes `text` to a new temporary file next to `path` and returns it; commit() puts it in place
// (so that several files can appear together only when all are complete). Throws ResultsFileError
// with the system's reason; nothing is left behind then.
std::unique_ptr<AtomicOutput> prepare_file(const std::filesystem::path& path, std::string_view text,
                                           const TemporaryNames& names = temporary_name);

// prepare_file(path, text)->commit(): the file is complete or not there at all (an existing file is
// kept on failure).
void write_file_atomically(const std::filesystem::path& path, std::string_view text,
                           const TemporaryNames& names = temporary_name);

}  // namespace regiosim::output
