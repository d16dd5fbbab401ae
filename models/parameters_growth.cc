// Parameters of the growth routes: the Nieuwe Banen method (seed 001, the whole document; Table 1
// gives the six steps and the factors that help or hinder them, Table 2 what to organise).
#include "models/parameters.h"

namespace regiosim::models::detail {

namespace {

using sim::ParamType;

#define FIELD(path) [](auto& p) -> auto& { return p.path; }

std::vector<double> v(std::initializer_list<double> xs) { return std::vector<double>(xs); }
const std::vector<std::string> kRoutes = {"small_scale", "large_scale"};

void declare_levers(ParameterTable& t) {
  t.bind(FIELD(policy.growth_routes_enabled),
         {.key = "policy.growth_routes.enabled", .type = ParamType::boolean, .unit = "-", .default_value = false,
          .meaning = "true: account managers ask employers about future growth, and job seekers learn in for the "
                     "future jobs that come into view (Nieuwe Banen method); false: growth jobs appear as ordinary "
                     "vacancies when they start",
          .source = "seed 001 (Handreiking Nieuwe Banen, Lelystad); off by default: assumption, a method a "
                    "municipality has to choose"});
  t.bind(FIELD(policy.growth_account_manager_share),
         {.key = "policy.growth_routes.account_manager_share", .type = ParamType::real, .unit = "share",
          .default_value = 0.15, .min = 0.0, .max = 1.0,
          .meaning = "with growth routes on: share of account managers' employer hours set aside for growth "
                     "conversations and for mapping and matching future jobs (taken from development tiles and first "
                     "contacts)",
          .source = "seed 001 Table 1 step 1 ('het is van groot belang dat de professional of de gemeente een bedrijf "
                    "vraagt naar toekomstige groei'); the share is an assumption"});
  t.bind(FIELD(policy.growth_finance_learning),
         {.key = "policy.growth_routes.finance_learning", .type = ParamType::boolean, .unit = "-", .default_value = true,
          .meaning = "the municipality pays for the learning period (growth.learning_eur_per_week); employers accept a "
                     "learning plan more often (growth.plan_acceptance)",
          .source = "seed 001 Table 1 step 4 ('financiële ondersteuning van het inleertraject is voor werkgevers "
                    "aantrekkelijk')"});
  t.bind(FIELD(policy.growth_certification),
         {.key = "policy.growth_routes.certification", .type = ParamType::boolean, .unit = "-", .default_value = true,
          .meaning = "learners on the large-scale route are certified: employers in that sector judge them on what the "
                     "work needs rather than on inflated requirements, also after a job that did not appear",
          .source = "seed 001 introduction ('certificering kan daar onderdeel uitmaken') and Figure 2 (leerwerkplekken "
                    "with the ROC); the effect on the employer's judgement is an assumption"});
  t.bind(FIELD(policy.growth_work_disability_eligible),
         {.key = "policy.growth_routes.work_disability_eligible", .type = ParamType::boolean, .unit = "-",
          .default_value = false,
          .meaning = "job seekers with an arbeidsbeperking (work disability) may be chosen as candidates for a future "
                     "job; false: growth routes are for seekers without one",
          .source = "seed 001 introduction (the method was developed and tested with seekers whose distance to the "
                    "labour market is situational; 'voor werkzoekenden met psychische, fysieke en/of verstandelijke "
                    "beperkingen moeten de routes nog worden gevalideerd'); off by default for that reason"});
}

void declare_growth_profile(ParameterTable& t) {
  t.bind(FIELD(growth.jobs_per_year),
         {.key = "growth.jobs_per_year", .type = ParamType::real_list, .unit = "jobs per simple job per year",
          .default_value = v({0, 0, 0, 0, 0, 0, 0, 0, 0}), .min = 0.0, .max = 1.0, .labels = labels(kSectorKeys),
          .meaning = "the regional growth profile: new simple jobs expected per year from growth, per existing simple "
                     "job, by sector (step 0: the labour-market analysis that names the growth sectors; account "
                     "managers ask employers in sectors with growth)",
          .source = "seed 001 Table 2 step 0 ('een goede analyse van de arbeidsmarkt waarin toekomstig potentieel per "
                    "branche is opgenomen'); default 0: assumption, a scenario names its region's growth"});
  t.bind(FIELD(growth.lead_weeks),
         {.key = "growth.lead_weeks", .type = ParamType::real_list, .unit = "weeks", .default_value = v({26, 104}),
          .min = 1.0, .max = 104.0, .labels = {"min", "max"},
          .meaning = "weeks from an employer's growth plan to the start of the jobs (uniform)",
          .source = "seed 001 introduction ('binnen een periode van maximaal 24 maanden'); the minimum is an "
                    "assumption"});
  t.bind(FIELD(growth.materialise_probability),
         {.key = "growth.materialise_probability", .type = ParamType::real, .unit = "probability",
          .default_value = 0.75, .min = 0.0, .max = 1.0,
          .meaning = "chance that a planned future job really appears at its start week",
          .source = "seed 001 Table 1 step 6 ('indien ... de baan daadwerkelijk ontstaat'); the size is an "
                    "assumption"});
  t.bind(FIELD(growth.small_scale_jobs),
         {.key = "growth.small_scale_jobs", .type = ParamType::real_list, .unit = "jobs", .default_value = v({1, 3}),
          .min = 1.0, .max = 50.0, .labels = {"min", "max"},
          .meaning = "jobs in one growth plan of a small or medium employer (small-scale route; uniform integer)",
          .source = "seed 001 Figure 1 (route kleinschalige groei: 'relatief kleinschalige groei'); sizes are an "
                    "assumption"});
  t.bind(FIELD(growth.large_scale_jobs),
         {.key = "growth.large_scale_jobs", .type = ParamType::real_list, .unit = "jobs", .default_value = v({4, 12}),
          .min = 1.0, .max = 200.0, .labels = {"min", "max"},
          .meaning = "jobs in one growth plan of a large employer or from area development (large-scale route; "
                     "uniform integer)",
          .source = "seed 001 Figure 2 (route grootschalige groei: 'relatief grootschalige groei'); sizes are an "
                    "assumption"});
  t.bind(FIELD(growth.area_development_share),
         {.key = "growth.area_development_share", .type = ParamType::real, .unit = "share", .default_value = 0.3,
          .min = 0.0, .max = 1.0,
          .meaning = "share of growth plans outside care that are new business from area development (always the "
                     "large-scale route: there is no workplace yet to learn in); growth in care is public-sector "
                     "growth, the rest expansion of existing business",
          .source = "seed 001 introduction (three kinds of growth: (a) uitbreiding, (b) gebiedsontwikkeling, (c) "
                    "publieke sector, met name zorg); the share is an assumption"});
}

void declare_steps(ParameterTable& t) {
  t.bind(FIELD(growth.conversation_hours),
         {.key = "growth.conversation_hours", .type = ParamType::real, .unit = "hours", .default_value = 1.5,
          .min = 0.0, .max = 40.0, .min_exclusive = true,
          .meaning = "account-manager hours for one conversation with an employer about future growth (step 1)",
          .source = "seed 001 Table 2 step 1 ('ga het gesprek aan met de werkgever over potentiële groei'); hours are "
                    "an assumption"});
  t.bind(FIELD(growth.ask_interval_weeks),
         {.key = "growth.ask_interval_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{26}, .min = 1.0, .max = 520.0,
          .meaning = "an employer is asked about future growth at most once in this many weeks",
          .source = "assumption: twice a year"});
  t.bind(FIELD(growth.disclosure_probability),
         {.key = "growth.disclosure_probability", .type = ParamType::real, .unit = "probability",
          .default_value = 0.6, .min = 0.0, .max = 1.0,
          .meaning = "chance that an employer with planned growth names the future jobs when asked, at trust 0.5 "
                     "(times 0.5 + trust, at most 1)",
          .source = "seed 001 Table 1 step 1 (familiarity with the target group and earlier cooperation with the "
                    "professional play a role); the size is an assumption"});
  t.bind(FIELD(growth.mapping_weeks),
         {.key = "growth.mapping_weeks", .type = ParamType::integer, .unit = "weeks", .default_value = std::int64_t{4},
          .min = 0.0, .max = 52.0,
          .meaning = "weeks to map the learning route, location and candidate profile with the employer (step 2)",
          .source = "seed 001 Table 1 step 2; the length is an assumption"});
  t.bind(FIELD(growth.mapping_hours),
         {.key = "growth.mapping_hours", .type = ParamType::real, .unit = "hours", .default_value = 4.0, .min = 0.0,
          .max = 200.0,
          .meaning = "account-manager hours to map one growth plan (step 2)",
          .source = "seed 001 Table 1 step 2 ('de professional investeert in het begrijpen van die vraag'); hours are "
                    "an assumption"});
  t.bind(FIELD(growth.matching_hours),
         {.key = "growth.matching_hours", .type = ParamType::real, .unit = "hours", .default_value = 2.0, .min = 0.0,
          .max = 100.0,
          .meaning = "account-manager hours to select, inform and present candidates for one future job (step 3)",
          .source = "seed 001 Table 2 step 3; hours are an assumption"});
  t.bind(FIELD(growth.plan_weeks),
         {.key = "growth.plan_weeks", .type = ParamType::integer, .unit = "weeks", .default_value = std::int64_t{2},
          .min = 0.0, .max = 26.0,
          .meaning = "weeks from the match to the signed learning plan (step 4)",
          .source = "seed 001 Table 1 step 4; the length is an assumption"});
  t.bind(FIELD(growth.candidates_presented),
         {.key = "growth.candidates_presented", .type = ParamType::integer, .unit = "candidates",
          .default_value = std::int64_t{3}, .min = 1.0, .max = 16.0,
          .meaning = "candidates the professional presents for one future job; the employer chooses (step 3)",
          .source = "seed 001 Table 1 step 3 ('de professional selecteert kandidaten ... de werkgever beslist wie "
                    "inleert'); the number is an assumption"});
  t.bind(FIELD(growth.candidate_rungs),
         {.key = "growth.candidate_rungs", .type = ParamType::real_list, .unit = "rung", .default_value = v({2, 4}),
          .min = 1.0, .max = 6.0, .labels = {"lowest", "highest"},
          .meaning = "participatieladder rungs of the seekers the professional considers for a future job: there is "
                     "time to prepare, so also people not yet ready for Bemiddeling",
          .source = "seed 000 §Bemiddeling ('toekomstige vacatures bieden meer kansen voor de doelgroep ... omdat er "
                    "voorbereidingstijd is'); seed 001 (tested with a situational distance to the labour market); the "
                    "range is an assumption"});
  t.bind(FIELD(growth.employer_bar),
         {.key = "growth.employer_bar", .type = ParamType::real, .unit = "score 0-1", .default_value = 0.35,
          .min = 0.0, .max = 1.0,
          .meaning = "lowest competence-and-motivation score (growth_candidate_score) an employer accepts for a "
                     "learner",
          .source = "assumption; seed 001 Table 1 step 3 (match on competencies rather than experience)"});
  t.bind(FIELD(growth.affinity_weight),
         {.key = "growth.affinity_weight", .type = ParamType::real, .unit = "weight", .default_value = 0.3, .min = 0.0,
          .max = 1.0,
          .meaning = "weight of the seeker's affinity with the job's sector in the candidate score (the rest: employee "
                     "skills and motivation, equally)",
          .source = "seed 001 Table 1 step 3 ('de baan sluit aan bij de motivatie van de kandidaat'); the weight is an "
                    "assumption"});
  t.bind(FIELD(growth.plan_acceptance),
         {.key = "growth.plan_acceptance", .type = ParamType::real_list, .unit = "probability",
          .default_value = v({0.95, 0.6}), .min = 0.0, .max = 1.0, .labels = {"financed", "not_financed"},
          .meaning = "chance that the employer signs the learning plan, with and without the municipality paying for "
                     "the learning period (policy.growth_routes.finance_learning)",
          .source = "seed 001 Table 1 step 4 ('financiële ondersteuning van het inleertraject is voor werkgevers "
                    "aantrekkelijk'); sizes are an assumption"});
}

void declare_learning(ParameterTable& t) {
  t.bind(FIELD(growth.learning_weeks),
         {.key = "growth.learning_weeks", .type = ParamType::real_list, .unit = "weeks", .default_value = v({16, 26}),
          .min = 1.0, .max = 104.0, .labels = kRoutes,
          .meaning = "planned length of learning in, by route (shorter when the job starts sooner)",
          .source = "seed 001 Table 1 step 4 (the learning plan fixes the duration); lengths are an assumption "
                    "(the large-scale route is a course at a training centre or ROC)"});
  t.bind(FIELD(growth.min_learning_weeks),
         {.key = "growth.min_learning_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{6}, .min = 1.0, .max = 104.0,
          .meaning = "shortest learning period: a job matched later than this before its start waits for the learner",
          .source = "assumption"});
  t.bind(FIELD(growth.learning_rate),
         {.key = "growth.learning_rate", .type = ParamType::real_list, .unit = "share per week",
          .default_value = v({0.06, 0.08}), .min = 0.0, .max = 1.0, .labels = kRoutes,
          .meaning = "share of the gap to full vocational skill in the job's sector closed per week of learning in at "
                     "full guidance (the employer or training location teaches; half of it does not depend on the "
                     "case manager)",
          .source = "seed 001 Table 1 step 5 (the candidate gains experience with the tasks of the future job); sizes "
                    "are an assumption"});
  t.bind(FIELD(growth.employee_skill_rate),
         {.key = "growth.employee_skill_rate", .type = ParamType::real_list, .unit = "share per week",
          .default_value = v({0.04, 0.02}), .min = 0.0, .max = 1.0, .labels = kRoutes,
          .meaning = "share of the gap to full employee skills closed per week of learning in at full guidance "
                     "(more on the workplace of the small-scale route)",
          .source = "seed 001 Figure 1 (small-scale route: the work coach guides the employee skills on the shop "
                    "floor); sizes are an assumption"});
  t.bind(FIELD(growth.coach_hours_per_week),
         {.key = "growth.coach_hours_per_week", .type = ParamType::real, .unit = "hours per week", .default_value = 1.0,
          .min = 0.0, .max = 40.0,
          .meaning = "case-manager hours per learner per week: guidance and regular evaluations (booked on the "
                     "Opleiden tile, which runs the learning in)",
          .source = "seed 001 Table 1 step 5 ('de voortgang wordt regelmatig geëvalueerd'; the work coach's "
                    "involvement removes barriers quickly); hours are an assumption"});
  t.bind(FIELD(growth.learning_eur_per_week),
         {.key = "growth.learning_eur_per_week", .type = ParamType::real_list, .unit = "EUR per week",
          .default_value = v({100, 250}), .min = 0.0, .max = 10000.0, .labels = kRoutes,
          .meaning = "cost of the learning period per week when the municipality pays for it: the employer's "
                     "supervision (small-scale) or the training location (large-scale); a partner cost of Opleiden",
          .source = "seed 001 Table 1 step 4 (financing of the learning period is agreed); amounts are an "
                    "assumption"});
  t.bind(FIELD(growth.dropout_per_year),
         {.key = "growth.dropout_per_year", .type = ParamType::real, .unit = "per year", .default_value = 0.6,
          .min = 0.0, .max = 52.0,
          .meaning = "base hazard of leaving a learning trajectory (times employment.debt_hazard_ratio and "
                     "employment.childcare_hazard_ratio for unresolved problems)",
          .source = "assumption; seed 003 §4.3 (debts and childcare cause dropout), seed 001 Table 1 step 5 "
                    "(motivation of candidate and employer matters)"});
  t.bind(FIELD(growth.guidance_hazard_ratio),
         {.key = "growth.guidance_hazard_ratio", .type = ParamType::real, .unit = "hazard ratio", .default_value = 0.6,
          .min = 0.0, .max = 1.0,
          .meaning = "learning dropout hazard multiplier at full case-manager guidance (scaled by the hours given)",
          .source = "seed 001 Table 1 step 5 ('goede dagelijkse begeleiding is noodzakelijk, net als de "
                    "betrokkenheid van de werkcoach'); the size is an assumption"});
  t.bind(FIELD(growth.transition_dropout),
         {.key = "growth.transition_dropout", .type = ParamType::real, .unit = "probability", .default_value = 0.1,
          .min = 0.0, .max = 1.0,
          .meaning = "chance that a learner drops out at a transition: a new supervisor (small-scale) or the move from "
                     "the training location to the workplace at the end (large-scale)",
          .source = "seed 001 ('bij elke overgang in het traject ... kan de werkzoekende onzeker worden of zelfs "
                    "afhaken'); the size is an assumption"});
  t.bind(FIELD(growth.supervisor_changes_per_year),
         {.key = "growth.supervisor_changes_per_year", .type = ParamType::real, .unit = "per year", .default_value = 0.5,
          .min = 0.0, .max = 52.0,
          .meaning = "rate of supervisor changes during learning in at the employer's workplace (small-scale route)",
          .source = "seed 001 ('let speciaal op bij veel wisselingen van leidinggevenden'); the rate is an assumption"});
  t.bind(FIELD(growth.employer_teaching_share),
         {.key = "growth.employer_teaching_share", .type = ParamType::real, .unit = "share", .default_value = 0.5,
          .min = 0.0, .max = 1.0,
          .meaning = "share of the learning in a growth route that the employer or the training location gives "
                     "whatever the case manager's time; the rest scales with the case manager's guidance",
          .source = "seed 001 steps 4-5: the employer or training location teaches the tasks, the case manager "
                    "guides; the split is an assumption"});
  t.bind(FIELD(growth.disclosure_trust_offset),
         {.key = "growth.disclosure_trust_offset", .type = ParamType::real, .unit = "-", .default_value = 0.5,
          .min = 0.0, .max = 2.0,
          .meaning = "an employer names an expected growth job in a conversation with probability "
                     "growth.disclosure_probability x (this + trust)",
          .source = "seed 001 step 1 (employers share plans with those they trust); the form is an assumption: at "
                    "middle trust the stated probability"});
}

}  // namespace

void declare_growth(ParameterTable& t) {
  declare_levers(t);
  declare_growth_profile(t);
  declare_steps(t);
  declare_learning(t);
}

#undef FIELD

}  // namespace regiosim::models::detail
