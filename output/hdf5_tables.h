// Private to output/: compound tables (one row per record, one field per column) and numeric
// matrices, as the sweep and calibration files store them, the check that a file is a regiosim file
// of this format version, and the all-or-nothing write (temporary name, checksums, rename).
// Call all of these with hdf5_mutex() held.
#pragma once

#include "output/hdf5_io.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace regiosim::output::detail {

inline constexpr const char* kEngine = "regiosim";

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


// Writes a one-dimensional compound dataset of `rows` rows with a `description` attribute.
void write_table(const Context& ctx, hid_t parent, const std::string& parent_path, const std::string& name,
                 const std::vector<Column>& columns, std::size_t rows, const std::string& description);
std::size_t table_rows(const Context& ctx, hid_t ds, const std::string& path);
std::vector<std::string> field_names(const Context& ctx, hid_t ds, const std::string& path);
std::vector<std::string> read_string_field(const Context& ctx, hid_t ds, const std::string& path, const std::string& field);

// Reads one numeric field of a compound table, converted to T.
template <class T>
std::vector<T> read_field(const Context& ctx, hid_t ds, const std::string& path, const std::string& field, hid_t mem) {
  const std::size_t rows = table_rows(ctx, ds, path);
  TypeHandle type(ctx.check_id(H5Tcreate(H5T_COMPOUND, sizeof(T)), path, "cannot read field " + field));
  ctx.check_rc(H5Tinsert(type.get(), field.c_str(), 0, mem), path, "cannot read field " + field);
  std::vector<T> out(rows);
  if (rows > 0) ctx.check_rc(H5Dread(ds, type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, out.data()), path, "cannot read field " + field);
  return out;
}

// A float64 dataset of the given dimensions (chunked by first-dimension rows and compressed when asked).
void write_matrix(const Context& ctx, hid_t parent, const std::string& parent_path, const std::string& name,
                  const std::vector<hsize_t>& dims, const std::vector<double>& values, bool compress);
std::vector<double> read_matrix(const Context& ctx, hid_t parent, const std::string& parent_path, const std::string& name,
                                std::vector<hsize_t>& dims);

// Opens ctx.file() read-only into `file` and checks that it is a regiosim file of this
// format_version; returns its file_kind ("results" when absent).
std::string open_regiosim_file(const Context& ctx, FileHandle& file);

// Creates the file under a temporary name next to path, lets `contents` fill it, stamps the
// checksums and renames it onto path; on any failure the temporary file is removed and the error
// passed on.
void write_file_atomically(const Context& ctx, const std::filesystem::path& path, const std::function<void(hid_t)>& contents);

}  // namespace regiosim::output::detail
