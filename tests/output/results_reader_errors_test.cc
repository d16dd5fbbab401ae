// The reader refuses what it cannot read, with messages that say why: files that are not
// regiosim's, files changed or cut short after writing (the content digest), unsupported versions.
#include "output/file_digest.h"
#include "output/results_file.h"
#include "tests/output/results_test_support.h"

#include <catch2/catch.hpp>
#include <hdf5.h>

#include <fstream>
#include <vector>

using namespace regiosim;
using namespace regiosim::output;
using namespace regiosim::output::testing;
using Catch::Matchers::Contains;

namespace {

// An HDF5 file with, optionally, the root attributes engine (string) and format_version (int32),
// and with a valid content digest where `digest` (so that the reader gets to those attributes).
void write_foreign_hdf5(const std::filesystem::path& path, const char* engine, const int* format_version,
                        bool digest = true) {
  const detail::Context ctx(path.string());
  const hid_t fcpl = digest ? detail::user_block_fcpl(ctx).release() : H5P_DEFAULT;
  const hid_t file = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, fcpl, H5P_DEFAULT);
  if (digest) H5Pclose(fcpl);
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
  if (digest) detail::stamp_digest(ctx, path);
}

void write_bytes(const std::filesystem::path& path, const std::vector<char>& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::filesystem::path sample_file(const TempDir& dir) {
  const auto path = dir / "results.h5";
  ResultsWriter writer(path, sample_provenance());
  writer.add_scenario(sample_scenario("baseline"), 1);
  writer.write_run(sample_run("baseline", 0));
  writer.commit();
  return path;
}

}  // namespace

TEST_CASE("Reader: a file that is not HDF5", "[output]") {
  TempDir dir;
  const auto path = dir / "notes.h5";
  write_text(path, "week,seekers\n1,1000\n2,990\n");
  CHECK_THROWS_WITH(ResultsReader(path), Contains(path.string() + ": not a regiosim file (it does not start with a regiosim header)"));
  CHECK_THROWS_WITH(ResultsReader(dir / "missing.h5"), Contains("missing.h5: cannot open: No such file or directory"));
  const auto empty = dir / "empty.h5";
  write_text(empty, "");
  CHECK_THROWS_WITH(ResultsReader(empty), Contains(empty.string() + ": is empty: not a regiosim file"));
}

TEST_CASE("Reader: an HDF5 file without a content digest (an older regiosim, another program)", "[output]") {
  TempDir dir;
  const auto path = dir / "old.h5";
  const int version = 1;
  write_foreign_hdf5(path, "regiosim", &version, false);
  CHECK_THROWS_WITH(ResultsReader(path), Contains(path.string() + ": has no content digest: written by a regiosim older"));
  CHECK_THROWS_WITH(verify_file(path), Contains(path.string() + ": has no content digest"));
}

TEST_CASE("Reader: a file changed after it was written", "[output]") {
  TempDir dir;
  const auto path = sample_file(dir);
  const auto bytes = file_bytes(path);
  REQUIRE(bytes.size() > detail::kUserBlockSize);
  REQUIRE(std::string(bytes.data(), 16) == "regiosim-file 1\n");
  CHECK(verify_file(path).unchecked == 0);
  // One byte changed anywhere: in the header, in HDF5's superblock, in the last byte.
  const auto damaged = dir / "damaged.h5";
  for (const std::size_t at : {std::size_t{0}, std::size_t{20}, std::size_t{40}, std::size_t{100},
                               detail::kUserBlockSize - 1, detail::kUserBlockSize, detail::kUserBlockSize + 9,
                               bytes.size() / 2, bytes.size() - 1}) {
    auto copy = bytes;
    copy[at] = static_cast<char>(copy[at] ^ 0x04);
    write_bytes(damaged, copy);
    INFO("byte " << at);
    CHECK_THROWS_WITH(ResultsReader(damaged), Contains(damaged.string() + ": ") && Contains("damaged") ||
                                                   Contains("not a regiosim file"));
    CHECK_THROWS_WITH(verify_file(damaged), Contains(damaged.string() + ": "));
  }
  auto copy = bytes;
  copy[bytes.size() / 2] = static_cast<char>(copy[bytes.size() / 2] ^ 0x01);
  write_bytes(damaged, copy);
  CHECK_THROWS_WITH(ResultsReader(damaged),
                    damaged.string() + ": damaged: content digest does not match (the file was changed after it was written)");
}

TEST_CASE("Reader: a file cut short or extended after it was written", "[output]") {
  TempDir dir;
  const auto path = sample_file(dir);
  const auto bytes = file_bytes(path);
  const auto damaged = dir / "cut.h5";
  write_bytes(damaged, std::vector<char>(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(bytes.size() / 2)));
  CHECK_THROWS_WITH(ResultsReader(damaged),
                    damaged.string() + ": damaged: " + std::to_string(bytes.size() / 2) + " bytes, but it was written with " +
                        std::to_string(bytes.size()) + " (the file was truncated or extended after it was written)");
  write_bytes(damaged, std::vector<char>(bytes.begin(), bytes.begin() + 100));
  CHECK_THROWS_WITH(ResultsReader(damaged), Contains("damaged"));
  auto longer = bytes;
  longer.push_back('\0');
  write_bytes(damaged, longer);
  CHECK_THROWS_WITH(ResultsReader(damaged), Contains("damaged: " + std::to_string(bytes.size() + 1) + " bytes"));
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
  const auto path = sample_file(dir);
  ResultsReader reader(path);
  CHECK_THROWS_WITH(reader.kpis("variant"), Contains(path.string() + ": /scenarios/variant"));
  CHECK_THROWS_WITH(reader.series("baseline", "nothing", 0),
                    Contains(path.string() + ": /scenarios/baseline/timeseries/nothing"));
}
