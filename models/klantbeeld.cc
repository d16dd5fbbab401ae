#include "models/klantbeeld.h"

#include <algorithm>

namespace regiosim::models {

namespace {
// A problem is scored 1 (severe, population.severe_problem_share) or 2.
constexpr double kZrmProblemNotSevere = 2.0;
// Mean ZRM score of a domain without a problem: population.zrm_spread_share puts as many at 3 as at 5.
constexpr double kZrmMeanWithoutProblem = 4.0;

float blend(float truth, float prior, float insight, float noise) {
  return (1.0F - insight) * prior + insight * (truth + (1.0F - insight) * noise);
}
}  // namespace

Priors::Priors(const ModelParams& p)
    : employee_skills(static_cast<float>(p.population.employee_skills_mean)),
      motivation(static_cast<float>(p.population.motivation_mean)),
      vocational(static_cast<float>(p.klantbeeld.vocational_prior)),
      zrm_error_sd(static_cast<float>(p.klantbeeld.zrm_error_sd)),
      trait_error_sd(static_cast<float>(p.klantbeeld.trait_error_sd)) {
  // The population's mean score in each domain: a problem is scored 1 (severe) or 2.
  const double with_problem = kZrmProblemNotSevere - p.population.severe_problem_share;
  for (std::size_t d = 0; d < kLifeDomainCount; ++d) {
    const double share = p.population.problem_shares[d];
    zrm[d] = static_cast<float>(share * with_problem + (1.0 - share) * kZrmMeanWithoutProblem);
  }
}

float believed_zrm(const JobSeeker& s, LifeDomain d, const Priors& prior) {
  const auto i = static_cast<std::size_t>(d);
  return blend(static_cast<float>(s.zrm[i]), prior.zrm[i], s.belief.insight, prior.zrm_error_sd * s.belief.zrm_noise[i]);
}

float believed_employee_skills(const JobSeeker& s, const Priors& prior) {
  return blend(s.employee_skills, prior.employee_skills, s.belief.insight, prior.trait_error_sd * s.belief.skills_noise);
}

float believed_motivation(const JobSeeker& s, const Priors& prior) {
  return blend(s.motivation, prior.motivation, s.belief.insight, prior.trait_error_sd * s.belief.motivation_noise);
}

float believed_vocational(const JobSeeker& s, std::size_t sector, const Priors& prior) {
  // The case manager followed the learning in for a future job in this sector (seed 001 step 5).
  if (s.learned_sector == static_cast<std::int8_t>(sector)) return s.vocational[sector];
  return blend(s.vocational[sector], prior.vocational, s.belief.insight, prior.trait_error_sd * s.belief.vocational_noise);
}

bool believed_problem(const JobSeeker& s, LifeDomain d, const Priors& prior, const ModelParams& p) {
  return believed_zrm(s, d, prior) < static_cast<float>(p.service.problem_score) + kZrmRounding;
}

int believed_problem_count(const JobSeeker& s, const Priors& prior, const ModelParams& p) {
  int n = 0;
  for (std::size_t d = 0; d < kLifeDomainCount; ++d) n += believed_problem(s, static_cast<LifeDomain>(d), prior, p);
  return n;
}

std::size_t target_sector(const JobSeeker& s) { return s.belief.wish_known ? s.wish_sector : s.experience_sector; }

float believed_readiness(const JobSeeker& s, const Priors& prior, const ModelParams& p) {
  const auto& w = p.matching.weights;
  const float health = (believed_zrm(s, LifeDomain::health, prior) - kZrmLowest) / kZrmRange;
  float r = static_cast<float>(w[0]) * believed_vocational(s, target_sector(s), prior) +
            static_cast<float>(w[1]) * believed_employee_skills(s, prior) +
            static_cast<float>(w[2]) * believed_motivation(s, prior) + static_cast<float>(w[3]) * std::clamp(health, 0.0F, 1.0F);
  const auto penalty = static_cast<float>(p.klantbeeld.practical_problem_penalty);
  if (believed_problem(s, LifeDomain::finances, prior, p)) r -= penalty;
  if (believed_problem(s, LifeDomain::childcare, prior, p)) r -= penalty;
  return r;
}

float insight_after_conversation(float insight, float coach_skill, const ModelParams& p) {
  const float gain = std::min(1.0F, static_cast<float>(p.tiles.diagnostiek_insight_per_conversation) *
                                        (static_cast<float>(p.klantbeeld.conversation_skill_offset) + coach_skill));
  return insight + (1.0F - insight) * gain;
}

}  // namespace regiosim::models
