// Growth routes (issue 5, seed 001): a week of learning in, the learning plan, a future job that
// never appears (the learner goes on to mediation with the skills kept), the employer's end
// evaluation (step 6: a learner who does not fit the job goes on to mediation and the job is
// posted), the eligibility of seekers with an arbeidsbeperking, and a region without growth where
// the routes change nothing but the account managers' time.
#include "model_test_support.h"
#include "models/growth.h"
#include "models/klantbeeld.h"
#include "models/region_model.h"
#include "models/region_run.h"
#include "sim/executor.h"
#include "sim/simulation.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string_view>

using namespace regiosim;
using namespace regiosim::models;

namespace {

void run(RegionModel& model, int threads = 2) {
  sim::WeekPlan plan;
  model.describe(plan);
  sim::TbbExecutor exec(threads);
  sim::Simulation(exec).run(plan, model.horizon());
}

ModelParams growing_region() {
  auto p = test::small_region(1500, 208, 26);
  p.region.account_managers = 4;
  p.growth.jobs_per_year = {0.03, 0.02, 0.02, 0.04, 0.08, 0.05, 0.06, 0.02, 0.0};
  p.policy.growth_routes_enabled = true;
  p.policy.growth_account_manager_share = 0.3;
  return p;
}

JobSeeker learner(GrowthRoute route) {
  JobSeeker s;
  s.growth = GrowthState::learning;
  s.growth_route = route;
  s.growth_sector = static_cast<std::uint8_t>(Sector::logistics);
  s.growth_weeks_left = 3;
  s.rung = 2;
  s.zrm.fill(5);
  s.employee_skills = 0.3F;
  s.vocational[static_cast<std::size_t>(Sector::logistics)] = 0.2F;
  return s;
}

// Learners (seeker -> observed week released) who went on to Bemiddeling or a job after their release.
std::size_t went_on_to_mediation(const sim::RunResult& result, const std::map<std::uint32_t, int>& released) {
  const auto& events = *std::find_if(result.records.begin(), result.records.end(),
                                     [](const sim::RecordTable& t) { return t.name == "events"; });
  const auto& week = events.columns[0].values;
  const auto& seeker = events.columns[1].values;
  const auto& kind = events.columns[2].values;
  const auto& tile = events.columns[3].values;
  std::map<std::uint32_t, bool> mediated;
  for (std::size_t i = 0; i < week.size(); ++i) {
    const auto it = released.find(static_cast<std::uint32_t>(seeker[i]));
    if (it == released.end() || week[i] < it->second) continue;
    const bool bemiddeling = kind[i] == static_cast<std::int64_t>(EventKind::tile_start) &&
                             tile[i] == static_cast<std::int64_t>(Tile::bemiddeling);
    if (bemiddeling || kind[i] == static_cast<std::int64_t>(EventKind::placement)) mediated[it->first] = true;
  }
  return mediated.size();
}

double kpi(const RegionModel& model, std::string_view name) {
  for (const auto& m : model.kpis()) {
    if (m.name == name) return m.value;
  }
  FAIL("no KPI " << name);
  return 0.0;
}

}  // namespace

TEST_CASE("Learning in raises skills and ends with the sector learned and rung 4", "[growth]") {
  auto p = parameter_table().defaults();
  p.growth.dropout_per_year = 0.0;
  p.growth.transition_dropout = 0.0;
  for (const bool certification : {true, false}) {
    p.policy.growth_certification = certification;
    for (const auto route : {GrowthRoute::small_scale, GrowthRoute::large_scale}) {
      JobSeeker s = learner(route);
      sim::RandomStream rng(1, 2, 3, 4);
      const auto sector = static_cast<std::size_t>(Sector::logistics);
      CHECK(learning_week(s, p, rng, 1.0F) == LearningWeek::going_on);
      CHECK(s.vocational[sector] > 0.2F);
      CHECK(s.employee_skills > 0.3F);
      CHECK(learning_week(s, p, rng, 0.0F) == LearningWeek::going_on);
      CHECK(s.learned_sector == -1);
      CHECK(learning_week(s, p, rng, 0.5F) == LearningWeek::finished);
      CHECK(s.learned_sector == static_cast<std::int8_t>(sector));
      CHECK(s.rung == 4);
      const bool certified = route == GrowthRoute::large_scale && certification;
      CHECK(s.certified_sector == (certified ? static_cast<std::int8_t>(sector) : std::int8_t{-1}));
    }
  }
  // With certain dropout every week ends the trajectory.
  p.growth.transition_dropout = 1.0;
  JobSeeker s = learner(GrowthRoute::small_scale);
  p.growth.supervisor_changes_per_year = 1e6;
  sim::RandomStream rng(5, 6, 7, 8);
  CHECK(learning_week(s, p, rng, 1.0F) == LearningWeek::dropped_out);
}

