// The on-disk layout promised by docs/hdf5-schema.md, checked with the HDF5 C API directly.
#include "output/results_file.h"
#include "tests/output/results_test_support.h"

#include <catch2/catch.hpp>
#include <hdf5.h>

#include <map>

using namespace regiosim;
using namespace regiosim::output;
using namespace regiosim::output::testing;

namespace {

struct Filters {
  std::vector<H5Z_filter_t> ids;
  std::vector<unsigned> deflate_level;
};

Filters filters_of(hid_t dcpl) {
  Filters f;
  const int n = H5Pget_nfilters(dcpl);
  for (int i = 0; i < n; ++i) {
    unsigned flags = 0;
    std::size_t nvalues = 4;
    unsigned values[4] = {0, 0, 0, 0};
    char name[64];
    unsigned config = 0;
    const H5Z_filter_t id =
        H5Pget_filter2(dcpl, static_cast<unsigned>(i), &flags, &nvalues, values, sizeof name, name, &config);
    f.ids.push_back(id);
    if (id == H5Z_FILTER_DEFLATE && nvalues > 0) {
      f.deflate_level.push_back(values[0]);
    }
  }
  return f;
}

std::vector<hsize_t> chunk_of(hid_t dcpl) {
  hsize_t dims[8];
  const int rank = H5Pget_chunk(dcpl, 8, dims);
  return rank < 0 ? std::vector<hsize_t>{} : std::vector<hsize_t>(dims, dims + rank);
}

bool is_vlen_utf8(hid_t type) {
  return H5Tget_class(type) == H5T_STRING && H5Tis_variable_str(type) > 0 && H5Tget_cset(type) == H5T_CSET_UTF8;
}

bool attribute_is_vlen_utf8(hid_t object, const char* name) {
  const hid_t attr = H5Aopen(object, name, H5P_DEFAULT);
  if (attr < 0) {
    return false;
  }
  const hid_t type = H5Aget_type(attr);
  const bool ok = is_vlen_utf8(type);
  H5Tclose(type);
  H5Aclose(attr);
  return ok;
}

std::filesystem::path write_sample(const TempDir& dir) {
  const auto path = dir / "results.h5";
  ResultsWriter writer(path, sample_provenance());
  writer.add_scenario(sample_scenario("baseline"), 3);
  for (std::size_t r : {2U, 0U, 1U}) {
    writer.write_run(sample_run("baseline", r, 52));
  }
  writer.commit();
  return path;
}

}  // namespace

TEST_CASE("Time series are chunked per replication, shuffled and gzip-compressed", "[output]") {
  TempDir dir;
  const auto path = write_sample(dir);
  const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  REQUIRE(file >= 0);

  for (const char* name : {"stocks", "rates"}) {
    INFO(name);
    const std::string ds_path = std::string("/scenarios/baseline/timeseries/") + name;
    const hid_t ds = H5Dopen2(file, ds_path.c_str(), H5P_DEFAULT);
    REQUIRE(ds >= 0);
    const hid_t dcpl = H5Dget_create_plist(ds);
    CHECK(H5Pget_layout(dcpl) == H5D_CHUNKED);
    const std::size_t columns = std::string(name) == "stocks" ? 3 : 2;
    CHECK(chunk_of(dcpl) == std::vector<hsize_t>{1, 52, columns});
    const Filters f = filters_of(dcpl);
    CHECK(f.ids == std::vector<H5Z_filter_t>{H5Z_FILTER_SHUFFLE, H5Z_FILTER_DEFLATE});
    CHECK(f.deflate_level == std::vector<unsigned>{4});

    const hid_t space = H5Dget_space(ds);
    hsize_t dims[3];
    REQUIRE(H5Sget_simple_extent_ndims(space) == 3);
    H5Sget_simple_extent_dims(space, dims, nullptr);
    CHECK(dims[0] == 3);
    CHECK(dims[1] == 52);
    CHECK(dims[2] == columns);

    const hid_t type = H5Dget_type(ds);
    if (std::string(name) == "stocks") {
      CHECK(H5Tequal(type, H5T_STD_I32LE) > 0);
    } else {
      CHECK(H5Tequal(type, H5T_IEEE_F64LE) > 0);
    }
    CHECK(attribute_is_vlen_utf8(ds, "unit"));
    CHECK(attribute_is_vlen_utf8(ds, "description"));
    H5Tclose(type);
    H5Sclose(space);
    H5Pclose(dcpl);
    H5Dclose(ds);
  }
  CHECK(H5Fclose(file) >= 0);
}

