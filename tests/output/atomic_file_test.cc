// Output files written completely or not at all (output/atomic_file.h, NewHdf5File in
// output/hdf5_io.h): temporary names nobody can predict, a file or link planted at a temporary name
// never opened or followed, stale temporaries of killed writers removed and foreign names left
// alone, and a write that fails (here past a file-size limit) reported with the system's reason,
// with no temporary file and no open HDF5 object left behind.
#include "output/atomic_file.h"
#include "output/findings_file.h"
#include "output/hdf5_io.h"
#include "output/results_file.h"
#include "tests/output/results_test_support.h"

#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <fstream>
#include <set>
#include <sstream>

using namespace regiosim;
using namespace regiosim::output;
using namespace regiosim::output::testing;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::set<std::string> names_in(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.insert(e.path().filename().string());
  return names;
}

// Names from a list, then fresh ones: a test plants files where the writer will look first.
TemporaryNames planted_first(std::vector<fs::path> planted) {
  auto next = std::make_shared<std::size_t>(0);
  return [planted = std::move(planted), next](const fs::path& target) {
    return *next < planted.size() ? planted[(*next)++] : temporary_name(target);
  };
}

// A pid that no process has: a child that has exited and been reaped.
pid_t dead_pid() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return child;
}

// RLIMIT_FSIZE for the life of the object, with SIGXFSZ ignored so that writes past it fail with
// EFBIG instead of killing the test (CTest runs each test case in its own process).
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    ::getrlimit(RLIMIT_FSIZE, &old_);
    rlimit limit = old_;
    limit.rlim_cur = bytes;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
    old_handler_ = std::signal(SIGXFSZ, SIG_IGN);
  }
  ~FileSizeLimit() {
    ::setrlimit(RLIMIT_FSIZE, &old_);
    std::signal(SIGXFSZ, old_handler_);
  }
  FileSizeLimit(const FileSizeLimit&) = delete;
  FileSizeLimit& operator=(const FileSizeLimit&) = delete;

 private:
  rlimit old_{};
  void (*old_handler_)(int) = SIG_DFL;
};

ssize_t open_hdf5_objects() {
  detail::Hdf5Lock lock;
  return H5Fget_obj_count(H5F_OBJ_ALL, H5F_OBJ_ALL);
}

}  // namespace

