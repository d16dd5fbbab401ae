// Purposes of random streams. A draw is a pure function of (seed, entity id, week, purpose), so
// every decision that must not shift when another changes gets a purpose of its own.
#pragma once

#include <cstdint>

namespace regiosim::models {

enum class Purpose : std::uint32_t {
  seeker_attributes = 1,
  employer_attributes,
  coach_attributes,
  inflow,
  services,
  life_events,
  vacancy_creation,
  vacancy_order,
  regular_applicants,
  interview,
  mediation,
  self_search,
  employment,
  outflow,
  job_coach_attributes,
  referral,
  trajectory,
  account_manager_attributes,
  account_manager_turnover,
  acquisition,
  employer_services,
  vacancy_channel,
  place_request,
  place_decision,
  growth,
  provider_network,
  klantbeeld,
  contracts,  // a temporary contract's length and the employer's decision at its end
  contact,    // conversations with clients in the case-manager time the tiles leave (contact_time.h)
};

constexpr std::uint32_t id(Purpose p) noexcept { return static_cast<std::uint32_t>(p); }

}  // namespace regiosim::models
