#include "output/checksums.h"

#include "output/results_file.h"

#include <boost/crc.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace regiosim::output::detail {

namespace {

constexpr const char* kAttribute = "checksum";

std::vector<std::string> dataset_paths(const Context& ctx, hid_t file) {
  std::vector<std::string> paths;
  const auto visit = [](hid_t, const char* name, const H5O_info_t* info, void* data) -> herr_t {
    if (info->type == H5O_TYPE_DATASET) static_cast<std::vector<std::string>*>(data)->push_back(std::string("/") + name);
    return 0;
  };
  ctx.check_rc(H5Ovisit2(file, H5_INDEX_NAME, H5_ITER_INC, visit, &paths, H5O_INFO_BASIC), "/", "cannot list the datasets");
  std::sort(paths.begin(), paths.end());
  return paths;
}

hsize_t element_count(const Context& ctx, hid_t ds, const std::string& path) {
  DataspaceHandle space(ctx.check_id(H5Dget_space(ds), path, "cannot read dataspace"));
  const hssize_t n = H5Sget_simple_extent_npoints(space.get());
  if (n < 0) ctx.fail(path, "cannot read dataspace");
  TypeHandle type(ctx.check_id(H5Dget_type(ds), path, "cannot read dataset type"));
  check_extent(ctx, ds, path, static_cast<hsize_t>(n), std::max(H5Tget_size(type.get()), sizeof(char*)));
  return static_cast<hsize_t>(n);
}

// Adds the values of one numeric field (or the whole numeric dataset when field is null) as their
// stored bytes.
void add_numeric(const Context& ctx, hid_t ds, const std::string& path, hid_t type, const char* field, hsize_t n,
                 boost::crc_32_type& crc) {
  const std::size_t size = H5Tget_size(type);
  std::vector<unsigned char> buffer(static_cast<std::size_t>(n) * size);
  if (n == 0) return;
  if (field == nullptr) {
    ctx.check_rc(H5Dread(ds, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data()), path, "cannot read dataset for its checksum");
  } else {
    TypeHandle one(ctx.check_id(H5Tcreate(H5T_COMPOUND, size), path, "cannot read field for its checksum"));
    ctx.check_rc(H5Tinsert(one.get(), field, 0, type), path, "cannot read field for its checksum");
    ctx.check_rc(H5Dread(ds, one.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data()), path,
                 std::string("cannot read field ") + field + " for its checksum");
  }
  crc.process_bytes(buffer.data(), buffer.size());
}

// Adds variable-length strings (of a field, or of the whole dataset) as UTF-8 with their NUL.
void add_strings(const Context& ctx, hid_t ds, const std::string& path, const char* field, hsize_t n, boost::crc_32_type& crc) {
  if (n == 0) return;
  TypeHandle str = vlen_string_type(ctx);
  TypeHandle mem;
  hid_t read_type = str.get();
  if (field != nullptr) {
    mem = TypeHandle(ctx.check_id(H5Tcreate(H5T_COMPOUND, sizeof(char*)), path, "cannot read field for its checksum"));
    ctx.check_rc(H5Tinsert(mem.get(), field, 0, str.get()), path, "cannot read field for its checksum");
    read_type = mem.get();
  }
  std::vector<char*> values(static_cast<std::size_t>(n), nullptr);
  ctx.check_rc(H5Dread(ds, read_type, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()), path, "cannot read strings for their checksum");
  for (const char* v : values) {
    const char* s = v != nullptr ? v : "";
    crc.process_bytes(s, std::char_traits<char>::length(s) + 1);
  }
  DataspaceHandle space(ctx.check_id(H5Dget_space(ds), path, "cannot read dataspace"));
  H5Dvlen_reclaim(read_type, space.get(), H5P_DEFAULT, values.data());
}

bool is_vlen_string(hid_t type) { return H5Tget_class(type) == H5T_STRING && H5Tis_variable_str(type) > 0; }

bool is_plain(hid_t type) {
  const auto c = H5Tget_class(type);
  return c == H5T_INTEGER || c == H5T_FLOAT || c == H5T_ENUM || (c == H5T_STRING && H5Tis_variable_str(type) == 0);
}

std::string content_checksum(const Context& ctx, hid_t file, const std::string& path) {
  DatasetHandle ds(ctx.check_id(H5Dopen2(file, path.c_str(), H5P_DEFAULT), path, "cannot open dataset"));
  TypeHandle type(ctx.check_id(H5Dget_type(ds.get()), path, "cannot read dataset type"));
  const hsize_t n = element_count(ctx, ds.get(), path);
  boost::crc_32_type crc;
  if (is_vlen_string(type.get())) {
    add_strings(ctx, ds.get(), path, nullptr, n, crc);
  } else if (is_plain(type.get())) {
    add_numeric(ctx, ds.get(), path, type.get(), nullptr, n, crc);
  } else if (H5Tget_class(type.get()) == H5T_COMPOUND) {
    const int members = H5Tget_nmembers(type.get());
    for (int m = 0; m < members; ++m) {
      char* name = H5Tget_member_name(type.get(), static_cast<unsigned>(m));
      const std::string field = name;
      H5free_memory(name);
      crc.process_bytes(field.c_str(), field.size() + 1);
      TypeHandle member(ctx.check_id(H5Tget_member_type(type.get(), static_cast<unsigned>(m)), path, "cannot read member type"));
      if (is_vlen_string(member.get())) {
        add_strings(ctx, ds.get(), path, field.c_str(), n, crc);
      } else if (is_plain(member.get())) {
        add_numeric(ctx, ds.get(), path, member.get(), field.c_str(), n, crc);
      } else {
        ctx.fail(path, "field " + field + " has a type the checksum does not cover");
      }
    }
  } else {
    ctx.fail(path, "a dataset type the checksum does not cover");
  }
  char text[16];
  std::snprintf(text, sizeof text, "%08x", static_cast<unsigned>(crc.checksum()));
  return std::string("crc32:") + text;
}

}  // namespace

