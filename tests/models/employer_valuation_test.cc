// The employer's valuation of a candidate (models/employer_valuation.h): a productivity gap the
// employer sees, a subsidy that offsets it and never overturns it, risk and supervision that support
// takes over, and a workplace adaptation that raises productivity and lowers dropout.
#include "models/employer_valuation.h"
#include "models/employment.h"
#include "models/instruments.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

using namespace regiosim;
using namespace regiosim::models;

namespace {

// Two candidates alike in everything the employer sees but the arbeidsbeperking, proposed by a case
// manager for the same vacancy of the same employer.
struct Pair {
  ModelParams p = test::small_region();
  Priors priors{p};
  JobSeeker with, without;
  Employer employer;
  Vacancy vacancy;
  float match = 0.6F;
  Pair() {
    for (JobSeeker* s : {&with, &without}) {
      s->zrm.fill(4);
      s->employee_skills = 0.7F;
      s->motivation = 0.7F;
    }
    with.disability = true;
    employer.subsidy_sensitivity = 0.6F;
    vacancy.wage_eur_per_hour = 14.0F;
    vacancy.hours_per_week = 32.0F;
  }
  // The employer's valuation of a candidate with what the policy offers with it.
  Valuation value(const JobSeeker& candidate) const {
    JobSeeker s = candidate;
    observe_exactly(s, priors, 1.0F);  // the case manager knows the candidate as they are
    const HiringContext c{s,    employer, vacancy, p, priors, match, loonwaarde_of(s, match, p),
                          true, false,    true,    true};
    const OfferWithView offer = offer_instruments(c);
    return value_candidate(match, offer.loonwaarde, s, employer, offer.view, p);
  }
};

}  // namespace

TEST_CASE("The employer sees the productivity gap of an arbeidsbeperking, and a subsidy offsets it and never overturns it",
          "[valuation][acceptance]") {
  Pair f;
  // Without loonkostensubsidie the employer prefers the candidate without the arbeidsbeperking: the
  // lower loonwaarde is part of what it sees.
  f.p.policy.lks_enabled = false;
  const float with_no_lks = f.value(f.with).total();
  const float without_no_lks = f.value(f.without).total();
  CHECK(loonwaarde_of(f.with, f.match, f.p) < loonwaarde_of(f.without, f.match, f.p));
  CHECK(with_no_lks < without_no_lks);
  // With it, for every sensitivity and match quality: the first is better off than without, and at
  // most as attractive as the second.
  f.p.policy.lks_enabled = true;
  for (float sensitivity : {0.0F, 0.3F, 0.6F, 1.0F}) {
    for (float match : {0.3F, 0.5F, 0.6F, 0.8F, 1.0F}) {
      f.employer.subsidy_sensitivity = sensitivity;
      f.match = match;
      const Valuation with = f.value(f.with);
      const Valuation without = f.value(f.without);
      INFO("sensitivity " << sensitivity << ", match " << match);
      CHECK(with.total() <= without.total());
      // The subsidy never pays for more than the gap the employer perceives: the same match without the
      // arbeidsbeperking. (LKS is for the doelgroep only: the second candidate gets none.)
      CHECK(with.productivity + with.subsidy <= match + 1e-6F);
      CHECK(without.subsidy == 0.0F);
    }
  }
  f.employer.subsidy_sensitivity = 0.6F;
  f.match = 0.6F;
  CHECK(f.value(f.with).total() > with_no_lks);
}

TEST_CASE("A workplace adaptation raises the productivity of a worker with an arbeidsbeperking and lowers dropout",
          "[valuation][acceptance]") {
  Pair f;
  f.p.policy.lks_enabled = false;
  f.p.policy.workplace_adaptation_enabled = false;
  const Valuation plain = f.value(f.with);
  f.p.policy.workplace_adaptation_enabled = true;
  const Valuation adapted = f.value(f.with);
  CHECK(adapted.productivity > plain.productivity);
  // The worker drops out less: the same spell with and without the adaptation.
  Spell sp;
  sp.form = SpellForm::temporary_contract;
  const double hazard = dropout_hazard(f.with, sp, f.match, f.employer, f.p);
  sp.instruments = bit(InstrumentKind::workplace_adaptation);
  CHECK(dropout_hazard(f.with, sp, f.match, f.employer, f.p) < hazard);
  CHECK(dropout_hazard(f.with, sp, f.match, f.employer, f.p) == Approx(hazard * f.p.employment.adaptation_hazard_ratio));
}

TEST_CASE("Support moves the employer through what it takes off its hands", "[valuation]") {
  Pair f;
  const EmployerView none = unaided_view(f.without, f.p);
  // Supervision: only below the skills norm, less with job coaching and aftercare, for the part of the
  // horizon they run.
  CHECK(value_candidate(0.6F, 1.0F, f.without, f.employer, none, f.p).supervision == 0.0F);
  f.without.employee_skills = 0.3F;
  const float alone = value_candidate(0.6F, 1.0F, f.without, f.employer, none, f.p).supervision;
  CHECK(alone == Approx(f.p.hiring.supervision_cost * (f.p.hiring.supervision_skills_norm - 0.3)));
  EmployerView coached = none;
  coached.coaching_weeks = static_cast<float>(f.p.hiring.horizon_weeks);
  const float with_coach = value_candidate(0.6F, 1.0F, f.without, f.employer, coached, f.p).supervision;
  CHECK(with_coach == Approx(alone * (1.0 - f.p.hiring.coaching_supervision_relief)));
  coached.coaching_weeks = static_cast<float>(f.p.hiring.horizon_weeks) / 2;
  CHECK(value_candidate(0.6F, 1.0F, f.without, f.employer, coached, f.p).supervision > with_coach);
  // The no-risk policy takes the sick-pay risk.
  EmployerView disabled = unaided_view(f.with, f.p);
  CHECK(value_candidate(0.6F, 1.0F, f.with, f.employer, disabled, f.p).absence == Approx(f.p.hiring.absence_cost));
  disabled.absence_risk = false;
  CHECK(value_candidate(0.6F, 1.0F, f.with, f.employer, disabled, f.p).absence == 0.0F);
  // Prejudice is a term of its own, whatever the instruments.
  CHECK(value_candidate(0.6F, 1.0F, f.with, f.employer, disabled, f.p).prejudice == Approx(f.p.hiring.disability_penalty));
  // A subsidy that runs half the horizon counts half.
  EmployerView subsidised = unaided_view(f.with, f.p);
  subsidised.subsidy_weeks = static_cast<float>(f.p.hiring.horizon_weeks);
  const float year = value_candidate(0.6F, 0.3F, f.with, f.employer, subsidised, f.p).subsidy;
  subsidised.subsidy_weeks /= 2;
  CHECK(value_candidate(0.6F, 0.3F, f.with, f.employer, subsidised, f.p).subsidy == Approx(year / 2));
  f.employer.subsidy_sensitivity = 0.0F;  // an employer the subsidy does not move
  CHECK(value_candidate(0.6F, 0.3F, f.with, f.employer, subsidised, f.p).subsidy == 0.0F);
}
