// RegionModel, employer side: account managers and their portfolios, first contacts (warm and cold
// acquisition), the employer tiles, contact persons and trust after placements (seed 000
// §Werkgever tiles; seed 003 chapters 2, 4 and 5).
#include "models/employer_tiles.h"
#include "models/population.h"
#include "models/purposes.h"
#include "models/rates.h"
#include "models/region_model.h"
#include "sim/random.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace regiosim::models {

namespace {
// Cold acquisition picks employers at random until it finds one it may approach; after this many
// tries in one week it gives up for that contact (rarely binding: most employers may be approached).
constexpr int kColdCallAttempts = 20;
}  // namespace

std::int32_t RegionModel::contact_person(const Application& a, const Employer& e) const {
  if (a.purchased()) return kProviderPerson;
  if (a.intensive()) return kTeamPerson;  // the in-house team's coach: one more municipal contact person
  if (a.job_hunter) return kJobHunterPerson;
  if (a.account_manager && e.account_manager != kNone) return kAccountManagerPerson + e.account_manager;
  if (const std::int32_t am = presenter(e); am != kNone) return kAccountManagerPerson + am;
  assert(a.coach == seekers_[a.seeker].coach);
  return a.coach == kNone ? kProviderPerson - 1 : a.coach;
}

void RegionModel::record_contact(Employer& e, std::int32_t person, int week) {
  const auto window = static_cast<std::int32_t>(p_.trust.contact_window_weeks);
  if (e.contacts.record(person, week, window) && e.contacts.distinct(week, window) > 1) {
    trust_.lose(e, p_.trust.contact_person_loss);
  }
}

void RegionModel::leave_network(Employer& e, int week) {
  e.stage = EmployerStage::unknown;
  e.account_manager = kNone;
  e.tiles = EmployerTileSet{};
  e.werkprofiel = false;
  e.carving = false;
  e.joined_week = kNone;
  e.last_approach_week = week;
}

// An account manager who leaves is replaced the same week; the employers in the portfolio start
// the relationship over with the successor (seed 003 §5: 'Sinds bemiddelaar X weg is ...').
void RegionModel::account_manager_turnover(const sim::Week& w) {
  const double leave = weekly_probability(p_.account_manager.turnover_per_year);
  const std::size_t n = account_managers_.size();
  std::vector<std::int32_t> successor_of;  // per account manager who left this week: the successor
  for (std::size_t i = 0; i < n; ++i) {
    if (!account_managers_[i].employed) continue;
    sim::RandomStream rng(seed_, i, static_cast<std::uint32_t>(w.index), id(Purpose::account_manager_turnover));
    if (!rng.bernoulli(leave)) continue;
    account_managers_[i].employed = false;
    const auto successor = static_cast<std::int32_t>(account_managers_.size());
    Coach c = draw_coach(p_, seed_, static_cast<std::uint32_t>(successor), CoachRole::account_manager);
    c.hired_week = w.index;
    c.hours_per_week = account_managers_[i].hours_per_week;  // the post keeps its hours (part-time stays part-time)
    account_managers_.push_back(c);
    ++week_.am_left;
    if (successor_of.empty()) successor_of.assign(n, kNone);
    successor_of[i] = successor;
  }
  if (successor_of.empty()) return;
  // One pass over the employers for all who left this week (a successor never leaves in its first
  // week, so no portfolio moves twice).
  for (auto& e : employers_) {
    if (e.account_manager == kNone || static_cast<std::size_t>(e.account_manager) >= n) continue;
    const std::int32_t successor = successor_of[static_cast<std::size_t>(e.account_manager)];
    if (successor == kNone) continue;
    e.account_manager = successor;
    if (e.stage > EmployerStage::contacted) e.stage = EmployerStage::contacted;
    trust_.new_contact_person(e, p_.account_manager.handover_share);
  }
}

