#include "models/klantbeeld.h"

#include <algorithm>

namespace regiosim::models {

namespace {
constexpr float kZrmNoiseSd = 1.0F;     // ZRM points
constexpr float kTraitNoiseSd = 0.15F;  // index points

float blend(float truth, float prior, float insight, float noise) {
  return (1.0F - insight) * prior + insight * (truth + (1.0F - insight) * noise);
}
}  // namespace

Priors::Priors(const ModelParams& p)
    : employee_skills(static_cast<float>(p.population.employee_skills_mean)),
      motivation(static_cast<float>(p.population.motivation_mean)),
      vocational(0.3F) {
  for (std::size_t d = 0; d < kLifeDomainCount; ++d) {
    const double share = p.population.problem_shares[d];
    zrm[d] = static_cast<float>(share * 1.6 + (1.0 - share) * 4.0);
  }
}

float believed_zrm(const JobSeeker& s, LifeDomain d, const Priors& prior) {
  const auto i = static_cast<std::size_t>(d);
  return blend(static_cast<float>(s.zrm[i]), prior.zrm[i], s.belief.insight, kZrmNoiseSd * s.belief.zrm_noise[i]);
}

float believed_employee_skills(const JobSeeker& s, const Priors& prior) {
  return blend(s.employee_skills, prior.employee_skills, s.belief.insight, kTraitNoiseSd * s.belief.skills_noise);
}

float believed_motivation(const JobSeeker& s, const Priors& prior) {
  return blend(s.motivation, prior.motivation, s.belief.insight, kTraitNoiseSd * s.belief.motivation_noise);
}

float believed_vocational(const JobSeeker& s, std::size_t sector, const Priors& prior) {
  // The case manager followed the learning in for a future job in this sector (seed 001 step 5).
  if (s.learned_sector == static_cast<std::int8_t>(sector)) return s.vocational[sector];
  return blend(s.vocational[sector], prior.vocational, s.belief.insight, kTraitNoiseSd * s.belief.vocational_noise);
}

bool believed_problem(const JobSeeker& s, LifeDomain d, const Priors& prior, const ModelParams& p) {
  return believed_zrm(s, d, prior) < static_cast<float>(p.service.problem_score) + 0.5F;
}

int believed_problem_count(const JobSeeker& s, const Priors& prior, const ModelParams& p) {
  int n = 0;
  for (std::size_t d = 0; d < kLifeDomainCount; ++d) n += believed_problem(s, static_cast<LifeDomain>(d), prior, p);
  return n;
}

std::size_t target_sector(const JobSeeker& s) { return s.belief.wish_known ? s.wish_sector : s.experience_sector; }

float believed_readiness(const JobSeeker& s, const Priors& prior, const ModelParams& p) {
  const auto& w = p.matching.weights;
  const float health = (believed_zrm(s, LifeDomain::health, prior) - 1.0F) / 4.0F;
  float r = static_cast<float>(w[0]) * believed_vocational(s, target_sector(s), prior) +
            static_cast<float>(w[1]) * believed_employee_skills(s, prior) +
            static_cast<float>(w[2]) * believed_motivation(s, prior) + static_cast<float>(w[3]) * std::clamp(health, 0.0F, 1.0F);
  if (believed_problem(s, LifeDomain::finances, prior, p)) r -= 0.1F;
  if (believed_problem(s, LifeDomain::childcare, prior, p)) r -= 0.1F;
  return r;
}

float insight_after_conversation(float insight, float coach_skill, const ModelParams& p) {
  const float gain = std::min(1.0F, static_cast<float>(p.tiles.diagnostiek_insight_per_conversation) * (0.5F + coach_skill));
  return insight + (1.0F - insight) * gain;
}

}  // namespace regiosim::models
