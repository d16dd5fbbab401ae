// Private to output/: small HDF5 helpers that turn every failure into a ResultsFileError naming
// the file and the object ("results.h5: /scenarios/baseline/kpi: cannot read dataset").
// Call all of these with hdf5_mutex() held.
#pragma once

#include "output/atomic_file.h"
#include "output/hdf5_handles.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace regiosim::output {
struct FileProvenance;
}

namespace regiosim::output::detail {

// The file an operation is about, for error messages.
class Context {
 public:
  explicit Context(std::string file) : file_(std::move(file)) {}
  const std::string& file() const noexcept { return file_; }

  [[noreturn]] void fail(std::string_view object, std::string_view what) const;
  // Returns id, or throws when it is negative (an HDF5 failure). The message ends with the
  // system's reason where the failure came from the operating system ("No space left on device").
  hid_t check_id(hid_t id, std::string_view object, std::string_view what) const;
  // Throws when rc is negative (an HDF5 failure), with the system's reason as check_id.
  void check_rc(herr_t rc, std::string_view object, std::string_view what) const;

 private:
  std::string file_;
};

// "parent/name", with a single slash after the root.
std::string join_path(std::string_view parent, std::string_view name);

// Variable-length UTF-8 string type.
TypeHandle vlen_string_type(const Context& ctx);
// An object-creation property list of class cls (H5P_GROUP_CREATE, H5P_DATASET_CREATE) that does
// not record modification times, so identical content gives identical bytes.
PlistHandle creation_plist(const Context& ctx, hid_t cls);

GroupHandle create_group(const Context& ctx, hid_t parent, const std::string& path, const std::string& name,
                         bool track_creation_order = false);
GroupHandle open_group(const Context& ctx, hid_t parent, const std::string& path, const std::string& name);
DatasetHandle open_dataset(const Context& ctx, hid_t parent, const std::string& path, const std::string& name);
// True when parent has a link called name (no HDF5 error when it has not).
bool has_link(hid_t parent, const std::string& name);
bool has_attribute(hid_t object, const std::string& name);

// Names of the links in a group: in creation order where the group tracks it, else by name.
std::vector<std::string> link_names(const Context& ctx, hid_t group, const std::string& path);

// Attributes. path names the object for error messages.
void write_string_attribute(const Context& ctx, hid_t object, const std::string& path, const std::string& name,
                            const std::string& value);
void write_strings_attribute(const Context& ctx, hid_t object, const std::string& path, const std::string& name,
                             const std::vector<std::string>& values);
// A scalar numeric attribute stored as file_type, given in memory as mem_type at value.
void write_scalar_attribute(const Context& ctx, hid_t object, const std::string& path, const std::string& name,
                            hid_t file_type, hid_t mem_type, const void* value);

std::string read_string_attribute(const Context& ctx, hid_t object, const std::string& path, const std::string& name);
std::vector<std::string> read_strings_attribute(const Context& ctx, hid_t object, const std::string& path,
                                                const std::string& name);
void read_scalar_attribute(const Context& ctx, hid_t object, const std::string& path, const std::string& name,
                           hid_t mem_type, void* value);
std::int64_t read_int64_attribute(const Context& ctx, hid_t object, const std::string& path, const std::string& name);

// A scalar string dataset.
DatasetHandle write_string_dataset(const Context& ctx, hid_t parent, const std::string& parent_path,
                                   const std::string& name, const std::string& value);
std::string read_string_dataset(const Context& ctx, hid_t dataset, const std::string& path);

// The root attributes every regiosim file carries: format_version, engine, and the provenance
// (engine version and commit, command line, creation time, threads, base seed, replications).
void write_provenance_attributes(const Context& ctx, hid_t root, const FileProvenance& provenance);
FileProvenance read_provenance_attributes(const Context& ctx, hid_t root);

// The errno that the innermost entry of the calling thread's HDF5 error stack reports (its file
// drivers write "errno = 28" into the message of a failed read, write or open), 0 when none.
int hdf5_errno() noexcept;

struct WriteStatus;

// A new HDF5 file written under an unpredictable temporary name next to its target
// (output/atomic_file.h) and renamed onto the target by commit(). It is written through
// regiosim's file driver (output/hdf5_write_driver.h): the temporary file is created with
// O_CREAT|O_EXCL|O_NOFOLLOW (a file or link planted at the name is never opened; a taken name is
// retried with another), and a write the system refuses (a full disk, a file-size limit) stops
// the writing without HDF5 noticing, so that the file can always be closed and removed. After each
// step a writer calls check_written(); commit() checks again. Call everything with hdf5_mutex() held.
class NewHdf5File {
 public:
  NewHdf5File(const Context& ctx, const std::filesystem::path& target, const TemporaryNames& names = temporary_name);
  ~NewHdf5File();  // discard() unless committed
  NewHdf5File(const NewHdf5File&) = delete;
  NewHdf5File& operator=(const NewHdf5File&) = delete;

