// The purchased trajectory Werkmakelaar (seed 002; seed 004 points 7 and 10): the municipality
// refers the seekers a referral rule selects (rungs, new registrants or also the stock, a share)
// after a Diagnostiek to a provider with a small team of job coaches (20-40 clients each per half
// year). The provider finds work through its own employer network (models/provider_network.h).
// In the in-house comparison arm (policy.werkmakelaar.in_house) the same rule takes the same
// seekers into the same number of places of a municipal team with as many coaches and the same
// caseload, doing the same work (below), but with the municipality's own employer relations (the
// employers' trust in the municipality, the account managers' network) instead of the provider's
// network, and paid as staff (coaches x policy.werkmakelaar.team_hours_per_week x coach.hourly_cost_eur
// every week) instead of a price per referral and a fee per placement. The coach (the provider's or the
// team's) gets to know the client through and
// through (home visit), assigns a track and mediates daily:
//   WM1  employee skills are fine: straight into a contract, with LKS;
//   WM2  employee skills fall short: a traineeship of at most 3 months, then a contract;
//   WM3  problems at home or low on the ladder: activation first, then a traineeship.
// After placement the provider coaches (at most 8 months) and gives aftercare (at most 3 months).
// A client not placed within 6 months returns to the municipality. The provider's promise - 30%
// placed within 4 weeks, 30% via a traineeship, 40% within 6 months - is a target to compare the
// KPIs werkmakelaar_wm1/wm2/wm3_share against, never an outcome built into the model.
#pragma once

#include "models/agents.h"
#include "models/klantbeeld.h"
#include "models/parameters.h"

#include <cstdint>

namespace regiosim::models {

// The provider's track for a client, from its (deep) klantbeeld.
WmTrack assess_track(const JobSeeker& s, const Priors& prior, const ModelParams& p);

class WerkmakelaarProvider {
 public:
  explicit WerkmakelaarProvider(const ModelParams& p) : p_(p) {}

  // Clients at once before placement: coaches x caseload.
  std::int64_t capacity() const noexcept;
  std::int64_t clients() const noexcept { return clients_; }
  bool has_room() const noexcept { return clients_ < capacity(); }
  // Whether the rule's yearly number of referrals (policy.werkmakelaar.per_year, 0: none) leaves room in
  // budget year `year`.
  bool within_year_limit(int year) const noexcept;

  // Takes the client in: intake (insight of the coach; its report re-forms the klantbeeld, drawn from
  // `report`), track, a place in the caseload; the provider's or, in the in-house arm, the municipal team's.
  void refer(JobSeeker& s, const Priors& prior, sim::RandomStream& report, int week, int year);
  bool in_house() const noexcept { return p_.policy.werkmakelaar_in_house; }
  // Who runs the trajectory: the purchased provider or the in-house team.
  Trajectory trajectory() const noexcept { return in_house() ? Trajectory::in_house_team : Trajectory::werkmakelaar; }
  // The in-house team's staff cost of one week (its coaches are paid whether or not their places are
  // filled); 0 without referrals or with a provider.
  double team_eur_per_week() const noexcept;
  // The client leaves the provider's caseload (placed, returned or gone).
  void release(JobSeeker& s) {
    if (leave(s)) places_freed(1);
  }
  // The two halves of release(), for a pass over clients in parallel: leave() touches only the
  // seeker (true when it held a place), places_freed() counts the places afterwards.
  static bool leave(JobSeeker& s) noexcept;
  void places_freed(std::int64_t n) noexcept { clients_ -= n; }
  // Whether the provider proposes this client for vacancies this week (WM3 only after activation).
  bool mediating(const JobSeeker& s, int week) const;
  // Whether the client is still within the activation weeks of track WM3.
  bool activating(const JobSeeker& s, int week) const;
  // Whether the trajectory has run its maximum without a placement.
  bool expired(const JobSeeker& s, int week) const;

 private:
  const ModelParams& p_;
  std::int64_t clients_ = 0;
  int year_ = 0;                   // budget year of referred_in_year_
  std::int64_t referred_in_year_ = 0;
};

}  // namespace regiosim::models