TEST_CASE("The learning plan fits the weeks before the start, within the shortest period", "[growth]") {
  auto p = parameter_table().defaults();
  p.growth.learning_weeks = {16, 26};
  p.growth.min_learning_weeks = 6;
  CHECK(planned_learning_weeks(GrowthRoute::small_scale, 40, p) == 16);
  CHECK(planned_learning_weeks(GrowthRoute::large_scale, 40, p) == 26);
  CHECK(planned_learning_weeks(GrowthRoute::large_scale, 10, p) == 10);
  CHECK(planned_learning_weeks(GrowthRoute::small_scale, 2, p) == 6);  // the job waits for the learner
}

TEST_CASE("A future job that never appears sends its learner to mediation with the skills kept", "[growth]") {
  auto p = growing_region();
  p.growth.materialise_probability = 0.0;
  p.output.events = true;
  p.careers.skill_depreciation_per_year = 0.0;  // out of work skills wear off; here only the route's bookkeeping counts
  const auto result = run_region(p, RunSpec{.scenario = "no-jobs", .seed = 17}, *sim::make_executor(2));
  RegionModel model(p, 17);
  run(model);

  // Nothing appears: no growth placement, and no growth job ever reaches an employer's payroll.
  for (const auto& m : model.kpis()) {
    if (m.name == "growth_placements" || m.name == "growth_jobs_materialised") CHECK(m.value == 0.0);
  }
  std::map<std::uint32_t, int> released;  // learner -> observed week the job's story ended
  for (const auto& j : model.growth_jobs()) {
    CHECK(j.outcome != GrowthOutcome::started);
    CHECK(j.outcome != GrowthOutcome::posted);
    if (j.outcome != GrowthOutcome::not_materialised) continue;
    REQUIRE(j.last_learner != kNone);
    const JobSeeker& s = model.seekers()[static_cast<std::size_t>(j.last_learner)];
    const auto sector = static_cast<std::size_t>(j.sector);
    // The skills learned are kept, and the case manager knows them.
    CHECK(s.learned_sector == static_cast<std::int8_t>(sector));
    CHECK(s.vocational[sector] > j.skill_at_match);
    CHECK(believed_vocational(s, sector, Priors(p)) == s.vocational[sector]);
    CHECK(s.growth_job != static_cast<std::int32_t>(j.id));
    released[static_cast<std::uint32_t>(j.last_learner)] = j.step_week - static_cast<int>(p.sim.burn_in_weeks);
  }
  INFO("learners released after a job that did not appear: " << released.size());
  REQUIRE(released.size() >= 20);

  // After the release each learner goes on to mediation: Bemiddeling starts or a job follows.
  const std::size_t mediated = went_on_to_mediation(result, released);
  INFO(mediated << " of " << released.size() << " released learners went on to Bemiddeling or a job");
  CHECK(static_cast<double>(mediated) >= 0.8 * static_cast<double>(released.size()));
}

TEST_CASE("Without growth the routes change nothing but the account managers' time", "[growth]") {
  auto off = test::small_region(800, 104, 26);
  auto on = off;
  on.policy.growth_routes_enabled = true;
  on.policy.growth_account_manager_share = 0.0;
  // With no time set aside, routes on and off give bitwise the same run.
  const auto a = run_region(off, RunSpec{.scenario = "off", .seed = 3}, *sim::make_executor(2));
  const auto b = run_region(on, RunSpec{.scenario = "on", .seed = 3}, *sim::make_executor(1));
  test::check_same_kpis(a, b);
  REQUIRE(a.series.size() == b.series.size());
  for (std::size_t i = 0; i < a.series.size(); ++i) {
    INFO(a.series[i].name);
    CHECK(std::equal(a.series[i].values.begin(), a.series[i].values.end(), b.series[i].values.begin(),
                     b.series[i].values.end(), [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); }));
  }

  // With time set aside, account managers hold growth conversations, but no job comes into view and
  // nobody learns in; the hours go to conversations only.
  on.policy.growth_account_manager_share = 0.2;
  RegionModel model(on, 3);
  run(model);
  CHECK(model.growth_jobs().empty());
  const auto* t = model.series("growth_trajectories");
  REQUIRE(t != nullptr);
  double conversations = 0.0, other = 0.0;
  for (std::size_t r = 0; r < t->rows; ++r) {
    for (std::size_t c = 0; c < t->columns.size(); ++c) {
      const double x = t->values[r * t->columns.size() + c];
      (t->columns[c] == "conversations" ? conversations : other) += x;
    }
  }
  CHECK(conversations > 0.0);
  CHECK(other == 0.0);
  for (const auto& s : model.seekers()) CHECK(s.growth == GrowthState::none);
}

