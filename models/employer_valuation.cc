#include "models/employer_valuation.h"

#include <algorithm>

namespace regiosim::models {

namespace {
// The share of the employer's horizon that a support of `weeks` covers.
float covered(float weeks, const ModelParams& p) {
  return std::clamp(weeks / static_cast<float>(p.hiring.horizon_weeks), 0.0F, 1.0F);
}
}  // namespace

float productivity_share(const JobSeeker& s, bool adapted, const ModelParams& p) {
  if (!s.disability) return 1.0F;
  const auto d = static_cast<float>(p.hiring.disability_productivity);
  return adapted ? d + (1.0F - d) * static_cast<float>(p.hiring.adaptation_productivity_gain) : d;
}

EmployerView unaided_view(const JobSeeker& s, const ModelParams& p) {
  EmployerView view;
  view.productivity_share = productivity_share(s, false, p);
  view.absence_risk = s.disability;
  return view;
}

Valuation value_candidate(float match, float loonwaarde, const JobSeeker& s, const Employer& e, const EmployerView& view,
                          const ModelParams& p) {
  const auto& h = p.hiring;
  const auto full = static_cast<float>(h.full_productivity_quality);
  Valuation v;
  v.productivity = match * view.productivity_share;
  if (view.subsidy_weeks > 0.0F) {
    // The wage above the loonwaarde, in score units, as far as the employer counts it, and at most the
    // productivity the arbeidsbeperking takes in the employer's eyes: the same match without it.
    const float paid = full * std::max(0.0F, 1.0F - loonwaarde);
    const float gap = std::max(0.0F, match - v.productivity);
    v.subsidy = e.subsidy_sensitivity * covered(view.subsidy_weeks, p) * std::min(paid, gap);
  }
  v.absence = view.absence_risk ? static_cast<float>(h.absence_cost) : 0.0F;
  const float shortfall = std::max(0.0F, static_cast<float>(h.supervision_skills_norm) - s.employee_skills);
  if (shortfall > 0.0F) {
    const float relief = std::min(1.0F, static_cast<float>(h.coaching_supervision_relief) * covered(view.coaching_weeks, p) +
                                            static_cast<float>(h.aftercare_supervision_relief) * covered(view.aftercare_weeks, p));
    v.supervision = static_cast<float>(h.supervision_cost) * shortfall * (1.0F - relief);
  }
  v.prejudice = s.disability ? static_cast<float>(h.disability_penalty) : 0.0F;
  v.trial = view.trial_value;
  return v;
}

}  // namespace regiosim::models
