// Careers: duration dependence out of work, the WW a lost job gives and its end, leaving scope in
// work, and the follow-up of people who left benefit for work.
#include "models/careers.h"
#include "models/region_model.h"
#include "models/rates.h"
#include "sim/executor.h"
#include "sim/simulation.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>

using namespace regiosim;
using namespace regiosim::models;

namespace {

// A job spell in a contract from `start` (kNone: never in a contract), ended at `end` (kNone: runs).
Spell job(int start, int end = kNone) {
  Spell sp;
  sp.start_week = start == kNone ? 0 : start;
  sp.contract_start_week = start;
  sp.end_week = end;
  sp.form = SpellForm::temporary_contract;
  return sp;
}

}  // namespace

TEST_CASE("Skills, motivation and self-confidence wear off out of work at the yearly rates", "[careers]") {
  auto p = test::small_region();
  p.careers.skill_depreciation_per_year = 0.04;
  p.careers.discouragement_per_year = 0.10;
  JobSeeker s;
  s.employee_skills = 0.8F;
  s.vocational.fill(0.5F);
  s.motivation = 0.6F;
  s.self_confidence = 0.7F;
  const OutOfWorkDrift drift(p);
  for (int w = 0; w < 2 * 52; ++w) out_of_work_week(s, drift);
  CHECK(s.employee_skills == Approx(0.8 * std::exp(-0.08)).epsilon(1e-4));
  CHECK(s.vocational[3] == Approx(0.5 * std::exp(-0.08)).epsilon(1e-4));
  CHECK(s.motivation == Approx(0.6 * std::exp(-0.20)).epsilon(1e-4));
  CHECK(s.self_confidence == Approx(0.7 * std::exp(-0.20)).epsilon(1e-4));
  // Own applications go with motivation times self-confidence: after two years a third fewer.
  CHECK(s.motivation * s.self_confidence / (0.6 * 0.7) == Approx(std::exp(-0.40)).epsilon(1e-4));

  p.careers.skill_depreciation_per_year = 0.0;
  p.careers.discouragement_per_year = 0.0;
  const OutOfWorkDrift none(p);
  const JobSeeker before = s;
  for (int w = 0; w < 52; ++w) out_of_work_week(s, none);
  CHECK(s.employee_skills == before.employee_skills);
  CHECK(s.motivation == before.motivation);
}

TEST_CASE("WW needs 26 paid weeks in the 36 before the job loss and lasts three months", "[careers][ww]") {
  const auto p = test::small_region();
  JobSeeker s;
  s.experience_years = 10.0F;
  CHECK(ww_weeks(s, job(100, 130), nullptr, 130, p) == 13);  // 30 weeks in a contract
  CHECK(ww_weeks(s, job(110, 130), nullptr, 130, p) == 0);   // 20 weeks: the wekeneis is not met
  CHECK(ww_weeks(s, job(104, 130), nullptr, 130, p) == 13);  // exactly 26
  CHECK(ww_weeks(s, job(105, 130), nullptr, 130, p) == 0);   // 25
  // The job before counts for the weeks it falls in the reference period: 16 + 12 weeks.
  const Spell before = job(90, 110);
  CHECK(ww_weeks(s, job(118, 130), &before, 130, p) == 13);
  const Spell long_ago = job(20, 80);
  CHECK(ww_weeks(s, job(118, 130), &long_ago, 130, p) == 0);
  // A trial placement or traineeship pays no wage: it does not count.
  Spell trial = job(kNone, 130);
  trial.start_week = 90;
  CHECK(ww_weeks(s, trial, nullptr, 130, p) == 0);
}

TEST_CASE("A job of four years or more gives a month of WW per year worked, at most 24 months", "[careers][ww]") {
  const auto p = test::small_region();
  JobSeeker s;
  s.experience_years = 3.0F;
  const int five_years = 5 * 52;
  // 5 years in the job plus 3 registered: 8 months.
  CHECK(ww_weeks(s, job(0, five_years), nullptr, five_years, p) == static_cast<int>(std::lround(8 * 52.0 / 12.0)));
  // Under the four years only the three months.
  CHECK(ww_weeks(s, job(0, 3 * 52), nullptr, 3 * 52, p) == 13);
  s.experience_years = 30.0F;
  CHECK(ww_weeks(s, job(0, five_years), nullptr, five_years, p) == p.careers.ww_max_weeks);
}

TEST_CASE("WW pays 75% of the wage for two months, 70% after", "[careers][ww]") {
  const auto p = test::small_region();
  CHECK(ww_eur_per_week(400.0, 0, p) == Approx(300.0));
  CHECK(ww_eur_per_week(400.0, 8, p) == Approx(300.0));
  CHECK(ww_eur_per_week(400.0, 9, p) == Approx(280.0));
}

