// The published claims the model is checked against: each is a finding of a seed document (or an
// evaluation it cites) stated on an outcome KPI (placements, lasting placements, outflow to work,
// money), as a paired experiment: a baseline and a variant (keys set on top of the region under test),
// the KPI compared, optionally a second KPI whose change is subtracted (a difference in differences),
// and the direction the source claims.
//
// `regiosim findings` evaluates every claim under the priors (app/findings_command.cc): on each of N
// parameter sets drawn from them, both arms run with the same seeds, and a claim holds when the
// difference has the claimed sign in at least 90% of the draws. A claim may fail; the suite tells, it
// does not have to pass.
//
// A *level* claim (kind "level") is a number a source promises for one KPI, such as the provider's
// 30% / 30% / 40% (seed 002). It is checked, never fitted: its one arm (baseline and variant alike)
// runs under the priors, and the measure is the simulated KPI minus the promised value. The claim
// holds when the promised value lies within the range of 95% of the draws; holds_in counts the draws
// that reach or exceed the promise.
//
// What is deliberately not here: claims whose direction one parameter sets by itself (a hazard ratio
// below 1 "prevents" dropout, cold acquisition with a lower success probability than warm contact
// "yields fewer" employers, a dismissal probability at the subsidy's end "causes" dismissals, trust
// losses "lower" trust). Such a claim cannot fail, whatever the model does; the outcomes those
// mechanisms feed into are claimed instead, where other mechanisms pull the other way.
//
//   for (const Finding& f : findings()) { ... run f.baseline and f.variant, paired by seed ... }
#pragma once

#include <string>
#include <vector>

namespace regiosim::models {

struct Finding {
  std::string id;
  std::string statement;                // the claim, as the source says it
  std::string source;                   // seed document and section (or the evaluation it cites)
  std::string kind;                     // "outcome": a paired sign claim; "level": a promised value
  std::vector<std::string> baseline;    // "key=value" overrides of the baseline arm
  std::vector<std::string> variant;     // "key=value" overrides of the variant arm
  std::string kpi;                      // KPI compared, variant - baseline
  std::string minus_kpi;                // optional: its change is subtracted (difference in differences)
  int expected_sign = 1;                // +1: the difference is claimed > 0, -1: < 0; 0 for a level claim
  std::string expectation;              // the claimed direction (or level) in words
  double claimed_level = 0.0;           // a level claim: the promised value of `kpi`
};

// Every claim, in a fixed order.
const std::vector<Finding>& findings();

// Share of draws in which a claim must hold for the suite to report it as holding.
inline constexpr double kFindingHoldsShare = 0.9;

}  // namespace regiosim::models
