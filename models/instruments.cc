#include "models/instruments.h"

#include <algorithm>
#include <array>

namespace regiosim::models {

namespace {

bool weak_employee_skills(const JobSeeker& s, const Priors& prior, const ModelParams& p) {
  return believed_employee_skills(s, prior) < static_cast<float>(p.service.work_fit_below);
}

// Loonkostensubsidie: compensates the gap between wage and loonwaarde, so in the employer's eyes the
// candidate moves towards a fully productive worker, as far as the employer counts the subsidy and
// for as long as it lasts.
class Lks final : public Instrument {
 public:
  InstrumentKind kind() const noexcept override { return InstrumentKind::lks; }
  bool offered(const HiringContext& c) const override {
    const auto& p = c.params.policy;
    return p.lks_enabled && c.budget_open && c.loonwaarde < static_cast<float>(p.lks_max_loonwaarde);
  }
  float hiring_bonus(const HiringContext& c) const override {
    const auto& p = c.params;
    const double duration = std::min(1.0, static_cast<double>(p.policy.lks_max_weeks) / 52.0);
    return static_cast<float>(c.employer.subsidy_sensitivity * duration * p.hiring.full_productivity_quality *
                              (1.0 - c.loonwaarde));
  }
};

// Proefplaatsing: the employer tries the candidate without wage cost (seed 003 §4.3).
class TrialPlacement final : public Instrument {
 public:
  InstrumentKind kind() const noexcept override { return InstrumentKind::trial_placement; }
  bool offered(const HiringContext& c) const override {
    return c.params.policy.trial_enabled && c.mediated && !c.provider;
  }
  float hiring_bonus(const HiringContext& c) const override { return static_cast<float>(c.params.hiring.trial_bonus); }
};

// Stage: for weak employee skills, with a contract promised afterwards (seed 002 §Werkmakelaar 2).
// The provider places its WM2 and WM3 clients this way.
class Traineeship final : public Instrument {
 public:
  InstrumentKind kind() const noexcept override { return InstrumentKind::traineeship; }
  bool offered(const HiringContext& c) const override {
    if (!c.params.policy.traineeship_enabled || !c.mediated) return false;
    if (c.provider) return c.seeker.wm_track == WmTrack::wm2 || c.seeker.wm_track == WmTrack::wm3;
    return weak_employee_skills(c.seeker, c.priors, c.params);
  }
  float hiring_bonus(const HiringContext& c) const override {
    return static_cast<float>(c.params.hiring.traineeship_bonus);
  }
};

class JobCoaching final : public Instrument {
 public:
  InstrumentKind kind() const noexcept override { return InstrumentKind::job_coaching; }
  bool offered(const HiringContext& c) const override {
    if (c.provider) return c.params.policy.werkmakelaar_coaching_weeks > 0;
    return c.params.policy.job_coaching_max_weeks > 0 && needs_job_coaching(c.seeker, c.priors, c.params);
  }
  float hiring_bonus(const HiringContext& c) const override {
    return c.mediated ? static_cast<float>(c.params.hiring.job_coaching_bonus) : 0.0F;
  }
};

class WorkplaceAdaptation final : public Instrument {
 public:
  InstrumentKind kind() const noexcept override { return InstrumentKind::workplace_adaptation; }
  bool offered(const HiringContext& c) const override {
    return c.params.policy.workplace_adaptation_enabled && c.seeker.disability && c.budget_open;
  }
  float hiring_bonus(const HiringContext& c) const override {
    return c.mediated ? static_cast<float>(c.params.hiring.disability_penalty * c.params.hiring.adaptation_share) : 0.0F;
  }
};

class NoRisk final : public Instrument {
 public:
  InstrumentKind kind() const noexcept override { return InstrumentKind::no_risk; }
  bool offered(const HiringContext& c) const override {
    return c.params.policy.no_risk_enabled && c.seeker.disability && c.budget_open;
  }
  float hiring_bonus(const HiringContext& c) const override {
    if (!c.mediated) return 0.0F;
    const auto& h = c.params.hiring;
    const double left = 1.0 - (instrument(InstrumentKind::workplace_adaptation).offered(c) ? h.adaptation_share : 0.0);
    return static_cast<float>(h.disability_penalty * left * h.no_risk_share);
  }
};

}  // namespace

float loonwaarde_of(const JobSeeker& s, float quality, const ModelParams& p) {
  const float share = std::max(0.0F, quality) / static_cast<float>(p.hiring.full_productivity_quality);
  const float lw = std::min(1.0F, share) * (s.disability ? static_cast<float>(p.hiring.disability_productivity) : 1.0F);
  return std::clamp(lw, 0.05F, 1.0F);
}

bool needs_job_coaching(const JobSeeker& s, const Priors& prior, const ModelParams& p) {
  return s.disability || weak_employee_skills(s, prior, p);
}

const Instrument& instrument(InstrumentKind kind) {
  static const Lks lks;
  static const TrialPlacement trial;
  static const Traineeship traineeship;
  static const JobCoaching coaching;
  static const WorkplaceAdaptation adaptation;
  static const NoRisk no_risk;
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

InstrumentOffer offer_instruments(const HiringContext& c) {
  InstrumentOffer offer;
  for (InstrumentKind k : {InstrumentKind::lks, InstrumentKind::job_coaching, InstrumentKind::workplace_adaptation,
                           InstrumentKind::no_risk}) {
    const Instrument& i = instrument(k);
    if (!i.offered(c)) continue;
    offer.instruments |= bit(k);
    if (c.mediated) offer.bonus += i.hiring_bonus(c);
  }
  // The start: a traineeship where it fits, else a trial placement, else straight into a contract.
  const Instrument& traineeship = instrument(InstrumentKind::traineeship);
  const Instrument& trial = instrument(InstrumentKind::trial_placement);
  if (traineeship.offered(c)) {
    offer.instruments |= bit(InstrumentKind::traineeship);
    offer.bonus += traineeship.hiring_bonus(c);
    offer.first_form = SpellForm::traineeship;
  } else if (trial.offered(c)) {
    offer.instruments |= bit(InstrumentKind::trial_placement);
    offer.bonus += trial.hiring_bonus(c);
    offer.first_form = SpellForm::trial_placement;
  } else {
    offer.first_form = c.vacancy.permanent ? SpellForm::permanent_contract : SpellForm::temporary_contract;
  }
  if (c.provider) {
    // The provider's job coach knows the client and talks the client in (seed 002 §Jobcoaching).
    offer.instruments |= bit(InstrumentKind::werkmakelaar);
    offer.bonus += static_cast<float>(c.params.hiring.provider_bonus);
  }
  return offer;
}

}  // namespace regiosim::models
