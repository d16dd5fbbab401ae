// The klantbeeld: what the case manager believes about a seeker's hidden attributes.
//
// Before Diagnostiek the coach knows only registered data and assumes population means (the
// prior); each conversation raises `insight`, and the belief moves from the prior towards the
// truth seen with shrinking noise:
//   believed = (1 - insight) * prior + insight * (truth + (1 - insight) * noise_sd * z)
// where z is a fixed per-seeker draw. Service rules and pre-selection use only beliefs; employers
// and dropout hazards see the truth. A problem the coach has not seen is not treated.
#pragma once

#include "models/agents.h"
#include "models/parameters.h"

namespace regiosim::models {

struct Priors {
  explicit Priors(const ModelParams& p);
  std::array<float, kLifeDomainCount> zrm;
  float employee_skills;
  float motivation;
  float vocational;
  float zrm_error_sd;    // klantbeeld.zrm_error_sd
  float trait_error_sd;  // klantbeeld.trait_error_sd
};

float believed_zrm(const JobSeeker& s, LifeDomain d, const Priors& prior);
float believed_employee_skills(const JobSeeker& s, const Priors& prior);
float believed_motivation(const JobSeeker& s, const Priors& prior);
float believed_vocational(const JobSeeker& s, std::size_t sector, const Priors& prior);

// The coach believes domain d is a problem (at or below service.problem_score, rounded).
bool believed_problem(const JobSeeker& s, LifeDomain d, const Priors& prior, const ModelParams& p);
int believed_problem_count(const JobSeeker& s, const Priors& prior, const ModelParams& p);

// Sector the coach works towards: the work wish once Oriëntatie made it clear, before that the
// sector of earlier work.
std::size_t target_sector(const JobSeeker& s);

// Believed readiness for work in the target sector (matching weights applied to beliefs, minus a
// penalty for believed problems at home: seed 003 §4.3, 'thuis goed geregeld').
float believed_readiness(const JobSeeker& s, const Priors& prior, const ModelParams& p);

// Insight after one more conversation with a coach of the given skill.
float insight_after_conversation(float insight, float coach_skill, const ModelParams& p);

}  // namespace regiosim::models
