// Writing runs and reading them back gives exactly what was written.
#include "output/results_file.h"
#include "tests/output/results_test_support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>

using namespace regiosim;
using namespace regiosim::output;
using namespace regiosim::output::testing;

namespace {

// Exact equality that treats NaN as equal to NaN (bitwise for doubles).
bool same_double(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) {
    return std::isnan(a) && std::isnan(b);
  }
  return std::memcmp(&a, &b, sizeof a) == 0;
}

void write_sample_file(const std::filesystem::path& path, const std::vector<std::string>& scenarios,
                       const std::vector<std::size_t>& order) {
  ResultsWriter writer(path, sample_provenance());
  for (const auto& s : scenarios) {
    writer.add_scenario(sample_scenario(s), 3);
  }
  for (std::size_t r : order) {
    for (const auto& s : scenarios) {
      writer.write_run(sample_run(s, r));
    }
  }
  writer.commit();
}

}  // namespace

TEST_CASE("Results round trip: everything written is read back exactly", "[output]") {
  TempDir dir;
  const auto path = dir / "results.h5";
  const std::vector<std::string> scenarios = {"variant_b", "baseline"};  // not alphabetical
  write_sample_file(path, scenarios, {2, 0, 1});

  ResultsReader reader(path);
  CHECK(reader.format_version() == 1);

  const FileProvenance p = reader.provenance();
  const FileProvenance want = sample_provenance();
  CHECK(p.engine_version == want.engine_version);
  CHECK(p.engine_commit == want.engine_commit);
  CHECK(p.command_line == want.command_line);
  CHECK(p.created_utc == want.created_utc);
  CHECK(p.threads == want.threads);
  CHECK(p.base_seed == want.base_seed);
  CHECK(p.replications == want.replications);

  REQUIRE(reader.scenario_names() == scenarios);

  for (const auto& name : scenarios) {
    INFO("scenario " << name);
    const ScenarioRecord want_record = sample_scenario(name);
    const ScenarioInfo info = reader.scenario(name);
    CHECK(info.record.name == want_record.name);
    CHECK(info.record.role == want_record.role);
    CHECK(info.record.description == want_record.description);
    CHECK(info.record.resolved_toml == want_record.resolved_toml);
    CHECK(info.record.content_hash == want_record.content_hash);
    REQUIRE(info.record.parameters.size() == want_record.parameters.size());
    for (std::size_t i = 0; i < want_record.parameters.size(); ++i) {
      CHECK(info.record.parameters[i].key == want_record.parameters[i].key);
      CHECK(info.record.parameters[i].value == want_record.parameters[i].value);
      CHECK(info.record.parameters[i].unit == want_record.parameters[i].unit);
      CHECK(info.record.parameters[i].source == want_record.parameters[i].source);
    }
    CHECK(info.replications == 3);
    REQUIRE(info.seeds.size() == 3);
    for (std::size_t r = 0; r < 3; ++r) {
      CHECK(info.seeds[r] == sample_run(name, r).seed);
    }

    // KPIs: order of the first run, NaN where written.
    const KpiTable kpi = reader.kpis(name);
    const auto run0 = sample_run(name, 0);
    REQUIRE(kpi.names.size() == run0.metrics.size());
    REQUIRE(kpi.replications == 3);
    for (std::size_t c = 0; c < run0.metrics.size(); ++c) {
      CHECK(kpi.names[c] == run0.metrics[c].name);
      CHECK(kpi.units[c] == run0.metrics[c].unit);
      CHECK(kpi.descriptions[c] == run0.metrics[c].description);
    }
    for (std::size_t r = 0; r < 3; ++r) {
      const auto run = sample_run(name, r);
      for (std::size_t c = 0; c < run.metrics.size(); ++c) {
        INFO("replication " << r << " metric " << run.metrics[c].name);
        CHECK(same_double(kpi.at(r, c), run.metrics[c].value));
      }
    }
    CHECK(std::isnan(kpi.at(1, 2)));
    CHECK(same_double(kpi.column("cost_per_placement")[2], sample_run(name, 2).metrics[3].value));
    CHECK_THROWS_AS(kpi.column("no_such_kpi"), ResultsFileError);

    // Time series: names in the order of the run, values exact, integer flag kept.
    REQUIRE(reader.series_names(name) == std::vector<std::string>{"stocks", "rates"});
    for (std::size_t r = 0; r < 3; ++r) {
      const auto run = sample_run(name, r);
      for (const auto& want_series : run.series) {
        INFO("replication " << r << " series " << want_series.name);
        const sim::SeriesTable got = reader.series(name, want_series.name, r);
        CHECK(got.name == want_series.name);
        CHECK(got.unit == want_series.unit);
        CHECK(got.description == want_series.description);
        CHECK(got.columns == want_series.columns);
        CHECK(got.integer == want_series.integer);
        CHECK(got.rows == want_series.rows);
        REQUIRE(got.values.size() == want_series.values.size());
        for (std::size_t i = 0; i < got.values.size(); ++i) {
          CHECK(same_double(got.values[i], want_series.values[i]));
        }
      }
    }
    CHECK_THROWS_AS(reader.series(name, "stocks", 3), ResultsFileError);
    CHECK_THROWS_AS(reader.series(name, "no_such_series", 0), ResultsFileError);

    // Events: a leading replication column, rows in replication order, labels restored.
    const auto events = reader.events(name);
    REQUIRE(events.has_value());
    CHECK(events->description == run0.records.front().description);
    REQUIRE(events->columns.size() == 1 + run0.records.front().columns.size());
    CHECK(events->columns[0].name == "replication");
    CHECK(events->columns[0].labels.empty());
    for (std::size_t c = 0; c < run0.records.front().columns.size(); ++c) {
      CHECK(events->columns[c + 1].name == run0.records.front().columns[c].name);
      CHECK(events->columns[c + 1].description == run0.records.front().columns[c].description);
      CHECK(events->columns[c + 1].labels == run0.records.front().columns[c].labels);
    }
    CHECK(events->columns[2].labels == std::vector<std::string>{"start", "placement", "exit"});
    std::vector<std::int64_t> want_replication;
    std::vector<std::vector<std::int64_t>> want_values(run0.records.front().columns.size());
    for (std::size_t r = 0; r < 3; ++r) {
      const auto run = sample_run(name, r);
      for (std::size_t i = 0; i < run.records.front().rows(); ++i) {
        want_replication.push_back(static_cast<std::int64_t>(r));
      }
      for (std::size_t c = 0; c < run.records.front().columns.size(); ++c) {
        const auto& v = run.records.front().columns[c].values;
        want_values[c].insert(want_values[c].end(), v.begin(), v.end());
      }
    }
    CHECK(events->rows() == want_replication.size());
    CHECK(events->columns[0].values == want_replication);
    for (std::size_t c = 0; c < want_values.size(); ++c) {
      CHECK(events->columns[c + 1].values == want_values[c]);
    }
  }

  CHECK_THROWS_AS(reader.scenario("no_such_scenario"), ResultsFileError);
  CHECK_THROWS_AS(reader.kpis("no_such_scenario"), ResultsFileError);
}

