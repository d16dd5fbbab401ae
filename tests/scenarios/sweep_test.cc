// Sweep files: designs expanded into points (grid order, ranges mapped to integer and real values,
// discrete levels), fixed overrides, seeds shared by all points, the identity that guards --resume,
// and bad input reported with file, line and key.
#include "scenarios/sweep.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <set>

using namespace regiosim;
using namespace regiosim::scenarios;

namespace {

SweepDefinition load(const std::string& text) { return load_sweep_text(text, "sweep.toml", REGIOSIM_SOURCE_DIR "/scenarios"); }

std::vector<std::string> messages(const std::string& text) {
  try {
    load(text);
  } catch (const ScenarioError& e) {
    std::vector<std::string> out;
    for (const auto& d : e.diagnostics()) out.push_back(d.format());
    return out;
  }
  return {};
}

// A Latin hypercube of 50 points over a real range, an integer range and a boolean's two levels.
std::string lhs_sweep(int seed) {
  return "design = \"lhs\"\npoints = 50\nseed = " + std::to_string(seed) + "\n" + R"([[factor]]
key = "policy.caseload_per_coach"
min = 40
max = 160
[[factor]]
key = "policy.aftercare.weeks"
min = 0
max = 26
[[factor]]
key = "policy.single_contact"
values = [false, true]
)";
}

}  // namespace

TEST_CASE("A grid sweep has every combination, the first factor varying slowest", "[sweep]") {
  const auto s = load(R"(
design = "grid"
replications = 3
[set]
"sim.weeks" = 52
[[factor]]
key = "policy.aftercare.weeks"
values = [4, 13]
[[factor]]
key = "policy.employer_approach"
values = ["integral", "demand", "supply"]
)");
  REQUIRE(s.points.size() == 6);
  CHECK(s.run_count() == 18);
  CHECK(std::get<std::int64_t>(s.points[0].values[0]) == 4);
  CHECK(std::get<std::string>(s.points[0].values[1]) == "integral");
  CHECK(std::get<std::string>(s.points[2].values[1]) == "supply");
  CHECK(std::get<std::int64_t>(s.points[3].values[0]) == 13);
  const auto p4 = s.point_params(4);
  CHECK(p4.policy.aftercare_weeks == 13);
  CHECK(p4.sim.weeks == 52);  // the fixed override applies to every point
  CHECK(s.factors[1].numeric(s.points[4].values[1]) == 1.0);
  std::set<std::string> hashes;
  for (const auto& p : s.points) hashes.insert(p.content_hash);
  CHECK(hashes.size() == 6);
  // Replication r has one seed at every point (common random numbers), different seeds per r.
  CHECK(s.replication_seed(0) != s.replication_seed(1));
}

TEST_CASE("Sampled designs map coordinates onto ranges and levels", "[sweep]") {
  const auto s = load(lhs_sweep(7));
  REQUIRE(s.points.size() == 50);
  std::set<std::int64_t> weeks;
  int single = 0;
  for (const auto& p : s.points) {
    const double caseload = std::get<double>(p.values[0]);
    CHECK(caseload >= 40.0);
    CHECK(caseload <= 160.0);
    CHECK(caseload == Approx(40.0 + 120.0 * p.unit[0]));
    const auto w = std::get<std::int64_t>(p.values[1]);
    CHECK(w >= 0);
    CHECK(w <= 26);
    weeks.insert(w);
    single += std::get<bool>(p.values[2]) ? 1 : 0;
  }
  CHECK(weeks.size() >= 20);  // a Latin hypercube of 50 points reaches most of the 27 whole weeks
  CHECK(single == 25);        // one point per stratum: exactly half the points in each level
  // The same file gives the same design; another seed another one.
  CHECK(load(lhs_sweep(7)).identity == s.identity);
  const auto other = load(lhs_sweep(8));
  CHECK(other.identity != s.identity);
}

TEST_CASE("Saltelli and Morris sweeps carry their designs", "[sweep]") {
  const auto saltelli = load(R"(
design = "saltelli"
points = 16
[[factor]]
key = "policy.caseload_per_coach"
min = 40
max = 160
[[factor]]
key = "policy.cold_acquisition_share"
min = 0.0
max = 1.0
)");
  REQUIRE(saltelli.saltelli);
  CHECK(saltelli.points.size() == 16 * 4);
  const auto morris = load(R"(
design = "morris"
points = 5
levels = 4
[[factor]]
key = "policy.caseload_per_coach"
min = 40
max = 160
[[factor]]
key = "policy.aftercare.weeks"
min = 0
max = 26
)");
  REQUIRE(morris.morris);
  CHECK(morris.points.size() == 5 * 3);
  for (const auto& p : morris.points) {
    CHECK(std::get<double>(p.values[0]) >= 40.0);
    CHECK(std::get<std::int64_t>(p.values[1]) <= 26);
  }
}