// First contacts: warm ones go to employers with a known need (a recent vacancy, a social-return
// clause), cold ones to employers picked at random.
void RegionModel::acquire(Coach& am, int contacts, const sim::Week& w, std::vector<std::uint32_t>& warm) {
  sim::RandomStream rng(seed_, am.id, static_cast<std::uint32_t>(w.index), id(Purpose::acquisition));
  const auto retry = static_cast<std::int32_t>(p_.acquisition.retry_weeks);
  const auto approachable = [&](const Employer& e) {
    return e.stage == EmployerStage::unknown && !e.approached_this_week && w.index >= e.closed_until &&
           w.index - e.last_approach_week >= retry;
  };
  for (int k = 0; k < contacts; ++k) {
    const bool cold = rng.bernoulli(p_.policy.cold_acquisition_share);
    Employer* target = nullptr;
    if (cold) {
      for (int attempt = 0; attempt < kColdCallAttempts && target == nullptr; ++attempt) {
        Employer& e = employers_[rng.below(employers_.size())];
        if (approachable(e)) target = &e;
      }
    } else {
      while (!warm.empty() && target == nullptr) {
        const std::size_t j = rng.below(warm.size());
        Employer& e = employers_[warm[j]];
        warm[j] = warm.back();
        warm.pop_back();
        if (approachable(e)) target = &e;
      }
    }
    if (target == nullptr) continue;  // no one left to approach this way
    target->approached_this_week = true;
    target->cold_approach = cold;
    target->last_approach_week = w.index;
    target->account_manager = static_cast<std::int32_t>(am.id);
    target->tiles.add(EmployerTile::werkgever_contact);
    target->intensity = 1.0F;
    target->week_hours = static_cast<float>(p_.employer_tiles.contact_hours);
    am.used_hours += p_.employer_tiles.contact_hours;
    ++(cold ? week_.contacts_cold : week_.contacts_warm);
  }
}

// The staffing norm (policy.account_manager.hours_per_network_employer): while the team's employer
// hours fall short of the norm times the employers in the portfolios, a full-time account manager is
// hired; the newcomer starts with an empty portfolio and makes first contacts. The team is never cut.
void RegionModel::staff_to_norm(const sim::Week& w) {
  const double norm = p_.policy.am_hours_per_network_employer;
  if (norm <= 0.0) return;
  double network = 0.0, hours = 0.0;
  for (const auto& am : account_managers_) {
    network += am.caseload;  // last week's portfolios (a leaver's still counts until the plan moves it)
    if (am.employed) hours += am.hours_per_week * p_.account_manager.employer_time_share;
  }
  const double needed = network * norm;
  while (hours < needed - kRoundingGuard) {
    const auto next = static_cast<std::uint32_t>(account_managers_.size());
    Coach c = draw_coach(p_, seed_, next, CoachRole::account_manager);
    c.hired_week = w.index;
    hours += c.hours_per_week * p_.account_manager.employer_time_share;
    account_managers_.push_back(c);
  }
}

float RegionModel::employer_nazorg(const Spell& sp, const Employer& e, int week) const noexcept {
  if (!sp.mediated || sp.provider != Trajectory::none || !in_network(e) || !e.tiles.has(EmployerTile::nazorg)) return 0.0F;
  if (week - sp.start_week >= static_cast<std::int32_t>(p_.employer_tiles.nazorg_weeks)) return 0.0F;
  const double reach = p_.policy.single_contact ? 1.0 : p_.employer_tiles.nazorg_reach_many_contacts;
  return static_cast<float>(e.intensity * reach);
}

void RegionModel::employer_staff(const sim::Week& w) {
  account_manager_turnover(w);
  staff_to_norm(w);
  // Each sector has an account manager who presents candidates to employers outside the network
  // (policy.single_contact).
  std::vector<std::int32_t> staff;
  for (const auto& am : account_managers_) {
    if (am.employed) staff.push_back(static_cast<std::int32_t>(am.id));
  }
  for (std::size_t k = 0; k < kSectorCount; ++k) sector_account_manager_[k] = staff.empty() ? kNone : staff[k % staff.size()];
  // With growth routes, part of the employer hours is set aside for growth conversations and the
  // work on future jobs (the growth phase spends it); the rest serves the employer tiles and first
  // contacts.
  const double growth_share = growth_time_share();
  for (auto& am : account_managers_) {
    am.caseload = 0;
    am.demand_hours = 0.0;
    am.used_hours = 0.0;
    am.growth_hours = am.employed ? am.hours_per_week * p_.account_manager.employer_time_share * growth_share : 0.0;
  }
}

