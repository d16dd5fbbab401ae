// The memory check of scenario and sweep files (scenarios/memory_check.h): runs estimated above the
// limit are refused at the key that drives the estimate, where it was written (file, --set, variant,
// sweep factor or [set]), together with every other problem; runs at once multiply the estimate;
// --memory-limit sizes are read in decimal and binary units; a container's cgroup memory limit is
// found in a cgroup v1 or v2 hierarchy.
#include "scenarios/memory_check.h"
#include "scenarios/sweep.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace regiosim;
using namespace regiosim::scenarios;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

constexpr std::uint64_t kGiB = 1ULL << 30;

MemoryBudget budget(std::uint64_t bytes, int threads = 1) {
  MemoryBudget b;
  b.limit_bytes = bytes;
  b.limit_source = "--memory-limit test";
  b.threads = threads;
  return b;
}

std::vector<Diagnostic> memory_problems(const std::string& text, const LoadOptions& options) {
  try {
    load_scenario_text(text, "huge.toml", ".", options);
  } catch (const ScenarioError& e) {
    return e.diagnostics();
  }
  return {};
}

const std::string kHuge = "schema_version = 1\nname = \"huge\"\n\n[region]\njob_seekers = 40000000\n";

}  // namespace

TEST_CASE("region.job_seekers = 40000000 is refused at its line, with the estimate and the limit", "[memory]") {
  const auto d = memory_problems(kHuge, {.memory = budget(16 * kGiB)});
  REQUIRE(d.size() == 1);
  CHECK(d[0].file == "huge.toml");
  CHECK(d[0].line == 5);
  CHECK(d[0].column == 15);
  CHECK(d[0].key == "region.job_seekers");
  CHECK_THAT(d[0].message, StartsWith("the runs need an estimated "));
  CHECK_THAT(d[0].message, Contains("more than the limit of 16.0 GiB (--memory-limit test)"));
  CHECK_THAT(d[0].message, Contains("1 run at a time"));
  CHECK_THAT(d[0].message, Contains("To proceed, lower region.job_seekers"));
  CHECK_THAT(d[0].message, Contains("raise the limit (e.g. --memory-limit "));
  // Without a budget, or with enough of it, the same file loads.
  CHECK(memory_problems(kHuge, {}).empty());
  CHECK(memory_problems(kHuge, {.memory = budget(1ULL << 50)}).empty());
}

TEST_CASE("The memory problem is reported together with the file's other problems", "[memory]") {
  const auto d = memory_problems(kHuge + "employrs = 5\n[policy]\ncaseload_per_coach = -1\n", {.memory = budget(16 * kGiB)});
  REQUIRE(d.size() == 3);
  CHECK(d[0].key == "region.job_seekers");
  CHECK(d[1].key == "region.employrs");
  CHECK(d[2].key == "policy.caseload_per_coach");
}

TEST_CASE("The diagnostic points where the driving value was written", "[memory]") {
  SECTION("--set") {
    const auto d = memory_problems("schema_version = 1\n", {.overrides = {"region.job_seekers=40000000"}, .memory = budget(16 * kGiB)});
    REQUIRE(d.size() == 1);
    CHECK(d[0].format().rfind("--set: region.job_seekers: the runs need", 0) == 0);
  }
  SECTION("a variant") {
    const auto d = memory_problems("schema_version = 1\n[variants.big]\nregion.job_seekers = 40000000\n", {.memory = budget(16 * kGiB)});
    REQUIRE(d.size() == 1);
    CHECK(d[0].line == 3);
    CHECK(d[0].key == "variants.big.region.job_seekers");
  }
  SECTION("a key at its default: the file, and the largest contributor") {
    const auto d = memory_problems("schema_version = 1\n", {.memory = budget(1 << 20)});
    REQUIRE(d.size() == 1);
    CHECK(d[0].line == 0);
    CHECK(d[0].key == "region.job_seekers");  // the key with the most bytes: seeker records, spells, working data
  }
}

