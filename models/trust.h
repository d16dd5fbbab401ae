// Trust (gunfactor) of an employer in the municipality's mediators (seed 003 §4.3): "the employer
// is willing to think along about placements". It is built slowly, by visits, good matches, fast
// responses, aftercare and one stable contact person, and lost quickly, by mismatches, pushing
// candidates the employer doubts, many different contact persons and cold acquisition; once lost
// it is "moeilijk terug te winnen": below its remembered peak, gains are damped.
//
//   TrustRules rules(params);
//   rules.gain(employer, params.trust.good_match_gain);   // a placement that lasted
//   rules.lose(employer, params.trust.mismatch_loss);     // a dropout in the first months
//   rules.week(employer, had_contact);                    // drift without contact, fading peak
//
// The same rules hold for a relationship other than the municipality's: a purchased provider's
// relationship with an employer (models/provider_network.h) is a Relation moved by the same calls.
//
// Trust stays in [0, 1]. These functions touch only the employer or relation they are given.
#pragma once

#include "models/agents.h"
#include "models/parameters.h"

namespace regiosim::models {

// An employer's trust in someone other than the municipality (a purchased provider).
struct Relation {
  float trust = 0.5F;
  float trust_base = 0.5F;
  float trust_peak = 0.5F;
};

class TrustRules {
 public:
  explicit TrustRules(const ModelParams& p);

  // Moves trust up by `amount` of the remaining gap to 1; damped by trust.recovery_factor while
  // trust is below its remembered peak.
  void gain(Employer& e, double amount) const noexcept;
  // Moves trust down by `amount` of its value.
  void lose(Employer& e, double amount) const noexcept;
  // One week passes: without contact trust drifts back to the employer's base, and the remembered
  // peak fades towards the current value.
  void week(Employer& e, bool had_contact) const noexcept;
  // The same rules for a provider's relationship with an employer.
  void gain(Relation& r, double amount) const noexcept;
  void lose(Relation& r, double amount) const noexcept;
  void week(Relation& r, bool had_contact) const noexcept;
  // After a change of account manager: only `handover_share` of the trust above the base remains.
  void new_contact_person(Employer& e, double handover_share) const noexcept;
  // The employer breaks off the contact (trust too low).
  bool breaks_off(const Employer& e) const noexcept { return e.trust < static_cast<float>(p_.break_off_below); }

 private:
  ModelParams::Trust p_;
  // The weekly shares of the gaps closed (drift to the base, fading of the peak): constants of the
  // parameters, worked out once rather than per employer and week.
  double drift_per_week_ = 0.0;
  double peak_fade_per_week_ = 0.0;
};

}  // namespace regiosim::models