// Portfolios, and the employers ready for candidates per sector (supply approach): each employer's
// tiles and the hours they ask of its account manager, noted in employer order.
void RegionModel::plan_employers(const sim::Chunk& chunk, const sim::Week& w, std::vector<PlanItem>& out) {
  const auto window = static_cast<std::int32_t>(p_.acquisition.warm_window_weeks);
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    Employer& e = employers_[i];
    if (w.index % static_cast<int>(kWeeksPerYear) == 0) e.social_return_hires = 0;  // a new year of the social-return quota
    e.approached_this_week = false;
    e.week_hours = 0.0F;
    e.intensity = 0.0F;
    if (!in_network(e)) {
      e.tiles = EmployerTileSet{};
      e.account_manager = kNone;
      if (const std::int32_t am = presenter(e); am != kNone && e.week_proposals > 0) {
        // Candidates presented last week by the sector's account manager.
        e.tiles.add(EmployerTile::bemiddeling);
        const double h = employer_tile(EmployerTile::bemiddeling).hours_demand(e, p_);
        out.push_back(PlanItem{static_cast<std::uint32_t>(am), PlanItem::used, 0, h});
        e.week_hours = static_cast<float>(h);
      }
      if (w.index >= e.closed_until && (e.social_return || w.index - e.last_vacancy_week < window)) {
        out.push_back(PlanItem{e.id, PlanItem::warm, 0, 0.0});
      }
      e.week_new_shared = e.week_proposals = e.week_hires = 0;
      continue;
    }
    if (e.stage == EmployerStage::ready) out.push_back(PlanItem{e.id, PlanItem::ready, static_cast<std::uint8_t>(e.sector), 0.0});
    e.tiles = employer_tiles_wanted(e, p_, w.index);
    // Training the supervisors is paid from the participation budget: asked for once, granted in order.
    if (e.tiles.has(EmployerTile::opleiden) && !e.supervisors_trained && !e.training_granted) {
      out.push_back(PlanItem{e.id, PlanItem::training, 0, 0.0});
    }
    const auto am = static_cast<std::uint32_t>(e.account_manager);
    out.push_back(PlanItem{am, PlanItem::caseload, 0, 0.0});
    // The work around last week's vacancies, candidates and hires comes first.
    e.tiles.for_each([&](EmployerTile tile) {
      const auto& behaviour = employer_tile(tile);
      const double h = behaviour.hours_demand(e, p_);
      if (behaviour.development()) {
        out.push_back(PlanItem{am, PlanItem::development, 0, h});
      } else {
        out.push_back(PlanItem{am, PlanItem::used, 0, h});
        e.week_hours += static_cast<float>(h);
      }
      out.push_back(PlanItem{am, PlanItem::demand, 0, h});
    });
  }
}

