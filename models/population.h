// Drawing agents from the scenario's profiles: job seekers with the LCR attribute set
// (seed 004 point 2) plus ZRM life domains, skills and motivation; employers by sector and
// size; case managers. Each agent's attributes come from its own random stream, keyed by its id,
// so the same id gets the same person in every scenario (common random numbers).
#pragma once

#include "models/agents.h"
#include "models/parameters.h"

#include <cstdint>

namespace regiosim::models {

// Rung thresholds and other quantities derived once from the parameters.
struct PopulationProfile {
  explicit PopulationProfile(const ModelParams& p);
  std::array<double, kLifeDomainCount> problem_threshold;  // standard-normal cut-offs
  std::array<double, 3> rung_threshold;                    // cut-offs between rungs 1|2, 2|3, 3|4
};

// A job seeker with id `id` entering in week `entry_week`; `from_stock` marks the initial stock
// (complexity and benefit duration follow the stock profile).
JobSeeker draw_seeker(const ModelParams& p, const PopulationProfile& profile, std::uint64_t seed,
                      std::uint32_t id, std::int32_t entry_week, bool from_stock);

Employer draw_employer(const ModelParams& p, std::uint64_t seed, std::uint32_t id);

Coach draw_coach(const ModelParams& p, std::uint64_t seed, std::uint32_t id,
                 CoachRole role = CoachRole::case_manager);

}  // namespace regiosim::models
