// The published findings the model must reproduce in direction (issue 7): each finding of the TNO
// report (seed 003) and each recommendation of the Werklandschap (seed 000) that can be phrased as a
// direction becomes a paired scenario experiment. A finding names a baseline and a variant (keys set
// on top of the region under test), a KPI, optionally a second KPI whose change is subtracted (a
// difference in differences), and the sign the difference variant - baseline must have.
//
// Two kinds: `behaviour` findings change a policy lever or the population and look at the outcome;
// `mechanism` findings switch one mechanism off (an ablation) to show that it matters in the whole
// system, where no lever moves it alone.
//
//   for (const Finding& f : findings()) { ... run f.baseline and f.variant, paired by seed ... }
#pragma once

#include <string>
#include <vector>

namespace regiosim::models {

struct Finding {
  std::string id;
  std::string statement;                // the finding, as the source says it
  std::string source;                   // seed document and section
  std::string kind;                     // "behaviour" or "mechanism"
  std::vector<std::string> baseline;    // "key=value" overrides of the baseline arm
  std::vector<std::string> variant;     // "key=value" overrides of the variant arm
  std::string kpi;                      // KPI compared, variant - baseline
  std::string minus_kpi;                // optional: its change is subtracted (difference in differences)
  int expected_sign = 1;                // +1: the difference must be > 0, -1: < 0
  std::string expectation;              // the expected direction in words
};

// Every finding, in a fixed order.
const std::vector<Finding>& findings();

}  // namespace regiosim::models
