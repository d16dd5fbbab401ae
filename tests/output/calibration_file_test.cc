// Calibration files: an ABC and an optimiser record written and read back field by field (NaN and
// infinity included), the file kind and checksums, an inconsistent record refused without leaving a
// file, and other kinds of file refused by the reader.
#include "output/calibration_file.h"
#include "output/sweep_file.h"
#include "results_test_support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace regiosim::output;
using regiosim::output::testing::TempDir;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

CalibrationRecord sample_record(bool abc) {
  CalibrationRecord c;
  c.name = "sample";
  c.description = "a record for the round trip";
  c.method = abc ? "abc-smc" : "bobyqa";
  c.definition_source = "cal.toml";
  c.definition_toml = "name = \"sample\"\n";
  c.base_scenario_source = "../default.toml";
  c.base_scenario = "schema_version = 1\n";
  c.calibrated_scenario = "extends = \"../default.toml\"\n";
  c.calibrated_scenario_file = "out/sample.scenario.toml";
  c.stop_reason = "completed 2 generations";
  c.replications = 2;
  c.holdout_replications = 3;
  c.evaluations = 123;
  c.model_runs = 251;
  c.seed = 18446744073709551615ull;
  c.parameters = {{"employment.dropout_per_year", "number", "per year", "assumption", "uniform [0.05, 1]", 0.05, 1.0, 0.31, "0.31",
                   0.27, abc ? 0.05 : kNaN, abc ? 0.18 : kNaN, 0.1, 0.95, abc ? 0.25 : kNaN, abc ? 0.4 : kNaN, abc ? 0.17 : kNaN,
                   abc ? kNaN : 0.5, abc ? kNaN : 1.5},
                  {"policy.aftercare.weeks", "integer", "weeks", "seed 002", "uniform [0, 26]", 0.0, 26.0, 7.0, "7", 7.5,
                   abc ? 3.0 : kNaN, abc ? 0.4 : kNaN, 1.3, 24.7, abc ? 2.0 : kNaN, abc ? 12.0 : kNaN, abc ? 0.43 : kNaN, kNaN, 0.0}};
  c.targets = {{"placements", "placements", 420.0, 15.0, 1.0, 418.0, 421.5, 410.0, 433.0, true},
               {"sustained_rate_52w", "share", 0.55, 0.03, 2.0, 0.5, 0.49, 0.45, 0.53, false}};
  const std::size_t rows = abc ? 4 : 3;
  for (std::size_t i = 0; i < rows; ++i) {
    c.sample.push_back(0.1 * static_cast<double>(i + 1));
    c.sample.push_back(static_cast<double>(i));
    c.sample_statistics.push_back(400.0 + static_cast<double>(i));
    c.sample_statistics.push_back(0.5);
    c.sample_distance.push_back(i == 0 && !abc ? kInf : static_cast<double>(i));
    if (abc) c.sample_weight.push_back(0.25);
  }
  if (abc) c.generations = {{0, kInf, 4, 4, 4.0}, {1, 3.5, 9, 4, 3.2}};
  for (std::int64_t r = 0; r < 5; ++r) {
    c.check_runs.push_back({r < 2 ? "fit" : "holdout", r < 2 ? r : r - 2, static_cast<std::uint64_t>(1000 + r)});
    c.check_values.push_back(410.0 + static_cast<double>(r));
    c.check_values.push_back(0.5);
  }
  return c;
}

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

