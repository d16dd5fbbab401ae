// Virtual evaluation of a wage subsidy from two runs that share random numbers.
//
// Replication r of the baseline and of a variant draw the same numbers for the same person, so
// both worlds are known for every seeker: what happened with the policy and what would have
// happened without it. From the two runs' job spells this computes the quantities evaluation
// studies of wage subsidies report (e.g. CPB and SEO evaluations of loonkostensubsidie):
//   - subsidised hires: hires with loonkostensubsidie (LKS) in the evaluated arm;
//   - deadweight: of those, hires the other arm also produced for the same person within
//     `window` weeks (the subsidy paid for a hire that would have happened anyway);
//   - substitution: the subsidised person took a job someone else at the same employer had in the
//     other arm: another seeker hired by that employer within the window in the other arm and not in
//     the evaluated arm, or else (where hires of regular applicants per employer are known) one of the
//     regular applicants that employer hired in the other arm and not in the evaluated arm;
//   - displacement: the rest of the fall in hires of regular applicants (people outside the target
//     group), at other employers (negative: more regular hires, e.g. where subsidised jobs were new);
//   - net jobs: subsidised hires - deadweight - substitution - displacement: a job an employer opened
//     only because of the subsidy is a net job;
//   - effect on the treated: weeks in work in the `horizon` weeks after the subsidised hire, in
//     the evaluated arm minus the other arm, averaged over the subsidised hires.
// The evaluated arm is the variant when it has at least as many subsidised hires as the baseline,
// otherwise the baseline (e.g. for a variant that switches LKS off).
//
//   auto e = models::evaluate_virtually(base_spells, variant_spells, {.total = 4800}, {.total = 4750}, 520);
#pragma once

#include "sim/run_result.h"

#include <cstdint>
#include <map>
#include <string>

namespace regiosim::models {

struct VirtualEvaluation {
  std::string evaluated_arm;        // "variant" or "baseline"
  double subsidised_hires = 0;      // hires with LKS in the evaluated arm
  double deadweight = 0;            // of which the other arm hired the same person within the window
  double substitution = 0;          // people at the same employer who lost the job a subsidised person took
  double displacement = 0;          // regular hires lost elsewhere (other arm minus evaluated arm, less substitution)
  double net_jobs = 0;              // subsidised_hires - deadweight - substitution - displacement
  double effect_on_treated_weeks = 0;  // mean extra weeks in work within the horizon per subsidised hire
};

// Hires of regular applicants in the observed weeks: in all, and per employer where recorded (the
// employer_hires table; empty: not known, and all of the fall counts as displacement).
struct RegularHires {
  double total = 0.0;
  std::map<std::int64_t, double> by_employer;
};
// From an employer_hires record table (columns employer, regular_hires).
RegularHires regular_hires_of(const sim::RecordTable& employer_hires);

inline constexpr int kVirtualEvaluationWindowWeeks = 13;   // "the same weeks": a quarter either side
inline constexpr int kVirtualEvaluationHorizonWeeks = 52;  // outcome window after the hire

// Spells tables of one replication (columns seeker, employer, start_week, end_week, end,
// instruments as written by the region model); the regular applicants' hires of each arm;
// observed_weeks: the length of the observation window.
VirtualEvaluation evaluate_virtually(const sim::RecordTable& baseline_spells, const sim::RecordTable& variant_spells,
                                     const RegularHires& baseline_regular, const RegularHires& variant_regular,
                                     int observed_weeks, int window = kVirtualEvaluationWindowWeeks,
                                     int horizon = kVirtualEvaluationHorizonWeeks);

}  // namespace regiosim::models