void RegionModel::employer_plan(std::span<const PlanItem> items, const sim::Week& w) {
  for (auto& list : ready_by_slot_) list.clear();
  am_development_.assign(account_managers_.size(), 0.0);
  warm_.clear();
  // In employer order, as one pass over the employers would add them up.
  for (const auto& item : items) {
    switch (item.kind) {
      case PlanItem::ready: ready_by_slot_[slot(market_of(item.who), item.sector)].push_back(item.who); break;
      case PlanItem::warm: warm_.push_back(item.who); break;
      case PlanItem::caseload: ++account_managers_[item.who].caseload; break;
      case PlanItem::used: account_managers_[item.who].used_hours += item.hours; break;
      case PlanItem::development: am_development_[item.who] += item.hours; break;
      case PlanItem::demand: account_managers_[item.who].demand_hours += item.hours; break;
      case PlanItem::training:
        employers_[item.who].training_granted =
            budgets_.commit(BudgetKind::participation, p_.employer_tiles.opleiden_eur);
        break;
    }
  }
  // The employers in the portfolio come next (development tiles share what is left), then first
  // contacts with the hours still free, while the portfolio has room.
  const double growth_share = growth_time_share();
  for (std::size_t i = 0; i < account_managers_.size(); ++i) {
    Coach& am = account_managers_[i];
    if (!am.employed) continue;
    const double left =
        std::max(0.0, am.hours_per_week * p_.account_manager.employer_time_share * (1.0 - growth_share) - am.used_hours);
    am.supply_ratio = am_development_[i] <= left ? 1.0 : left / am_development_[i];
    am.used_hours += am_development_[i] * am.supply_ratio;
  }
  for (auto& am : account_managers_) {
    if (!am.employed || am.caseload >= p_.account_manager.max_portfolio) continue;
    const double left = am.hours_per_week * p_.account_manager.employer_time_share * (1.0 - growth_share) - am.used_hours;
    const auto contacts = static_cast<int>(std::min<double>(static_cast<double>(p_.account_manager.max_contacts_per_week),
                                                            std::floor(left / p_.employer_tiles.contact_hours + kRoundingGuard)));
    if (contacts > 0) acquire(am, contacts, w, warm_);
  }
  for (const auto& am : account_managers_) week_.am_hours_used += am.used_hours;
}

// The development tiles get the account manager's share of the hours asked (employers in the
// network only: first contacts made this week are not in it yet).
void RegionModel::employer_hours(const sim::Chunk& chunk, const sim::Week&) {
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    Employer& e = employers_[i];
    if (!in_network(e)) continue;
    const Coach& am = account_managers_[static_cast<std::size_t>(e.account_manager)];
    e.intensity = static_cast<float>(am.supply_ratio);
    e.tiles.for_each([&](EmployerTile tile) {
      if (employer_tile(tile).development()) {
        e.week_hours += static_cast<float>(employer_tile(tile).hours_demand(e, p_) * am.supply_ratio);
      }
    });
    e.week_new_shared = e.week_proposals = e.week_hires = 0;
  }
}

void RegionModel::employer_services(const sim::Chunk& chunk, const sim::Week& w) {
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    Employer& e = employers_[i];
    e.week_eur = 0.0F;
    if (!e.tiles.empty()) {
      sim::RandomStream rng(seed_, e.id, static_cast<std::uint32_t>(w.index), id(Purpose::employer_services));
      const float effectiveness =
          e.account_manager == kNone
              ? 0.0F
              : account_manager_effectiveness(account_managers_[static_cast<std::size_t>(e.account_manager)], w.index, p_);
      const EmployerTileContext ctx{p_, trust_, rng, w.index, e.intensity, effectiveness};
      // The tiles running at the start of the week (a step may change the set).
      e.tiles.for_each([&](EmployerTile tile) { employer_tile(tile).step(e, ctx); });
    }
    trust_.week(e, e.last_visit_week == w.index);
  }
}

