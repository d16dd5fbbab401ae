#include "models/job_hunters.h"

#include "models/employer_approach.h"

#include <algorithm>

namespace regiosim::models {

bool JobHunters::in_use() const noexcept {
  return p_.policy.job_hunter_fte > 0.0 &&
         (approach_in_use(EmployerApproach::supply, p_) || approach_in_use(EmployerApproach::integral, p_));
}

void JobHunters::build(std::span<const Employer> employers, std::uint64_t seed, std::size_t slots,
                       const std::function<std::size_t(const Employer&)>& slot_of) {
  if (!in_use()) return;
  network_.build(employers, seed, slots, slot_of);
  visits_ = std::min(p_.supply.place_requests_per_week, capacity());
}

double JobHunters::capacity() const noexcept {
  return p_.policy.job_hunter_fte * p_.account_manager.hours_per_week / p_.job_hunters.visit_hours;
}

double JobHunters::cost_eur_per_week(double hourly_eur) const noexcept {
  return in_use() ? p_.policy.job_hunter_fte * p_.account_manager.hours_per_week * hourly_eur : 0.0;
}

void JobHunters::plan(std::int64_t candidates) noexcept {
  candidates_ = candidates;
  const double share = candidates > 0 ? capacity() / static_cast<double>(candidates) : capacity();
  visits_ = std::min(p_.supply.place_requests_per_week, share);
}

}  // namespace regiosim::models