  hid_t get() const noexcept { return file_.get(); }
  const std::filesystem::path& temporary() const noexcept { return output_.temporary(); }

  // The errno of the first write the system refused, 0 when every write so far reached the file.
  int write_error() const noexcept;
  // Throws ResultsFileError ("x.h5: cannot write the file: No space left on device") when a write
  // failed.
  void check_written(const Context& ctx) const;
  // Checks that no object of the file is still open, closes it, checks every write reached the
  // file, stamps the content digest into its user block (output/file_digest.h) and renames it onto
  // the target (output/atomic_file.h). On failure the file is discarded
  // and ResultsFileError thrown.
  void commit(const Context& ctx);
  // Nothing more reaches the disk; closing the file's objects then writes nothing. Idempotent.
  void stop_writing() noexcept;
  // stop_writing(), close the file (and any object of it still open), remove the temporary file.
  // Idempotent.
  void discard() noexcept;

 private:
  std::shared_ptr<WriteStatus> status_;
  FileHandle file_;       // before output_: AtomicOutput's constructor creates it
  AtomicOutput output_;
};

// Opens a regiosim file read-only after verify_digest() (output/file_digest.h) accepted it, so
// that HDF5 never parses bytes changed after writing. Every reader opens files through this.
FileHandle open_verified_file(const Context& ctx);

// Throws ResultsFileError when `elements` values of `element_size` bytes are more than the file
// that holds `object` could store (compressed), so that a damaged or crafted extent is refused
// before anything is allocated for it.
void check_extent(const Context& ctx, hid_t object, const std::string& path, hsize_t elements,
                  std::size_t element_size);

// Dimensions of a dataset's dataspace, their product checked with check_extent().
std::vector<hsize_t> dataset_dims(const Context& ctx, hid_t dataset, const std::string& path);

// A column of a compound table: float64, int64, uint64, int32 or string.
struct Column {
  enum class Kind { f64, i64, u64, i32, str };
  std::string name;
  Kind kind = Kind::f64;
  std::vector<double> f;
  std::vector<std::int64_t> i;
  std::vector<std::uint64_t> u;
  std::vector<std::string> s;

  static Column doubles(std::string n, std::vector<double> v) { Column c{std::move(n), Kind::f64}; c.f = std::move(v); return c; }
  static Column int64s(std::string n, std::vector<std::int64_t> v) { Column c{std::move(n), Kind::i64}; c.i = std::move(v); return c; }
  static Column uint64s(std::string n, std::vector<std::uint64_t> v) { Column c{std::move(n), Kind::u64}; c.u = std::move(v); return c; }
  static Column int32s(std::string n, std::vector<std::int64_t> v) { Column c{std::move(n), Kind::i32}; c.i = std::move(v); return c; }
  static Column strings(std::string n, std::vector<std::string> v) { Column c{std::move(n), Kind::str}; c.s = std::move(v); return c; }
};

// Writes a one-dimensional compound dataset of `rows` rows with a `description` attribute. The
// in-memory layout equals the file layout (little-endian machine), strings as pointers to
// NUL-terminated UTF-8.
void write_table(const Context& ctx, hid_t parent, const std::string& parent_path, const std::string& name,
                 const std::vector<Column>& columns, std::size_t rows, const std::string& description);

}  // namespace regiosim::output::detail