// Trust after mediated placements (the municipality's, or the provider's relationship for its
// own), as the bookkeeping phase found them per seeker, in seeker order: a placement that lasts is a good match, an early dropout or an
// unconverted trial a mismatch; and the workers in aftercare per employer in the network. Whether
// an employer whose trust fell too low breaks off the contact is decided next, in network_week().
void RegionModel::employer_bookkeeping(std::span<const Settlement> settlements, const sim::Week&) {
  // Last week's count of workers in aftercare is cleared where it was set (only this function
  // sets it), instead of in a pass over every employer.
  for (const auto eid : nazorg_employers_) employers_[eid].workers_in_nazorg = 0;
  nazorg_employers_.clear();
  for (const auto& st : settlements) {
    if (!st.good_match && !st.in_nazorg && !st.mismatch) continue;
    if (st.by_provider) {  // the provider's placements move the provider's relationship
      if (st.good_match) provider_network_.good_placement(st.employer);
      if (st.mismatch) provider_network_.bad_placement(st.employer);
      continue;
    }
    Employer& e = employers_[st.employer];
    if (st.by_job_hunter) {  // a place a job hunter asked for moves the job hunters' relationship
      if (st.good_match) job_hunters_.network().good_placement(st.employer);
      if (st.mismatch) job_hunters_.network().bad_placement(st.employer);
    } else {
      if (st.good_match) trust_.gain(e, p_.trust.good_match_gain);
      if (st.mismatch) trust_.lose(e, p_.trust.mismatch_loss);
    }
    if (st.in_nazorg && in_network(e)) {
      if (e.workers_in_nazorg++ == 0) nazorg_employers_.push_back(e.id);
    }
  }
}

// Employers in the network whose trust fell too low break off contact; the others leave it at the
// yearly exit rate. Each employer changes only its own record here; what crosses employers (the
// account manager's caseload, the week's counts) follows in close_network().
void RegionModel::network_week(const sim::Chunk& chunk, const sim::Week& w, std::vector<NetworkExit>& out) {
  const double exit = weekly_probability(p_.employers.network_exit_per_year);
  const auto window = static_cast<std::int32_t>(p_.trust.contact_window_weeks);
  EmployerTotals& totals = employer_totals_by_chunk_[chunk.index];
  totals.clear();
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    Employer& e = employers_[i];
    if (in_network(e)) {
      const std::int32_t account_manager = e.account_manager;
      if (trust_.breaks_off(e)) {
        leave_network(e, w.index);
        e.closed_until = w.index + static_cast<std::int32_t>(p_.trust.break_off_weeks);
        out.push_back(NetworkExit{account_manager, true});
      } else {
        sim::RandomStream rng(seed_, e.id, static_cast<std::uint32_t>(w.index), id(Purpose::employer_services), 1);
        if (rng.bernoulli(exit)) {
          leave_network(e, w.index);
          out.push_back(NetworkExit{account_manager, false});
        }
      }
    }
    // The employer's record is final for the week: counted here, while it is in cache.
    totals.count(e, w.index, window);
  }
}

void RegionModel::EmployerTotals::clear() {
  trust_all = 0.0;
  tiles_eur = 0.0;
  by_stage.fill(0.0);
  tiles.fill(0.0);
  trust_in_contact.clear();
}

void RegionModel::EmployerTotals::count(const Employer& e, int week, std::int32_t window) {
  trust_all += e.trust;
  tiles_eur += e.week_eur;
  by_stage[static_cast<std::size_t>(e.stage)] += 1;
  by_stage[kEmployerStageCount] += e.stage == EmployerStage::unknown && week < e.closed_until;
  by_stage[kEmployerStageCount + 1] += e.joined_week == week;
  for (std::size_t t = 0; t < kEmployerTileCount; ++t) tiles[t] += e.tiles.has(static_cast<EmployerTile>(t));
  if (e.contacts.distinct(week, window) > 0) trust_in_contact.push_back(e.trust);
}

void RegionModel::EmployerTotals::add(const EmployerTotals& o) {
  trust_all += o.trust_all;
  tiles_eur += o.tiles_eur;
  for (std::size_t k = 0; k < by_stage.size(); ++k) by_stage[k] += o.by_stage[k];
  for (std::size_t t = 0; t < tiles.size(); ++t) tiles[t] += o.tiles[t];
  trust_in_contact.insert(trust_in_contact.end(), o.trust_in_contact.begin(), o.trust_in_contact.end());
}

void RegionModel::close_network(std::span<const NetworkExit> exits, const sim::Week&) {
  for (const auto& x : exits) {
    if (x.account_manager != kNone) --account_managers_[static_cast<std::size_t>(x.account_manager)].caseload;
    ++week_.left_network;
    if (x.broke_off) ++week_.broke_off;
  }
}

}  // namespace regiosim::models
