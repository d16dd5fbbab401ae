// Virtual evaluation of a wage subsidy from two runs that share random numbers.
//
// Replication r of the baseline and of a variant draw the same numbers for the same person, so
// both worlds are known for every seeker: what happened with the policy and what would have
// happened without it. From the two runs' job spells this computes the quantities evaluation
// studies of wage subsidies report (e.g. CPB and SEO evaluations of loonkostensubsidie):
//   - subsidised hires: hires with loonkostensubsidie (LKS) in the evaluated arm;
//   - deadweight: of those, hires the other arm also produced for the same person within
//     `window` weeks (the subsidy paid for a hire that would have happened anyway);
//   - displacement (substitution): another seeker who, in the other arm, was hired by the same
//     employer within the window and in the evaluated arm was not (lost the job the subsidised
//     person took), plus the drop in hires of regular applicants (people outside the target group);
//   - net jobs: subsidised hires - deadweight - displaced seekers - displaced regular applicants;
//   - effect on the treated: weeks in work in the `horizon` weeks after the subsidised hire, in
//     the evaluated arm minus the other arm, averaged over the subsidised hires.
// The evaluated arm is the variant when it has at least as many subsidised hires as the baseline,
// otherwise the baseline (e.g. for a variant that switches LKS off).
//
//   auto e = models::evaluate_virtually(base_spells, variant_spells, base_regular, variant_regular, 520);
#pragma once

#include "sim/run_result.h"

#include <string>

namespace regiosim::models {

struct VirtualEvaluation {
  std::string evaluated_arm;        // "variant" or "baseline"
  double subsidised_hires = 0;      // hires with LKS in the evaluated arm
  double deadweight = 0;            // of which the other arm hired the same person within the window
  double displaced_seekers = 0;     // seekers who lost the job a subsidised person took
  double displaced_regular = 0;     // hires of regular applicants lost (other arm minus evaluated arm)
  double net_jobs = 0;              // subsidised_hires - deadweight - displaced_seekers - displaced_regular
  double effect_on_treated_weeks = 0;  // mean extra weeks in work within the horizon per subsidised hire
};

inline constexpr int kVirtualEvaluationWindowWeeks = 13;   // "the same weeks": a quarter either side
inline constexpr int kVirtualEvaluationHorizonWeeks = 52;  // outcome window after the hire

// Spells tables of one replication (columns seeker, employer, start_week, end_week, end,
// instruments as written by the region model); regular_hires: hires of regular applicants in the
// observed weeks; observed_weeks: the length of the observation window.
VirtualEvaluation evaluate_virtually(const sim::RecordTable& baseline_spells, const sim::RecordTable& variant_spells,
                                     double baseline_regular_hires, double variant_regular_hires, int observed_weeks,
                                     int window = kVirtualEvaluationWindowWeeks,
                                     int horizon = kVirtualEvaluationHorizonWeeks);

}  // namespace regiosim::models