TEST_CASE("Runs at once multiply the estimate, and fewer threads are suggested when they would do", "[memory]") {
  const auto set = load_scenario_text("schema_version = 1\n[region]\njob_seekers = 100000\n[sim]\nreplications = 8\n", "x.toml", ".");
  const std::vector<const Scenario*> runs = {&set.scenarios.front()};
  const auto one = estimate_memory(runs, 1);
  const auto four = estimate_memory(runs, 4);
  const auto many = estimate_memory(runs, 64);
  CHECK(one.concurrent == 1);
  CHECK(four.concurrent == 4);
  CHECK(many.concurrent == 8);  // no more than there are runs
  CHECK(four.concurrent_bytes == 4 * one.concurrent_bytes);
  CHECK(four.total_bytes > one.total_bytes);
  CHECK(one.held_bytes == 8 * one.largest_run.result_bytes);
  // A limit between one and four runs at once: refused with four threads, with --threads advice.
  const auto limit = (one.total_bytes + four.total_bytes) / 2;
  CHECK(check_memory(runs, budget(limit, 1)).empty());
  const auto d = check_memory(runs, budget(limit, 4));
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].message, Contains("4 runs at a time") && Contains("run fewer at once (--threads 2)"));
}

TEST_CASE("Scenarios run alongside (run --baseline) count towards the estimate", "[memory]") {
  const auto big = load_scenario_text(kHuge, "huge.toml", ".");
  auto b = budget(16 * kGiB, 2);
  b.alongside = {big.scenarios.front()};
  const auto d = memory_problems("schema_version = 1\n", {.memory = b});
  REQUIRE(d.size() == 1);
  CHECK(d[0].file == "huge.toml");
  CHECK(d[0].line == 5);
  CHECK(d[0].key == "region.job_seekers");
}

TEST_CASE("A sweep is checked at its largest point, at the factor that drives it", "[memory]") {
  const std::string text = R"(design = "grid"
replications = 2
[set]
"sim.weeks" = 260
[[factor]]
key = "region.job_seekers"
values = [2500, 40000000, 5000]
)";
  CHECK_NOTHROW(load_sweep_text(text, "sweep.toml", "."));
  try {
    load_sweep_text(text, "sweep.toml", ".", {.memory = budget(16 * kGiB, 2)});
    FAIL("expected a memory problem");
  } catch (const ScenarioError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    const auto& d = e.diagnostics().front();
    CHECK(d.format().rfind("sweep.toml:5: region.job_seekers: the sweep's 6 runs (largest at point 1: "
                           "region.job_seekers = 40000000) need an estimated ", 0) == 0);
    CHECK_THAT(d.message, Contains("2 runs at a time"));
  }
  SECTION("the same in [set]") {
    const std::string fixed = "design = \"grid\"\n[set]\n\"region.job_seekers\" = 40000000\n[[factor]]\n"
                              "key = \"policy.aftercare.weeks\"\nvalues = [4, 13]\n";
    try {
      load_sweep_text(fixed, "sweep.toml", ".", {.memory = budget(16 * kGiB)});
      FAIL("expected a memory problem");
    } catch (const ScenarioError& e) {
      REQUIRE(e.diagnostics().size() == 1);
      CHECK(e.diagnostics().front().line == 3);
      CHECK(e.diagnostics().front().key == "set.region.job_seekers");
    }
  }
  SECTION("the estimate of a sweep names its largest point") {
    const auto sweep = load_sweep_text(text, "sweep.toml", ".");
    const auto m = estimate_sweep_memory(sweep, 2);
    CHECK(m.largest_point == 1);
    CHECK(m.demand.runs == 6);
    CHECK(m.demand.concurrent == 2);
    CHECK(m.demand.driver_key == "region.job_seekers");
  }
}

TEST_CASE("Memory limits are read in decimal and binary units", "[memory]") {
  CHECK(parse_byte_size("123") == 123U);
  CHECK(parse_byte_size("8GiB") == 8 * kGiB);
  CHECK(parse_byte_size("8 gib") == 8 * kGiB);
  CHECK(parse_byte_size("8G") == 8 * kGiB);
  CHECK(parse_byte_size("1.5GiB") == 3 * kGiB / 2);
  CHECK(parse_byte_size("500MB") == 500'000'000U);
  CHECK(parse_byte_size("500mb") == 500'000'000U);
  CHECK(parse_byte_size("64KiB") == 65536U);
  CHECK(parse_byte_size("2TB") == 2'000'000'000'000U);
  CHECK(parse_byte_size(" 100 B ") == 100U);
  for (const char* bad : {"", "0", "-5", "lots", "5XB", "GiB", "1.2.3G", "0.1", "1e3"}) {
    INFO(bad);
    CHECK_FALSE(parse_byte_size(bad).has_value());
  }
}