TEST_CASE("Bad sweep files list every problem with line and key", "[sweep]") {
  const auto m = messages(R"(design = "cube"
replications = -1
[[factor]]
key = "policy.caseload_per_coch"
values = [80]
[[factor]]
key = "policy.aftercare.weeks"
min = 10
max = 4
)");
  REQUIRE(m.size() == 4);
  CHECK(m[0] == "sweep.toml:1:10: design: must be one of: grid, lhs, sobol, saltelli, morris, got \"cube\"");
  CHECK(m[1] == "sweep.toml:2:16: replications: must be in [1, 100000], got -1");
  CHECK(m[2] == "sweep.toml:4:7: policy.caseload_per_coch: unknown parameter; did you mean 'policy.caseload_per_coach'?");
  CHECK(m[3] == "sweep.toml:8:7: policy.aftercare.weeks: min must be below max");

  const auto grid = messages(R"(design = "grid"
points = 4
[[factor]]
key = "policy.caseload_per_coach"
min = 40
max = 160
)");
  REQUIRE(grid.size() == 2);
  CHECK(grid[0] == "sweep.toml:2:10: points: not used by the grid design (its points are every combination of the values)");
  CHECK(grid[1] == "sweep.toml:3: policy.caseload_per_coach: the grid design needs values = [...] for every factor");

  CHECK(messages("design = \"grid\"\n").front() == "sweep.toml: factor: missing; declare at least one [[factor]] with a key and values or min/max");
  CHECK(messages("design = \"grid\"\n[[factor]]\nkey = \"policy.aftercare.weeks\"\nvalues = [4]\n[set]\n\"policy.caseload_per_coach\" = \"many\"\n")
            .front()
            .starts_with("sweep.toml:6: set.policy.caseload_per_coach: expected a number"));
}

TEST_CASE("Sweep problems are sorted by file, line and column", "[sweep]") {
  const auto m = messages(R"(design = "lhs"
replications = 0
[[factor]]
key = "policy.aftercare.weeks"
min = 1
max = 4
colour = 3
)");
  // Found in the order: replications (line 2), points (missing: no line), colour (line 7).
  REQUIRE(m.size() == 3);
  CHECK(m[0] == "sweep.toml: points: missing; the lhs design needs the number of points");
  CHECK(m[1] == "sweep.toml:2:16: replications: must be in [1, 100000], got 0");
  CHECK(m[2] == "sweep.toml:7:10: factor.colour: unknown key (a factor has key, values, min and max)");
}

TEST_CASE("A missing or directory base scenario is reported at the sweep file's scenario key", "[sweep]") {
  const auto missing = messages(R"(design = "grid"
scenario = "no-such-scenario.toml"
[set]
"policy.caseload_per_coch" = 60
[[factor]]
key = "sim.weeks"
values = [4]
)");
  // The [set] values are still checked.
  REQUIRE(missing.size() == 2);
  CHECK(missing[0] == "sweep.toml:2:12: scenario: cannot open 'no-such-scenario.toml' (relative to the sweep file's "
                      "directory): no such file");
  CHECK(missing[1] == "sweep.toml:4: set.policy.caseload_per_coch: unknown key; did you mean 'policy.caseload_per_coach'?");
  const auto folder = messages("design = \"grid\"\nscenario = \".\"\n[[factor]]\nkey = \"sim.weeks\"\nvalues = [4]\n");
  REQUIRE(folder.size() == 1);
  CHECK(folder[0] == "sweep.toml:2:12: scenario: '.' (relative to the sweep file's directory) is a directory, not a scenario file");
}

