#include "models/employer_approach.h"

namespace regiosim::models {

EmployerApproach approach_for_rung(int rung, const ModelParams& p) noexcept {
  const auto policy = p.policy.employer_approach;
  if (policy != EmployerApproach::per_person) return policy;
  if (rung <= p.policy.per_person_integral_up_to_rung) return EmployerApproach::integral;
  if (rung <= p.policy.per_person_supply_up_to_rung) return EmployerApproach::supply;
  return EmployerApproach::demand;
}

EmployerApproach approach_for(const JobSeeker& s, const ModelParams& p) noexcept { return approach_for_rung(s.rung, p); }

bool approach_in_use(EmployerApproach approach, const ModelParams& p) noexcept {
  const auto policy = p.policy.employer_approach;
  if (policy != EmployerApproach::per_person) return policy == approach;
  // Rungs 1 to kRungCount (6: regular work; seekers in service are below it).
  for (int rung = 1; rung <= static_cast<int>(kRungCount); ++rung) {
    if (approach_for_rung(rung, p) == approach) return true;
  }
  return false;
}

}  // namespace regiosim::models
