// The memory estimate of a run (models/memory_estimate.h): it grows with everything that makes a run
// bigger, its expected counts match what the model really creates, and its parts name the keys that
// drive them. Agreement with measured peak memory at a mid size is checked end to end in
// tests/app/cli_memory.py.
#include "models/memory_estimate.h"
#include "models/region_model.h"
#include "sim/executor.h"
#include "sim/simulation.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

using namespace regiosim;
using namespace regiosim::models;

namespace {

std::uint64_t run_bytes(const ModelParams& p) { return estimate_run_memory(p).run_bytes(); }

}  // namespace

TEST_CASE("The estimate grows with seekers, employers, weeks, inflow, events and replications", "[memory]") {
  const auto base = parameter_table().defaults();
  std::uint64_t last = 0;
  for (std::int64_t n : {1, 100, 2500, 10'000, 100'000, 1'000'000, 50'000'000}) {
    auto p = base;
    p.region.job_seekers = n;
    const auto bytes = run_bytes(p);
    CHECK(bytes > last);
    last = bytes;
  }
  const auto grows = [&](auto change) {
    auto p = base;
    change(p);
    return run_bytes(p) > run_bytes(base);
  };
  CHECK(grows([](ModelParams& p) { p.region.employers *= 2; }));
  CHECK(grows([](ModelParams& p) { p.sim.weeks *= 2; }));
  CHECK(grows([](ModelParams& p) { p.sim.burn_in_weeks *= 2; }));
  CHECK(grows([](ModelParams& p) { p.flows.inflow_per_year *= 2; }));
  CHECK(grows([](ModelParams& p) { p.output.events = true; }));
  CHECK(grows([](ModelParams& p) { p.employers.turnover_per_year *= 2; }));
  auto more = base;
  more.sim.replications *= 2;
  CHECK(estimated_peak_bytes(more) > estimated_peak_bytes(base));
  CHECK(estimated_peak_bytes(base) > run_bytes(base) + kProgramBytes);
}

TEST_CASE("A huge region is estimated in tens of gigabytes, without overflow", "[memory]") {
  auto p = parameter_table().defaults();
  p.region.job_seekers = 50'000'000;
  p.region.employers = 50'000'000;
  p.sim.weeks = 5200;
  p.output.events = true;
  const auto m = estimate_run_memory(p);
  CHECK(m.run_bytes() > (1ULL << 40));  // beyond a terabyte
  CHECK(estimated_peak_bytes(p) > m.run_bytes());
}

TEST_CASE("The parts name what they are and the key that drives them, largest first", "[memory]") {
  auto p = parameter_table().defaults();
  p.region.job_seekers = 40'000'000;
  p.output.events = true;
  const auto m = estimate_run_memory(p);
  REQUIRE(m.items.size() >= 5);
  for (std::size_t i = 1; i < m.items.size(); ++i) CHECK(m.items[i - 1].bytes >= m.items[i].bytes);
  for (const auto& item : m.items) {
    CHECK_FALSE(item.what.empty());
    CHECK(parameter_table().find(item.key) != nullptr);
  }
  CHECK(m.largest().key == "output.events");
  p.output.events = false;
  CHECK(estimate_run_memory(p).largest().key == "region.job_seekers");
}

TEST_CASE("Expected counts match what the model creates", "[memory]") {
  // A small region over the default horizon (520 weeks after a burn-in of 104): the counts the
  // estimate derives from the parameters (inflow, the employers' vacancy flow, job spells and events
  // per seeker-week) are within 25% of the model's. The model reserves its seeker, vacancy and spell
  // tables from these counts with a margin, so none of them is reallocated (copied) during the run.
  auto p = test::small_region(2000, 520, 104);
  p.output.events = true;
  const auto expected = estimate_run_memory(p).counts;
  RegionModel model(p, 5);
  const JobSeeker* seekers_block = model.seekers().data();
  const Vacancy* vacancies_block = model.vacancies().data();
  const Spell* spells_block = model.spells().data();
  sim::WeekPlan plan;
  model.describe(plan);
  sim::SerialExecutor exec;
  sim::Simulation(exec).run(plan, model.horizon(), [](const sim::Week&) {});
  const auto result = model.result("count", 0);
  double events = 0;
  for (const auto& t : result.records) {
    if (t.name == "events") events = static_cast<double>(t.rows());
  }
  const auto near = [](double estimate, double actual) { return estimate > 0.75 * actual && estimate < 1.25 * actual; };
  INFO("seekers " << expected.seekers << " vs " << model.seekers().size());
  CHECK(near(expected.seekers, static_cast<double>(model.seekers().size())));
  INFO("vacancies " << expected.vacancies << " vs " << model.vacancies().size());
  CHECK(near(expected.vacancies, static_cast<double>(model.vacancies().size())));
  INFO("spells " << expected.spells << " vs " << model.spells().size());
  CHECK(near(expected.spells, static_cast<double>(model.spells().size())));
  INFO("events " << expected.events << " vs " << events);
  CHECK(near(expected.events, events));
  CHECK(model.seekers().data() == seekers_block);
  CHECK(model.vacancies().data() == vacancies_block);
  // Only a few weeks of vacancies are kept, within the estimate the table was reserved from.
  INFO("vacancies kept " << model.vacancies().kept().size() << ", estimate " << expected.vacancies_kept);
  CHECK(model.vacancies().first_kept() > 0);
  CHECK(static_cast<double>(model.vacancies().kept().size()) <= expected.vacancies_kept);
  CHECK(expected.vacancies_kept < 0.05 * expected.vacancies);
  CHECK(model.spells().data() == spells_block);
}

TEST_CASE("Byte counts are shown in binary units", "[memory]") {
  CHECK(format_bytes(512) == "512 B");
  CHECK(format_bytes(2048) == "2.00 KiB");
  CHECK(format_bytes(15ULL << 20) == "15.0 MiB");
  CHECK(format_bytes(300ULL << 30) == "300 GiB");
  CHECK(format_bytes(3ULL << 40) == "3.00 TiB");
}
