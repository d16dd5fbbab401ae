#include "models/region_model.h"

#include "models/kpis.h"
#include "models/matching.h"
#include "models/purposes.h"
#include "models/seeker_tiles.h"
#include "sim/random.h"
#include "sim/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace regiosim::models {

namespace {

constexpr double kWeeksPerYear = 52.0;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Follow-up window of median_weeks_to_placement (fixed, so late registrants do not shorten it).
constexpr int kMedianFollowUp = 104;

double weekly_probability(double rate_per_year) { return 1.0 - std::exp(-rate_per_year / kWeeksPerYear); }

sim::SeriesTable make_table(std::string name, std::string unit, std::string description,
                            std::vector<std::string> columns, bool integer) {
  sim::SeriesTable t;
  t.name = std::move(name);
  t.unit = std::move(unit);
  t.description = std::move(description);
  t.columns = std::move(columns);
  t.integer = integer;
  return t;
}

std::vector<std::string> rung_columns() {
  std::vector<std::string> c;
  for (std::size_t r = 1; r <= kRungCount; ++r) c.push_back("rung_" + std::to_string(r));
  return c;
}

}  // namespace

RegionModel::RegionModel(const ModelParams& params, std::uint64_t seed)
    : p_(params),
      seed_(seed),
      profile_(p_),
      priors_(p_),
      rules_(p_, priors_),
      events_enabled_(p_.output.events) {
  const auto n_seekers = static_cast<std::size_t>(p_.region.job_seekers);
  seekers_.reserve(n_seekers + static_cast<std::size_t>(static_cast<double>(n_seekers) * p_.flows.inflow_per_year *
                                                        double(p_.sim.weeks + p_.sim.burn_in_weeks) / kWeeksPerYear * 1.1));
  for (std::uint32_t i = 0; i < n_seekers; ++i) {
    JobSeeker s = draw_seeker(p_, profile_, seed_, i, 0, true);
    // The initial stock are known clients: a klantbeeld exists, reviewed some time in the past year.
    sim::RandomStream rng(seed_, i, 0, id(Purpose::services));
    s.diagnosed = true;
    s.belief.insight = 0.5F;
    s.last_review_week = -static_cast<std::int32_t>(rng.below(static_cast<std::uint64_t>(p_.tiles.diagnostiek_review_weeks)));
    add_seeker(std::move(s));
  }
  const auto n_coaches = static_cast<std::uint32_t>(p_.case_manager_count());
  coaches_.reserve(n_coaches);
  for (std::uint32_t i = 0; i < n_coaches; ++i) coaches_.push_back(draw_coach(p_, seed_, i));
  const auto n_employers = static_cast<std::uint32_t>(p_.region.employers);
  employers_.reserve(n_employers);
  for (std::uint32_t i = 0; i < n_employers; ++i) employers_.push_back(draw_employer(p_, seed_, i));

  const auto wanted = [&](std::string_view name) {
    return std::find(p_.output.timeseries.begin(), p_.output.timeseries.end(), name) != p_.output.timeseries.end();
  };
  if (wanted("stocks")) {
    series_.push_back(make_table("stocks", "persons", "seekers by status, and case managers on the staff, at the end of each week",
                                 {"waiting", "in_service", "employed", "employed_with_benefit", "on_benefit", "in_caseload", "case_managers"},
                                 true));
  }
  if (wanted("stocks_by_tile")) {
    series_.push_back(make_table("stocks_by_tile", "persons",
                                 "seekers in each Werklandschap tile during each week (a seeker can be in several)",
                                 labels(kTileKeys), true));
  }
  if (wanted("stocks_by_rung")) {
    series_.push_back(make_table("stocks_by_rung", "persons",
                                 "seekers in scope (waiting, in service, or in work while on benefit or in the caseload) "
                                 "by participatieladder rung",
                                 rung_columns(), true));
  }
  if (wanted("flows")) {
    series_.push_back(make_table("flows", "persons per week", "flows during each week",
                                 {"inflow", "assigned", "placements", "placements_mediated", "dropouts", "contract_ends",
                                  "conversions", "outflow_work", "outflow_other", "outflow_pension", "returns_to_benefit",
                                  "trainings_completed"},
                                 true));
  }
  if (wanted("costs")) {
    series_.push_back(make_table("costs", "EUR per week", "money spent during each week",
                                 {"staff_eur", "intake_eur", "tiles_eur", "benefit_eur"}, false));
  }
  if (wanted("hours_by_tile")) {
    std::vector<std::string> cols = labels(kTileKeys);
    cols.emplace_back("base_contact");
    series_.push_back(make_table("hours_by_tile", "hours per week",
                                 "case-manager hours given per tile during each week (after sharing scarce hours)", cols,
                                 false));
  }
  if (wanted("costs_by_tile")) {
    series_.push_back(make_table("costs_by_tile", "EUR per week",
                                 "cost of each tile during each week: partner costs plus case-manager hours (intake "
                                 "hours for Melding) valued at coach.hourly_cost_eur",
                                 labels(kTileKeys), false));
  }
  if (wanted("vacancies")) {
    series_.push_back(make_table("vacancies", "vacancies per week",
                                 "vacancy flows during each week and open vacancies at its end",
                                 {"new", "open", "filled_target_group", "filled_regular", "expired", "applications",
                                  "applications_mediated"},
                                 true));
  }
}

sim::Horizon RegionModel::horizon() const {
  return sim::Horizon{static_cast<int>(p_.sim.burn_in_weeks), static_cast<int>(p_.sim.burn_in_weeks + p_.sim.weeks)};
}

