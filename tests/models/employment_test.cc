// One week of a job spell: contract start and subsidy grant, subsidy payments with phase-out,
// subsidy chasers at the end of the subsidy, trial placements and traineeships ending.
#include "models/employment.h"
#include "models/instruments.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

using namespace regiosim;
using namespace regiosim::models;

namespace {

struct Fixture {
  ModelParams p = test::small_region();
  JobSeeker s;
  Spell sp;
  Employer e;
  EventSink events;
  Fixture() {
    s.zrm.fill(4);
    s.employee_skills = 0.9F;
    s.motivation = 0.9F;
    s.vocational.fill(0.9F);
    s.affinity.fill(0.5F);
    s.status = SeekerStatus::employed;
    s.on_benefit = true;
    e.hr_department = true;
    sp.hours_per_week = 20.0F;
    sp.wage_eur_per_hour = 15.0F;
    p.employment.dropout_per_year = 0.0;   // no dropout: test the bookkeeping
    p.employment.hours_increase_per_year = 0.0;
  }
  EmploymentWeek week(int w, std::uint64_t seed = 1) {
    sim::RandomStream rng(seed, 1, static_cast<std::uint32_t>(w), 1);
    return employment_week(s, sp, EmploymentContext{p, e, 0.2F, rng, events, w, w});
  }
};

}  // namespace

TEST_CASE("A contract grants the subsidy only below the loonwaarde limit and ends benefit when earnings cover it", "[employment]") {
  Fixture f;
  f.sp.instruments = bit(InstrumentKind::lks);
  f.sp.lks_committed_eur = 1e9;  // committed at the hire
  start_contract(f.s, f.sp, f.p, 10, 0.4F, 0, f.events, 10);  // loonwaarde 0.4 / 0.9
  CHECK(f.sp.lks_weeks_granted == f.p.policy.lks_max_weeks);
  CHECK(f.sp.contract_end_week == 10 + f.p.vacancies.temporary_weeks);
  CHECK(f.s.earnings_eur_per_week == 300.0F);
  CHECK(f.s.on_benefit);  // 300 < 330: a top-up remains
  Fixture g;
  g.sp.instruments = bit(InstrumentKind::lks);
  g.sp.lks_committed_eur = 1e9;  // committed at the hire
  g.sp.hours_per_week = 36.0F;
  start_contract(g.s, g.sp, g.p, 10, 0.85F, 26, g.events, 10);  // loonwaarde 0.94: no subsidy
  CHECK(g.sp.lks_weeks_granted == 0);
  CHECK_FALSE(g.sp.has(InstrumentKind::lks));
  CHECK_FALSE(g.s.on_benefit);
  CHECK((g.s.week_flags & kFlagOutflowWork) != 0);
}

TEST_CASE("The subsidy pays the wage gap, phases out over its last weeks and stops at the maximum", "[employment]") {
  Fixture f;
  f.p.policy.lks_max_weeks = 10;
  f.p.policy.lks_phase_out_weeks = 4;
  f.p.policy.lks_reassessment_weeks = 100;  // no reassessment in this test
  f.sp.instruments = bit(InstrumentKind::lks);
  f.sp.lks_committed_eur = 1e9;  // committed at the hire
  f.sp.permanent_offer = true;
  start_contract(f.s, f.sp, f.p, 0, 0.45F, 0, f.events, 0);
  const double full = (1.0 - f.sp.loonwaarde_now) * 15.0 * 20.0 * (1.0 + f.p.instruments.lks_employer_charges);
  std::vector<double> paid;
  for (int w = 1; w <= 14; ++w) paid.push_back(f.week(w).lks_eur);
  CHECK(paid[0] == Approx(full));
  CHECK(paid[5] == Approx(full));            // 5 weeks left: before the phase-out
  CHECK(paid[6] == Approx(full * 4 / 4.0));  // 4 left
  CHECK(paid[7] == Approx(full * 3 / 4.0));
  CHECK(paid[9] == Approx(full * 1 / 4.0));  // the last week
  CHECK(paid[10] == 0.0);
  CHECK(f.sp.lks_weeks_paid == 10);
}

TEST_CASE("The subsidy never pays more than was committed at the hire", "[employment][budgets]") {
  Fixture f;
  f.p.policy.lks_max_weeks = 10;
  f.p.policy.lks_reassessment_weeks = 100;
  f.sp.instruments = bit(InstrumentKind::lks);
  f.sp.permanent_offer = true;
  start_contract(f.s, f.sp, f.p, 0, 0.45F, 0, f.events, 0);
  const double full = (1.0 - f.sp.loonwaarde_now) * 15.0 * 20.0 * (1.0 + f.p.instruments.lks_employer_charges);
  f.sp.lks_committed_eur = 2.5 * full;
  double paid = 0.0;
  for (int w = 1; w <= 12; ++w) paid += f.week(w).lks_eur;
  CHECK(paid == Approx(2.5 * full));
  CHECK(f.sp.lks_paid_eur == Approx(2.5 * full));
}

