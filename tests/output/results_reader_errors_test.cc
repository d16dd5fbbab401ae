// The reader refuses what it cannot read, with messages that say why.
#include "output/results_file.h"
#include "tests/output/results_test_support.h"

#include <catch2/catch.hpp>
#include <hdf5.h>

using namespace regiosim;
using namespace regiosim::output;
using namespace regiosim::output::testing;
using Catch::Matchers::Contains;

namespace {

// An HDF5 file with, optionally, the root attributes engine (string) and format_version (int32).
void write_foreign_hdf5(const std::filesystem::path& path, const char* engine, const int* format_version) {
  const hid_t file = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
  REQUIRE(file >= 0);
  const hid_t scalar = H5Screate(H5S_SCALAR);
  if (engine != nullptr) {
    const hid_t str = H5Tcopy(H5T_C_S1);
    H5Tset_size(str, H5T_VARIABLE);
    H5Tset_cset(str, H5T_CSET_UTF8);
    const hid_t attr = H5Acreate2(file, "engine", str, scalar, H5P_DEFAULT, H5P_DEFAULT);
    REQUIRE(H5Awrite(attr, str, &engine) >= 0);
    H5Aclose(attr);
    H5Tclose(str);
  }
  if (format_version != nullptr) {
    const hid_t attr = H5Acreate2(file, "format_version", H5T_STD_I32LE, scalar, H5P_DEFAULT, H5P_DEFAULT);
    REQUIRE(H5Awrite(attr, H5T_NATIVE_INT, format_version) >= 0);
    H5Aclose(attr);
  }
  const hid_t group = H5Gcreate2(file, "scenarios", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
  H5Gclose(group);
  H5Sclose(scalar);
  REQUIRE(H5Fclose(file) >= 0);
}

}  // namespace

TEST_CASE("Reader: a file that is not HDF5", "[output]") {
  TempDir dir;
  const auto path = dir / "notes.h5";
  write_text(path, "week,seekers\n1,1000\n2,990\n");
  CHECK_THROWS_WITH(ResultsReader(path), Contains(path.string() + ": not an HDF5 file or cannot be opened"));
  CHECK_THROWS_WITH(ResultsReader(dir / "missing.h5"), Contains("missing.h5: not an HDF5 file or cannot be opened"));
}

TEST_CASE("Reader: an HDF5 file without the engine attribute", "[output]") {
  TempDir dir;
  const auto path = dir / "foreign.h5";
  write_foreign_hdf5(path, nullptr, nullptr);
  CHECK_THROWS_WITH(ResultsReader(path), Contains(path.string() + ": not a regiosim results file"));

  const auto other = dir / "other_engine.h5";
  const int version = 1;
  write_foreign_hdf5(other, "some-other-simulator", &version);
  CHECK_THROWS_WITH(ResultsReader(other), Contains(other.string() + ": not a regiosim results file"));
}

TEST_CASE("Reader: a file with an unsupported format_version", "[output]") {
  TempDir dir;
  const auto path = dir / "future.h5";
  const int version = 2;
  write_foreign_hdf5(path, "regiosim", &version);
  CHECK_THROWS_WITH(ResultsReader(path),
                    Contains(path.string() + ": format_version 2 is not supported by this build (reads 1)"));
}

TEST_CASE("Reader: errors name the file and the object", "[output]") {
  TempDir dir;
  const auto path = dir / "results.h5";
  {
    ResultsWriter writer(path, sample_provenance());
    writer.add_scenario(sample_scenario("baseline"), 1);
    writer.write_run(sample_run("baseline", 0));
    writer.commit();
  }
  ResultsReader reader(path);
  CHECK_THROWS_WITH(reader.kpis("variant"), Contains(path.string() + ": /scenarios/variant"));
  CHECK_THROWS_WITH(reader.series("baseline", "nothing", 0),
                    Contains(path.string() + ": /scenarios/baseline/timeseries/nothing"));
}
