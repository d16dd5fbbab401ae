#include "models/growth.h"

#include "models/rates.h"

#include <algorithm>
#include <cmath>

namespace regiosim::models {

namespace {

bool unresolved(const JobSeeker& s, LifeDomain d, const ModelParams& p) {
  return s.zrm[static_cast<std::size_t>(d)] <= p.service.problem_score;
}

}  // namespace

LearningWeek learning_week(JobSeeker& s, const ModelParams& p, sim::RandomStream& rng, float guidance) {
  const auto& g = p.growth;
  const auto route = static_cast<std::size_t>(s.growth_route);
  const bool large = s.growth_route == GrowthRoute::large_scale;
  guidance = std::clamp(guidance, 0.0F, 1.0F);
  // The employer or the training location teaches the tasks whatever the case manager's time; the
  // case manager's guidance adds the other half.
  const auto taught = static_cast<float>(g.employer_teaching_share);
  const float dose = taught + (1.0F - taught) * guidance;
  float& vocational = s.vocational[s.growth_sector];
  vocational += static_cast<float>(g.learning_rate[route]) * dose * (1.0F - vocational);
  s.employee_skills += static_cast<float>(g.employee_skill_rate[route]) * dose * (1.0F - s.employee_skills);

  double hazard = g.dropout_per_year;
  if (unresolved(s, LifeDomain::finances, p)) hazard *= p.employment.debt_hazard_ratio;
  if (unresolved(s, LifeDomain::childcare, p)) hazard *= p.employment.childcare_hazard_ratio;
  hazard *= 1.0 - (1.0 - g.guidance_hazard_ratio) * guidance;
  // Draws in a fixed order: dropout, then a supervisor change (small-scale), then the end.
  const bool drop = rng.bernoulli(weekly_probability(hazard));
  const bool new_supervisor = !large && rng.bernoulli(weekly_probability(g.supervisor_changes_per_year));
  const bool unsettled = rng.bernoulli(g.transition_dropout);
  if (drop || (new_supervisor && unsettled)) return LearningWeek::dropped_out;
  if (--s.growth_weeks_left > 0) return LearningWeek::going_on;
  // Large-scale learners move from the training location to the workplace: one more transition.
  if (large && rng.bernoulli(g.transition_dropout)) return LearningWeek::dropped_out;
  s.learned_sector = static_cast<std::int8_t>(s.growth_sector);
  if (large && p.policy.growth_certification) s.certified_sector = static_cast<std::int8_t>(s.growth_sector);
  // Learning in is working with support: participatieladder rung 4 at least (seed 004).
  s.rung = std::max<std::uint8_t>(s.rung, 4);
  return LearningWeek::finished;
}

std::int32_t planned_learning_weeks(GrowthRoute route, std::int32_t weeks_to_start, const ModelParams& p) {
  const auto planned = static_cast<std::int32_t>(std::lround(p.growth.learning_weeks[static_cast<std::size_t>(route)]));
  const auto shortest = static_cast<std::int32_t>(p.growth.min_learning_weeks);
  return std::max(std::min(planned, weeks_to_start), std::min(shortest, planned));
}

float growth_candidate_score(float employee_skills, float motivation, float affinity, const ModelParams& p) {
  const auto a = static_cast<float>(p.growth.affinity_weight);
  return (1.0F - a) * ((employee_skills + motivation) / 2) + a * affinity;
}

}  // namespace regiosim::models
