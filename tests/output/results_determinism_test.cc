// The file does not depend on the order in which runs arrive, nor on the threads that deliver them.
#include "output/results_file.h"
#include "tests/output/results_test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <random>
#include <thread>
#include <utility>

using namespace regiosim;
using namespace regiosim::output;
using namespace regiosim::output::testing;

namespace {

using Arrival = std::vector<std::pair<std::string, std::size_t>>;

void write_in_order(const std::filesystem::path& path, const std::vector<std::string>& scenarios,
                    std::size_t replications, const Arrival& arrival, FileProvenance provenance = sample_provenance()) {
  ResultsWriter writer(path, std::move(provenance));
  for (const auto& s : scenarios) {
    writer.add_scenario(sample_scenario(s), static_cast<std::int64_t>(replications));
  }
  for (const auto& [s, r] : arrival) {
    writer.write_run(sample_run(s, r, 52));
  }
  writer.commit();
}

template <typename T>
std::vector<unsigned char> as_bytes(const std::vector<T>& values) {
  std::vector<unsigned char> out(values.size() * sizeof(T));
  if (!values.empty()) {
    std::memcpy(out.data(), values.data(), out.size());
  }
  return out;
}

// Everything the reader returns, flattened into bytes and strings.
std::vector<std::string> read_everything(const std::filesystem::path& path) {
  ResultsReader reader(path);
  std::vector<std::string> out;
  auto add_bytes = [&](const std::vector<unsigned char>& b) { out.emplace_back(b.begin(), b.end()); };
  for (const auto& name : reader.scenario_names()) {
    out.push_back(name);
    const ScenarioInfo info = reader.scenario(name);
    out.push_back(info.record.role + info.record.description + info.record.resolved_toml + info.record.content_hash);
    for (const auto& p : info.record.parameters) {
      out.push_back(p.key + "=" + p.value + "|" + p.unit + "|" + p.source);
    }
    add_bytes(as_bytes(info.seeds));
    const KpiTable kpi = reader.kpis(name);
    out.insert(out.end(), kpi.names.begin(), kpi.names.end());
    out.insert(out.end(), kpi.units.begin(), kpi.units.end());
    out.insert(out.end(), kpi.descriptions.begin(), kpi.descriptions.end());
    add_bytes(as_bytes(kpi.values));
    for (const auto& series : reader.series_names(name)) {
      out.push_back(series);
      for (std::size_t r = 0; r < kpi.replications; ++r) {
        const sim::SeriesTable t = reader.series(name, series, r);
        out.push_back(t.unit + t.description + (t.integer ? "int" : "float"));
        out.insert(out.end(), t.columns.begin(), t.columns.end());
        add_bytes(as_bytes(t.values));
      }
    }
    const auto events = reader.events(name);
    if (events) {
      out.push_back(events->description);
      for (const auto& c : events->columns) {
        out.push_back(c.name + c.description);
        out.insert(out.end(), c.labels.begin(), c.labels.end());
        add_bytes(as_bytes(c.values));
      }
    }
  }
  return out;
}

Arrival canonical_arrival(const std::vector<std::string>& scenarios, std::size_t replications) {
  Arrival a;
  for (const auto& s : scenarios) {
    for (std::size_t r = 0; r < replications; ++r) {
      a.emplace_back(s, r);
    }
  }
  return a;
}

}  // namespace

TEST_CASE("Arrival order does not change the file's content", "[output]") {
  TempDir dir;
  const std::vector<std::string> scenarios = {"baseline", "variant"};
  const Arrival forward = canonical_arrival(scenarios, 4);
  Arrival backward(forward.rbegin(), forward.rend());
  Arrival shuffled = forward;
  std::mt19937 rng(12345);
  std::shuffle(shuffled.begin(), shuffled.end(), rng);

  write_in_order(dir / "forward.h5", scenarios, 4, forward);
  write_in_order(dir / "backward.h5", scenarios, 4, backward);
  write_in_order(dir / "shuffled.h5", scenarios, 4, shuffled);

  const auto content = read_everything(dir / "forward.h5");
  CHECK(content.size() > 50);
  CHECK(read_everything(dir / "backward.h5") == content);
  CHECK(read_everything(dir / "shuffled.h5") == content);

  // Stronger: with the same provenance the files are identical byte for byte.
  const auto bytes = file_bytes(dir / "forward.h5");
  CHECK(bytes.size() > 1000);
  CHECK(file_bytes(dir / "backward.h5") == bytes);
  CHECK(file_bytes(dir / "shuffled.h5") == bytes);
}

TEST_CASE("Only the root attributes differ when provenance differs", "[output]") {
  TempDir dir;
  const std::vector<std::string> scenarios = {"baseline", "variant"};
  const Arrival forward = canonical_arrival(scenarios, 3);
  FileProvenance other = sample_provenance();
  other.threads = 16;
  other.created_utc = "2027-01-01T00:00:00Z";
  other.command_line = "regiosim run --threads 16 --scenario baseline.toml --replications 3 --out x.h5";
  write_in_order(dir / "a.h5", scenarios, 3, forward);
  write_in_order(dir / "b.h5", scenarios, 3, Arrival(forward.rbegin(), forward.rend()), other);
  CHECK(read_everything(dir / "a.h5") == read_everything(dir / "b.h5"));
  CHECK(ResultsReader(dir / "b.h5").provenance().threads == 16);
}

TEST_CASE("Runs written concurrently from several threads give the same file", "[output]") {
  TempDir dir;
  const std::vector<std::string> scenarios = {"baseline", "variant", "third"};
  constexpr std::size_t kReplications = 12;
  const Arrival canonical = canonical_arrival(scenarios, kReplications);
  write_in_order(dir / "sequential.h5", scenarios, kReplications, canonical);

  Arrival shuffled = canonical;
  std::mt19937 rng(777);
  std::shuffle(shuffled.begin(), shuffled.end(), rng);
  {
    ResultsWriter writer(dir / "threaded.h5", sample_provenance());
    for (const auto& s : scenarios) {
      writer.add_scenario(sample_scenario(s), kReplications);
    }
    std::atomic<std::size_t> next{0};
    std::atomic<int> errors{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&] {
        for (std::size_t i = next++; i < shuffled.size(); i = next++) {
          try {
            writer.write_run(sample_run(shuffled[i].first, shuffled[i].second, 52));
          } catch (...) {
            ++errors;
          }
        }
      });
    }
    for (auto& t : threads) {
      t.join();
    }
    REQUIRE(errors == 0);
    writer.commit();
  }
  CHECK(read_everything(dir / "threaded.h5") == read_everything(dir / "sequential.h5"));
  CHECK(file_bytes(dir / "threaded.h5") == file_bytes(dir / "sequential.h5"));
}

TEST_CASE("Wall-clock timings are not written", "[output]") {
  TempDir dir;
  for (const char* file : {"fast.h5", "slow.h5"}) {
    ResultsWriter writer(dir / file, sample_provenance());
    writer.add_scenario(sample_scenario("baseline"), 2);
    for (std::size_t r = 0; r < 2; ++r) {
      auto run = sample_run("baseline", r);
      if (std::string(file) == "slow.h5") {
        run.timings.seconds = {99.5, 1234.25};
      }
      writer.write_run(run);
    }
    writer.commit();
  }
  CHECK(file_bytes(dir / "fast.h5") == file_bytes(dir / "slow.h5"));
}
