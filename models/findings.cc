#include "models/findings.h"

namespace regiosim::models {

namespace {
// The growth profile of scenarios/nieuwe-banen.toml: growth in logistics, care, production and transport.
const std::string kGrowth = "growth.jobs_per_year=[0.01, 0.0, 0.0, 0.02, 0.06, 0.03, 0.04, 0.0, 0.0]";
// The purchase of scenarios/werkmakelaar.toml: 22% of the new registrants on rungs 3-5, two coaches of 30.
const std::vector<std::string> kWerkmakelaar = {"policy.werkmakelaar.share=0.22", "policy.werkmakelaar.coaches=2",
                                                "policy.werkmakelaar.caseload=30"};
// The provider's promise (seed 002): shares of the referred clients.
constexpr double kPromiseWm1 = 0.3;  // not behaviour: the claim checked, as the seed states it
constexpr double kPromiseWm2 = 0.3;  // not behaviour: the claim checked, as the seed states it
constexpr double kPromiseWm3 = 0.4;  // not behaviour: the claim checked, as the seed states it
}  // namespace

const std::vector<Finding>& findings() {
  static const std::vector<Finding> list = {
      {"integral_helps_far_more",
       "The integral approach (double demand orientation) suits people far from the labour market; the "
       "vacancy-driven approach those close to it",
       "seed 003 §2.3 and §5", "outcome",
       {"policy.employer_approach=\"demand\""}, {"policy.employer_approach=\"integral\""},
       "placement_rate_52w_rungs_1_3", "placement_rate_52w_rungs_4_5", +1,
       "integral minus demand raises the 52-week placement rate of registrants on rungs 1-3 more than that of "
       "rungs 4-5"},
      {"demand_suits_the_close",
       "The employer approach should fit the person: for people close to the labour market the vacancy is the "
       "starting point, not the candidate",
       "seed 003 §2.3 ('vraaggericht' against 'aanbodgericht') and §5", "outcome",
       {"policy.employer_approach=\"supply\""}, {"policy.employer_approach=\"demand\""},
       "placement_rate_52w_rungs_4_5", "", +1,
       "the demand-oriented approach places more registrants on rungs 4-5 within 52 weeks than the "
       "supply-oriented one"},
      {"approach_per_person_places_more",
       "The approach should fit the person: integral for those far from the labour market, vacancy-driven for those "
       "close to it, rather than one approach for everyone",
       "seed 003 §5 and §2.3", "outcome",
       {"policy.employer_approach=\"demand\""}, {"policy.employer_approach=\"per_person\""},
       "placements", "", +1,
       "giving seekers on rungs 1-3 the integral approach and the others the vacancy-driven one places more people "
       "than the vacancy-driven approach for everyone"},
      {"intensive_employer_contact_raises_outflow",
       "Intensive contact with employers (visits, one relationship kept up) raises the outflow to work",
       "seed 003 §4.3 ('veel in bedrijven op bezoek gaan') and §2.1 ('eenmalig contact volstaat niet')", "outcome",
       {"region.account_managers=4"}, {"region.account_managers=8"},
       "outflow_to_work_rate_year", "", +1,
       "twice the account managers (twice the employer contact) raise the yearly outflow to work"},
      {"guidance_not_lks_decides",
       "The wage-cost subsidy was not decisive for the employers; the guidance (job coaching) was",
       "seed 002 §Inzet loonkostensubsidie", "outcome",
       {"policy.job_coaching.max_weeks=0"}, {"policy.lks.enabled=false"},
       "outflow_off_benefit", "", +1,
       "without loonkostensubsidie more people leave benefit for work than without job coaching"},
      {"growth_routes_fill_growth_jobs",
       "Growth routes let the target group fill new jobs that employers' growth creates",
       "seed 001 (Nieuwe Banen) Table 1 steps 1-6", "outcome",
       {kGrowth, "policy.growth_routes.enabled=false"}, {kGrowth, "policy.growth_routes.enabled=true"},
       "growth_share_filled_target_group", "", +1,
       "with growth routes a larger share of the jobs from employers' growth is filled from the target group"},
      {"trial_placements_raise_outflow",
       "Without trial placements many employers are not interested",
       "seed 003 §4.3", "outcome",
       {"policy.trial_placement.enabled=true"}, {"policy.trial_placement.enabled=false"},
       "outflow_off_benefit", "", -1,
       "without trial placements fewer people leave benefit for work (a trial keeps the benefit, so the claim "
       "is on work that lasts beyond it)"},
      {"misfits_cost_placements",
       "Presenting candidates who do not fit costs the employer's goodwill, and with it placements",
       "seed 003 §4.3 and §4.6", "outcome",
       {"hiring.candidates_per_shared_vacancy=3"}, {"hiring.candidates_per_shared_vacancy=8"},
       "placements", "", -1,
       "presenting 8 instead of the best 3 candidates per shared vacancy gives fewer job starts, although the "
       "employer has more to choose from"},
      {"aftercare_raises_lasting_outflow",
       "Aftercare (informal contact after the placement) keeps people in work",
       "seed 003 §4.5; seed 000 §Werkzoekenden - Nazorg; seed 002 §Nazorg", "outcome",
       {"policy.aftercare.weeks=4"}, {"policy.aftercare.weeks=13"},
       "outflow_off_benefit", "", +1,
       "13 instead of 4 weeks of aftercare let more people leave benefit for work, net of the case managers' "
       "hours it takes from other clients"},
      {"job_coaching_raises_lasting_outflow",
       "Job coaching is a condition for lasting outflow",
       "seed 002 (jobcoaching and aftercare 'zodat hij duurzaam uitstroomt'); seed 003 §4.5", "outcome",
       {"policy.job_coaching.max_weeks=26"}, {"policy.job_coaching.max_weeks=0"},
       "outflow_off_benefit", "", -1,
       "without job coaching fewer people leave benefit for work"},
      {"single_contact_raises_placements",
       "Employers want one contact person who responds fast; that relationship brings placements",
       "seed 003 §2.1 and §4.3; seed 000 §Werkzoekenden - Nazorg", "outcome",
       {"policy.single_contact=false"}, {"policy.single_contact=true"},
       "placements", "", +1,
       "with one contact person per employer more people start a job"},
      {"werkmakelaar_promise_wm1",
       "We place 30% of the referred clients with a regular employer within 4 weeks",
       "seed 002 §Werkmakelaar 1", "level", kWerkmakelaar, kWerkmakelaar,
       "werkmakelaar_wm1_share", "", 0,
       "30% of the referred clients in a contract within 4 weeks", kPromiseWm1},
      {"werkmakelaar_promise_wm2",
       "We assume that 30% of the referred clients need a traineeship to reach a contract",
       "seed 002 §Werkmakelaar 2", "level", kWerkmakelaar, kWerkmakelaar,
       "werkmakelaar_wm2_share", "", 0,
       "30% of the referred clients in a contract via a traineeship started within 4 weeks", kPromiseWm2},
      {"werkmakelaar_promise_wm3",
       "We place 40% of the referred clients in a contract within 6 months",
       "seed 002 §Werkmakelaar 3", "level", kWerkmakelaar, kWerkmakelaar,
       "werkmakelaar_wm3_share", "", 0,
       "40% of the referred clients placed after 4 and within 26 weeks", kPromiseWm3},
  };
  return list;
}

}  // namespace regiosim::models
