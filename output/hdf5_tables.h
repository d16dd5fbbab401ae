// Private to output/: reading compound tables (write_table is in hdf5_io.h) and numeric matrices, as
// the sweep and calibration files store them, and the check that a file is a regiosim file of this
// format version. The all-or-nothing write is commit_file (checksums.h).
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

}  // namespace regiosim::output::detail
