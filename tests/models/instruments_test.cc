// Instruments: who can get what at a hire, what it changes in the employer's view, and how a job
// starts.
#include "models/instruments.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

using namespace regiosim;
using namespace regiosim::models;

namespace {

struct Fixture {
  ModelParams p = test::small_region();
  Priors priors{p};
  JobSeeker seeker;
  Employer employer;
  Vacancy vacancy;
  Fixture() {
    seeker.zrm.fill(4);
    seeker.employee_skills = 0.8F;
    seeker.motivation = 0.7F;
    employer.subsidy_sensitivity = 0.5F;
  }
  // `provider`: the purchased provider's candidate; `team`: the in-house team's (the same intensive work).
  HiringContext context(float loonwaarde, bool mediated = true, bool provider = false, bool budget = true,
                        bool team = false) {
    observe_exactly(seeker, priors, 1.0F);  // the case manager knows the seeker as they are
    return HiringContext{seeker, employer, vacancy, p, priors, 0.5F, loonwaarde, mediated, provider || team,
                         budget, budget, provider};
  }
};

}  // namespace

TEST_CASE("Loonkostensubsidie: for an arbeidsbeperking below the loonwaarde limit, while the budget lasts", "[instruments]") {
  Fixture f;
  const Instrument& lks = instrument(InstrumentKind::lks);
  CHECK_FALSE(lks.offered(f.context(0.5F)));  // a low loonwaarde without an arbeidsbeperking: not the doelgroep
  f.seeker.disability = true;
  CHECK(lks.offered(f.context(0.5F)));
  CHECK_FALSE(lks.offered(f.context(0.85F)));  // above policy.lks.max_loonwaarde (default 0.7662)
  CHECK_FALSE(lks.offered(f.context(0.5F, true, false, false)));
  f.p.policy.lks_enabled = false;
  CHECK_FALSE(lks.offered(f.context(0.5F)));
  f.p.policy.lks_enabled = true;
  EmployerView view;
  lks.shape(view, f.context(0.5F));
  CHECK(view.subsidy_weeks == static_cast<float>(f.p.policy.lks_max_weeks));
}

TEST_CASE("A job starts with a traineeship for weak skills, else a trial placement when mediated", "[instruments]") {
  Fixture f;
  f.vacancy.permanent = false;
  CHECK(offer_instruments(f.context(0.9F)).offer.first_form == SpellForm::trial_placement);
  CHECK(offer_instruments(f.context(0.9F, false)).offer.first_form == SpellForm::temporary_contract);  // own application
  f.seeker.employee_skills = 0.3F;
  const auto weak = offer_instruments(f.context(0.9F)).offer;
  CHECK(weak.first_form == SpellForm::traineeship);
  CHECK((weak.instruments & bit(InstrumentKind::job_coaching)) != 0);  // weak skills also bring job coaching
  f.p.policy.traineeship_enabled = false;
  CHECK(offer_instruments(f.context(0.9F)).offer.first_form == SpellForm::trial_placement);
  f.p.policy.trial_enabled = false;
  f.vacancy.permanent = true;
  CHECK(offer_instruments(f.context(0.9F)).offer.first_form == SpellForm::permanent_contract);
}

TEST_CASE("A learner for a future job starts with a contract: the learning period was the trial", "[instruments]") {
  Fixture f;
  f.vacancy.kind = VacancyKind::growth;
  f.vacancy.permanent = false;
  for (const float skills : {0.8F, 0.3F}) {
    f.seeker.employee_skills = skills;
    const auto offer = offer_instruments(f.context(0.9F));
    CHECK(offer.offer.first_form == SpellForm::temporary_contract);
    CHECK((offer.offer.instruments & (bit(InstrumentKind::trial_placement) | bit(InstrumentKind::traineeship))) == 0);
    CHECK(offer.view.trial_value == 0.0F);
  }
}

