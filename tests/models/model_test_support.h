// Shared helpers for model tests: small regions that run in a fraction of a second.
#pragma once

#include "models/parameters.h"

namespace regiosim::test {

inline models::ModelParams small_region(std::int64_t seekers = 400, std::int64_t weeks = 104, std::int64_t burn_in = 26) {
  auto p = models::parameter_table().defaults();
  p.region.job_seekers = seekers;
  p.region.employers = seekers * 4 / 5;
  p.sim.weeks = weeks;
  p.sim.burn_in_weeks = burn_in;
  return p;
}

}  // namespace regiosim::test
