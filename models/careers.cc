#include "models/careers.h"

#include "models/employment.h"
#include "models/rates.h"

#include <algorithm>
#include <cmath>

namespace regiosim::models {

OutOfWorkDrift::OutOfWorkDrift(const ModelParams& p)
    : skill_keep(static_cast<float>(std::exp(-p.careers.skill_depreciation_per_year / kWeeksPerYear))),
      spirit_keep(static_cast<float>(std::exp(-p.careers.discouragement_per_year / kWeeksPerYear))) {}

void out_of_work_week(JobSeeker& s, const OutOfWorkDrift& drift) {
  s.employee_skills *= drift.skill_keep;
  for (auto& v : s.vocational) v *= drift.skill_keep;
  s.motivation *= drift.spirit_keep;
  s.self_confidence *= drift.spirit_keep;
}

int paid_weeks(const Spell& sp, int from, int to) {
  if (sp.contract_start_week == kNone) return 0;
  const int end = sp.end_week == kNone ? to : std::min(to, static_cast<int>(sp.end_week));
  return std::max(0, end - std::max(from, static_cast<int>(sp.contract_start_week)));
}

int ww_weeks(const JobSeeker& s, const Spell& lost, const Spell* previous, int week, const ModelParams& p) {
  const auto& c = p.careers;
  const int from = week - static_cast<int>(c.ww_reference_weeks);
  int worked = paid_weeks(lost, from, week);
  if (previous != nullptr) worked += paid_weeks(*previous, from, week);
  if (worked < c.ww_weeks_worked) return 0;
  const double job_years = paid_weeks(lost, lost.start_week, week) / kWeeksPerYear;
  int weeks = static_cast<int>(c.ww_base_weeks);
  if (job_years >= c.ww_history_years) {
    // A month per year of work.
    const double months = std::floor(job_years + s.experience_years);
    weeks = std::max(weeks, static_cast<int>(std::lround(months * kWeeksPerYear / kMonthsPerYear)));
  }
  return std::min(weeks, static_cast<int>(c.ww_max_weeks));
}

double ww_eur_per_week(double wage_per_week, int weeks_on_ww, const ModelParams& p) {
  const auto& c = p.careers;
  return wage_per_week * (weeks_on_ww < c.ww_first_weeks ? c.ww_replacement_first : c.ww_replacement_after);
}

bool ww_topped_up(const JobSeeker& s, double ww, const ModelParams& p) {
  return s.benefit != BenefitType::nug && ww < benefit_norm(s, p);
}

}  // namespace regiosim::models
