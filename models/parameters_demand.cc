// Parameters of the employer's valuation of a candidate, of labour demand that moves with the
// economy, and of the two municipal budgets (seed 002 §Inzet loonkostensubsidie; seed 003 §4.3-4.5;
// seed 004 point 11; CBS figures on labour-market tightness).
#include "models/parameters.h"

namespace regiosim::models::detail {

namespace {

using sim::ParamType;

#define FIELD(path) [](auto& p) -> auto& { return p.path; }

// CBS, "Spanning op de arbeidsmarkt" (vacancies per 100 unemployed, seasonally adjusted, quarterly),
// table in the news release "Aantal vacatures daalt met 60 duizend in eerste kwartaal" (cbs.nl,
// 2020, week 20): the yearly means of its quarters for 2008 to 2017. 2008 was a tight market (about
// 74), 2013 the slackest year since the series began (about 14), 2017 tight again (about 48).
const std::vector<double> kTightness2008to2017 = {73.75, 36.0, 28.0, 30.5, 21.0, 14.5, 17.0, 21.75, 30.0, 47.75};
constexpr const char* kTightnessSource =
    "data: CBS, 'Spanning op de arbeidsmarkt' (vacancies per 100 unemployed, seasonally adjusted), the quarterly "
    "table of the CBS release of 2020 week 20 ('Aantal vacatures daalt met 60 duizend in eerste kwartaal'); yearly "
    "means of 2008-2017 (73.75, 36, 28, 30.5, 21, 14.5, 17, 21.75, 30, 47.75): a decade with a tight start, the "
    "slackest year of the series (2013) and a tight end";

void declare_valuation(ParameterTable& t) {
  t.bind(FIELD(hiring.horizon_weeks),
         {.key = "hiring.horizon_weeks", .type = ParamType::integer, .unit = "weeks", .default_value = std::int64_t{52},
          .min = 4.0, .max = 520.0,
          .meaning = "the period over which an employer weighs a hire: a subsidy, job coaching or aftercare counts "
                     "for the share of it that it covers",
          .source = "assumption (plausible 26-104): the length of a usual first temporary contract, a year; seed 002 "
                    "§Werkmakelaar 1 asks employers for a contract of at least six months"});
  t.bind(FIELD(hiring.absence_cost),
         {.key = "hiring.absence_cost", .type = ParamType::real, .unit = "index", .default_value = 0.03, .min = 0.0,
          .max = 1.0,
          .meaning = "perceived-score cost of the sick-pay risk of a worker with an arbeidsbeperking; the no-risk "
                     "policy removes it",
          .source = "seed 004 point 11 (no-riskpolis against (supposed) employer risks); Dutch employers pay sick "
                    "pay for up to two years, hence the policy; size: assumption (plausible 0-0.1), of the order of "
                    "the interview noise's third"});
  t.bind(FIELD(hiring.supervision_cost),
         {.key = "hiring.supervision_cost", .type = ParamType::real, .unit = "index per unit employee skills",
          .default_value = 0.3, .min = 0.0, .max = 2.0,
          .meaning = "perceived-score cost of supervising a worker, per unit of employee skills below "
                     "hiring.supervision_skills_norm (on time, keeps agreements, takes instructions)",
          .source = "seed 003 §4.3 and §4.5 (employers have little patience with workers who do not show up; "
                    "employee skills are a condition for a durable placement); size: assumption (plausible "
                    "0.1-0.6): a candidate at skills 0.3 costs about one interview-noise sd"});
  t.bind(FIELD(hiring.supervision_skills_norm),
         {.key = "hiring.supervision_skills_norm", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.6,
          .min = 0.0, .max = 1.0,
          .meaning = "employee skills from which a worker needs no more supervision than a regular hire",
          .source = "assumption (plausible 0.5-0.7): the same level from which weak skills no longer raise the "
                    "dropout hazard (employment.skills_hazard_slope)"});
  t.bind(FIELD(hiring.coaching_supervision_relief),
         {.key = "hiring.coaching_supervision_relief", .type = ParamType::real, .unit = "share", .default_value = 0.5,
          .min = 0.0, .max = 1.0,
          .meaning = "share of the supervision a job coach takes over from the employer while the coaching runs",
          .source = "seed 002 §Jobcoaching (the job coach works along on the shop floor, is always reachable) and "
                    "§Inzet loonkostensubsidie; seed 003 §4.5 (an employer takes no more candidates without a job "
                    "coach); size: assumption (plausible 0.2-0.8)"});
  t.bind(FIELD(hiring.aftercare_supervision_relief),
         {.key = "hiring.aftercare_supervision_relief", .type = ParamType::real, .unit = "share",
          .default_value = 0.25, .min = 0.0, .max = 1.0,
          .meaning = "share of the supervision the case manager's aftercare (Nazorg) takes over while it runs",
          .source = "seed 003 §4.5 (problems solved quickly by a reachable mediator); seed 000 §Nazorg; size: "
                    "assumption (plausible 0-0.5), half the job coach's as the contact is less intensive"});
  t.bind(FIELD(hiring.adaptation_productivity_gain),
         {.key = "hiring.adaptation_productivity_gain", .type = ParamType::real, .unit = "share",
          .default_value = 0.25, .min = 0.0, .max = 1.0,
          .meaning = "share of the productivity gap of an arbeidsbeperking a workplace adaptation closes (it raises "
                     "the loonwaarde and so lowers the subsidy)",
          .source = "seed 004 point 11 (workplace adaptations and aids); size: assumption (plausible 0.1-0.5)"});
  t.bind(FIELD(employment.disability_hazard_ratio),
         {.key = "employment.disability_hazard_ratio", .type = ParamType::real, .unit = "hazard ratio",
          .default_value = 1.3, .min = 0.1, .max = 5.0,
          .meaning = "dropout hazard multiplier for a worker with an arbeidsbeperking",
          .source = "assumption (plausible 1.0-2.0): absence and health set the jobs of workers with an "
                    "arbeidsbeperking at more risk (seed 003 §4.5: problems that stand in the way of working)"});
  t.bind(FIELD(employment.adaptation_hazard_ratio),
         {.key = "employment.adaptation_hazard_ratio", .type = ParamType::real, .unit = "hazard ratio",
          .default_value = 0.8, .min = 0.1, .max = 1.0,
          .meaning = "dropout hazard multiplier for a worker with an arbeidsbeperking whose workplace was adapted",
          .source = "assumption (plausible 0.6-1.0); seed 004 point 11"});
  t.bind(FIELD(employment.skills_reference),
         {.key = "employment.skills_reference", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.6,
          .min = 0.0, .max = 1.0,
          .meaning = "employee skills from which on weaker skills no longer raise the dropout hazard (below it: "
                     "employment.skills_hazard_slope per point)",
          .source = "assumption: about the skills of an average employee in a low-skilled job"});
  t.bind(FIELD(employment.match_reference),
         {.key = "employment.match_reference", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.6,
          .min = 0.01, .max = 1.0,
          .meaning = "match quality from which on the match no longer raises the dropout hazard, and the "
                     "reference worker's at the end of a temporary contract (contracts.conversion_share)",
          .source = "assumption: a good match; seed 003 §4.2 (firms convert workers who fit)"});
}

void declare_labour_demand(ParameterTable& t) {
  t.bind(FIELD(demand.tightness),
         {.key = "demand.tightness", .type = ParamType::real_list, .unit = "vacancies per 100 unemployed",
          .default_value = kTightness2008to2017, .min = 0.5, .max = 1000.0, .any_length = true,
          .meaning = "the region's labour-market tightness per observed year (the burn-in has the first year's, years "
                     "after the list the last one's): moves vacancy creation, regular applicants per vacancy, the "
                     "willingness of economically motivated employers, growth jobs and the jobs a subsidy creates",
          .source = kTightnessSource});
  t.bind(FIELD(demand.reference_tightness),
         {.key = "demand.reference_tightness", .type = ParamType::real, .unit = "vacancies per 100 unemployed",
          .default_value = 32.0, .min = 0.5, .max = 1000.0,
          .meaning = "tightness at which the employer-side rates of the parameter table hold (employers.turnover_per_year, "
                     "hiring.regular_applicants_per_week, employers.willing_share, growth.jobs_per_year)",
          .source = "the mean of the default demand.tightness path (CBS 2008-2017), over which the default region is "
                    "calibrated (scenarios/calibration/dutch-flows.toml)"});
  t.bind(FIELD(demand.sector_factor),
         {.key = "demand.sector_factor", .type = ParamType::real_list, .unit = "share of the region's tightness",
          .default_value = std::vector<double>(kSectorCount, 1.0), .min = 0.05, .max = 20.0,
          .labels = labels(kSectorKeys),
          .meaning = "a sector's tightness relative to the region's (1: the same)",
          .source = "assumption: no sector data in the seeds; CBS publishes tightness by occupation, which a "
                    "scenario can enter here"});
  t.bind(FIELD(demand.vacancy_elasticity),
         {.key = "demand.vacancy_elasticity", .type = ParamType::real, .unit = "elasticity", .default_value = 0.3,
          .min = 0.0, .max = 3.0,
          .meaning = "new vacancies rise with tightness to this power (relative to demand.reference_tightness)",
          .source = "data: in the CBS series the flow of new vacancies moves much less than tightness (CBS StatLine "
                    "84545NED: 251 thousand a quarter in 2017 Q1, 316 thousand in 2019 Q4, while tightness went from "
                    "39 to 91), an elasticity of about 0.3 (plausible 0.15-0.6)"});
  t.bind(FIELD(demand.applicant_elasticity),
         {.key = "demand.applicant_elasticity", .type = ParamType::real, .unit = "elasticity", .default_value = 0.15,
          .min = 0.0, .max = 3.0,
          .meaning = "regular applicants per vacancy fall with tightness to this power",
          .source = "calibration by hand to the cycle in CBS's share of bijstand recipients who found a job: about 12% "
                    "in 2008 and 7.3% in 2013 (CBS news 2014 week 42, 'Steeds minder mensen vanuit bijstand aan het "
                    "werk'), a ratio of 1.64 between the tightness of 2008 (74) and of 2013 (14.5). The default region "
                    "held at each (scenarios/examples/tight-and-slack.toml, 4 replications) gives outflow to work 0.094 "
                    "and 0.053, a ratio of 1.77, at 0.15 (0.3: 2.5; 1.0, the CBS ratio itself at a constant search "
                    "effort: 8.4). Competition for the target group's simple jobs moves much less than unemployment "
                    "as a whole; plausible 0.05-0.3"});
  t.bind(FIELD(demand.willingness_elasticity),
         {.key = "demand.willingness_elasticity", .type = ParamType::real, .unit = "elasticity", .default_value = 0.5,
          .min = 0.0, .max = 3.0,
          .meaning = "the share of economically motivated employers willing to hire from the target group rises with "
                     "tightness to this power (employers driven by idealism or a social-return clause do not move)",
          .source = "seed 003 §4.3: for employers acting for economic reasons only, tightness is the main reason to "
                    "take people from the target group; size: assumption (plausible 0.2-1.0)"});
  t.bind(FIELD(demand.growth_elasticity),
         {.key = "demand.growth_elasticity", .type = ParamType::real, .unit = "elasticity", .default_value = 1.0,
          .min = 0.0, .max = 3.0,
          .meaning = "employers' expected growth (growth.jobs_per_year) moves with tightness to this power",
          .source = "seed 001 step 1 (jobs come into view where employers expect growth and cannot fill it); size: "
                    "assumption (plausible 0.5-1.5)"});
  t.bind(FIELD(demand.lks_job_creation_elasticity),
         {.key = "demand.lks_job_creation_elasticity", .type = ParamType::real, .unit = "elasticity",
          .default_value = 0.3, .min = 0.0, .max = 3.0,
          .meaning = "an employer in the network opens extra simple jobs, reserved for a candidate with LKS, in "
                     "proportion to the share of the wage cost the subsidy covers in its eyes, times this elasticity "
                     "(the jobs it would not open without the subsidy)",
          .source = "assumption: the constant-output own-wage elasticity of labour demand is commonly put at "
                    "0.15-0.75 with 0.3 as a central value (Hamermesh 1993, Labor Demand, ch. 3); plausible 0-0.75"});
  t.bind(FIELD(demand.lks_expected_loonwaarde),
         {.key = "demand.lks_expected_loonwaarde", .type = ParamType::real, .unit = "share of full productivity",
          .default_value = 0.51, .min = 0.05, .max = 1.0,
          .meaning = "the loonwaarde an employer expects of a candidate with LKS when it considers opening a job for one",
          .source = "data: row 'loonwaarde at LKS placement' of dutch-figures.md (Divosa Benchmark 2017 and 2022: "
                    "average about 51%)"});
}

void declare_budgets(ParameterTable& t) {
  t.bind(FIELD(policy.participation_budget_eur_per_year),
         {.key = "policy.participation_budget_eur_per_year", .type = ParamType::real, .unit = "EUR per year",
          .default_value = 0.0, .min = 0.0, .max = 1e12,
          .meaning = "cap on the participation budget per budget year: tile partner costs, training, workplace "
                     "adaptations, the no-risk policy, purchased trajectories, learning on growth routes, employer "
                     "tiles. A service is committed for its expected cost when granted; a request that does not fit "
                     "what is left of the year is refused. 0: no cap",
          .source = "seed 004 point 11 (tekortschietende financiële middelen: choices must be made); the "
                    "participation budget (inkomensdeel/werkdeel split of the Participatiewet funding)"});
  t.bind(FIELD(policy.income_budget_eur_per_year),
         {.key = "policy.income_budget_eur_per_year", .type = ParamType::real, .unit = "EUR per year",
          .default_value = 0.0, .min = 0.0, .max = 1e12,
          .meaning = "cap on the income budget (BUIG) per budget year: benefits are an entitlement and always paid; "
                     "a loonkostensubsidie is committed for its agreed duration when granted and refused when it does "
                     "not fit what the year's benefits (paid and expected) leave. 0: no cap",
          .source = "Participatiewet funding: benefits and LKS are paid from the income part (BUIG); seed 004 point 11"});
  t.bind(FIELD(policy.budget_priority),
         {.key = "policy.budget_priority", .type = ParamType::choice, .unit = "-",
          .default_value = std::string("first_come"), .choices = labels(kBudgetPriorityKeys),
          .meaning = "who is served first when the week's requests for paid services do not all fit the budget: "
                     "first_come (longest waiting), lowest_rung (lowest participatieladder rung), highest_return "
                     "(highest believed readiness for work per euro); instruments at a hire are granted in the order "
                     "of the employers' decisions",
          .source = "seed 004 point 11: with a limited budget the municipality must choose, and say on what grounds"});
  t.bind(FIELD(budget.tile_grant_weeks),
         {.key = "budget.tile_grant_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{26}, .min = 1.0, .max = 520.0,
          .meaning = "a grant for a tile paid per week (Maatschappelijk fit, Werk fit) covers this many weeks; to go on "
                     "the tile needs a new grant",
          .source = "assumption (plausible 13-52): services are bought per half year and reviewed (seed 000 "
                    "§Diagnostiek: the klantbeeld is revised after each instrument)"});
}

}  // namespace

void declare_demand(ParameterTable& t) {
  declare_valuation(t);
  declare_labour_demand(t);
  declare_budgets(t);
}

}  // namespace regiosim::models::detail
