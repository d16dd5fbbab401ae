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
    std::int64_t markets;  // local markets (municipalities), seekers and employers by id modulo
    std::int64_t case_managers;  // 0: staffed to policy.caseload_per_coach
    std::int64_t staffing_review_weeks;
    std::int64_t job_coaches;
    double account_managers;  // FTE: whole persons, the last one part-time for a fraction
  } region;

  struct Policy {
    double caseload_per_coach;   // seekers per case manager (cap and staffing norm)
    std::int64_t case_manager_change_weeks;  // 0: a seeker keeps the case manager; n: another one every n weeks
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
    // Two budgets (seed 004 point 11): re-integration services, and the income part (BUIG) that pays
    // benefits and loonkostensubsidie. 0: no cap.
    double participation_budget_eur_per_year;
    double income_budget_eur_per_year;
    BudgetPriority budget_priority;  // who is served first when money is short
    double werkmakelaar_share;
    std::int64_t werkmakelaar_coaches;
    double werkmakelaar_caseload;
    double werkmakelaar_price_eur;
    std::int64_t werkmakelaar_max_weeks;
    std::int64_t werkmakelaar_proposals_per_week;
    std::int64_t werkmakelaar_coaching_weeks;
    std::int64_t werkmakelaar_aftercare_weeks;
    std::int64_t werkmakelaar_activation_weeks;
    double werkmakelaar_insight;
    double werkmakelaar_traineeship_below;
    std::int64_t werkmakelaar_min_rung;
    std::int64_t werkmakelaar_max_rung;
    std::int64_t werkmakelaar_per_year;
    bool werkmakelaar_include_stock;
    bool werkmakelaar_in_house;
    double werkmakelaar_team_hours_per_week;
    double werkmakelaar_placement_fee_eur;
    double werkmakelaar_network_share;
    double werkmakelaar_network_trust;
    double werkmakelaar_visits_per_week;
    double werkmakelaar_cold_share;
    EmployerApproach employer_approach;
    std::int64_t per_person_integral_up_to_rung;  // policy.employer_approach = per_person
    std::int64_t per_person_supply_up_to_rung;
    double job_hunter_fte;                   // the municipality's job hunters (supply and integral)
    std::int64_t integral_aftercare_weeks;   // aftercare after a placement under the integral approach
    double cold_acquisition_share;
    bool single_contact;
    double am_hours_per_network_employer;  // staffing norm; 0: the team stays at region.account_managers
    double social_return_share;
    bool growth_routes_enabled;          // Nieuwe Banen (seed 001)
    double growth_account_manager_share; // of account managers' employer hours
    bool growth_finance_learning;
    bool growth_certification;
    bool growth_work_disability_eligible;
  } policy;

  // Expected growth of employers and the Nieuwe Banen trajectories (seed 001).
  struct Growth {
    Shares<kSectorCount> jobs_per_year;  // new simple jobs per year per simple job, by sector
    Shares<2> lead_weeks;                // [min, max] weeks from the plan to the job's start
    double materialise_probability;
    Shares<2> small_scale_jobs;          // [min, max] jobs per small-scale plan
    Shares<2> large_scale_jobs;          // [min, max] jobs per large-scale plan
    double area_development_share;
    double conversation_hours;
    std::int64_t ask_interval_weeks;
    double disclosure_probability;
    std::int64_t mapping_weeks;
    double mapping_hours;
    double matching_hours;
    std::int64_t plan_weeks;
    std::int64_t candidates_presented;
    Shares<2> candidate_rungs;           // [lowest, highest] participatieladder rung considered
    double employer_bar;
    double affinity_weight;
    Shares<2> plan_acceptance;           // [financed, not financed]
    Shares<2> learning_weeks;            // [small-scale, large-scale]
    std::int64_t min_learning_weeks;
    Shares<2> learning_rate;             // [small-scale, large-scale]
    Shares<2> employee_skill_rate;       // [small-scale, large-scale]
    double coach_hours_per_week;
    Shares<2> learning_eur_per_week;     // [small-scale, large-scale]
    double dropout_per_year;
    double guidance_hazard_ratio;
    double transition_dropout;
    double supervisor_changes_per_year;
    double employer_teaching_share;
    double disclosure_trust_offset;
  } growth;

  // Account managers (accountmanager, werkgeversadviseur): the employer side of the municipality.
  struct AccountManager {
    double hours_per_week;
    double employer_time_share;
    double skill_mean;
    double skill_sd;
    double turnover_per_year;
    double handover_share;
    std::int64_t max_portfolio;
    std::int64_t max_contacts_per_week;
    double ramp_up_weeks;
    double start_effectiveness;
    double skill_offset;
  } account_manager;

  // The ten employer tiles (seed 000): hours and effects.
  struct EmployerTiles {
    double contact_hours;
    double orientatie_hours;
    double orientatie_visits;
    double orientatie_visits_per_week;
    double werkprofiel_hours;
    double opleiden_hours;
    double opleiden_eur;
    double werving_hours_per_vacancy;
    double bemiddeling_hours_per_candidate;
    double plaatsing_hours;
    double nazorg_hours_per_worker;
    std::int64_t nazorg_weeks;
    double nazorg_reach_many_contacts;
    std::int64_t voorzorg_interval_weeks;
    double voorzorg_hours;
  } employer_tiles;

  struct Acquisition {
    double warm_success;
    double cold_success;
    double unwilling_factor;
    std::int64_t retry_weeks;
    std::int64_t warm_window_weeks;
  } acquisition;

  // Trust (gunfactor) of employers in the municipality's mediators (seed 003 §4.3).
  struct Trust {
    double mean;
    double concentration;
    double idealism_bonus;
    double visit_gain;
    double good_match_gain;
    double fast_fill_gain;
    double nazorg_gain;
    double mismatch_loss;
    double pushed_candidate_loss;
    double contact_person_loss;
    double cold_call_loss;
    double recovery_factor;
    double drift_weeks;
    double peak_memory_weeks;
    double break_off_below;
    std::int64_t break_off_weeks;
    std::int64_t contact_window_weeks;
    std::int64_t good_match_weeks;
    std::int64_t fast_fill_weeks;
    double doubt_margin;
    double share_factor;
    double group_misfit_factor;
    double reference;
  } trust;

  // Job carving, candidate-first search and group placements.
  struct Carving {
    double min_simple_jobs;
    double jobs_per_year_per_simple_job;
    double requirement_factor;
  } carving;
  struct Supply {
    double place_requests_per_week;
    double place_acceptance;
    double no_vacancy_factor;
  } supply;
  // The municipality's job hunters: their visits and their own employer relations.
  struct JobHunters {
    double visit_hours;
    double network_share;
    double network_trust;
    double cold_share;
  } job_hunters;
  struct Groups {
    double vacancies_per_year;
    Shares<2> positions;  // uniform integer range [min, max]
  } groups;

  struct Instruments {
    double lks_employer_charges;
    double workplace_adaptation_eur;
    double no_risk_eur_per_week;
    std::int64_t no_risk_weeks;
    double loonwaarde_floor;
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
    double severe_problem_share;       // of domains with a problem: share scored 1 (else 2)
    double zrm_spread_share;           // of domains without one: share scored 3 and share scored 5 (else 4)
    double vocational_base;
    double vocational_per_education;
    double vocational_per_experience_year;
    double vocational_experience_cap_years;
    double vocational_draw_low;
    double vocational_own_sector_bonus;
    double vocational_own_sector_years;
    double complexity_rung_loading;
  } population;

  struct Flows {
    double inflow_per_year;
    double other_outflow_per_year;
    double problem_onset_per_year;
  } flows;

  // Careers over the years (models/careers.h): what time out of work does to a person, WW between a
  // lost job and bijstand, and how long the municipality follows someone who left benefit for work.
  struct Careers {
    double skill_depreciation_per_year;
    double discouragement_per_year;
    double work_exit_per_year;
    std::int64_t follow_up_weeks;
    std::int64_t ww_reference_weeks;
    std::int64_t ww_weeks_worked;
    std::int64_t ww_base_weeks;
    double ww_history_years;
    std::int64_t ww_max_weeks;
    double ww_replacement_first;
    std::int64_t ww_first_weeks;
    double ww_replacement_after;
  } careers;

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
    double diagnostiek_conversations_per_week;
    double diagnostiek_weak_skills_below;
  } tiles;

  // What the case manager believes of a seeker (klantbeeld.h): error sizes and starting points.
  struct Klantbeeld {
    double zrm_error_sd;
    double trait_error_sd;
    double vocational_prior;
    double stock_insight;
    double practical_problem_penalty;
    double conversation_skill_offset;
    double session_weight;
    double handover_insight_loss;
    double handover_belief_loss;
    double life_event_insight_loss;
  } klantbeeld;

  // Contact time (models/contact_time.h): conversations with clients in the case-manager hours the
  // tiles of the caseload leave, and what a conversation does.
  struct Contact {
    double conversation_hours;
    double max_per_week;
    double belief_weight;
    double search_boost;
    double proposals_per_conversation;
  } contact;

  struct Service {
    std::int64_t max_concurrent_tiles;
    double problem_score;
    double work_fit_below;
    double training_below;
    double mediation_readiness;
    std::int64_t mediation_min_rung;
    std::int64_t self_search_min_rung;
    double self_search_applications_per_week;
    std::int64_t training_interval_weeks;
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
    double requirement_inflation_mean;
    Shares<kSizeClassCount> idealism_share;
    double idealism_care_bonus;
    double economic_subsidy_factor;
    Shares<kSizeClassCount> municipal_contract_share;
    double social_return_reserved_share;
    double social_return_quota;
    double network_exit_per_year;
    double network_share_at_start;
    double subsidy_sensitivity_concentration;
    double size_spread;
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
    double hours_spread;
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
    double full_productivity_quality;
    double disability_productivity;
    double trial_conversion_quality;
    double disability_penalty;
    double trust_weight;
    double mediation_outside_network;
    std::int64_t candidates_per_shared_vacancy;
    double wish_weight;
    // The employer's valuation (models/employer_valuation.h).
    std::int64_t horizon_weeks;           // over which an employer weighs a hire
    double absence_cost;                  // sick-pay risk of a worker with an arbeidsbeperking
    double supervision_cost;              // per unit of employee skills below the norm
    double supervision_skills_norm;
    double coaching_supervision_relief;   // share of supervision a job coach takes over
    double aftercare_supervision_relief;  // share of supervision the case manager's aftercare takes over
    double adaptation_productivity_gain;  // share of the disability's productivity gap an adaptation closes
  } hiring;

  // Labour demand that moves with the economy (models/labour_demand.h).
  struct Demand {
    std::vector<double> tightness;       // vacancies per 100 unemployed, one per observed year
    double reference_tightness;          // the level at which the employer-side rates hold
    PerSector sector_factor;             // a sector's tightness relative to the region's
    double vacancy_elasticity;
    double applicant_elasticity;
    double willingness_elasticity;
    double growth_elasticity;
    double lks_job_creation_elasticity;
    double lks_expected_loonwaarde;
  } demand;

  // Commitments (models/budgets.h).
  struct Budget {
    std::int64_t tile_grant_weeks;  // a grant for a weekly-paid tile covers this many weeks
  } budget;

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
    double hours_increase_per_year;
    double extra_hours;
    double job_coaching_hazard_ratio;
    double no_hr_hazard_ratio;
    double chaser_dismissal_probability;
    double traineeship_skill_gain;
    double trained_supervisor_hazard_ratio;
    double social_return_hazard_ratio;
    double trust_hazard_slope;
    double employer_nazorg_hazard_ratio;
    double idealism_hazard_ratio;
    double disability_hazard_ratio;
    double adaptation_hazard_ratio;
    double skills_reference;
    double match_reference;
  } employment;

  // Temporary contracts: drawn length, the employer's decision at the end, the ketenregeling
  // (models/contracts.h).
  struct Contracts {
    std::int64_t short_weeks;
    std::int64_t long_weeks;
    double long_share;
    double conversion_share;
    double renewal_share;
    double performance_slope;
    double demand_elasticity;
    double coaching_odds_ratio;
    std::int64_t chain_max_contracts;
    std::int64_t chain_max_weeks;
  } contracts;

  struct Benefit {
    Shares<kBenefitTypeCount> eur_per_week;
  } benefit;

  struct Output {
    bool events;
    bool spells;
    std::vector<std::string> timeseries;
  } output;

  // Uncertainty runs (regiosim run --uncertainty N): how many parameter sets are drawn from the priors.
  struct Uncertainty {
    std::int64_t draws;          // 0: a plain run at the parameter values
    std::int64_t replications;   // per draw and arm
    std::int64_t seed;           // of the Latin hypercube and the bootstrap
  } uncertainty;

  // Number of case managers: region.case_managers, or derived from the caseload norm.
  std::int64_t case_manager_count() const;
};

using ParameterTable = sim::ParameterTable<ModelParams>;

namespace detail {
// Declares the employer side's parameters (parameters_employer_side.cc).
void declare_employer_side(ParameterTable& t);
// Declares the growth routes' parameters (parameters_growth.cc).
void declare_growth(ParameterTable& t);
// Declares the employer's valuation, labour demand and the budgets (parameters_demand.cc).
void declare_demand(ParameterTable& t);
// Declares careers: duration dependence, WW and follow-up (parameters_careers.cc).
void declare_careers(ParameterTable& t);
// Temporary contracts (models/parameters_contracts.cc).
void declare_contracts(ParameterTable& t);
// Conversations in the case-manager time the tiles leave (parameters_contact.cc).
void declare_contact(ParameterTable& t);
// Declares the uncertainty run's keys (parameters_uncertainty.cc).
void declare_uncertainty(ParameterTable& t);
// Attaches the prior of every integer and real parameter (parameter_priors.cc).
void attach_priors(ParameterTable& t);
}  // namespace detail

// The one table of all parameters (built once, thread-safe).
const ParameterTable& parameter_table();

// Names of the weekly time series the model can write (choices of output.timeseries).
const std::vector<std::string>& timeseries_names();

}  // namespace regiosim::models
