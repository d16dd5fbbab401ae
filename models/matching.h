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

// The case manager's expectation of a seeker's match with jobs in one sector, computed once and then
// evaluated cheaply against many vacancies of that sector (the pre-selection in Bemiddeling).
class BelievedMatch {
 public:
  BelievedMatch() = default;
  BelievedMatch(const JobSeeker& s, std::size_t sector, const Priors& prior, const ModelParams& p);
  // Same value as believed_match_quality(s, sector, requirement, prior, p).
  float quality(float skill_requirement) const noexcept {
    const float gap = skill_requirement > vocational_ ? skill_requirement - vocational_ : 0.0F;
    return base_ - gap_penalty_ * gap;
  }
  // The believed quality without any requirement gap: no requirement gives a higher quality
  // (quality(r) <= ceiling() for every r, also in floating point: base_ less a product >= 0).
  float ceiling() const noexcept { return base_; }
  // Same value as believed_meets_hard_requirements(s, v, prior).
  bool meets_hard_requirements(const Vacancy& v) const noexcept {
    return meets_hard_requirements(v.licence_required, v.language_requirement);
  }
  bool meets_hard_requirements(bool licence_required, std::uint8_t language_requirement) const noexcept {
    return (!licence_required || licence_) && language_ + 0.5F >= static_cast<float>(language_requirement);
  }

 private:
  float base_ = 0.0F;
  float vocational_ = 0.0F;
  float gap_penalty_ = 0.0F;
  float language_ = 0.0F;
  bool licence_ = false;
};

// Whether the seeker meets the vacancy's hard requirements (licence, language).
bool meets_hard_requirements(const JobSeeker& s, const Vacancy& v);
// The case manager's view of the same (the licence is registered, language is believed).
bool believed_meets_hard_requirements(const JobSeeker& s, const Vacancy& v, const Priors& prior);

// Penalty for time out of work in the employer's eyes.
float stigma(const JobSeeker& s, int week, const ModelParams& p);

}  // namespace regiosim::models