void check_equal(const CalibrationRecord& a, const CalibrationRecord& b) {
  CHECK(a.name == b.name);
  CHECK(a.description == b.description);
  CHECK(a.method == b.method);
  CHECK(a.definition_source == b.definition_source);
  CHECK(a.definition_toml == b.definition_toml);
  CHECK(a.base_scenario_source == b.base_scenario_source);
  CHECK(a.base_scenario == b.base_scenario);
  CHECK(a.calibrated_scenario == b.calibrated_scenario);
  CHECK(a.calibrated_scenario_file == b.calibrated_scenario_file);
  CHECK(a.stop_reason == b.stop_reason);
  CHECK(a.replications == b.replications);
  CHECK(a.holdout_replications == b.holdout_replications);
  CHECK(a.evaluations == b.evaluations);
  CHECK(a.model_runs == b.model_runs);
  CHECK(a.seed == b.seed);
  REQUIRE(a.parameters.size() == b.parameters.size());
  for (std::size_t i = 0; i < a.parameters.size(); ++i) {
    const auto& x = a.parameters[i];
    const auto& y = b.parameters[i];
    CHECK(x.key == y.key);
    CHECK(x.type == y.type);
    CHECK(x.unit == y.unit);
    CHECK(x.source == y.source);
    CHECK(x.prior == y.prior);
    CHECK(x.value == y.value);
    for (auto [u, v] : {std::pair{x.min, y.min}, {x.max, y.max}, {x.estimate, y.estimate}, {x.prior_sd, y.prior_sd},
                        {x.posterior_sd, y.posterior_sd}, {x.sd_ratio, y.sd_ratio}, {x.prior_low, y.prior_low},
                        {x.prior_high, y.prior_high}, {x.posterior_low, y.posterior_low}, {x.posterior_high, y.posterior_high},
                        {x.interval_ratio, y.interval_ratio}, {x.profile_minus, y.profile_minus}, {x.profile_plus, y.profile_plus}}) {
      CHECK(same(u, v));
    }
  }
  REQUIRE(a.targets.size() == b.targets.size());
  for (std::size_t i = 0; i < a.targets.size(); ++i) {
    const auto& x = a.targets[i];
    const auto& y = b.targets[i];
    CHECK(x.kpi == y.kpi);
    CHECK(x.unit == y.unit);
    CHECK(x.within_tolerance == y.within_tolerance);
    for (auto [u, v] : {std::pair{x.target, y.target}, {x.tolerance, y.tolerance}, {x.weight, y.weight}, {x.fit_mean, y.fit_mean},
                        {x.holdout_mean, y.holdout_mean}, {x.holdout_low, y.holdout_low}, {x.holdout_high, y.holdout_high}}) {
      CHECK(same(u, v));
    }
  }
  CHECK(a.sample == b.sample);
  CHECK(a.sample_statistics == b.sample_statistics);
  CHECK(a.sample_distance == b.sample_distance);
  CHECK(a.sample_weight == b.sample_weight);
  REQUIRE(a.generations.size() == b.generations.size());
  for (std::size_t g = 0; g < a.generations.size(); ++g) {
    CHECK(a.generations[g].generation == b.generations[g].generation);
    CHECK(a.generations[g].epsilon == b.generations[g].epsilon);
    CHECK(a.generations[g].proposals == b.generations[g].proposals);
    CHECK(a.generations[g].accepted == b.generations[g].accepted);
    CHECK(a.generations[g].ess == b.generations[g].ess);
  }
  REQUIRE(a.check_runs.size() == b.check_runs.size());
  for (std::size_t r = 0; r < a.check_runs.size(); ++r) {
    CHECK(a.check_runs[r].set == b.check_runs[r].set);
    CHECK(a.check_runs[r].replication == b.check_runs[r].replication);
    CHECK(a.check_runs[r].seed == b.check_runs[r].seed);
  }
  CHECK(a.check_values == b.check_values);
}

const FileProvenance kProvenance{"0.1.0", "abc", "regiosim calibrate cal.toml --out x.h5", "2030-01-01T00:00:00Z", 2, 7, 2};

}  // namespace

TEST_CASE("Calibration files round-trip an ABC and an optimiser record", "[output][calibration]") {
  TempDir dir;
  for (bool abc : {true, false}) {
    INFO((abc ? "abc-smc" : "bobyqa"));
    const auto record = sample_record(abc);
    const auto path = dir.path() / (abc ? "abc.h5" : "opt.h5");
    write_calibration_file(path, kProvenance, record);
    CHECK(is_calibration_file(path));
    CHECK_FALSE(is_sweep_file(path));
    FileProvenance provenance;
    const auto back = read_calibration_file(path, &provenance);
    CHECK(provenance.command_line == kProvenance.command_line);
    check_equal(record, back);
    const auto integrity = verify_file(path);
    CHECK(integrity.verified >= 8);
    CHECK(integrity.unchecked == 0);
  }
}

TEST_CASE("An inconsistent calibration record is refused and leaves no file", "[output][calibration]") {
  TempDir dir;
  auto record = sample_record(true);
  record.sample_weight.pop_back();
  const auto path = dir.path() / "bad.h5";
  CHECK_THROWS_AS(write_calibration_file(path, kProvenance, record), ResultsFileError);
  CHECK(std::filesystem::is_empty(dir.path()));
  // A sweep file is not a calibration file.
  SweepRecord sweep;
  sweep.name = "s";
  sweep.design = "grid";
  write_sweep_file(dir.path() / "sweep.h5", kProvenance, sweep);
  CHECK_FALSE(is_calibration_file(dir.path() / "sweep.h5"));
  CHECK_THROWS_WITH(read_calibration_file(dir.path() / "sweep.h5"), Catch::Contains("not a calibration file"));
}
