// How an employer values a candidate for one of its vacancies (seed 003 §4.3-4.5, seed 002 §Inzet
// loonkostensubsidie, seed 004 point 11). The employer weighs what it sees:
//
//   productivity  the match it perceives (interview, stated requirements, certificate) times the
//                 productivity share of a worker with an arbeidsbeperking (raised by a workplace
//                 adaptation); in score units, so a fully productive worker scores
//                 hiring.full_productivity_quality
//   subsidy       loonkostensubsidie pays the wage above the loonwaarde; the employer counts it for the
//                 share of its horizon the subsidy runs, weighted by its subsidy sensitivity, and never
//                 for more than the productivity the arbeidsbeperking takes in its eyes: the subsidy
//                 offsets a gap, it cannot make a candidate more attractive than the same match
//                 without the arbeidsbeperking
//   absence       the sick-pay risk of a worker with an arbeidsbeperking (removed by the no-risk policy)
//   supervision   supervising a worker with weak employee skills, of which job coaching and aftercare take
//                 over a share for the part of the horizon they run
//   prejudice     employers' prejudice about an arbeidsbeperking, a term of its own (seed 003 §4.3)
//   trial         starting with a trial placement or traineeship: the employer sees the work before it
//                 commits and pays no wage meanwhile
//
// The instruments offered with a candidate (models/instruments.h) shape the EmployerView; an own
// application comes without any (the employer hears about instruments from a mediator).
//
//   EmployerView view = unaided_view(seeker, params);     // what an own application brings
//   instrument(InstrumentKind::lks).shape(view, context);  // what offering LKS adds
//   float score = value_candidate(match, loonwaarde, seeker, employer, view, params).total();
#pragma once

#include "models/agents.h"
#include "models/parameters.h"

namespace regiosim::models {

// What the employer sees of the support that comes with a candidate.
struct EmployerView {
  float productivity_share = 1.0F;  // of a worker at the same match without an arbeidsbeperking
  float subsidy_weeks = 0.0F;       // loonkostensubsidie agreed
  float coaching_weeks = 0.0F;      // job coaching on the work floor
  float aftercare_weeks = 0.0F;     // the mediator's aftercare (Nazorg)
  bool absence_risk = false;        // the employer bears the sick-pay risk of an arbeidsbeperking
  float trial_value = 0.0F;         // a trial placement or traineeship first
};

// The terms of the employer's valuation, in score units (the scale of match quality).
struct Valuation {
  float productivity = 0.0F;
  float subsidy = 0.0F;
  float absence = 0.0F;
  float supervision = 0.0F;
  float prejudice = 0.0F;
  float trial = 0.0F;
  float total() const noexcept {
    return productivity + subsidy + trial - absence - supervision - prejudice;
  }
};

// The productivity share of a worker with an arbeidsbeperking, with or without a workplace adaptation
// (1 without an arbeidsbeperking).
float productivity_share(const JobSeeker& s, bool adapted, const ModelParams& p);

// What the employer sees of a candidate who comes without a mediator: no instruments.
EmployerView unaided_view(const JobSeeker& s, const ModelParams& p);

// The employer's valuation of a candidate at a perceived match quality. `loonwaarde` is the
// municipality's assessment on which a subsidy would be paid.
Valuation value_candidate(float match, float loonwaarde, const JobSeeker& s, const Employer& e, const EmployerView& view,
                          const ModelParams& p);

}  // namespace regiosim::models
