#include "models/matching.h"

#include "models/rates.h"

#include <algorithm>

namespace regiosim::models {

namespace {
float quality(float vocational, float skills, float motivation, float health_score, float affinity,
              float requirement, const ModelParams& p) {
  const auto& w = p.matching.weights;
  const float health = std::clamp((health_score - kZrmLowest) / kZrmRange, 0.0F, 1.0F);
  float q = static_cast<float>(w[0]) * vocational + static_cast<float>(w[1]) * skills +
            static_cast<float>(w[2]) * motivation + static_cast<float>(w[3]) * health;
  q -= static_cast<float>(p.matching.requirement_gap_penalty) * std::max(0.0F, requirement - vocational);
  q += static_cast<float>(p.matching.affinity_weight) * (affinity - kAffinityNeutral);
  return q;
}
}  // namespace

float match_quality(const JobSeeker& s, std::size_t sector, float skill_requirement, const ModelParams& p) {
  return quality(s.vocational[sector], s.employee_skills, s.motivation,
                 static_cast<float>(s.zrm[static_cast<std::size_t>(LifeDomain::health)]), s.affinity[sector],
                 skill_requirement, p);
}

float believed_match_quality(const JobSeeker& s, std::size_t sector, float skill_requirement, const Priors& prior,
                             const ModelParams& p) {
  const float affinity = s.belief.wish_known ? s.affinity[sector] : kAffinityNeutral;
  return quality(believed_vocational(s, sector, prior), believed_employee_skills(s, prior),
                 believed_motivation(s, prior), believed_zrm(s, LifeDomain::health, prior), affinity,
                 skill_requirement, p);
}

BelievedMatch::BelievedMatch(const JobSeeker& s, std::size_t sector, const Priors& prior, const ModelParams& p)
    : base_(believed_match_quality(s, sector, 0.0F, prior, p)),
      vocational_(believed_vocational(s, sector, prior)),
      gap_penalty_(static_cast<float>(p.matching.requirement_gap_penalty)),
      language_(believed_zrm(s, LifeDomain::language, prior)),
      licence_(s.driving_licence) {}

bool meets_hard_requirements(const JobSeeker& s, const Vacancy& v) {
  if (v.licence_required && !s.driving_licence) return false;
  return s.zrm[static_cast<std::size_t>(LifeDomain::language)] >= v.language_requirement;
}

bool believed_meets_hard_requirements(const JobSeeker& s, const Vacancy& v, const Priors& prior) {
  if (v.licence_required && !s.driving_licence) return false;
  return believed_zrm(s, LifeDomain::language, prior) + kZrmRounding >= static_cast<float>(v.language_requirement);
}

float stigma(const JobSeeker& s, int week, const ModelParams& p) {
  const float years = static_cast<float>(week - s.out_of_work_since) / static_cast<float>(kWeeksPerYear);
  return std::min(static_cast<float>(p.hiring.stigma_max), static_cast<float>(p.hiring.stigma_per_year) * std::max(0.0F, years));
}

}  // namespace regiosim::models
