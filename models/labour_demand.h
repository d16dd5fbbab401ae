// Labour demand that moves with the economy. The scenario gives the region's labour-market tightness
// per observed year (vacancies per 100 unemployed, the CBS ratio; demand.tightness), a factor per
// sector, and a reference level at which the employer-side rates of the parameter table hold. From
// the ratio x = tightness / reference:
//
//   new vacancies            x ^ demand.vacancy_elasticity        (employers open more jobs)
//   regular applicants       x ^ -demand.applicant_elasticity     (fewer unemployed per vacancy)
//   willing economic employers  willing_share x ^ demand.willingness_elasticity, at most all
//                            (seed 003 §4.3: tightness is why purely economic employers take the group)
//   growth jobs in view      x ^ demand.growth_elasticity         (seed 001 step 1)
//
// and the jobs a wage-cost subsidy creates: an employer in the network opens extra simple jobs for a
// candidate with loonkostensubsidie at demand.lks_job_creation_elasticity times the share of the wage
// cost the subsidy covers in its eyes, times its ordinary vacancy flow. The burn-in has the first
// year's tightness; years beyond the list keep the last one's.
//
//   LabourDemand d(params);
//   double more = d.vacancy_factor(week, sector);
#pragma once

#include "models/agents.h"
#include "models/parameters.h"

#include <cstddef>

namespace regiosim::models {

class LabourDemand {
 public:
  explicit LabourDemand(const ModelParams& p);

  // The year of the tightness path that holds in a week (0 in the burn-in).
  std::size_t year_of(int week) const noexcept;
  std::size_t years() const noexcept { return p_.demand.tightness.size(); }
  // Vacancies per 100 unemployed in a sector in a year of the path.
  double tightness(std::size_t year, std::size_t sector) const noexcept;
  // tightness / demand.reference_tightness
  double ratio(std::size_t year, std::size_t sector) const noexcept;
  double vacancy_factor(std::size_t year, std::size_t sector) const noexcept;
  double applicant_factor(std::size_t year, std::size_t sector) const noexcept;
  double growth_factor(std::size_t year, std::size_t sector) const noexcept;
  // The chance that an employer acting for economic reasons is willing to take people from the target
  // group (employers.willing_share at the reference tightness).
  double economic_willingness(std::size_t year, std::size_t sector) const noexcept;
  // Extra jobs per week an employer opens for candidates with a subsidy: its vacancy flow this year
  // times the elasticity times the wage-cost share the subsidy covers in its eyes (0 without LKS).
  double subsidised_openings(const Employer& e, double vacancies_per_week) const noexcept;

 private:
  const ModelParams& p_;
};

}  // namespace regiosim::models