void RegionModel::describe(sim::WeekPlan& plan) {
  const auto n_active = [this] { return active_.size(); };
  plan.serial("inflow", [this](const sim::Week& w) { inflow(w); })
      .serial("assign", [this](const sim::Week& w) { assign(w); })
      .agents("plan", n_active, [this](const sim::Chunk& c, const sim::Week& w) { plan_services(c, w); })
      .serial("allocate", [this](const sim::Week& w) { allocate_hours(w); })
      .agents("services", n_active, [this](const sim::Chunk& c, const sim::Week& w) { services(c, w); })
      .proposals<NewVacancy>(
          "vacancies", [this] { return employers_.size(); },
          [this](const sim::Chunk& c, const sim::Week& w, std::vector<NewVacancy>& out) { propose_vacancies(c, w, out); },
          [this](std::span<const NewVacancy> v, const sim::Week& w) { open_vacancies(v, w); })
      .agents("regular_applicants", [this] { return open_.size(); },
              [this](const sim::Chunk& c, const sim::Week& w) { regular_applicants(c, w); })
      .proposals<Application>(
          "applications", n_active,
          [this](const sim::Chunk& c, const sim::Week& w, std::vector<Application>& out) { propose_applications(c, w, out); },
          [this](std::span<const Application> a, const sim::Week& w) { hire(a, w); })
      .agents("employment", n_active, [this](const sim::Chunk& c, const sim::Week& w) { employment(c, w); })
      .serial("bookkeeping", [this](const sim::Week& w) { bookkeeping(w); });
}

void RegionModel::add_seeker(JobSeeker s) {
  s.queued_since = s.entry_week;
  s.tiles = TileSet{};
  s.tiles.add(Tile::melding);
  queue_.push_back(s.id);
  active_.push_back(s.id);
  seekers_.push_back(std::move(s));
  if (events_enabled_) pending_events_.emplace_back();
}

EventSink RegionModel::sink(std::uint32_t seeker) {
  return EventSink(events_enabled_ ? &pending_events_[seeker] : nullptr);
}

float RegionModel::intensity(const JobSeeker& s) const {
  return s.coach == kNone ? 0.0F : static_cast<float>(coaches_[static_cast<std::size_t>(s.coach)].supply_ratio);
}

// --- inflow and assignment -------------------------------------------------------------------

void RegionModel::inflow(const sim::Week& w) {
  week_ = WeekTotals{};
  if (w.index == 0) {
    // The initial stock registers in week 0.
    for (auto id : active_) sink(id).emit(w.observed(), id, EventKind::melding, static_cast<int>(Tile::melding));
  }
  sim::RandomStream rng(seed_, 0, static_cast<std::uint32_t>(w.index), id(Purpose::inflow));
  const double mean = static_cast<double>(p_.region.job_seekers) * p_.flows.inflow_per_year / kWeeksPerYear;
  const std::int64_t n = rng.poisson(mean);
  for (std::int64_t k = 0; k < n; ++k) {
    const auto new_id = static_cast<std::uint32_t>(seekers_.size());
    add_seeker(draw_seeker(p_, profile_, seed_, new_id, w.index, false));
    sink(new_id).emit(w.observed(), new_id, EventKind::melding, static_cast<int>(Tile::melding));
  }
  week_.inflow = n;
  week_.intake_hours = static_cast<double>(n) * p_.tiles.melding_hours;
}

void RegionModel::review_staffing(const sim::Week& w) {
  if (p_.region.case_managers > 0 || w.index == 0 || w.index % p_.region.staffing_review_weeks != 0) return;
  std::int64_t in_scope = 0;
  for (auto sid : active_) {
    const JobSeeker& s = seekers_[sid];
    in_scope += s.coach != kNone || s.status == SeekerStatus::waiting;
  }
  const auto target = std::max<std::int64_t>(
      1, static_cast<std::int64_t>(std::ceil(static_cast<double>(in_scope) / p_.policy.caseload_per_coach - 1e-9)));
  std::int64_t accepting = 0;
  for (const auto& c : coaches_) accepting += c.employed && c.accepting;
  // Too few: coaches winding down take clients again first, then new ones are hired.
  for (auto& c : coaches_) {
    if (accepting >= target) break;
    if (c.employed && !c.accepting) {
      c.accepting = true;
      ++accepting;
    }
  }
  while (accepting < target) {
    coaches_.push_back(draw_coach(p_, seed_, static_cast<std::uint32_t>(coaches_.size())));
    ++accepting;
  }
  // Too many: the most recently hired stop taking clients and leave once their caseload is empty.
  for (auto it = coaches_.rbegin(); it != coaches_.rend() && accepting > target; ++it) {
    if (it->employed && it->accepting) {
      it->accepting = false;
      --accepting;
    }
  }
}

void RegionModel::assign(const sim::Week& w) {
  review_staffing(w);
  // Least-loaded case manager with room first; ties go to the lower id.
  using Slot = std::pair<std::int32_t, std::uint32_t>;  // (caseload, coach id)
  std::vector<Slot> heap;
  const auto cap = static_cast<std::int32_t>(std::floor(p_.policy.caseload_per_coach + 1e-9));
  for (const auto& c : coaches_) {
    if (c.employed && c.accepting && c.caseload < cap) heap.emplace_back(c.caseload, c.id);
  }
  const auto later = [](const Slot& a, const Slot& b) { return a > b; };
  std::make_heap(heap.begin(), heap.end(), later);
  while (!queue_.empty() && !heap.empty()) {
    const std::uint32_t sid = queue_.front();
    queue_.pop_front();
    JobSeeker& s = seekers_[sid];
    if (s.status != SeekerStatus::waiting) continue;  // left while waiting
    std::pop_heap(heap.begin(), heap.end(), later);
    auto [load, cid] = heap.back();
    heap.pop_back();
    Coach& c = coaches_[cid];
    ++c.caseload;
    s.coach = static_cast<std::int32_t>(cid);
    s.status = SeekerStatus::in_service;
    ++week_.assigned;
    sink(sid).emit(w.observed(), sid, EventKind::assigned, -1);
    if (c.caseload < cap) {
      heap.emplace_back(c.caseload, cid);
      std::push_heap(heap.begin(), heap.end(), later);
    }
  }
  // Drop seekers who left while waiting from the front of the queue.
  while (!queue_.empty() && seekers_[queue_.front()].status != SeekerStatus::waiting) queue_.pop_front();
}

