// All scenario parameters as one typed struct, filled through the parameter table
// (parameters.cc) that declares each key once with its unit, range, meaning and source.
// Hot model code reads these fields directly.
#pragma once

#include "models/domain.h"
#include "sim/parameter_table.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace regiosim::models {

template <std::size_t N>
using Shares = std::array<double, N>;
using PerSector = std::array<double, kSectorCount>;

struct ModelParams {
  struct Sim {
    std::int64_t weeks;
    std::int64_t burn_in_weeks;
    std::int64_t seed;
    std::int64_t replications;
  } sim;

  struct Region {
    std::int64_t job_seekers;
    std::int64_t employers;
    std::int64_t case_managers;  // 0: staffed to policy.caseload_per_coach
    std::int64_t staffing_review_weeks;
    std::int64_t job_coaches;
  } region;

  struct Policy {
    double caseload_per_coach;   // seekers per case manager (cap and staffing norm)
    std::int64_t aftercare_weeks;
    bool lks_enabled;
    std::int64_t lks_max_weeks;
    std::int64_t lks_phase_out_weeks;
    double lks_max_loonwaarde;
    std::int64_t lks_reassessment_weeks;
    bool trial_enabled;
    std::int64_t trial_weeks;
    bool traineeship_enabled;
    std::int64_t traineeship_weeks;
    std::int64_t traineeship_contract_weeks;
    std::int64_t job_coaching_max_weeks;
    double job_coaching_hours_per_week;
    bool workplace_adaptation_enabled;
    bool no_risk_enabled;
    double budget_eur_per_year;  // 0: no cap
    double werkmakelaar_share;
    std::int64_t werkmakelaar_coaches;
    double werkmakelaar_caseload;
    double werkmakelaar_price_eur;
    std::int64_t werkmakelaar_max_weeks;
    std::int64_t werkmakelaar_proposals_per_week;
    std::int64_t werkmakelaar_coaching_weeks;
    std::int64_t werkmakelaar_aftercare_weeks;
    std::int64_t werkmakelaar_activation_weeks;
    std::int64_t werkmakelaar_min_rung;
  } policy;

  struct Instruments {
    double lks_employer_charges;
    double workplace_adaptation_eur;
    double no_risk_eur_per_week;
    std::int64_t no_risk_weeks;
  } instruments;

  struct Coach {
    double hours_per_week;
    double client_time_share;
    double hourly_cost_eur;
    double skill_mean;
    double skill_sd;
  } coach;

  struct Population {
    Shares<kAgeBandCount> age_band_shares;
    double female_share;
    Shares<kEducationCount> education_shares;
    Shares<kBenefitTypeCount> benefit_type_shares;
    double disability_share;
    double driving_licence_share;
    Shares<kLifeDomainCount> problem_shares;
    double problem_correlation;
    double inflow_complexity_shift;
    double employee_skills_mean;
    double motivation_mean;
    double self_confidence_mean;
    double trait_concentration;
    double complexity_effect;
    Shares<4> rung_shares;             // initial rungs 1..4 of people not in work
    double stock_mean_duration_weeks;
    double max_work_share;
    double pension_age;
  } population;

  struct Flows {
    double inflow_per_year;
    double other_outflow_per_year;
    double problem_onset_per_year;
  } flows;

  struct Tiles {
    double melding_hours;
    double diagnostiek_hours_per_conversation;
    std::int64_t diagnostiek_max_conversations;
    double diagnostiek_insight_per_conversation;
    std::int64_t diagnostiek_review_weeks;
    double mf_hours_per_week;
    double mf_eur_per_week;
    Shares<kLifeDomainCount> mf_resolve_weeks;
    double mf_participation_weeks;
    double orientatie_hours_per_week;
    double orientatie_weeks;
    double orientatie_eur;
    double orientatie_motivation_gain;
    double werk_fit_hours_per_week;
    double werk_fit_eur_per_week;
    double werk_fit_skill_gain;
    double werk_fit_motivation_gain;
    double werk_fit_max_weeks;
    double werk_fit_rung_weeks;
    double opleiden_hours_per_week;
    double opleiden_weeks;
    double opleiden_eur;
    double opleiden_skill_gain;
    double opleiden_completion_base;
    double opleiden_completion_motivation;
    double bemiddeling_hours_per_week;
    std::int64_t bemiddeling_proposals_per_week;
    std::int64_t bemiddeling_vacancies_screened;
    double plaatsing_hours;
    double nazorg_hours_per_week;
    double base_contact_hours_per_week;
    double external_share;
  } tiles;

  struct Service {
    std::int64_t max_concurrent_tiles;
    double problem_score;
    double work_fit_below;
    double training_below;
    double mediation_readiness;
    std::int64_t mediation_min_rung;
    std::int64_t self_search_min_rung;
    double self_search_applications_per_week;
  } service;

  struct Employers {
    PerSector sector_shares;
    Shares<kSizeClassCount> size_shares;
    Shares<kSizeClassCount> mean_employees;
    PerSector low_skilled_share;
    double turnover_per_year;
    double willing_share;
    double subsidy_sensitivity_mean;
    double subsidy_chaser_share;
    Shares<kSizeClassCount> hr_department_share;
  } employers;

  struct Vacancies {
    double open_weeks;
    Shares<2> skill_requirement;     // uniform range [min, max]
    PerSector language_requirement;  // minimum ZRM language score
    PerSector licence_required_share;
    PerSector hours_per_week;
    double hourly_wage_eur;
    double wage_premium_max;
    double permanent_share;
    std::int64_t temporary_weeks;
  } vacancies;

  struct Hiring {
    double regular_applicants_per_week;
    double regular_quality_mean;
    double regular_quality_concentration;
    double reservation_score;
    double interview_noise_sd;
    double stigma_per_year;
    double stigma_max;
    double mediation_bonus;
    double application_support_bonus;
    double trial_bonus;
    double traineeship_bonus;
    double job_coaching_bonus;
    double adaptation_share;
    double no_risk_share;
    double full_productivity_quality;
    double disability_productivity;
    double trial_conversion_quality;
    double disability_penalty;
  } hiring;

  struct Matching {
    Shares<4> weights;  // vocational, employee_skills, motivation, health
    double requirement_gap_penalty;
    double affinity_weight;
  } matching;

  struct Employment {
    double dropout_per_year;
    double debt_hazard_ratio;
    double childcare_hazard_ratio;
    double health_hazard_ratio;
    double skills_hazard_slope;
    double match_hazard_slope;
    double aftercare_hazard_ratio;
    double skill_growth_per_week;
    double conversion_probability;
    double hours_increase_per_year;
    double extra_hours;
    double job_coaching_hazard_ratio;
    double no_hr_hazard_ratio;
    double chaser_dismissal_probability;
    double traineeship_skill_gain;
  } employment;

  struct Benefit {
    Shares<kBenefitTypeCount> eur_per_week;
  } benefit;

  struct Output {
    bool events;
    bool spells;
    std::vector<std::string> timeseries;
  } output;

  // Number of case managers: region.case_managers, or derived from the caseload norm.
  std::int64_t case_manager_count() const;
};

using ParameterTable = sim::ParameterTable<ModelParams>;

// The one table of all parameters (built once, thread-safe).
const ParameterTable& parameter_table();

// Names of the weekly time series the model can write (choices of output.timeseries).
const std::vector<std::string>& timeseries_names();

}  // namespace regiosim::models
