#include "models/labour_demand.h"

#include "models/rates.h"

#include <algorithm>
#include <cmath>

namespace regiosim::models {

LabourDemand::LabourDemand(const ModelParams& p) : p_(p) {}

std::size_t LabourDemand::year_of(int week) const noexcept {
  const int observed = week - static_cast<int>(p_.sim.burn_in_weeks);
  if (observed < 0) return 0;
  return std::min(static_cast<std::size_t>(observed / static_cast<int>(kWeeksPerYear)), years() - 1);
}

double LabourDemand::tightness(std::size_t year, std::size_t sector) const noexcept {
  return p_.demand.tightness[std::min(year, years() - 1)] * p_.demand.sector_factor[sector];
}

double LabourDemand::ratio(std::size_t year, std::size_t sector) const noexcept {
  return tightness(year, sector) / p_.demand.reference_tightness;
}

double LabourDemand::vacancy_factor(std::size_t year, std::size_t sector) const noexcept {
  return std::pow(ratio(year, sector), p_.demand.vacancy_elasticity);
}

double LabourDemand::applicant_factor(std::size_t year, std::size_t sector) const noexcept {
  return std::pow(ratio(year, sector), -p_.demand.applicant_elasticity);
}

double LabourDemand::growth_factor(std::size_t year, std::size_t sector) const noexcept {
  return std::pow(ratio(year, sector), p_.demand.growth_elasticity);
}

double LabourDemand::economic_willingness(std::size_t year, std::size_t sector) const noexcept {
  return std::min(1.0, p_.employers.willing_share * std::pow(ratio(year, sector), p_.demand.willingness_elasticity));
}

double LabourDemand::subsidised_openings(const Employer& e, double vacancies_per_week) const noexcept {
  if (!p_.policy.lks_enabled) return 0.0;
  const double weeks = std::min(1.0, static_cast<double>(p_.policy.lks_max_weeks) / static_cast<double>(p_.hiring.horizon_weeks));
  const double covered = e.subsidy_sensitivity * weeks * (1.0 - p_.demand.lks_expected_loonwaarde);
  return vacancies_per_week * p_.demand.lks_job_creation_elasticity * covered;
}

}  // namespace regiosim::models