// --- services --------------------------------------------------------------------------------

void RegionModel::plan_services(const sim::Chunk& chunk, const sim::Week& w) {
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    JobSeeker& s = seekers_[active_[i]];
    s.week_flags = 0;
    s.eur_by_tile.fill(0.0F);
    s.granted_hours = 0.0F;
    s.nazorg_intensity = 0.0F;
    s.hours_by_tile.fill(0.0F);
    const TileSet before = s.tiles;
    const TileSet next = rules_.choose(s, w.index);
    const EventSink events = sink(s.id);
    sim::RandomStream rng(seed_, s.id, static_cast<std::uint32_t>(w.index), id(Purpose::services));
    const TileContext ctx{p_, priors_, rng, events, w.index, w.observed(), intensity(s),
                          s.coach == kNone ? 0.0F : coaches_[static_cast<std::size_t>(s.coach)].skill};
    for (std::size_t t = 0; t < kTileCount; ++t) {
      const auto tile = static_cast<Tile>(t);
      if (before.has(tile) && !next.has(tile)) events.emit(w.observed(), s.id, EventKind::tile_end, static_cast<int>(t));
    }
    s.tiles = next;
    s.week_tiles = next;
    for (std::size_t t = 0; t < kTileCount; ++t) {
      const auto tile = static_cast<Tile>(t);
      if (!before.has(tile) && next.has(tile)) {
        seeker_tile(tile).enter(s, ctx);
        events.emit(w.observed(), s.id, EventKind::tile_start, static_cast<int>(t));
      }
    }
    double demand = 0.0;
    if (s.coach != kNone) {
      for (std::size_t t = 0; t < kTileCount; ++t) {
        if (s.tiles.has(static_cast<Tile>(t))) demand += seeker_tile(static_cast<Tile>(t)).hours_demand(s, p_);
      }
      if (s.tiles.empty()) demand = p_.tiles.base_contact_hours_per_week;
    }
    s.demand_hours = static_cast<float>(demand);
  }
}

void RegionModel::allocate_hours(const sim::Week&) {
  for (auto& c : coaches_) c.demand_hours = 0.0;
  for (auto sid : active_) {
    const JobSeeker& s = seekers_[sid];
    if (s.coach != kNone) coaches_[static_cast<std::size_t>(s.coach)].demand_hours += s.demand_hours;
  }
  for (auto& c : coaches_) {
    const double supply = c.hours_per_week * p_.coach.client_time_share;
    c.supply_ratio = c.demand_hours <= supply ? 1.0 : supply / c.demand_hours;
  }
}

void RegionModel::services(const sim::Chunk& chunk, const sim::Week& w) {
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    JobSeeker& s = seekers_[active_[i]];
    if (s.coach == kNone || s.status == SeekerStatus::exited) continue;
    const float x = intensity(s);
    const EventSink events = sink(s.id);
    sim::RandomStream rng(seed_, s.id, static_cast<std::uint32_t>(w.index), id(Purpose::services));
    const TileContext ctx{p_, priors_, rng, events, w.index, w.observed(), x, coaches_[static_cast<std::size_t>(s.coach)].skill};
    if (s.tiles.empty()) {
      s.granted_hours = s.demand_hours * x;
      continue;
    }
    for (std::size_t t = 0; t < kTileCount; ++t) {
      const auto tile = static_cast<Tile>(t);
      if (!s.tiles.has(tile)) continue;
      const SeekerTile& behaviour = seeker_tile(tile);
      const auto hours = static_cast<float>(behaviour.hours_demand(s, p_)) * x;
      s.hours_by_tile[t] += hours;
      s.granted_hours += hours;
      if (behaviour.step(s, ctx)) {
        s.tiles.remove(tile);
        events.emit(w.observed(), s.id, EventKind::tile_end, static_cast<int>(t));
      }
    }
  }
}

// --- vacancies and hiring ---------------------------------------------------------------------

void RegionModel::propose_vacancies(const sim::Chunk& chunk, const sim::Week& w, std::vector<NewVacancy>& out) {
  const auto& vp = p_.vacancies;
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    const Employer& e = employers_[i];
    sim::RandomStream rng(seed_, e.id, static_cast<std::uint32_t>(w.index), id(Purpose::vacancy_creation));
    const std::int64_t n = rng.poisson(e.vacancies_per_week);
    const auto sector = static_cast<std::size_t>(e.sector);
    for (std::int64_t k = 0; k < n; ++k) {
      NewVacancy v;
      v.employer = e.id;
      v.skill_requirement = static_cast<float>(rng.uniform(vp.skill_requirement[0], vp.skill_requirement[1]));
      v.language_requirement = static_cast<std::uint8_t>(std::lround(vp.language_requirement[sector]));
      v.licence_required = rng.bernoulli(vp.licence_required_share[sector]);
      v.hours_per_week = static_cast<float>(vp.hours_per_week[sector] * rng.uniform(0.75, 1.25));
      v.wage_eur_per_hour = static_cast<float>(vp.hourly_wage_eur * (1.0 + rng.uniform() * vp.wage_premium_max));
      v.permanent = rng.bernoulli(vp.permanent_share);
      out.push_back(v);
    }
  }
}

