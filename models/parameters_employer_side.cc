// Parameters of the employer side: account managers, the ten employer tiles, acquisition, trust
// (gunfactor), the employer approach, werkprofiel and job carving, social return and group
// placements (seed 000 §Werkgever tiles; seed 003 chapters 2, 4 and 5).
#include "models/parameters.h"

namespace regiosim::models::detail {

namespace {

using sim::ParamType;

#define FIELD(path) [](auto& p) -> auto& { return p.path; }

std::vector<double> v(std::initializer_list<double> xs) { return std::vector<double>(xs); }

void declare_levers(ParameterTable& t) {
  t.bind(FIELD(policy.employer_approach),
         {.key = "policy.employer_approach", .type = ParamType::choice, .unit = "-",
          .default_value = std::string("demand"), .choices = labels(kEmployerApproachKeys),
          .meaning = "demand: vacancy first (account managers collect vacancies, the best few candidates are proposed "
                     "and compete with regular applicants); supply: candidate first (job hunters visit employers with "
                     "a seeker in Bemiddeling and ask them to make a place); integral: double demand orientation (job "
                     "hunters visit employers with the seeker and carve a simpler job out of existing tasks, "
                     "pre-selection weighs the seeker's work wish, longer aftercare); per_person: each seeker one of "
                     "the three by rung (policy.per_person.*)",
          .source = "seed 003 §2.3 (vacancy-driven, target-group aware, workplace creation) and §5 (integral suits "
                    "seekers far from the labour market, vacancy-driven those close to it); default: assumption, most "
                    "werkgeversservicepunten start from the vacancy (seed 003 §2.3: 'feitelijk zijn alle "
                    "werkgeversbenaderingen vraaggericht')"});
  t.bind(FIELD(policy.per_person_integral_up_to_rung),
         {.key = "policy.per_person.integral_up_to_rung", .type = ParamType::integer, .unit = "rung",
          .default_value = std::int64_t{3}, .min = 0.0, .max = 6.0,
          .meaning = "with policy.employer_approach = \"per_person\": seekers on this participatieladder rung or "
                     "lower get the integral approach (0: nobody)",
          .source = "seed 003 §5 (integral suits those far from the labour market, the vacancy-driven approach those "
                    "close to it); the boundary at rung 3 is an assumption (rungs 1-3: no paid work yet), range 2-4"});
  t.bind(FIELD(policy.per_person_supply_up_to_rung),
         {.key = "policy.per_person.supply_up_to_rung", .type = ParamType::integer, .unit = "rung",
          .default_value = std::int64_t{0}, .min = 0.0, .max = 6.0,
          .meaning = "with policy.employer_approach = \"per_person\": seekers above the integral rungs and on this "
                     "rung or lower get the supply approach (candidate first); the rest the demand approach",
          .source = "seed 003 §2.3 and §5 name no group for whom candidate first is the better start; default 0 "
                    "(nobody): assumption"});
  t.bind(FIELD(policy.job_hunter_fte),
         {.key = "policy.job_hunters.fte", .type = ParamType::real, .unit = "FTE", .default_value = 2.0,
          .min = 0.0, .max = 100000.0,
          .meaning = "the municipality's job hunters, in full-time equivalents of account_manager.hours_per_week: they "
                     "go to employers with a specific seeker of the supply or integral approach in Bemiddeling, from "
                     "their own employer relations (job_hunters.*); their hours are shared over those seekers",
          .source = "seed 003 §2.2.2 (TilburgatWork: 'een drietal medewerkers hebben een specifieke functie als "
                    "accountmanager/jobhunter') and §2.2.3 (Weert: a few case managers combine their work with job "
                    "hunting); default 2 for the default region: assumption, range 0-4"});
  t.bind(FIELD(policy.integral_aftercare_weeks),
         {.key = "policy.integral.aftercare_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{26}, .min = 0.0, .max = 520.0,
          .meaning = "weeks of the case manager's Nazorg after a mediated placement of a seeker of the integral "
                     "approach (in place of policy.aftercare.weeks): the intensive support after placement",
          .source = "seed 003 §2.2.3 (the integral job hunter gives 'altijd nazorg gedurende een langere periode') and "
                    "§4.5; seed 002 §Nazorg (up to 3 months after up to 8 months of coaching); the length is an "
                    "assumption, range 13-52"});
  t.bind(FIELD(policy.cold_acquisition_share),
         {.key = "policy.cold_acquisition_share", .type = ParamType::real, .unit = "share", .default_value = 0.2,
          .min = 0.0, .max = 1.0,
          .meaning = "share of account managers' first contacts made cold (employers with no known need, picked at "
                     "random); the rest is warm (employers that posted vacancies recently or hold a social-return "
                     "clause)",
          .source = "seed 003 §4.3 (cold acquisition is not effective) and §2.2.2 (Tilburg also uses it); the default "
                    "share is an assumption"});
  t.bind(FIELD(policy.single_contact),
         {.key = "policy.single_contact", .type = ParamType::boolean, .unit = "-", .default_value = false,
          .meaning = "true: an employer deals only with one account manager (its own in the network, the sector's "
                     "outside it), who presents every candidate after vetting it against what the employer really "
                     "needs (employer_tiles.bemiddeling.hours_per_candidate each) and to whom the employer signals "
                     "problems in the Nazorg directly (employer_tiles.nazorg.reach_many_contacts); false: case "
                     "managers contact employers with their own candidates. Its hours come from the account "
                     "managers' week: staff it with region.account_managers or "
                     "policy.account_manager.hours_per_network_employer",
          .source = "seed 003 §2.1 and §4.3 ('werkgevers willen één aanspreekpunt'), seed 000 §Werkzoekenden - Nazorg "
                    "('één aanspreekpunt, weinig wisselingen in de contactpersoon en snelle (re)actie in de nazorg'), "
                    "seed 004 points 8 and 9 ('vaste contactpersoon'); default false: assumption, seed 003 §5 reports "
                    "too many different contact persons in practice"});
  t.bind(FIELD(policy.am_hours_per_network_employer),
         {.key = "policy.account_manager.hours_per_network_employer", .type = ParamType::real,
          .unit = "hours per week per employer", .default_value = 0.0, .min = 0.0, .max = 40.0,
          .meaning = "staffing norm for the account managers: when the team's employer hours (FTE x "
                     "account_manager.hours_per_week x account_manager.employer_time_share) fall short of this many "
                     "hours per week for each employer in the network, a full-time account manager is hired (the "
                     "team never shrinks below region.account_managers, and is not cut when the network shrinks: "
                     "leavers are replaced); 0: the team stays at region.account_managers. A norm above the hours "
                     "the network's own work asks leaves hours for first contacts, so the network and the team grow "
                     "together until the willing employers are reached",
          .source = "seed 004 point 8 ('afspraken ... over de menskracht en de middelen') and point 9 (the intensity "
                    "of the employer approach is set in a marktbewerkingsplan): the staffing is the municipality's "
                    "choice; no seed gives a norm (today's default team gives about 0.25 hours per network employer)"});
  t.bind(FIELD(policy.social_return_share),
         {.key = "policy.social_return.share", .type = ParamType::real, .unit = "share", .default_value = 0.5,
          .min = 0.0, .max = 1.0,
          .meaning = "share of employers with a municipal contract whose contract carries a social-return clause "
                     "(they reserve vacancies for the target group)",
          .source = "seed 003 §2.2.1 and §4.3 (6 of 51 employers hired because of social-return agreements); the share "
                    "is an assumption"});
}

void declare_account_managers(ParameterTable& t) {
  t.bind(FIELD(region.account_managers),
         {.key = "region.account_managers", .type = ParamType::real, .unit = "FTE", .default_value = 4.0,
          .min = 0.0, .max = 1'000'000.0,
          .meaning = "account-manager team in full-time equivalents (account_manager.hours_per_week each; a fraction "
                     "is one more account manager working part-time) working with employers (acquisition, employer "
                     "tiles, vacancies, candidates, Nazorg)",
          .source = "assumption: seed 003 §2.2.2 describes teams of one account manager plus matchers growing to 3 FTE "
                    "(Tilburg Matchingsunit) and three account managers/jobhunters (TilburgatWork)"});
  t.bind(FIELD(account_manager.hours_per_week),
         {.key = "account_manager.hours_per_week", .type = ParamType::real, .unit = "hours per week",
          .default_value = 36.0, .min = 0.0, .max = 80.0, .min_exclusive = true,
          .meaning = "contract hours of an account manager",
          .source = "assumption: the 36-hour full-time week of the municipal collective agreement"});
  t.bind(FIELD(account_manager.employer_time_share),
         {.key = "account_manager.employer_time_share", .type = ParamType::real, .unit = "share", .default_value = 0.7,
          .min = 0.0, .max = 1.0, .min_exclusive = true,
          .meaning = "share of contract hours spent on employer tiles and acquisition (the rest: travel, "
                     "administration, internal meetings)",
          .source = "assumption"});
  t.bind(FIELD(account_manager.skill_mean),
         {.key = "account_manager.skill_mean", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.6,
          .min = 0.0, .max = 1.0,
          .meaning = "mean repertoire breadth of account managers; raises the yield of first contacts and of "
                     "Oriëntatie visits",
          .source = "seed 003 §2.1 ('staat of valt met de kwaliteit van de contactfunctionaris') and §5 (the repertoire "
                    "differs by person); the value is an assumption"});
  t.bind(FIELD(account_manager.skill_sd),
         {.key = "account_manager.skill_sd", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.15,
          .min = 0.0, .max = 0.5,
          .meaning = "spread of account-manager skill (normal, truncated to [0, 1])",
          .source = "seed 003 §5 ('Sinds bemiddelaar X weg is hebben we klachten'); the value is an assumption"});
  t.bind(FIELD(account_manager.turnover_per_year),
         {.key = "account_manager.turnover_per_year", .type = ParamType::real, .unit = "per year",
          .default_value = 0.15, .min = 0.0, .max = 5.0,
          .meaning = "yearly chance an account manager leaves; a successor starts the next week and the employers in "
                     "the portfolio start the relationship over (back to Oriëntatie, personal trust lost)",
          .source = "seed 003 §5 (effectiveness is tied to individual mediators); the rate is an assumption"});
  t.bind(FIELD(account_manager.handover_share),
         {.key = "account_manager.handover_share", .type = ParamType::real, .unit = "share", .default_value = 0.3,
          .min = 0.0, .max = 1.0,
          .meaning = "share of an employer's trust above its base that survives a change of account manager (good "
                     "handover of information keeps some)",
          .source = "seed 003 §5 Handvatten ('zorg voor een goede informatieoverdracht'); the value is an assumption"});
  t.bind(FIELD(account_manager.max_portfolio),
         {.key = "account_manager.max_portfolio", .type = ParamType::integer, .unit = "employers",
          .default_value = std::int64_t{150}, .min = 1.0, .max = 100000.0,
          .meaning = "most employers in one account manager's portfolio; a full portfolio stops acquisition",
          .source = "assumption: neither seed gives a portfolio size (seed 003 §5 mentions large caseloads)"});
  t.bind(FIELD(account_manager.max_contacts_per_week),
         {.key = "account_manager.max_contacts_per_week", .type = ParamType::integer, .unit = "employers per week",
          .default_value = std::int64_t{3}, .min = 0.0, .max = 1000.0,
          .meaning = "most first contacts (Werkgever contact) one account manager makes in a week, hours permitting",
          .source = "assumption"});
  t.bind(FIELD(account_manager.ramp_up_weeks),
         {.key = "account_manager.ramp_up_weeks", .type = ParamType::real, .unit = "weeks", .default_value = 13.0,
          .min = 0.0, .max = 5200.0,
          .meaning = "a new account manager's visits reach full effect after this many weeks (learning the region's "
                     "employers); effect rises linearly from account_manager.start_effectiveness",
          .source = "assumption"
                    "; upper bound 5,200: the longest run (sim.weeks); longer means never within a run"});
  t.bind(FIELD(account_manager.start_effectiveness),
         {.key = "account_manager.start_effectiveness", .type = ParamType::real, .unit = "share", .default_value = 0.5,
          .min = 0.0, .max = 1.0,
          .meaning = "a new account manager's effect as a share of a settled one's in the first week",
          .source = "assumption: a new account manager knows the work but not yet the region's employers"});
  t.bind(FIELD(account_manager.skill_offset),
         {.key = "account_manager.skill_offset", .type = ParamType::real, .unit = "-", .default_value = 0.5,
          .min = 0.0, .max = 2.0,
          .meaning = "a settled account manager's effect is (this + skill): a skill of 0.5 gives the tiles' stated "
                     "success, an unskilled one half of it",
          .source = "assumption: skill scales the stated success around an average account manager"});
}

void declare_employer_tiles(ParameterTable& t) {
  const std::string hours = "seed 000 §Werkgever - the tile's description; hours are an assumption";
  t.bind(FIELD(employer_tiles.contact_hours),
         {.key = "employer_tiles.werkgever_contact.hours", .type = ParamType::real, .unit = "hours",
          .default_value = 2.0, .min = 0.0, .max = 200.0, .min_exclusive = true,
          .meaning = "account-manager hours for one first contact (Werkgever contact: profile of the employer, visit "
                     "to the shop floor)",
          .source = hours + "; upper bound 200: five full-time working weeks of staff for one client, employer or vacancy"});
  t.bind(FIELD(employer_tiles.orientatie_hours),
         {.key = "employer_tiles.orientatie.hours_per_visit", .type = ParamType::real, .unit = "hours",
          .default_value = 2.0, .min = 0.0, .max = 200.0, .min_exclusive = true,
          .meaning = "hours of one Oriëntatie visit (options of inclusive employment, examples, realistic "
                     "expectations); visits at employer_tiles.orientatie.visits_per_week",
          .source = hours + "; upper bound 200: five full-time working weeks of staff for one client, employer or vacancy"});
  t.bind(FIELD(employer_tiles.orientatie_visits),
         {.key = "employer_tiles.orientatie.visits", .type = ParamType::real, .unit = "visits", .default_value = 3.0,
          .min = 1.0, .max = 52.0,
          .meaning = "mean Oriëntatie visits at full effect before an employer is ready to think about candidates "
                     "(fewer for idealistic and obliged employers, more for unwilling ones)",
          .source = "seed 003 §2.1 ('eenmalig contact volstaat niet'); the number is an assumption"
                    "; upper bound 52: a visit every week for a year"});
  t.bind(FIELD(employer_tiles.orientatie_visits_per_week),
         {.key = "employer_tiles.orientatie.visits_per_week", .type = ParamType::real, .unit = "visits per week",
          .default_value = 0.5, .min = 0.01, .max = 1.0,
          .meaning = "how often an account manager visits an employer in Oriëntatie at full intensity (its hours "
                     "are employer_tiles.orientatie.hours per visit times this)",
          .source = "assumption: a visit every two weeks, so that an employer is oriented within a quarter"});
  t.bind(FIELD(employer_tiles.werkprofiel_hours),
         {.key = "employer_tiles.opstellen_werkprofiel.hours", .type = ParamType::real, .unit = "hours",
          .default_value = 4.0, .min = 0.0, .max = 200.0,
          .meaning = "hours to draw up a werkprofiel: the work described in competences and its real minimum "
                     "requirements (with job carving under the integral approach)",
          .source = hours + "; upper bound 200: five full-time working weeks of staff for one client, employer or vacancy"});
  t.bind(FIELD(employer_tiles.opleiden_hours),
         {.key = "employer_tiles.opleiden.hours", .type = ParamType::real, .unit = "hours", .default_value = 2.0,
          .min = 0.0, .max = 200.0,
          .meaning = "account-manager hours to arrange training of supervisors (for employers without an HR "
                     "department or with a social-return clause)",
          .source = hours + "; seed 003 §5: these employers need the most support"
                    "; upper bound 200: five full-time working weeks of staff for one client, employer or vacancy"});
  t.bind(FIELD(employer_tiles.opleiden_eur),
         {.key = "employer_tiles.opleiden.eur", .type = ParamType::real, .unit = "EUR", .default_value = 600.0,
          .min = 0.0, .max = 100000.0,
          .meaning = "cost of that training (e.g. a course in inclusive supervision), paid by the municipality",
          .source = "assumption; seed 000 §Werkgever - Opleiden names such trainings"
                    "; upper bound 100,000: more than ten times the price of any trajectory, course or adaptation"});
  t.bind(FIELD(employer_tiles.werving_hours_per_vacancy),
         {.key = "employer_tiles.werving_en_selectie.hours_per_vacancy", .type = ParamType::real, .unit = "hours",
          .default_value = 1.0, .min = 0.0, .max = 200.0,
          .meaning = "hours per vacancy an employer shares with the municipality (agreeing the procedure, searching "
                     "the pool, pre-selection)",
          .source = hours + "; upper bound 200: five full-time working weeks of staff for one client, employer or vacancy"});
  t.bind(FIELD(employer_tiles.bemiddeling_hours_per_candidate),
         {.key = "employer_tiles.bemiddeling.hours_per_candidate", .type = ParamType::real, .unit = "hours",
          .default_value = 0.25, .min = 0.0, .max = 200.0,
          .meaning = "account-manager hours per candidate it presents (vacancy first, or with policy.single_contact "
                     "every candidate of the case managers: the vetting and the contact with the employer); charged "
                     "before the development tiles and first contacts",
          .source = hours + "; upper bound 200: five full-time working weeks of staff for one client, employer or vacancy"});
  t.bind(FIELD(employer_tiles.plaatsing_hours),
         {.key = "employer_tiles.plaatsing.hours", .type = ParamType::real, .unit = "hours", .default_value = 1.0,
          .min = 0.0, .max = 200.0,
          .meaning = "account-manager hours per hire at an employer in the network (agreements, instruments, risks)",
          .source = hours + "; upper bound 200: five full-time working weeks of staff for one client, employer or vacancy"});
  t.bind(FIELD(employer_tiles.nazorg_hours_per_worker),
         {.key = "employer_tiles.nazorg.hours_per_worker", .type = ParamType::real, .unit = "hours per week",
          .default_value = 0.25, .min = 0.0, .max = 40.0,
          .meaning = "account-manager hours per week per placed worker in the employer's Nazorg (every mediated "
                     "placement at an employer in the network; served, like the other development tiles, as far as "
                     "the account manager's hours allow)",
          .source = hours + "; upper bound 40: a full-time working week of staff for one client"});
  t.bind(FIELD(employer_tiles.nazorg_weeks),
         {.key = "employer_tiles.nazorg.weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{13}, .min = 0.0, .max = 520.0,
          .meaning = "weeks after a hire in which the employer's Nazorg runs (contact moments with the employer)",
          .source = "seed 000 §Werkgever - Nazorg; the length is an assumption (seed 002 gives up to 3 months of "
                    "aftercare)"});
  t.bind(FIELD(employer_tiles.nazorg_reach_many_contacts),
         {.key = "employer_tiles.nazorg.reach_many_contacts", .type = ParamType::real, .unit = "share",
          .default_value = 0.6, .min = 0.0, .max = 1.0,
          .meaning = "without policy.single_contact: share of the problems the employer signals in the Nazorg that "
                     "reach the person who acts on them in time (the account manager has to pass them on to the "
                     "worker's case manager); with one contact person all do. Scales the Nazorg's effect on dropout "
                     "(employment.employer_nazorg_hazard_ratio)",
          .source = "seed 003 §4.3 (without a good handover between account manager and mediator, miscommunication and "
                    "misunderstandings) and §5 (complaints about poor coordination between mediators), seed 000 "
                    "§Werkzoekenden - Nazorg ('snelle (re)actie in de nazorg'); the share is an assumption, plausible "
                    "0.4-0.9"});
  t.bind(FIELD(employer_tiles.voorzorg_interval_weeks),
         {.key = "employer_tiles.voorzorg.interval_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{13}, .min = 1.0, .max = 520.0,
          .meaning = "a ready employer without other contact gets a Voorzorg visit (relationship upkeep, "
                     "information on instruments, staff at risk) this often",
          .source = "seed 000 §Werkgever - Voorzorg ('bouw aan relaties'); the interval is an assumption"});
  t.bind(FIELD(employer_tiles.voorzorg_hours),
         {.key = "employer_tiles.voorzorg.hours", .type = ParamType::real, .unit = "hours", .default_value = 1.0,
          .min = 0.0, .max = 200.0, .meaning = "hours of one Voorzorg visit", .source = hours + "; upper bound 200: five full-time working weeks of staff for one client, employer or vacancy"});
}

void declare_acquisition(ParameterTable& t) {
  t.bind(FIELD(acquisition.warm_success),
         {.key = "acquisition.warm_success", .type = ParamType::real, .unit = "probability", .default_value = 0.35,
          .min = 0.0, .max = 1.0,
          .meaning = "chance a warm first contact (an employer with a known need) brings a willing employer into the "
                     "network, for an account manager of skill 0.5",
          .source = "seed 000 §Werkgever contact (employers mostly come on their own initiative); the value is an "
                    "assumption"});
  t.bind(FIELD(acquisition.cold_success),
         {.key = "acquisition.cold_success", .type = ParamType::real, .unit = "probability", .default_value = 0.06,
          .min = 0.0, .max = 1.0,
          .meaning = "same for a cold first contact; a failed cold contact also costs trust (trust.cold_call_loss)",
          .source = "seed 003 §4.3 ('koude acquisitie ... ineffectief'); the value is an assumption"});
  t.bind(FIELD(acquisition.unwilling_factor),
         {.key = "acquisition.unwilling_factor", .type = ParamType::real, .unit = "factor", .default_value = 0.3,
          .min = 0.0, .max = 1.0,
          .meaning = "multiplier of that chance for an employer not (yet) willing to take people from the target group",
          .source = "assumption; 61% of employers say they are willing (data: dutch-figures.md row 'employers')"});
  t.bind(FIELD(acquisition.retry_weeks),
         {.key = "acquisition.retry_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{26}, .min = 0.0, .max = 1040.0,
          .meaning = "an employer approached without result is not approached again for this many weeks",
          .source = "assumption"});
  t.bind(FIELD(acquisition.warm_window_weeks),
         {.key = "acquisition.warm_window_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{13}, .min = 1.0, .max = 520.0,
          .meaning = "an employer that posted a vacancy within this many weeks counts as a warm contact",
          .source = "assumption; seed 003 §2.3 (the vacancy as starting point)"});
}

void declare_trust(ParameterTable& t) {
  const std::string asymmetry =
      "seed 003 §4.3: trust is built slowly through good matches, visits, aftercare and one contact person, and a "
      "mismatch costs the gunfactor, 'moeilijk terug te winnen'; the size is an assumption";
  t.bind(FIELD(trust.mean),
         {.key = "trust.mean", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.45,
          .min = 0.01, .max = 0.99,
          .meaning = "mean trust (gunfactor) of employers in the municipality's mediators before any contact (beta)",
          .source = "assumption"});
  t.bind(FIELD(trust.concentration),
         {.key = "trust.concentration", .type = ParamType::real, .unit = "-", .default_value = 12.0, .min = 0.5, .max = 1000.0,
          .meaning = "concentration a+b of that beta distribution", .source = "assumption"
                    "; upper bound 1,000: as population.trait_concentration: beyond it every employer starts at the mean"});
  t.bind(FIELD(trust.idealism_bonus),
         {.key = "trust.idealism_bonus", .type = ParamType::real, .unit = "index", .default_value = 0.1, .min = 0.0,
          .max = 0.5,
          .meaning = "extra starting trust of employers driven by idealism (their values match the work)",
          .source = "seed 003 §2.1 (care and education: 'iedereen verdient een kans'); the size is an assumption"});
  t.bind(FIELD(trust.visit_gain),
         {.key = "trust.visit_gain", .type = ParamType::real, .unit = "share of the gap to 1", .default_value = 0.03,
          .min = 0.0, .max = 1.0,
          .meaning = "trust gained per visit (Oriëntatie, Voorzorg, werkprofiel)",
          .source = "seed 003 §4.3 ('veel in bedrijven op bezoek gaan'); the size is an assumption"});
  t.bind(FIELD(trust.good_match_gain),
         {.key = "trust.good_match_gain", .type = ParamType::real, .unit = "share of the gap to 1",
          .default_value = 0.1, .min = 0.0, .max = 1.0,
          .meaning = "trust gained when a placed worker is still there after trust.good_match_weeks",
          .source = "seed 003 §4.4 (earlier good candidates make employers listen to the mediator); the size is an "
                    "assumption"});
  t.bind(FIELD(trust.fast_fill_gain),
         {.key = "trust.fast_fill_gain", .type = ParamType::real, .unit = "share of the gap to 1",
          .default_value = 0.03, .min = 0.0, .max = 1.0,
          .meaning = "trust gained when a vacancy shared with the municipality is filled within trust.fast_fill_weeks",
          .source = "seed 003 §2.1 ('tijd is geld', short lead times) and §4.3 (fast action); the size is an "
                    "assumption"});
  t.bind(FIELD(trust.nazorg_gain),
         {.key = "trust.nazorg_gain", .type = ParamType::real, .unit = "share of the gap to 1 per week",
          .default_value = 0.01, .min = 0.0, .max = 1.0,
          .meaning = "trust gained per week of the employer's Nazorg by its account manager",
          .source = "seed 003 §4.3 and §4.5 ('door ook na plaatsing contact te houden ... wordt de vertrouwensband "
                    "onderhouden'); the size is an assumption"});
  t.bind(FIELD(trust.mismatch_loss),
         {.key = "trust.mismatch_loss", .type = ParamType::real, .unit = "share of trust", .default_value = 0.2,
          .min = 0.0, .max = 1.0,
          .meaning = "trust lost when a placed worker drops out, or a trial placement ends without a contract, within "
                     "trust.good_match_weeks",
          .source = asymmetry});
  t.bind(FIELD(trust.pushed_candidate_loss),
         {.key = "trust.pushed_candidate_loss", .type = ParamType::real, .unit = "share of trust",
          .default_value = 0.04, .min = 0.0, .max = 1.0,
          .meaning = "trust lost when the municipality presents a candidate the employer clearly doubts (score below "
                     "its bar by more than trust.doubt_margin)",
          .source = "seed 003 §4.4 and §4.5 ('teveel doorduwen kan de vertrouwensband zelfs schaden'); the size is an "
                    "assumption"});
  t.bind(FIELD(trust.contact_person_loss),
         {.key = "trust.contact_person_loss", .type = ParamType::real, .unit = "share of trust",
          .default_value = 0.05, .min = 0.0, .max = 1.0,
          .meaning = "trust lost when yet another person from the municipality contacts an employer that already "
                     "dealt with someone else within trust.contact_window_weeks",
          .source = "seed 003 §4.3 ('niet gewaardeerd als ... er steeds andere contactpersonen zijn. Deze contacten "
                    "worden verbroken door de werkgever'); the size is an assumption"});
  t.bind(FIELD(trust.cold_call_loss),
         {.key = "trust.cold_call_loss", .type = ParamType::real, .unit = "share of trust", .default_value = 0.05,
          .min = 0.0, .max = 1.0,
          .meaning = "trust lost by an employer after a cold acquisition call that did not convince it",
          .source = "seed 003 §4.3 (cold acquisition and ambushing the employer are ineffective); the size is an "
                    "assumption"});
  t.bind(FIELD(trust.recovery_factor),
         {.key = "trust.recovery_factor", .type = ParamType::real, .unit = "factor", .default_value = 0.3,
          .min = 0.0, .max = 1.0,
          .meaning = "gains are multiplied by this while trust is below its recent peak (lost trust is slow to regain)",
          .source = asymmetry});
  t.bind(FIELD(trust.drift_weeks),
         {.key = "trust.drift_weeks", .type = ParamType::real, .unit = "weeks", .default_value = 52.0, .min = 1.0, .max = 5200.0,
          .meaning = "without any contact, trust returns towards the employer's base with this time constant",
          .source = "seed 003 §2.1 ('eenmalig contact volstaat niet om een duurzame relatie op te bouwen'); the time is "
                    "an assumption"
                    "; upper bound 5,200: the longest run (sim.weeks); longer means never within a run"});
  t.bind(FIELD(trust.peak_memory_weeks),
         {.key = "trust.peak_memory_weeks", .type = ParamType::real, .unit = "weeks", .default_value = 104.0,
          .min = 1.0, .max = 5200.0,
          .meaning = "the remembered peak trust fades towards current trust with this time constant",
          .source = "assumption"
                    "; upper bound 5,200: the longest run (sim.weeks); longer means never within a run"});
  t.bind(FIELD(trust.break_off_below),
         {.key = "trust.break_off_below", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.2,
          .min = 0.0, .max = 1.0,
          .meaning = "an employer in the network whose trust falls below this breaks off the contact",
          .source = "seed 003 §4.3 ('deze contacten worden verbroken door de werkgever'); the level is an assumption"});
  t.bind(FIELD(trust.break_off_weeks),
         {.key = "trust.break_off_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{52}, .min = 0.0, .max = 1040.0,
          .meaning = "weeks an employer that broke off contact cannot be approached again",
          .source = "assumption"});
  t.bind(FIELD(trust.contact_window_weeks),
         {.key = "trust.contact_window_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{52}, .min = 1.0, .max = 520.0,
          .meaning = "window in which different contact persons count as 'many'",
          .source = "assumption"});
  t.bind(FIELD(trust.good_match_weeks),
         {.key = "trust.good_match_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{26}, .min = 1.0, .max = 520.0,
          .meaning = "a placement that lasts this long counts as a good match; one that ends earlier through dropout "
                     "or an unconverted trial as a mismatch",
          .source = "assumption: half a year, the first sustainability measure of the model"});
  t.bind(FIELD(trust.fast_fill_weeks),
         {.key = "trust.fast_fill_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{2}, .min = 0.0, .max = 52.0,
          .meaning = "a shared vacancy filled by the municipality within this many weeks counts as a fast response",
          .source = "assumption"});
  t.bind(FIELD(trust.doubt_margin),
         {.key = "trust.doubt_margin", .type = ParamType::real, .unit = "index", .default_value = 0.1, .min = 0.0, .max = 1.0,
          .meaning = "a presented candidate scoring this far below the employer's bar is one it clearly doubts",
          .source = "assumption"
                    "; upper bound 1: the whole range of the employer's bar"});
  t.bind(FIELD(trust.share_factor),
         {.key = "trust.share_factor", .type = ParamType::real, .unit = "factor", .default_value = 1.6, .min = 0.0, .max = 100.0,
          .meaning = "a ready employer shares a new vacancy with the municipality with probability trust x this (at "
                     "most 1): trust is the willingness to take further candidates",
          .source = "seed 003 §4.3 (gunfactor: the employer is willing to think along about placements); the factor "
                    "is an assumption"
                    "; upper bound 100: trust x 100 is 1 from a trust of 0.01: beyond it every ready employer shares"});
  t.bind(FIELD(trust.group_misfit_factor),
         {.key = "trust.group_misfit_factor", .type = ParamType::real, .unit = "factor", .default_value = 2.0,
          .min = 0.0, .max = 100.0,
          .meaning = "in a group placement a CV the employer rejects costs this many times trust.pushed_candidate_loss "
                     "(whatever the margin)",
          .source = "seed 003 §4.6 ('minder speling ... voor het aanleveren van Cv's die niet goed aansluiten'); the "
                    "factor is an assumption"
                    "; upper bound 100: a hundred times the loss of a pushed candidate exceeds the whole range of trust"});
  t.bind(FIELD(trust.reference),
         {.key = "trust.reference", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.5,
          .min = 0.01, .max = 0.99,
          .meaning = "the trust at which an employer's trust neither raises nor lowers dropout "
                     "(employment.trust_hazard_slope), a candidate's score (hiring.trust_weight) or the acceptance of a "
                     "request for a place (proportional to trust / this)",
          .source = "assumption: the middle of the trust index"});
}

void declare_employers(ParameterTable& t) {
  t.bind(FIELD(employers.requirement_inflation_mean),
         {.key = "employers.requirement_inflation_mean", .type = ParamType::real, .unit = "index 0-1",
          .default_value = 0.1, .min = 0.0, .max = 0.5,
          .meaning = "mean amount by which an employer's stated vocational-skill requirement exceeds what the work "
                     "needs (uniform between 0 and twice this); a werkprofiel removes it",
          .source = "seed 003 §4.3 ('veel werkgevers hebben de neiging om te hoge eisen voor een functie te stellen'); "
                    "the size is an assumption"});
  t.bind(FIELD(employers.idealism_share),
         {.key = "employers.idealism_share", .type = ParamType::real_list, .unit = "share",
          .default_value = v({0.5, 0.25, 0.35}), .min = 0.0, .max = 1.0, .labels = labels(kSizeClassKeys),
          .meaning = "share of employers per size class whose main motive is idealism (social responsibility); the "
                     "others act mainly for economic reasons",
          .source = "seed 003 §2.1 (small firms: idealism; medium firms: financial advantages; large firms not "
                    "described) and §4.3 (mostly a mix); the shares are an assumption"});
  t.bind(FIELD(employers.idealism_care_bonus),
         {.key = "employers.idealism_care_bonus", .type = ParamType::real, .unit = "share", .default_value = 0.2,
          .min = 0.0, .max = 1.0,
          .meaning = "added to that share for employers in care",
          .source = "seed 003 §2.1 (in care and education the work matches the sector's values)"});
  t.bind(FIELD(employers.economic_subsidy_factor),
         {.key = "employers.economic_subsidy_factor", .type = ParamType::real, .unit = "factor", .default_value = 1.5,
          .min = 0.0, .max = 10.0,
          .meaning = "economically motivated employers count the loonkostensubsidie this many times more (at most all "
                     "of it)",
          .source = "seed 003 §2.1 (medium firms are mainly interested in the financial advantages); the factor is an "
                    "assumption"});
  t.bind(FIELD(employers.municipal_contract_share),
         {.key = "employers.municipal_contract_share", .type = ParamType::real_list, .unit = "share",
          .default_value = v({0.02, 0.10, 0.30}), .min = 0.0, .max = 1.0, .labels = labels(kSizeClassKeys),
          .meaning = "share of employers per size class supplying the municipality (procurement), in the sectors where "
                     "social return is used (cleaning, green maintenance, transport, care, other); zero elsewhere",
          .source = "seed 003 §2.2.1 (social return in home care, green maintenance, pupil transport, road "
                    "maintenance, cleaning); the shares are an assumption"});
  t.bind(FIELD(employers.network_exit_per_year),
         {.key = "employers.network_exit_per_year", .type = ParamType::real, .unit = "per year", .default_value = 0.1,
          .min = 0.0, .max = 5.0,
          .meaning = "yearly chance an employer leaves the municipality's network for reasons of its own (closes, "
                     "moves, changes owner, no more simple work); it can be approached again later",
          .source = "assumption; seed 003 §4.3: most employers keep long relationships with mediators"});
  t.bind(FIELD(employers.network_share_at_start),
         {.key = "employers.network_share_at_start", .type = ParamType::real, .unit = "share", .default_value = 0.25,
          .min = 0.0, .max = 1.0,
          .meaning = "share of the willing employers already in the municipality's network at the start (ready for "
                     "candidates, with a werkprofiel, divided over the account managers in turn)",
          .source = "assumption: an established werkgeversservicepunt; it shortens the burn-in towards the network "
                    "size that acquisition and exits settle at"});
  t.bind(FIELD(employers.subsidy_sensitivity_concentration),
         {.key = "employers.subsidy_sensitivity_concentration", .type = ParamType::real, .unit = "-",
          .default_value = 4.0, .min = 0.5, .max = 1000.0,
          .meaning = "concentration a+b of the beta distribution of employers' subsidy sensitivity around "
                     "employers.subsidy_sensitivity_mean (lower: employers differ more)",
          .source = "assumption: employers differ widely in what a subsidy means to them (seed 002 §Inzet "
                    "loonkostensubsidie: decisive for some, not for most); standard deviation about 0.2 at a mean of 0.3"});
  t.bind(FIELD(employers.size_spread),
         {.key = "employers.size_spread", .type = ParamType::real, .unit = "share", .default_value = 0.5,
          .min = 0.0, .max = 0.99,
          .meaning = "an employer's number of employees is drawn uniformly within this share either side of its size "
                     "class's employers.mean_employees",
          .source = "assumption: the size classes are wide (small, medium, large)"});
  t.bind(FIELD(employers.social_return_reserved_share),
         {.key = "employers.social_return_reserved_share", .type = ParamType::real, .unit = "share",
          .default_value = 0.3, .min = 0.0, .max = 1.0,
          .meaning = "share of a social-return employer's new vacancies reserved for the target group while its "
                     "yearly quota is not met",
          .source = "assumption; seed 003 §4.3 (employers hired 'vanwege social return afspraken')"});
  t.bind(FIELD(employers.social_return_quota),
         {.key = "employers.social_return_quota", .type = ParamType::real, .unit = "hires per simple job per year",
          .default_value = 0.03, .min = 0.0, .max = 1.0,
          .meaning = "yearly target-group hires a social-return clause asks for, per simple job (at least one)",
          .source = "assumption"});
}

void declare_routes(ParameterTable& t) {
  t.bind(FIELD(carving.min_simple_jobs),
         {.key = "carving.min_simple_jobs", .type = ParamType::real, .unit = "jobs", .default_value = 4.0, .min = 0.0, .max = 500000.0,
          .meaning = "job carving needs at least this many simple jobs at the employer to split tasks off",
          .source = "assumption; seed 003 §4.3 and seed 000 §Werkgever - Opstellen werkprofiel (jobcarving)"
                    "; upper bound 500,000: more employees than the largest employers in the Netherlands have"});
  t.bind(FIELD(carving.jobs_per_year_per_simple_job),
         {.key = "carving.jobs_per_year_per_simple_job", .type = ParamType::real, .unit = "jobs per simple job per year",
          .default_value = 0.06, .min = 0.0, .max = 10.0,
          .meaning = "carved jobs (simpler tasks split off, reserved for the target group) an employer with a carving "
                     "agreement creates per year, per simple job",
          .source = "assumption; seed 003 §2.3 (workplace creation) and §2.2.1 (Atlant: parts of a production process "
                    "done by people with less capacity)"});
  t.bind(FIELD(carving.requirement_factor),
         {.key = "carving.requirement_factor", .type = ParamType::real, .unit = "factor", .default_value = 0.3,
          .min = 0.0, .max = 1.0,
          .meaning = "a carved job needs this share of the vocational skill of the job it was split from",
          .source = "assumption"});
  t.bind(FIELD(supply.place_requests_per_week),
         {.key = "supply.place_requests_per_week", .type = ParamType::real, .unit = "employers per week",
          .default_value = 0.5, .min = 0.0, .max = 10.0,
          .meaning = "employers the job hunters visit per week with one seeker of the supply or integral approach, "
                     "at most: fewer when their hours (policy.job_hunters.fte) do not reach every such seeker",
          .source = "seed 003 §2.3 (a supply-oriented approach starts from the candidate's wishes) and §4.3 ('zij gaan "
                    "naar de werkgever met een specifieke kandidaat in het hoofd'); the rate is an assumption"});
  t.bind(FIELD(supply.place_acceptance),
         {.key = "supply.place_acceptance", .type = ParamType::real, .unit = "probability", .default_value = 0.03,
          .min = 0.0, .max = 1.0,
          .meaning = "chance a willing employer with neutral trust (0.5) makes a place when asked (scaled by trust / "
                     "0.5; unwilling employers: times acquisition.unwilling_factor)",
          .source = "seed 003 §2.3 ('in de praktijk zullen er voor deze groep echter nauwelijks vacatures aangeboden "
                    "worden'); the value is an assumption"});
  t.bind(FIELD(supply.no_vacancy_factor),
         {.key = "supply.no_vacancy_factor", .type = ParamType::real, .unit = "factor", .default_value = 0.5,
          .min = 0.0, .max = 1.0,
          .meaning = "the employer's situation in a request for a place (the municipality's or a provider's): an "
                     "employer that posted no vacancy in the last acquisition.warm_window_weeks makes a place with "
                     "this share of the chance of one that did",
          .source = "seed 003 §4.3 (employers make room where there is work) and seed 002 §Bemiddeling (the job coach "
                    "looks where work is); the size is an assumption"});
  t.bind(FIELD(job_hunters.visit_hours),
         {.key = "job_hunters.visit_hours", .type = ParamType::real, .unit = "hours", .default_value = 2.0,
          .min = 0.0, .max = 40.0, .min_exclusive = true,
          .meaning = "job-hunter hours per employer visit with a seeker (preparation, travel, the conversation, "
                     "follow-up)",
          .source = "seed 003 §2.2.2 and §2.2.3 (company visits, personal introduction of a candidate); the hours "
                    "are an assumption, range 1-4"});
  t.bind(FIELD(job_hunters.network_share),
         {.key = "job_hunters.network_share", .type = ParamType::real, .unit = "share of employers",
          .default_value = 0.05, .min = 0.0, .max = 1.0,
          .meaning = "share of the region's employers the job hunters know personally at the start (their own "
                     "relations, apart from the account managers' network)",
          .source = "seed 003 §2.2.2 ('via werkgeversnetwerken van Diamant en persoonlijke netwerken') and §2.2.3 "
                    "('hebben hun eigen contacten met bedrijven'); size: assumption, half the provider's network "
                    "(policy.werkmakelaar.network_share), range 0.02-0.15"});
  t.bind(FIELD(job_hunters.network_trust),
         {.key = "job_hunters.network_trust", .type = ParamType::real, .unit = "index 0-1", .default_value = 0.6,
          .min = 0.0, .max = 1.0,
          .meaning = "trust of an employer the job hunters know at the start (the base it drifts back to); the "
                     "others start at their base trust in mediators",
          .source = "seed 003 §4.3 (success where there is a relationship); size: assumption, as the provider's "
                    "network (policy.werkmakelaar.network_trust), range 0.5-0.7"});
  t.bind(FIELD(job_hunters.cold_share),
         {.key = "job_hunters.cold_share", .type = ParamType::real, .unit = "share", .default_value = 0.2,
          .min = 0.0, .max = 1.0,
          .meaning = "share of the job hunters' visits made to an employer they do not know (any employer of the "
                     "seeker's target sector)",
          .source = "seed 003 §4.3 (cold acquisition is not effective, yet used); size: assumption as "
                    "policy.cold_acquisition_share, range 0.1-0.5"});
  t.bind(FIELD(groups.vacancies_per_year),
         {.key = "groups.vacancies_per_year", .type = ParamType::real, .unit = "per employer per year",
          .default_value = 0.25, .min = 0.0, .max = 52.0,
          .meaning = "group vacancies (several target-group hires at once) a large employer ready for candidates "
                     "opens per year",
          .source = "seed 003 §4.6 (11 of 51 employers had experience with group placements); the rate is an "
                    "assumption"});
  t.bind(FIELD(groups.positions),
         {.key = "groups.positions", .type = ParamType::real_list, .unit = "places",
          .default_value = v({3, 8}), .min = 2.0, .max = 100.0, .labels = {"min", "max"},
          .meaning = "range of places in a group vacancy (uniform integer)",
          .source = "assumption"});
}

void declare_effects(ParameterTable& t) {
  t.bind(FIELD(hiring.trust_weight),
         {.key = "hiring.trust_weight", .type = ParamType::real, .unit = "index per unit trust", .default_value = 0.2,
          .min = 0.0, .max = 2.0,
          .meaning = "a candidate presented by the municipality scores this times (trust - 0.5) higher with the "
                     "employer (employers who trust the mediator follow its advice)",
          .source = "seed 003 §4.3 ('bij twijfel vertrouwen op het oordeel van de bemiddelaar') and §4.4; the size is "
                    "an assumption"});
  t.bind(FIELD(hiring.mediation_outside_network),
         {.key = "hiring.mediation_outside_network", .type = ParamType::real, .unit = "share", .default_value = 0.5,
          .min = 0.0, .max = 1.0,
          .meaning = "share of hiring.mediation_bonus a proposed candidate gets from an employer outside the "
                     "municipality's network (it does not know the mediator)",
          .source = "seed 003 §4.3 (the relationship is built through visits; an unannounced candidate is not "
                    "effective); the share is an assumption"});
  t.bind(FIELD(hiring.candidates_per_shared_vacancy),
         {.key = "hiring.candidates_per_shared_vacancy", .type = ParamType::integer, .unit = "candidates",
          .default_value = std::int64_t{3}, .min = 1.0, .max = 100.0,
          .meaning = "under the demand approach: the best-believed candidates the municipality presents for a "
                     "vacancy shared with it (the others are not presented)",
          .source = "seed 000 §Werkgever - Werving en selectie (agreements on how many candidates) and seed 003 "
                    "§2.2.2 (employers usually ask for several); the number is an assumption"});
  t.bind(FIELD(hiring.wish_weight),
         {.key = "hiring.wish_weight", .type = ParamType::real, .unit = "index", .default_value = 0.08, .min = 0.0,
          .max = 1.0,
          .meaning = "under the integral approach: believed match quality added in pre-selection for a vacancy in "
                     "the seeker's own work wish (the seeker is a client too)",
          .source = "seed 003 §2.3 (double demand orientation: 'zowel de werkgever als de werkzoekende een klant'); "
                    "the size is an assumption"});
  t.bind(FIELD(employment.trained_supervisor_hazard_ratio),
         {.key = "employment.trained_supervisor_hazard_ratio", .type = ParamType::real, .unit = "hazard ratio",
          .default_value = 0.85, .min = 0.0, .max = 2.0,
          .meaning = "dropout hazard multiplier at an employer whose supervisors were trained (employer tile "
                     "Opleiden)",
          .source = "seed 000 §Werkgever - Opleiden; the size is an assumption"});
  t.bind(FIELD(employment.social_return_hazard_ratio),
         {.key = "employment.social_return_hazard_ratio", .type = ParamType::real, .unit = "hazard ratio",
          .default_value = 1.5, .min = 0.0, .max = 10.0,
          .meaning = "dropout hazard multiplier at an employer hiring under a social-return clause, unless job "
                     "coaching, the case manager's aftercare or the account manager's Nazorg with the employer supports the "
                     "placement",
          .source = "seed 003 §4.3 and §5 (employers hiring under obligation need the most support); the size is an "
                    "assumption"});
  t.bind(FIELD(employment.trust_hazard_slope),
         {.key = "employment.trust_hazard_slope", .type = ParamType::real, .unit = "log hazard per unit trust",
          .default_value = 0.8, .min = 0.0, .max = 5.0,
          .meaning = "dropout hazard is multiplied by exp(slope x (0.5 - trust)): an employer that trusts the "
                     "municipality calls when problems arise instead of ending the job",
          .source = "seed 003 §4.5 (employers want problems picked up fast; informal contact could have prevented "
                    "dropout); the size is an assumption"});
  t.bind(FIELD(employment.employer_nazorg_hazard_ratio),
         {.key = "employment.employer_nazorg_hazard_ratio", .type = ParamType::real, .unit = "hazard ratio",
          .default_value = 0.8, .min = 0.0, .max = 1.0,
          .meaning = "dropout hazard multiplier while the account manager's Nazorg with the employer runs at full "
                     "intensity and every signal reaches the person who acts: problems are signalled and solved "
                     "early; scaled by the Nazorg's intensity (the hours it got) and its reach "
                     "(employer_tiles.nazorg.reach_many_contacts without one contact person)",
          .source = "seed 000 §Werkgever - Nazorg and §Werkzoekenden - Nazorg ('tijdig handelen wanneer de plaatsing "
                    "niet succesvol is'), seed 003 §2.1 (IWI 2010: keeping a finger on the pulse keeps the risk of "
                    "dropout to a minimum); the size is an assumption, plausible 0.53-1"});
  t.bind(FIELD(employment.idealism_hazard_ratio),
         {.key = "employment.idealism_hazard_ratio", .type = ParamType::real, .unit = "hazard ratio",
          .default_value = 0.9, .min = 0.0, .max = 2.0,
          .meaning = "dropout hazard multiplier at an employer driven by idealism (more patience)",
          .source = "assumption; seed 003 §2.1"});
}

}  // namespace

void declare_employer_side(ParameterTable& t) {
  declare_levers(t);
  declare_account_managers(t);
  declare_employer_tiles(t);
  declare_acquisition(t);
  declare_trust(t);
  declare_employers(t);
  declare_routes(t);
  declare_effects(t);
}

#undef FIELD

}  // namespace regiosim::models::detail
