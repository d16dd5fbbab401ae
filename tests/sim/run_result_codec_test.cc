// RunResult in bytes: exact round trip (bit for bit, NaN included) and refusal of malformed input.
#include "sim/run_result_codec.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <limits>

using namespace regiosim::sim;

namespace {

RunResult sample_run() {
  RunResult run;
  run.scenario = "aftercare_13w";
  run.replication = 7;
  run.seed = 0xDEADBEEFCAFEF00Dull;
  run.weeks_completed = 520;
  SeriesTable s;
  s.name = "stock";
  s.unit = "persons";
  s.description = "seekers by state";
  s.columns = {"a", "b"};
  s.integer = true;
  s.nonnegative = true;
  s.rows = 3;
  s.values = {1, 2, 3, 4, 5, 6};
  run.series.push_back(s);
  s.name = "curve";
  s.group = "curves";
  s.integer = false;
  s.nonnegative = false;
  s.undefined_when_zero = {"", "a"};
  s.values = {0.1, -0.0, std::numeric_limits<double>::quiet_NaN(), 1e300, 5e-324, -7.25};
  run.series.push_back(s);
  run.metrics.push_back({"placements", "persons", "placements in the window", 5933.0});
  run.metrics.push_back({"median_weeks_to_placement", "weeks", "", std::numeric_limits<double>::quiet_NaN(),
                         "nobody placed", true, true});
  RecordTable spells;
  spells.name = "spells";
  spells.description = "job spells";
  spells.columns.push_back({"seeker", "id", {}, {1, 2, 3}, true});
  spells.columns.push_back({"route", "route", {"regular", "lks"}, {0, 1, -1}});
  run.records.push_back(spells);
  run.timings.names = {"inflow", "assign"};
  run.timings.seconds = {0.25, 0.5};
  run.timings.serial_seconds = {0.25, 0.0};
  return run;
}

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

}  // namespace

TEST_CASE("A run survives encoding bit for bit", "[codec]") {
  const RunResult run = sample_run();
  const RunResult back = decode_run_result(encode_run_result(run));
  CHECK(back.scenario == run.scenario);
  CHECK(back.replication == run.replication);
  CHECK(back.seed == run.seed);
  CHECK(back.weeks_completed == run.weeks_completed);
  REQUIRE(back.series.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(back.series[i].name == run.series[i].name);
    CHECK(back.series[i].group == run.series[i].group);
    CHECK(back.series[i].columns == run.series[i].columns);
    CHECK(back.series[i].integer == run.series[i].integer);
    CHECK(back.series[i].nonnegative == run.series[i].nonnegative);
    CHECK(back.series[i].undefined_when_zero == run.series[i].undefined_when_zero);
    CHECK(back.series[i].rows == run.series[i].rows);
    REQUIRE(back.series[i].values.size() == run.series[i].values.size());
    for (std::size_t k = 0; k < run.series[i].values.size(); ++k) {
      CHECK(same_bits(back.series[i].values[k], run.series[i].values[k]));
    }
  }
  REQUIRE(back.metrics.size() == 2);
  CHECK(back.metrics[0].value == 5933.0);
  CHECK(back.metrics[0].description == "placements in the window");
  CHECK(std::isnan(back.metrics[1].value));
  CHECK(back.metrics[1].undefined_when == "nobody placed");
  CHECK(back.metrics[1].undefined);
  CHECK(back.metrics[1].nonnegative);
  CHECK_FALSE(back.metrics[0].undefined);
  REQUIRE(back.records.size() == 1);
  CHECK(back.records[0].columns[0].nonnegative);
  CHECK_FALSE(back.records[0].columns[1].nonnegative);
  CHECK(back.records[0].columns[1].labels == std::vector<std::string>{"regular", "lks"});
  CHECK(back.records[0].columns[1].values == std::vector<std::int64_t>{0, 1, -1});
  CHECK(back.timings.seconds == run.timings.seconds);
  CHECK(back.timings.serial_seconds == run.timings.serial_seconds);
  CHECK(encode_run_result(back) == encode_run_result(run));
}

TEST_CASE("Malformed run records are refused, not misread", "[codec]") {
  const std::string bytes = encode_run_result(sample_run());
  CHECK_THROWS_AS(decode_run_result(""), RunResultCodecError);
  CHECK_THROWS_AS(decode_run_result("XXXX" + bytes.substr(4)), RunResultCodecError);
  CHECK_THROWS_AS(decode_run_result(bytes + "x"), RunResultCodecError);
  // Every truncation is detected.
  for (std::size_t n = 0; n < bytes.size(); n += 7) {
    CHECK_THROWS_AS(decode_run_result(std::string_view(bytes).substr(0, n)), RunResultCodecError);
  }
  // A huge length does not allocate: it is refused before.
  std::string corrupt = bytes;
  const std::uint64_t huge = ~std::uint64_t{0} / 2;
  std::memcpy(corrupt.data() + 4, &huge, sizeof huge);  // the scenario name's length
  CHECK_THROWS_AS(decode_run_result(corrupt), RunResultCodecError);
}