void RegionModel::open_vacancies(std::span<const NewVacancy> proposals, const sim::Week& w) {
  employer_weeks_ += employers_.size();
  for (const auto& nv : proposals) {
    Vacancy v;
    v.id = static_cast<std::uint32_t>(vacancies_.size());
    v.employer = nv.employer;
    v.sector = employers_[nv.employer].sector;
    v.open_week = w.index;
    v.skill_requirement = nv.skill_requirement;
    v.language_requirement = nv.language_requirement;
    v.licence_required = nv.licence_required;
    v.hours_per_week = nv.hours_per_week;
    v.wage_eur_per_hour = nv.wage_eur_per_hour;
    v.permanent = nv.permanent;
    vacancies_.push_back(v);
    open_.push_back(v.id);
  }
  week_.vacancies_new = static_cast<std::int64_t>(proposals.size());
  // Close vacancies past their window: the employer fills them through other channels.
  std::erase_if(open_, [&](std::uint32_t vid) {
    Vacancy& v = vacancies_[vid];
    if (v.state != VacancyState::open) return true;
    if (w.index - v.open_week >= p_.vacancies.open_weeks) {
      v.state = VacancyState::expired;
      v.close_week = w.index;
      ++week_.expired;
      return true;
    }
    return false;
  });
  for (auto& list : open_by_sector_) list.clear();
  for (auto vid : open_) open_by_sector_[static_cast<std::size_t>(vacancies_[vid].sector)].push_back(vid);
}

void RegionModel::regular_applicants(const sim::Chunk& chunk, const sim::Week& w) {
  const auto& hp = p_.hiring;
  const double a = hp.regular_quality_mean * hp.regular_quality_concentration;
  const double b = (1.0 - hp.regular_quality_mean) * hp.regular_quality_concentration;
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    Vacancy& v = vacancies_[open_[i]];
    sim::RandomStream rng(seed_, v.id, static_cast<std::uint32_t>(w.index), id(Purpose::regular_applicants));
    const std::int64_t n = rng.poisson(hp.regular_applicants_per_week);
    for (std::int64_t k = 0; k < n; ++k) {
      const double score = rng.beta(a, b) + rng.normal(0.0, hp.interview_noise_sd);
      v.best_regular = std::max(v.best_regular, static_cast<float>(score));
    }
  }
}

void RegionModel::propose_applications(const sim::Chunk& chunk, const sim::Week& w, std::vector<Application>& out) {
  const float threshold = static_cast<float>(p_.hiring.reservation_score - p_.hiring.mediation_bonus);
  std::vector<std::pair<float, std::uint32_t>> scored;
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    const JobSeeker& s = seekers_[active_[i]];
    if (s.status != SeekerStatus::in_service) continue;

    // Mediated: the case manager screens part of the vacancies in the target sector and the
    // sector of earlier work and proposes the seeker for the best believed matches.
    if (s.tiles.has(Tile::bemiddeling)) {
      sim::RandomStream rng(seed_, s.id, static_cast<std::uint32_t>(w.index), id(Purpose::mediation));
      const float x = intensity(s);
      std::int64_t proposals = 0;
      for (std::int64_t k = 0; k < p_.tiles.bemiddeling_proposals_per_week; ++k) proposals += rng.bernoulli(x);
      if (proposals > 0) {
        scored.clear();
        std::array<std::size_t, 2> sectors = {target_sector(s), s.experience_sector};
        const std::size_t n_sectors = sectors[0] == sectors[1] ? 1 : 2;
        for (std::size_t k = 0; k < n_sectors; ++k) {
          const auto& list = open_by_sector_[sectors[k]];
          if (list.empty()) continue;
          const BelievedMatch belief(s, sectors[k], priors_, p_);
          const auto screened = std::min<std::size_t>(list.size(), static_cast<std::size_t>(p_.tiles.bemiddeling_vacancies_screened));
          std::size_t at = screened == list.size() ? 0 : rng.below(list.size());
          for (std::size_t j = 0; j < screened; ++j, ++at) {
            if (at == list.size()) at = 0;
            const Vacancy& v = vacancies_[list[at]];
            if (!belief.meets_hard_requirements(v)) continue;
            const float q = belief.quality(v.skill_requirement);
            if (q >= threshold) scored.emplace_back(-q, v.id);
          }
        }
        const auto take = std::min<std::size_t>(scored.size(), static_cast<std::size_t>(proposals));
        std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(take), scored.end());
        for (std::size_t k = 0; k < take; ++k) out.push_back(Application{scored[k].second, s.id, true});
      }
    }

    // Own applications, guided by the seeker's own preferences.
    if (s.rung >= p_.service.self_search_min_rung) {
      sim::RandomStream rng(seed_, s.id, static_cast<std::uint32_t>(w.index), id(Purpose::self_search));
      const std::int64_t n = rng.poisson(p_.service.self_search_applications_per_week * s.motivation * s.self_confidence);
      for (std::int64_t k = 0; k < n; ++k) {
        std::array<double, kSectorCount> weight{};
        for (std::size_t j = 0; j < kSectorCount; ++j) weight[j] = double(s.affinity[j]) * s.affinity[j];
        const auto& list = open_by_sector_[rng.categorical(weight)];
        if (list.empty()) continue;
        out.push_back(Application{list[rng.below(list.size())], s.id, false});
      }
    }
  }
}