TEST_CASE("Temporary names are next to the target, carry the pid and cannot be predicted", "[output]") {
  const fs::path target = fs::path("some") / "folder" / "results.h5";
  const std::string prefix = "results.h5.tmp-" + std::to_string(::getpid()) + "-";
  std::set<std::string> seen;
  for (int i = 0; i < 50; ++i) {
    const fs::path name = temporary_name(target);
    CHECK(name.parent_path() == target.parent_path());
    const std::string file = name.filename().string();
    REQUIRE_THAT(file, StartsWith(prefix));
    const std::string suffix = file.substr(prefix.size());
    CHECK(suffix.size() == 12);
    CHECK(suffix.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789") == std::string::npos);
    seen.insert(file);
  }
  CHECK(seen.size() == 50);
  CHECK(temporary_name("x.h5").parent_path() == ".");
}

TEST_CASE("A symbolic link planted at a temporary name is not followed (text file)", "[output]") {
  TempDir dir;
  const auto victim = dir / "victim.txt";
  write_text(victim, "precious");
  const auto planted = dir / "out.toml.tmp-1-planted";
  fs::create_symlink(victim, planted);
  write_file_atomically(dir / "out.toml", "calibrated = true\n", planted_first({planted}));
  CHECK(read_all(victim) == "precious");
  CHECK(fs::is_symlink(planted));
  CHECK(read_all(dir / "out.toml") == "calibrated = true\n");
  CHECK(names_in(dir.path()) == std::set<std::string>{"victim.txt", "out.toml.tmp-1-planted", "out.toml"});
}

TEST_CASE("A symbolic link or file planted at a temporary name is not opened by HDF5", "[output]") {
  TempDir dir;
  const auto victim = dir / "victim.txt";
  write_text(victim, "precious");
  const auto link = dir / "results.h5.tmp-1-link";
  const auto file = dir / "results.h5.tmp-1-file";
  fs::create_symlink(victim, link);
  write_text(file, "someone else's");
  const auto target = dir / "results.h5";
  {
    detail::Hdf5Lock lock;
    const detail::Context ctx(target.string());
    detail::NewHdf5File h5(ctx, target, planted_first({link, file}));
    CHECK(h5.temporary() != link);
    CHECK(h5.temporary() != file);
    h5.commit(ctx);
  }
  CHECK(read_all(victim) == "precious");
  CHECK(read_all(file) == "someone else's");
  CHECK(fs::is_symlink(link));
  CHECK(H5Fis_hdf5(target.c_str()) > 0);
  CHECK(names_in(dir.path()) == std::set<std::string>{"victim.txt", "results.h5.tmp-1-link", "results.h5.tmp-1-file",
                                                       "results.h5"});
}

TEST_CASE("Stale temporaries of killed writers are removed, foreign names, links and live writers kept",
          "[output]") {
  TempDir dir;
  const auto target = dir / "out.h5";
  const std::string dead = std::to_string(dead_pid());
  const std::string alive = std::to_string(::getpid());
  write_text(dir / ("out.h5.tmp-" + dead), "old-style name of a killed writer");
  write_text(dir / ("out.h5.tmp-" + dead + "-abcdefghijkl"), "a killed writer");
  write_text(dir / ("out.h5.tmp-" + alive + "-abcdefghijkl"), "a live writer");
  write_text(dir / "out.h5.tmp-99999999999999999999", "a stray name (not a pid)");
  write_text(dir / "out.h5.tmp-12x", "a stray name");
  write_text(dir / "out.h5.tmp-", "a stray name");
  write_text(dir / "other.h5.tmp-1", "another target's");
  fs::create_symlink("nowhere", dir / ("out.h5.tmp-" + dead + "-link"));
  remove_stale_temporaries(target);
  CHECK(names_in(dir.path()) == std::set<std::string>{"out.h5.tmp-" + alive + "-abcdefghijkl",
                                                       "out.h5.tmp-99999999999999999999", "out.h5.tmp-12x",
                                                       "out.h5.tmp-", "other.h5.tmp-1", "out.h5.tmp-" + dead + "-link"});
  // A writer to the same target is not stopped by any of them.
  write_file_atomically(target, "complete");
  CHECK(read_all(target) == "complete");
}

TEST_CASE("A text file past the file-size limit fails with the system's reason and leaves nothing", "[output]") {
  TempDir dir;
  const auto target = dir / "ready.scenario.toml";
  write_text(target, "the old file");
  {
    FileSizeLimit limit(4096);
    CHECK_THROWS_WITH(write_file_atomically(target, std::string(20000, 'x')),
                      Contains("ready.scenario.toml: cannot write the file: File too large"));
  }
  CHECK(read_all(target) == "the old file");
  CHECK(names_in(dir.path()) == std::set<std::string>{"ready.scenario.toml"});
}

TEST_CASE("A results file past the file-size limit fails cleanly: reason, no file, no open HDF5 object", "[output]") {
  TempDir dir;
  const auto target = dir / "results.h5";
  REQUIRE(open_hdf5_objects() == 0);
  {
    FileSizeLimit limit(16 * 1024);
    std::string message;
    try {
      ResultsWriter writer(target, sample_provenance());
      writer.add_scenario(sample_scenario("baseline"), 3);
      for (std::size_t r = 0; r < 3; ++r) writer.write_run(sample_run("baseline", r, 400));
      writer.commit();
    } catch (const ResultsFileError& e) {
      message = e.what();
    }
    CHECK_THAT(message, Contains("File too large"));
  }
  CHECK(fs::is_empty(dir.path()));
  CHECK(open_hdf5_objects() == 0);
}

TEST_CASE("A whole-file write (findings, sweep, calibration) past the limit fails cleanly", "[output]") {
  TempDir dir;
  const auto target = dir / "findings.h5";
  FindingsRecord record;
  record.region = "region";
  record.region_source = "region.toml";
  record.region_toml = std::string(64 * 1024, '#');
  record.replications = 1;
  record.draws = 10;
  REQUIRE(open_hdf5_objects() == 0);
  {
    FileSizeLimit limit(16 * 1024);
    CHECK_THROWS_WITH(write_findings_file(target, sample_provenance(), record), Contains("File too large"));
  }
  CHECK(fs::is_empty(dir.path()));
  CHECK(open_hdf5_objects() == 0);
  // Without the limit the same record is written.
  write_findings_file(target, sample_provenance(), record);
  CHECK(read_findings_file(target).region_toml == record.region_toml);
}

TEST_CASE("An abandoned results writer closes every HDF5 object and removes its file", "[output]") {
  TempDir dir;
  {
    ResultsWriter writer(dir / "results.h5", sample_provenance());
    writer.add_scenario(sample_scenario("baseline"), 2);
    writer.write_run(sample_run("baseline", 0));
    CHECK(open_hdf5_objects() > 0);
  }
  CHECK(open_hdf5_objects() == 0);
  CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("The writer does not create folders", "[output]") {
  TempDir dir;
  CHECK_THROWS_WITH(ResultsWriter(dir / "missing" / "results.h5", sample_provenance()),
                    Contains("cannot create a temporary file in") && Contains("No such file or directory"));
  CHECK(fs::is_empty(dir.path()));
}
