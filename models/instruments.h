// Instruments that come with a placement (seed 000 §Plaatsing; seed 004 point 11): loonkostensubsidie,
// trial placement, traineeship, job coaching, workplace adaptation and the no-risk policy. Each says
// whether it can be offered for a hire and how much offering it moves the employer; the package of
// everything offered decides how the job starts (trial placement, traineeship or contract).
//
//   const HiringContext c{seeker, employer, vacancy, params, priors, quality, lw, true, false, budget_open};
//   InstrumentOffer offer = offer_instruments(c);
//   score += offer.bonus;
//
// Employers hear about instruments from the mediator: a candidate who applied on their own gets the
// instruments after hiring where eligible, but the employer's decision did not count them.
#pragma once

#include "models/agents.h"
#include "models/klantbeeld.h"
#include "models/parameters.h"

#include <cstdint>

namespace regiosim::models {

struct HiringContext {
  const JobSeeker& seeker;
  const Employer& employer;
  const Vacancy& vacancy;
  const ModelParams& params;
  const Priors& priors;
  float quality;      // true match quality
  float loonwaarde;   // assessed productivity, share of full
  bool mediated;      // proposed by the case manager or the provider
  bool provider;      // via the purchased trajectory
  bool budget_open;   // the instrument budget of this year is not spent
};

class Instrument {
 public:
  virtual ~Instrument() = default;
  virtual InstrumentKind kind() const noexcept = 0;
  // Whether the instrument can come with this hire (policy, eligibility, budget).
  virtual bool offered(const HiringContext& c) const = 0;
  // Gain in the employer's perceived score when it is offered (mediated candidates only).
  virtual float hiring_bonus(const HiringContext& c) const = 0;
};

const Instrument& instrument(InstrumentKind kind);

struct InstrumentOffer {
  std::uint16_t instruments = 0;  // bit(InstrumentKind) of what comes with the hire
  float bonus = 0.0F;             // sum of the hiring bonuses
  SpellForm first_form = SpellForm::temporary_contract;
};

InstrumentOffer offer_instruments(const HiringContext& c);

// Loonwaarde (share of full productivity) of a seeker at a given match quality.
float loonwaarde_of(const JobSeeker& s, float quality, const ModelParams& p);

// Whether a seeker qualifies for job coaching (an arbeidsbeperking, or weak employee skills in the
// coach's eyes).
bool needs_job_coaching(const JobSeeker& s, const Priors& prior, const ModelParams& p);

}  // namespace regiosim::models
