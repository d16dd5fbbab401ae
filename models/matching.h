// Match quality between a seeker and a vacancy, as the employer will experience it (truth) and
// as the case manager expects it (belief); the employer's perceived score at the interview.
// Matching is on competencies, not diplomas (seed 000 §Bemiddeling).
#pragma once

#include "models/agents.h"
#include "models/klantbeeld.h"
#include "models/parameters.h"

namespace regiosim::models {

// True quality of seeker s in a job of the given sector with a vocational requirement.
float match_quality(const JobSeeker& s, std::size_t sector, float skill_requirement, const ModelParams& p);

// The case manager's expectation of that quality, from the klantbeeld.
float believed_match_quality(const JobSeeker& s, std::size_t sector, float skill_requirement, const Priors& prior,
                             const ModelParams& p);

// Whether the seeker meets the vacancy's hard requirements (licence, language).
bool meets_hard_requirements(const JobSeeker& s, const Vacancy& v);
// The case manager's view of the same (the licence is registered, language is believed).
bool believed_meets_hard_requirements(const JobSeeker& s, const Vacancy& v, const Priors& prior);

// Penalty for time out of work in the employer's eyes.
float stigma(const JobSeeker& s, int week, const ModelParams& p);

}  // namespace regiosim::models