TEST_CASE("Only mediated candidates' instruments count in the employer's view", "[instruments]") {
  Fixture f;
  f.seeker.disability = true;
  f.seeker.employee_skills = 0.3F;
  const auto mediated = offer_instruments(f.context(0.5F, true));
  const auto own = offer_instruments(f.context(0.5F, false));
  CHECK(mediated.offer.instruments != 0);
  CHECK((own.offer.instruments & bit(InstrumentKind::lks)) != 0);  // granted after the hire all the same
  CHECK(own.view.subsidy_weeks == 0.0F);
  CHECK(own.view.coaching_weeks == 0.0F);
  CHECK(own.view.absence_risk);
  CHECK(own.view.trial_value == 0.0F);
  CHECK(mediated.view.subsidy_weeks > 0.0F);
  CHECK(mediated.view.coaching_weeks > 0.0F);
  CHECK_FALSE(mediated.view.absence_risk);  // the no-risk policy
  CHECK(mediated.view.trial_value > 0.0F);
  CHECK(mediated.view.aftercare_weeks == static_cast<float>(f.p.policy.aftercare_weeks));
}

TEST_CASE("Workplace adaptation and no-risk policy are for candidates with an arbeidsbeperking", "[instruments]") {
  Fixture f;
  const Instrument& adaptation = instrument(InstrumentKind::workplace_adaptation);
  const Instrument& no_risk = instrument(InstrumentKind::no_risk);
  CHECK_FALSE(adaptation.offered(f.context(0.5F)));
  CHECK_FALSE(no_risk.offered(f.context(0.5F)));
  f.seeker.disability = true;
  CHECK(adaptation.offered(f.context(0.5F)));
  CHECK(no_risk.offered(f.context(0.5F)));
  CHECK_FALSE(adaptation.offered(f.context(0.5F, true, false, false)));  // the participation budget is spent
  // The adaptation raises the loonwaarde the subsidy is assessed on.
  const auto offer = offer_instruments(f.context(0.3F));
  CHECK(offer.loonwaarde > loonwaarde_of(f.seeker, 0.5F, f.p, false));
  CHECK(offer.loonwaarde == Approx(loonwaarde_of(f.seeker, 0.5F, f.p, true)));
}

TEST_CASE("The provider places WM2 and WM3 clients through a traineeship and coaches them itself", "[instruments]") {
  Fixture f;
  f.seeker.wm_track = WmTrack::wm1;
  const auto wm1 = offer_instruments(f.context(0.6F, true, true)).offer;
  CHECK(wm1.first_form != SpellForm::trial_placement);
  CHECK(wm1.first_form != SpellForm::traineeship);
  CHECK((wm1.instruments & bit(InstrumentKind::werkmakelaar)) != 0);
  CHECK((wm1.instruments & bit(InstrumentKind::job_coaching)) != 0);
  f.seeker.wm_track = WmTrack::wm3;
  CHECK(offer_instruments(f.context(0.6F, true, true)).offer.first_form == SpellForm::traineeship);
  // The in-house team does the same work; only the purchase is not there.
  const auto team = offer_instruments(f.context(0.6F, true, false, true, true)).offer;
  CHECK(team.first_form == SpellForm::traineeship);
  CHECK((team.instruments & bit(InstrumentKind::job_coaching)) != 0);
  CHECK((team.instruments & bit(InstrumentKind::werkmakelaar)) == 0);
}

TEST_CASE("Loonwaarde follows match quality, lower with an arbeidsbeperking, within 0 to 1", "[instruments]") {
  Fixture f;
  const float q_full = static_cast<float>(f.p.hiring.full_productivity_quality);
  CHECK(loonwaarde_of(f.seeker, q_full / 2, f.p) == Approx(0.5));
  CHECK(loonwaarde_of(f.seeker, 2 * q_full, f.p) == 1.0F);
  CHECK(loonwaarde_of(f.seeker, -1.0F, f.p) > 0.0F);
  f.seeker.disability = true;
  CHECK(loonwaarde_of(f.seeker, q_full, f.p) == Approx(f.p.hiring.disability_productivity));
  CHECK(loonwaarde_of(f.seeker, q_full, f.p, true) > loonwaarde_of(f.seeker, q_full, f.p));
}
