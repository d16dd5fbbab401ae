#include "models/kpis.h"

namespace regiosim::models {

const std::vector<KpiDefinition>& kpi_definitions() {
  static const std::vector<KpiDefinition> defs = {
      {"placements", "placements", "job starts of seekers in the observed weeks"},
      {"placement_rate_26w", "share",
       "share of seekers registering (Melding) in the observed weeks, at least 26 weeks before the end, who start a "
       "job within 26 weeks of registering",
       "no seeker registered in the observed weeks at least 26 weeks before the end"},
      {"sustained_rate_26w", "share",
       "share of job starts (at least 26 weeks before the end) still in the same job 26 weeks after the start",
       "no job started at least 26 weeks before the end"},
      {"sustained_rate_52w", "share",
       "share of job starts (at least 52 weeks before the end) still in the same job 52 weeks after the start "
       "(a sustainable placement)",
       "no job started at least 52 weeks before the end"},
      {"median_weeks_to_placement", "weeks",
       "median weeks from Melding to the first job start, among seekers registering in the observed weeks at least "
       "104 weeks before the end who started a job within 104 weeks",
       "no such seeker started a job (always so with sim.weeks below 104)"},
      {"outflow_off_benefit", "persons", "seekers leaving benefit because their earnings exceed it"},
      {"inflow_rate_year", "share",
       "bijstand inflow (new registrants on bijstand, and people back on it after a job whose earnings had ended it) "
       "per observed 52-week year, as a share of the bijstand stock at the start of that year plus that inflow, pooled "
       "over the complete observed years (CBS StatLine 83450NED: % of the stock at the start of the year plus inflow)",
       "no complete observed year (sim.weeks below 52), or nobody on bijstand"},
      {"outflow_rate_year", "share",
       "bijstand outflow for any reason (earnings exceed the benefit, pension age, other reasons) per observed year, "
       "on the base of inflow_rate_year",
       "no complete observed year (sim.weeks below 52), or nobody on bijstand"},
      {"outflow_to_work_rate_year", "share",
       "bijstand outflow because earnings from work exceed the benefit, per observed year, on the base of "
       "inflow_rate_year",
       "no complete observed year (sim.weeks below 52), or nobody on bijstand"},
      {"bijstand_stock_factor_year", "factor per year",
       "yearly growth factor of the bijstand stock from the start of the observed weeks to the end of the last "
       "complete observed year (geometric mean over the years; 1: a stable stock; Monitoringsbrief Participatiewet: "
       "about 414,000 in December 2021, 406,000 in December 2024, a factor 0.994)",
       "no complete observed year (sim.weeks below 52), or nobody on bijstand at the start"},
      {"parttime_with_benefit_share", "share",
       "share of people on bijstand who work in a paid job (a contract; not a trial placement or traineeship) with a "
       "benefit top-up, at the end of each observed week, averaged over the weeks (Divosa: share of recipients each "
       "month)",
       "nobody was on bijstand in any observed week"},
      {"dropouts", "spells", "jobs ended early by the worker or the employer (not by the contract's end)"},
      {"subsidy_end_dismissals", "spells",
       "jobs ended by the employer when the loonkostensubsidie stopped (subsidy chasers, seed 003 §4.3)"},
      {"cost_instruments_eur", "EUR",
       "partner costs of tiles (debt help, training, tests) plus instruments (loonkostensubsidie, workplace "
       "adaptations, no-risk policies, purchased trajectories)"},
      {"cost_staff_eur", "EUR", "salary cost of case managers, job coaches, account managers and job hunters plus intake hours at "
       "Melding"},
      {"benefit_paid_eur", "EUR", "benefit paid, including top-ups for part-time workers"},
      {"cost_per_sustained_placement_eur", "EUR",
       "(cost_instruments_eur + cost_staff_eur) / (placements x sustained_rate_52w)",
       "placements x sustained_rate_52w is 0 or undefined"},
      {"lks_paid_eur", "EUR", "loonkostensubsidie paid to employers"},
      {"lks_weeks_paid", "weeks", "weeks of loonkostensubsidie paid for the job starts of the observed weeks"},
      {"placements_with_lks", "placements", "job starts whose contract came with loonkostensubsidie"},
      {"placements_low_loonwaarde", "placements", "job starts of workers with a loonwaarde below 50%"},
      {"lks_loonwaarde_mean", "share",
       "mean loonwaarde (share of full productivity) on which the loonkostensubsidie was granted (at the start of "
       "the contract), over the placements_with_lks (Divosa Benchmark: average loonwaarde of LKS workers)",
       "no job start came with loonkostensubsidie"},
      {"lks_loonwaarde_share_50_75", "share",
       "share of the placements_with_lks whose loonwaarde at the grant was at least 50% and below 75%",
       "no job start came with loonkostensubsidie"},
      {"placements_disability_share", "share", "share of the placements that are of people with an arbeidsbeperking",
       "nobody was placed"},
      {"placements_subsidised_jobs", "placements",
       "placements in jobs an employer opened only because a loonkostensubsidie covers part of their cost"},
      {"trial_placements", "placements", "job starts with a trial placement"},
      {"trial_conversion_rate", "share", "share of decided trial placements that became a contract",
       "no trial placement was decided"},
      {"traineeships", "placements", "job starts with a traineeship (stage)"},
      {"temporary_converted_share_104w", "share",
       "share of temporary contracts starting in the observed weeks, at least 104 weeks before the end, that the "
       "employer made permanent within 104 weeks of the contract's start (after renewals or not)",
       "no temporary contract started in the observed weeks at least 104 weeks before the end"},
      {"temporary_renewed_share", "share",
       "share of the temporary contracts of temporary_converted_share_104w that the employer renewed at least once "
       "(by the end of the run; the first contract ends within contracts.long_weeks, or "
       "policy.traineeship.contract_weeks after a traineeship)",
       "no temporary contract started in the observed weeks at least 104 weeks before the end"},
      {"budget_exhausted_week", "week",
       "first observed week in which a request was refused for lack of money (participation or income budget)",
       "no request was refused in the observed weeks, or there is no cap"},
      {"participation_committed_eur", "EUR",
       "committed from the participation budget in the observed weeks (services, adaptations, no-risk policy, purchased "
       "trajectories, learning on growth routes, employer training, at their expected cost when granted)"},
      {"participation_paid_eur", "EUR", "paid from the participation budget in the observed weeks"},
      {"participation_refused", "requests",
       "requests the participation budget refused in the observed weeks (a request that waits for money counts once per "
       "budget year)"},
      {"income_committed_eur", "EUR",
       "committed from the income budget (BUIG) in the observed weeks: benefits as paid, loonkostensubsidie for its "
       "agreed weeks when granted"},
      {"income_paid_eur", "EUR", "paid from the income budget (benefits and loonkostensubsidie) in the observed weeks"},
      {"income_refused", "requests", "loonkostensubsidies the income budget refused in the observed weeks"},
      {"werkmakelaar_referred", "persons",
       "registrants referred to the Werkmakelaar trajectory (with 26 weeks of follow-up): to the purchased provider, "
       "or in the comparison arm to the in-house team"},
      {"werkmakelaar_wm1_share", "share",
       "share of referred clients placed by the trajectory (the provider's, or the in-house team's) in a contract "
       "within 4 weeks (the provider promises 30%, seed 002)",
       "nobody was referred with 26 weeks of follow-up"},
      {"werkmakelaar_wm2_share", "share",
       "share of referred clients in a traineeship within 4 weeks that led to a contract (promise: 30%)",
       "nobody was referred with 26 weeks of follow-up"},
      {"werkmakelaar_wm3_share", "share",
       "share of referred clients first placed after 4 and within 26 weeks (promise: 40%)",
       "nobody was referred with 26 weeks of follow-up"},
      {"referred_placed_26w_share", "share",
       "share of the seekers the referral rule selected (to the provider, or in the in-house arm to the municipal "
       "team) who were placed, by anyone, within 26 weeks of referral",
       "nobody was referred with 26 weeks of follow-up"},
      {"referred_sustained_52w_share", "share",
       "share of the seekers the referral rule selected whose placement within 26 weeks of referral lasted 52 weeks "
       "(referrals with 78 weeks of follow-up)",
       "nobody was referred with 78 weeks of follow-up"},
      {"werkmakelaar_fees_eur", "EUR",
       "fees paid to the purchased provider (per referral and per placement) in the observed weeks"},
      {"in_house_team_eur", "EUR",
       "staff cost of the in-house team in the comparison arm (policy.werkmakelaar.in_house): its coaches' paid hours "
       "at the municipality's hourly cost, every observed week; also in cost_staff_eur. 0 with a provider"},
      {"provider_network_employers", "employers",
       "employers in the purchased provider's network at the end of the run (its existing network, those that made a "
       "place for a client, and those where a placement lasted)",
       "no provider takes referrals"},
      {"provider_network_trust_mean", "index 0-1",
       "mean trust of the employers in the provider's network in the provider at the end of the run",
       "no provider takes referrals, or its network is empty"},
      {"job_hunter_network_employers", "employers",
       "employers the job hunters know at the end of the run (their own relations at the start, those that made a "
       "place for a seeker they brought, and those where such a placement lasted)",
       "no approach in use needs job hunters (supply, integral or per_person), or policy.job_hunters.fte = 0"},
      {"job_hunter_network_trust_mean", "index 0-1",
       "mean trust in the job hunters of the employers they know, at the end of the run",
       "no approach in use needs job hunters, or they know no employer"},
      {"case_manager_insight_mean", "index 0-1",
       "mean insight of the case managers into the seekers in service (0: only registered data, 1: fully known), "
       "at the end of each observed week, averaged over the weeks",
       "no seeker in service in any observed week"},
      {"case_manager_handovers", "persons",
       "seekers taken on by another case manager in the observed weeks: by policy.case_manager_change_weeks, or "
       "assigned again after a spell without one (a job that ended)"},
      {"employer_trust_mean", "index 0-1",
       "mean trust (gunfactor, 0-1) of employers the municipality was in contact with during the past year (account "
       "managers, case managers or the provider; employers that broke off included), averaged over the observed weeks",
       "no employer was in contact with the municipality in any observed week"},
      {"employers_in_network", "employers", "employers in the municipality's network, averaged over the observed weeks"},
      {"employers_willing_share", "share",
       "share of the employers willing to hire from the target group, averaged over the observed weeks (economically "
       "motivated employers are more willing when labour is scarce)"},
      {"regular_applicants_per_vacancy", "applicants per week",
       "mean number of regular applicants per open vacancy and week (vacancies not reserved for the target group), "
       "averaged over the observed weeks; fewer when labour is scarce"},
      {"network_placements", "placements",
       "job starts at employers in the municipality's network (the account managers' employers)"},
      {"placements_per_account_manager_hour", "placements per hour",
       "network_placements per paid account-manager hour in the observed weeks",
       "no account-manager hours were paid (region.account_managers = 0)"},
      {"placements_reserved", "placements",
       "job starts in vacancies reserved for the target group: social return, carved jobs, group placements and "
       "places made for a candidate"},
      {"placement_rate_52w_rungs_1_3", "share",
       "share of seekers registering (Melding) on participatieladder rungs 1-3 in the observed weeks, at least 52 "
       "weeks before the end, who start a job within 52 weeks (far from the labour market)",
       "no seeker registered on rungs 1-3 in the observed weeks at least 52 weeks before the end"},
      {"placement_rate_52w_rungs_4_5", "share",
       "the same for seekers registering on rungs 4-5 (closer to the labour market)",
       "no seeker registered on rungs 4-5 in the observed weeks at least 52 weeks before the end"},
      {"placements_rungs_2_4", "placements",
       "job starts of seekers who registered (Melding) on participatieladder rungs 2-4: not yet ready for "
       "Bemiddeling, or just so"},
      {"sustained_rate_52w_rungs_2_4", "share",
       "sustained_rate_52w for the job starts of seekers who registered on rungs 2-4",
       "no job of a seeker registered on rungs 2-4 started at least 52 weeks before the end"},
      {"sustained_rate_52w_rungs_1_3", "share",
       "sustained_rate_52w for the job starts of seekers who registered on rungs 1-3 (far from the labour market)",
       "no job of a seeker registered on rungs 1-3 started at least 52 weeks before the end"},
      {"sustained_rate_52w_rungs_4_5", "share",
       "sustained_rate_52w for the job starts of seekers who registered on rungs 4-5 (closer to the labour market)",
       "no job of a seeker registered on rungs 4-5 started at least 52 weeks before the end"},
      {"growth_jobs_materialised", "jobs",
       "future jobs from employers' growth that appeared at a start week in the observed weeks"},
      {"growth_placements", "placements",
       "job starts in a future job the seeker learned in for on a growth route (Nieuwe Banen)"},
      {"growth_share_filled_target_group", "share",
       "share of growth_jobs_materialised filled by the target group: by a candidate who learned in for it, or as an "
       "ordinary vacancy",
       "no future job appeared in the observed weeks (no growth in the scenario's profile)"},
      {"growth_weeks_announcement_to_start", "weeks",
       "mean weeks from the moment a future job came into view (the employer named it) to the start of the candidate "
       "who learned in for it",
       "nobody started in a future job they learned in for (growth routes off, or no growth)"},
      {"growth_learners_not_hired", "learners",
       "learners for a future job that appeared in the observed weeks whom the employer did not take at the end "
       "evaluation (Nieuwe Banen step 6): they went on to mediation and the job was posted as an ordinary vacancy"},
  };
  return defs;
}

}  // namespace regiosim::models