TEST_CASE("Events are a compressed compound table with enum columns", "[output]") {
  TempDir dir;
  const auto path = write_sample(dir);
  const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  REQUIRE(file >= 0);
  const hid_t ds = H5Dopen2(file, "/scenarios/baseline/events", H5P_DEFAULT);
  REQUIRE(ds >= 0);
  const hid_t dcpl = H5Dget_create_plist(ds);
  CHECK(H5Pget_layout(dcpl) == H5D_CHUNKED);
  const std::size_t rows = sample_event_rows(0) + sample_event_rows(1) + sample_event_rows(2);
  CHECK(chunk_of(dcpl) == std::vector<hsize_t>{rows});
  CHECK(filters_of(dcpl).ids == std::vector<H5Z_filter_t>{H5Z_FILTER_SHUFFLE, H5Z_FILTER_DEFLATE});

  const hid_t type = H5Dget_type(ds);
  REQUIRE(H5Tget_class(type) == H5T_COMPOUND);
  REQUIRE(H5Tget_nmembers(type) == 4);
  std::vector<std::string> names;
  for (unsigned i = 0; i < 4; ++i) {
    char* n = H5Tget_member_name(type, i);
    names.emplace_back(n);
    H5free_memory(n);
  }
  CHECK(names == std::vector<std::string>{"replication", "week", "kind", "person"});
  const hid_t rep_type = H5Tget_member_type(type, 0);
  CHECK(H5Tequal(rep_type, H5T_STD_U32LE) > 0);
  const hid_t week_type = H5Tget_member_type(type, 1);
  CHECK(H5Tequal(week_type, H5T_STD_I64LE) > 0);
  const hid_t kind_type = H5Tget_member_type(type, 2);
  REQUIRE(H5Tget_class(kind_type) == H5T_ENUM);
  const hid_t base = H5Tget_super(kind_type);
  CHECK(H5Tequal(base, H5T_STD_I16LE) > 0);
  std::map<std::string, short> members;
  for (unsigned i = 0; i < static_cast<unsigned>(H5Tget_nmembers(kind_type)); ++i) {
    char* n = H5Tget_member_name(kind_type, i);
    short v = 0;
    H5Tget_member_value(kind_type, i, &v);
    members[n] = v;
    H5free_memory(n);
  }
  CHECK(members == std::map<std::string, short>{{"start", 0}, {"placement", 1}, {"exit", 2}, {"none", -1}});
  CHECK(attribute_is_vlen_utf8(ds, "description"));
  CHECK(attribute_is_vlen_utf8(ds, "kind.description"));
  CHECK(attribute_is_vlen_utf8(ds, "person.description"));
  H5Tclose(base);
  H5Tclose(kind_type);
  H5Tclose(week_type);
  H5Tclose(rep_type);
  H5Tclose(type);
  H5Pclose(dcpl);
  H5Dclose(ds);
  CHECK(H5Fclose(file) >= 0);
}