TEST_CASE("A subsidy chaser lets the worker go when the subsidy stops", "[employment]") {
  Fixture f;
  f.p.policy.lks_max_weeks = 3;
  f.p.employment.chaser_dismissal_probability = 1.0;
  f.e.subsidy_chaser = true;
  f.sp.instruments = bit(InstrumentKind::lks);
  f.sp.lks_committed_eur = 1e9;  // committed at the hire
  f.sp.permanent_offer = true;
  start_contract(f.s, f.sp, f.p, 0, 0.45F, 0, f.events, 0);
  CHECK(f.week(1).ended == SpellEnd::ongoing);
  CHECK(f.week(2).ended == SpellEnd::ongoing);
  CHECK(f.week(3).ended == SpellEnd::dismissed_at_subsidy_end);
  Fixture g;  // an ordinary employer keeps the worker
  g.p.policy.lks_max_weeks = 3;
  g.sp.instruments = bit(InstrumentKind::lks);
  g.sp.lks_committed_eur = 1e9;  // committed at the hire
  g.sp.permanent_offer = true;
  start_contract(g.s, g.sp, g.p, 0, 0.45F, 0, g.events, 0);
  for (int w = 1; w <= 10; ++w) CHECK(g.week(w).ended == SpellEnd::ongoing);
}

TEST_CASE("A trial placement becomes a contract for a good match and ends for a poor one", "[employment]") {
  Fixture good;
  good.p.hiring.interview_noise_sd = 0.0;
  good.sp.form = SpellForm::trial_placement;
  good.sp.form_end_week = 8;
  for (int w = 1; w < 8; ++w) CHECK_FALSE(good.week(w).contract_started);
  CHECK(good.s.earnings_eur_per_week == 0.0F);
  CHECK(good.week(8).contract_started);
  CHECK(good.sp.in_contract());
  CHECK(good.s.earnings_eur_per_week > 0.0F);

  Fixture poor;
  poor.p.hiring.interview_noise_sd = 0.0;
  poor.s.vocational.fill(0.0F);
  poor.s.employee_skills = 0.1F;
  poor.sp.form = SpellForm::trial_placement;
  poor.sp.form_end_week = 1;
  CHECK(poor.week(1).ended == SpellEnd::trial_not_converted);
}

TEST_CASE("A finished traineeship always leads to a contract of at least six months", "[employment]") {
  Fixture f;
  f.s.employee_skills = 0.2F;
  f.s.vocational.fill(0.1F);
  f.p.vacancies.temporary_weeks = 4;
  f.sp.form = SpellForm::traineeship;
  f.sp.form_end_week = 13;
  float skills_before = f.s.employee_skills;
  for (int w = 1; w < 13; ++w) f.week(w);
  CHECK(f.s.employee_skills > skills_before + 0.2F);  // learning goals in practice
  const auto end = f.week(13);
  CHECK(end.contract_started);
  CHECK(f.sp.contract_end_week - 13 >= f.p.policy.traineeship_contract_weeks);
}

TEST_CASE("Job coaching lowers the dropout hazard and the provider's aftercare follows its coaching", "[employment]") {
  Fixture f;
  f.p.employment.dropout_per_year = 0.3;
  const double without = dropout_hazard(f.s, f.sp, 0.5F, f.e, f.p);
  f.sp.coaching = CoachingState::active;
  CHECK(dropout_hazard(f.s, f.sp, 0.5F, f.e, f.p) == Approx(without * f.p.employment.job_coaching_hazard_ratio));
  f.e.hr_department = false;
  CHECK(dropout_hazard(f.s, f.sp, 0.5F, f.e, f.p) > without * f.p.employment.job_coaching_hazard_ratio);

  Fixture g;
  g.sp.provider = Trajectory::werkmakelaar;
  g.sp.coaching = CoachingState::active;
  g.sp.coaching_weeks_left = 2;
  g.sp.permanent_offer = true;
  g.sp.form = SpellForm::permanent_contract;
  g.week(1);
  CHECK(g.sp.coaching == CoachingState::active);
  g.week(2);
  CHECK(g.sp.coaching == CoachingState::done);
  CHECK(g.sp.provider_aftercare_weeks_left == g.p.policy.werkmakelaar_aftercare_weeks);
}
