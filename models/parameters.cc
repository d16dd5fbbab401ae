#include "models/parameters.h"

#include <cmath>

namespace regiosim::models {

namespace {

using sim::ParamSpec;
using sim::ParamType;

#define FIELD(path) [](auto& p) -> auto& { return p.path; }

std::vector<double> v(std::initializer_list<double> xs) { return std::vector<double>(xs); }

const std::vector<std::string> kSectors = labels(kSectorKeys);
const std::vector<std::string> kDomains = labels(kLifeDomainKeys);

void declare_sim(ParameterTable& t) {
  t.bind(FIELD(sim.weeks),
         {.key = "sim.weeks", .type = ParamType::integer, .unit = "weeks", .default_value = std::int64_t{520},
          .min = 1.0, .max = 5200.0,
          .meaning = "weeks simulated and reported after the burn-in",
          .source = "design brief §3: a scenario runs 520 weeks (ten years) by default"});
  t.bind(FIELD(sim.burn_in_weeks),
         {.key = "sim.burn_in_weeks", .type = ParamType::integer, .unit = "weeks", .default_value = std::int64_t{312},
          .min = 0.0, .max = 1040.0,
          .meaning = "weeks simulated before reporting starts, so caseloads, tiles, jobs, the employer network and the "
                     "people followed in work reach their usual mix",
          .source = "measured: the default region with constant inputs, started empty of workers, fills its working "
                    "population for six years (yearly means over 8 runs: +166%, +48%, +18%, +12%, +9%, +4%, then "
                    "within 3% a year); six years of burn-in put the observed years in steady state "
                    "(tests/models/steady_state_test.cc)"});
  t.bind(FIELD(sim.seed),
         {.key = "sim.seed", .type = ParamType::integer, .unit = "-", .default_value = std::int64_t{20240601},
          .min = 0.0,
          .meaning = "base seed; replication r uses a seed derived from (seed, r), the same in every scenario",
          .source = "assumption: any fixed number; results are a pure function of it"});
  t.bind(FIELD(sim.replications),
         {.key = "sim.replications", .type = ParamType::integer, .unit = "runs", .default_value = std::int64_t{10},
          .min = 1.0, .max = 100000.0,
          .meaning = "independent replications per scenario (paired across scenarios)",
          .source = "assumption: ten runs give KPI intervals of a few percent for the default region"});
}

void declare_region(ParameterTable& t) {
  t.bind(FIELD(region.job_seekers),
         {.key = "region.job_seekers", .type = ParamType::integer, .unit = "persons", .default_value = std::int64_t{2500},
          .min = 1.0, .max = 50'000'000.0,
          .meaning = "job seekers in the municipality's scope at the start (bijstand, NUG, WW, ANW)",
          .source = "assumption: a municipality of about 100,000 inhabitants; 3.6% of those aged 18 to pension age "
                    "receive bijstand (data: dutch-figures.md row 'bijstand rate', CBS 2022), about 2,200 people, "
                    "plus NUG and ANW clients"});
  t.bind(FIELD(region.employers),
         {.key = "region.employers", .type = ParamType::integer, .unit = "employers", .default_value = std::int64_t{2000},
          .min = 1.0, .max = 50'000'000.0,
          .meaning = "employers in the labour-market region with low-skilled jobs",
          .source = "assumption: establishments with employees in and around a mid-sized municipality"});
  t.bind(FIELD(region.markets),
         {.key = "region.markets", .type = ParamType::integer, .unit = "markets", .default_value = std::int64_t{1},
          .min = 1.0, .max = 100'000.0,
          .meaning = "local markets the region is divided into (municipalities): each has its own vacancies, "
                     "vacancy meeting and account managers' pool of candidates; seekers and employers are spread "
                     "evenly over them (by id), and mediation, own applications and requests for a place stay "
                     "within the seeker's market. Staff, inflow and growth routes are shared",
          .source = "assumption: one market, the mid-sized municipality the model is calibrated on; a run at "
                    "national scale is divided into markets of that size (scenarios/national.toml)"});
  t.bind(FIELD(region.case_managers),
         {.key = "region.case_managers", .type = ParamType::integer, .unit = "persons (FTE)", .default_value = std::int64_t{0},
          .min = 0.0, .max = 10'000'000.0,
          .meaning = "case managers (klantmanagers), fixed; 0 = staff to the caseload norm: ceil(people in the "
                     "caseload or waiting / policy.caseload_per_coach), reviewed every region.staffing_review_weeks",
          .source = "assumption: municipalities staff their work-and-income team to a caseload norm"});
  t.bind(FIELD(region.staffing_review_weeks),
         {.key = "region.staffing_review_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{13}, .min = 1.0, .max = 520.0,
          .meaning = "with region.case_managers = 0: how often staffing is brought back to the caseload norm "
                     "(new case managers are hired; surplus ones stop taking clients and leave when their caseload "
                     "is empty)",
          .source = "assumption: a quarterly staffing review"});
}

void declare_policy(ParameterTable& t) {
  t.bind(FIELD(policy.caseload_per_coach),
         {.key = "policy.caseload_per_coach", .type = ParamType::real, .unit = "seekers per case manager",
          .default_value = 80.0, .min = 1.0, .max = 10000.0,
          .meaning = "caseload cap per case manager; with region.case_managers = 0 also the staffing norm. "
                     "Seekers beyond capacity wait in Melding",
          .source = "assumption: a middle value for municipal work-oriented caseloads; the purchased Werkmakelaar "
                    "trajectory works with 20-40 clients per coach per half year (seed 002 §Bemiddeling reguliere "
                    "arbeid werkmakelaar); lower bound 1: a "
                    "case manager with room for less than one client would take none, and staffing to the norm would "
                    "hire more case managers than there are clients"});
  t.bind(FIELD(policy.case_manager_change_weeks),
         {.key = "policy.case_manager_change_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{0}, .min = 0.0, .max = 520.0,
          .meaning = "0: a seeker keeps the case manager while in service; n: after every n weeks with one case "
                     "manager a seeker in service is handed over to another (rotation, reorganisation); each "
                     "handover costs klantbeeld.handover_insight_loss of the insight",
          .source = "policy lever: seed 003 §5 (one contact person, information lost when colleagues are replaced)"});
  t.bind(FIELD(policy.aftercare_weeks),
         {.key = "policy.aftercare.weeks", .type = ParamType::integer, .unit = "weeks", .default_value = std::int64_t{4},
          .min = 0.0, .max = 520.0,
          .meaning = "weeks of Nazorg (light contact with worker and employer) after a placement",
          .source = "seed 003 §2.2.2: the Tilburg Matchingsunit stops aftercare after one month; seed 002 §Nazorg "
                    "allows up to 3 months"});
}

void declare_coach(ParameterTable& t) {
  t.bind(FIELD(coach.hours_per_week),
         {.key = "coach.hours_per_week", .type = ParamType::real, .unit = "hours per week", .default_value = 36.0,
          .min = 0.0, .max = 80.0, .min_exclusive = true,
          .meaning = "contract hours of a case manager",
          .source = "assumption: the 36-hour full-time week of the municipal collective agreement"});
  t.bind(FIELD(coach.client_time_share),
         {.key = "coach.client_time_share", .type = ParamType::real, .unit = "share", .default_value = 0.6,
          .min = 0.0, .max = 1.0, .min_exclusive = true,
          .meaning = "share of contract hours available for tiles with clients",
          .source = "assumption: the rest goes to benefit-legitimacy checks, administration and reporting, tasks "
                    "seed 003 §2.1 lists for the klantmanager"});
  t.bind(FIELD(coach.hourly_cost_eur),
         {.key = "coach.hourly_cost_eur", .type = ParamType::real, .unit = "EUR per hour", .default_value = 75.0,
          .min = 0.0, .max = 1000.0,
          .meaning = "integral cost of one staff hour (salary, overhead)",
          .source = "assumption: municipal employee around salary scale 9-10 including overhead"
                    "; upper bound 1,000: more than ten times any staff cost or wage per hour"});
  t.bind(FIELD(coach.skill_mean),
         {.key = "coach.skill_mean", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.6,
          .min = 0.0, .max = 1.0,
          .meaning = "mean repertoire breadth of case managers; raises what each Diagnostiek conversation reveals",
          .source = "assumption: seed 003 §5 finds effectiveness tied to individual mediators"});
  t.bind(FIELD(coach.skill_sd),
         {.key = "coach.skill_sd", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.15,
          .min = 0.0, .max = 0.5,
          .meaning = "spread of case-manager skill (normal, truncated to [0, 1])",
          .source = "assumption: seed 003 §5 ('since mediator X left we have complaints')"});
}

void declare_population(ParameterTable& t) {
  const std::string composition =
      "assumption: stylised composition of the Dutch bijstand population; shared/data has no breakdown, to be "
      "calibrated";
  t.bind(FIELD(population.age_band_shares),
         {.key = "population.age_band_shares", .type = ParamType::real_list, .unit = "share",
          .default_value = v({0.10, 0.16, 0.22, 0.25, 0.27}), .min = 0.0, .max = 1.0,
          .labels = labels(kAgeBandKeys), .sums_to_one = true,
          .meaning = "age distribution of job seekers (LCR point 2: age)", .source = composition});
  t.bind(FIELD(population.female_share),
         {.key = "population.female_share", .type = ParamType::real, .unit = "share", .default_value = 0.52,
          .min = 0.0, .max = 1.0, .meaning = "share of women (LCR point 2: sex)", .source = composition});
  t.bind(FIELD(population.education_shares),
         {.key = "population.education_shares", .type = ParamType::real_list, .unit = "share",
          .default_value = v({0.30, 0.32, 0.30, 0.08}), .min = 0.0, .max = 1.0,
          .labels = labels(kEducationKeys), .sums_to_one = true,
          .meaning = "highest education level (LCR point 2: education)", .source = composition});
  t.bind(FIELD(population.benefit_type_shares),
         {.key = "population.benefit_type_shares", .type = ParamType::real_list, .unit = "share",
          .default_value = v({0.88, 0.08, 0.02, 0.02}), .min = 0.0, .max = 1.0,
          .labels = labels(kBenefitTypeKeys), .sums_to_one = true,
          .meaning = "benefit type: bijstand, none (NUG), WW, ANW (LCR point 2; seed 004 ch. 2)",
          .source = composition});
  t.bind(FIELD(population.disability_share),
         {.key = "population.disability_share", .type = ParamType::real, .unit = "share", .default_value = 0.20,
          .min = 0.0, .max = 1.0,
          .meaning = "share with an arbeidsbeperking (LCR point 2: arbeidsgehandicapt)", .source = composition});
  t.bind(FIELD(population.driving_licence_share),
         {.key = "population.driving_licence_share", .type = ParamType::real, .unit = "share", .default_value = 0.45,
          .min = 0.0, .max = 1.0,
          .meaning = "share with a driving licence (a hard requirement for driver jobs, seed 003 §4.4)",
          .source = composition});
  t.bind(FIELD(population.problem_shares),
         {.key = "population.problem_shares", .type = ParamType::real_list, .unit = "share",
          .default_value = v({0.35, 0.12, 0.35, 0.10, 0.25, 0.25}), .min = 0.0, .max = 1.0, .labels = kDomains,
          .meaning = "share of the initial stock with a problem (ZRM score 1-2) in each life domain",
          .source = "assumption: ZRM life domains from seed 000 §Maatschappelijk fit; debts and childcare named as "
                    "frequent barriers in seed 003 §4.3; shares to be calibrated"});
  t.bind(FIELD(population.problem_correlation),
         {.key = "population.problem_correlation", .type = ParamType::real, .unit = "loading 0-1", .default_value = 0.5,
          .min = 0.0, .max = 0.99,
          .meaning = "weight of a common 'complexity' factor behind problems in different life domains",
          .source = "assumption: problems cluster (multi-problem households)"});
  t.bind(FIELD(population.inflow_complexity_shift),
         {.key = "population.inflow_complexity_shift", .type = ParamType::real, .unit = "standard deviations",
          .default_value = -1.0, .min = -3.0, .max = 3.0,
          .meaning = "complexity of new inflow relative to the initial stock (negative: new seekers have fewer problems)",
          .source = "assumption: the long-term stock accumulates people with several problems"});
  t.bind(FIELD(population.employee_skills_mean),
         {.key = "population.employee_skills_mean", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.55,
          .min = 0.01, .max = 0.99,
          .meaning = "mean employee skills (werknemersvaardigheden: on time, keeps agreements, takes instructions)",
          .source = "assumption; the skills themselves are named in seed 002 §Werkmakelaar 2 and seed 003 §4.3"});
  t.bind(FIELD(population.motivation_mean),
         {.key = "population.motivation_mean", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.6,
          .min = 0.01, .max = 0.99,
          .meaning = "mean motivation to work",
          .source = "assumption; motivation is the one requirement all employers name (seed 003 §4.3)"});
  t.bind(FIELD(population.self_confidence_mean),
         {.key = "population.self_confidence_mean", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.5,
          .min = 0.01, .max = 0.99,
          .meaning = "mean self-confidence (seed 000 §Werk fit: 'vertrouwen in eigen kunnen')", .source = composition});
  t.bind(FIELD(population.trait_concentration),
         {.key = "population.trait_concentration", .type = ParamType::real, .unit = "-", .default_value = 6.0,
          .min = 0.5, .max = 1000.0,
          .meaning = "concentration a+b of the beta distributions of skills, motivation and self-confidence",
          .source = "assumption: standard deviation about 0.19 around a mean of 0.55"});
  t.bind(FIELD(population.complexity_effect),
         {.key = "population.complexity_effect", .type = ParamType::real, .unit = "index per SD", .default_value = 0.08,
          .min = 0.0, .max = 0.3,
          .meaning = "how much one standard deviation of complexity lowers skills, motivation and self-confidence",
          .source = "assumption: multiple problems erode employee skills and motivation (seed 002 §Werkmakelaar 3)"});
  t.bind(FIELD(population.rung_shares),
         {.key = "population.rung_shares", .type = ParamType::real_list, .unit = "share",
          .default_value = v({0.12, 0.23, 0.30, 0.35}), .min = 0.0, .max = 1.0,
          .labels = {"rung_1", "rung_2", "rung_3", "rung_4"}, .sums_to_one = true,
          .meaning = "participatieladder rungs 1-4 of seekers not in work at the start; the least complex get the "
                     "highest rungs",
          .source = "assumption; ladder from seed 004 §Inleiding (six rungs, the lower four need care or activation)"});
  t.bind(FIELD(population.stock_mean_duration_weeks),
         {.key = "population.stock_mean_duration_weeks", .type = ParamType::real, .unit = "weeks",
          .default_value = 200.0, .min = 0.0, .max = 2600.0,
          .meaning = "mean benefit duration already reached by the initial stock (exponential)",
          .source = "assumption: a large share of the bijstand stock has received benefit for years"
                    "; upper bound 2,600: fifty years, longer than a working life from 18 to pension age"});
  t.bind(FIELD(population.max_work_share),
         {.key = "population.max_work_share", .type = ParamType::real, .unit = "share", .default_value = 0.6,
          .min = 0.0, .max = 1.0,
          .meaning = "work experience is drawn uniformly between 0 and this share of the years since age 18",
          .source = "assumption (LCR point 2: work experience)"});
  t.bind(FIELD(population.pension_age),
         {.key = "population.pension_age", .type = ParamType::real, .unit = "years", .default_value = 67.0,
          .min = 50.0, .max = 80.0,
          .meaning = "age at which a seeker leaves scope for the state pension (AOW)",
          .source = "assumption: Dutch state pension age of 67 years (2024-2027)"});
  t.bind(FIELD(population.severe_problem_share),
         {.key = "population.severe_problem_share", .type = ParamType::real, .unit = "share", .default_value = 0.4,
          .min = 0.0, .max = 1.0,
          .meaning = "of the life domains with a problem, the share scored 1 on the ZRM (acute) rather than 2 (not "
                     "self-reliant)",
          .source = "assumption: ZRM scale from seed 000 §Maatschappelijk fit; most problems of bijstand clients are "
                    "not acute, so fewer than half are scored 1"});
  t.bind(FIELD(population.zrm_spread_share),
         {.key = "population.zrm_spread_share", .type = ParamType::real, .unit = "share", .default_value = 0.3,
          .min = 0.0, .max = 0.5,
          .meaning = "of the life domains without a problem, the share scored 3 (barely self-reliant) and, as many, "
                     "the share scored 5 (fully self-reliant); the rest are scored 4",
          .source = "assumption: scores around 'adequately self-reliant' (4) on the ZRM of seed 000 §Maatschappelijk "
                    "fit, spread evenly to either side"});
  t.bind(FIELD(population.vocational_base),
         {.key = "population.vocational_base", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.1,
          .min = 0.0, .max = 1.0,
          .meaning = "general vocational skill of a seeker without education above the lowest level and without work "
                     "experience (general level = base + per education level + per year of experience, capped)",
          .source = "assumption: low-skilled jobs ask little vocational skill at the start (seed 003 §4.4); with the "
                    "defaults the general level runs from 0.1 to 0.7"});
  t.bind(FIELD(population.vocational_per_education),
         {.key = "population.vocational_per_education", .type = ParamType::real, .unit = "index per level",
          .default_value = 0.1, .min = 0.0, .max = 0.3,
          .meaning = "general vocational skill added per education level above the lowest (LCR point 2: education)",
          .source = "assumption: education counts as much as five years of work experience"});
  t.bind(FIELD(population.vocational_per_experience_year),
         {.key = "population.vocational_per_experience_year", .type = ParamType::real, .unit = "index per year",
          .default_value = 0.02, .min = 0.0, .max = 0.1,
          .meaning = "general vocational skill added per year of work experience, up to "
                     "population.vocational_experience_cap_years (LCR point 2: work experience)",
          .source = "assumption: fifteen years of experience add as much as three education levels"});
  t.bind(FIELD(population.vocational_experience_cap_years),
         {.key = "population.vocational_experience_cap_years", .type = ParamType::real, .unit = "years",
          .default_value = 15.0, .min = 0.0, .max = 50.0,
          .meaning = "years of work experience after which more experience adds no general vocational skill",
          .source = "assumption: skill from experience levels off; older experience of this group is often in jobs "
                    "that no longer exist"});
  t.bind(FIELD(population.vocational_draw_low),
         {.key = "population.vocational_draw_low", .type = ParamType::real, .unit = "share", .default_value = 0.5,
          .min = 0.0, .max = 1.0,
          .meaning = "a seeker's skill in each sector is drawn uniformly between this share of the general level "
                     "and the general level itself",
          .source = "assumption: skills carry over between sectors, but not fully"});
  t.bind(FIELD(population.vocational_own_sector_bonus),
         {.key = "population.vocational_own_sector_bonus", .type = ParamType::real, .unit = "index 0-1",
          .default_value = 0.2, .min = 0.0, .max = 1.0,
          .meaning = "extra vocational skill in the sector of earlier work, reached after "
                     "population.vocational_own_sector_years of experience (less in proportion before)",
          .source = "assumption: experience in a sector is what employers of low-skilled jobs look for (seed 003 §4.3)"});
  t.bind(FIELD(population.vocational_own_sector_years),
         {.key = "population.vocational_own_sector_years", .type = ParamType::real, .unit = "years",
          .default_value = 5.0, .min = 0.1, .max = 50.0,
          .meaning = "years of experience that give the full extra skill in the sector of earlier work",
          .source = "assumption"});
  t.bind(FIELD(population.complexity_rung_loading),
         {.key = "population.complexity_rung_loading", .type = ParamType::real, .unit = "loading 0-1",
          .default_value = 0.7, .min = 0.0, .max = 0.99,
          .meaning = "correlation between complexity (the factor behind life-domain problems) and a low rung on the "
                     "participatieladder at registration",
          .source = "assumption: the lower rungs are those who need care or activation first (seed 004 §Inleiding), "
                    "most often people with several problems"});
}

void declare_flows(ParameterTable& t) {
  t.bind(FIELD(flows.inflow_per_year),
         {.key = "flows.inflow_per_year", .type = ParamType::real, .unit = "share of initial stock per year",
          .default_value = 0.2652, .min = 0.0, .max = 5.0,
          .meaning = "new job seekers (Melding) per year as a share of region.job_seekers; people returning after "
                     "losing a job come on top",
          .source = "calibration: scenarios/calibration/dutch-flows.toml (bobyqa, 6 fitting seeds, checked on 8 held-out seeds): target rows 'yearly flows' (CBS 83450NED: bijstand inflow 24.5% of the stock at the "
                    "start of the year plus inflow; KPI inflow_rate_year) and 'yearly flows (benchmark)' of "
                    "dutch-figures.md"});
  t.bind(FIELD(flows.other_outflow_per_year),
         {.key = "flows.other_outflow_per_year", .type = ParamType::real, .unit = "share per year",
          .default_value = 0.1699, .min = 0.0, .max = 5.0,
          .meaning = "yearly rate of leaving scope for reasons other than work (moving, partner income, ...); "
                     "reaching pension age is modelled separately",
          .source = "calibration: scenarios/calibration/dutch-flows.toml (bobyqa, 6 fitting seeds, checked on 8 held-out seeds): target rows 'yearly flows' (CBS 83450NED: bijstand outflow 22.0% of the stock at the "
                    "start of the year plus inflow; KPI outflow_rate_year) and 'yearly flows (benchmark)' of "
                    "dutch-figures.md"});
  t.bind(FIELD(flows.problem_onset_per_year),
         {.key = "flows.problem_onset_per_year", .type = ParamType::real, .unit = "per life domain per year",
          .default_value = 0.04, .min = 0.0, .max = 1.0,
          .meaning = "yearly chance that a life domain without a problem develops one (debts, illness, housing loss)",
          .source = "assumption: life events; seed 000 §Diagnostiek calls the klantbeeld 'continu in ontwikkeling'"});
}

void declare_tiles(ParameterTable& t) {
  const std::string hours = "assumption: staff time per client; to be calibrated";
  t.bind(FIELD(tiles.melding_hours),
         {.key = "tiles.melding.hours", .type = ParamType::real, .unit = "hours", .default_value = 1.0, .min = 0.0, .max = 200.0,
          .meaning = "intake registration at Melding (front office, once per inflow)",
          .source = "seed 000 §Melding (basic data registered once, warm handover); hours are an assumption"
                    "; upper bound 200: five full-time working weeks of staff for one client, employer or vacancy"});
  t.bind(FIELD(tiles.diagnostiek_hours_per_conversation),
         {.key = "tiles.diagnostiek.hours_per_conversation", .type = ParamType::real, .unit = "hours",
          .default_value = 1.5, .min = 0.0, .max = 40.0, .min_exclusive = true,
          .meaning = "case-manager time per Diagnostiek conversation, preparation and report included; at most one "
                     "conversation every two weeks",
          .source = hours + "; upper bound 40: a full-time working week for one conversation"});
  t.bind(FIELD(tiles.diagnostiek_max_conversations),
         {.key = "tiles.diagnostiek.max_conversations", .type = ParamType::integer, .unit = "conversations",
          .default_value = std::int64_t{4}, .min = 1.0, .max = 20.0,
          .meaning = "most conversations a Diagnostiek needs; simple cases need one, each problem one more",
          .source = "seed 000 §Diagnostiek: the klantbeeld is formed in one or more (1 to 4) conversations"});
  t.bind(FIELD(tiles.diagnostiek_insight_per_conversation),
         {.key = "tiles.diagnostiek.insight_per_conversation", .type = ParamType::real, .unit = "share",
          .default_value = 0.5, .min = 0.0, .max = 1.0, .min_exclusive = true,
          .meaning = "share of the remaining uncertainty about hidden attributes one conversation removes (for a "
                     "coach of skill 0.5; skill scales it)",
          .source = "assumption: the klantbeeld sharpens gradually (seed 000 §Diagnostiek)"});
  t.bind(FIELD(tiles.diagnostiek_review_weeks),
         {.key = "tiles.diagnostiek.review_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{52}, .min = 1.0, .max = 5200.0,
          .meaning = "the klantbeeld is reviewed with one conversation after this many weeks, and after every job loss",
          .source = "seed 004 point 5 (the plan is updated periodically); the period is an assumption"
                    "; upper bound 5,200: the longest run (sim.weeks); longer means never within a run"});
  t.bind(FIELD(tiles.mf_hours_per_week),
         {.key = "tiles.maatschappelijk_fit.hours_per_week", .type = ParamType::real, .unit = "hours per week",
          .default_value = 0.15, .min = 0.0, .max = 40.0,
          .meaning = "case-manager time for Maatschappelijk fit (coordinating debt help, childcare, care partners)",
          .source = hours + "; upper bound 40: a full-time working week of staff for one client"});
  t.bind(FIELD(tiles.mf_eur_per_week),
         {.key = "tiles.maatschappelijk_fit.eur_per_week", .type = ParamType::real, .unit = "EUR per week",
          .default_value = 40.0, .min = 0.0, .max = 10000.0,
          .meaning = "external cost while in Maatschappelijk fit (schuldhulp, participation instruments)",
          .source = "assumption; instruments listed in seed 000 §Maatschappelijk fit"
                    "; upper bound 10,000: more than ten times any benefit or weekly service cost"});
  t.bind(FIELD(tiles.mf_resolve_weeks),
         {.key = "tiles.maatschappelijk_fit.resolve_weeks", .type = ParamType::real_list, .unit = "weeks",
          .default_value = v({78, 13, 52, 26, 52, 13}), .min = 1.0, .max = 5200.0, .labels = kDomains,
          .meaning = "mean weeks at full intensity to lift a life-domain problem by one ZRM point",
          .source = "assumption: debt arrangements take longest, childcare and digital skills are quick to arrange"
                    "; upper bound 5,200: the longest run (sim.weeks); longer means never within a run"});
  t.bind(FIELD(tiles.mf_participation_weeks),
         {.key = "tiles.maatschappelijk_fit.participation_weeks", .type = ParamType::real, .unit = "weeks",
          .default_value = 26.0, .min = 1.0, .max = 5200.0,
          .meaning = "mean weeks at full intensity to climb one rung on ladder rungs 1-2 (volunteering, daytime "
                     "activities)",
          .source = "assumption; participation instruments from seed 000 §Maatschappelijk fit"
                    "; upper bound 5,200: the longest run (sim.weeks); longer means never within a run"});
  t.bind(FIELD(tiles.orientatie_hours_per_week),
         {.key = "tiles.orientatie.hours_per_week", .type = ParamType::real, .unit = "hours per week",
          .default_value = 0.25, .min = 0.0, .max = 40.0, .meaning = "case-manager time during Oriëntatie", .source = hours + "; upper bound 40: a full-time working week of staff for one client"});
  t.bind(FIELD(tiles.orientatie_weeks),
         {.key = "tiles.orientatie.weeks", .type = ParamType::real, .unit = "weeks", .default_value = 6.0, .min = 1.0, .max = 5200.0,
          .meaning = "weeks at full intensity until the work wish (preferred sector) is clear",
          .source = "assumption; seed 000 §Oriëntatie (tests, work placements, stepwise)"
                    "; upper bound 5,200: the longest run (sim.weeks); longer means never within a run"});
  t.bind(FIELD(tiles.orientatie_eur),
         {.key = "tiles.orientatie.eur", .type = ParamType::real, .unit = "EUR", .default_value = 300.0, .min = 0.0, .max = 100000.0,
          .meaning = "one-off cost of tests and work-experience visits in Oriëntatie",
          .source = "assumption; tools listed in seed 000 §Oriëntatie"
                    "; upper bound 100,000: more than ten times the price of any trajectory, course or adaptation"});
  t.bind(FIELD(tiles.orientatie_motivation_gain),
         {.key = "tiles.orientatie.motivation_gain", .type = ParamType::real, .unit = "share of gap", .default_value = 0.15,
          .min = 0.0, .max = 1.0,
          .meaning = "share of the gap to full motivation closed by a finished Oriëntatie ('het perspectief is de motor')",
          .source = "assumption; seed 000 §Werk fit and §Oriëntatie"});
  t.bind(FIELD(tiles.werk_fit_hours_per_week),
         {.key = "tiles.werk_fit.hours_per_week", .type = ParamType::real, .unit = "hours per week",
          .default_value = 0.25, .min = 0.0, .max = 40.0, .meaning = "case-manager time during Werk fit", .source = hours + "; upper bound 40: a full-time working week of staff for one client"});
  t.bind(FIELD(tiles.werk_fit_eur_per_week),
         {.key = "tiles.werk_fit.eur_per_week", .type = ParamType::real, .unit = "EUR per week", .default_value = 60.0,
          .min = 0.0, .max = 10000.0, .meaning = "external cost of Werk fit (training of employee and application skills)",
          .source = "assumption; contents from seed 000 §Werk fit"
                    "; upper bound 10,000: more than ten times any benefit or weekly service cost"});
  t.bind(FIELD(tiles.werk_fit_skill_gain),
         {.key = "tiles.werk_fit.skill_gain_per_week", .type = ParamType::real, .unit = "share of gap per week",
          .default_value = 0.03, .min = 0.0, .max = 1.0,
          .meaning = "share of the gap to full employee skills closed per week at full intensity",
          .source = "assumption; seed 000 §Werk fit"});
  t.bind(FIELD(tiles.werk_fit_motivation_gain),
         {.key = "tiles.werk_fit.motivation_gain_per_week", .type = ParamType::real, .unit = "share of gap per week",
          .default_value = 0.02, .min = 0.0, .max = 1.0,
          .meaning = "share of the gap to full motivation and self-confidence closed per week at full intensity",
          .source = "assumption; seed 000 §Werk fit (working on motivation and self-confidence)"});
  t.bind(FIELD(tiles.werk_fit_max_weeks),
         {.key = "tiles.werk_fit.max_weeks", .type = ParamType::real, .unit = "weeks", .default_value = 26.0, .min = 1.0, .max = 5200.0,
          .meaning = "Werk fit ends after this many weeks and the klantbeeld decides whether it starts again",
          .source = "assumption: half-yearly evaluation of the plan"
                    "; upper bound 5,200: the longest run (sim.weeks); longer means never within a run"});
  t.bind(FIELD(tiles.werk_fit_rung_weeks),
         {.key = "tiles.werk_fit.rung_weeks", .type = ParamType::real, .unit = "weeks", .default_value = 12.0, .min = 1.0, .max = 5200.0,
          .meaning = "weeks at full intensity in Werk fit after which a seeker on rung 3 reaches rung 4 (unpaid work "
                     "or a work-experience place)",
          .source = "assumption; seed 000 §Werk fit integrates learning with (unpaid) work"
                    "; upper bound 5,200: the longest run (sim.weeks); longer means never within a run"});
  t.bind(FIELD(tiles.opleiden_hours_per_week),
         {.key = "tiles.opleiden.hours_per_week", .type = ParamType::real, .unit = "hours per week",
          .default_value = 0.1, .min = 0.0, .max = 40.0, .meaning = "case-manager time monitoring a course", .source = hours + "; upper bound 40: a full-time working week of staff for one client"});
  t.bind(FIELD(tiles.opleiden_weeks),
         {.key = "tiles.opleiden.weeks", .type = ParamType::real, .unit = "weeks", .default_value = 10.0, .min = 1.0, .max = 5200.0,
          .meaning = "length of a vocational course (certificate such as VCA or forklift, or a practice statement)",
          .source = "assumption; forms of Opleiden from seed 000 §Opleiden"
                    "; upper bound 5,200: the longest run (sim.weeks); longer means never within a run"});
  t.bind(FIELD(tiles.opleiden_eur),
         {.key = "tiles.opleiden.eur", .type = ParamType::real, .unit = "EUR", .default_value = 1500.0, .min = 0.0, .max = 100000.0,
          .meaning = "cost of one course", .source = "assumption"
                    "; upper bound 100,000: more than ten times the price of any trajectory, course or adaptation"});
  t.bind(FIELD(tiles.opleiden_skill_gain),
         {.key = "tiles.opleiden.skill_gain", .type = ParamType::real, .unit = "share of gap", .default_value = 0.35,
          .min = 0.0, .max = 1.0,
          .meaning = "share of the gap to full vocational skill in the course's sector closed by a finished course",
          .source = "assumption"});
  t.bind(FIELD(tiles.opleiden_completion_base),
         {.key = "tiles.opleiden.completion_base", .type = ParamType::real, .unit = "probability", .default_value = 0.45,
          .min = 0.0, .max = 1.0, .meaning = "chance to finish a course at zero motivation", .source = "assumption"});
  t.bind(FIELD(tiles.opleiden_completion_motivation),
         {.key = "tiles.opleiden.completion_motivation", .type = ParamType::real, .unit = "probability per unit motivation",
          .default_value = 0.45, .min = 0.0, .max = 1.0,
          .meaning = "extra chance to finish per unit of motivation (completion = base + this x motivation, at most 1)",
          .source = "assumption"});
  t.bind(FIELD(tiles.bemiddeling_hours_per_week),
         {.key = "tiles.bemiddeling.hours_per_week", .type = ParamType::real, .unit = "hours per week",
          .default_value = 0.5, .min = 0.0, .max = 40.0,
          .meaning = "case-manager time for Bemiddeling (searching vacancies, pre-selection, proposing the candidate)",
          .source = hours + "; upper bound 40: a full-time working week of staff for one client"});
  t.bind(FIELD(tiles.bemiddeling_proposals_per_week),
         {.key = "tiles.bemiddeling.proposals_per_week", .type = ParamType::integer, .unit = "vacancies per week",
          .default_value = std::int64_t{1}, .min = 0.0, .max = 16.0,
          .meaning = "vacancies the case manager proposes a seeker for per week at full intensity",
          .source = "assumption; pre-selection by the mediator (seed 003 §4.4)"});
  t.bind(FIELD(tiles.bemiddeling_vacancies_screened),
         {.key = "tiles.bemiddeling.vacancies_screened", .type = ParamType::integer, .unit = "vacancies per sector",
          .default_value = std::int64_t{40}, .min = 1.0, .max = 100000.0,
          .meaning = "open vacancies per sector a case manager screens for one candidate in a week",
          .source = "assumption: a mediator knows a limited part of the regional vacancy stock; keeps matching "
                    "linear in the number of seekers"});
  t.bind(FIELD(tiles.plaatsing_hours),
         {.key = "tiles.plaatsing.hours", .type = ParamType::real, .unit = "hours", .default_value = 2.0, .min = 0.0, .max = 200.0,
          .meaning = "case-manager time to arrange a placement (agreements with employer and worker)",
          .source = "seed 000 §Plaatsing (placement agreements, aftercare agreements); hours are an assumption"
                    "; upper bound 200: five full-time working weeks of staff for one client, employer or vacancy"});
  t.bind(FIELD(tiles.nazorg_hours_per_week),
         {.key = "tiles.nazorg.hours_per_week", .type = ParamType::real, .unit = "hours per week",
          .default_value = 0.25, .min = 0.0, .max = 40.0,
          .meaning = "case-manager time per week of Nazorg",
          .source = "seed 000 §Nazorg (from a phone call now and then to intensive support); hours are an assumption"
                    "; upper bound 40: a full-time working week of staff for one client"});
  t.bind(FIELD(tiles.base_contact_hours_per_week),
         {.key = "tiles.base_contact_hours_per_week", .type = ParamType::real, .unit = "hours per week",
          .default_value = 0.1, .min = 0.0, .max = 40.0,
          .meaning = "monitoring contact with a seeker in no active tile (and with part-time workers on benefit)",
          .source = "seed 004 point 6 (a fixed contact person); hours are an assumption"
                    "; upper bound 40: a full-time working week of staff for one client"});
}

void declare_klantbeeld(ParameterTable& t) {
  const std::string klantbeeld = "the klantbeeld is built in conversations and revised after each instrument (seed 000 "
                                 "§Diagnostiek); ";
  t.bind(FIELD(klantbeeld.zrm_error_sd),
         {.key = "klantbeeld.zrm_error_sd", .type = ParamType::real, .unit = "ZRM points", .default_value = 1.0,
          .min = 0.0, .max = 5.0,
          .meaning = "standard deviation of the case manager's error in a life-domain score before any insight; the "
                     "error shrinks as insight grows (believed = prior + insight x (truth + (1 - insight) x error - prior))",
          .source = klantbeeld + "assumption: without insight a score may be off by one point on the five-point scale"});
  t.bind(FIELD(klantbeeld.trait_error_sd),
         {.key = "klantbeeld.trait_error_sd", .type = ParamType::real, .unit = "index points", .default_value = 0.15,
          .min = 0.0, .max = 1.0,
          .meaning = "standard deviation of the case manager's error in employee skills, motivation and vocational "
                     "skill before any insight (shrinking with insight as for the life domains)",
          .source = klantbeeld + "assumption: about the spread of these traits in the population (0.19)"});
  t.bind(FIELD(klantbeeld.vocational_prior),
         {.key = "klantbeeld.vocational_prior", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.3,
          .min = 0.0, .max = 1.0,
          .meaning = "the vocational skill a case manager assumes in a sector before knowing the seeker",
          .source = klantbeeld + "assumption: about the population's mean vocational skill in a sector"});
  t.bind(FIELD(klantbeeld.stock_insight),
         {.key = "klantbeeld.stock_insight", .type = ParamType::real, .unit = "share", .default_value = 0.5,
          .min = 0.0, .max = 1.0,
          .meaning = "insight into a seeker of the initial stock at the start: known clients with a klantbeeld "
                     "reviewed some time in the past year",
          .source = klantbeeld + "assumption: halfway between no insight and full insight"});
  t.bind(FIELD(klantbeeld.practical_problem_penalty),
         {.key = "klantbeeld.practical_problem_penalty", .type = ParamType::real, .unit = "index 0-1",
          .default_value = 0.1, .min = 0.0, .max = 0.5,
          .meaning = "readiness for work the case manager deducts for each believed practical barrier (debts, "
                     "childcare)",
          .source = "assumption: debts and childcare are named as barriers to work in seed 003 §4.3; the size is "
                    "half a step between rungs of readiness"});
  t.bind(FIELD(klantbeeld.conversation_skill_offset),
         {.key = "klantbeeld.conversation_skill_offset", .type = ParamType::real, .unit = "-", .default_value = 0.5,
          .min = 0.0, .max = 2.0,
          .meaning = "the insight a diagnostic conversation adds is tiles.diagnostiek_insight_per_conversation x (this "
                     "+ the case manager's skill), at most all that is left to learn",
          .source = klantbeeld + "assumption: a case manager of average skill (about 0.5) gains the stated insight "
                                 "per conversation, an unskilled one half of it"});
  t.bind(FIELD(klantbeeld.session_weight),
         {.key = "klantbeeld.session_weight", .type = ParamType::real, .unit = "share", .default_value = 0.5,
          .min = 0.0, .max = 1.0,
          .meaning = "share of the way from the belief to what the case manager sees that one week of Maatschappelijk "
                     "fit or Werk fit moves the belief (life domains, resp. employee skills and motivation), at full "
                     "intensity (scaled by the share of hours given); a Diagnostiek conversation and the evaluation at "
                     "the end of a tile re-form the whole picture",
          .source = klantbeeld + "assumption: a weekly session shows part of what a conversation about the "
                                 "klantbeeld shows; half the way per week"});
  t.bind(FIELD(klantbeeld.handover_insight_loss),
         {.key = "klantbeeld.handover_insight_loss", .type = ParamType::real, .unit = "share", .default_value = 0.3,
          .min = 0.0, .max = 1.0,
          .meaning = "share of the insight lost when a seeker gets another case manager: the file is handed over, "
                     "the knowing of the person is not; the next contacts show the successor less clearly and move "
                     "the belief more",
          .source = "seed 003 §5: good transfer of information prevents confusion when colleagues are replaced "
                    "(a knowledge system is advised for it); assumption: about a third of the insight is lost, "
                    "range 0.1-0.5"});
  t.bind(FIELD(klantbeeld.handover_belief_loss),
         {.key = "klantbeeld.handover_belief_loss", .type = ParamType::real, .unit = "share", .default_value = 0.1,
          .min = 0.0, .max = 1.0,
          .meaning = "share of the way the belief falls back to the population prior when a seeker gets another "
                     "case manager: what the file does not hold (0: the successor takes over the recorded "
                     "klantbeeld as it was)",
          .source = "seed 000 §Diagnostiek: the klantbeeld is recorded as it is built ('vastgelegd'), so the file "
                    "passes on; seed 003 §5 and its list of obstacles: transfer between colleagues is often poor. "
                    "Assumption: a tenth is lost, range 0-0.3"});
  t.bind(FIELD(klantbeeld.life_event_insight_loss),
         {.key = "klantbeeld.life_event_insight_loss", .type = ParamType::real, .unit = "share", .default_value = 0.2,
          .min = 0.0, .max = 1.0,
          .meaning = "share of the insight lost when a problem arises in a life domain (the belief itself does not "
                     "change until the next contact shows the problem)",
          .source = "seed 000 §Diagnostiek: the klantbeeld is not static but changes with events in the client's "
                    "life; assumption: a fifth of the insight, range 0.05-0.4"});
}

void declare_external(ParameterTable& t) {
  t.bind(FIELD(tiles.external_share),
         {.key = "tiles.external_share", .type = ParamType::real, .unit = "share", .default_value = 0.6,
          .min = 0.0, .max = 1.0,
          .meaning = "share of the effect of Maatschappelijk fit, Oriëntatie, Werk fit and Nazorg delivered by partners "
                     "(debt help, training and re-integration providers) whatever the case manager's time; the rest "
                     "scales with the hours the case manager can give",
          .source = "seed 000 §Maatschappelijk fit and §Nazorg: municipalities work with partners or buy support in; "
                    "the share is an assumption"});
  t.bind(FIELD(tiles.diagnostiek_conversations_per_week),
         {.key = "tiles.diagnostiek.conversations_per_week", .type = ParamType::real, .unit = "conversations per week",
          .default_value = 0.5, .min = 0.05, .max = 2.0,
          .meaning = "how often a case manager holds a diagnostic conversation with one seeker at full intensity",
          .source = "seed 000 §Diagnostiek (the klantbeeld forms over several conversations); one every two weeks is "
                    "an assumption"});
  t.bind(FIELD(tiles.diagnostiek_weak_skills_below),
         {.key = "tiles.diagnostiek.weak_skills_below", .type = ParamType::real, .unit = "index 0-1",
          .default_value = 0.4, .min = 0.0, .max = 1.0,
          .meaning = "employee skills below which a first klantbeeld takes one conversation more (as does each "
                     "problem in a life domain)",
          .source = "seed 000 §Diagnostiek; the threshold is an assumption"});
}

void declare_instruments(ParameterTable& t) {
  // Loonkostensubsidie.
  t.bind(FIELD(policy.lks_enabled),
         {.key = "policy.lks.enabled", .type = ParamType::boolean, .unit = "-", .default_value = true,
          .meaning = "loonkostensubsidie (LKS): the employer is compensated for the gap between wage and loonwaarde",
          .source = "seed 004 point 11 (lowering wage costs by a wage-cost subsidy); seed 000 §Plaatsing"});
  t.bind(FIELD(policy.lks_max_weeks),
         {.key = "policy.lks.max_weeks", .type = ParamType::integer, .unit = "weeks", .default_value = std::int64_t{52},
          .min = 1.0, .max = 1040.0,
          .meaning = "longest LKS per placement (it also ends when the reassessed loonwaarde reaches 100%)",
          .source = "seed 002 §Werkmakelaar 1: LKS for at least 3 and at most 12 months"});
  t.bind(FIELD(policy.lks_phase_out_weeks),
         {.key = "policy.lks.phase_out_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{0}, .min = 0.0, .max = 1040.0,
          .meaning = "the subsidy falls linearly to zero over the last this-many weeks of policy.lks.max_weeks (0: "
                     "no phase-out)",
          .source = "seed 002 §Inzet loonkostensubsidie (a phase-out schedule is agreed with the employer)"});
  t.bind(FIELD(policy.lks_max_loonwaarde),
         {.key = "policy.lks.max_loonwaarde", .type = ParamType::real, .unit = "share of full productivity",
          .default_value = 0.7694, .min = 0.0, .max = 1.0,
          .meaning = "LKS is granted to people with an arbeidsbeperking (the doelgroep loonkostensubsidie) only below "
                     "this loonwaarde",
          .source = "calibration: scenarios/calibration/dutch-flows.toml (bobyqa, 6 fitting seeds, checked on 8 held-out seeds): target row 'loonwaarde at LKS placement' of dutch-figures.md (Divosa Benchmark 2017 and "
                    "2022: mean about 51%, about half between 50% and 75%; KPIs lks_loonwaarde_mean and "
                    "lks_loonwaarde_share_50_75)"});
  t.bind(FIELD(policy.lks_reassessment_weeks),
         {.key = "policy.lks.reassessment_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{26}, .min = 1.0, .max = 520.0,
          .meaning = "the loonwaarde is reassessed this often; learning on the job raises it and lowers the subsidy",
          .source = "assumption: a half-yearly reassessment"});
  // Trial placement and traineeship.
  t.bind(FIELD(policy.trial_enabled),
         {.key = "policy.trial_placement.enabled", .type = ParamType::boolean, .unit = "-", .default_value = true,
          .meaning = "proefplaatsing: the employer tries a candidate without wage cost while the benefit continues",
          .source = "seed 003 §4.3: without trial placements many employers are not interested; seed 004 point 11"});
  t.bind(FIELD(policy.trial_weeks),
         {.key = "policy.trial_placement.weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{8}, .min = 1.0, .max = 52.0,
          .meaning = "length of a trial placement; it then converts into a contract or ends",
          .source = "seed 003 §4.5: trial periods from a few weeks to a few months; the length is an assumption"});
  t.bind(FIELD(policy.traineeship_enabled),
         {.key = "policy.traineeship.enabled", .type = ParamType::boolean, .unit = "-", .default_value = true,
          .meaning = "stage: a learning period with benefit retained for candidates whose employee skills fall "
                     "short, only with a contract promised afterwards",
          .source = "seed 002 §Werkmakelaar 2"});
  t.bind(FIELD(policy.traineeship_weeks),
         {.key = "policy.traineeship.weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{13}, .min = 1.0, .max = 13.0,
          .meaning = "length of a traineeship", .source = "seed 002 §Werkmakelaar 2: at most 3 months"});
  t.bind(FIELD(policy.traineeship_contract_weeks),
         {.key = "policy.traineeship.contract_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{26}, .min = 26.0, .max = 520.0,
          .meaning = "the contract that follows a completed traineeship lasts at least this long",
          .source = "seed 002 §Werkmakelaar 2: only with a contract of at least 6 months afterwards"});
  // Job coaching.
  t.bind(FIELD(policy.job_coaching_max_weeks),
         {.key = "policy.job_coaching.max_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{26}, .min = 0.0, .max = 520.0,
          .meaning = "jobcoaching after a placement (0: none) for workers with an arbeidsbeperking or weak employee "
                     "skills; Nazorg follows when it ends",
          .source = "seed 002 §Jobcoaching: at most 8 months; seed 004 ch. 5 (jobcoaching for workers with a "
                    "disability); the default is an assumption"});
  t.bind(FIELD(policy.job_coaching_hours_per_week),
         {.key = "policy.job_coaching.hours_per_week", .type = ParamType::real, .unit = "hours per week",
          .default_value = 1.5, .min = 0.1, .max = 40.0,
          .meaning = "job-coach time per coached worker", .source = "assumption; seed 002 §Nazorg (one or more "
                                                                      "half-days as often as needed)"});
  t.bind(FIELD(region.job_coaches),
         {.key = "region.job_coaches", .type = ParamType::integer, .unit = "persons (FTE)",
          .default_value = std::int64_t{10}, .min = 0.0, .max = 1'000'000.0,
          .meaning = "job coaches; each coaches as many workers as coach.hours_per_week x coach.client_time_share / "
                     "policy.job_coaching.hours_per_week; beyond that, coaching waits",
          .source = "assumption: about one job coach per 250 people in scope, enough that coaching rarely waits in "
                    "the default region"});
  t.bind(FIELD(policy.workplace_adaptation_enabled),
         {.key = "policy.workplace_adaptation.enabled", .type = ParamType::boolean, .unit = "-", .default_value = true,
          .meaning = "werkplekaanpassing for candidates with an arbeidsbeperking (one-off cost)",
          .source = "seed 004 point 11 (paying for workplace adaptations and aids)"});
  t.bind(FIELD(policy.no_risk_enabled),
         {.key = "policy.no_risk.enabled", .type = ParamType::boolean, .unit = "-", .default_value = true,
          .meaning = "no-riskpolis for candidates with an arbeidsbeperking (the employer is shielded from sick pay)",
          .source = "seed 004 point 11 (reducing employer risks with trial placements and a no-risk policy)"});
  // Costs of instruments.
  t.bind(FIELD(instruments.lks_employer_charges),
         {.key = "instruments.lks.employer_charges", .type = ParamType::real, .unit = "share of wage",
          .default_value = 0.23, .min = 0.0, .max = 1.0,
          .meaning = "allowance for employer charges added to the subsidised wage gap",
          .source = "assumption: the Participatiewet adds a fixed allowance for employer costs (about 23%)"});
  t.bind(FIELD(instruments.workplace_adaptation_eur),
         {.key = "instruments.workplace_adaptation.eur", .type = ParamType::real, .unit = "EUR", .default_value = 2500.0,
          .min = 0.0, .max = 100000.0, .meaning = "one-off cost of a workplace adaptation", .source = "assumption"
                    "; upper bound 100,000: more than ten times the price of any trajectory, course or adaptation"});
  t.bind(FIELD(instruments.no_risk_eur_per_week),
         {.key = "instruments.no_risk.eur_per_week", .type = ParamType::real, .unit = "EUR per week",
          .default_value = 10.0, .min = 0.0, .max = 10000.0,
          .meaning = "expected sick-pay compensation under a no-risk policy per insured worker-week",
          .source = "assumption"
                    "; upper bound 10,000: more than ten times any benefit or weekly service cost"});
  t.bind(FIELD(instruments.no_risk_weeks),
         {.key = "instruments.no_risk.weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{260}, .min = 1.0, .max = 2080.0,
          .meaning = "how long a no-risk policy covers a worker", .source = "assumption: five years"});
  t.bind(FIELD(instruments.loonwaarde_floor),
         {.key = "instruments.loonwaarde_floor", .type = ParamType::real, .unit = "share", .default_value = 0.05,
          .min = 0.0, .max = 0.5,
          .meaning = "the lowest loonwaarde (productivity as a share of the wage) the model gives a worker",
          .source = "assumption: a worker produces something; the Participatiewet sets no floor"});
  // How instruments move employers.
  t.bind(FIELD(hiring.trial_bonus),
         {.key = "hiring.trial_bonus", .type = ParamType::real, .unit = "index", .default_value = 0.05, .min = 0.0,
          .max = 1.0,
          .meaning = "perceived-score gain when the employer can start with a trial placement: it sees the work before "
                     "it commits to a contract, and pays no wage meanwhile",
          .source = "seed 003 §4.3: trial placements matter a lot to employers; size is an assumption"});
  t.bind(FIELD(hiring.traineeship_bonus),
         {.key = "hiring.traineeship_bonus", .type = ParamType::real, .unit = "index", .default_value = 0.08,
          .min = 0.0, .max = 1.0,
          .meaning = "perceived-score gain when a candidate with weak employee skills starts with a traineeship",
          .source = "seed 002 §Werkmakelaar 2; size is an assumption"});
  t.bind(FIELD(hiring.full_productivity_quality),
         {.key = "hiring.full_productivity_quality", .type = ParamType::real, .unit = "index 0-1",
          .default_value = 0.9, .min = 0.05, .max = 1.0,
          .meaning = "match quality of a fully productive worker; loonwaarde = quality / this (at most 100%)",
          .source = "assumption; sets the loonwaarde scale, to be calibrated to the Divosa loonwaarde figures"});
  t.bind(FIELD(hiring.disability_productivity),
         {.key = "hiring.disability_productivity", .type = ParamType::real, .unit = "share", .default_value = 0.4267,
          .min = 0.05, .max = 1.0,
          .meaning = "loonwaarde multiplier for workers with an arbeidsbeperking",
          .source = "calibration: scenarios/calibration/dutch-flows.toml (bobyqa, 6 fitting seeds, checked on 8 held-out seeds): target row 'loonwaarde at LKS placement' of dutch-figures.md (Divosa Benchmark 2017 and "
                    "2022: mean about 51%, about half between 50% and 75%; KPIs lks_loonwaarde_mean and "
                    "lks_loonwaarde_share_50_75); a reduced loonwaarde defines the LKS target group (seed 004 ch. 2 on "
                    "arbeidsgehandicapten)"});
  t.bind(FIELD(hiring.trial_conversion_quality),
         {.key = "hiring.trial_conversion_quality", .type = ParamType::real, .unit = "index 0-1",
          .default_value = 0.62, .min = 0.0, .max = 1.0,
          .meaning = "at the end of a trial the employer offers a contract if the match quality it saw (plus "
                     "interview noise) reaches this",
          .source = "assumption"});
  // Employers.
  t.bind(FIELD(employers.subsidy_sensitivity_mean),
         {.key = "employers.subsidy_sensitivity_mean", .type = ParamType::real, .unit = "share", .default_value = 0.3,
          .min = 0.0, .max = 1.0,
          .meaning = "mean share of the compensated productivity gap an employer counts when deciding (beta, "
                     "concentration 4); subsidy chasers count all of it",
          .source = "seed 002 §Inzet loonkostensubsidie: for Work2's employers the subsidy was not decisive"});
  t.bind(FIELD(employers.subsidy_chaser_share),
         {.key = "employers.subsidy_chaser_share", .type = ParamType::real, .unit = "share", .default_value = 0.05,
          .min = 0.0, .max = 1.0,
          .meaning = "employers mainly after the subsidy; they tend to end the contract when it stops",
          .source = "seed 003 §4.3 (some employers send people away when the subsidy ends); seed 002 (rare cases)"});
  t.bind(FIELD(employers.hr_department_share),
         {.key = "employers.hr_department_share", .type = ParamType::real_list, .unit = "share",
          .default_value = v({0.15, 0.6, 0.95}), .min = 0.0, .max = 1.0, .labels = labels(kSizeClassKeys),
          .meaning = "share of employers with an HR department, per size class",
          .source = "assumption; seed 003 §5: employers without formal HR policy need more support"});
  // Employment.
  t.bind(FIELD(employment.job_coaching_hazard_ratio),
         {.key = "employment.job_coaching_hazard_ratio", .type = ParamType::real, .unit = "hazard ratio",
          .default_value = 0.5, .min = 0.0, .max = 1.0,
          .meaning = "dropout hazard multiplier while job coaching is active",
          .source = "seed 002 §Jobcoaching (coaching is a condition for preventing dropout); size is an assumption"});
  t.bind(FIELD(employment.no_hr_hazard_ratio),
         {.key = "employment.no_hr_hazard_ratio", .type = ParamType::real, .unit = "hazard ratio", .default_value = 1.2,
          .min = 0.0, .max = 10.0,
          .meaning = "dropout hazard multiplier at an employer without an HR department (less support capacity)",
          .source = "seed 003 §5; size is an assumption"
                    "; upper bound 10: ten times the hazard, beyond any single risk factor reported"});
  t.bind(FIELD(employment.chaser_dismissal_probability),
         {.key = "employment.chaser_dismissal_probability", .type = ParamType::real, .unit = "probability",
          .default_value = 0.8, .min = 0.0, .max = 1.0,
          .meaning = "chance a subsidy chaser ends the contract when the subsidy ends",
          .source = "seed 003 §4.3; size is an assumption"});
  t.bind(FIELD(employment.traineeship_skill_gain),
         {.key = "employment.traineeship_skill_gain", .type = ParamType::real, .unit = "share of gap per week",
          .default_value = 0.03, .min = 0.0, .max = 1.0,
          .meaning = "extra weekly growth of employee skills during a traineeship (learning goals tested in practice)",
          .source = "seed 002 §Werkmakelaar 2; size is an assumption"});
}

void declare_werkmakelaar(ParameterTable& t) {
  const std::string seed = "seed 002 (Traject Werkmakelaar)";
  t.bind(FIELD(policy.werkmakelaar_share),
         {.key = "policy.werkmakelaar.share", .type = ParamType::real, .unit = "share", .default_value = 0.0,
          .min = 0.0, .max = 1.0,
          .meaning = "referral rule: share of the seekers the rule selects (new registrants, or also the stock, on the "
                     "rungs set) whom the municipality refers after their first Diagnostiek (when the provider has room)",
          .source = "seed 004 points 7 and 10 (buying services in); " + seed});
  t.bind(FIELD(policy.werkmakelaar_coaches),
         {.key = "policy.werkmakelaar.coaches", .type = ParamType::integer, .unit = "persons",
          .default_value = std::int64_t{1}, .min = 0.0, .max = 100000.0,
          .meaning = "the provider's job coaches for the assignment",
          .source = seed + " §intro: one job coach specialised in job finding"});
  t.bind(FIELD(policy.werkmakelaar_caseload),
         {.key = "policy.werkmakelaar.caseload", .type = ParamType::real, .unit = "clients per coach",
          .default_value = 30.0, .min = 1.0, .max = 1000.0,
          .meaning = "clients a provider coach works with at once (before placement)",
          .source = seed + " §Bemiddeling reguliere arbeid werkmakelaar: 20-40 clients per half year"});
  t.bind(FIELD(policy.werkmakelaar_price_eur),
         {.key = "policy.werkmakelaar.price_eur", .type = ParamType::real, .unit = "EUR per client",
          .default_value = 4500.0, .min = 0.0, .max = 100000.0,
          .meaning = "fee per referred client, paid at referral whatever the result (the cure-independent part of "
                     "the price)",
          .source = "assumption: seed 002 gives no price; a middle value for a six-month re-integration trajectory "
                    "with job coaching; range 0 (pure no cure no pay) to 100,000 (more than ten times the price of "
                    "any trajectory, course or adaptation)"});
  t.bind(FIELD(policy.werkmakelaar_placement_fee_eur),
         {.key = "policy.werkmakelaar.placement_fee_eur", .type = ParamType::real, .unit = "EUR per placement",
          .default_value = 0.0, .min = 0.0, .max = 100000.0,
          .meaning = "fee per client the provider places (the no-cure-no-pay part of the price), paid at the start "
                     "of the placement",
          .source = "assumption: seed 002 gives no price nor payment terms; 0 by default (all paid per referral); "
                    "same range as the referral fee"});
  t.bind(FIELD(policy.werkmakelaar_max_weeks),
         {.key = "policy.werkmakelaar.max_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{26}, .min = 1.0, .max = 104.0,
          .meaning = "a client not placed within this many weeks returns to the municipality",
          .source = seed + " §Werkmakelaar 3: placed within 6 months"});
  t.bind(FIELD(policy.werkmakelaar_proposals_per_week),
         {.key = "policy.werkmakelaar.proposals_per_week", .type = ParamType::integer, .unit = "vacancies per week",
          .default_value = std::int64_t{3}, .min = 0.0, .max = 16.0,
          .meaning = "vacancies the provider proposes a client for per week",
          .source = seed + " §Bemiddeling (searching for work daily, own network, bulk vacancies); number is an "
                           "assumption"});
  t.bind(FIELD(policy.werkmakelaar_coaching_weeks),
         {.key = "policy.werkmakelaar.coaching_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{35}, .min = 0.0, .max = 104.0,
          .meaning = "provider job coaching after placement", .source = seed + " §Jobcoaching: at most 8 months"});
  t.bind(FIELD(policy.werkmakelaar_aftercare_weeks),
         {.key = "policy.werkmakelaar.aftercare_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{13}, .min = 0.0, .max = 104.0,
          .meaning = "provider aftercare after the coaching", .source = seed + " §Nazorg: at most 3 months"});
  t.bind(FIELD(policy.werkmakelaar_activation_weeks),
         {.key = "policy.werkmakelaar.activation_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{7}, .min = 0.0, .max = 52.0,
          .meaning = "clients with problems at home or on rung 3 are activated this long before mediation starts "
                     "(track WM3)",
          .source = seed + " §Werkmakelaar 3 (several activation conversations, childcare); length: assumption: about seven "
                           "weeks of conversations before the client is mediated (the seed gives no length)"});
  t.bind(FIELD(policy.werkmakelaar_insight),
         {.key = "policy.werkmakelaar.insight", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.8164,
          .min = 0.0, .max = 1.0,
          .meaning = "how well the provider's job coach knows a client after intake and home visit (the share of the "
                     "truth in what the coach believes of the client's skills and problems)",
          .source = seed + " §Jobcoaching ('het door en door kennen van de klant', home visit, intake report); size: "
                           "assumption: in the upper part of the range, the provider knows its client better than a "
                           "case manager after Diagnostiek"});
  t.bind(FIELD(policy.werkmakelaar_traineeship_below),
         {.key = "policy.werkmakelaar.traineeship_below", .type = ParamType::real, .unit = "index 0-1",
          .default_value = 0.6736, .min = 0.0, .max = 1.0,
          .meaning = "the provider starts a client with a traineeship (track WM2) when it believes the client's employee "
                     "skills are below this (coming on time, keeping agreements, accepting authority)",
          .source = seed + " §Werkmakelaar 2 ('als uit de intake blijkt dat de werknemersvaardigheden van de klant "
                           "onvoldoende ontwikkeld zijn'); size: assumption: "
                           "about two thirds of the scale"});
  t.bind(FIELD(policy.werkmakelaar_min_rung),
         {.key = "policy.werkmakelaar.min_rung", .type = ParamType::integer, .unit = "ladder rung",
          .default_value = std::int64_t{3}, .min = 1.0, .max = 6.0,
          .meaning = "referral rule: lowest ladder rung (as the case manager sees it after Diagnostiek) the "
                     "municipality refers",
          .source = "assumption: a policy choice (seed 004 points 7 and 10); seed 002 names no target group"});
  t.bind(FIELD(policy.werkmakelaar_max_rung),
         {.key = "policy.werkmakelaar.max_rung", .type = ParamType::integer, .unit = "ladder rung",
          .default_value = std::int64_t{5}, .min = 1.0, .max = 6.0,
          .meaning = "referral rule: highest ladder rung the municipality refers",
          .source = "assumption: a policy choice (seed 004 points 7 and 10); rung 6 is regular work"});
  t.bind(FIELD(policy.werkmakelaar_per_year),
         {.key = "policy.werkmakelaar.per_year", .type = ParamType::integer, .unit = "referrals per year",
          .default_value = std::int64_t{0}, .min = 0.0, .max = 1000000.0,
          .meaning = "referral rule: at most this many referrals per budget year (0: no limit other than the "
                     "provider's places)",
          .source = "assumption: a policy choice, the volume a municipality contracts (seed 004 points 7 and 10)"});
  t.bind(FIELD(policy.werkmakelaar_include_stock),
         {.key = "policy.werkmakelaar.include_stock", .type = ParamType::boolean, .unit = "-", .default_value = false,
          .meaning = "referral rule: also refer seekers of the initial stock after a Diagnostiek, not only new "
                     "registrants",
          .source = "assumption: a policy choice (seed 004 points 7 and 10)"});
  t.bind(FIELD(policy.werkmakelaar_in_house),
         {.key = "policy.werkmakelaar.in_house", .type = ParamType::boolean, .unit = "-", .default_value = false,
          .meaning = "the comparison arm: the referral rule selects the same seekers (same random draws) for a "
                     "municipal team with the provider's number of coaches and caseload, doing the same work (intake, "
                     "tracks, weekly mediation, visits to employers with the client, coaching and aftercare), but "
                     "with the municipality's own employer relations (trust in the municipality, the account "
                     "managers' network) and paid as staff (in_house_team_eur) instead of price and fees",
          .source = "assumption: the in-house alternative of seed 004 points 7 and 10 ('zelf doen of inkopen'), "
                    "for a paired comparison; the work is seed 002's"});
  t.bind(FIELD(policy.werkmakelaar_team_hours_per_week),
         {.key = "policy.werkmakelaar.team_hours_per_week", .type = ParamType::real, .unit = "hours per coach per week",
          .default_value = 36.0, .min = 1.0, .max = 40.0,
          .meaning = "paid hours of each coach of the in-house team (policy.werkmakelaar.coaches of them), at the "
                     "municipality's hourly staff cost (coach.hourly_cost_eur); the team's cost every week whether "
                     "its places are filled or not. Sets the money of the in-house arm, not what the team does",
          .source = "assumption: a full-time municipal job coach (36 hours, the full-time week of the CAO "
                    "Gemeenten); range from a few hours to 40 (a coach who works the whole week for this caseload; "
                    "seed 002's 20-40 clients per coach suggest a full-time job)"});
  t.bind(FIELD(policy.werkmakelaar_network_share),
         {.key = "policy.werkmakelaar.network_share", .type = ParamType::real, .unit = "share of employers",
          .default_value = 0.1, .min = 0.0, .max = 1.0,
          .meaning = "share of the region's employers with whom the provider has a relationship when the "
                     "assignment starts (its existing employer network)",
          .source = seed + " §intro ('ons bestaande werkgeversnetwerk in de regio'); size: assumption: the document "
                           "gives none; a tenth, about the size of a municipality's own network in the default region"});
  t.bind(FIELD(policy.werkmakelaar_network_trust),
         {.key = "policy.werkmakelaar.network_trust", .type = ParamType::real, .unit = "index 0-1",
          .default_value = 0.6, .min = 0.0, .max = 1.0,
          .meaning = "trust of an employer in the provider's network at the start (the base it drifts back to); "
                     "employers outside it start at their trust in the municipality's mediators' base",
          .source = seed + " §Inzet loonkostensubsidie (employers value the job coach's support); size: assumption: "
                           "somewhat above the employers' mean trust in mediators (trust.mean)"});
  t.bind(FIELD(policy.werkmakelaar_visits_per_week),
         {.key = "policy.werkmakelaar.visits_per_week", .type = ParamType::real, .unit = "employers per client per week",
          .default_value = 2.0, .min = 0.0, .max = 10.0,
          .meaning = "employers the provider's job coach visits with a specific client per week (acquisition with the "
                     "client); each visit asks the employer to make a place, decided as for the municipality's "
                     "requests, on the provider's own relationship",
          .source = seed + " §Bemiddeling ('dagelijks actief op zoek naar werk', goes with the client to "
                           "employers); number: assumption: a coach with 30 clients and daily acquisition"});
  t.bind(FIELD(policy.werkmakelaar_cold_share),
         {.key = "policy.werkmakelaar.cold_share", .type = ParamType::real, .unit = "share of visits",
          .default_value = 0.3, .min = 0.0, .max = 1.0,
          .meaning = "share of the provider's visits that are cold acquisition at employers outside its network (an "
                     "employer that makes a place joins the network)",
          .source = seed + " §intro and §Bemiddeling ('koude acquisitie op bedrijventerreinen, winkelcentra en bij "
                           "uitzendbureaus'); share: assumption"});
}

void declare_service(ParameterTable& t) {
  t.bind(FIELD(service.max_concurrent_tiles),
         {.key = "service.max_concurrent_tiles", .type = ParamType::integer, .unit = "tiles",
          .default_value = std::int64_t{3}, .min = 1.0, .max = 9.0,
          .meaning = "most tiles a seeker follows at once; the service rules add tiles in order of urgency",
          .source = "assumption; tiles may run in parallel (seed 000: 'werk fit en oriëntatie gelijktijdig')"});
  t.bind(FIELD(service.problem_score),
         {.key = "service.problem_score", .type = ParamType::real, .unit = "ZRM score", .default_value = 2.0,
          .min = 1.0, .max = 5.0,
          .meaning = "a life domain the coach believes at or below this ZRM score is treated in Maatschappelijk fit",
          .source = "seed 000 §Maatschappelijk fit (ZRM); threshold is an assumption"});
  t.bind(FIELD(service.work_fit_below),
         {.key = "service.work_fit_below", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.6,
          .min = 0.0, .max = 1.0,
          .meaning = "Werk fit starts when believed employee skills or motivation are below this",
          .source = "assumption; seed 002 §Werkmakelaar 2 (a traineeship when employee skills are insufficient)"});
  t.bind(FIELD(service.training_below),
         {.key = "service.training_below", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.35,
          .min = 0.0, .max = 1.0,
          .meaning = "Opleiden starts when believed vocational skill in the target sector is below this",
          .source = "assumption"});
  t.bind(FIELD(service.mediation_readiness),
         {.key = "service.mediation_readiness", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.45,
          .min = 0.0, .max = 1.0,
          .meaning = "Bemiddeling starts when the believed readiness (skills, motivation, vocational skill, problems) "
                     "reaches this",
          .source = "assumption; seed 000 §Kandidaat fit (direct placement is possible before all skills are there)"});
  t.bind(FIELD(service.mediation_min_rung),
         {.key = "service.mediation_min_rung", .type = ParamType::integer, .unit = "ladder rung",
          .default_value = std::int64_t{4}, .min = 1.0, .max = 6.0,
          .meaning = "lowest participatieladder rung for Bemiddeling",
          .source = "seed 004 §Inleiding: the lower rungs need care and social activation before regular work"});
  t.bind(FIELD(service.self_search_min_rung),
         {.key = "service.self_search_min_rung", .type = ParamType::integer, .unit = "ladder rung",
          .default_value = std::int64_t{3}, .min = 1.0, .max = 6.0,
          .meaning = "lowest rung at which seekers apply for vacancies on their own",
          .source = "assumption"});
  t.bind(FIELD(service.self_search_applications_per_week),
         {.key = "service.self_search_applications_per_week", .type = ParamType::real, .unit = "applications per week",
          .default_value = 0.5, .min = 0.0, .max = 50.0,
          .meaning = "own applications per week at full motivation and self-confidence (scaled by both)",
          .source = "assumption"});
  t.bind(FIELD(service.training_interval_weeks),
         {.key = "service.training_interval_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{52}, .min = 0.0, .max = 520.0,
          .meaning = "weeks after a training before the service rules offer the same seeker Opleiden again",
          .source = "assumption: at most one training a year; a municipality's own rule"});
}

void declare_employers(ParameterTable& t) {
  t.bind(FIELD(employers.sector_shares),
         {.key = "employers.sector_shares", .type = ParamType::real_list, .unit = "share",
          .default_value = v({0.08, 0.12, 0.05, 0.12, 0.10, 0.06, 0.14, 0.18, 0.15}), .min = 0.0, .max = 1.0,
          .labels = kSectors, .sums_to_one = true,
          .meaning = "sector of each employer",
          .source = "assumption; sectors with suitable jobs from seed 003 §4.3"});
  t.bind(FIELD(employers.size_shares),
         {.key = "employers.size_shares", .type = ParamType::real_list, .unit = "share",
          .default_value = v({0.85, 0.12, 0.03}), .min = 0.0, .max = 1.0, .labels = labels(kSizeClassKeys),
          .sums_to_one = true,
          .meaning = "size class of employers (small < 50, medium 50-249, large 250+ employees)",
          .source = "assumption: most establishments are small; size matters for motives (seed 003 §2.1)"});
  t.bind(FIELD(employers.mean_employees),
         {.key = "employers.mean_employees", .type = ParamType::real_list, .unit = "employees",
          .default_value = v({12, 100, 500}), .min = 1.0, .max = 500000.0, .labels = labels(kSizeClassKeys),
          .meaning = "mean employees per size class (drawn uniformly between 0.5 and 1.5 times the mean)",
          .source = "assumption; seed 003 §4.2: most responding firms had 15-125 employees"
                    "; upper bound 500,000: more employees than the largest employers in the Netherlands have"});
  t.bind(FIELD(employers.low_skilled_share),
         {.key = "employers.low_skilled_share", .type = ParamType::real_list, .unit = "share",
          .default_value = v({0.9, 0.7, 0.7, 0.5, 0.6, 0.5, 0.3, 0.5, 0.2}), .min = 0.0, .max = 1.0, .labels = kSectors,
          .meaning = "share of an employer's jobs open to the target group (simple work)",
          .source = "assumption; seed 003 §4.3: simple work suits the target group best"});
  t.bind(FIELD(employers.turnover_per_year),
         {.key = "employers.turnover_per_year", .type = ParamType::real, .unit = "share per year", .default_value = 0.25,
          .min = 0.0, .max = 5.0,
          .meaning = "yearly turnover in those jobs; every leaver opens a vacancy",
          .source = "assumption; seed 000 §Bemiddeling names turnover and retirement as sources of vacancies"});
  t.bind(FIELD(employers.willing_share),
         {.key = "employers.willing_share", .type = ParamType::real, .unit = "share", .default_value = 0.61,
          .min = 0.0, .max = 1.0,
          .meaning = "share of employers willing to take candidates proposed by the municipality",
          .source = "data: dutch-figures.md row 'employers': 61% say they are willing (SCP 2019)"});
}

void declare_vacancies(ParameterTable& t) {
  t.bind(FIELD(vacancies.open_weeks),
         {.key = "vacancies.open_weeks", .type = ParamType::real, .unit = "weeks", .default_value = 6.0, .min = 1.0, .max = 5200.0,
          .meaning = "weeks a vacancy stays open before the employer fills it through other channels",
          .source = "assumption"
                    "; upper bound 5,200: the longest run (sim.weeks); longer means never within a run"});
  t.bind(FIELD(vacancies.skill_requirement),
         {.key = "vacancies.skill_requirement", .type = ParamType::real_list, .unit = "index 0-1",
          .default_value = v({0.2, 0.6}), .min = 0.0, .max = 1.0, .labels = {"min", "max"},
          .meaning = "range of the stated vocational-skill requirement of vacancies (uniform)",
          .source = "assumption; seed 003 §4.3: employers tend to state requirements higher than needed"});
  t.bind(FIELD(vacancies.language_requirement),
         {.key = "vacancies.language_requirement", .type = ParamType::real_list, .unit = "ZRM score",
          .default_value = v({2, 3, 2, 2, 2, 3, 3, 3, 3}), .min = 1.0, .max = 5.0, .labels = kSectors,
          .meaning = "lowest Dutch-language score (ZRM language domain) a sector's employers accept",
          .source = "seed 003 §4.3: command of Dutch is a recurring requirement; levels are an assumption"});
  t.bind(FIELD(vacancies.licence_required_share),
         {.key = "vacancies.licence_required_share", .type = ParamType::real_list, .unit = "share",
          .default_value = v({0.0, 0.0, 0.3, 0.0, 0.2, 1.0, 0.1, 0.0, 0.1}), .min = 0.0, .max = 1.0, .labels = kSectors,
          .meaning = "share of vacancies requiring a driving licence",
          .source = "seed 003 §4.4 (a candidate without a licence for a driver's job); shares are an assumption"});
  t.bind(FIELD(vacancies.hours_per_week),
         {.key = "vacancies.hours_per_week", .type = ParamType::real_list, .unit = "hours per week",
          .default_value = v({18, 20, 32, 34, 32, 30, 24, 20, 28}), .min = 1.0, .max = 60.0, .labels = kSectors,
          .meaning = "mean contract hours of vacancies per sector (drawn within +-vacancies.hours_spread)",
          .source = "assumption: cleaning, catering and retail jobs are often part-time"});
  t.bind(FIELD(vacancies.hourly_wage_eur),
         {.key = "vacancies.hourly_wage_eur", .type = ParamType::real, .unit = "EUR per hour", .default_value = 14.06,
          .min = 0.0, .max = 1000.0,
          .meaning = "gross hourly wage at the bottom of the pay scale",
          .source = "assumption: the statutory minimum wage for adults of January 2025"
                    "; upper bound 1,000: more than ten times any staff cost or wage per hour"});
  t.bind(FIELD(vacancies.wage_premium_max),
         {.key = "vacancies.wage_premium_max", .type = ParamType::real, .unit = "share", .default_value = 0.15,
          .min = 0.0, .max = 5.0,
          .meaning = "wages are drawn uniformly between the base wage and this share above it",
          .source = "assumption"});
  t.bind(FIELD(vacancies.permanent_share),
         {.key = "vacancies.permanent_share", .type = ParamType::real, .unit = "share", .default_value = 0.2,
          .min = 0.0, .max = 1.0,
          .meaning = "share of vacancies offering a permanent contract from the start",
          .source = "assumption; seed 003 §4.2: most firms start with temporary contracts and convert good workers"});
  t.bind(FIELD(vacancies.hours_spread),
         {.key = "vacancies.hours_spread", .type = ParamType::real, .unit = "share", .default_value = 0.25,
          .min = 0.0, .max = 0.95,
          .meaning = "a vacancy's contract hours are drawn uniformly within this share either side of its sector's "
                     "vacancies.hours_per_week",
          .source = "assumption: part-time jobs in one sector differ by a few hours a week"});
}

void declare_hiring(ParameterTable& t) {
  t.bind(FIELD(hiring.regular_applicants_per_week),
         {.key = "hiring.regular_applicants_per_week", .type = ParamType::real, .unit = "applicants per week",
          .default_value = 5.0, .min = 0.0, .max = 100.0,
          .meaning = "mean regular applicants (not from the target group) per open vacancy per week at "
                     "demand.reference_tightness; fewer when labour is scarcer (demand.applicant_elasticity)",
          .source = "assumption; seed 003 §2: while vacancies are easy to fill the employer can choose; kept "
                    "fixed in scenarios/calibration/dutch-flows.toml, which fits outflow to work through "
                    "hiring.regular_quality_mean instead (the two move the same competition)"});
  t.bind(FIELD(hiring.regular_quality_mean),
         {.key = "hiring.regular_quality_mean", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.7127,
          .min = 0.01, .max = 0.99, .meaning = "mean perceived quality of a regular applicant",
          .source = "calibration: scenarios/calibration/dutch-flows.toml (bobyqa, 6 fitting seeds, checked on 8 held-out seeds): target rows 'yearly flows' (CBS 83450NED: outflow to work 9.4-10.5% of the stock at the "
                    "start of the year plus inflow; KPI outflow_to_work_rate_year) and 'yearly flows (benchmark)' of "
                    "dutch-figures.md; seed 003 §2: only about 15% of employers with simple jobs hire benefit "
                    "recipients"});
  t.bind(FIELD(hiring.regular_quality_concentration),
         {.key = "hiring.regular_quality_concentration", .type = ParamType::real, .unit = "-", .default_value = 8.0,
          .min = 0.5, .max = 1000.0, .meaning = "concentration a+b of the beta distribution of regular applicants' quality",
          .source = "assumption"});
  t.bind(FIELD(hiring.reservation_score),
         {.key = "hiring.reservation_score", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.6,
          .min = 0.0, .max = 1.0,
          .meaning = "employers hire the best candidate of the week only if its perceived score reaches this",
          .source = "assumption; seed 003 §4.3: employers never lose sight of the business interest"});
  t.bind(FIELD(hiring.interview_noise_sd),
         {.key = "hiring.interview_noise_sd", .type = ParamType::real, .unit = "index", .default_value = 0.1,
          .min = 0.0, .max = 1.0,
          .meaning = "noise in the employer's judgement at the interview ('de klik')",
          .source = "seed 000 §Bemiddeling (werkgever): the click matters; size is an assumption"});
  t.bind(FIELD(hiring.stigma_per_year),
         {.key = "hiring.stigma_per_year", .type = ParamType::real, .unit = "index per year", .default_value = 0.06,
          .min = 0.0, .max = 1.0,
          .meaning = "perceived-score penalty per year out of work",
          .source = "seed 003 §2: a long-term unemployed candidate starts far behind in open competition; size is "
                    "an assumption"});
  t.bind(FIELD(hiring.stigma_max),
         {.key = "hiring.stigma_max", .type = ParamType::real, .unit = "index", .default_value = 0.3, .min = 0.0,
          .max = 1.0, .meaning = "largest unemployment-duration penalty", .source = "assumption"});
  t.bind(FIELD(hiring.mediation_bonus),
         {.key = "hiring.mediation_bonus", .type = ParamType::real, .unit = "index", .default_value = 0.06, .min = 0.0,
          .max = 1.0,
          .meaning = "perceived-score gain when a willing employer gets the candidate through the case manager "
                     "(prepared interview, the mediator's word)",
          .source = "seed 003 §4.4 (employers follow a trusted mediator's advice) and §2.1 (placement without "
                    "competition); size is an assumption"});
  t.bind(FIELD(hiring.application_support_bonus),
         {.key = "hiring.application_support_bonus", .type = ParamType::real, .unit = "index", .default_value = 0.08,
          .min = 0.0, .max = 1.0,
          .meaning = "perceived-score gain of a seeker's own application when the case manager supports it (in Werk "
                     "fit or Bemiddeling), scaled by the share of demanded hours the coach could give",
          .source = "seed 004 point 6 (support when applying) and seed 003 §4.4 (preparing the candidate for the "
                    "interview); size is an assumption"});
  t.bind(FIELD(hiring.disability_penalty),
         {.key = "hiring.disability_penalty", .type = ParamType::real, .unit = "index", .default_value = 0.05,
          .min = 0.0, .max = 1.0,
          .meaning = "perceived-score penalty for a candidate with an arbeidsbeperking from employers' prejudice, apart "
                     "from the productivity gap and the sick-pay risk the employer also weighs (hiring.absence_cost)",
          .source = "seed 003 §4.3: employers start with prejudices mediators must remove; size is an assumption"});
}

void declare_matching(ParameterTable& t) {
  t.bind(FIELD(matching.weights),
         {.key = "matching.weights", .type = ParamType::real_list, .unit = "share",
          .default_value = v({0.4, 0.3, 0.15, 0.15}), .min = 0.0, .max = 1.0,
          .labels = {"vocational", "employee_skills", "motivation", "health"}, .sums_to_one = true,
          .meaning = "weights of the match quality between a seeker and a job",
          .source = "seed 000 §Bemiddeling (match on competencies, not diplomas) and seed 003 §4.3 (motivation, "
                    "employee skills); weights are an assumption"});
  t.bind(FIELD(matching.requirement_gap_penalty),
         {.key = "matching.requirement_gap_penalty", .type = ParamType::real, .unit = "index per index",
          .default_value = 0.8, .min = 0.0, .max = 10.0,
          .meaning = "match quality lost per unit of vocational skill below the vacancy's requirement",
          .source = "assumption"});
  t.bind(FIELD(matching.affinity_weight),
         {.key = "matching.affinity_weight", .type = ParamType::real, .unit = "index", .default_value = 0.1,
          .min = 0.0, .max = 1.0,
          .meaning = "match quality gained from affinity with the sector (centred at 0.5)",
          .source = "seed 000 §Bemiddeling (affinities and talents count); size is an assumption"});
}

void declare_employment(ParameterTable& t) {
  t.bind(FIELD(employment.dropout_per_year),
         {.key = "employment.dropout_per_year", .type = ParamType::real, .unit = "per year", .default_value = 0.2,
          .min = 0.0, .max = 10.0,
          .meaning = "yearly dropout hazard of a good match (quality 0.6, employee skills 0.6, no problems)",
          .source = "assumption; to be calibrated to retention 360 days after start (data: dutch-figures.md row "
                    "'LKS and job retention')"});
  t.bind(FIELD(employment.debt_hazard_ratio),
         {.key = "employment.debt_hazard_ratio", .type = ParamType::real, .unit = "hazard ratio", .default_value = 2.0,
          .min = 0.0, .max = 10.0,
          .meaning = "dropout hazard multiplier while debts are unresolved (ZRM finances <= 2)",
          .source = "seed 003 §4.3: debt problems regularly lead to dropout; size is an assumption"
                    "; upper bound 10: ten times the hazard, beyond any single risk factor reported"});
  t.bind(FIELD(employment.childcare_hazard_ratio),
         {.key = "employment.childcare_hazard_ratio", .type = ParamType::real, .unit = "hazard ratio",
          .default_value = 1.8, .min = 0.0, .max = 10.0,
          .meaning = "dropout hazard multiplier while childcare is not arranged (ZRM childcare <= 2)",
          .source = "seed 003 §4.3 and §4.5 (childcare at home must be arranged); size is an assumption"
                    "; upper bound 10: ten times the hazard, beyond any single risk factor reported"});
  t.bind(FIELD(employment.health_hazard_ratio),
         {.key = "employment.health_hazard_ratio", .type = ParamType::real, .unit = "hazard ratio", .default_value = 1.5,
          .min = 0.0, .max = 10.0,
          .meaning = "dropout hazard multiplier with unresolved health problems (ZRM health <= 2)",
          .source = "assumption"
                    "; upper bound 10: ten times the hazard, beyond any single risk factor reported"});
  t.bind(FIELD(employment.skills_hazard_slope),
         {.key = "employment.skills_hazard_slope", .type = ParamType::real, .unit = "log hazard per index",
          .default_value = 2.0, .min = 0.0, .max = 10.0,
          .meaning = "log dropout hazard rises by this per unit of employee skills below 0.6",
          .source = "seed 003 §4.5: sufficient employee skills are a precondition for a lasting placement; size is an "
                    "assumption"
                    "; upper bound 10: exp(10), about 22,000 times the hazard across the index's range"});
  t.bind(FIELD(employment.match_hazard_slope),
         {.key = "employment.match_hazard_slope", .type = ParamType::real, .unit = "log hazard per index",
          .default_value = 2.0, .min = 0.0, .max = 10.0,
          .meaning = "log dropout hazard rises by this per unit of match quality below 0.6",
          .source = "seed 003 §4.3 (most critical incidents concern the match); size is an assumption"
                    "; upper bound 10: exp(10), about 22,000 times the hazard across the index's range"});
  t.bind(FIELD(employment.aftercare_hazard_ratio),
         {.key = "employment.aftercare_hazard_ratio", .type = ParamType::real, .unit = "hazard ratio",
          .default_value = 0.6, .min = 0.0, .max = 1.0,
          .meaning = "dropout hazard multiplier while Nazorg is active at full intensity",
          .source = "seed 003 §4.5: informal contact after placement could have prevented dropout; seed 000 §Nazorg; "
                    "size is an assumption"});
  t.bind(FIELD(employment.skill_growth_per_week),
         {.key = "employment.skill_growth_per_week", .type = ParamType::real, .unit = "share of gap per week",
          .default_value = 0.01, .min = 0.0, .max = 1.0,
          .meaning = "on-the-job growth of employee skills and of vocational skill in the job's sector",
          .source = "seed 003 §4.5: skills need not be complete at the start and develop after placement; size is an "
                    "assumption"});
}

void declare_hours(ParameterTable& t) {
  t.bind(FIELD(employment.hours_increase_per_year),
         {.key = "employment.hours_increase_per_year", .type = ParamType::real, .unit = "per year",
          .default_value = 0.3590, .min = 0.0, .max = 52.0,
          .meaning = "yearly rate at which a part-time worker still on a benefit top-up gets more hours",
          .source = "calibration: scenarios/calibration/dutch-flows.toml (bobyqa, 6 fitting seeds, checked on 8 held-out seeds): target row 'part-time work with benefit' of dutch-figures.md (Divosa: about 8% of "
                    "recipients each month; KPI parttime_with_benefit_share)"});
  t.bind(FIELD(employment.extra_hours),
         {.key = "employment.extra_hours", .type = ParamType::real, .unit = "hours per week", .default_value = 8.0,
          .min = 0.0, .max = 40.0,
          .meaning = "hours added at such an increase (up to 40 hours per week)",
          .source = "assumption: one extra working day"});
}

void declare_benefit_and_output(ParameterTable& t) {
  t.bind(FIELD(benefit.eur_per_week),
         {.key = "benefit.eur_per_week", .type = ParamType::real_list, .unit = "EUR per week",
          .default_value = v({330, 0, 420, 330}), .min = 0.0, .max = 10000.0, .labels = labels(kBenefitTypeKeys),
          .meaning = "benefit paid per week out of work, per benefit type; people on NUG receive none",
          .source = "assumption: about the 2025 bijstand norm for a single adult; NUG means no benefit (seed 000 "
                    "§Gemeentelijke opgave)"
                    "; upper bound 10,000: more than ten times any benefit or weekly service cost"});
  t.bind(FIELD(output.events),
         {.key = "output.events", .type = ParamType::boolean, .unit = "-", .default_value = false,
          .meaning = "write the per-person event history (week, seeker, event, tile, employer, instrument)",
          .source = "design brief §4 (output is declarative)"});
  t.bind(FIELD(output.spells),
         {.key = "output.spells", .type = ParamType::boolean, .unit = "-", .default_value = true,
          .meaning = "write the table of job spells (start, end and how it ended, form, instruments, loonwaarde, "
                     "subsidy paid)",
          .source = "design brief §4 (output is declarative)"});
  t.bind(FIELD(output.timeseries),
         {.key = "output.timeseries", .type = ParamType::choice_list, .unit = "-",
          .default_value = timeseries_names(), .choices = timeseries_names(),
          .meaning = "weekly time series written to the HDF5 file",
          .source = "design brief §4 (output is declarative)"});
}

ParameterTable build() {
  ParameterTable t;
  declare_sim(t);
  declare_region(t);
  declare_policy(t);
  declare_coach(t);
  declare_population(t);
  declare_flows(t);
  declare_tiles(t);
  declare_klantbeeld(t);
  declare_external(t);
  declare_service(t);
  declare_employers(t);
  declare_vacancies(t);
  declare_hiring(t);
  declare_matching(t);
  declare_employment(t);
  declare_hours(t);
  declare_instruments(t);
  declare_werkmakelaar(t);
  detail::declare_employer_side(t);
  detail::declare_growth(t);
  detail::declare_demand(t);
  detail::declare_careers(t);
  detail::declare_contracts(t);
  detail::declare_contact(t);
  declare_benefit_and_output(t);
  detail::declare_uncertainty(t);
  detail::attach_priors(t);
  t.require_priors();
  // Keys whose meaning changed: a scenario that still sets one is refused with what to use instead.
  t.retire("policy.budget_eur_per_year",
           "was one cap on all instrument spending; the model now has two budgets: "
           "policy.participation_budget_eur_per_year (services, adaptations, no-risk policy, purchased trajectories) "
           "and policy.income_budget_eur_per_year (benefits and loonkostensubsidie)");
  t.retire("hiring.job_coaching_bonus",
           "job coaching now moves the employer through the supervision it takes over: "
           "hiring.coaching_supervision_relief");
  t.retire("hiring.adaptation_share",
           "a workplace adaptation now raises the productivity of a worker with an arbeidsbeperking: "
           "hiring.adaptation_productivity_gain");
  t.retire("employment.stable_contact_hazard_ratio",
           "one contact person no longer lowers dropout by itself; the account manager's Nazorg with the employer "
           "does, for every placement, as far as its hours allow: employment.employer_nazorg_hazard_ratio and "
           "employer_tiles.nazorg.reach_many_contacts");
  t.retire("hiring.no_risk_share", "the no-risk policy now removes the sick-pay risk the employer weighs: hiring.absence_cost");
  return t;
}

#undef FIELD

}  // namespace

const ParameterTable& parameter_table() {
  static const ParameterTable table = build();
  return table;
}

const std::vector<std::string>& timeseries_names() {
  static const std::vector<std::string> names = {
      "stocks", "stocks_by_tile", "stocks_by_rung", "employment", "instruments", "flows", "placements_by_instrument",
      "placements_by_loonwaarde", "costs", "benefit_by_type", "budget", "hours_by_tile", "costs_by_tile", "labour_demand", "vacancies",
      "employer_trust", "employers_by_stage", "employers_by_tile", "account_managers", "placements_by_route",
      "growth_trajectories", "growth_jobs"};
  return names;
}

std::int64_t ModelParams::case_manager_count() const {
  if (region.case_managers > 0) return region.case_managers;
  return std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(static_cast<double>(region.job_seekers) /
                                                                       policy.caseload_per_coach)));
}

}  // namespace regiosim::models
