#include "output/hdf5_io.h"

#include "output/file_digest.h"
#include "output/hdf5_write_driver.h"
#include "output/results_file.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <limits>

namespace regiosim::output::detail {

void Context::fail(std::string_view object, std::string_view what) const {
  std::string message = file_;
  if (!object.empty()) {
    message += ": ";
    message += object;
  }
  message += ": ";
  message += what;
  throw ResultsFileError(message);
}

namespace {

// "what: No space left on device" where the HDF5 failure just reported came from the system.
std::string with_system_reason(std::string_view what) {
  std::string message(what);
  if (const int error = hdf5_errno(); error != 0) message += ": " + system_error_text(error);
  return message;
}

}  // namespace

hid_t Context::check_id(hid_t id, std::string_view object, std::string_view what) const {
  if (id < 0) {
    fail(object, with_system_reason(what));
  }
  return id;
}

void Context::check_rc(herr_t rc, std::string_view object, std::string_view what) const {
  if (rc < 0) {
    fail(object, with_system_reason(what));
  }
}

int hdf5_errno() noexcept {
  int found = 0;
  const auto visit = [](unsigned, const H5E_error2_t* entry, void* data) -> herr_t {
    int& error = *static_cast<int*>(data);
    if (error == 0 && entry != nullptr && entry->desc != nullptr) {
      if (const char* at = std::strstr(entry->desc, "errno = ")) error = std::atoi(at + 8);
    }
    return 0;
  };
  H5Ewalk2(H5E_DEFAULT, H5E_WALK_DOWNWARD, visit, &found);
  return found > 0 ? found : 0;
}

NewHdf5File::NewHdf5File(const Context& ctx, const std::filesystem::path& target, const TemporaryNames& names)
    : status_(std::make_shared<WriteStatus>()),
      output_(target, [&](const std::filesystem::path& name) {
        PlistHandle fapl = write_driver_fapl(ctx, status_);
        // STRONG: closing the file closes whatever of it is still open (after a failure);
        // commit() checks first that nothing is.
        ctx.check_rc(H5Pset_fclose_degree(fapl.get(), H5F_CLOSE_STRONG), "", "cannot create a file access property list");
        PlistHandle fcpl = user_block_fcpl(ctx);  // for the content digest (output/file_digest.h)
        status_->open_error = 0;
        file_ = FileHandle(H5Fcreate(name.c_str(), H5F_ACC_EXCL, fcpl.get(), fapl.get()));
        if (file_.valid()) return true;
        errno = status_->open_error != 0 ? status_->open_error : (hdf5_errno() != 0 ? hdf5_errno() : EIO);
        return false;
      }, names) {}

NewHdf5File::~NewHdf5File() {
  if (!output_.committed()) discard();
}

int NewHdf5File::write_error() const noexcept { return status_->error; }

void NewHdf5File::check_written(const Context& ctx) const {
  if (status_->error != 0) ctx.fail("", "cannot write the file: " + system_error_text(status_->error));
}

void NewHdf5File::stop_writing() noexcept { status_->discarding = true; }

void NewHdf5File::discard() noexcept {
  stop_writing();
  file_.reset();
  output_.discard();
}

void NewHdf5File::commit(const Context& ctx) {
  try {
    // Only the file itself may be open: an object left open is a bug of the writer.
    const ssize_t open_objects =
        H5Fget_obj_count(file_.get(), H5F_OBJ_DATASET | H5F_OBJ_GROUP | H5F_OBJ_DATATYPE | H5F_OBJ_ATTR | H5F_OBJ_LOCAL);
    ctx.check_rc(open_objects < 0 ? -1 : 0, "", "cannot count the open objects of the file");
    if (open_objects != 0) {
      ctx.fail("", "internal error: " + std::to_string(open_objects) + " objects of the file are still open at commit");
    }
    check_written(ctx);
    ctx.check_rc(H5Fclose(file_.release()), "", "cannot write the file");
    check_written(ctx);  // the closing writes, and close(2) itself
    stamp_digest(ctx, output_.temporary());
    output_.commit();
  } catch (...) {
    discard();
    throw;
  }
}

FileHandle open_verified_file(const Context& ctx) {
  verify_digest(ctx);
  const hid_t id = H5Fopen(ctx.file().c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  if (id < 0) ctx.fail("", "not an HDF5 file or cannot be opened");
  return FileHandle(id);
}

std::string join_path(std::string_view parent, std::string_view name) {
  std::string path(parent);
  if (path.empty() || path.back() != '/') {
    path += '/';
  }
  path += name;
  return path;
}

TypeHandle vlen_string_type(const Context& ctx) {
  TypeHandle type(ctx.check_id(H5Tcopy(H5T_C_S1), "", "cannot create string type"));
  ctx.check_rc(H5Tset_size(type.get(), H5T_VARIABLE), "", "cannot create string type");
  ctx.check_rc(H5Tset_cset(type.get(), H5T_CSET_UTF8), "", "cannot create string type");
  return type;
}

PlistHandle creation_plist(const Context& ctx, hid_t cls) {
  PlistHandle plist(ctx.check_id(H5Pcreate(cls), "", "cannot create property list"));
  ctx.check_rc(H5Pset_obj_track_times(plist.get(), false), "", "cannot create property list");
  return plist;
}

GroupHandle create_group(const Context& ctx, hid_t parent, const std::string& path, const std::string& name,
                         bool track_creation_order) {
  const std::string full = join_path(path, name);
  PlistHandle gcpl = creation_plist(ctx, H5P_GROUP_CREATE);
  if (track_creation_order) {
    ctx.check_rc(H5Pset_link_creation_order(gcpl.get(), H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED), full,
                 "cannot create group");
  }
  return GroupHandle(
      ctx.check_id(H5Gcreate2(parent, name.c_str(), H5P_DEFAULT, gcpl.get(), H5P_DEFAULT), full, "cannot create group"));
}

GroupHandle open_group(const Context& ctx, hid_t parent, const std::string& path, const std::string& name) {
  const std::string full = join_path(path, name);
  if (!has_link(parent, name)) {
    ctx.fail(full, "no such group");
  }
  return GroupHandle(ctx.check_id(H5Gopen2(parent, name.c_str(), H5P_DEFAULT), full, "cannot open group"));
}

DatasetHandle open_dataset(const Context& ctx, hid_t parent, const std::string& path, const std::string& name) {
  const std::string full = join_path(path, name);
  if (!has_link(parent, name)) {
    ctx.fail(full, "no such dataset");
  }
  return DatasetHandle(ctx.check_id(H5Dopen2(parent, name.c_str(), H5P_DEFAULT), full, "cannot open dataset"));
}

bool has_link(hid_t parent, const std::string& name) {
  if (name.empty() || name.find('/') != std::string::npos || name == ".") {
    return false;
  }
  return H5Lexists(parent, name.c_str(), H5P_DEFAULT) > 0;
}

bool has_attribute(hid_t object, const std::string& name) { return H5Aexists(object, name.c_str()) > 0; }

namespace {

herr_t collect_link_name(hid_t /*group*/, const char* name, const H5L_info_t* /*info*/, void* data) noexcept {
  try {
    static_cast<std::vector<std::string>*>(data)->emplace_back(name);
    return 0;
  } catch (...) {
    return -1;
  }
}

// The most bytes a dataset or attribute of a file of file_bytes bytes can hold in memory: its
// content compressed (deflate stores at most about 1032 bytes in one) or a single small value.
constexpr hsize_t kMaxExpansion = 1100;
constexpr hsize_t kMinLimit = hsize_t{1} << 20;

}  // namespace

void check_extent(const Context& ctx, hid_t object, const std::string& path, hsize_t elements,
                  std::size_t element_size) {
  const hid_t file_id = H5Iget_file_id(object);
  ctx.check_rc(file_id < 0 ? -1 : 0, path, "cannot find the file of the object");
  hsize_t file_bytes = 0;
  const herr_t rc = H5Fget_filesize(file_id, &file_bytes);
  H5Fclose(file_id);  // only drops the reference H5Iget_file_id took
  ctx.check_rc(rc, path, "cannot read the file's size");
  const hsize_t limit = file_bytes > (std::numeric_limits<hsize_t>::max() - kMinLimit) / kMaxExpansion
                            ? std::numeric_limits<hsize_t>::max()
                            : file_bytes * kMaxExpansion + kMinLimit;
  const hsize_t size = std::max<hsize_t>(element_size, 1);
  if (elements > limit / size || elements > std::numeric_limits<std::size_t>::max() / size) {
    ctx.fail(path, "claims " + std::to_string(elements) + " values of " + std::to_string(size) +
                       " bytes, more than the file can hold (damaged, or not written by regiosim)");
  }
}

namespace {

// Reads every element of a string attribute or dataset (vlen or fixed-length).
std::vector<std::string> read_strings(const Context& ctx, hid_t object, bool attribute, const std::string& what_path) {
  const char* what = attribute ? "cannot read attribute" : "cannot read dataset";
  TypeHandle file_type(ctx.check_id(attribute ? H5Aget_type(object) : H5Dget_type(object), what_path, what));
  if (H5Tget_class(file_type.get()) != H5T_STRING) {
    ctx.fail(what_path, "is not a string");
  }
  DataspaceHandle space(ctx.check_id(attribute ? H5Aget_space(object) : H5Dget_space(object), what_path, what));
  const hssize_t points = H5Sget_simple_extent_npoints(space.get());
  ctx.check_rc(points < 0 ? -1 : 0, what_path, what);
  check_extent(ctx, object, what_path, static_cast<hsize_t>(points),
               std::max(H5Tget_size(file_type.get()), sizeof(char*)));
  const auto n = static_cast<std::size_t>(points);
  std::vector<std::string> out;
  out.reserve(n);
  if (n == 0) {
    return out;
  }
  const htri_t variable = H5Tis_variable_str(file_type.get());
  ctx.check_rc(variable < 0 ? -1 : 0, what_path, what);
  if (variable > 0) {
    TypeHandle mem_type = vlen_string_type(ctx);
    std::vector<char*> buffer(n, nullptr);
    const herr_t rc = attribute ? H5Aread(object, mem_type.get(), buffer.data())
                                : H5Dread(object, mem_type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data());
    ctx.check_rc(rc, what_path, what);
    try {
      for (char* s : buffer) {
        out.emplace_back(s == nullptr ? "" : s);
      }
    } catch (...) {
      H5Dvlen_reclaim(mem_type.get(), space.get(), H5P_DEFAULT, buffer.data());
      throw;
    }
    ctx.check_rc(H5Dvlen_reclaim(mem_type.get(), space.get(), H5P_DEFAULT, buffer.data()), what_path, what);
    return out;
  }
  const std::size_t size = H5Tget_size(file_type.get());
  ctx.check_rc(size == 0 ? -1 : 0, what_path, what);
  TypeHandle mem_type(ctx.check_id(H5Tcopy(H5T_C_S1), what_path, what));
  ctx.check_rc(H5Tset_size(mem_type.get(), size), what_path, what);
  ctx.check_rc(H5Tset_strpad(mem_type.get(), H5T_STR_NULLPAD), what_path, what);
  std::vector<char> buffer(n * size, '\0');
  const herr_t rc = attribute ? H5Aread(object, mem_type.get(), buffer.data())
                              : H5Dread(object, mem_type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data());
  ctx.check_rc(rc, what_path, what);
  for (std::size_t i = 0; i < n; ++i) {
    const char* begin = buffer.data() + i * size;
    const char* end = std::find(begin, begin + size, '\0');
    std::string s(begin, end);
    while (!s.empty() && s.back() == ' ') {
      s.pop_back();
    }
    out.push_back(std::move(s));
  }
  return out;
}

AttributeHandle open_attribute(const Context& ctx, hid_t object, const std::string& path, const std::string& name) {
  if (!has_attribute(object, name)) {
    ctx.fail(path, "attribute '" + name + "' is missing");
  }
  return AttributeHandle(ctx.check_id(H5Aopen(object, name.c_str(), H5P_DEFAULT), path,
                                      "cannot open attribute '" + name + "'"));
}

}  // namespace

std::vector<std::string> link_names(const Context& ctx, hid_t group, const std::string& path) {
  PlistHandle gcpl(ctx.check_id(H5Gget_create_plist(group), path, "cannot read group"));
  unsigned flags = 0;
  ctx.check_rc(H5Pget_link_creation_order(gcpl.get(), &flags), path, "cannot read group");
  const H5_index_t index = (flags & H5P_CRT_ORDER_INDEXED) != 0 ? H5_INDEX_CRT_ORDER : H5_INDEX_NAME;
  std::vector<std::string> names;
  hsize_t position = 0;
  ctx.check_rc(H5Literate(group, index, H5_ITER_INC, &position, collect_link_name, &names), path,
               "cannot list group");
  return names;
}

void write_string_attribute(const Context& ctx, hid_t object, const std::string& path, const std::string& name,
                            const std::string& value) {
  const std::string what = "cannot write attribute '" + name + "'";
  TypeHandle type = vlen_string_type(ctx);
  DataspaceHandle space(ctx.check_id(H5Screate(H5S_SCALAR), path, what));
  AttributeHandle attribute(
      ctx.check_id(H5Acreate2(object, name.c_str(), type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT), path, what));
  const char* data = value.c_str();
  ctx.check_rc(H5Awrite(attribute.get(), type.get(), &data), path, what);
}

void write_strings_attribute(const Context& ctx, hid_t object, const std::string& path, const std::string& name,
                             const std::vector<std::string>& values) {
  const std::string what = "cannot write attribute '" + name + "'";
  TypeHandle type = vlen_string_type(ctx);
  const hsize_t dims[1] = {static_cast<hsize_t>(values.size())};
  DataspaceHandle space(ctx.check_id(H5Screate_simple(1, dims, nullptr), path, what));
  AttributeHandle attribute(
      ctx.check_id(H5Acreate2(object, name.c_str(), type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT), path, what));
  if (values.empty()) {
    return;
  }
  std::vector<const char*> data;
  data.reserve(values.size());
  for (const auto& v : values) {
    data.push_back(v.c_str());
  }
  ctx.check_rc(H5Awrite(attribute.get(), type.get(), data.data()), path, what);
}

void write_scalar_attribute(const Context& ctx, hid_t object, const std::string& path, const std::string& name,
                            hid_t file_type, hid_t mem_type, const void* value) {
  const std::string what = "cannot write attribute '" + name + "'";
  DataspaceHandle space(ctx.check_id(H5Screate(H5S_SCALAR), path, what));
  AttributeHandle attribute(
      ctx.check_id(H5Acreate2(object, name.c_str(), file_type, space.get(), H5P_DEFAULT, H5P_DEFAULT), path, what));
  ctx.check_rc(H5Awrite(attribute.get(), mem_type, value), path, what);
}

std::string read_string_attribute(const Context& ctx, hid_t object, const std::string& path, const std::string& name) {
  AttributeHandle attribute = open_attribute(ctx, object, path, name);
  auto values = read_strings(ctx, attribute.get(), true, path + " attribute '" + name + "'");
  if (values.size() != 1) {
    ctx.fail(path, "attribute '" + name + "' is not a single string");
  }
  return std::move(values.front());
}

std::vector<std::string> read_strings_attribute(const Context& ctx, hid_t object, const std::string& path,
                                                const std::string& name) {
  AttributeHandle attribute = open_attribute(ctx, object, path, name);
  return read_strings(ctx, attribute.get(), true, path + " attribute '" + name + "'");
}

void read_scalar_attribute(const Context& ctx, hid_t object, const std::string& path, const std::string& name,
                           hid_t mem_type, void* value) {
  AttributeHandle attribute = open_attribute(ctx, object, path, name);
  DataspaceHandle space(ctx.check_id(H5Aget_space(attribute.get()), path, "cannot read attribute '" + name + "'"));
  if (H5Sget_simple_extent_npoints(space.get()) != 1) {
    ctx.fail(path, "attribute '" + name + "' is not a scalar");
  }
  ctx.check_rc(H5Aread(attribute.get(), mem_type, value), path, "cannot read attribute '" + name + "'");
}

std::int64_t read_int64_attribute(const Context& ctx, hid_t object, const std::string& path, const std::string& name) {
  std::int64_t value = 0;
  read_scalar_attribute(ctx, object, path, name, H5T_NATIVE_INT64, &value);
  return value;
}

DatasetHandle write_string_dataset(const Context& ctx, hid_t parent, const std::string& parent_path,
                                   const std::string& name, const std::string& value) {
  const std::string path = join_path(parent_path, name);
  TypeHandle type = vlen_string_type(ctx);
  DataspaceHandle space(ctx.check_id(H5Screate(H5S_SCALAR), path, "cannot create dataset"));
  PlistHandle dcpl = creation_plist(ctx, H5P_DATASET_CREATE);
  DatasetHandle dataset(ctx.check_id(
      H5Dcreate2(parent, name.c_str(), type.get(), space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT), path,
      "cannot create dataset"));
  const char* data = value.c_str();
  ctx.check_rc(H5Dwrite(dataset.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, &data), path,
               "cannot write dataset");
  return dataset;
}

std::string read_string_dataset(const Context& ctx, hid_t dataset, const std::string& path) {
  auto values = read_strings(ctx, dataset, false, path);
  if (values.size() != 1) {
    ctx.fail(path, "is not a single string");
  }
  return std::move(values.front());
}

std::vector<hsize_t> dataset_dims(const Context& ctx, hid_t dataset, const std::string& path) {
  DataspaceHandle space(ctx.check_id(H5Dget_space(dataset), path, "cannot read dataset"));
  const int rank = H5Sget_simple_extent_ndims(space.get());
  ctx.check_rc(rank < 0 ? -1 : 0, path, "cannot read dataset");
  std::vector<hsize_t> dims(static_cast<std::size_t>(rank), 0);
  if (rank > 0) {
    ctx.check_rc(H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr), path, "cannot read dataset");
  }
  // Every reader allocates from these: their product must fit what the file can hold.
  TypeHandle type(ctx.check_id(H5Dget_type(dataset), path, "cannot read dataset"));
  const std::size_t element_size = std::max(H5Tget_size(type.get()), sizeof(double));
  hsize_t elements = 1;
  for (const hsize_t d : dims) {
    if (d != 0 && elements > std::numeric_limits<hsize_t>::max() / d) {
      ctx.fail(path, "claims more values than can be counted (damaged, or not written by regiosim)");
    }
    elements *= d;
  }
  check_extent(ctx, dataset, path, elements, element_size);
  return dims;
}

void write_provenance_attributes(const Context& ctx, hid_t root, const FileProvenance& p) {
  const std::int32_t version = kFormatVersion;
  write_scalar_attribute(ctx, root, "/", "format_version", H5T_STD_I32LE, H5T_NATIVE_INT32, &version);
  write_string_attribute(ctx, root, "/", "engine", "regiosim");
  write_string_attribute(ctx, root, "/", "engine_version", p.engine_version);
  write_string_attribute(ctx, root, "/", "engine_commit", p.engine_commit);
  write_string_attribute(ctx, root, "/", "command_line", p.command_line);
  write_string_attribute(ctx, root, "/", "created_utc", p.created_utc);
  write_scalar_attribute(ctx, root, "/", "threads", H5T_STD_I32LE, H5T_NATIVE_INT32, &p.threads);
  write_scalar_attribute(ctx, root, "/", "base_seed", H5T_STD_U64LE, H5T_NATIVE_UINT64, &p.base_seed);
  write_scalar_attribute(ctx, root, "/", "replications", H5T_STD_I64LE, H5T_NATIVE_INT64, &p.replications);
}

FileProvenance read_provenance_attributes(const Context& ctx, hid_t root) {
  FileProvenance p;
  p.engine_version = read_string_attribute(ctx, root, "/", "engine_version");
  p.engine_commit = read_string_attribute(ctx, root, "/", "engine_commit");
  p.command_line = read_string_attribute(ctx, root, "/", "command_line");
  p.created_utc = read_string_attribute(ctx, root, "/", "created_utc");
  read_scalar_attribute(ctx, root, "/", "threads", H5T_NATIVE_INT32, &p.threads);
  read_scalar_attribute(ctx, root, "/", "base_seed", H5T_NATIVE_UINT64, &p.base_seed);
  read_scalar_attribute(ctx, root, "/", "replications", H5T_NATIVE_INT64, &p.replications);
  return p;
}

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


}  // namespace regiosim::output::detail
