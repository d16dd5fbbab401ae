// Which employer approach a seeker gets (seed 003 §5: the approach should fit the person, integral
// for those far from the labour market, vacancy-driven for those close to it).
//
// policy.employer_approach = "integral", "demand" or "supply" gives everyone that approach;
// "per_person" assigns it from the seeker's participatieladder rung as the case manager has
// recorded it: rungs up to policy.per_person.integral_up_to_rung integral, then up to
// policy.per_person.supply_up_to_rung supply, the rest demand. The rung moves as the seeker climbs,
// and the approach with it.
#pragma once

#include "models/agents.h"
#include "models/parameters.h"

namespace regiosim::models {

// The approach for this seeker this week: integral, demand or supply (never per_person).
EmployerApproach approach_for(const JobSeeker& s, const ModelParams& p) noexcept;
// The approach for a seeker on this rung.
EmployerApproach approach_for_rung(int rung, const ModelParams& p) noexcept;

// Whether the policy gives the approach to any seeker: the employer-side work of an approach (job
// carving for integral, the account managers' search for shared vacancies for demand) runs only
// then.
bool approach_in_use(EmployerApproach approach, const ModelParams& p) noexcept;

}  // namespace regiosim::models
