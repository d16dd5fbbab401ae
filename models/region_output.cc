// RegionModel, output side: the weekly series the scenario asks for, the municipality's books,
// KPIs, the survival curve of job spells and the record tables (job spells, event history).
#include "models/kpis.h"
#include "models/rates.h"
#include "models/region_model.h"
#include "sim/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace regiosim::models {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Follow-up window of median_weeks_to_placement (fixed, so late registrants do not shorten it).
constexpr int kMedianFollowUp = 104;
// Length of the survival curve in weeks since the start of a job.
constexpr int kSurvivalWeeks = 104;
// Follow-up window of temporary_converted_share_104w: the decisions at the end of a first and a second
// contract of a year.
constexpr int kContractFollowUp = 104;

sim::SeriesTable make_table(std::string name, std::string unit, std::string description,
                            std::vector<std::string> columns, bool integer) {
  sim::SeriesTable t;
  t.name = std::move(name);
  t.unit = std::move(unit);
  t.description = std::move(description);
  t.columns = std::move(columns);
  t.integer = integer;
  t.nonnegative = true;  // every series of the model is a stock, flow, amount of money or hours, or a share
  return t;
}

std::vector<std::string> rung_columns() {
  std::vector<std::string> c;
  for (std::size_t r = 1; r <= kRungCount; ++r) c.push_back("rung_" + std::to_string(r));
  return c;
}

std::vector<std::string> with(std::vector<std::string> a, std::initializer_list<const char*> more) {
  for (const char* m : more) a.emplace_back(m);
  return a;
}

}  // namespace

void RegionModel::define_series() {
  const auto wanted = [&](std::string_view name) {
    return std::find(p_.output.timeseries.begin(), p_.output.timeseries.end(), name) != p_.output.timeseries.end();
  };
  const auto add = [&](std::string name, std::string unit, std::string description, std::vector<std::string> columns,
                       bool integer) {
    if (wanted(name)) series_.push_back(make_table(std::move(name), std::move(unit), std::move(description), std::move(columns), integer));
  };
  add("stocks", "persons",
      "seekers by status, and case managers on the staff, at the end of each week (on_ww: lost a job, on WW that "
      "covers the bijstand norm)",
      {"waiting", "in_service", "employed", "employed_with_benefit", "on_benefit", "in_caseload", "case_managers", "on_ww"},
      true);
  add("stocks_by_tile", "persons", "seekers in each Werklandschap tile during each week (a seeker can be in several)",
      labels(kTileKeys), true);
  add("stocks_by_rung", "persons",
      "seekers in scope (waiting, in service, or in work while on benefit or in the caseload) by participatieladder rung",
      rung_columns(), true);
  add("employment", "persons",
      "every seeker not exited is in exactly one employment state at the end of each week: not employed, a trial "
      "placement or traineeship (benefit retained), or a contract",
      {"not_employed", "trial_placement", "traineeship", "temporary_contract", "permanent_contract"}, true);
  add("instruments", "persons",
      "people with an instrument running at the end of each week (job coaching waiting: placed but no job coach free)",
      {"lks", "trial_placement", "traineeship", "job_coaching", "job_coaching_waiting", "no_risk", "werkmakelaar_clients"},
      true);
  add("flows", "persons per week",
      "flows during each week (ww_starts: lost jobs that gave WW; outflow_followed_up: left scope after "
      "careers.follow_up_weeks off benefit in work)",
      {"inflow", "assigned", "placements", "placements_mediated", "dropouts", "contract_ends", "conversions",
       "outflow_work", "outflow_other", "outflow_pension", "returns_to_benefit", "trainings_completed",
       "trial_conversions", "trials_not_converted", "traineeships_completed", "subsidy_end_dismissals", "referrals",
       "ww_starts", "outflow_followed_up", "renewals"},
      true);
  add("placements_by_instrument", "placements per week",
      "job starts during each week by instrument agreed at placement (a start can count under several; none: without "
      "any)",
      with(labels(kInstrumentKeys), {"none"}), true);
  add("placements_by_loonwaarde", "placements per week", "job starts during each week by loonwaarde at the start",
      {"below_50", "50_to_75", "75_to_100", "full"}, true);
  add("costs", "EUR per week",
      "money spent during each week: staff (case managers, job coaches, intake, account managers), partner costs of "
      "seeker tiles, instruments, benefit, partner costs of employer tiles (supervisor training), and the in-house "
      "team of the purchased trajectory's comparison arm",
      {"case_managers_eur", "job_coaches_eur", "intake_eur", "tiles_eur", "lks_eur", "workplace_adaptation_eur",
       "no_risk_eur", "werkmakelaar_eur", "benefit_eur", "account_managers_eur", "employer_tiles_eur",
       "in_house_team_eur"},
      false);
  add("benefit_by_type", "EUR per week", "benefit paid during each week by benefit type", labels(kBenefitTypeKeys), false);
  add("budget", "EUR / requests per week",
      "the two budgets during each week: committed (granted services and instruments at their expected cost; "
      "benefits as paid), paid, and refused for lack of money (euros asked and requests; a request that waits for "
      "money counts once per budget year); participation: "
      "re-integration services, income: benefits and loonkostensubsidie. Budget years are 52-week blocks, the first "
      "observed week starting one: the sum of an observed year's weeks is what that budget year committed, paid and "
      "refused",
      {"participation_committed_eur", "participation_paid_eur", "participation_refused_eur", "participation_refused",
       "income_committed_eur", "income_paid_eur", "income_refused_eur", "income_refused"},
      false);
  add("hours_by_tile", "hours per week",
      "case-manager hours given per tile during each week (after sharing scarce hours); base_contact: contact outside "
      "the tiles (clients without a tile, and conversations in the hours the tiles leave)",
      with(labels(kTileKeys), {"base_contact"}), false);
  add("costs_by_tile", "EUR per week",
      "cost of each tile during each week: partner costs plus case-manager hours (intake hours for Melding) valued at "
      "coach.hourly_cost_eur",
      labels(kTileKeys), false);
  add("labour_demand", "see columns",
      "labour demand during each week (models/labour_demand.h): the region's tightness (vacancies per 100 unemployed), "
      "the share of employers willing to hire from the target group, the mean number of regular applicants per open "
      "vacancy and week (vacancies not reserved for the target group), and the jobs opened this week only because a "
      "loonkostensubsidie covers part of their cost",
      {"tightness", "willing_share", "regular_applicants_per_vacancy", "subsidised_new"}, false);
  add("vacancies", "vacancies per week",
      "vacancy flows during each week and open vacancies at its end; shared_new: new vacancies shared with the "
      "municipality; reserved_open: open vacancies reserved for the target group; carved_new, group_new, "
      "social_return_new: new carved jobs, group vacancies and vacancies reserved under social return; "
      "place_requests, places_made: employers the job hunters visited with a candidate (supply and integral "
      "approach; the provider's visits too) and places made; presented: candidates presented by the municipality; pushed: presented candidates the employer clearly "
      "doubted",
      {"new", "open", "filled_target_group", "filled_regular", "expired", "applications", "applications_mediated",
       "shared_new", "reserved_open", "carved_new", "group_new", "social_return_new", "place_requests", "places_made",
       "presented", "pushed"},
      true);
  add("employer_trust", "index 0-1",
      "trust (gunfactor) of employers in the municipality's mediators at the end of each week: mean and quantiles "
      "over employers the municipality was in contact with during the past trust.contact_window_weeks (account "
      "managers, case managers or the provider; employers that broke off included), and the mean over all employers; "
      "in_contact: the number of employers in contact (mean and quantiles are undefined, NaN, when it is 0)",
      {"mean", "p10", "p25", "p50", "p75", "p90", "all_mean", "in_contact"}, false);
  add("employers_by_stage", "employers",
      "employers by stage at the end of each week (unknown includes closed: broke off contact and may not be "
      "approached yet), and this week's flows into the network (joined) and out of it (left: for reasons of the "
      "employer's own, including broke_off: contact broken off for lack of trust)",
      with(labels(kEmployerStageKeys), {"closed", "joined", "left", "broke_off"}), true);
  add("employers_by_tile", "employers", "employers in each Werklandschap employer tile during each week",
      labels(kEmployerTileKeys), true);
  add("account_managers", "persons / hours / contacts",
      "account managers on the staff, their hours for employer work (available and used), first contacts made "
      "(warm and cold), account managers who left, and the mean portfolio (employers per account manager; undefined, "
      "NaN, without staff)",
      {"staff", "hours_available", "hours_used", "contacts_warm", "contacts_cold", "left", "portfolio_mean"}, false);
  add("placements_by_route", "placements per week",
      "job starts during each week by route: own application, proposal for a vacancy of an employer outside or "
      "inside the network, vacancy reserved under social return, carved job, group placement, place made for the "
      "candidate, future job learned in for on the small-scale or the large-scale growth route",
      labels(kPlacementRouteKeys), true);
  add("growth_trajectories", "jobs / persons / conversations",
      "future jobs by step of the Nieuwe Banen method at the end of each week (hidden: planned, nobody asked yet; "
      "in_view: named to an account manager; mapped: learning route mapped; matched: a candidate chosen, the learning "
      "plan being fixed; learning: the candidate learns in; ready: learned in, waiting for the start), and this week's "
      "growth conversations and steps taken: jobs that came into view, candidates matched, learning plans signed and "
      "declined, candidates who started in the regular job, went on to mediation because the job did not appear, "
      "dropped out while learning, or went on to mediation because the employer found them not fit for the job at "
      "the end evaluation (step 6)",
      {"hidden", "in_view", "mapped", "matched", "learning", "ready", "conversations", "came_into_view", "matched_new",
       "plans_signed", "plans_declined", "started", "to_mediation_not_materialised", "dropped_out",
       "to_mediation_not_hired"},
      true);
  add("growth_jobs", "jobs per week",
      "future jobs from employers' growth during each week by route: planned (announced), appearing at their start "
      "week (materialised), filled by a candidate who learned in for it (filled_by_route); jobs that appeared without "
      "a prepared candidate and were posted as ordinary vacancies (posted); jobs that did not appear (not_materialised, "
      "of which with_learner: a candidate had learned in and went on to mediation); jobs whose learner the employer "
      "did not take at the end evaluation, posted as ordinary vacancies (not_hired)",
      {"announced_small_scale", "announced_large_scale", "materialised_small_scale", "materialised_large_scale",
       "filled_by_route_small_scale", "filled_by_route_large_scale", "posted", "not_materialised",
       "not_materialised_with_learner", "not_hired"},
      true);

  // Cells that are undefined (NaN) in a week whose base is empty; every other cell is a finite number.
  if (auto* t = table("employer_trust")) {
    t->undefined_when_zero.assign(t->columns.size(), "");
    for (std::size_t c = 0; c < 6; ++c) t->undefined_when_zero[c] = "in_contact";
  }
  if (auto* t = table("account_managers")) {
    t->undefined_when_zero.assign(t->columns.size(), "");
    t->undefined_when_zero.back() = "staff";
  }
}

