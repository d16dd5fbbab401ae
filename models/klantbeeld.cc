#include "models/klantbeeld.h"

#include "models/purposes.h"

#include <algorithm>
#include <cmath>

namespace regiosim::models {

namespace {
// A problem is scored 1 (severe, population.severe_problem_share) or 2.
constexpr double kZrmProblemNotSevere = 2.0;
// Mean ZRM score of a domain without a problem: population.zrm_spread_share puts as many at 3 as at 5.
constexpr double kZrmMeanWithoutProblem = 4.0;
// Storage bound (scale definition): the largest stored byte.
constexpr float kByteMax = 255.0F;
// Bits of a contact stream's sub-number that hold the index within the week (a layout, not behaviour).
constexpr unsigned kContactIndexBits = 8;

float blend(float truth, float prior, float insight, float noise) {
  return (1.0F - insight) * prior + insight * (truth + (1.0F - insight) * noise);
}

// Rounding to the nearest whole number, halves away from zero (std::lround's rule): add a half, truncate.
constexpr double kHalf = 0.5;

// Rounded to the nearest byte: std::lround of the clamped value, without its library call (a hot
// path). In double, x + 0.5 is exact for a float x in [0, 255], so truncating it is lround(x).
std::uint8_t to_byte(float value, float scale) {
  const float x = std::clamp(value * scale, 0.0F, kByteMax);
  return static_cast<std::uint8_t>(static_cast<double>(x) + kHalf);
}

// Moves a stored belief the share `weight` of the way to `seen`.
float towards(float belief, float seen, float weight) { return belief + weight * (seen - belief); }

void set_zrm(JobSeeker& s, std::size_t d, float value) { s.belief.zrm[d] = to_byte(value, kZrmBeliefScale); }
void set_vocational(JobSeeker& s, std::size_t k, float value) { s.belief.vocational[k] = to_byte(value, kSkillBeliefScale); }
float zrm_of(const JobSeeker& s, std::size_t d) { return static_cast<float>(s.belief.zrm[d]) / kZrmBeliefScale; }
float vocational_of(const JobSeeker& s, std::size_t k) { return static_cast<float>(s.belief.vocational[k]) / kSkillBeliefScale; }

// The whole belief moved the share `weight` of the way to the prior.
void towards_prior(JobSeeker& s, const Priors& prior, float weight) {
  for (std::size_t d = 0; d < kLifeDomainCount; ++d) set_zrm(s, d, towards(zrm_of(s, d), prior.zrm[d], weight));
  s.belief.employee_skills = towards(s.belief.employee_skills, prior.employee_skills, weight);
  s.belief.motivation = towards(s.belief.motivation, prior.motivation, weight);
  for (std::size_t k = 0; k < kSectorCount; ++k) set_vocational(s, k, towards(vocational_of(s, k), prior.vocational, weight));
}

// What a contact shows: the truth of the moment, seen through what the case manager believes already
// (the anchor: the stored belief; before any contact, the prior) with the given standard-normal draws
// (0: without error).
template <class Draw>
void see(JobSeeker& s, const Priors& prior, float weight, unsigned parts, Draw&& z) {
  const float insight = s.belief.insight;
  if ((parts & kSeeLifeDomains) != 0) {
    for (std::size_t d = 0; d < kLifeDomainCount; ++d) {
      const float believed = zrm_of(s, d);
      const float seen = blend(static_cast<float>(s.zrm[d]), believed, insight, prior.zrm_error_sd * z());
      set_zrm(s, d, towards(believed, seen, weight));
    }
  }
  if ((parts & kSeeWorkFit) != 0) {
    const float skills = blend(s.employee_skills, s.belief.employee_skills, insight, prior.trait_error_sd * z());
    const float motivation = blend(s.motivation, s.belief.motivation, insight, prior.trait_error_sd * z());
    s.belief.employee_skills = towards(s.belief.employee_skills, skills, weight);
    s.belief.motivation = towards(s.belief.motivation, motivation, weight);
  }
  if ((parts & kSeeVocational) != 0) {
    const float error = prior.trait_error_sd * z();
    for (std::size_t k = 0; k < kSectorCount; ++k) {
      const float believed = vocational_of(s, k);
      set_vocational(s, k, towards(believed, blend(s.vocational[k], believed, insight, error), weight));
    }
  }
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

float believed_zrm(const JobSeeker& s, LifeDomain d, const Priors&) { return zrm_of(s, static_cast<std::size_t>(d)); }

float believed_employee_skills(const JobSeeker& s, const Priors&) { return s.belief.employee_skills; }

float believed_motivation(const JobSeeker& s, const Priors&) { return s.belief.motivation; }

float believed_vocational(const JobSeeker& s, std::size_t sector, const Priors&) {
  // The case manager followed the learning in for a future job in this sector (seed 001 step 5).
  if (s.learned_sector == static_cast<std::int8_t>(sector)) return s.vocational[sector];
  return vocational_of(s, sector);
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

int diagnosis_conversations(const JobSeeker& s, const Priors& prior, const ModelParams& p) {
  const bool weak = believed_employee_skills(s, prior) < static_cast<float>(p.tiles.diagnostiek_weak_skills_below);
  const int extra = believed_problem_count(s, prior, p) + (weak ? 1 : 0);
  return static_cast<int>(std::clamp<std::int64_t>(1 + extra, 1, p.tiles.diagnostiek_max_conversations));
}

sim::RandomStream contact_stream(std::uint64_t seed, std::uint32_t id, std::int32_t week, Contact c, std::uint32_t index) {
  const std::uint64_t sub = (std::uint64_t{static_cast<std::uint32_t>(c)} << kContactIndexBits) | index;
  return sim::RandomStream(seed, id, static_cast<std::uint32_t>(week), models::id(Purpose::klantbeeld), sub);
}

void start_belief(JobSeeker& s, const Priors& prior) {
  s.belief.insight = 0.0F;
  for (std::size_t d = 0; d < kLifeDomainCount; ++d) set_zrm(s, d, prior.zrm[d]);
  s.belief.employee_skills = prior.employee_skills;
  s.belief.motivation = prior.motivation;
  for (std::size_t k = 0; k < kSectorCount; ++k) set_vocational(s, k, prior.vocational);
}

void observe(JobSeeker& s, const Priors& prior, sim::RandomStream& rng, float weight, unsigned parts) {
  see(s, prior, std::clamp(weight, 0.0F, 1.0F), parts, [&rng] { return static_cast<float>(rng.normal()); });
}

void observe_exactly(JobSeeker& s, const Priors& prior, float insight) {
  start_belief(s, prior);  // a fixed picture: from the prior, whatever was believed before
  s.belief.insight = insight;
  see(s, prior, 1.0F, kSeeAll, [] { return 0.0F; });
}

void hand_over(JobSeeker& s, const Priors& prior, float insight_loss, float belief_loss) {
  s.belief.insight *= 1.0F - insight_loss;
  if (belief_loss > 0.0F) towards_prior(s, prior, belief_loss);
}

void lose_insight(JobSeeker& s, float loss) { s.belief.insight *= 1.0F - loss; }

}  // namespace regiosim::models