void RegionModel::hire(std::span<const Application> applications, const sim::Week& w) {
  const auto& hp = p_.hiring;
  // Applications grouped by vacancy; a mediated and an own application for the same pair count once.
  std::vector<Application> apps(applications.begin(), applications.end());
  std::sort(apps.begin(), apps.end(), [](const Application& a, const Application& b) {
    return std::tie(a.vacancy, a.seeker, b.mediated) < std::tie(b.vacancy, b.seeker, a.mediated);
  });
  apps.erase(std::unique(apps.begin(), apps.end(),
                         [](const Application& a, const Application& b) { return a.vacancy == b.vacancy && a.seeker == b.seeker; }),
             apps.end());
  week_.applications = static_cast<std::int64_t>(apps.size());
  week_.applications_mediated = std::count_if(apps.begin(), apps.end(), [](const Application& a) { return a.mediated; });

  // Employers decide in a seeded order, so no vacancy is always first in line.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> order;
  order.reserve(open_.size());
  for (auto vid : open_) {
    sim::RandomStream rng(seed_, vid, static_cast<std::uint32_t>(w.index), id(Purpose::vacancy_order));
    order.emplace_back(rng(), vid);
  }
  std::sort(order.begin(), order.end());

  for (const auto& [key, vid] : order) {
    Vacancy& v = vacancies_[vid];
    // Candidates from the target group (the regular applicants arrived in the previous phase).
    const auto first = std::lower_bound(apps.begin(), apps.end(), vid,
                                        [](const Application& x, std::uint32_t id) { return x.vacancy < id; });
    float best_score = -std::numeric_limits<float>::infinity();
    const Application* best = nullptr;
    float best_quality = 0.0F;
    const Employer& employer = employers_[v.employer];
    for (auto it = first; it != apps.end() && it->vacancy == vid; ++it) {
      const JobSeeker& s = seekers_[it->seeker];
      if (s.status != SeekerStatus::in_service) continue;  // hired elsewhere this week
      if (!meets_hard_requirements(s, v)) continue;
      const auto sector = static_cast<std::size_t>(v.sector);
      const float quality = match_quality(s, sector, v.skill_requirement, p_);
      sim::RandomStream noise(seed_, s.id, static_cast<std::uint32_t>(w.index), id(Purpose::interview), vid);
      float score = quality - stigma(s, w.index, p_) - (s.disability ? static_cast<float>(hp.disability_penalty) : 0.0F) +
                    static_cast<float>(noise.normal(0.0, hp.interview_noise_sd));
      if (it->mediated && employer.willing) score += static_cast<float>(hp.mediation_bonus);
      if (!it->mediated && (s.tiles.has(Tile::werk_fit) || s.tiles.has(Tile::bemiddeling))) {
        score += static_cast<float>(hp.application_support_bonus) * intensity(s);
      }
      if (score > best_score) {
        best_score = score;
        best = &*it;
        best_quality = quality;
      }
    }
    const float reservation = static_cast<float>(hp.reservation_score);
    if (best != nullptr && best_score >= reservation && best_score >= v.best_regular) {
      JobSeeker& s = seekers_[best->seeker];
      v.state = VacancyState::filled_target_group;
      v.close_week = w.index;
      ++employers_[v.employer].hires_target_group;
      ++week_.filled_target_group;
      if (best->mediated) ++week_.placements_mediated;
      start_spell(s, v, best->mediated, best_quality, w.index);
    } else if (v.best_regular >= reservation) {
      v.state = VacancyState::filled_regular;
      v.close_week = w.index;
      ++employers_[v.employer].hires_regular;
      ++week_.filled_regular;
    }
  }
  std::erase_if(open_, [&](std::uint32_t vid) { return vacancies_[vid].state != VacancyState::open; });
}

void RegionModel::start_spell(JobSeeker& s, const Vacancy& v, bool mediated, float quality, int week) {
  Spell sp;
  sp.seeker = s.id;
  sp.employer = v.employer;
  sp.vacancy = v.id;
  sp.sector = v.sector;
  sp.mediated = mediated;
  sp.permanent = v.permanent;
  sp.start_week = week;
  sp.contract_end_week = v.permanent ? kNone : week + static_cast<std::int32_t>(p_.vacancies.temporary_weeks);
  sp.quality = quality;
  sp.hours_per_week = v.hours_per_week;
  sp.wage_eur_per_hour = v.wage_eur_per_hour;
  s.spell = static_cast<std::int32_t>(spells_.size());
  spells_.push_back(sp);

  s.status = SeekerStatus::employed;
  s.hired_week = week;
  ++s.placements;
  if (s.first_placement_week == kNone) s.first_placement_week = week;
  s.aftercare_weeks_left = static_cast<std::int32_t>(p_.policy.aftercare_weeks);
  s.earnings_eur_per_week = sp.hours_per_week * sp.wage_eur_per_hour;
  ++week_.placements;
  const EventSink events = sink(s.id);
  const int observed = week - static_cast<int>(p_.sim.burn_in_weeks);
  events.emit(observed, s.id, EventKind::placement, -1, static_cast<std::int32_t>(v.employer));
  // Preparation tiles end with the job; Maatschappelijk fit may go on next to work.
  for (Tile t : {Tile::diagnostiek, Tile::orientatie, Tile::werk_fit, Tile::opleiden, Tile::bemiddeling}) {
    if (s.tiles.has(t)) {
      s.tiles.remove(t);
      events.emit(observed, s.id, EventKind::tile_end, static_cast<int>(t));
    }
  }
  const double norm = p_.benefit.eur_per_week[static_cast<std::size_t>(s.benefit)];
  if (s.on_benefit && s.earnings_eur_per_week >= norm) {
    s.on_benefit = false;
    s.week_flags |= kFlagOutflowWork;
    events.emit(observed, s.id, EventKind::outflow_work, -1, static_cast<std::int32_t>(v.employer));
  }
}

