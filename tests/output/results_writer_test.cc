// The writer's contract: all or nothing, every declared run present, inconsistent runs refused.
#include "output/results_file.h"
#include "tests/output/results_test_support.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace regiosim;
using namespace regiosim::output;
using namespace regiosim::output::testing;
using Catch::Matchers::Contains;

TEST_CASE("A writer destroyed without commit leaves no file behind", "[output]") {
  TempDir dir;
  const auto path = dir / "results.h5";
  std::filesystem::path temporary;
  {
    ResultsWriter writer(path, sample_provenance());
    temporary = writer.temporary_path();
    CHECK(temporary.parent_path() == path.parent_path());
    CHECK_THAT(temporary.filename().string(), Contains("results.h5.tmp-"));
    CHECK(std::filesystem::exists(temporary));
    CHECK_FALSE(std::filesystem::exists(path));
    writer.add_scenario(sample_scenario("baseline"), 2);
    writer.write_run(sample_run("baseline", 1));
    writer.write_run(sample_run("baseline", 0));
    CHECK_FALSE(std::filesystem::exists(path));
  }
  CHECK_FALSE(std::filesystem::exists(temporary));
  CHECK_FALSE(std::filesystem::exists(path));
  CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("A run with invalid values is refused and nothing is written", "[output]") {
  TempDir dir;
  const auto path = dir / "results.h5";
  {
    ResultsWriter writer(path, sample_provenance());
    writer.add_scenario(sample_scenario("baseline"), 1);
    auto run = sample_run("baseline", 0);
    run.series[1].values[0] = std::numeric_limits<double>::quiet_NaN();
    CHECK_THROWS_AS(writer.write_run(run), ResultsFileError);
  }
  CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("commit renames the temporary file to the target, replacing an old one", "[output]") {
  TempDir dir;
  const auto path = dir / "results.h5";
  write_text(path, "an old results file");
  std::filesystem::path temporary;
  {
    ResultsWriter writer(path, sample_provenance());
    temporary = writer.temporary_path();
    writer.add_scenario(sample_scenario("baseline"), 1);
    writer.write_run(sample_run("baseline", 0));
    writer.commit();
    CHECK_FALSE(std::filesystem::exists(temporary));
    CHECK(std::filesystem::exists(path));
    CHECK_THROWS_AS(writer.commit(), ResultsFileError);
    CHECK_THROWS_AS(writer.write_run(sample_run("baseline", 0)), ResultsFileError);
  }
  CHECK(std::filesystem::exists(path));
  CHECK_FALSE(std::filesystem::exists(temporary));
  CHECK(ResultsReader(path).scenario_names() == std::vector<std::string>{"baseline"});
}

TEST_CASE("commit with a missing replication throws and leaves no target", "[output]") {
  TempDir dir;
  const auto path = dir / "results.h5";
  {
    ResultsWriter writer(path, sample_provenance());
    writer.add_scenario(sample_scenario("baseline"), 3);
    writer.add_scenario(sample_scenario("variant"), 2);
    for (std::size_t r : {0U, 2U}) {
      writer.write_run(sample_run("baseline", r));
    }
    writer.write_run(sample_run("variant", 0));
    writer.write_run(sample_run("variant", 1));
    CHECK_THROWS_WITH(writer.commit(), Contains("/scenarios/baseline") && Contains("never written") &&
                                           Contains("replications [1]"));
    CHECK_FALSE(std::filesystem::exists(path));
  }
  CHECK_FALSE(std::filesystem::exists(path));
  CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("A failed commit for a missing run can be completed later", "[output]") {
  TempDir dir;
  const auto path = dir / "results.h5";
  ResultsWriter writer(path, sample_provenance());
  writer.add_scenario(sample_scenario("baseline"), 2);
  writer.write_run(sample_run("baseline", 1));
  CHECK_THROWS_AS(writer.commit(), ResultsFileError);
  writer.write_run(sample_run("baseline", 0));
  writer.commit();
  CHECK(ResultsReader(path).scenario("baseline").seeds.size() == 2);
}

TEST_CASE("The writer refuses runs that do not fit the declared scenarios", "[output]") {
  TempDir dir;
  ResultsWriter writer(dir / "results.h5", sample_provenance());
  writer.add_scenario(sample_scenario("baseline"), 3);

  SECTION("scenarios are added once, with valid names and replication counts") {
    CHECK_THROWS_WITH(writer.add_scenario(sample_scenario("baseline"), 1), Contains("added twice"));
    CHECK_THROWS_AS(writer.add_scenario(sample_scenario("a/b"), 1), ResultsFileError);
    CHECK_THROWS_AS(writer.add_scenario(sample_scenario(""), 1), ResultsFileError);
    CHECK_THROWS_AS(writer.add_scenario(sample_scenario("other"), -1), ResultsFileError);
  }
  SECTION("unknown scenario, replication out of range or written twice") {
    CHECK_THROWS_WITH(writer.write_run(sample_run("variant", 0)), Contains("/scenarios/variant"));
    CHECK_THROWS_WITH(writer.write_run(sample_run("baseline", 3)), Contains("out of range"));
    writer.write_run(sample_run("baseline", 1));
    CHECK_THROWS_WITH(writer.write_run(sample_run("baseline", 1)), Contains("written twice"));
  }
  SECTION("metric names must match the first run") {
    writer.write_run(sample_run("baseline", 2));
    auto run = sample_run("baseline", 0);
    run.metrics[1].name = "renamed";
    CHECK_THROWS_WITH(writer.write_run(run), Contains("/scenarios/baseline/kpi") && Contains("renamed"));
    // The same names in another order are fine: values are matched by name.
    run = sample_run("baseline", 0);
    std::swap(run.metrics[0], run.metrics[3]);
    writer.write_run(run);
  }
  SECTION("series names and shapes must match the first run") {
    writer.write_run(sample_run("baseline", 0));
    auto run = sample_run("baseline", 1, 6);
    CHECK_THROWS_WITH(writer.write_run(run), Contains("/scenarios/baseline/timeseries"));
    run = sample_run("baseline", 1);
    run.series.pop_back();
    CHECK_THROWS_AS(writer.write_run(run), ResultsFileError);
  }
  SECTION("integer series must hold whole numbers") {
    auto run = sample_run("baseline", 0);
    run.series[0].values[3] = 2.5;
    CHECK_THROWS_WITH(writer.write_run(run), Contains("/scenarios/baseline/timeseries/stocks") && Contains("2.5"));
    run.series[0].values[3] = std::numeric_limits<double>::quiet_NaN();
    CHECK_THROWS_AS(writer.write_run(run), ResultsFileError);
    run.series[0].values[3] = 3e9;
    CHECK_THROWS_AS(writer.write_run(run), ResultsFileError);
  }
  SECTION("values are finite, NaN only where declared undefined, stocks never negative") {
    auto run = sample_run("baseline", 0);
    run.series[1].values[2] = std::numeric_limits<double>::infinity();
    CHECK_THROWS_WITH(writer.write_run(run), Contains("invalid values") && Contains("week 1: timeseries/rates, column to_work"));
    run = sample_run("baseline", 0);
    run.metrics[0].value = std::numeric_limits<double>::quiet_NaN();  // not declared undefined: a failure
    CHECK_THROWS_WITH(writer.write_run(run), Contains("KPI outflow_to_work: value NaN"));
    run = sample_run("baseline", 0);
    run.series[0].nonnegative = true;  // in_training is negative in the sample
    CHECK_THROWS_WITH(writer.write_run(run), Contains("column in_training") && Contains("is negative"));
    writer.write_run(sample_run("baseline", 1));  // its NaN placement_rate is declared undefined
  }
  SECTION("a series needs rows x columns values") {
    auto run = sample_run("baseline", 0);
    run.series[1].values.pop_back();
    CHECK_THROWS_AS(writer.write_run(run), ResultsFileError);
  }
  SECTION("event columns must be consistent and labelled values in range") {
    auto run = sample_run("baseline", 0);
    run.records.front().columns[1].values[0] = 3;
    CHECK_THROWS_WITH(writer.write_run(run), Contains("/scenarios/baseline/events"));
    run = sample_run("baseline", 0);
    run.records.front().columns[0].values.pop_back();
    CHECK_THROWS_AS(writer.write_run(run), ResultsFileError);
    run = sample_run("baseline", 0);
    run.records.front().columns[0].name = "replication";
    CHECK_THROWS_AS(writer.write_run(run), ResultsFileError);
    writer.write_run(sample_run("baseline", 0));
    run = sample_run("baseline", 2);
    run.records.front().columns[1].labels.push_back("extra");
    CHECK_THROWS_WITH(writer.write_run(run), Contains("differ"));
  }
  // A refused run changes nothing: the writer still accepts the complete, valid set.
  for (std::size_t r = 0; r < 3; ++r) {
    try {
      writer.write_run(sample_run("baseline", r));
    } catch (const ResultsFileError& e) {
      CHECK_THAT(e.what(), Contains("written twice"));
    }
  }
  writer.commit();
  CHECK(ResultsReader(dir / "results.h5").kpis("baseline").replications == 3);
}