TEST_CASE("Results round trip: scenarios without events, without runs, without metrics", "[output]") {
  TempDir dir;
  std::filesystem::create_directories(dir / "sub" / "dir");  // the writer needs an existing folder
  const auto path = dir / "sub" / "dir" / "results.h5";
  {
    ResultsWriter writer(path, sample_provenance());
    writer.add_scenario(sample_scenario("baseline"), 2);
    ScenarioRecord empty = sample_scenario("empty");
    empty.parameters.clear();
    empty.resolved_toml.clear();
    writer.add_scenario(empty, 0);
    for (std::size_t r : {1U, 0U}) {
      auto run = sample_run("baseline", r);
      run.records.clear();
      run.metrics.clear();
      writer.write_run(run);
    }
    writer.commit();
  }
  ResultsReader reader(path);
  REQUIRE(reader.scenario_names() == std::vector<std::string>{"baseline", "empty"});
  CHECK_FALSE(reader.events("baseline").has_value());
  const KpiTable kpi = reader.kpis("baseline");
  CHECK(kpi.names.empty());
  CHECK(kpi.replications == 2);
  CHECK(reader.series("baseline", "rates", 1).values == sample_run("baseline", 1).series[1].values);

  const ScenarioInfo empty = reader.scenario("empty");
  CHECK(empty.replications == 0);
  CHECK(empty.seeds.empty());
  CHECK(empty.record.parameters.empty());
  CHECK(empty.record.resolved_toml.empty());
  CHECK(reader.kpis("empty").replications == 0);
  CHECK(reader.series_names("empty").empty());
  CHECK_FALSE(reader.events("empty").has_value());
}