namespace {

struct History {
  std::map<std::uint32_t, std::vector<EventRecord>> by_seeker;
};

}  // namespace

TEST_CASE("In a region WW starts after a lost job, ends when it runs out or a job starts, and bijstand follows",
          "[careers][ww][region]") {
  auto p = test::small_region(800, 208, 26);
  p.output.events = true;
  p.employment.hours_increase_per_year = 1.0;  // more workers earn above the norm: WW alone
  int ww_alone = 0, ww_topped_up = 0, ended_by_job = 0, ran_out = 0, checked = 0;
  for (std::uint64_t seed : {3, 4, 5}) {
    RegionModel model(p, seed);
    sim::WeekPlan plan;
    model.describe(plan);
    sim::SerialExecutor exec;
    std::map<std::uint32_t, int> ww_since;  // seekers on WW alone: the week it started
    sim::Simulation(exec).run(plan, model.horizon(), [&](const sim::Week& w) {
      for (const auto& s : model.seekers()) {
        if (s.status == SeekerStatus::on_ww) {
          // On WW alone: off bijstand, no case manager, no job; never longer than the entitlement.
          CHECK_FALSE(s.on_benefit);
          CHECK(s.spell == kNone);
          CHECK(s.ww_weeks_left > 0);
          CHECK(s.ww_weeks_left <= p.careers.ww_max_weeks);
          if (ww_since.emplace(s.id, w.index).second) ++ww_alone;
          ++checked;
        } else if (auto it = ww_since.find(s.id); it != ww_since.end()) {
          // Left WW alone: a new job, bijstand (run out or fallen below the norm), or out of scope.
          CHECK((s.status == SeekerStatus::employed || s.status == SeekerStatus::exited || s.on_benefit ||
                 s.benefit == BenefitType::nug));
          if (s.status == SeekerStatus::employed) ++ended_by_job;
          else if (s.on_benefit) ++ran_out;
          ww_since.erase(it);
        }
        if (s.status == SeekerStatus::in_service && s.ww_weeks_left > 0) {
          CHECK(s.on_benefit);  // WW below the norm: topped up by bijstand
          ++ww_topped_up;
        }
      }
    });
    // Every ww_start is followed by a ww_end, or the WW still runs at the end, or the person left scope.
    std::map<std::uint32_t, int> open;
    for (const auto& e : model.events()) {
      if (e.kind == EventKind::ww_start) {
        CHECK(open[e.seeker] == 0);
        open[e.seeker] = 1;
      } else if (e.kind == EventKind::ww_end) {
        CHECK(open[e.seeker] == 1);
        open[e.seeker] = 0;
      }
    }
    for (const auto& [id, running] : open) {
      if (running) CHECK((model.seekers()[id].ww_weeks_left > 0 || model.seekers()[id].status == SeekerStatus::exited));
    }
  }
  CHECK(ww_alone > 10);
  CHECK(ww_topped_up > 10);
  CHECK(ended_by_job > 0);
  CHECK(ran_out > 0);
  CHECK(checked > 0);
}

TEST_CASE("People in work leave scope after the follow-up, or earlier by moving, and are followed no further",
          "[careers][region]") {
  auto p = test::small_region(600, 260, 26);
  p.careers.follow_up_weeks = 52;
  p.careers.work_exit_per_year = 0.2;
  RegionModel model(p, 11);
  sim::WeekPlan plan;
  model.describe(plan);
  sim::SerialExecutor exec;
  sim::Simulation(exec).run(plan, model.horizon(), [&](const sim::Week& w) {
    for (const auto& s : model.seekers()) {
      // Nobody stays off benefit in work without a case manager for longer than the follow-up.
      if (s.status == SeekerStatus::employed && !s.on_benefit && s.coach == kNone) {
        REQUIRE(s.benefit_end_week != kNone);
        CHECK(w.index - s.benefit_end_week < p.careers.follow_up_weeks);
      }
    }
  });
  int followed_up = 0, moved_in_work = 0;
  for (const auto& s : model.seekers()) {
    if (s.status != SeekerStatus::exited) continue;
    CHECK(s.spell == kNone);
    if (s.exit_reason == ExitReason::work) {
      ++followed_up;
      const Spell& sp = model.spells()[static_cast<std::size_t>(s.last_spell)];
      CHECK(sp.end == SpellEnd::exit_other);  // censored: the job itself did not end
      CHECK(sp.end_week == s.exit_week);
      CHECK(s.exit_week - s.benefit_end_week == p.careers.follow_up_weeks);
    }
    if (s.exit_reason == ExitReason::other && s.last_spell != kNone &&
        model.spells()[static_cast<std::size_t>(s.last_spell)].end_week == s.exit_week) {
      ++moved_in_work;
    }
  }
  CHECK(followed_up > 20);
  CHECK(moved_in_work > 5);
}
