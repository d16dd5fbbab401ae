#include "output/hdf5_tables.h"

#include "output/checksums.h"
#include "output/results_file.h"

#include <unistd.h>

#include <cstring>

namespace regiosim::output::detail {

namespace {

std::size_t field_size(Column::Kind k) { return k == Column::Kind::i32 ? 4 : 8; }

hid_t file_type_of(Column::Kind k, hid_t string_type) {
  switch (k) {
    case Column::Kind::f64: return H5T_IEEE_F64LE;
    case Column::Kind::i64: return H5T_STD_I64LE;
    case Column::Kind::u64: return H5T_STD_U64LE;
    case Column::Kind::i32: return H5T_STD_I32LE;
    case Column::Kind::str: return string_type;
  }
  return H5T_IEEE_F64LE;
}

}  // namespace

// Writes a one-dimensional compound dataset of `rows` rows. The in-memory layout equals the file
// layout (little-endian machine), strings as pointers to NUL-terminated UTF-8.
void write_table(const Context& ctx, hid_t parent, const std::string& parent_path, const std::string& name,
                 const std::vector<Column>& columns, std::size_t rows, const std::string& description) {
  const std::string path = join_path(parent_path, name);
  const std::string what = "cannot write table";
  TypeHandle str = vlen_string_type(ctx);
  std::size_t row_size = 0;
  std::vector<std::size_t> offsets;
  for (const auto& c : columns) {
    offsets.push_back(row_size);
    row_size += field_size(c.kind);
  }
  if (row_size == 0) ctx.fail(path, "a table needs at least one column");
  TypeHandle type(ctx.check_id(H5Tcreate(H5T_COMPOUND, row_size), path, what));
  for (std::size_t c = 0; c < columns.size(); ++c) {
    ctx.check_rc(H5Tinsert(type.get(), columns[c].name.c_str(), offsets[c], file_type_of(columns[c].kind, str.get())),
                 path, what + " (column " + columns[c].name + ")");
  }
  std::vector<unsigned char> buffer(rows * row_size);
  for (std::size_t r = 0; r < rows; ++r) {
    unsigned char* row = buffer.data() + r * row_size;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const Column& col = columns[c];
      unsigned char* p = row + offsets[c];
      switch (col.kind) {
        case Column::Kind::f64: std::memcpy(p, &col.f.at(r), 8); break;
        case Column::Kind::i64: std::memcpy(p, &col.i.at(r), 8); break;
        case Column::Kind::u64: std::memcpy(p, &col.u.at(r), 8); break;
        case Column::Kind::i32: {
          const auto v = static_cast<std::int32_t>(col.i.at(r));
          std::memcpy(p, &v, 4);
          break;
        }
        case Column::Kind::str: {
          const char* s = col.s.at(r).c_str();
          std::memcpy(p, &s, sizeof s);
          break;
        }
      }
    }
  }
  const hsize_t dims[1] = {rows};
  DataspaceHandle space(ctx.check_id(H5Screate_simple(1, dims, nullptr), path, what));
  PlistHandle dcpl = creation_plist(ctx, H5P_DATASET_CREATE);
  DatasetHandle ds(ctx.check_id(H5Dcreate2(parent, name.c_str(), type.get(), space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT),
                                path, what));
  if (rows > 0) ctx.check_rc(H5Dwrite(ds.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data()), path, what);
  write_string_attribute(ctx, ds.get(), path, "description", description);
}

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
  const hid_t id = H5Fopen(ctx.file().c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  if (id < 0) ctx.fail("", "not an HDF5 file or cannot be opened");
  file = FileHandle(id);
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
void write_file_atomically(const Context& ctx, const std::filesystem::path& path, const std::function<void(hid_t)>& contents) {
  std::error_code ec;
  if (const auto parent = path.parent_path(); !parent.empty()) std::filesystem::create_directories(parent, ec);
  remove_stale_temporaries(path);
  const std::filesystem::path temporary = path.string() + ".tmp-" + std::to_string(static_cast<long long>(::getpid()));
  try {
    {
      FileHandle file(ctx.check_id(H5Fcreate(temporary.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), "",
                                   "cannot create temporary file " + temporary.string()));
      contents(file.get());
      stamp_checksums(ctx, file.get());
      ctx.check_rc(H5Fflush(file.get(), H5F_SCOPE_GLOBAL), "", "cannot flush " + temporary.string());
      ctx.check_rc(H5Fclose(file.release()), "", "cannot close " + temporary.string());
    }
    std::filesystem::rename(temporary, path, ec);
    if (ec) ctx.fail("", "cannot rename " + temporary.string() + " to the target: " + ec.message());
  } catch (...) {
    std::filesystem::remove(temporary, ec);
    throw;
  }
}

}  // namespace regiosim::output::detail
