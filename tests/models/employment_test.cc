// One week of a job spell: contract start and subsidy grant, subsidy payments with phase-out,
// subsidy chasers at the end of the subsidy, trial placements and traineeships ending, and the end of
// a temporary contract (converted, renewed or ended; the ketenregeling; models/contracts.h).
#include "models/contracts.h"
#include "models/employment.h"
#include "models/instruments.h"
#include "models/matching.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace regiosim;
using namespace regiosim::models;

namespace {

struct Fixture {
  ModelParams p = test::small_region();
  JobSeeker s;
  Spell sp;
  Employer e;
  std::vector<EventRecord> log;
  EventSink events{&log};
  std::uint32_t id = 1;  // the seeker's id in the random streams
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
  EmploymentWeek week(int w, std::uint64_t seed = 1, double sector_demand = 1.0) {
    sim::RandomStream rng(seed, id, static_cast<std::uint32_t>(w), 1);
    sim::RandomStream contract_rng(seed, id, static_cast<std::uint32_t>(w), 2);
    return employment_week(s, sp, EmploymentContext{p, e, 0.2F, rng, contract_rng, events, w, w, 0.0F, sector_demand});
  }
  void start(int w, float quality, int min_weeks = 0, std::uint64_t seed = 1) {
    sim::RandomStream contract_rng(seed, id, static_cast<std::uint32_t>(w), 2);
    start_contract(s, sp, p, w, quality, min_weeks, contract_rng, events, w);
  }
  int count(EventKind kind) const {
    return static_cast<int>(std::count_if(log.begin(), log.end(), [&](const EventRecord& r) { return r.kind == kind; }));
  }
};

}  // namespace