// --- employment, exits, life events ------------------------------------------------------------

void RegionModel::end_spell(JobSeeker& s, SpellEnd reason, int week) {
  Spell& sp = spells_[static_cast<std::size_t>(s.spell)];
  sp.end = reason;
  sp.end_week = week;
  s.spell = kNone;
  s.earnings_eur_per_week = 0.0F;
  s.aftercare_weeks_left = 0;
  s.out_of_work_since = week;
}

void RegionModel::employment(const sim::Chunk& chunk, const sim::Week& w) {
  const auto& ep = p_.employment;
  const int week = w.index;
  const int observed = w.observed();
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    JobSeeker& s = seekers_[active_[i]];
    if (s.status == SeekerStatus::exited) continue;
    const EventSink events = sink(s.id);
    sim::RandomStream rng(seed_, s.id, static_cast<std::uint32_t>(week), id(Purpose::employment));

    // State pension.
    const double age = s.age_at_entry + (week - s.entry_week) / kWeeksPerYear;
    if (age >= p_.population.pension_age) {
      if (s.spell != kNone) end_spell(s, SpellEnd::exit_other, week);
      s.status = SeekerStatus::exited;
      s.exit_reason = ExitReason::pension;
      s.exit_week = week;
      events.emit(observed, s.id, EventKind::exit_pension);
      continue;
    }

    if (s.status == SeekerStatus::employed && s.hired_week != week) {
      Spell& sp = spells_[static_cast<std::size_t>(s.spell)];
      const auto sector = static_cast<std::size_t>(sp.sector);
      // Learning on the job.
      s.employee_skills += static_cast<float>(ep.skill_growth_per_week) * (1.0F - s.employee_skills);
      s.vocational[sector] += static_cast<float>(ep.skill_growth_per_week) * (1.0F - s.vocational[sector]);
      const float quality = match_quality(s, sector, vacancies_[sp.vacancy].skill_requirement, p_);

      double rate = ep.dropout_per_year;
      const auto problem = [&](LifeDomain d) { return s.zrm[static_cast<std::size_t>(d)] <= p_.service.problem_score; };
      if (problem(LifeDomain::finances)) rate *= ep.debt_hazard_ratio;
      if (problem(LifeDomain::childcare)) rate *= ep.childcare_hazard_ratio;
      if (problem(LifeDomain::health)) rate *= ep.health_hazard_ratio;
      rate *= std::exp(ep.skills_hazard_slope * std::max(0.0, 0.6 - s.employee_skills));
      rate *= std::exp(ep.match_hazard_slope * std::max(0.0, 0.6 - quality));
      rate *= 1.0 - (1.0 - ep.aftercare_hazard_ratio) * s.nazorg_intensity;
      const bool dropout = rng.bernoulli(weekly_probability(rate));
      const bool contract_due = !sp.permanent && week >= sp.contract_end_week;
      const bool converted = contract_due && !dropout &&
                             rng.bernoulli(std::min(1.0, ep.conversion_probability * std::max(0.0F, quality) / 0.6));
      if (dropout || (contract_due && !converted)) {
        const SpellEnd reason = dropout ? SpellEnd::dropout : SpellEnd::contract_end;
        const std::int32_t employer = static_cast<std::int32_t>(sp.employer);
        end_spell(s, reason, week);
        s.week_flags |= (dropout ? kFlagDropout : kFlagContractEnd) | kFlagReturnToBenefit;
        events.emit(observed, s.id, dropout ? EventKind::dropout : EventKind::contract_end, -1, employer);
        events.emit(observed, s.id, EventKind::return_to_benefit);
        s.status = SeekerStatus::in_service;
        s.on_benefit = s.benefit != BenefitType::nug;
        s.rung = 4;
        // The klantbeeld is reviewed after a job loss.
        s.last_review_week = week - static_cast<std::int32_t>(p_.tiles.diagnostiek_review_weeks);
        for (Tile t : {Tile::plaatsing, Tile::nazorg}) {
          if (s.tiles.has(t)) {
            s.tiles.remove(t);
            events.emit(observed, s.id, EventKind::tile_end, static_cast<int>(t));
          }
        }
      } else if (s.on_benefit) {
        // A part-time worker on a benefit top-up may get more hours and leave benefit.
        if (rng.bernoulli(weekly_probability(ep.hours_increase_per_year))) {
          sp.hours_per_week = std::min(40.0F, sp.hours_per_week + static_cast<float>(ep.extra_hours));
          s.earnings_eur_per_week = sp.hours_per_week * sp.wage_eur_per_hour;
          if (s.earnings_eur_per_week >= p_.benefit.eur_per_week[static_cast<std::size_t>(s.benefit)]) {
            s.on_benefit = false;
            s.week_flags |= kFlagOutflowWork;
            events.emit(observed, s.id, EventKind::outflow_work, -1, static_cast<std::int32_t>(sp.employer));
          }
        }
      }
      if (converted) {
        sp.permanent = true;
        s.week_flags |= kFlagConverted;
        events.emit(observed, s.id, EventKind::converted, -1, static_cast<std::int32_t>(sp.employer));
      }
    } else if (s.status == SeekerStatus::waiting || s.status == SeekerStatus::in_service) {
      // Leaving scope for other reasons (moving, partner income, ...).
      sim::RandomStream out(seed_, s.id, static_cast<std::uint32_t>(week), id(Purpose::outflow));
      if (out.bernoulli(weekly_probability(p_.flows.other_outflow_per_year))) {
        s.status = SeekerStatus::exited;
        s.exit_reason = ExitReason::other;
        s.exit_week = week;
        s.week_flags |= kFlagOutflowOther;
        events.emit(observed, s.id, EventKind::exit_other);
        continue;
      }
    }

    // Life events: a domain without a problem may develop one.
    sim::RandomStream life(seed_, s.id, static_cast<std::uint32_t>(week), id(Purpose::life_events));
    const double onset = weekly_probability(p_.flows.problem_onset_per_year);
    for (std::size_t d = 0; d < kLifeDomainCount; ++d) {
      const bool hit = life.bernoulli(onset);
      if (hit && s.zrm[d] > p_.service.problem_score) {
        s.zrm[d] = 2;
        events.emit(observed, s.id, EventKind::problem_onset);
      }
    }
  }
}