TEST_CASE("Root, scenario and KPI metadata use the documented types", "[output]") {
  TempDir dir;
  const auto path = write_sample(dir);
  const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  REQUIRE(file >= 0);
  for (const char* name : {"engine", "engine_version", "engine_commit", "command_line", "created_utc"}) {
    INFO(name);
    CHECK(attribute_is_vlen_utf8(file, name));
  }
  auto attribute_type_is = [](hid_t object, const char* name, hid_t want) {
    const hid_t attr = H5Aopen(object, name, H5P_DEFAULT);
    const hid_t type = H5Aget_type(attr);
    const bool ok = H5Tequal(type, want) > 0;
    H5Tclose(type);
    H5Aclose(attr);
    return ok;
  };
  CHECK(attribute_type_is(file, "format_version", H5T_STD_I32LE));
  CHECK(attribute_type_is(file, "threads", H5T_STD_I32LE));
  CHECK(attribute_type_is(file, "base_seed", H5T_STD_U64LE));
  CHECK(attribute_type_is(file, "replications", H5T_STD_I64LE));

  const hid_t scenarios = H5Gopen2(file, "/scenarios", H5P_DEFAULT);
  CHECK(attribute_is_vlen_utf8(scenarios, "order"));
  const hid_t group = H5Gopen2(file, "/scenarios/baseline", H5P_DEFAULT);
  for (const char* name : {"name", "role", "description", "content_hash"}) {
    INFO(name);
    CHECK(attribute_is_vlen_utf8(group, name));
  }
  CHECK(attribute_type_is(group, "replications", H5T_STD_I64LE));

  const hid_t resolved = H5Dopen2(group, "resolved_scenario", H5P_DEFAULT);
  const hid_t resolved_type = H5Dget_type(resolved);
  CHECK(is_vlen_utf8(resolved_type));
  const hid_t resolved_space = H5Dget_space(resolved);
  CHECK(H5Sget_simple_extent_type(resolved_space) == H5S_SCALAR);

  const hid_t kpi = H5Dopen2(group, "kpi", H5P_DEFAULT);
  const hid_t kpi_type = H5Dget_type(kpi);
  CHECK(H5Tequal(kpi_type, H5T_IEEE_F64LE) > 0);
  for (const char* name : {"columns", "units", "descriptions", "undefined_when", "unit", "description"}) {
    INFO(name);
    CHECK(attribute_is_vlen_utf8(kpi, name));
  }
  const hid_t seeds = H5Dopen2(group, "seeds", H5P_DEFAULT);
  const hid_t seeds_type = H5Dget_type(seeds);
  CHECK(H5Tequal(seeds_type, H5T_STD_U64LE) > 0);

  const hid_t params = H5Dopen2(group, "parameters", H5P_DEFAULT);
  const hid_t params_type = H5Dget_type(params);
  REQUIRE(H5Tget_class(params_type) == H5T_COMPOUND);
  REQUIRE(H5Tget_nmembers(params_type) == 4);
  for (unsigned i = 0; i < 4; ++i) {
    const hid_t member = H5Tget_member_type(params_type, i);
    CHECK(is_vlen_utf8(member));
    H5Tclose(member);
  }
  CHECK(H5Tget_member_index(params_type, "key") == 0);
  CHECK(H5Tget_member_index(params_type, "source") == 3);

  H5Tclose(params_type);
  H5Dclose(params);
  H5Tclose(seeds_type);
  H5Dclose(seeds);
  H5Tclose(kpi_type);
  H5Dclose(kpi);
  H5Sclose(resolved_space);
  H5Tclose(resolved_type);
  H5Dclose(resolved);
  H5Gclose(group);
  H5Gclose(scenarios);
  CHECK(H5Fclose(file) >= 0);
}

TEST_CASE("Every dataset carries a unit and a description, numeric datasets are compressed", "[output]") {
  TempDir dir;
  const auto path = write_sample(dir);
  const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  REQUIRE(file >= 0);
  std::vector<std::string> datasets;
  H5Ovisit(file, H5_INDEX_NAME, H5_ITER_NATIVE,
           [](hid_t, const char* name, const H5O_info_t* info, void* data) -> herr_t {
             if (info->type == H5O_TYPE_DATASET) static_cast<std::vector<std::string>*>(data)->emplace_back(name);
             return 0;
           },
           &datasets);
  CHECK(datasets.size() >= 6);
  for (const auto& name : datasets) {
    INFO(name);
    const hid_t ds = H5Dopen2(file, name.c_str(), H5P_DEFAULT);
    REQUIRE(ds >= 0);
    CHECK(attribute_is_vlen_utf8(ds, "unit"));
    CHECK(attribute_is_vlen_utf8(ds, "description"));
    const hid_t type = H5Dget_type(ds);
    const bool numeric = H5Tget_class(type) == H5T_INTEGER || H5Tget_class(type) == H5T_FLOAT;
    if (numeric) {
      const hid_t dcpl = H5Dget_create_plist(ds);
      CHECK(H5Pget_layout(dcpl) == H5D_CHUNKED);
      CHECK(filters_of(dcpl).ids == std::vector<H5Z_filter_t>{H5Z_FILTER_SHUFFLE, H5Z_FILTER_DEFLATE});
      H5Pclose(dcpl);
    }
    H5Tclose(type);
    H5Dclose(ds);
  }
  CHECK(H5Fclose(file) >= 0);
}