TEST_CASE("A contract grants the subsidy only below the loonwaarde limit and ends benefit when earnings cover it", "[employment]") {
  Fixture f;
  f.sp.instruments = bit(InstrumentKind::lks);
  f.sp.lks_committed_eur = 1e9;  // committed at the hire
  f.start(10, 0.4F, 0);  // loonwaarde 0.4 / 0.9
  CHECK(f.sp.lks_weeks_granted == f.p.policy.lks_max_weeks);
  CHECK((f.sp.contract_end_week == 10 + f.p.contracts.short_weeks || f.sp.contract_end_week == 10 + f.p.contracts.long_weeks));
  CHECK(f.s.earnings_eur_per_week == 300.0F);
  CHECK(f.s.on_benefit);  // 300 < 330: a top-up remains
  Fixture g;
  g.sp.instruments = bit(InstrumentKind::lks);
  g.sp.lks_committed_eur = 1e9;  // committed at the hire
  g.sp.hours_per_week = 36.0F;
  g.start(10, 0.85F, 26);  // loonwaarde 0.94: no subsidy
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
  f.start(0, 0.45F, 0);
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
  f.start(0, 0.45F, 0);
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
  f.start(0, 0.45F, 0);
  CHECK(f.week(1).ended == SpellEnd::ongoing);
  CHECK(f.week(2).ended == SpellEnd::ongoing);
  CHECK(f.week(3).ended == SpellEnd::dismissed_at_subsidy_end);
  Fixture g;  // an ordinary employer keeps the worker
  g.p.policy.lks_max_weeks = 3;
  g.sp.instruments = bit(InstrumentKind::lks);
  g.sp.lks_committed_eur = 1e9;  // committed at the hire
  g.sp.permanent_offer = true;
  g.start(0, 0.45F, 0);
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

TEST_CASE("A finished traineeship always leads to a contract of at least six months", "[employment][contracts]") {
  Fixture f;
  f.s.employee_skills = 0.2F;
  f.s.vocational.fill(0.1F);
  f.p.contracts.short_weeks = 4;  // both drawn lengths shorter than the minimum after a traineeship
  f.p.contracts.long_weeks = 8;
  f.sp.form = SpellForm::traineeship;
  f.sp.form_end_week = 13;
  float skills_before = f.s.employee_skills;
  for (int w = 1; w < 13; ++w) f.week(w);
  CHECK(f.s.employee_skills > skills_before + 0.2F);  // learning goals in practice
  const auto end = f.week(13);
  CHECK(end.contract_started);
  CHECK(f.sp.contract_end_week - 13 == f.p.policy.traineeship_contract_weeks);

  // Over many seekers: never shorter than the minimum, and a drawn length above it is kept.
  Fixture g;
  g.p.contracts.short_weeks = 4;
  g.p.contracts.long_weeks = 60;
  g.p.contracts.long_share = 0.5;
  int minimum = 0, longer = 0;
  for (std::uint32_t id = 0; id < 400; ++id) {
    g.id = id;
    g.sp = Spell{};
    g.sp.hours_per_week = 20.0F;
    g.sp.wage_eur_per_hour = 15.0F;
    g.sp.form = SpellForm::traineeship;
    g.sp.form_end_week = 13;
    REQUIRE(g.week(13).contract_started);
    const int weeks = g.sp.contract_end_week - 13;
    REQUIRE((weeks == g.p.policy.traineeship_contract_weeks || weeks == 60));
    minimum += weeks == g.p.policy.traineeship_contract_weeks;
    longer += weeks == 60;
  }
  CHECK(minimum > 120);  // about half each (binomial 400, 0.5: sd 10)
  CHECK(longer > 120);
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

namespace {

// A fixture with a temporary contract that started in week 0 and ends at the given week.
void temporary_contract(Fixture& f, int end_week) {
  f.sp = Spell{};
  f.sp.hours_per_week = 20.0F;
  f.sp.wage_eur_per_hour = 15.0F;
  f.sp.form = SpellForm::temporary_contract;
  f.sp.contract_start_week = 0;
  f.sp.contract_end_week = end_week;
  f.s.week_flags = 0;
}

// What happened at the end of a contract: 0 ended, 1 renewed, 2 made permanent.
int rank(const EmploymentWeek& r) {
  if (r.ended == SpellEnd::contract_end) return 0;
  if (r.renewed) return 1;
  return r.converted_to_permanent ? 2 : -1;
}

}  // namespace

TEST_CASE("A temporary contract runs a drawn length and the employer decides at its drawn end week",
          "[employment][contracts]") {
  Fixture f;
  f.p.contracts.long_share = 0.5;
  // The drawn lengths: both occur, nothing else.
  int short_ones = 0, long_ones = 0;
  for (std::uint32_t id = 0; id < 400; ++id) {
    f.id = id;
    f.sp = Spell{};
    f.start(0, 0.8F);
    const int weeks = f.sp.contract_end_week;
    REQUIRE((weeks == f.p.contracts.short_weeks || weeks == f.p.contracts.long_weeks));
    short_ones += weeks == f.p.contracts.short_weeks;
    long_ones += weeks == f.p.contracts.long_weeks;
  }
  CHECK(short_ones > 150);  // binomial 400, 0.5: sd 10
  CHECK(long_ones > 150);

  SECTION("an employer that always renews renews exactly at the end week, for a new drawn length") {
    f.p.contracts.conversion_share = 0.0;
    f.p.contracts.renewal_share = 1.0;
    for (std::uint32_t id = 0; id < 50; ++id) {
      f.id = id;
      f.sp = Spell{};
      f.log.clear();
      f.start(0, 0.8F);
      const int end = f.sp.contract_end_week;
      for (int w = 1; w < end; ++w) {
        const auto r = f.week(w);
        REQUIRE(r.ended == SpellEnd::ongoing);
        REQUIRE_FALSE(r.renewed);
      }
      REQUIRE(f.sp.renewals == 0);
      const auto r = f.week(end);
      CHECK(r.renewed);
      CHECK(r.ended == SpellEnd::ongoing);
      CHECK(f.sp.renewals == 1);
      CHECK(f.sp.form == SpellForm::temporary_contract);
      const int next = f.sp.contract_end_week - end;
      CHECK((next == f.p.contracts.short_weeks || next == f.p.contracts.long_weeks));
      CHECK((f.s.week_flags & kFlagRenewed) != 0);
      CHECK(f.count(EventKind::renewed) == 1);
    }
  }
  SECTION("an employer that never keeps the worker ends the contract exactly at the end week") {
    f.p.contracts.conversion_share = 0.0;
    f.p.contracts.renewal_share = 0.0;
    f.start(0, 0.8F);
    const int end = f.sp.contract_end_week;
    for (int w = 1; w < end; ++w) REQUIRE(f.week(w).ended == SpellEnd::ongoing);
    CHECK(f.week(end).ended == SpellEnd::contract_end);
    CHECK(f.sp.renewals == 0);
    CHECK(f.count(EventKind::renewed) == 0);
  }
}

TEST_CASE("The ketenregeling: after the most contracts or weeks in a chain the employer converts or ends",
          "[employment][contracts]") {
  SECTION("three contracts at most: every chain is permanent or over by the end of the third") {
    Fixture f;
    f.p.contracts.conversion_share = 0.3;
    f.p.contracts.renewal_share = 1.0;  // never ended while a renewal is allowed
    int converted = 0, ended_at_limit = 0;
    for (std::uint32_t id = 0; id < 300; ++id) {
      f.id = id;
      f.sp = Spell{};
      f.start(0, 0.8F);
      int decisions = 0;
      for (int w = 1; w <= 400 && f.sp.form == SpellForm::temporary_contract; ++w) {
        const bool at_end = w == f.sp.contract_end_week;
        const auto r = f.week(w);
        decisions += at_end;
        if (r.ended != SpellEnd::ongoing) {
          REQUIRE(r.ended == SpellEnd::contract_end);
          REQUIRE(f.sp.renewals == f.p.contracts.chain_max_contracts - 1);  // only at the limit
          ++ended_at_limit;
          break;
        }
      }
      REQUIRE(decisions <= f.p.contracts.chain_max_contracts);
      REQUIRE(f.sp.renewals <= f.p.contracts.chain_max_contracts - 1);
      if (f.sp.form == SpellForm::permanent_contract) {
        ++converted;
        REQUIRE(f.sp.converted_week != kNone);
        REQUIRE(f.sp.converted_week <= f.p.contracts.chain_max_weeks);
      }
    }
    CHECK(converted + ended_at_limit == 300);  // nobody still temporary
    CHECK(converted > 0);
    CHECK(ended_at_limit > 0);
  }
  SECTION("36 months at most: a renewal is cut to the weeks left, then the chain is over") {
    Fixture f;
    f.p.contracts.conversion_share = 0.0;
    f.p.contracts.renewal_share = 1.0;
    f.p.contracts.short_weeks = 52;
    f.p.contracts.long_weeks = 52;
    f.p.contracts.chain_max_contracts = 10;
    f.p.contracts.chain_max_weeks = 100;
    f.start(0, 0.8F);
    REQUIRE(f.sp.contract_end_week == 52);
    for (int w = 1; w < 52; ++w) f.week(w);
    CHECK(f.week(52).renewed);
    CHECK(f.sp.contract_end_week == 100);  // 48 weeks left in the chain, not 52
    for (int w = 53; w < 100; ++w) REQUIRE(f.week(w).ended == SpellEnd::ongoing);
    CHECK(f.week(100).ended == SpellEnd::contract_end);
    CHECK(f.sp.renewals == 1);
  }
  SECTION("while the subsidy is paid the employer keeps the worker: renewed, or made permanent at the limit") {
    // On its own merits the employer would never keep the worker; contracts of 20 weeks, 50 weeks of
    // subsidy.
    const auto subsidised = [](Fixture& x) {
      x.p.contracts.conversion_share = 0.0;
      x.p.contracts.renewal_share = 0.0;
      x.p.contracts.short_weeks = 20;
      x.p.contracts.long_weeks = 20;
      x.p.policy.lks_max_weeks = 50;
      x.p.policy.lks_reassessment_weeks = 1000;
      x.sp.instruments = bit(InstrumentKind::lks);
      x.sp.lks_committed_eur = 1e9;
    };
    Fixture f;
    subsidised(f);
    f.start(0, 0.45F);
    REQUIRE(f.sp.lks_weeks_granted == 50);
    for (int w = 1; w < 20; ++w) f.week(w);
    CHECK(f.week(20).renewed);  // 20 of 50 weeks paid
    for (int w = 21; w < 40; ++w) f.week(w);
    CHECK(f.week(40).renewed);
    for (int w = 41; w < 60; ++w) REQUIRE(f.week(w).ended == SpellEnd::ongoing);
    CHECK(f.week(60).ended == SpellEnd::contract_end);  // the subsidy stopped in week 50

    Fixture g;  // the same, but the chain allows no renewal: the subsidy makes it permanent
    subsidised(g);
    g.p.contracts.chain_max_contracts = 1;
    g.start(0, 0.45F);
    for (int w = 1; w < 20; ++w) g.week(w);
    CHECK(g.week(20).converted_to_permanent);
    CHECK(g.sp.form == SpellForm::permanent_contract);
    CHECK(g.sp.converted_week == 20);
  }
}

TEST_CASE("The employer keeps a better performer more often, and more often where its sector is short of staff",
          "[employment][contracts][stochastic]") {
  // Paired draws: seeker i is a good and a poor performer (or in a sector with high and low demand) on
  // the same random streams, so each pair differs only by what the employer sees. The shares kept
  // must also be what the model's chances say (many seekers: within four standard errors).
  constexpr int kSeekers = 4000;
  const auto run = [&](auto setup_a, auto setup_b, double demand_a, double demand_b) {
    Fixture a, b;
    setup_a(a);
    setup_b(b);
    double kept_a = 0, kept_b = 0, converted_a = 0, converted_b = 0, expected_a = 0, expected_b = 0;
    double expected_conv_a = 0, expected_conv_b = 0;
    for (std::uint32_t id = 0; id < kSeekers; ++id) {
      a.id = b.id = id;
      temporary_contract(a, 1);
      temporary_contract(b, 1);
      const int ra = rank(a.week(1, 7, demand_a));
      const int rb = rank(b.week(1, 7, demand_b));
      REQUIRE(ra >= 0);
      REQUIRE(rb >= 0);
      REQUIRE(ra >= rb);  // the same draw never leaves the better-placed worker worse off
      kept_a += ra > 0;
      kept_b += rb > 0;
      converted_a += ra == 2;
      converted_b += rb == 2;
      // What the employer saw this week (skills grew before the decision, as they do in the step).
      const auto chances = [](Fixture& f, double demand) {
        const float q = match_quality(f.s, static_cast<std::size_t>(f.sp.sector), 0.2F, f.p);
        const ContractReview review{.quality = q, .sector_demand = demand};
        return contract_chances(review, f.p);
      };
      const auto ca = chances(a, demand_a);
      const auto cb = chances(b, demand_b);
      expected_a += ca.keep;
      expected_b += cb.keep;
      expected_conv_a += ca.convert;
      expected_conv_b += cb.convert;
      // Reset the skills that grew this week.
      setup_a(a);
      setup_b(b);
    }
    const auto within = [&](double observed, double expected) {
      const double p = expected / kSeekers;
      return std::abs(observed / kSeekers - p) < 4.0 * std::sqrt(p * (1.0 - p) / kSeekers) + 1e-9;
    };
    CHECK(within(kept_a, expected_a));
    CHECK(within(kept_b, expected_b));
    CHECK(within(converted_a, expected_conv_a));
    CHECK(within(converted_b, expected_conv_b));
    CHECK(kept_a / kSeekers > kept_b / kSeekers + 0.1);
    CHECK(converted_a > converted_b);
  };
  const auto good = [](Fixture& f) {
    f.s.employee_skills = 0.9F;
    f.s.vocational.fill(0.9F);
  };
  const auto poor = [](Fixture& f) {
    f.s.employee_skills = 0.35F;
    f.s.vocational.fill(0.25F);
  };
  SECTION("performance: a good match against a poor one, same sector and demand") { run(good, poor, 1.0, 1.0); }
  SECTION("the employer's situation: the same worker in a sector with much and with little demand") {
    run(poor, poor, 1.6, 0.6);
  }
  SECTION("no difference in what the employer sees, no difference in what it does") {
    Fixture a, b;
    for (std::uint32_t id = 0; id < 500; ++id) {
      a.id = b.id = id;
      temporary_contract(a, 1);
      temporary_contract(b, 1);
      CHECK(rank(a.week(1, 7)) == rank(b.week(1, 7)));
    }
  }
}

TEST_CASE("The employer's decision: chances move with the odds, the draw picks the band, the chain limits it",
          "[contracts]") {
  ModelParams p = test::small_region();
  const ContractReview at_reference{.quality = static_cast<float>(p.employment.match_reference)};
  const auto c = contract_chances(at_reference, p);
  CHECK(c.convert == Approx(p.contracts.conversion_share).margin(1e-6));
  CHECK(c.keep == Approx(p.contracts.conversion_share + (1 - p.contracts.conversion_share) * p.contracts.renewal_share)
                      .margin(1e-6));
  ContractReview coached = at_reference;
  coached.coaching = true;
  const auto cc = contract_chances(coached, p);
  const auto odds = [](double q) { return q / (1 - q); };
  CHECK(odds(cc.convert) == Approx(odds(c.convert) * p.contracts.coaching_odds_ratio));
  CHECK(odds(cc.keep) == Approx(odds(c.keep) * p.contracts.coaching_odds_ratio));

  // The bands of the draw.
  CHECK(decide_contract(at_reference, p, c.convert * 0.99).decision == ContractDecision::convert);
  CHECK(decide_contract(at_reference, p, (c.convert + c.keep) / 2).decision == ContractDecision::renew);
  CHECK(decide_contract(at_reference, p, c.keep + (1 - c.keep) / 2).decision == ContractDecision::end);
  // At the chain's limit the renewal band ends, unless the subsidy still runs.
  ContractReview last = at_reference;
  last.contracts = static_cast<int>(p.contracts.chain_max_contracts);
  CHECK(decide_contract(last, p, (c.convert + c.keep) / 2).decision == ContractDecision::end);
  CHECK(decide_contract(last, p, c.convert * 0.99).decision == ContractDecision::convert);
  last.lks_running = true;
  CHECK(decide_contract(last, p, 0.999).decision == ContractDecision::convert);
  ContractReview late = at_reference;
  late.chain_weeks = static_cast<int>(p.contracts.chain_max_weeks) - 10;
  CHECK(decide_contract(late, p, (c.convert + c.keep) / 2).weeks_left_in_chain == 10);
}
