// Instruments that come with a placement (seed 000 §Plaatsing; seed 004 point 11): loonkostensubsidie,
// trial placement, traineeship, job coaching, workplace adaptation and the no-risk policy. Each says
// whether it can be offered for a hire and what offering it changes in the employer's view of the
// candidate (models/employer_valuation.h); the package of everything offered decides how the job
// starts (trial placement, traineeship or contract).
//
//   const HiringContext c{seeker, employer, vacancy, params, priors, quality, lw, true, false, true, true};
//   InstrumentOffer offer = offer_instruments(c);
//   float score = value_candidate(match, offer.loonwaarde, seeker, employer, offer.view, params).total();
//
// Employers hear about instruments from the mediator: a candidate who applied on their own gets the
// instruments after hiring where eligible, but the employer's decision did not count them.
#pragma once

#include "models/agents.h"
#include "models/employer_valuation.h"
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
  float loonwaarde;   // assessed productivity, share of full (without a workplace adaptation)
  bool mediated;      // proposed by the case manager or the provider
  bool provider;      // via the intensive trajectory (the purchased provider's, or the in-house team's)
  bool services_funded;  // the participation budget can take new commitments (adaptation, no-risk policy)
  bool lks_funded;       // the income budget can take a new loonkostensubsidie
  bool purchased = false;  // via the purchased provider (provider is then true as well)
};

class Instrument {
 public:
  virtual ~Instrument() = default;
  virtual InstrumentKind kind() const noexcept = 0;
  // Whether the instrument can come with this hire (policy, eligibility, budget).
  virtual bool offered(const HiringContext& c) const = 0;
  // What offering it changes in the employer's view of the candidate (mediated candidates only).
  virtual void shape(EmployerView& view, const HiringContext& c) const = 0;
};

const Instrument& instrument(InstrumentKind kind);

// What is offered with a hire. Kept in each application (the view is not: the score is made from it).
struct InstrumentOffer {
  std::uint16_t instruments = 0;  // bit(InstrumentKind) of what comes with the hire
  SpellForm first_form = SpellForm::temporary_contract;
};

struct OfferWithView {
  InstrumentOffer offer;
  EmployerView view;        // what the employer sees (no instruments for an own application)
  float loonwaarde = 1.0F;  // the loonwaarde, with a workplace adaptation where one is offered
};

OfferWithView offer_instruments(const HiringContext& c);

// Loonwaarde (share of full productivity) of a seeker at a given match quality, with or without a
// workplace adaptation (models/employer_valuation.h: productivity_share).
float loonwaarde_of(const JobSeeker& s, float quality, const ModelParams& p, bool adapted = false);

// Whether a seeker qualifies for job coaching (an arbeidsbeperking, or weak employee skills in the
// coach's eyes).
bool needs_job_coaching(const JobSeeker& s, const Priors& prior, const ModelParams& p);

}  // namespace regiosim::models
