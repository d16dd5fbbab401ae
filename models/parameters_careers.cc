// Parameters of careers over the years (models/careers.h): duration dependence out of work,
// unemployment insurance (WW) between a lost job and bijstand, leaving scope while in work, and how
// long the municipality follows someone who left benefit for work.
#include "models/parameters.h"

namespace regiosim::models::detail {

namespace {

using sim::ParamType;

#define FIELD(path) [](auto& p) -> auto& { return p.path; }

const std::string kWwLaw = "Werkloosheidswet (WW)";

void declare_duration(ParameterTable& t) {
  t.bind(FIELD(careers.skill_depreciation_per_year),
         {.key = "careers.skill_depreciation_per_year", .type = ParamType::real, .unit = "share per year",
          .default_value = 0.04, .min = 0.0, .max = 0.5,
          .meaning = "yearly loss of employee skills and vocational skills (as a share of their level) while out "
                     "of work: waiting, in service or on WW",
          .source = "Edin & Gustavsson (2008), 'Time out of work and skill depreciation', ILR Review 61(2): a year "
                    "out of work costs about 5 percentile points of general skills (Swedish panel); the share of "
                    "the level is an assumption, range 0.01-0.08"});
  t.bind(FIELD(careers.discouragement_per_year),
         {.key = "careers.discouragement_per_year", .type = ParamType::real, .unit = "share per year",
          .default_value = 0.05, .min = 0.0, .max = 0.5,
          .meaning = "yearly loss of motivation and self-confidence (as a share of their level) while out of work; "
                     "both set how many own applications a seeker sends and how employers see the candidate",
          .source = "Krueger & Mueller (2011), 'Job search, emotional well-being and job finding in a period of "
                    "mass unemployment', Brookings Papers: search time falls and discouragement rises with the "
                    "duration of unemployment; the size is an assumption, range 0.02-0.10"});
}

void declare_scope(ParameterTable& t) {
  t.bind(FIELD(careers.work_exit_per_year),
         {.key = "careers.work_exit_per_year", .type = ParamType::real, .unit = "share per year",
          .default_value = 0.05, .min = 0.0, .max = 1.0,
          .meaning = "yearly rate of leaving the municipality's scope while in work or on WW (moving out of the "
                     "region, emigration, death); on benefit flows.other_outflow_per_year applies instead",
          .source = "assumption: CBS counts about 4% of residents moving to another municipality each year, more "
                    "among the young; range 0.03-0.08"});
  t.bind(FIELD(careers.follow_up_weeks),
         {.key = "careers.follow_up_weeks", .type = ParamType::integer, .unit = "weeks", .default_value = std::int64_t{104},
          .min = 13.0, .max = 1040.0,
          .meaning = "weeks a person who left benefit for work is followed (a job loss in that time brings the "
                     "person back, through WW or at once); after that the person leaves scope as an outflow to work, "
                     "and a later return belongs to the new registrations (flows.inflow_per_year)",
          .source = "assumption: return to bijstand after outflow to work is commonly measured within two years "
                    "(dutch-figures.md: the CBS and Divosa rates count every registration as inflow, returns "
                    "included); range 52-208"});
}

void declare_ww(ParameterTable& t) {
  t.bind(FIELD(careers.ww_reference_weeks),
         {.key = "careers.ww.reference_weeks", .type = ParamType::integer, .unit = "weeks", .default_value = std::int64_t{36},
          .min = 1.0, .max = 520.0,
          .meaning = "the period before the job loss in which the weeks worked are counted (wekeneis)",
          .source = kWwLaw + " art. 17: 26 weeks worked in the 36 weeks before unemployment"});
  t.bind(FIELD(careers.ww_weeks_worked),
         {.key = "careers.ww.weeks_worked", .type = ParamType::integer, .unit = "weeks", .default_value = std::int64_t{26},
          .min = 1.0, .max = 520.0,
          .meaning = "weeks in paid work within careers.ww.reference_weeks that give a right to WW (trial placements "
                     "and traineeships are unpaid and do not count)",
          .source = kWwLaw + " art. 17 (wekeneis)"});
  t.bind(FIELD(careers.ww_base_weeks),
         {.key = "careers.ww.base_weeks", .type = ParamType::integer, .unit = "weeks", .default_value = std::int64_t{13},
          .min = 1.0, .max = 520.0,
          .meaning = "WW duration when only the wekeneis is met (three months)",
          .source = kWwLaw + " art. 42"});
  t.bind(FIELD(careers.ww_history_years),
         {.key = "careers.ww.history_years", .type = ParamType::real, .unit = "years", .default_value = 4.0,
          .min = 0.0, .max = 50.0,
          .meaning = "years of paid work that give a WW of one month per year worked (arbeidsverledeneis, "
                     "simplified: the years of the job just lost); the years counted are those of that job plus the "
                     "registered work history",
          .source = kWwLaw + " art. 42 (arbeidsverledeneis: paid work in 4 of the 5 calendar years before); the "
                         "simplification that only the lost job shows it is an assumption"});
  t.bind(FIELD(careers.ww_max_weeks),
         {.key = "careers.ww.max_weeks", .type = ParamType::integer, .unit = "weeks", .default_value = std::int64_t{104},
          .min = 1.0, .max = 520.0,
          .meaning = "longest WW duration (24 months)",
          .source = kWwLaw + " art. 42 as shortened from 2016 (38 to 24 months)"});
  t.bind(FIELD(careers.ww_replacement_first),
         {.key = "careers.ww.replacement_first", .type = ParamType::real, .unit = "share of the wage",
          .default_value = 0.75, .min = 0.0, .max = 1.0,
          .meaning = "WW as a share of the last wage in its first careers.ww.first_weeks weeks",
          .source = kWwLaw + " art. 47 (75% in the first two months)"});
  t.bind(FIELD(careers.ww_first_weeks),
         {.key = "careers.ww.first_weeks", .type = ParamType::integer, .unit = "weeks", .default_value = std::int64_t{9},
          .min = 0.0, .max = 520.0,
          .meaning = "weeks of WW at careers.ww.replacement_first",
          .source = kWwLaw + " art. 47 (two months, about 9 weeks)"});
  t.bind(FIELD(careers.ww_replacement_after),
         {.key = "careers.ww.replacement_after", .type = ParamType::real, .unit = "share of the wage",
          .default_value = 0.70, .min = 0.0, .max = 1.0,
          .meaning = "WW as a share of the last wage after the first weeks; where it falls below the bijstand norm, "
                     "bijstand pays the difference and the municipality serves the person as before",
          .source = kWwLaw + " art. 47 (70% after two months); bijstand tops up an income below the norm "
                         "(Participatiewet art. 31-32: WW counts as income)"});
}

}  // namespace

void declare_careers(ParameterTable& t) {
  declare_duration(t);
  declare_scope(t);
  declare_ww(t);
}

}  // namespace regiosim::models::detail
