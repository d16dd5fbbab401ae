#include "models/instruments.h"

#include <algorithm>
#include <array>

namespace regiosim::models {

namespace {

bool weak_employee_skills(const JobSeeker& s, const Priors& prior, const ModelParams& p) {
  return believed_employee_skills(s, prior) < static_cast<float>(p.service.work_fit_below);
}

// Loonkostensubsidie: pays the wage above the loonwaarde for its weeks (the employer's valuation
// decides how much of that moves the hiring decision). For people with an arbeidsbeperking who cannot
// earn the minimum wage (the doelgroep loonkostensubsidie of the Participatiewet; seed 004 ch. 2).
class Lks final : public Instrument {
 public:
  InstrumentKind kind() const noexcept override { return InstrumentKind::lks; }
  bool offered(const HiringContext& c) const override {
    const auto& p = c.params.policy;
    return p.lks_enabled && c.lks_funded && c.seeker.disability && c.loonwaarde < static_cast<float>(p.lks_max_loonwaarde);
  }
  void shape(EmployerView& view, const HiringContext& c) const override {
    view.subsidy_weeks = static_cast<float>(c.params.policy.lks_max_weeks);
  }
};

// Proefplaatsing: the employer tries the candidate without wage cost (seed 003 §4.3).
class TrialPlacement final : public Instrument {
 public:
  InstrumentKind kind() const noexcept override { return InstrumentKind::trial_placement; }
  bool offered(const HiringContext& c) const override {
    // A learner for a future job has had the learning period as the trial (seed 001 step 5).
    return c.params.policy.trial_enabled && c.mediated && !c.provider && c.vacancy.kind != VacancyKind::growth;
  }
  void shape(EmployerView& view, const HiringContext& c) const override {
    view.trial_value += static_cast<float>(c.params.hiring.trial_bonus);
  }
};

// Stage: for weak employee skills, with a contract promised afterwards (seed 002 §Werkmakelaar 2).
// The provider places its WM2 and WM3 clients this way.
class Traineeship final : public Instrument {
 public:
  InstrumentKind kind() const noexcept override { return InstrumentKind::traineeship; }
  bool offered(const HiringContext& c) const override {
    if (!c.params.policy.traineeship_enabled || !c.mediated || c.vacancy.kind == VacancyKind::growth) return false;
    if (c.provider) return c.seeker.wm_track == WmTrack::wm2 || c.seeker.wm_track == WmTrack::wm3;
    return weak_employee_skills(c.seeker, c.priors, c.params);
  }
  void shape(EmployerView& view, const HiringContext& c) const override {
    view.trial_value += static_cast<float>(c.params.hiring.traineeship_bonus);
  }
};

// Job coaching on the work floor: takes supervision off the employer for its weeks.
class JobCoaching final : public Instrument {
 public:
  InstrumentKind kind() const noexcept override { return InstrumentKind::job_coaching; }
  bool offered(const HiringContext& c) const override {
    if (c.provider) return c.params.policy.werkmakelaar_coaching_weeks > 0;
    return c.params.policy.job_coaching_max_weeks > 0 && needs_job_coaching(c.seeker, c.priors, c.params);
  }
  void shape(EmployerView& view, const HiringContext& c) const override {
    const auto& p = c.params.policy;
    view.coaching_weeks = static_cast<float>(c.provider ? p.werkmakelaar_coaching_weeks : p.job_coaching_max_weeks);
  }
};

// Werkplekaanpassing: raises the productivity of a worker with an arbeidsbeperking.
class WorkplaceAdaptation final : public Instrument {
 public:
  InstrumentKind kind() const noexcept override { return InstrumentKind::workplace_adaptation; }
  bool offered(const HiringContext& c) const override {
    return c.params.policy.workplace_adaptation_enabled && c.seeker.disability && c.services_funded;
  }
  void shape(EmployerView& view, const HiringContext& c) const override {
    view.productivity_share = productivity_share(c.seeker, true, c.params);
  }
};

// No-riskpolis: the employer no longer bears the sick-pay risk.
class NoRisk final : public Instrument {
 public:
  InstrumentKind kind() const noexcept override { return InstrumentKind::no_risk; }
  bool offered(const HiringContext& c) const override {
    return c.params.policy.no_risk_enabled && c.seeker.disability && c.services_funded;
  }
  void shape(EmployerView& view, const HiringContext&) const override { view.absence_risk = false; }
};

}  // namespace

float loonwaarde_of(const JobSeeker& s, float quality, const ModelParams& p, bool adapted) {
  const float share = std::max(0.0F, quality) / static_cast<float>(p.hiring.full_productivity_quality);
  const float lw = std::min(1.0F, share) * productivity_share(s, adapted, p);
  return std::clamp(lw, static_cast<float>(p.instruments.loonwaarde_floor), 1.0F);
}

bool needs_job_coaching(const JobSeeker& s, const Priors& prior, const ModelParams& p) {
  return s.disability || weak_employee_skills(s, prior, p);
}

namespace {
// The behaviours (stateless), made at start-up as seeker_tile()'s are: no guard checked per call.
const Lks lks;
const TrialPlacement trial;
const Traineeship traineeship;
const JobCoaching coaching;
const WorkplaceAdaptation adaptation;
const NoRisk no_risk;
}  // namespace

const Instrument& instrument(InstrumentKind kind) {
  switch (kind) {
    case InstrumentKind::lks: return lks;
    case InstrumentKind::trial_placement: return trial;
    case InstrumentKind::traineeship: return traineeship;
    case InstrumentKind::job_coaching: return coaching;
    case InstrumentKind::workplace_adaptation: return adaptation;
    case InstrumentKind::no_risk: return no_risk;
    case InstrumentKind::werkmakelaar: break;
  }
  return lks;  // werkmakelaar is a route, not an offer at the interview; never asked for
}

OfferWithView offer_instruments(const HiringContext& c) {
  OfferWithView out;
  out.view = unaided_view(c.seeker, c.params);
  out.loonwaarde = c.loonwaarde;
  InstrumentOffer& offer = out.offer;
  // The adaptation first: the loonwaarde on which a subsidy is assessed is the one at the adapted
  // workplace.
  const Instrument& adaptation = instrument(InstrumentKind::workplace_adaptation);
  HiringContext at = c;
  if (adaptation.offered(c)) {
    offer.instruments |= bit(InstrumentKind::workplace_adaptation);
    out.loonwaarde = loonwaarde_of(c.seeker, c.quality, c.params, true);
    at.loonwaarde = out.loonwaarde;
  }
  for (InstrumentKind k : {InstrumentKind::lks, InstrumentKind::job_coaching, InstrumentKind::no_risk}) {
    if (instrument(k).offered(at)) offer.instruments |= bit(k);
  }
  // The start: a traineeship where it fits, else a trial placement, else straight into a contract.
  if (instrument(InstrumentKind::traineeship).offered(at)) {
    offer.instruments |= bit(InstrumentKind::traineeship);
    offer.first_form = SpellForm::traineeship;
  } else if (instrument(InstrumentKind::trial_placement).offered(at)) {
    offer.instruments |= bit(InstrumentKind::trial_placement);
    offer.first_form = SpellForm::trial_placement;
  } else {
    offer.first_form = c.vacancy.permanent ? SpellForm::permanent_contract : SpellForm::temporary_contract;
  }
  if (c.purchased) offer.instruments |= bit(InstrumentKind::werkmakelaar);
  // Only a mediator tells the employer what comes with the candidate.
  if (!c.mediated) return out;
  for (std::size_t k = 0; k < kInstrumentCount; ++k) {
    const auto kind = static_cast<InstrumentKind>(k);
    if (kind != InstrumentKind::werkmakelaar && (offer.instruments & bit(kind)) != 0) instrument(kind).shape(out.view, at);
  }
  const auto& p = c.params.policy;
  out.view.aftercare_weeks = static_cast<float>(c.provider ? p.werkmakelaar_aftercare_weeks : p.aftercare_weeks);
  return out;
}

}  // namespace regiosim::models