TEST_CASE("More than kMaxSweepRuns runs are refused before the design is generated", "[sweep]") {
  const std::string factors = R"(
[[factor]]
key = "policy.caseload_per_coach"
min = 40
max = 160
[[factor]]
key = "policy.aftercare.weeks"
min = 0
max = 26
)";
  // 10^11 runs: refused at once (generating the design would take minutes and gigabytes).
  const auto huge = messages("design = \"lhs\"\npoints = 1000000\nreplications = 100000\n" + factors);
  REQUIRE(huge.size() == 1);
  CHECK(huge[0] == "sweep.toml:2:10: points: 1000000 points x 100000 replications = 100000000000 runs; at most 10000000 "
                   "runs in one sweep");
  const auto saltelli = messages("design = \"saltelli\"\npoints = 1000000\nreplications = 4\n" + factors);
  REQUIRE(saltelli.size() == 1);
  CHECK(saltelli[0] == "sweep.toml:2:10: points: 1000000 base rows x (2 factors + 2) = 4000000 points x 4 replications = "
                       "16000000 runs; at most 10000000 runs in one sweep");
  const auto morris = messages("design = \"morris\"\npoints = 1000000\nreplications = 4\n" + factors);
  REQUIRE(morris.size() == 1);
  CHECK(morris[0].starts_with("sweep.toml:2:10: points: 1000000 trajectories x (2 factors + 1) = 3000000 points x 4"));
  // A grid has no points key: the replications are named.
  const auto grid = messages("design = \"grid\"\nreplications = 100000\n[[factor]]\nkey = \"sim.weeks\"\nvalues = [1, 2, 3, 4, 5, "
                             "6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, "
                             "32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, "
                             "57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, "
                             "82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101]\n");
  REQUIRE(grid.size() == 1);
  CHECK(grid[0] == "sweep.toml:2:16: replications: the grid's 101 points x 100000 replications = 10100000 runs; at most "
                   "10000000 runs in one sweep");
  // Exactly at the limit is allowed.
  CHECK(kMaxSweepRuns == 10000000);
  const auto limit = load("design = \"sobol\"\npoints = 100\nreplications = 100000\n" + factors);
  CHECK(limit.run_count() == kMaxSweepRuns);
  CHECK(limit.points.size() == 100);
}

TEST_CASE("A grid whose point count does not fit in 64 bits is refused, not wrapped around", "[sweep]") {
  // Seven factors of 1000 values each: 10^21 points.
  std::string values = "values = [";
  for (int i = 0; i < 1000; ++i) values += (i ? ", " : "") + std::to_string(i / 1000.0);
  values += "]\n";
  std::string text = "design = \"grid\"\n";
  for (const char* key : {"policy.lks.max_loonwaarde", "policy.werkmakelaar.share", "policy.cold_acquisition_share",
                          "policy.social_return.share", "coach.skill_mean", "population.female_share",
                          "population.disability_share"}) {
    text += std::string("[[factor]]\nkey = \"") + key + "\"\n" + values;
  }
  const auto m = messages(text);
  REQUIRE(m.size() == 1);
  CHECK(m[0] == "sweep.toml: factor: the grid has more than 18446744073709551615 points; at most 1000000");
}

TEST_CASE("Keys that must agree are checked at every point of a sweep, as run checks a scenario", "[sweep][bad-input]") {
  // More markets than employers at one of two points: refused at the factor, naming the point.
  const auto markets = messages(R"(design = "grid"
[set]
"region.employers" = 20
[[factor]]
key = "region.markets"
values = [1, 50]
)");
  REQUIRE(markets.size() == 1);
  CHECK(markets[0] == "sweep.toml:4: region.markets: must not exceed region.employers (20), got 50: every market needs "
                      "employers; at 1 of the 2 points, the first point 1 (region.markets = 50)");
  // Varying the employers instead: reported where region.markets is set.
  const auto employers = messages(R"(design = "grid"
[set]
"region.markets" = 30
[[factor]]
key = "region.employers"
values = [10, 20, 40]
)");
  REQUIRE(employers.size() == 1);
  CHECK(employers[0].starts_with("sweep.toml:3: set.region.markets: must not exceed region.employers (10), got 30"));
  CHECK(employers[0].ends_with("at 2 of the 3 points, the first point 0 (region.employers = 10)"));
}

TEST_CASE("A sweep over sim.weeks cannot store time series (they would differ in length)", "[sweep][bad-input]") {
  const auto m = messages(R"(design = "grid"
timeseries = true
[[factor]]
key = "sim.weeks"
values = [4, 8]
)");
  REQUIRE(m.size() == 1);
  CHECK(m[0] == "sweep.toml:3: sim.weeks: varies the weeks simulated, so the runs' time series differ in length and "
                "cannot be stored together; leave out timeseries, or give sim.weeks one value in [set]");
  // Without stored series, or with the weeks fixed, it is fine.
  CHECK(messages("design = \"grid\"\n[[factor]]\nkey = \"sim.weeks\"\nvalues = [4, 8]\n").empty());
  CHECK(messages("design = \"grid\"\ntimeseries = true\n[set]\n\"sim.weeks\" = 8\n[[factor]]\nkey = \"sim.burn_in_weeks\"\n"
                 "values = [0, 4]\n")
            .empty());
}

TEST_CASE("A deeply nested sweep file is refused before parsing", "[sweep][bad-input][input-limits]") {
  std::string key = "a";
  for (int i = 0; i < 50000; ++i) key += ".b";
  const auto m = messages("design = \"grid\"\n" + key + " = 1\n");
  REQUIRE(m.size() == 1);
  CHECK(m[0] == "sweep.toml:2:1: tables, dotted keys and lists nested 33 levels deep; at most 32");
}