namespace {

// A fake /proc/self/cgroup and /sys/fs/cgroup under a fresh temporary directory (named by process:
// ctest runs test cases as processes side by side).
class CgroupTree {
 public:
  explicit CgroupTree(const std::string& self_cgroup)
      : dir_(std::filesystem::temp_directory_path() /
             ("regiosim-cgroup-" + std::to_string(::getpid()) + "-" + std::to_string(++count_))) {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(root());
    write("self_cgroup", self_cgroup);
  }
  ~CgroupTree() { std::filesystem::remove_all(dir_); }
  CgroupTree(const CgroupTree&) = delete;
  CgroupTree& operator=(const CgroupTree&) = delete;
  std::filesystem::path self() const { return dir_ / "self_cgroup"; }
  std::filesystem::path root() const { return dir_ / "sys_fs_cgroup"; }
  void write(const std::filesystem::path& relative, const std::string& text) const {
    const auto file = dir_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file) << text;
  }
  std::optional<std::uint64_t> limit() const { return cgroup_memory_limit(self(), root()); }

 private:
  static inline int count_ = 0;
  std::filesystem::path dir_;
};

}  // namespace

TEST_CASE("A cgroup v2 memory.max limits the default budget, the value max does not", "[memory]") {
  CgroupTree t("0::/user.slice/job.scope\n");
  CHECK_FALSE(t.limit().has_value());  // no memory.max anywhere
  t.write("sys_fs_cgroup/user.slice/job.scope/memory.max", "max\n");
  CHECK_FALSE(t.limit().has_value());
  t.write("sys_fs_cgroup/user.slice/job.scope/memory.max", "4294967296\n");
  CHECK(t.limit() == 4 * kGiB);
  // A parent's lower limit binds the group.
  t.write("sys_fs_cgroup/user.slice/memory.max", "2147483648\n");
  CHECK(t.limit() == 2 * kGiB);
  t.write("sys_fs_cgroup/user.slice/memory.max", "17179869184\n");
  CHECK(t.limit() == 4 * kGiB);
}

TEST_CASE("Inside a container whose namespace hides the group's path, the mount's root counts", "[memory]") {
  CgroupTree t("0::/docker/0123abcd\n");  // the path as the host names it; not under this mount
  t.write("sys_fs_cgroup/memory.max", "1073741824\n");
  CHECK(t.limit() == kGiB);
}

TEST_CASE("The limit of a cgroup v1 memory controller counts, its value for unlimited does not", "[memory]") {
  CgroupTree t("9:name=systemd:/\n4:cpu,memory:/process_api/42\n0::/\n");
  t.write("sys_fs_cgroup/memory/process_api/42/memory.limit_in_bytes", "9223372036854771712\n");
  CHECK_FALSE(t.limit().has_value());
  t.write("sys_fs_cgroup/memory/process_api/42/memory.limit_in_bytes", "3221225472\n");
  CHECK(t.limit() == 3 * kGiB);
  // A v2 memory.max beside it is not what this hierarchy's memory controller reads.
  t.write("sys_fs_cgroup/memory.max", "1073741824\n");
  CHECK(t.limit() == 3 * kGiB);
}

TEST_CASE("Unreadable or malformed cgroup files give no limit", "[memory]") {
  CHECK_FALSE(cgroup_memory_limit("/nonexistent/self_cgroup", "/nonexistent").has_value());
  CgroupTree t("garbage without colons\n0::/g\n");
  for (const char* bad : {"", "lots", "-5", "0", "12 34", "1e9"}) {
    INFO(bad);
    t.write("sys_fs_cgroup/g/memory.max", std::string(bad) + "\n");
    CHECK_FALSE(t.limit().has_value());
  }
  t.write("sys_fs_cgroup/g/memory.max", "536870912");  // no newline
  CHECK(t.limit() == kGiB / 2);
}