TEST_CASE("At the end evaluation the employer declines a learner far below the job's requirement",
          "[growth][stochastic]") {
  // Every future job appears; the learners either learn as usual or learn nothing for jobs that
  // need far more vocational skill than the candidates for them have. Paired over seeds: the same
  // region, the same draws up to the learning.
  auto usual = growing_region();
  usual.growth.materialise_probability = 1.0;
  auto far_below = usual;
  far_below.growth.learning_rate = {0.0, 0.0};
  far_below.vacancies.skill_requirement = {0.9, 1.0};
  far_below.output.events = true;
  double declined_usual = 0, evaluated_usual = 0, declined_far = 0, evaluated_far = 0;
  for (const std::uint64_t seed : {21, 22, 23}) {
    RegionModel a(usual, seed);
    run(a);
    for (const auto& j : a.growth_jobs()) {
      declined_usual += j.outcome == GrowthOutcome::not_hired;
      evaluated_usual += j.outcome == GrowthOutcome::not_hired || j.outcome == GrowthOutcome::started;
    }
    CHECK(kpi(a, "growth_placements") > 0.0);

    const auto result = run_region(far_below, RunSpec{.scenario = "far-below", .seed = seed}, *sim::make_executor(2));
    RegionModel b(far_below, seed);
    run(b);
    std::map<std::uint32_t, int> released;
    for (const auto& j : b.growth_jobs()) {
      if (j.outcome == GrowthOutcome::started) {
        ++evaluated_far;
        continue;
      }
      if (j.outcome != GrowthOutcome::not_hired) continue;
      ++declined_far;
      ++evaluated_far;
      REQUIRE(j.last_learner != kNone);
      const JobSeeker& s = b.seekers()[static_cast<std::size_t>(j.last_learner)];
      const auto sector = static_cast<std::size_t>(j.sector);
      // The skills learned are kept and known to the case manager.
      CHECK(s.learned_sector == static_cast<std::int8_t>(sector));
      CHECK(believed_vocational(s, sector, Priors(far_below)) == s.vocational[sector]);
      CHECK(s.growth_job != static_cast<std::int32_t>(j.id));
      // The employer posts the job as an ordinary vacancy.
      CHECK(j.vacancy != kNone);
      released[static_cast<std::uint32_t>(j.last_learner)] = j.step_week - static_cast<int>(far_below.sim.burn_in_weeks);
    }
    CHECK(kpi(b, "growth_learners_not_hired") > 0.0);
    if (released.empty()) continue;
    const std::size_t mediated = went_on_to_mediation(result, released);
    INFO(mediated << " of " << released.size() << " declined learners went on to Bemiddeling or a job");
    CHECK(static_cast<double>(mediated) >= 0.8 * static_cast<double>(released.size()));
  }
  INFO("declined: usual " << declined_usual << " of " << evaluated_usual << ", far below " << declined_far << " of "
                          << evaluated_far);
  REQUIRE(evaluated_far >= 20);
  REQUIRE(evaluated_usual >= 20);
  CHECK(declined_far / evaluated_far > 0.9);
  CHECK(declined_far / evaluated_far > declined_usual / evaluated_usual);
}

TEST_CASE("Seekers with an arbeidsbeperking learn in for a future job only where the scenario allows it",
          "[growth][stochastic]") {
  auto off = growing_region();
  REQUIRE_FALSE(off.policy.growth_work_disability_eligible);  // the default
  REQUIRE(off.population.disability_share > 0.0);
  auto on = off;
  on.policy.growth_work_disability_eligible = true;
  std::size_t learners_off = 0, with_disability_on = 0;
  for (const std::uint64_t seed : {31, 32}) {
    RegionModel a(off, seed);
    run(a);
    for (const auto& j : a.growth_jobs()) {
      if (j.last_learner == kNone) continue;
      ++learners_off;
      CHECK_FALSE(a.seekers()[static_cast<std::size_t>(j.last_learner)].disability);
    }
    for (const auto& s : a.seekers()) {
      if (s.disability) CHECK(s.learned_sector == -1);
    }
    RegionModel b(on, seed);
    run(b);
    for (const auto& j : b.growth_jobs()) {
      if (j.last_learner != kNone) with_disability_on += b.seekers()[static_cast<std::size_t>(j.last_learner)].disability;
    }
  }
  INFO("learners without the choice: " << learners_off << "; with an arbeidsbeperking where allowed: " << with_disability_on);
  CHECK(learners_off >= 20);
  CHECK(with_disability_on > 0);
}
