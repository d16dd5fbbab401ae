#include "models/purchased_trajectory.h"

#include "models/rates.h"

#include <algorithm>
#include <cmath>

namespace regiosim::models {

WmTrack assess_track(const JobSeeker& s, const Priors& prior, const ModelParams& p) {
  if (s.rung <= 3 || believed_problem(s, LifeDomain::finances, prior, p) ||
      believed_problem(s, LifeDomain::childcare, prior, p)) {
    return WmTrack::wm3;
  }
  if (believed_employee_skills(s, prior) < static_cast<float>(p.policy.werkmakelaar_traineeship_below)) return WmTrack::wm2;
  return WmTrack::wm1;
}

std::int64_t WerkmakelaarProvider::capacity() const noexcept {
  return static_cast<std::int64_t>(std::floor(static_cast<double>(p_.policy.werkmakelaar_coaches) *
                                              p_.policy.werkmakelaar_caseload + kRoundingGuard));
}

bool WerkmakelaarProvider::within_year_limit(int year) const noexcept {
  const auto limit = p_.policy.werkmakelaar_per_year;
  return limit <= 0 || year != year_ || referred_in_year_ < limit;
}

void WerkmakelaarProvider::refer(JobSeeker& s, const Priors& prior, sim::RandomStream& report, int week, int year) {
  s.trajectory_start_week = week;
  s.ever_referred = true;
  ++clients_;
  if (year != year_) {
    year_ = year;
    referred_in_year_ = 0;
  }
  ++referred_in_year_;
  s.trajectory = trajectory();
  s.provider_slot = true;
  // "Het door en door kennen van de klant" (seed 002 §Jobcoaching): intake, home visit, report.
  s.belief.insight = std::max(s.belief.insight, static_cast<float>(p_.policy.werkmakelaar_insight));
  observe(s, prior, report, 1.0F);
  // The intake report answers "wat is zijn werkwens" (seed 002 §Intakeverslag): the provider knows
  // the client's preferred sector and searches there as well as in the sector of earlier work. The
  // in-house team does the same intake.
  s.belief.wish_known = true;
  s.wm_track = assess_track(s, prior, p_);
}

double WerkmakelaarProvider::team_eur_per_week() const noexcept {
  if (!in_house() || p_.policy.werkmakelaar_share <= 0.0) return 0.0;
  return static_cast<double>(p_.policy.werkmakelaar_coaches) * p_.policy.werkmakelaar_team_hours_per_week *
         p_.coach.hourly_cost_eur;
}

bool WerkmakelaarProvider::leave(JobSeeker& s) noexcept {
  if (!s.provider_slot) return false;
  s.provider_slot = false;
  return true;
}

bool WerkmakelaarProvider::activating(const JobSeeker& s, int week) const {
  return s.provider_slot && s.wm_track == WmTrack::wm3 &&
         week - s.trajectory_start_week < p_.policy.werkmakelaar_activation_weeks;
}

bool WerkmakelaarProvider::mediating(const JobSeeker& s, int week) const {
  return s.provider_slot && !activating(s, week);
}

bool WerkmakelaarProvider::expired(const JobSeeker& s, int week) const {
  return s.provider_slot && week - s.trajectory_start_week >= p_.policy.werkmakelaar_max_weeks;
}

}  // namespace regiosim::models