sim::SeriesTable* RegionModel::table(std::string_view name) {
  for (auto& t : series_) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

const sim::SeriesTable* RegionModel::series(std::string_view name) const {
  for (const auto& t : series_) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

void RegionModel::SeekerTotals::count(const JobSeeker& s, const std::vector<Spell>& spells, int week) {
  const std::uint16_t f = s.week_flags;
  if (f != 0) {  // most seeker-weeks have no event to count
    heads.flows[4] += (f & kFlagDropout) != 0;
    heads.flows[5] += (f & kFlagContractEnd) != 0;
    heads.flows[6] += (f & kFlagConverted) != 0;
    heads.flows[7] += (f & kFlagOutflowWork) != 0;
    heads.flows[8] += (f & kFlagOutflowOther) != 0;
    heads.flows[10] += (f & kFlagReturnToBenefit) != 0;
    heads.flows[11] += (f & kFlagTrainingDone) != 0;
    heads.flows[12] += (f & kFlagTrialConverted) != 0;
    heads.flows[13] += (f & kFlagTrialEnded) != 0;
    heads.flows[14] += (f & kFlagTraineeshipDone) != 0;
    heads.flows[15] += (f & kFlagChaserDismissal) != 0;
    heads.flows[17] += (f & kFlagWwStart) != 0;
    heads.flows[18] += (f & kFlagFollowedUp) != 0;
    heads.flows[19] += (f & kFlagRenewed) != 0;
  }
  heads.flows[9] += s.exit_reason == ExitReason::pension && s.exit_week == week;
  float tile_hours = 0.0F;
  for (std::size_t t = 0; t < kTileCount; ++t) {
    hours[t] += s.hours_by_tile[t];
    tile_hours += s.hours_by_tile[t];
    eur_by_tile[t] += s.eur_by_tile[t];
    tiles_eur += s.eur_by_tile[t];
  }
  for (std::size_t k = 0; k < kInstrumentCount; ++k) eur_by_instrument[k] += s.week_eur_by_instrument[k];
  // Contact outside the tiles: the base contact of a client without tiles and the conversations in the
  // time the tiles leave (contact_time.h). A tile that ended this week counts with its tile only.
  if (s.granted_hours > tile_hours) hours[kTileCount] += s.granted_hours - tile_hours;
  benefit_eur += s.week_benefit_eur;
  benefit_by_type[static_cast<std::size_t>(s.benefit)] += s.week_benefit_eur;
  if (s.benefit == BenefitType::bijstand) {
    // Onto bijstand: a new registrant (the initial stock is no inflow), or back after a job whose
    // earnings had ended it. Off it: earnings exceed it, or leaving scope (pension, other reasons)
    // while on it. A person exiting keeps on_benefit as it was.
    const bool exited_now = s.status == SeekerStatus::exited && s.exit_week == week;
    bijstand[1] += (!s.from_initial_stock && s.entry_week == week) || (f & kFlagBenefitReturn) != 0;
    bijstand[2] += (f & (kFlagOutflowWork | kFlagOutflowWw)) != 0 || (exited_now && s.on_benefit);
    bijstand[3] += (f & kFlagOutflowWork) != 0;
    if (s.status != SeekerStatus::exited && s.on_benefit) {
      bijstand[0] += 1;
      bijstand[4] += s.status == SeekerStatus::employed && spells[static_cast<std::size_t>(s.spell)].in_contract();
    }
  }
  if (s.status == SeekerStatus::exited) return;
  const bool employed = s.status == SeekerStatus::employed;
  const bool on_ww = s.status == SeekerStatus::on_ww;
  const bool in_scope = (!employed && !on_ww) || s.on_benefit || s.coach != kNone;
  heads.stocks[0] += s.status == SeekerStatus::waiting;
  heads.stocks[1] += s.status == SeekerStatus::in_service;
  if (s.status == SeekerStatus::in_service) insight_in_service += s.belief.insight;
  heads.stocks[2] += employed;
  heads.stocks[3] += employed && s.on_benefit;
  heads.stocks[4] += s.on_benefit;
  heads.stocks[5] += s.coach != kNone;
  heads.stocks[7] += on_ww;
  for (std::size_t t = 0; t < kTileCount; ++t) heads.by_tile[t] += s.week_tiles.has(static_cast<Tile>(t));
  if (in_scope) ++heads.by_rung[static_cast<std::size_t>(s.rung - 1)];
  heads.instruments[6] += s.provider_slot;
  if (!employed) {
    ++heads.employment[0];
    return;
  }
  const Spell& sp = spells[static_cast<std::size_t>(s.spell)];
  ++heads.employment[1 + static_cast<std::size_t>(sp.form)];
  heads.instruments[0] += sp.lks_weeks_paid < sp.lks_weeks_granted;
  heads.instruments[1] += sp.form == SpellForm::trial_placement;
  heads.instruments[2] += sp.form == SpellForm::traineeship;
  heads.instruments[kInstrumentCoachingActive] += sp.coaching == CoachingState::active;
  heads.instruments[kInstrumentCoachingWaiting] += sp.coaching == CoachingState::waiting;
  heads.instruments[5] += sp.no_risk_weeks_left > 0;
}

void RegionModel::SeekerTotals::settle() {
  const auto move = [](auto& into, auto& n) {
    for (std::size_t i = 0; i < into.size(); ++i) into[i] += static_cast<double>(n[i]);
    n.fill(0);
  };
  move(stocks, heads.stocks);
  move(by_tile, heads.by_tile);
  move(by_rung, heads.by_rung);
  move(employment, heads.employment);
  move(instruments, heads.instruments);
  move(flows, heads.flows);
}

void RegionModel::SeekerTotals::add(const SeekerTotals& o) {
  const auto plus = [](auto& a, const auto& b) {
    for (std::size_t i = 0; i < a.size(); ++i) a[i] += b[i];
  };
  plus(stocks, o.stocks);
  plus(by_tile, o.by_tile);
  plus(by_rung, o.by_rung);
  plus(employment, o.employment);
  plus(instruments, o.instruments);
  plus(flows, o.flows);
  plus(hours, o.hours);
  plus(eur_by_tile, o.eur_by_tile);
  plus(benefit_by_type, o.benefit_by_type);
  plus(eur_by_instrument, o.eur_by_instrument);
  plus(bijstand, o.bijstand);
  tiles_eur += o.tiles_eur;
  benefit_eur += o.benefit_eur;
  insight_in_service += o.insight_in_service;
}

void RegionModel::record_week(const sim::Week& w, const SeekerTotals& totals) {
  auto stocks = totals.stocks;
  const auto& by_tile = totals.by_tile;
  const auto& by_rung = totals.by_rung;
  const auto& employment = totals.employment;
  const auto& instruments = totals.instruments;
  auto flows = totals.flows;
  const auto& hours = totals.hours;
  const auto& eur_by_tile = totals.eur_by_tile;
  const auto& benefit_by_type = totals.benefit_by_type;
  const auto& eur_by_instrument = totals.eur_by_instrument;
  const double tiles_eur = totals.tiles_eur, benefit_eur = totals.benefit_eur;
  flows[0] = static_cast<double>(week_.inflow);
  flows[1] = static_cast<double>(week_.assigned);
  flows[2] = static_cast<double>(week_.placements);
  flows[3] = static_cast<double>(week_.placements_mediated);
  flows[16] = static_cast<double>(week_.referrals);

  const double rate = p_.coach.hourly_cost_eur;
  double case_managers_eur = 0.0, staff = 0.0;
  for (const auto& c : coaches_) {
    if (!c.employed) continue;
    case_managers_eur += c.hours_per_week * rate;
    staff += 1.0;
  }
  stocks[6] = staff;
  double job_coaches_eur = 0.0;
  for (const auto& c : job_coaches_) job_coaches_eur += c.hours_per_week * rate;
  double account_managers_eur = 0.0, am_staff = 0.0, am_hours = 0.0;
  for (const auto& c : account_managers_) {
    if (!c.employed) continue;
    account_managers_eur += c.hours_per_week * rate;
    am_hours += c.hours_per_week;
    am_staff += 1.0;
  }
  // The employer side, counted per chunk in network_week(), summed in chunk order.
  EmployerTotals& employers = employer_totals_;
  employers.clear();
  for (const auto& t : employer_totals_by_chunk_) employers.add(t);
  const double employer_tiles_eur = employers.tiles_eur;
  const double intake_eur = week_.intake_hours * rate;
  const auto instrument_eur = [&](InstrumentKind k) { return eur_by_instrument[static_cast<std::size_t>(k)]; };
  const double lks_eur = instrument_eur(InstrumentKind::lks);
  const double adaptation_eur = instrument_eur(InstrumentKind::workplace_adaptation);
  const double no_risk_eur = instrument_eur(InstrumentKind::no_risk);
  const double werkmakelaar_eur = week_.werkmakelaar_eur;
  const double instruments_eur = tiles_eur + lks_eur + adaptation_eur + no_risk_eur + werkmakelaar_eur + employer_tiles_eur;
  // The in-house team (the comparison arm of the purchased trajectory) is municipal staff: paid from
  // the municipality's own funds like the case managers, not from the participation budget.
  const double team_eur = provider_.team_eur_per_week();
  const double job_hunters_eur = job_hunters_.cost_eur_per_week(rate);
  const double staff_eur =
      case_managers_eur + job_coaches_eur + intake_eur + account_managers_eur + team_eur + job_hunters_eur;

  // The municipality's books (every week) and the provider's side of its fees.
  books_.benefit_eur += benefit_eur;
  books_.lks_eur += lks_eur;
  books_.adaptation_eur += adaptation_eur;
  books_.no_risk_eur += no_risk_eur;
  books_.werkmakelaar_eur += werkmakelaar_eur;
  books_.tiles_eur += tiles_eur;
  books_.employer_tiles_eur += employer_tiles_eur;
  books_.staff_eur += staff_eur;
  books_.in_house_team_eur += team_eur;
  provider_received_eur_ += week_.werkmakelaar_eur;

  // The budgets: what the week paid, and the first week of each budget year with a request refused.
  const BudgetYear before_part = budgets_.current(BudgetKind::participation);
  const BudgetYear before_income = budgets_.current(BudgetKind::income);
  budgets_.pay(BudgetKind::participation, instruments_eur - lks_eur);
  budgets_.pay(BudgetKind::income, lks_eur);
  budgets_.pay_benefits(benefit_eur);
  const BudgetYear& part = budgets_.current(BudgetKind::participation);
  const BudgetYear& income = budgets_.current(BudgetKind::income);
  if (part.refused + income.refused > refusals_before_week_ && exhausted_year_ != budgets_.year()) {
    exhausted_year_ = budgets_.year();
    budget_exhausted_weeks_.push_back(w.observed());
  }
  if (!w.in_burn_in()) {
    // The week's share of the totals: the year's state now less its state at the start of the week.
    budget_totals_[0] += part.committed_eur - week_committed_start_[0];
    budget_totals_[1] += part.paid_eur - before_part.paid_eur;
    budget_totals_[2] += static_cast<double>(part.refused) - week_refused_start_[0];
    budget_totals_[3] += income.committed_eur - week_committed_start_[1];
    budget_totals_[4] += income.paid_eur - before_income.paid_eur;
    budget_totals_[5] += static_cast<double>(income.refused) - week_refused_start_[1];
  }

  // Bijstand flows per observed 52-week year (a last, incomplete year is left out): the rates'
  // base is the stock at the start of the year plus the year's inflow (CBS StatLine 83450NED).
  double bijstand_start = bijstand_stock_;
  if (w.index == 0) {
    bijstand_start = 0.0;
    for (const auto& s : seekers_) bijstand_start += s.from_initial_stock && s.benefit == BenefitType::bijstand;
  }
  bijstand_stock_ = totals.bijstand[0];
  const int year_weeks = static_cast<int>(kWeeksPerYear);
  if (!w.in_burn_in() && w.observed() < static_cast<int>(p_.sim.weeks) / year_weeks * year_weeks) {
    if (w.observed() % year_weeks == 0) bijstand_year_base_ += bijstand_start;
    if (w.observed() == 0) bijstand_observed_start_ = bijstand_start;
    bijstand_years_end_ = totals.bijstand[0];
    bijstand_year_base_ += totals.bijstand[1];
    bijstand_year_inflow_ += totals.bijstand[1];
    bijstand_year_outflow_ += totals.bijstand[2];
    bijstand_year_outflow_work_ += totals.bijstand[3];
  }
  if (!w.in_burn_in() && totals.bijstand[0] > 0) {
    working_with_bijstand_sum_ += totals.bijstand[4] / totals.bijstand[0];
    working_with_bijstand_weeks_ += 1.0;
  }

  if (w.in_burn_in()) return;
  if (totals.stocks[1] > 0) {
    insight_sum_ += totals.insight_in_service / totals.stocks[1];
    insight_weeks_ += 1.0;
  }
  total_handovers_ += week_.handovers;
  total_staff_eur_ += staff_eur;
  total_team_eur_ += team_eur;
  total_fees_eur_ += werkmakelaar_eur;
  total_instruments_eur_ += instruments_eur;
  total_benefit_eur_ += benefit_eur;
  total_lks_eur_ += lks_eur;
  total_outflow_work_ += static_cast<std::int64_t>(flows[7]);
  total_am_hours_ += am_hours;

  std::array<double, kEmployerStageCount + 4> by_stage{};
  std::copy(employers.by_stage.begin(), employers.by_stage.end(), by_stage.begin());
  const std::array<double, kEmployerTileCount>& employer_tiles = employers.tiles;
  const double trust_all = employers.trust_all;
  std::vector<float>& trust = employers.trust_in_contact;
  by_stage[kEmployerStageCount + 2] = static_cast<double>(week_.left_network);
  by_stage[kEmployerStageCount + 3] = static_cast<double>(week_.broke_off);
  std::array<double, 8> trust_row{};
  trust_row.fill(kNaN);
  trust_row[7] = static_cast<double>(trust.size());
  if (!trust.empty()) {
    double sum = 0.0;
    for (float x : trust) sum += x;
    trust_row[0] = sum / static_cast<double>(trust.size());
    // Deciles 1 and 9, quartiles and the median, interpolated between order statistics.
    const std::array<double, 5> q = {0.10, 0.25, 0.50, 0.75, 0.90};
    sim::quantiles_in_place(trust, q, std::span<double>(trust_row).subspan(1, q.size()));
    trust_sum_ += trust_row[0];
    trust_weeks_ += 1.0;
  }
  trust_row[6] = employers_.empty() ? kNaN : trust_all / static_cast<double>(employers_.size());
  network_sum_ += by_stage[1] + by_stage[2] + by_stage[3];

  const auto append = [&](std::string_view name, auto begin, auto end) {
    if (auto* t = table(name)) {
      t->values.insert(t->values.end(), begin, end);
      ++t->rows;
    }
  };
  append("stocks", stocks.begin(), stocks.end());
  append("stocks_by_tile", by_tile.begin(), by_tile.end());
  append("stocks_by_rung", by_rung.begin(), by_rung.end());
  append("employment", employment.begin(), employment.end());
  append("instruments", instruments.begin(), instruments.end());
  append("flows", flows.begin(), flows.end());
  std::array<double, kInstrumentCount + 1> by_instrument{};
  for (std::size_t k = 0; k <= kInstrumentCount; ++k) by_instrument[k] = static_cast<double>(week_.placements_by_instrument[k]);
  append("placements_by_instrument", by_instrument.begin(), by_instrument.end());
  std::array<double, 4> by_loonwaarde{};
  for (std::size_t k = 0; k < 4; ++k) by_loonwaarde[k] = static_cast<double>(week_.placements_by_loonwaarde[k]);
  append("placements_by_loonwaarde", by_loonwaarde.begin(), by_loonwaarde.end());
  const std::array<double, 12> costs = {case_managers_eur, job_coaches_eur, intake_eur,       tiles_eur,
                                        lks_eur,           adaptation_eur,  no_risk_eur,      werkmakelaar_eur,
                                        benefit_eur,       account_managers_eur, employer_tiles_eur, team_eur};
  append("costs", costs.begin(), costs.end());
  append("benefit_by_type", benefit_by_type.begin(), benefit_by_type.end());
  // The week's flows: the year's state now less its state at the start of the week (a week never spans
  // two budget years).
  const std::array<double, 8> budget = {
      part.committed_eur - week_committed_start_[0],
      part.paid_eur - before_part.paid_eur,
      part.refused_eur - week_refused_eur_start_[0],
      static_cast<double>(part.refused) - week_refused_start_[0],
      income.committed_eur - week_committed_start_[1],
      income.paid_eur - before_income.paid_eur,
      income.refused_eur - week_refused_eur_start_[1],
      static_cast<double>(income.refused) - week_refused_start_[1]};
  append("budget", budget.begin(), budget.end());
  append("hours_by_tile", hours.begin(), hours.end());
  std::array<double, kTileCount> tile_costs{};
  for (std::size_t t = 0; t < kTileCount; ++t) tile_costs[t] = eur_by_tile[t] + hours[t] * rate;
  tile_costs[static_cast<std::size_t>(Tile::melding)] += intake_eur;
  append("costs_by_tile", tile_costs.begin(), tile_costs.end());
  double reserved_open = 0.0;
  for (auto vid : open_) reserved_open += vacancies_[vid].reserved;
  const double willing_share = willing_share_;
  const double per_vacancy = week_.competed_open > 0.0 ? week_.regular_applicants_expected / week_.competed_open
                                                       : regular_rate_[0].mean;
  if (!w.in_burn_in()) {
    willing_share_sum_ += willing_share;
    applicants_per_vacancy_sum_ += per_vacancy;
  }
  const std::array<double, 4> demand = {p_.demand.tightness[demand_year_], willing_share, per_vacancy,
                                        double(week_.subsidised_new)};
  append("labour_demand", demand.begin(), demand.end());
  const std::array<double, 16> vac = {
      double(week_.vacancies_new), double(open_.size()),     double(week_.filled_target_group),
      double(week_.filled_regular), double(week_.expired),   double(week_.applications),
      double(week_.applications_mediated), double(week_.shared_new), reserved_open,
      double(week_.carved_new),    double(week_.group_new), double(week_.social_return_new),
      double(week_.place_requests), double(week_.places_made), double(week_.presented),
      double(week_.pushed)};
  append("vacancies", vac.begin(), vac.end());
  append("employer_trust", trust_row.begin(), trust_row.end());
  append("employers_by_stage", by_stage.begin(), by_stage.end());
  append("employers_by_tile", employer_tiles.begin(), employer_tiles.end());
  const std::array<double, 7> ams = {am_staff,
                                     am_hours * p_.account_manager.employer_time_share,
                                     week_.am_hours_used,
                                     double(week_.contacts_warm),
                                     double(week_.contacts_cold),
                                     double(week_.am_left),
                                     am_staff > 0 ? (by_stage[1] + by_stage[2] + by_stage[3]) / am_staff : kNaN};
  append("account_managers", ams.begin(), ams.end());
  std::array<double, kPlacementRouteCount> by_route{};
  for (std::size_t k = 0; k < kPlacementRouteCount; ++k) by_route[k] = static_cast<double>(week_.placements_by_route[k]);
  append("placements_by_route", by_route.begin(), by_route.end());
  if (table("growth_trajectories") != nullptr) {
    std::array<double, 6> steps{};  // hidden, in_view, mapped, matched, learning, ready
    for (auto jid : growth_open_) {
      const GrowthJob& j = growth_jobs_[jid];
      if (j.step == GrowthStep::learning && j.seeker != kNone &&
          seekers_[static_cast<std::size_t>(j.seeker)].growth == GrowthState::ready) {
        steps[5] += 1.0;
      } else if (j.step != GrowthStep::closed) {
        steps[static_cast<std::size_t>(j.step)] += 1.0;
      }
    }
    const std::array<double, 15> row = {steps[0], steps[1], steps[2], steps[3], steps[4], steps[5],
                                        double(week_.growth_conversations), double(week_.growth_in_view),
                                        double(week_.growth_matched), double(week_.growth_plans_signed),
                                        double(week_.growth_plans_declined), double(week_.growth_started),
                                        double(week_.growth_not_materialised), double(week_.growth_failed),
                                        double(week_.growth_not_hired)};
    append("growth_trajectories", row.begin(), row.end());
  }
  const std::array<double, 10> jobs = {double(week_.growth_announced[0]), double(week_.growth_announced[1]),
                                       double(week_.growth_materialised[0]), double(week_.growth_materialised[1]),
                                       double(week_.growth_filled[0]), double(week_.growth_filled[1]),
                                       double(week_.growth_posted),
                                       double(week_.growth_lapsed + week_.growth_not_materialised),
                                       double(week_.growth_not_materialised), double(week_.growth_not_hired)};
  append("growth_jobs", jobs.begin(), jobs.end());
}

// --- results ----------------------------------------------------------------------------------

std::vector<sim::Metric> RegionModel::kpis() const {
  const int begin = static_cast<int>(p_.sim.burn_in_weeks);
  const int end = begin + static_cast<int>(p_.sim.weeks);
  const auto in_window = [&](int week) { return week >= begin && week < end; };
  // A KPI is a number or undefined (nullopt: its base is empty). Undefined KPIs are flagged as such,
  // so that a NaN from a computational failure can never pass for one (sim::check_run_result).
  using Value = std::optional<double>;
  const auto ratio = [](double a, double b) -> Value { return b > 0 ? Value(a / b) : std::nullopt; };

  double placements = 0, dropouts = 0, subsidy_end_dismissals = 0, lks_weeks = 0, with_lks = 0, low_loonwaarde = 0;
  double lks_loonwaarde_sum = 0, lks_loonwaarde_50_75 = 0;
  double trials = 0, trials_decided = 0, trials_converted = 0, traineeships = 0;
  double network_placements = 0, reserved = 0, disabled = 0, subsidised_jobs = 0;
  double followed_26 = 0, sustained_26 = 0, followed_52 = 0, sustained_52 = 0;
  double rungs_2_4 = 0, followed_52_rungs_2_4 = 0, sustained_52_rungs_2_4 = 0, growth_placements = 0;
  std::array<double, 2> followed_52_by_group{}, sustained_52_by_group{};  // registered on rungs 1-3, 4-5
  double temporary_104 = 0, converted_104 = 0, renewed_104 = 0;
  for (const auto& sp : spells_) {
    // Temporary contracts starting in the observed weeks with 104 weeks to follow them.
    if (sp.contract_start_week != kNone && !sp.permanent_offer && in_window(sp.contract_start_week) &&
        sp.contract_start_week + kContractFollowUp <= end) {
      ++temporary_104;
      converted_104 += sp.converted_week != kNone && sp.converted_week < sp.contract_start_week + kContractFollowUp;
      renewed_104 += sp.renewals > 0;
    }
    if (sp.end == SpellEnd::dropout && in_window(sp.end_week)) ++dropouts;
    if (sp.end == SpellEnd::dismissed_at_subsidy_end && in_window(sp.end_week)) ++subsidy_end_dismissals;
    if (!in_window(sp.start_week)) continue;
    ++placements;
    disabled += seekers_[sp.seeker].disability;
    subsidised_jobs += sp.route == PlacementRoute::subsidised_job;
    network_placements += sp.network;
    reserved += sp.route == PlacementRoute::social_return || sp.route == PlacementRoute::carved ||
                sp.route == PlacementRoute::group || sp.route == PlacementRoute::candidate_first;
    lks_weeks += sp.lks_weeks_paid;
    with_lks += sp.lks_weeks_granted > 0;
    if (sp.lks_weeks_granted > 0) {
      lks_loonwaarde_sum += sp.lks_loonwaarde;
      lks_loonwaarde_50_75 += sp.lks_loonwaarde >= 0.5F && sp.lks_loonwaarde < 0.75F;
    }
    low_loonwaarde += sp.loonwaarde < 0.5F;
    traineeships += sp.first_form == SpellForm::traineeship;
    if (sp.first_form == SpellForm::trial_placement) {
      ++trials;
      const bool decided = sp.contract_start_week != kNone || sp.end != SpellEnd::ongoing;
      trials_decided += decided;
      trials_converted += sp.contract_start_week != kNone;
    }
    const auto lasted = [&](int weeks) { return sp.end == SpellEnd::ongoing || sp.end_week >= sp.start_week + weeks; };
    if (sp.start_week + 26 <= end) {
      ++followed_26;
      sustained_26 += lasted(26);
    }
    if (sp.start_week + 52 <= end) {
      ++followed_52;
      sustained_52 += lasted(52);
    }
    growth_placements += sp.route == PlacementRoute::growth_small_scale || sp.route == PlacementRoute::growth_large_scale;
    if (sp.entry_rung >= 1 && sp.entry_rung <= 5 && sp.start_week + 52 <= end) {
      const std::size_t group = sp.entry_rung <= 3 ? 0 : 1;
      ++followed_52_by_group[group];
      sustained_52_by_group[group] += lasted(52);
    }
    if (sp.entry_rung >= 2 && sp.entry_rung <= 4) {
      ++rungs_2_4;
      if (sp.start_week + 52 <= end) {
        ++followed_52_rungs_2_4;
        sustained_52_rungs_2_4 += lasted(52);
      }
    }
  }
  // Future jobs that appeared in the observed weeks, and who filled them.
  double growth_materialised = 0, growth_filled_target = 0, growth_lead_sum = 0, growth_started = 0;
  double growth_not_hired = 0;
  for (const auto& j : growth_jobs_) {
    if (!in_window(j.start_week) || (j.outcome != GrowthOutcome::started && j.outcome != GrowthOutcome::posted &&
                                     j.outcome != GrowthOutcome::not_hired)) {
      continue;
    }
    ++growth_materialised;
    growth_not_hired += j.outcome == GrowthOutcome::not_hired;
    if (j.outcome == GrowthOutcome::started) {
      ++growth_filled_target;
      ++growth_started;
      growth_lead_sum += spells_[static_cast<std::size_t>(j.spell)].start_week - j.in_view_week;
    } else if (j.posted_filled_target_group) {
      ++growth_filled_target;
    }
  }
  double cohort_26 = 0, placed_26 = 0;
  std::array<double, 2> cohort_52{}, placed_52{};  // rungs 1-3, rungs 4-5
  std::vector<double> weeks_to_placement;
  double referred = 0, wm1 = 0, wm2 = 0, wm3 = 0;
  for (const auto& s : seekers_) {
    if (s.from_initial_stock || !in_window(s.entry_week)) continue;
    const int weeks = s.first_placement_week == kNone ? std::numeric_limits<int>::max() : s.first_placement_week - s.entry_week;
    if (s.entry_week + 26 <= end) {
      ++cohort_26;
      placed_26 += weeks < 26;
    }
    if (s.entry_week + kMedianFollowUp <= end && weeks < kMedianFollowUp) weeks_to_placement.push_back(weeks);
    if (s.entry_week + 52 <= end && s.entry_rung <= 5) {
      const std::size_t segment = s.entry_rung <= 3 ? 0 : 1;
      ++cohort_52[segment];
      placed_52[segment] += weeks < 52;
    }
  }
  // The trajectory (the provider's, or in the comparison arm the in-house team's) against the
  // provider's promise (seed 002): placed in a contract within 4 weeks
  // (WM1), via a traineeship started within 4 weeks and followed by a contract (WM2), placed later
  // but within 26 weeks (WM3); referrals with 26 weeks of follow-up.
  std::vector<const Spell*> first_provider_spell(seekers_.size(), nullptr);
  for (const auto& sp : spells_) {
    if (sp.provider != Trajectory::none && first_provider_spell[sp.seeker] == nullptr) first_provider_spell[sp.seeker] = &sp;
  }
  // The referred group in either arm (provider or in-house): placed by anyone within 26 weeks of
  // referral, and that placement still running 52 weeks after its start (78 weeks of follow-up).
  std::vector<const Spell*> first_spell_after_referral(seekers_.size(), nullptr);
  for (const auto& sp : spells_) {
    const JobSeeker& s = seekers_[sp.seeker];
    if (s.ever_referred && sp.start_week >= s.trajectory_start_week && first_spell_after_referral[sp.seeker] == nullptr) {
      first_spell_after_referral[sp.seeker] = &sp;
    }
  }
  double group_26 = 0, group_placed_26 = 0, group_78 = 0, group_sustained = 0;
  for (const auto& s : seekers_) {
    if (!s.ever_referred || !in_window(s.trajectory_start_week)) continue;
    const Spell* sp = first_spell_after_referral[s.id];
    const bool placed = sp != nullptr && sp->start_week - s.trajectory_start_week <= 26;
    if (s.trajectory_start_week + 26 <= end) {
      ++group_26;
      group_placed_26 += placed;
    }
    if (s.trajectory_start_week + 78 <= end) {
      ++group_78;
      group_sustained += placed && (sp->end == SpellEnd::ongoing || sp->end_week >= sp->start_week + 52);
    }
  }
  for (const auto& s : seekers_) {
    if (!s.ever_referred || !in_window(s.trajectory_start_week) || s.trajectory_start_week + 26 > end) continue;
    ++referred;
    const Spell* sp = first_provider_spell[s.id];
    if (sp == nullptr) continue;
    const int after = sp->start_week - s.trajectory_start_week;
    if (after <= 4 && sp->first_form != SpellForm::traineeship && sp->first_form != SpellForm::trial_placement) ++wm1;
    else if (after <= 4 && sp->first_form == SpellForm::traineeship && sp->contract_start_week != kNone) ++wm2;
    else if (after > 4 && after <= 26) ++wm3;
  }
  const Value sustained_rate_52 = ratio(sustained_52, followed_52);
  const double sustainable = sustained_rate_52 ? placements * *sustained_rate_52 : 0.0;
  Value budget_week;
  for (int week : budget_exhausted_weeks_) {
    if (week >= 0) {
      budget_week = week;
      break;
    }
  }

  std::vector<sim::Metric> out;
  const auto add = [&](std::string_view name, Value value) {
    for (const auto& d : kpi_definitions()) {
      if (d.name == name) {
        out.push_back(sim::Metric{std::string(d.name), std::string(d.unit), std::string(d.description),
                                  value.value_or(kNaN), std::string(d.undefined_when), !value.has_value(), true});
        return;
      }
    }
    throw std::logic_error("KPI without a definition: " + std::string(name));
  };
  add("placements", placements);
  add("placement_rate_26w", ratio(placed_26, cohort_26));
  add("sustained_rate_26w", ratio(sustained_26, followed_26));
  add("sustained_rate_52w", sustained_rate_52);
  add("median_weeks_to_placement", weeks_to_placement.empty() ? Value() : Value(sim::median(weeks_to_placement)));
  add("outflow_off_benefit", static_cast<double>(total_outflow_work_));
  add("inflow_rate_year", ratio(bijstand_year_inflow_, bijstand_year_base_));
  add("outflow_rate_year", ratio(bijstand_year_outflow_, bijstand_year_base_));
  add("outflow_to_work_rate_year", ratio(bijstand_year_outflow_work_, bijstand_year_base_));
  const double complete_years = std::floor(static_cast<double>(p_.sim.weeks) / kWeeksPerYear);
  add("bijstand_stock_factor_year",
      complete_years >= 1.0 && bijstand_observed_start_ > 0.0
          ? Value(std::pow(bijstand_years_end_ / bijstand_observed_start_, 1.0 / complete_years))
          : Value());
  add("parttime_with_benefit_share", ratio(working_with_bijstand_sum_, working_with_bijstand_weeks_));
  add("dropouts", dropouts);
  add("subsidy_end_dismissals", subsidy_end_dismissals);
  add("cost_instruments_eur", total_instruments_eur_);
  add("cost_staff_eur", total_staff_eur_);
  add("benefit_paid_eur", total_benefit_eur_);
  add("cost_per_sustained_placement_eur",
      sustainable > 0 ? Value((total_instruments_eur_ + total_staff_eur_) / sustainable) : std::nullopt);
  add("lks_paid_eur", total_lks_eur_);
  add("lks_weeks_paid", lks_weeks);
  add("placements_with_lks", with_lks);
  add("placements_disability_share", ratio(disabled, placements));
  add("placements_subsidised_jobs", subsidised_jobs);
  add("placements_low_loonwaarde", low_loonwaarde);
  add("lks_loonwaarde_mean", ratio(lks_loonwaarde_sum, with_lks));
  add("lks_loonwaarde_share_50_75", ratio(lks_loonwaarde_50_75, with_lks));
  add("trial_placements", trials);
  add("trial_conversion_rate", ratio(trials_converted, trials_decided));
  add("traineeships", traineeships);
  add("temporary_converted_share_104w", ratio(converted_104, temporary_104));
  add("temporary_renewed_share", ratio(renewed_104, temporary_104));
  add("budget_exhausted_week", budget_week);
  add("participation_committed_eur", budget_totals_[0]);
  add("participation_paid_eur", budget_totals_[1]);
  add("participation_refused", budget_totals_[2]);
  add("income_committed_eur", budget_totals_[3]);
  add("income_paid_eur", budget_totals_[4]);
  add("income_refused", budget_totals_[5]);
  add("werkmakelaar_referred", referred);
  add("werkmakelaar_wm1_share", ratio(wm1, referred));
  add("werkmakelaar_wm2_share", ratio(wm2, referred));
  add("werkmakelaar_wm3_share", ratio(wm3, referred));
  add("referred_placed_26w_share", ratio(group_placed_26, group_26));
  add("referred_sustained_52w_share", ratio(group_sustained, group_78));
  add("werkmakelaar_fees_eur", total_fees_eur_);
  add("in_house_team_eur", total_team_eur_);
  add("provider_network_employers", provider_network_.built() ? Value(static_cast<double>(provider_network_.members())) : std::nullopt);
  add("provider_network_trust_mean", provider_network_.built() ? provider_network_.member_trust_mean() : std::nullopt);
  const bool hunters = job_hunters_.network().built();
  add("job_hunter_network_employers", hunters ? Value(static_cast<double>(job_hunters_.network().members())) : std::nullopt);
  add("job_hunter_network_trust_mean", hunters ? job_hunters_.network().member_trust_mean() : std::nullopt);
  add("case_manager_insight_mean", ratio(insight_sum_, insight_weeks_));
  add("case_manager_handovers", static_cast<double>(total_handovers_));
  add("employer_trust_mean", trust_weeks_ > 0 ? Value(trust_sum_ / trust_weeks_) : std::nullopt);
  add("employers_in_network", network_sum_ / static_cast<double>(p_.sim.weeks));  // sim.weeks >= 1
  add("employers_willing_share", willing_share_sum_ / static_cast<double>(p_.sim.weeks));
  add("regular_applicants_per_vacancy", applicants_per_vacancy_sum_ / static_cast<double>(p_.sim.weeks));
  add("network_placements", network_placements);
  add("placements_per_account_manager_hour", ratio(network_placements, total_am_hours_));
  add("placements_reserved", reserved);
  add("placement_rate_52w_rungs_1_3", ratio(placed_52[0], cohort_52[0]));
  add("placement_rate_52w_rungs_4_5", ratio(placed_52[1], cohort_52[1]));
  add("placements_rungs_2_4", rungs_2_4);
  add("sustained_rate_52w_rungs_2_4", ratio(sustained_52_rungs_2_4, followed_52_rungs_2_4));
  add("sustained_rate_52w_rungs_1_3", ratio(sustained_52_by_group[0], followed_52_by_group[0]));
  add("sustained_rate_52w_rungs_4_5", ratio(sustained_52_by_group[1], followed_52_by_group[1]));
  add("growth_jobs_materialised", growth_materialised);
  add("growth_placements", growth_placements);
  add("growth_share_filled_target_group", ratio(growth_filled_target, growth_materialised));
  add("growth_weeks_announcement_to_start", ratio(growth_lead_sum, growth_started));
  add("growth_learners_not_hired", growth_not_hired);
  return out;
}

sim::SeriesTable RegionModel::survival_curve() const {
  // Kaplan-Meier share still in the same job by weeks since the start, for jobs starting in the
  // observed weeks; jobs still running at the end are censored there, pension exits too.
  const int begin = static_cast<int>(p_.sim.burn_in_weeks);
  const int end = begin + static_cast<int>(p_.sim.weeks);
  std::vector<double> at_risk(kSurvivalWeeks + 1, 0.0), ended(kSurvivalWeeks + 1, 0.0);
  for (const auto& sp : spells_) {
    if (sp.start_week < begin || sp.start_week >= end) continue;
    const bool event = sp.end != SpellEnd::ongoing && sp.end != SpellEnd::exit_other;
    const int duration = (sp.end == SpellEnd::ongoing ? end : sp.end_week) - sp.start_week;
    for (int t = 0; t <= std::min(duration, kSurvivalWeeks); ++t) at_risk[static_cast<std::size_t>(t)] += 1.0;
    if (event && duration <= kSurvivalWeeks) ended[static_cast<std::size_t>(duration)] += 1.0;
  }
  sim::SeriesTable t = make_table("survival", "share",
                                  "share of jobs (starting in the observed weeks) still with the same employer by weeks "
                                  "since the start (row = weeks since the start, 0-104), Kaplan-Meier with jobs still "
                                  "running at the end censored; at_risk = jobs observed that long",
                                  {"at_risk", "still_working"}, false);
  t.group = "curves";
  t.undefined_when_zero = {"", "at_risk"};  // no job observed that long: the share is undefined
  double share = 1.0;
  for (int k = 0; k <= kSurvivalWeeks; ++k) {
    const auto n = at_risk[static_cast<std::size_t>(k)];
    if (n > 0) share *= 1.0 - ended[static_cast<std::size_t>(k)] / n;
    t.values.push_back(n);
    t.values.push_back(n > 0 ? share : kNaN);
    ++t.rows;
  }
  return t;
}

sim::RecordTable RegionModel::spells_table() const {
  const int begin = static_cast<int>(p_.sim.burn_in_weeks);
  const int end = begin + static_cast<int>(p_.sim.weeks);
  sim::RecordTable t;
  t.name = "spells";
  t.description = "job spells starting in the observed weeks; weeks count from the end of the burn-in, -1: none";
  const auto column = [](std::string name, std::string description, std::vector<std::string> labels_ = {}) {
    return sim::RecordColumn{std::move(name), std::move(description), std::move(labels_), {}};
  };
  t.columns = {
      column("seeker", "job seeker id"),
      column("employer", "employer id"),
      column("start_week", "first week at the employer"),
      column("contract_start_week", "week the contract started (after a trial placement or traineeship)"),
      column("end_week", "week the job ended"),
      column("end", "how the job ended", labels(kSpellEndKeys)),
      column("first_form", "how the job started", labels(kSpellFormKeys)),
      column("form", "the form at the end (or now): the contract type at the end", labels(kSpellFormKeys)),
      column("renewals", "times a temporary contract was renewed by a new temporary contract"),
      column("converted_week", "week a temporary contract became permanent (-1: never, or permanent from the start)"),
      column("instruments", "instruments agreed at placement: bit i set for instrument i of " +
                                std::string("lks, trial_placement, traineeship, job_coaching, workplace_adaptation, no_risk, "
                                            "werkmakelaar")),
      column("loonwaarde_permille", "loonwaarde at the start, per mille of full productivity"),
      column("lks_weeks_paid", "weeks of loonkostensubsidie paid"),
      column("lks_paid_eur", "loonkostensubsidie paid, euros (rounded)"),
      column("provider", "who placed the worker (in_house_team: the comparison arm's municipal team)",
             {"municipality", "werkmakelaar", "in_house_team"}),
      column("mediated", "1: proposed by a case manager or the provider; 0: own application"),
      column("route", "where the job came from", labels(kPlacementRouteKeys)),
      column("network", "1: the employer was in the municipality's network at the hire"),
      column("rung", "the seeker's participatieladder rung just before the hire"),
      column("entry_rung", "the seeker's participatieladder rung at the first Melding"),
      column("age_band", "the seeker's age band at the hire", labels(kAgeBandKeys)),
      column("benefit_type", "the seeker's benefit", labels(kBenefitTypeKeys)),
      column("disability", "1: the seeker has an arbeidsbeperking"),
  };
  for (auto& c : t.columns) {  // ids, counts and money (weeks may be -1: none)
    c.nonnegative = c.name == "seeker" || c.name == "employer" || c.name == "start_week" || c.name == "renewals" ||
                    c.name == "loonwaarde_permille" || c.name == "lks_weeks_paid" || c.name == "lks_paid_eur";
  }
  const auto week = [&](std::int32_t w) { return w == kNone ? std::int64_t{-1} : std::int64_t{w - begin}; };
  for (const auto& sp : spells_) {
    if (sp.start_week < begin || sp.start_week >= end) continue;
    const std::array<std::int64_t, 23> row = {
        sp.seeker, sp.employer, week(sp.start_week), week(sp.contract_start_week), week(sp.end_week),
        static_cast<std::int64_t>(sp.end), static_cast<std::int64_t>(sp.first_form), static_cast<std::int64_t>(sp.form),
        sp.renewals, week(sp.converted_week),
        sp.instruments, std::llround(sp.loonwaarde * 1000.0F), sp.lks_weeks_paid, std::llround(sp.lks_paid_eur),
        static_cast<std::int64_t>(sp.provider), sp.mediated ? 1 : 0, static_cast<std::int64_t>(sp.route),
        sp.network ? 1 : 0, sp.rung, sp.entry_rung, sp.age_band, static_cast<std::int64_t>(sp.benefit),
        sp.disability ? 1 : 0};
    for (std::size_t c = 0; c < row.size(); ++c) t.columns[c].values.push_back(row[c]);
  }
  return t;
}

sim::RecordTable RegionModel::persons_table() const {
  const int begin = static_cast<int>(p_.sim.burn_in_weeks);
  const int end = begin + static_cast<int>(p_.sim.weeks);
  sim::RecordTable t;
  t.name = "persons";
  t.description =
      "every person in scope in some observed week: what was registered at the first Melding and how and when the "
      "person left; weeks count from the end of the burn-in (negative before it), -1 in exit_week: has not left";
  const auto column = [](std::string name, std::string description, std::vector<std::string> labels_ = {},
                         bool nonnegative = false) {
    return sim::RecordColumn{std::move(name), std::move(description), std::move(labels_), {}, nonnegative};
  };
  t.columns = {
      column("seeker", "job seeker id (as in the events and spells)", {}, true),
      column("registration_week", "week of the first Melding (the initial stock: the start of the burn-in)"),
      column("initial_stock", "1: on benefit when the simulation started (its registration is earlier)", {}, true),
      column("age_band", "age band at registration", labels(kAgeBandKeys)),
      column("age", "age at registration in whole years", {}, true),
      column("female", "1: female", {}, true),
      column("education", "highest education", labels(kEducationKeys)),
      column("benefit_type", "the benefit", labels(kBenefitTypeKeys)),
      column("disability", "1: has an arbeidsbeperking", {}, true),
      column("rung", "participatieladder rung at registration", {}, true),
  };
  for (const auto domain : kLifeDomainKeys) {
    t.columns.push_back(column("zrm_" + std::string(domain),
                               "ZRM score of the life domain at registration (1 acute problem ... 5 self-reliant)", {}, true));
  }
  t.columns.push_back(column("status", "status at the end of the last observed week",
                             {"waiting", "in_service", "employed", "exited", "on_ww"}));
  t.columns.push_back(column("exit_reason", "why the person left scope (-1: has not left)", {"work", "other", "pension"}));
  t.columns.push_back(column("exit_week", "week the person left scope"));
  for (const auto& s : seekers_) {
    if (s.entry_week >= end || (s.exit_week != kNone && s.exit_week < begin)) continue;
    // The registered attributes as drawn at registration (draw_seeker is a pure function of the
    // seed and the id): the ZRM scores and the rung change afterwards.
    const JobSeeker at = draw_seeker(p_, profile_, seed_, s.id, s.entry_week, s.from_initial_stock);
    std::vector<std::int64_t> row = {s.id,
                                     at.entry_week - begin,
                                     at.from_initial_stock ? 1 : 0,
                                     age_band_of(at.age_at_entry),
                                     static_cast<std::int64_t>(at.age_at_entry),  // whole years (age > 0)
                                     at.female ? 1 : 0,
                                     static_cast<std::int64_t>(at.education),
                                     static_cast<std::int64_t>(at.benefit),
                                     at.disability ? 1 : 0,
                                     at.entry_rung};
    for (const auto z : at.zrm) row.push_back(z);
    row.push_back(static_cast<std::int64_t>(s.status));
    row.push_back(static_cast<std::int64_t>(s.exit_reason) - 1);  // ExitReason::none is -1
    row.push_back(s.exit_week == kNone ? std::int64_t{-1} : std::int64_t{s.exit_week - begin});
    for (std::size_t c = 0; c < row.size(); ++c) t.columns[c].values.push_back(row[c]);
  }
  return t;
}

sim::RecordTable RegionModel::employer_hires_table() const {
  sim::RecordTable t;
  t.name = "employer_hires";
  t.description =
      "per employer that hired any, the regular applicants (people outside the target group) it hired in the observed "
      "weeks (for the virtual evaluation: substitution at the same employer, displacement elsewhere)";
  t.columns = {{"employer", "employer id", {}, {}, true}, {"regular_hires", "regular applicants hired", {}, {}, true}};
  for (std::size_t e = 0; e < regular_hires_.size(); ++e) {
    if (regular_hires_[e] == 0) continue;
    t.columns[0].values.push_back(static_cast<std::int64_t>(e));
    t.columns[1].values.push_back(regular_hires_[e]);
  }
  return t;
}

sim::RecordTable RegionModel::events_table() const {
  sim::RecordTable t;
  t.name = "events";
  t.description = "per-person event history; week counts from the end of the burn-in (negative during it)";
  const auto column = [&](std::string name, std::string description, std::vector<std::string> labels_) {
    sim::RecordColumn c;
    c.name = std::move(name);
    c.description = std::move(description);
    c.labels = std::move(labels_);
    c.values.reserve(events_.size());
    return c;
  };
  t.columns.push_back(column("week", "week of the event (0 = first observed week)", {}));
  t.columns.push_back(column("seeker", "job seeker id", {}));
  t.columns.push_back(column("event", "what happened", labels(kEventKindKeys)));
  t.columns.push_back(column("tile", "tile involved (-1: none)", labels(kTileKeys)));
  t.columns.push_back(column("employer", "employer id (-1: none)", {}));
  t.columns.push_back(column("instrument", "instrument involved (-1: none)", labels(kInstrumentKeys)));
  t.columns[1].nonnegative = true;  // seeker id
  for (const auto& e : events_) {
    t.columns[0].values.push_back(e.week);
    t.columns[1].values.push_back(e.seeker);
    t.columns[2].values.push_back(static_cast<std::int64_t>(e.kind));
    t.columns[3].values.push_back(e.tile);
    t.columns[4].values.push_back(e.employer);
    t.columns[5].values.push_back(e.instrument);
  }
  return t;
}

sim::RunResult RegionModel::result(const std::string& scenario, std::size_t replication) const {
  sim::RunResult r;
  r.scenario = scenario;
  r.replication = replication;
  r.seed = seed_;
  r.series = series_;
  r.series.push_back(survival_curve());
  r.metrics = kpis();
  if (events_enabled_) r.records.push_back(events_table());
  if (events_enabled_ || p_.output.spells) r.records.push_back(persons_table());
  if (p_.output.spells) {
    r.records.push_back(spells_table());
    r.records.push_back(employer_hires_table());
  }
  return r;
}

}  // namespace regiosim::models