// --- bookkeeping ----------------------------------------------------------------------------

void RegionModel::bookkeeping(const sim::Week& w) {
  const int observed = w.observed();
  for (auto sid : active_) {
    JobSeeker& s = seekers_[sid];
    const bool leaves_caseload =
        s.coach != kNone && (s.status == SeekerStatus::exited ||
                             (s.status == SeekerStatus::employed && !s.on_benefit && s.aftercare_weeks_left <= 0 &&
                              w.index > s.hired_week));
    if (leaves_caseload) {
      --coaches_[static_cast<std::size_t>(s.coach)].caseload;
      s.coach = kNone;
      for (std::size_t t = 0; t < kTileCount; ++t) {
        if (s.tiles.has(static_cast<Tile>(t))) sink(sid).emit(observed, sid, EventKind::tile_end, static_cast<int>(t));
      }
      s.tiles = TileSet{};
      if (s.status != SeekerStatus::exited) sink(sid).emit(observed, sid, EventKind::coach_released);
    }
    if (s.status == SeekerStatus::exited && !s.tiles.empty()) {
      // Exited while waiting (Melding only).
      s.tiles = TileSet{};
    }
    if (s.status == SeekerStatus::in_service && s.coach == kNone) {
      // Back on benefit without a case manager: register again and wait.
      s.status = SeekerStatus::waiting;
      s.queued_since = w.index;
      s.tiles = TileSet{};
      s.tiles.add(Tile::melding);
      queue_.push_back(sid);
      sink(sid).emit(observed, sid, EventKind::melding, static_cast<int>(Tile::melding));
    }
    if (s.status == SeekerStatus::employed) {
      s.rung = (s.on_benefit || s.coach != kNone) ? 5 : 6;
    }
  }

  for (auto& c : coaches_) {
    if (c.employed && !c.accepting && c.caseload == 0) c.employed = false;
  }
  seeker_weeks_ += active_.size();
  record_week(w);

  if (events_enabled_) {
    for (auto sid : active_) {
      auto& pending = pending_events_[sid];
      events_.insert(events_.end(), pending.begin(), pending.end());
      pending.clear();
    }
  }
  std::erase_if(active_, [&](std::uint32_t sid) { return seekers_[sid].status == SeekerStatus::exited; });
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

void RegionModel::record_week(const sim::Week& w) {
  std::array<double, 7> stocks{};
  std::array<double, kTileCount> by_tile{};
  std::array<double, kRungCount> by_rung{};
  std::array<double, 12> flows{};
  std::array<double, kTileCount + 1> hours{};
  std::array<double, kTileCount> eur_by_tile{};
  double tiles_eur = 0.0, benefit_eur = 0.0;
  for (auto sid : active_) {
    const JobSeeker& s = seekers_[sid];
    const std::uint16_t f = s.week_flags;
    flows[4] += (f & kFlagDropout) != 0;
    flows[5] += (f & kFlagContractEnd) != 0;
    flows[6] += (f & kFlagConverted) != 0;
    flows[7] += (f & kFlagOutflowWork) != 0;
    flows[8] += (f & kFlagOutflowOther) != 0;
    flows[9] += s.exit_reason == ExitReason::pension && s.exit_week == w.index;
    flows[10] += (f & kFlagReturnToBenefit) != 0;
    flows[11] += (f & kFlagTrainingDone) != 0;
    for (std::size_t t = 0; t < kTileCount; ++t) {
      hours[t] += s.hours_by_tile[t];
      eur_by_tile[t] += s.eur_by_tile[t];
      tiles_eur += s.eur_by_tile[t];
    }
    if (s.tiles.empty()) hours[kTileCount] += s.granted_hours;
    if (s.status == SeekerStatus::exited) continue;
    const bool employed = s.status == SeekerStatus::employed;
    const bool in_scope = !employed || s.on_benefit || s.coach != kNone;
    stocks[0] += s.status == SeekerStatus::waiting;
    stocks[1] += s.status == SeekerStatus::in_service;
    stocks[2] += employed;
    stocks[3] += employed && s.on_benefit;
    stocks[4] += s.on_benefit;
    stocks[5] += s.coach != kNone;
    for (std::size_t t = 0; t < kTileCount; ++t) by_tile[t] += s.week_tiles.has(static_cast<Tile>(t));
    if (in_scope) by_rung[static_cast<std::size_t>(s.rung - 1)] += 1;
    if (s.on_benefit) {
      const double norm = p_.benefit.eur_per_week[static_cast<std::size_t>(s.benefit)];
      benefit_eur += std::max(0.0, norm - (employed ? s.earnings_eur_per_week : 0.0));
    }
  }
  flows[0] = static_cast<double>(week_.inflow);
  flows[1] = static_cast<double>(week_.assigned);
  flows[2] = static_cast<double>(week_.placements);
  flows[3] = static_cast<double>(week_.placements_mediated);
  const double rate = p_.coach.hourly_cost_eur;
  double staff_eur = 0.0;
  double staff = 0.0;
  for (const auto& c : coaches_) {
    if (!c.employed) continue;
    staff_eur += c.hours_per_week * rate;
    staff += 1.0;
  }
  stocks[6] = staff;
  const double intake_eur = week_.intake_hours * rate;

  if (w.in_burn_in()) return;
  total_staff_eur_ += staff_eur + intake_eur;
  total_tiles_eur_ += tiles_eur;
  total_benefit_eur_ += benefit_eur;
  total_outflow_work_ += static_cast<std::int64_t>(flows[7]);

  const auto append = [&](std::string_view name, auto begin, auto end) {
    if (auto* t = table(name)) {
      t->values.insert(t->values.end(), begin, end);
      ++t->rows;
    }
  };
  append("stocks", stocks.begin(), stocks.end());
  append("stocks_by_tile", by_tile.begin(), by_tile.end());
  append("stocks_by_rung", by_rung.begin(), by_rung.end());
  append("flows", flows.begin(), flows.end());
  const std::array<double, 4> costs = {staff_eur, intake_eur, tiles_eur, benefit_eur};
  append("costs", costs.begin(), costs.end());
  append("hours_by_tile", hours.begin(), hours.end());
  std::array<double, kTileCount> tile_costs{};
  for (std::size_t t = 0; t < kTileCount; ++t) tile_costs[t] = eur_by_tile[t] + hours[t] * rate;
  tile_costs[static_cast<std::size_t>(Tile::melding)] += intake_eur;
  append("costs_by_tile", tile_costs.begin(), tile_costs.end());
  const std::array<double, 7> vac = {double(week_.vacancies_new), double(open_.size()), double(week_.filled_target_group),
                                     double(week_.filled_regular), double(week_.expired), double(week_.applications),
                                     double(week_.applications_mediated)};
  append("vacancies", vac.begin(), vac.end());
}

// --- results ----------------------------------------------------------------------------------

std::vector<sim::Metric> RegionModel::kpis() const {
  const int begin = static_cast<int>(p_.sim.burn_in_weeks);
  const int end = begin + static_cast<int>(p_.sim.weeks);
  const auto in_window = [&](int week) { return week >= begin && week < end; };

  double placements = 0, dropouts = 0;
  double followed_26 = 0, sustained_26 = 0, followed_52 = 0, sustained_52 = 0;
  for (const auto& sp : spells_) {
    if (sp.end == SpellEnd::dropout && in_window(sp.end_week)) ++dropouts;
    if (!in_window(sp.start_week)) continue;
    ++placements;
    const auto lasted = [&](int weeks) { return sp.end == SpellEnd::ongoing || sp.end_week >= sp.start_week + weeks; };
    if (sp.start_week + 26 <= end) {
      ++followed_26;
      sustained_26 += lasted(26);
    }
    if (sp.start_week + 52 <= end) {
      ++followed_52;
      sustained_52 += lasted(52);
    }
  }
  double cohort_26 = 0, placed_26 = 0;
  std::vector<double> weeks_to_placement;
  for (const auto& s : seekers_) {
    if (s.from_initial_stock || !in_window(s.entry_week)) continue;
    const int weeks = s.first_placement_week == kNone ? std::numeric_limits<int>::max() : s.first_placement_week - s.entry_week;
    if (s.entry_week + 26 <= end) {
      ++cohort_26;
      placed_26 += weeks < 26;
    }
    if (s.entry_week + kMedianFollowUp <= end && weeks < kMedianFollowUp) weeks_to_placement.push_back(weeks);
  }
  const auto ratio = [](double a, double b) { return b > 0 ? a / b : kNaN; };
  const double sustained_rate_52 = ratio(sustained_52, followed_52);
  const double sustainable = placements * sustained_rate_52;

  std::vector<sim::Metric> out;
  const auto add = [&](std::string_view name, double value) {
    for (const auto& d : kpi_definitions()) {
      if (d.name == name) {
        out.push_back(sim::Metric{std::string(d.name), std::string(d.unit), std::string(d.description), value});
        return;
      }
    }
  };
  add("placements", placements);
  add("placement_rate_26w", ratio(placed_26, cohort_26));
  add("sustained_rate_26w", ratio(sustained_26, followed_26));
  add("sustained_rate_52w", sustained_rate_52);
  add("median_weeks_to_placement", weeks_to_placement.empty() ? kNaN : sim::median(weeks_to_placement));
  add("outflow_off_benefit", static_cast<double>(total_outflow_work_));
  add("dropouts", dropouts);
  add("cost_instruments_eur", total_tiles_eur_);
  add("cost_staff_eur", total_staff_eur_);
  add("benefit_paid_eur", total_benefit_eur_);
  add("cost_per_sustained_placement_eur", sustainable > 0 ? (total_tiles_eur_ + total_staff_eur_) / sustainable : kNaN);
  return out;
}

sim::RunResult RegionModel::result(const std::string& scenario, std::size_t replication) const {
  sim::RunResult r;
  r.scenario = scenario;
  r.replication = replication;
  r.seed = seed_;
  r.series = series_;
  r.metrics = kpis();
  if (events_enabled_) {
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
    t.columns.push_back(column("instrument", "instrument involved (-1: none; instruments arrive with a later version)", {}));
    for (const auto& e : events_) {
      t.columns[0].values.push_back(e.week);
      t.columns[1].values.push_back(e.seeker);
      t.columns[2].values.push_back(static_cast<std::int64_t>(e.kind));
      t.columns[3].values.push_back(e.tile);
      t.columns[4].values.push_back(e.employer);
      t.columns[5].values.push_back(e.instrument);
    }
    r.records.push_back(std::move(t));
  }
  return r;
}

}  // namespace regiosim::models