TEST_CASE("Results round trip: an event table with zero rows still exists", "[output]") {
  TempDir dir;
  const auto path = dir / "results.h5";
  {
    ResultsWriter writer(path, sample_provenance());
    writer.add_scenario(sample_scenario("baseline"), 2);
    for (std::size_t r : {0U, 1U}) {
      auto run = sample_run("baseline", r);
      for (auto& column : run.records.front().columns) {
        column.values.clear();
      }
      writer.write_run(run);
    }
    writer.commit();
  }
  ResultsReader reader(path);
  const auto events = reader.events("baseline");
  REQUIRE(events.has_value());
  CHECK(events->rows() == 0);
  REQUIRE(events->columns.size() == 4);
  CHECK(events->columns[0].name == "replication");
  CHECK(events->columns[2].labels == std::vector<std::string>{"start", "placement", "exit"});
}

TEST_CASE("Results round trip: several record tables and a second series group", "[output]") {
  TempDir dir;
  const auto path = dir / "tables.h5";
  const auto with_extras = [](std::size_t r) {
    auto run = sample_run("baseline", r, 4);
    sim::RecordTable spells;
    spells.name = "spells";
    spells.description = "Job spells";
    sim::RecordColumn start{"start_week", "First week", {}, {}};
    sim::RecordColumn end{"end", "How it ended", {"ongoing", "dropout"}, {}};
    for (std::int64_t i = 0; i < static_cast<std::int64_t>(r) + 2; ++i) {
      start.values.push_back(i * 10);
      end.values.push_back(i % 2);
    }
    spells.columns = {start, end};
    run.records.push_back(spells);
    sim::SeriesTable survival;
    survival.name = "survival";
    survival.group = "curves";
    survival.unit = "share";
    survival.description = "Rows are weeks since the start";
    survival.columns = {"at_risk", "share"};
    survival.rows = 3;
    survival.values = {10, 1.0, 9, 0.9, 8, 0.8 - 0.01 * static_cast<double>(r)};
    run.series.push_back(survival);
    return run;
  };
  {
    ResultsWriter writer(path, sample_provenance());
    writer.add_scenario(sample_scenario("baseline"), 3);
    for (std::size_t r : {1U, 2U, 0U}) writer.write_run(with_extras(r));
    writer.commit();
  }
  ResultsReader reader(path);
  CHECK(reader.record_names("baseline") == std::vector<std::string>{"events", "spells"});
  const auto spells = reader.records("baseline", "spells");
  REQUIRE(spells);
  CHECK(spells->name == "spells");
  CHECK(spells->description == "Job spells");
  REQUIRE(spells->columns.size() == 3);
  CHECK(spells->columns[0].name == "replication");
  CHECK(spells->columns[2].labels == std::vector<std::string>{"ongoing", "dropout"});
  CHECK(spells->rows() == 2 + 3 + 4);
  CHECK(reader.events("baseline").has_value());
  CHECK_FALSE(reader.records("baseline", "nothing").has_value());

  CHECK(reader.series_names("baseline", "curves") == std::vector<std::string>{"survival"});
  CHECK(reader.series_names("baseline") == std::vector<std::string>{"stocks", "rates"});
  const auto curve = reader.series("baseline", "survival", 2, "curves");
  CHECK(curve.group == "curves");
  CHECK(curve.rows == 3);
  CHECK(curve.at(2, 1) == Approx(0.78));
  CHECK(curve.integer == false);
}
