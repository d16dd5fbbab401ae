#include "output/hdf5_tables.h"

#include "output/results_file.h"

#include <cstring>

namespace regiosim::output::detail {

std::size_t table_rows(const Context& ctx, hid_t ds, const std::string& path) {
  const auto dims = dataset_dims(ctx, ds, path);
  if (dims.size() != 1) ctx.fail(path, "expected a one-dimensional table");
  return static_cast<std::size_t>(dims[0]);
}

std::vector<std::string> field_names(const Context& ctx, hid_t ds, const std::string& path) {
  TypeHandle type(ctx.check_id(H5Dget_type(ds), path, "cannot read table type"));
  if (H5Tget_class(type.get()) != H5T_COMPOUND) ctx.fail(path, "expected a compound table");
  const int n = H5Tget_nmembers(type.get());
  std::vector<std::string> names;
  for (int m = 0; m < n; ++m) {
    char* name = H5Tget_member_name(type.get(), static_cast<unsigned>(m));
    names.emplace_back(name);
    H5free_memory(name);
  }
  return names;
}

std::vector<std::string> read_string_field(const Context& ctx, hid_t ds, const std::string& path, const std::string& field) {
  const std::size_t rows = table_rows(ctx, ds, path);
  TypeHandle str = vlen_string_type(ctx);
  TypeHandle type(ctx.check_id(H5Tcreate(H5T_COMPOUND, sizeof(char*)), path, "cannot read field " + field));
  ctx.check_rc(H5Tinsert(type.get(), field.c_str(), 0, str.get()), path, "cannot read field " + field);
  std::vector<char*> raw(rows, nullptr);
  std::vector<std::string> out(rows);
  if (rows == 0) return out;
  ctx.check_rc(H5Dread(ds, type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, raw.data()), path, "cannot read field " + field);
  for (std::size_t r = 0; r < rows; ++r) out[r] = raw[r] != nullptr ? raw[r] : "";
  const hsize_t dims[1] = {rows};
  DataspaceHandle space(H5Screate_simple(1, dims, nullptr));
  H5Dvlen_reclaim(type.get(), space.get(), H5P_DEFAULT, raw.data());
  return out;
}

void write_matrix(const Context& ctx, hid_t parent, const std::string& parent_path, const std::string& name,
                  const std::vector<hsize_t>& dims, const std::vector<double>& values, bool compress) {
  const std::string path = join_path(parent_path, name);
  const std::string what = "cannot write dataset";
  DataspaceHandle space(ctx.check_id(H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr), path, what));
  PlistHandle dcpl = creation_plist(ctx, H5P_DATASET_CREATE);
  bool empty = false;
  for (auto d : dims) empty = empty || d == 0;
  if (compress && !empty) {
    std::vector<hsize_t> chunk = dims;
    chunk[0] = 1;
    ctx.check_rc(H5Pset_chunk(dcpl.get(), static_cast<int>(chunk.size()), chunk.data()), path, what);
    ctx.check_rc(H5Pset_shuffle(dcpl.get()), path, what);
    ctx.check_rc(H5Pset_deflate(dcpl.get(), 4), path, what);
  }
  DatasetHandle ds(ctx.check_id(
      H5Dcreate2(parent, name.c_str(), H5T_IEEE_F64LE, space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT), path, what));
  if (!empty) ctx.check_rc(H5Dwrite(ds.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()), path, what);
}

std::vector<double> read_matrix(const Context& ctx, hid_t parent, const std::string& parent_path, const std::string& name,
                                std::vector<hsize_t>& dims) {
  DatasetHandle ds = open_dataset(ctx, parent, parent_path, name);
  const std::string path = join_path(parent_path, name);
  dims = dataset_dims(ctx, ds.get(), path);
  std::size_t n = 1;
  for (auto d : dims) n *= static_cast<std::size_t>(d);
  std::vector<double> values(n);
  if (n > 0) ctx.check_rc(H5Dread(ds.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()), path, "cannot read dataset");
  return values;
}

// Opens the file and checks that it is a regiosim file; returns its file_kind ("results" when absent).
std::string open_regiosim_file(const Context& ctx, FileHandle& file) {
  file = open_verified_file(ctx);
  const hid_t root = file.get();
  if (!has_attribute(root, "engine") || read_string_attribute(ctx, root, "/", "engine") != kEngine) {
    ctx.fail("", "not a regiosim results file");
  }
  if (!has_attribute(root, "format_version")) ctx.fail("", "not a regiosim results file (no format_version attribute)");
  const auto v = read_int64_attribute(ctx, root, "/", "format_version");
  if (v != kFormatVersion) {
    ctx.fail("", "format_version " + std::to_string(v) + " is not supported by this build (reads " +
                     std::to_string(kFormatVersion) + ")");
  }
  return has_attribute(root, "file_kind") ? read_string_attribute(ctx, root, "/", "file_kind") : std::string("results");
}

}  // namespace regiosim::output::detail