void stamp_checksums(const Context& ctx, hid_t file) {
  for (const auto& path : dataset_paths(ctx, file)) {
    const std::string sum = content_checksum(ctx, file, path);
    DatasetHandle ds(ctx.check_id(H5Dopen2(file, path.c_str(), H5P_DEFAULT), path, "cannot open dataset"));
    write_string_attribute(ctx, ds.get(), path, kAttribute, sum);
  }
}

ChecksumCount verify_checksums(const Context& ctx, hid_t file) {
  ChecksumCount count;
  for (const auto& path : dataset_paths(ctx, file)) {
    std::string stored;
    {
      DatasetHandle ds(ctx.check_id(H5Dopen2(file, path.c_str(), H5P_DEFAULT), path, "cannot open dataset"));
      if (!has_attribute(ds.get(), kAttribute)) {
        ++count.unchecked;
        continue;
      }
      stored = read_string_attribute(ctx, ds.get(), path, kAttribute);
    }
    std::string computed;
    try {
      computed = content_checksum(ctx, file, path);
    } catch (const ResultsFileError&) {
      ctx.fail(path, "cannot be read: the file is damaged");
    }
    if (computed != stored) {
      ctx.fail(path, "checksum mismatch (stored " + stored + ", content " + computed + "): the file is damaged");
    }
    ++count.verified;
  }
  return count;
}

void commit_file(const Context& ctx, const std::filesystem::path& path, const std::function<void(hid_t)>& contents) {
  NewHdf5File file(ctx, path);  // discarded (closed, temporary file removed) on any failure
  try {
    contents(file.get());
    file.check_written(ctx);
    stamp_checksums(ctx, file.get());
  } catch (...) {
    // Where a write the system refused (a full disk) was the cause, the exception says that.
    const int error = file.write_error();
    file.discard();
    if (error != 0) ctx.fail("", "cannot write the file: " + system_error_text(error));
    throw;
  }
  file.commit(ctx);
}

}  // namespace regiosim::output::detail
