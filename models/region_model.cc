#include "models/region_model.h"

#include "models/employer_approach.h"
#include "models/employer_tiles.h"
#include "models/employment.h"
#include "models/instruments.h"
#include "models/matching.h"
#include "models/memory_estimate.h"
#include "models/purposes.h"
#include "models/rates.h"
#include "models/seeker_tiles.h"
#include "sim/random.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>
#include <tuple>

namespace regiosim::models {

namespace {

// Tiles with partner costs, paid from the participation budget.
constexpr std::array<Tile, 4> kPaidTiles = {Tile::maatschappelijk_fit, Tile::orientatie, Tile::werk_fit, Tile::opleiden};
// The tiles paid per week, whose grant covers budget.tile_grant_weeks (JobSeeker::grant_weeks_left).
int weekly_grant_index(Tile t) noexcept {
  if (t == Tile::maatschappelijk_fit) return 0;
  if (t == Tile::werk_fit) return 1;
  return -1;
}

// Reporting bands of the loonwaarde (output only, the series placements_by_loonwaarde): under 50%,
// 50-75%, 75-100% and full.
constexpr std::array<float, 3> kLoonwaardeBandEdges = {0.5F, 0.75F, 1.0F};

std::size_t loonwaarde_band(float loonwaarde) {
  std::size_t band = 0;
  while (band < kLoonwaardeBandEdges.size() && loonwaarde >= kLoonwaardeBandEdges[band]) ++band;
  return band;
}

// Memory reservation, not behaviour: room above the expected number of seekers and spells, so that
// the tables rarely grow during a run.
constexpr double kSeekerReserveMargin = 1.1;
constexpr double kSpellReserveMargin = 1.5;
// The account managers at the start were hired long before it (ten years): they start settled.
constexpr std::int32_t kSettledWeeksBeforeStart = 520;

// Weeks, the first included, until an event of a constant weekly chance (an event clock).
std::int32_t weeks_until_event(double weekly_chance, sim::RandomStream& rng) {
  return static_cast<std::int32_t>(
      std::min<std::int64_t>(rng.trials_until_success(weekly_chance), std::numeric_limits<std::int32_t>::max()));
}

}  // namespace

sim::TabulatedDistribution RegionModel::regular_score_table(const ModelParams& p) {
  const auto& h = p.hiring;
  return sim::TabulatedDistribution::beta_plus_normal(h.regular_quality_mean * h.regular_quality_concentration,
                                                      (1.0 - h.regular_quality_mean) * h.regular_quality_concentration,
                                                      h.interview_noise_sd);
}

RegionModel::RegionModel(const ModelParams& params, std::uint64_t seed)
    : p_(params),
      seed_(seed),
      profile_(p_),
      priors_(p_),
      rules_(p_, priors_),
      trust_(p_),
      provider_(p_),
      provider_network_(p_),
      job_hunters_(p_),
      events_enabled_(p_.output.events),
      other_outflow_week_(weekly_probability(p_.flows.other_outflow_per_year)),
      onset_week_(std::min(1.0, kLifeDomainCount * weekly_probability(p_.flows.problem_onset_per_year))),
      work_exit_week_(weekly_probability(p_.careers.work_exit_per_year)),
      drift_(p_),
      contact_(p_),
      best_regular_score_(regular_score_table(p_), p_.hiring.regular_applicants_per_week),
      budgets_(p_),
      demand_(p_) {
  // The tables that grow over the run are reserved from their expected size over the horizon, with a
  // margin: a table that outgrows its capacity late in the run is copied, and the old and the new block
  // are resident together (for the vacancies of a national run, about 1 GiB on top). Capacity never
  // used is never touched and costs no resident memory.
  const MemoryCounts expected = expected_counts(p_);
  const auto n_seekers = static_cast<std::size_t>(p_.region.job_seekers);
  seekers_.reserve(n_seekers + static_cast<std::size_t>((expected.seekers - static_cast<double>(n_seekers)) * kSeekerReserveMargin));
  search_cache_.reserve(seekers_.capacity());
  if (events_enabled_) pending_events_.reserve(seekers_.capacity());
  vacancies_.reserve(static_cast<std::size_t>(expected.vacancies_kept * kVacanciesKeptMargin));
  spells_.reserve(static_cast<std::size_t>(expected.spells * kSpellReserveMargin));
  for (std::uint32_t i = 0; i < n_seekers; ++i) {
    JobSeeker s = draw_seeker(p_, profile_, seed_, i, 0, true);
    start_clocks(s, 0);
    // The initial stock are known clients: a klantbeeld exists, reviewed some time in the past year.
    sim::RandomStream rng(seed_, i, 0, id(Purpose::services));
    s.diagnosed = true;
    s.belief.insight = static_cast<float>(p_.klantbeeld.stock_insight);
    auto seen = contact_stream(seed_, i, 0, Contact::stock);
    observe(s, priors_, seen, 1.0F);
    s.last_review_week = -static_cast<std::int32_t>(rng.below(static_cast<std::uint64_t>(p_.tiles.diagnostiek_review_weeks)));
    seekers_.push_back(std::move(s));
    register_seeker(seekers_.back());
  }
  const auto n_coaches = static_cast<std::uint32_t>(p_.case_manager_count());
  coaches_.reserve(n_coaches);
  for (std::uint32_t i = 0; i < n_coaches; ++i) coaches_.push_back(draw_coach(p_, seed_, i));
  for (std::uint32_t i = 0; i < static_cast<std::uint32_t>(p_.region.job_coaches); ++i) {
    job_coaches_.push_back(draw_coach(p_, seed_, i, CoachRole::job_coach));
  }
  markets_ = static_cast<std::size_t>(p_.region.markets);
  const std::size_t slots = markets_ * kSectorCount;
  employers_by_slot_.resize(slots);
  ready_by_slot_.resize(slots);
  open_by_slot_.resize(slots);
  shared_by_slot_.resize(slots);
  public_by_slot_.resize(slots);
  carved_by_slot_.resize(slots);
  shared_search_.resize(slots);
  pool_start_.assign(slots + 1, 0);
  const auto n_employers = static_cast<std::uint32_t>(p_.region.employers);
  employers_.reserve(n_employers);
  vacancy_flow_.reserve(n_employers);
  for (std::uint32_t i = 0; i < n_employers; ++i) {
    employers_.push_back(draw_employer(p_, seed_, i));
    const auto sector = static_cast<std::size_t>(employers_.back().sector);
    employers_by_sector_[sector].push_back(i);
    employers_by_slot_[slot(market_of(i), sector)].push_back(i);
    // (A mean of 0 draws nothing, as RandomStream::poisson; the distribution needs a mean > 0.)
    const double flow = employers_.back().vacancies_per_week;
    vacancy_flow_.emplace_back(flow > 0.0 ? flow : 1.0);
  }
  employer_totals_by_chunk_.resize(sim::chunk_count(employers_.size()));  // employers_ is fixed from here on
  const auto slot_of = [&](const Employer& e) { return slot(market_of(e.id), static_cast<std::size_t>(e.sector)); };
  if (p_.policy.werkmakelaar_share > 0.0 && !p_.policy.werkmakelaar_in_house) {
    provider_network_.build(employers_, seed_, slots, slot_of);
  }
  job_hunters_.build(employers_, seed_, slots, slot_of);
  regular_hires_.assign(employers_.size(), 0);
  // The account managers at the start have worked in the region for years, and the municipality
  // already knows part of the willing employers: they start ready for candidates, in turn in the
  // account managers' portfolios.
  // The team in FTE: whole persons, the last one part-time for a fraction.
  const double fte = p_.region.account_managers;
  for (std::uint32_t i = 0; static_cast<double>(i) < fte - kRoundingGuard; ++i) {
    account_managers_.push_back(draw_coach(p_, seed_, i, CoachRole::account_manager));
    account_managers_.back().hours_per_week *= static_cast<float>(std::min(1.0, fte - static_cast<double>(i)));
    account_managers_.back().hired_week = -static_cast<std::int32_t>(p_.sim.burn_in_weeks) - kSettledWeeksBeforeStart;
  }
  if (!account_managers_.empty()) {
    std::int32_t next = 0;
    for (auto& e : employers_) {
      sim::RandomStream rng(seed_, e.id, 0, id(Purpose::employer_attributes), 2);
      if (!e.willing || !rng.bernoulli(p_.employers.network_share_at_start)) continue;
      e.stage = EmployerStage::ready;
      e.account_manager = next;
      e.joined_week = 0;
      e.werkprofiel = true;
      e.carving = approach_in_use(EmployerApproach::integral, p_) &&
                  e.simple_jobs >= static_cast<float>(p_.carving.min_simple_jobs);
      e.supervisors_trained = needs_supervisor_training(e);
      next = (next + 1) % static_cast<std::int32_t>(account_managers_.size());
    }
  }
  init_growth();
  define_series();
}

sim::Horizon RegionModel::horizon() const {
  return sim::Horizon{static_cast<int>(p_.sim.burn_in_weeks), static_cast<int>(p_.sim.burn_in_weeks + p_.sim.weeks)};
}

void RegionModel::describe(sim::WeekPlan& plan) {
  const auto n_active = [this] { return active_.size(); };
  plan.serial("inflow", [this](const sim::Week& w) { inflow(w); })
      .agents("arrivals", [this] { return arrivals_; },
              [this](const sim::Chunk& c, const sim::Week& w) { draw_arrivals(c, w); })
      .serial("register", [this](const sim::Week& w) { register_arrivals(w); })
      .serial("assign", [this](const sim::Week& w) { assign(w); })
      .serial("employer_staff", [this](const sim::Week& w) { employer_staff(w); })
      .proposals<PlanItem>(
          "employer_plan", [this] { return employers_.size(); },
          [this](const sim::Chunk& c, const sim::Week& w, std::vector<PlanItem>& out) { plan_employers(c, w, out); },
          [this](std::span<const PlanItem> items, const sim::Week& w) { employer_plan(items, w); })
      .agents("employer_hours", [this] { return employers_.size(); },
              [this](const sim::Chunk& c, const sim::Week& w) { employer_hours(c, w); })
      .serial("growth", [this](const sim::Week& w) { growth(w); })
      .agents("plan", n_active, [this](const sim::Chunk& c, const sim::Week& w) { plan_services(c, w); })
      .serial("allocate", [this](const sim::Week& w) { allocate_hours(w); })
      .agents("services", n_active, [this](const sim::Chunk& c, const sim::Week& w) { services(c, w); })
      .agents("employer_services", [this] { return employers_.size(); },
              [this](const sim::Chunk& c, const sim::Week& w) { employer_services(c, w); })
      .proposals<NewVacancy>(
          "vacancies", [this] { return employers_.size(); },
          [this](const sim::Chunk& c, const sim::Week& w, std::vector<NewVacancy>& out) { propose_vacancies(c, w, out); },
          [this](std::span<const NewVacancy> v, const sim::Week& w) { open_vacancies(v, w); })
      .agents("regular_applicants", [this] { return open_.size(); },
              [this](const sim::Chunk& c, const sim::Week& w) { regular_applicants(c, w); })
      // Seekers and their mediators apply (per seeker), account managers search for the vacancies
      // shared this week (per market and sector), the applications are grouped by vacancy (per range
      // of open vacancies), and the employers decide, alone, in the week's order of decisions.
      .agents("applications", n_active, [this](const sim::Chunk& c, const sim::Week& w) { propose_applications(c, w); })
      .serial("shared_pool", [this](const sim::Week& w) { gather_pool(w); })
      .tasks("shared_search", [this] { return search_slots_.size(); },
             [this](std::size_t task, const sim::Week& w) { search_for_shared(search_slots_[task], w); })
      .tasks("group_applications", [this] { return bucket_count_; },
             [this](std::size_t bucket, const sim::Week& w) { group_applications(bucket, w); })
      .serial("hire", [this](const sim::Week& w) { hire(w); })
      // A seeker's week at work, its settlement and the week's totals (count_week) touch only that
      // seeker and its spells, so one pass does them per chunk while the chunk's records are in
      // cache; what crosses agents is applied in bookkeeping(), after every chunk, and the one thing
      // it changes that the totals count is corrected in close_week().
      .proposals<Settlement>(
          "employment", n_active,
          [this](const sim::Chunk& c, const sim::Week& w, std::vector<Settlement>& out) {
            employment(c, w);
            settle(c, w, out);
            count_week(c, w);
          },
          [this](std::span<const Settlement> s, const sim::Week& w) { bookkeeping(s, w); })
      .proposals<NetworkExit>(
          "network", [this] { return employers_.size(); },
          [this](const sim::Chunk& c, const sim::Week& w, std::vector<NetworkExit>& out) { network_week(c, w, out); },
          [this](std::span<const NetworkExit> x, const sim::Week& w) { close_network(x, w); })
      .serial("aggregate", [this](const sim::Week& w) { close_week(w); });
}

void RegionModel::register_seeker(JobSeeker& s) {
  assert(active_.empty() || s.id > active_.back());  // active_ stays ascending
  s.queued_since = s.entry_week;
  s.tiles = TileSet{};
  s.tiles.add(Tile::melding);
  queue_.push_back(s.id);
  active_.push_back(s.id);
  search_cache_.emplace_back();
  if (events_enabled_) pending_events_.emplace_back();
}

// Leaving scope for other reasons and the onset of a problem have constant weekly chances, so instead
// of a Bernoulli draw in every week they apply, a seeker carries the number of such weeks until the
// next event (geometric: the same distribution, as the chance has no memory) and counts it down;
// a draw is made only when one fires. Drawn in the entry week from their own streams (sub 1), apart
// from the streams of the weeks in which an event fires.
void RegionModel::start_clocks(JobSeeker& s, int week) const {
  sim::RandomStream out(seed_, s.id, static_cast<std::uint32_t>(week), id(Purpose::outflow), 1);
  s.outflow_clock = weeks_until_event(other_outflow_week_, out);
  sim::RandomStream life(seed_, s.id, static_cast<std::uint32_t>(week), id(Purpose::life_events), 1);
  s.onset_clock = weeks_until_event(onset_week_, life);
  // Leaving scope while in work or on WW: counted in those weeks only.
  sim::RandomStream work(seed_, s.id, static_cast<std::uint32_t>(week), id(Purpose::outflow), 2);
  s.work_exit_clock = weeks_until_event(work_exit_week_, work);
}

EventSink RegionModel::sink(std::uint32_t seeker) {
  return EventSink(events_enabled_ ? &pending_events_[seeker] : nullptr);
}

float RegionModel::intensity(const JobSeeker& s) const {
  return s.coach == kNone ? 0.0F : static_cast<float>(coaches_[static_cast<std::size_t>(s.coach)].supply_ratio);
}

// --- inflow and assignment -------------------------------------------------------------------

void RegionModel::start_demand_year(std::size_t year) {
  demand_year_ = year;
  for (std::size_t k = 0; k < kSectorCount; ++k) {
    vacancy_factor_[k] = demand_.vacancy_factor(year, k);
    regular_rate_[k] = sim::PoissonMaximum::Rate::of(p_.hiring.regular_applicants_per_week * demand_.applicant_factor(year, k));
  }
  double willing = 0.0;
  for (std::size_t i = 0; i < employers_.size(); ++i) {
    Employer& e = employers_[i];
    const auto sector = static_cast<std::size_t>(e.sector);
    const double flow = e.vacancies_per_week * vacancy_factor_[sector];
    vacancy_flow_[i] = boost::random::poisson_distribution<std::int64_t, double>(flow > 0.0 ? flow : 1.0);
    // Employers acting for economic reasons are more willing when labour is scarce (seed 003 §4.3).
    if (e.motive == EmployerMotive::economic) e.willing = e.willingness < demand_.economic_willingness(year, sector);
    willing += e.willing;
  }
  willing_share_ = employers_.empty() ? 0.0 : willing / static_cast<double>(employers_.size());
}

void RegionModel::inflow(const sim::Week& w) {
  week_ = WeekTotals{};
  // The budgets of this year (a new year starts with nothing committed), what they can still pay for,
  // and the year of labour demand.
  budgets_.start_week(w.index);
  funds_ = Funds{budgets_.room(BudgetKind::participation) > 0.0, budgets_.room(BudgetKind::income) > 0.0};
  const BudgetYear& part = budgets_.current(BudgetKind::participation);
  const BudgetYear& income = budgets_.current(BudgetKind::income);
  refusals_before_week_ = part.refused + income.refused;
  week_committed_start_ = {part.committed_eur, income.committed_eur};
  week_refused_start_ = {static_cast<double>(part.refused), static_cast<double>(income.refused)};
  week_refused_eur_start_ = {part.refused_eur, income.refused_eur};
  if (const std::size_t year = demand_.year_of(w.index); year != demand_year_) start_demand_year(year);

  if (w.index == 0) {
    // The initial stock registers in week 0.
    for (auto sid : active_) sink(sid).emit(w.observed(), sid, EventKind::melding, static_cast<int>(Tile::melding));
  }
  sim::RandomStream rng(seed_, 0, static_cast<std::uint32_t>(w.index), id(Purpose::inflow));
  const double mean = static_cast<double>(p_.region.job_seekers) * p_.flows.inflow_per_year / kWeeksPerYear;
  const std::int64_t n = rng.poisson(mean);
  arrivals_from_ = seekers_.size();
  arrivals_ = static_cast<std::size_t>(n);
  if (arrivals_from_ + arrivals_ > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("inflow: too many seekers");
  seekers_.resize(arrivals_from_ + arrivals_);
  week_.inflow = n;
  week_.intake_hours = static_cast<double>(n) * p_.tiles.melding_hours;
}

void RegionModel::draw_arrivals(const sim::Chunk& chunk, const sim::Week& w) {
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    const auto new_id = static_cast<std::uint32_t>(arrivals_from_ + i);
    seekers_[new_id] = draw_seeker(p_, profile_, seed_, new_id, w.index, false);
    start_clocks(seekers_[new_id], w.index);
  }
}

void RegionModel::register_arrivals(const sim::Week& w) {
  for (std::size_t i = arrivals_from_; i < arrivals_from_ + arrivals_; ++i) {
    const auto new_id = static_cast<std::uint32_t>(i);
    register_seeker(seekers_[i]);
    sink(new_id).emit(w.observed(), new_id, EventKind::melding, static_cast<int>(Tile::melding));
  }
  // The week's seekers are known now (only close_week drops any).
  active_week_.resize(active_.size());
  applications_by_chunk_.resize(sim::chunk_count(active_.size()));
  totals_by_chunk_.resize(sim::chunk_count(active_.size()));
}

void RegionModel::review_staffing(const sim::Week& w) {
  if (p_.region.case_managers > 0 || w.index == 0 || w.index % p_.region.staffing_review_weeks != 0) return;
  std::int64_t in_scope = 0;
  for (auto sid : active_) {
    const JobSeeker& s = seekers_[sid];
    in_scope += s.coach != kNone || s.status == SeekerStatus::waiting;
  }
  const auto target = std::max<std::int64_t>(
      1, static_cast<std::int64_t>(std::ceil(static_cast<double>(in_scope) / p_.policy.caseload_per_coach - kRoundingGuard)));
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

// The referral rule (policy.werkmakelaar.*): the seekers it selected after a Diagnostiek are referred
// while there is room (and, with a provider, while the participation budget pays its fee). In the
// in-house arm the same rule and draws select the seekers into as many places of the municipal team,
// whose staff cost is booked every week (region_output.cc), not per referral.
void RegionModel::refer_to_provider(const sim::Week& w) {
  if (p_.policy.werkmakelaar_share <= 0.0) return;
  if (provider_network_.built()) provider_network_.week();
  const bool in_house = provider_.in_house();
  for (auto sid : active_) {
    JobSeeker& s = seekers_[sid];
    if (!s.referral_candidate) continue;
    s.referral_candidate = false;
    if (s.status != SeekerStatus::in_service || s.ever_referred || s.growth != GrowthState::none) continue;
    sim::RandomStream rng(seed_, sid, 0, id(Purpose::referral));
    if (!rng.bernoulli(p_.policy.werkmakelaar_share) || !provider_.has_room() ||
        !provider_.within_year_limit(budgets_.year())) {
      continue;
    }
    const double price = in_house ? 0.0 : p_.policy.werkmakelaar_price_eur;
    // The placement fee (no cure no pay) is reserved with the referral and released when the client
    // leaves the provider unplaced: the cap is never exceeded by a fee that falls due later.
    const double reserved = in_house ? 0.0 : p_.policy.werkmakelaar_placement_fee_eur;
    if (!in_house && !budgets_.commit(BudgetKind::participation, price + reserved)) continue;
    auto intake = contact_stream(seed_, sid, w.index, Contact::provider);
    provider_.refer(s, priors_, intake, w.index, budgets_.year());
    week_.werkmakelaar_eur += price;
    ++week_.referrals;
    sink(sid).emit(w.observed(), sid, EventKind::referred, -1, -1, static_cast<int>(InstrumentKind::werkmakelaar));
  }
}

// policy.case_manager_change_weeks: a seeker in service who has had one case manager for that many
// weeks is handed over to another. The seekers due this week leave their case managers' caseloads and
// are taken on, in seeker order, by the least-loaded case manager who takes clients (ties to the lower
// id) other than their own; with no other one they stay. Each handover costs insight (hand_over).
void RegionModel::rotate_case_managers(const sim::Week& w) {
  const auto every = p_.policy.case_manager_change_weeks;
  if (every <= 0) return;
  rotation_due_.clear();
  for (auto sid : active_) {
    const JobSeeker& s = seekers_[sid];
    if (s.status == SeekerStatus::in_service && s.coach != kNone && w.index - s.coach_since >= every) {
      rotation_due_.push_back(sid);
    }
  }
  if (rotation_due_.empty()) return;
  for (auto sid : rotation_due_) --coaches_[static_cast<std::size_t>(seekers_[sid].coach)].caseload;
  using Slot = std::pair<std::int32_t, std::uint32_t>;  // (caseload, coach id)
  std::vector<Slot> heap;
  for (const auto& c : coaches_) {
    if (c.employed && c.accepting) heap.emplace_back(c.caseload, c.id);
  }
  const auto later = [](const Slot& a, const Slot& b) { return a > b; };
  std::make_heap(heap.begin(), heap.end(), later);
  const auto loss = static_cast<float>(p_.klantbeeld.handover_insight_loss);
  const auto belief_loss = static_cast<float>(p_.klantbeeld.handover_belief_loss);
  for (auto sid : rotation_due_) {
    JobSeeker& s = seekers_[sid];
    const auto own = static_cast<std::uint32_t>(s.coach);
    // The least loaded other than the own case manager (the own one, when on top, is set aside).
    std::optional<Slot> set_aside, pick;
    while (!heap.empty() && !pick) {
      std::pop_heap(heap.begin(), heap.end(), later);
      const Slot top = heap.back();
      heap.pop_back();
      if (top.second == own) set_aside = top;
      else pick = top;
    }
    const std::uint32_t next = pick ? pick->second : own;  // no other one takes clients: the seeker stays
    ++coaches_[next].caseload;
    const auto push = [&](const Slot& slot) {
      heap.push_back(slot);
      std::push_heap(heap.begin(), heap.end(), later);
    };
    if (pick) push(Slot{coaches_[next].caseload, next});
    if (set_aside) push(next == own ? Slot{coaches_[own].caseload, own} : *set_aside);
    if (next != own) {
      hand_over(s, priors_, loss, belief_loss);
      s.coach = static_cast<std::int32_t>(next);
      ++week_.handovers;
    }
    s.coach_since = w.index;
  }
}

void RegionModel::assign(const sim::Week& w) {
  review_staffing(w);
  refer_to_provider(w);
  if (job_hunters_.network().built()) job_hunters_.network().week();
  rotate_case_managers(w);
  // Least-loaded case manager with room first; ties go to the lower id.
  using Slot = std::pair<std::int32_t, std::uint32_t>;  // (caseload, coach id)
  std::vector<Slot> heap;
  const auto cap = static_cast<std::int32_t>(std::floor(p_.policy.caseload_per_coach + kRoundingGuard));
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
    // Back after a spell without a case manager (a job that ended): the file is taken up by a case
    // manager who has to get to know the seeker again.
    if (s.coach_since != kNone) {
      hand_over(s, priors_, static_cast<float>(p_.klantbeeld.handover_insight_loss),
                static_cast<float>(p_.klantbeeld.handover_belief_loss));
      ++week_.handovers;
    }
    s.coach = static_cast<std::int32_t>(cid);
    s.coach_since = w.index;
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
    prefetch_seeker(i, chunk.end);
    JobSeeker& s = seekers_[active_[i]];
    s.week_flags = 0;
    s.eur_by_tile.fill(0.0F);
    s.week_eur_by_instrument.fill(0.0F);
    s.week_benefit_eur = 0.0F;
    s.granted_hours = 0.0F;
    s.nazorg_intensity = 0.0F;
    s.hours_by_tile.fill(0.0F);
    const TileSet before = s.tiles;
    TileSet next = rules_.choose(s, w.index);
    // Paid tiles start (and weekly ones go on after their grant's weeks) only with a grant from the
    // participation budget: without a cap it is given at once and counted as committed, under a cap
    // the request is decided in allocate_hours and the tile can start next week.
    ActiveWeek& mine = active_week_[i];
    mine.grants = 0;
    mine.requests = TileSet{};
    mine.committed_eur = 0.0F;
    for (Tile t : kPaidTiles) {
      if (!next.has(t)) {
        s.tile_grants.remove(t);  // no longer wanted: a grant not used falls away
        continue;
      }
      if (t == Tile::opleiden && s.growth == GrowthState::learning) continue;  // paid with the learning plan
      const int weekly = weekly_grant_index(t);
      if (before.has(t) && (weekly < 0 || s.grant_weeks_left[static_cast<std::size_t>(weekly)] > 0)) continue;
      const bool granted = !budgets_.capped(BudgetKind::participation) || s.tile_grants.has(t);
      if (!granted) {
        next.remove(t);
        mine.requests.add(t);
        continue;
      }
      if (!s.tile_grants.has(t)) {  // without a cap: committed here
        mine.committed_eur += static_cast<float>(tile_commitment(t));
        ++mine.grants;
      }
      s.tile_grants.remove(t);
      if (weekly >= 0) s.grant_weeks_left[static_cast<std::size_t>(weekly)] = static_cast<std::int16_t>(p_.budget.tile_grant_weeks);
    }
    if (mine.requests.empty()) s.request_since = kNone;
    else if (s.request_since == kNone) s.request_since = w.index;
    const EventSink events = sink(s.id);
    sim::RandomStream rng(seed_, s.id, static_cast<std::uint32_t>(w.index), id(Purpose::services));
    const TileContext ctx{p_, priors_, rng, events, w.index, w.observed(), intensity(s),
                          s.coach == kNone ? 0.0F : coaches_[static_cast<std::size_t>(s.coach)].skill, nullptr, seed_};
    before.without(next).for_each(
        [&](Tile t) { events.emit(w.observed(), s.id, EventKind::tile_end, static_cast<int>(t)); });
    s.tiles = next;
    s.week_tiles = next;
    next.without(before).for_each([&](Tile t) {
      seeker_tile(t).enter(s, ctx);
      events.emit(w.observed(), s.id, EventKind::tile_start, static_cast<int>(t));
    });
    double demand = 0.0;
    if (s.coach != kNone) {
      s.tiles.for_each([&](Tile t) { demand += seeker_tile(t).hours_demand(s, p_); });
      if (s.tiles.empty()) demand = p_.tiles.base_contact_hours_per_week;
    }
    s.demand_hours = static_cast<float>(demand);
    active_week_[i].coach = s.coach;
    active_week_[i].demand_hours = s.demand_hours;
    active_week_[i].guided = s.coach != kNone && s.status == SeekerStatus::in_service;
    active_week_[i].conversed = false;
  }
}

double RegionModel::tile_commitment(Tile t) const {
  const auto& tp = p_.tiles;
  const auto weeks = static_cast<double>(p_.budget.tile_grant_weeks);
  switch (t) {
    case Tile::maatschappelijk_fit: return tp.mf_eur_per_week * weeks;
    case Tile::werk_fit: return tp.werk_fit_eur_per_week * std::min(weeks, std::ceil(tp.werk_fit_max_weeks));
    case Tile::orientatie: return tp.orientatie_eur;
    case Tile::opleiden: return tp.opleiden_eur;
    default: return 0.0;
  }
}

void RegionModel::grant_tiles() {
  double committed = 0.0;
  std::int64_t grants = 0;
  tile_requests_.clear();
  const auto priority = p_.policy.budget_priority;
  for (std::size_t i = 0; i < active_week_.size(); ++i) {  // in seeker order
    const ActiveWeek& a = active_week_[i];
    committed += a.committed_eur;
    grants += a.grants;
    if (a.requests.empty()) continue;
    const JobSeeker& s = seekers_[active_[i]];
    // The order of service: the oldest request first (ties by seeker), the lowest rung first, or the
    // highest believed readiness per euro asked first.
    const auto since = static_cast<std::uint64_t>(std::max(0, s.request_since)) & 0xFFFFFFFFULL;
    std::uint64_t key = since;
    if (priority == BudgetPriority::lowest_rung) key = (std::uint64_t{s.rung} << 32) | since;  // not behaviour: a sort key in two halves
    if (priority == BudgetPriority::highest_return) {
      double eur = 0.0;
      for (Tile t : kPaidTiles) eur += a.requests.has(t) ? tile_commitment(t) : 0.0;
      const double per_euro = believed_readiness(s, priors_, p_) / std::max(1.0, eur);
      // Higher first: the key of the order is the complement of the float's bits (positive values
      // order as their bits).
      key = ~std::uint64_t{std::bit_cast<std::uint32_t>(static_cast<float>(std::max(0.0, per_euro)))} & 0xFFFFFFFFULL;
    }
    tile_requests_.push_back(TileRequest{key, s.id, a.requests});
  }
  budgets_.add_commitments(BudgetKind::participation, committed, grants);
  std::sort(tile_requests_.begin(), tile_requests_.end(),
            [](const TileRequest& a, const TileRequest& b) { return std::tie(a.key, a.seeker) < std::tie(b.key, b.seeker); });
  for (const TileRequest& r : tile_requests_) {
    JobSeeker& s = seekers_[r.seeker];
    // A request that waits is asked again every week; it counts as refused once per budget year.
    if (s.refused_year != budgets_.year()) {
      s.tiles_refused = TileSet{};
      s.refused_year = static_cast<std::int16_t>(budgets_.year());
    }
    for (Tile t : kPaidTiles) {
      if (!r.tiles.has(t)) continue;
      if (budgets_.commit(BudgetKind::participation, tile_commitment(t), !s.tiles_refused.has(t))) {
        s.tile_grants.add(t);
        s.tiles_refused.remove(t);
      } else {
        s.tiles_refused.add(t);
      }
    }
  }
}

void RegionModel::allocate_hours(const sim::Week&) {
  grant_tiles();
  for (auto& c : coaches_) c.demand_hours = 0.0;
  guided_.assign(coaches_.size(), 0);
  for (const auto& a : active_week_) {  // in seeker order, as the plan phase left it
    if (a.coach == kNone) continue;
    coaches_[static_cast<std::size_t>(a.coach)].demand_hours += a.demand_hours;
    guided_[static_cast<std::size_t>(a.coach)] += a.guided ? 1 : 0;
  }
  mf_chances_.resize(coaches_.size());
  for (std::size_t k = 0; k < coaches_.size(); ++k) {
    Coach& c = coaches_[k];
    const double supply = c.client_hours(p_.coach.client_time_share);
    c.supply_ratio = c.demand_hours <= supply ? 1.0 : supply / c.demand_hours;
    mf_chances_[k] = mf_chances(static_cast<float>(c.supply_ratio), p_);  // at intensity() of its clients
  }
  // The hours the tiles leave: conversations with the clients in service.
  contact_.plan_week(coaches_, guided_);
}

void RegionModel::services(const sim::Chunk& chunk, const sim::Week& w) {
  const bool referrals = p_.policy.werkmakelaar_share > 0.0;
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    prefetch_seeker(i, chunk.end);
    JobSeeker& s = seekers_[active_[i]];
    const float x = intensity(s);
    active_week_[i].intensity = x;
    if (s.coach == kNone || s.status == SeekerStatus::exited) continue;
    const EventSink events = sink(s.id);
    sim::RandomStream rng(seed_, s.id, static_cast<std::uint32_t>(w.index), id(Purpose::services));
    const auto coach = static_cast<std::size_t>(s.coach);
    const TileContext ctx{p_, priors_, rng, events, w.index, w.observed(), x, coaches_[coach].skill, &mf_chances_[coach], seed_};
    // The provider activates its WM3 clients (motivation, employee skills) before mediating them.
    if (provider_.activating(s, w.index)) {
      sim::RandomStream provider_rng(seed_, s.id, static_cast<std::uint32_t>(w.index), id(Purpose::trajectory));
      const TileContext full{p_, priors_, provider_rng, EventSink(), w.index, w.observed(), 1.0F, 1.0F, nullptr, seed_};
      seeker_tile(Tile::werk_fit).step(s, full);
    }
    // A conversation in the time the tiles leave (contact_time.h): before the tiles' week, so that a
    // tile's step reads the belief it brought.
    if (active_week_[i].guided && contact_.converses(seed_, s, s.coach, w.index)) {
      contact_.converse(s, priors_, coaches_[coach].skill, p_, seed_, w.index);
      s.granted_hours += contact_.hours();
      active_week_[i].conversed = true;
    }
    if (s.tiles.empty()) {
      s.granted_hours += s.demand_hours * x;
      continue;
    }
    const bool was_diagnosed = s.diagnosed;
    // The running tiles in order (a tile's step removes no other tile).
    s.tiles.for_each([&](Tile tile) {
      const auto t = static_cast<std::size_t>(tile);
      const SeekerTile& behaviour = seeker_tile(tile);
      const auto hours = static_cast<float>(behaviour.hours_demand(s, p_)) * x;
      s.hours_by_tile[t] += hours;
      s.granted_hours += hours;
      if (const int weekly = weekly_grant_index(tile); weekly >= 0) {
        auto& left = s.grant_weeks_left[static_cast<std::size_t>(weekly)];
        left = static_cast<std::int16_t>(std::max(0, left - 1));
      }
      if (behaviour.step(s, ctx)) {
        s.tiles.remove(tile);
        events.emit(w.observed(), s.id, EventKind::tile_end, static_cast<int>(t));
      }
    });
    // The referral rule: a first klantbeeld of a new registrant, or (when the rule includes the stock)
    // a review of a seeker of the initial stock, on the rungs the rule names; referred next week.
    if (referrals && !s.ever_referred && s.rung >= p_.policy.werkmakelaar_min_rung &&
        s.rung <= p_.policy.werkmakelaar_max_rung) {
      const bool first = !was_diagnosed && s.diagnosed && !s.from_initial_stock;
      const bool stock = p_.policy.werkmakelaar_include_stock && s.from_initial_stock && s.last_review_week == w.index;
      if (first || stock) s.referral_candidate = true;
    }
  }
}

// --- vacancies and hiring ---------------------------------------------------------------------

void RegionModel::propose_vacancies(const sim::Chunk& chunk, const sim::Week& w, std::vector<NewVacancy>& out) {
  const auto& vp = p_.vacancies;
  const auto week = static_cast<std::uint32_t>(w.index);
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    Employer& e = employers_[i];
    sim::RandomStream rng(seed_, e.id, week, id(Purpose::vacancy_creation));
    // The employer's channel choices (sharing, reservation, carving, groups) draw from a stream of
    // their own, so the vacancies themselves are the same whatever the relationship.
    sim::RandomStream channel(seed_, e.id, week, id(Purpose::vacancy_channel));
    const auto sector = static_cast<std::size_t>(e.sector);
    const bool ready = e.stage == EmployerStage::ready;
    const bool quota_open =
        e.social_return &&
        e.social_return_hires < std::max(1.0F, e.simple_jobs * static_cast<float>(p_.employers.social_return_quota));
    const auto draw = [&](VacancyKind kind) {
      NewVacancy v;
      v.employer = e.id;
      v.stated_requirement = static_cast<float>(rng.uniform(vp.skill_requirement[0], vp.skill_requirement[1]));
      v.language_requirement = static_cast<std::uint8_t>(std::lround(vp.language_requirement[sector]));
      v.licence_required = rng.bernoulli(vp.licence_required_share[sector]);
      v.hours_per_week = static_cast<float>(vp.hours_per_week[sector] * rng.uniform(1.0 - vp.hours_spread, 1.0 + vp.hours_spread));
      v.wage_eur_per_hour = static_cast<float>(vp.hourly_wage_eur * (1.0 + rng.uniform() * vp.wage_premium_max));
      v.permanent = rng.bernoulli(vp.permanent_share);
      // Stated requirements are inflated; a werkprofiel brings them back to what the work needs.
      const Requirements r = requirements_of(e, v.stated_requirement);
      v.skill_requirement = r.real;
      v.stated_requirement = r.stated;
      v.kind = kind;
      v.shared = false;
      v.positions = 1;
      v.serial = kind == VacancyKind::regular ? e.flow_posted++ & kSerialMask : kSerialPolicy | (e.other_posted++ & kSerialMask);
      return v;
    };
    const std::int64_t n = e.vacancies_per_week > 0.0F ? vacancy_flow_[i](rng) : 0;
    for (std::int64_t k = 0; k < n; ++k) {
      NewVacancy v = draw(VacancyKind::regular);
      // Tasks moved into carved jobs are no longer asked of the next regular vacancies: they ask
      // fewer hours, or are not opened at all (their random draws are made all the same).
      if (e.carved_hours_owed > 0.0F) {
        const float moved = std::min(e.carved_hours_owed, v.hours_per_week);
        e.carved_hours_owed -= moved;
        v.hours_per_week -= moved;
        if (v.hours_per_week <= 0.0F) continue;
      }
      if (quota_open && channel.bernoulli(p_.employers.social_return_reserved_share)) {
        v.kind = VacancyKind::social_return;  // the employer brings it to the municipality itself
        v.shared = true;
      } else if (ready) {
        v.shared = channel.bernoulli(std::min(1.0, e.trust * p_.trust.share_factor));
      }
      out.push_back(v);
    }
    // Job carving: simpler tasks split off into jobs for the target group.
    if (e.carving && ready) {
      const std::int64_t carved = channel.poisson(e.simple_jobs * p_.carving.jobs_per_year_per_simple_job / kWeeksPerYear);
      for (std::int64_t k = 0; k < carved; ++k) {
        NewVacancy v = draw(VacancyKind::carved);
        v.skill_requirement *= static_cast<float>(p_.carving.requirement_factor);
        v.stated_requirement = v.skill_requirement;
        v.shared = true;
        e.carved_hours_owed += v.hours_per_week;
        out.push_back(v);
      }
    }
    // Group placements at large employers ready for candidates.
    if (ready && e.size == SizeClass::large && channel.bernoulli(weekly_probability(p_.groups.vacancies_per_year))) {
      NewVacancy v = draw(VacancyKind::group);
      const auto lo = static_cast<std::uint64_t>(p_.groups.positions[0]);
      const auto hi = std::max(lo, static_cast<std::uint64_t>(p_.groups.positions[1]));
      v.positions = static_cast<std::uint8_t>(std::min<std::uint64_t>(std::numeric_limits<std::uint8_t>::max(), lo + channel.below(hi - lo + 1)));
      v.shared = true;
      out.push_back(v);
    }
    // Jobs the employer opens only because a loonkostensubsidie covers part of their cost, for a
    // candidate who comes with one (models/labour_demand.h); from a stream of their own.
    if (ready && funds_.income) {
      const double mean = demand_.subsidised_openings(e, e.vacancies_per_week * vacancy_factor_[sector]);
      sim::RandomStream created(seed_, e.id, week, id(Purpose::vacancy_channel), 1);
      const std::int64_t opened = mean > 0.0 ? created.poisson(mean) : 0;
      for (std::int64_t k = 0; k < opened; ++k) {
        NewVacancy v = draw(VacancyKind::subsidised);
        v.shared = true;
        out.push_back(v);
      }
    }
  }
}

void RegionModel::open_vacancies(std::span<const NewVacancy> proposals, const sim::Week& w) {
  employer_weeks_ += employers_.size();
  const auto open = [&](const NewVacancy& nv) {
    Vacancy v;
    v.id = static_cast<std::uint32_t>(vacancies_.size());
    v.employer = nv.employer;
    v.sector = employers_[nv.employer].sector;
    v.open_week = w.index;
    v.skill_requirement = nv.skill_requirement;
    v.stated_requirement = nv.stated_requirement;
    v.language_requirement = nv.language_requirement;
    v.licence_required = nv.licence_required;
    v.hours_per_week = nv.hours_per_week;
    v.wage_eur_per_hour = nv.wage_eur_per_hour;
    v.permanent = nv.permanent;
    v.kind = nv.kind;
    v.shared = nv.shared;
    v.reserved = nv.kind != VacancyKind::regular;
    v.positions = nv.positions;
    v.growth_job = nv.growth_job;
    v.serial = nv.serial;
    if (nv.growth_job != kNone) growth_jobs_[static_cast<std::size_t>(nv.growth_job)].vacancy = static_cast<std::int32_t>(v.id);
    vacancies_.push_back(v);
    open_.push_back(v.id);
    Employer& e = employers_[nv.employer];
    e.last_vacancy_week = w.index;
    e.week_new_shared = static_cast<std::int16_t>(e.week_new_shared + (v.shared ? 1 : 0));
    week_.shared_new += v.shared;
    week_.carved_new += v.kind == VacancyKind::carved;
    week_.group_new += v.kind == VacancyKind::group;
    week_.social_return_new += v.kind == VacancyKind::social_return;
    week_.subsidised_new += v.kind == VacancyKind::subsidised;
  };
  for (const auto& nv : proposals) open(nv);
  // Future jobs starting this week that nobody learned in for (growth routes).
  for (const auto& nv : growth_posted_) open(nv);
  week_.vacancies_new = static_cast<std::int64_t>(proposals.size() + growth_posted_.size());
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
  // Every vacancy older than the oldest open one is closed for good: not kept any longer.
  vacancies_.forget_before(open_.empty() ? vacancies_.size() : open_.front());
  for (auto& list : open_by_slot_) list.clear();
  for (auto& list : shared_by_slot_) list.clear();
  for (auto& list : public_by_slot_) list.clear();
  for (auto& list : carved_by_slot_) list.clear();
  for (auto& search : shared_search_) {
    search.fresh.clear();
    search.proposals.clear();
    search.proposal_position.clear();
  }
  first_open_ = open_.empty() ? 0 : open_.front();
  open_position_.assign(open_.empty() ? 0 : std::size_t{open_.back()} - first_open_ + 1, kNotOpen);
  bucket_count_ = std::clamp<std::size_t>(open_.size() / kVacanciesPerBucket, 1, kApplicationBuckets);
  bucket_width_ = std::max<std::size_t>(1, (open_.size() + bucket_count_ - 1) / bucket_count_);
  for (std::size_t j = 0; j < open_.size(); ++j) {
    const std::uint32_t vid = open_[j];
    open_position_[vid - first_open_] = static_cast<std::uint32_t>(j);
    const Vacancy& v = vacancies_[vid];
    const std::size_t at = slot(market_of(v.employer), static_cast<std::size_t>(v.sector));
    const OpenVacancy ov{vid, v.stated_requirement, v.language_requirement, v.licence_required, v.shared, v.kind};
    open_by_slot_[at].push_back(ov);
    if (v.shared) shared_by_slot_[at].push_back(ov);
    if (v.shared && v.kind == VacancyKind::carved) carved_by_slot_[at].push_back(ov);
    if (!v.reserved) {
      public_by_slot_[at].push_back(vid);
      week_.competed_open += 1;
      week_.regular_applicants_expected += regular_rate_[static_cast<std::size_t>(v.sector)].mean;
    }
    // New this week and shared, not carved: the account managers search candidates for it.
    if (v.shared && v.open_week == w.index && v.kind != VacancyKind::carved) shared_search_[at].fresh.push_back(vid);
  }
  search_slots_.clear();
  if (approach_in_use(EmployerApproach::demand, p_)) {
    for (std::size_t k = 0; k < shared_search_.size(); ++k) {
      if (!shared_search_[k].fresh.empty()) search_slots_.push_back(k);
    }
  }
  vacancy_order_.resize(open_.size());  // drawn per open vacancy in the regular_applicants phase
}

std::uint32_t RegionModel::open_position(std::uint32_t vacancy) const {
  const std::uint32_t at =
      vacancy < first_open_ || vacancy - first_open_ >= open_position_.size() ? kNotOpen : open_position_[vacancy - first_open_];
  if (at == kNotOpen) throw std::logic_error("applications: one for a vacancy that is not open");
  return at;
}

void RegionModel::regular_applicants(const sim::Chunk& chunk, const sim::Week& w) {
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    Vacancy& v = vacancies_[open_[i]];
    // The vacancy's place in this week's order of employers' decisions (hire), drawn here per vacancy.
    vacancy_order_[i] = sim::RandomStream(seed_, stream_key(v), static_cast<std::uint32_t>(w.index), id(Purpose::vacancy_order))();
    if (v.reserved) continue;  // for the target group only
    // Only the best of the week's regular applicants can matter to hire(): it is drawn directly, as
    // the largest of a Poisson number of scores (one uniform instead of a beta and a normal each).
    sim::RandomStream rng(seed_, stream_key(v), static_cast<std::uint32_t>(w.index), id(Purpose::regular_applicants));
    if (const auto best = best_regular_score_(rng, regular_rate_[static_cast<std::size_t>(v.sector)])) {
      v.best_regular = std::max(v.best_regular, static_cast<float>(*best));
    }
  }
}

// The case manager (or the provider) screens the vacancies shared with the municipality and part of
// the other open vacancies in the target sector and the sector of earlier work, and proposes the
// seeker for the best believed matches. Under the integral approach the seeker's work wish counts
// in the pre-selection too.
void RegionModel::mediate(const JobSeeker& s, const sim::Week& w, int proposals, Trajectory trajectory,
                          std::vector<Application>& out) {
  if (proposals <= 0) return;
  sim::RandomStream rng(seed_, s.id, static_cast<std::uint32_t>(w.index), id(Purpose::mediation));
  const float threshold = mediation_bar();
  const bool integral = approach_for(s, p_) == EmployerApproach::integral;
  // The best `proposals` so far, best first (ties: the lower vacancy id first).
  struct Scored {
    float q;
    std::uint32_t vacancy;
    float believed;
    bool before(const Scored& o) const noexcept { return q > o.q || (q == o.q && vacancy < o.vacancy); }
  };
  // Not behaviour: room for the best vacancies; tiles.bemiddeling.proposals_per_week and
  // policy.werkmakelaar.proposals_per_week are at most this (their ranges).
  constexpr std::size_t kMaxTop = 16;
  std::array<Scored, kMaxTop> top{};
  const std::size_t want = std::min<std::size_t>(kMaxTop, static_cast<std::size_t>(proposals));  // both limits are at most 16
  std::size_t kept = 0;
  const std::array<std::size_t, 2> sectors = {target_sector(s), s.experience_sector};
  const std::size_t n_sectors = sectors[0] == sectors[1] ? 1 : 2;
  const std::size_t market = market_of(s.id);
  const auto cap = static_cast<std::size_t>(p_.tiles.bemiddeling_vacancies_screened);
  for (std::size_t k = 0; k < n_sectors; ++k) {
    const auto& shared = shared_by_slot_[slot(market, sectors[k])];
    const auto& all = open_by_slot_[slot(market, sectors[k])];
    if (all.empty()) continue;
    const BelievedMatch& belief = search_cache_[s.id].match[k];
    const float wish = integral && s.belief.wish_known && sectors[k] == s.wish_sector
                           ? static_cast<float>(p_.hiring.wish_weight)
                           : 0.0F;
    const auto consider = [&](const OpenVacancy& v) {
      // Carved jobs are kept for seekers not yet ready for Bemiddeling (propose_carved).
      if (v.kind == VacancyKind::carved || !belief.meets_hard_requirements(v.licence_required, v.language_requirement)) {
        return;
      }
      const float believed = belief.quality(v.stated_requirement);
      const Scored c{believed + wish, v.id, believed};
      if (c.q < threshold || (kept == want && !c.before(top[kept - 1]))) return;
      std::size_t at = kept < want ? kept++ : kept - 1;
      for (; at > 0 && c.before(top[at - 1]); --at) top[at] = top[at - 1];
      top[at] = c;
    };
    // No vacancy of this sector can make the list when even a vacancy without a requirement gap
    // would not (quality(r) <= ceiling(), and adding the wish keeps the order): the screening is
    // skipped, its random draws are not (the next sector's screening depends on them).
    const float ceiling = belief.ceiling() + wish;
    const bool hopeless = ceiling < threshold || (kept == want && ceiling < top[kept - 1].q);
    // Screens n entries of a sector list from position `from` on, wrapping at its end. The lists
    // are in ascending vacancy id (made from open_), so the window is at most two ascending runs.
    // Once the best matches are all taken and the last of them has the ceiling quality, only a tie
    // with a lower vacancy id can still enter, so the rest of a run (higher ids) is passed over:
    // the same matches as considering every entry. (Most screened vacancies ask no more than the
    // seeker is believed to have, so ties at the ceiling are the rule.)
    const auto screen = [&](const std::vector<OpenVacancy>& list, std::size_t from, std::size_t n, bool skip_shared) {
      const auto run = [&](std::size_t begin, std::size_t end) {
        for (std::size_t p = begin; p < end; ++p) {
          const OpenVacancy& v = list[p];
          assert(p == begin || list[p - 1].id < v.id);
          if (kept == want && top[kept - 1].q == ceiling && v.id > top[kept - 1].vacancy) return;
          if (!(skip_shared && v.shared)) consider(v);
        }
      };
      const std::size_t first_run = std::min(n, list.size() - from);
      run(from, from + first_run);
      run(0, n - first_run);
    };
    // Vacancies shared with the municipality come up in the weekly vacancy meeting.
    const std::size_t n_shared = std::min(shared.size(), cap);
    const std::size_t shared_from = n_shared == shared.size() ? 0 : rng.below(shared.size());
    if (!hopeless) screen(shared, shared_from, n_shared, false);
    // The rest of the screening goes to vacancies the mediator finds elsewhere.
    const std::size_t screened = std::min(all.size(), cap - n_shared);
    const std::size_t all_from = screened == all.size() ? 0 : rng.below(all.size());
    if (!hopeless) screen(all, all_from, screened, true);
  }
  for (std::size_t k = 0; k < kept; ++k) {
    Application a{.vacancy = top[k].vacancy, .seeker = s.id, .coach = s.coach, .mediated = true, .trajectory = trajectory};
    a.believed = top[k].believed;
    out.push_back(a);
  }
}

// Candidate first (supply and integral approach): the job hunters visit employers with this seeker
// in mind (seed 003 §4.3), in the seeker's target sector and sector of earlier work, from their own
// relations or cold; their hours set how many visits a seeker gets (JobHunters). Under the integral
// approach a visit asks for a carved job: a simpler job made of tasks of the employer's existing
// jobs (hire_places).
void RegionModel::request_places(const JobSeeker& s, bool carve, const sim::Week& w, std::vector<Application>& out) const {
  sim::RandomStream rng(seed_, s.id, static_cast<std::uint32_t>(w.index), id(Purpose::place_request));
  const double mean = job_hunters_.visits_per_candidate();
  const std::int64_t n = mean > 0.0 ? rng.poisson(mean) : 0;
  const std::array<std::size_t, 2> sectors = {target_sector(s), s.experience_sector};
  const std::size_t market = market_of(s.id);
  for (std::int64_t k = 0; k < n; ++k) {
    const std::size_t at = slot(market, sectors[static_cast<std::size_t>(k) % sectors.size()]);
    const auto e = job_hunters_.network().pick(at, employers_by_slot_[at], rng);
    if (!e) continue;
    out.push_back(Application{.vacancy = kPlaceRequest, .seeker = s.id, .employer = *e, .coach = s.coach,
                              .mediated = true, .job_hunter = true, .carve = carve});
  }
}

// The trajectory's job coach goes with the client to employers (seed 002 §Bemiddeling): employers of
// its network in the client's target sector and sector of earlier work, or cold acquisition. Each
// visit asks the employer to make a place for this client (hire_places). The provider's network is
// its own (ProviderNetwork); the in-house team's is the municipality's: the employers of the slot in
// the account managers' network that are ready for candidates, and the employer decides on its trust
// in the municipality. The same draws in both arms: the share of cold visits is the same.
void RegionModel::provider_visits(const JobSeeker& s, const sim::Week& w, std::vector<Application>& out) const {
  sim::RandomStream rng(seed_, s.id, static_cast<std::uint32_t>(w.index), id(Purpose::place_request), 1);
  const std::int64_t n = rng.poisson(p_.policy.werkmakelaar_visits_per_week);
  const std::array<std::size_t, 2> sectors = {target_sector(s), s.experience_sector};
  const std::size_t market = market_of(s.id);
  const Trajectory trajectory = provider_.trajectory();
  for (std::int64_t k = 0; k < n; ++k) {
    const std::size_t at = slot(market, sectors[static_cast<std::size_t>(k) % sectors.size()]);
    const auto e = trajectory == Trajectory::werkmakelaar
                       ? provider_network_.pick(at, employers_by_slot_[at], rng)
                       : pick_visit(ready_by_slot_[at], employers_by_slot_[at], p_.policy.werkmakelaar_cold_share, rng);
    if (!e) continue;
    out.push_back(Application{.vacancy = kPlaceRequest, .seeker = s.id, .employer = *e, .coach = s.coach,
                              .mediated = true, .trajectory = trajectory});
  }
}

// Integral approach: a seeker in Werk fit (rung 3 or higher) who is not yet ready for Bemiddeling is
// proposed for a carved job in the target sector, a workplace to grow in (seed 003 §2.3: "een bedrijf
// waar een werkzoekende via een re-integratietraject zich kan versterken").
void RegionModel::propose_carved(const JobSeeker& s, float x, const sim::Week& w, std::vector<Application>& out) {
  const std::size_t sector = target_sector(s);
  const auto& carved = carved_by_slot_[slot(market_of(s.id), sector)];
  if (carved.empty()) return;
  sim::RandomStream rng(seed_, s.id, static_cast<std::uint32_t>(w.index), id(Purpose::mediation), 2);
  if (!rng.bernoulli(x)) return;
  const float threshold = mediation_bar();
  const BelievedMatch belief(s, sector, priors_, p_);
  float best = threshold;
  std::uint32_t pick = kPlaceRequest;
  for (const auto& v : carved) {
    if (!belief.meets_hard_requirements(v.licence_required, v.language_requirement)) continue;
    const float q = belief.quality(v.stated_requirement);
    if (q >= best) {
      best = q;
      pick = v.id;
    }
  }
  if (pick == kPlaceRequest) return;
  Application a{.vacancy = pick, .seeker = s.id, .coach = s.coach, .mediated = true};
  a.believed = best;
  out.push_back(a);
}

void RegionModel::propose_applications(const sim::Chunk& chunk, const sim::Week& w) {
  ChunkApplications& mine = applications_by_chunk_[chunk.index];
  std::vector<Application>& out = mine.made;
  std::vector<PoolEntry>& pool = mine.pool;
  std::vector<std::uint32_t>& pool_slot = mine.pool_slot;
  pool_slot.clear();
  out.clear();
  pool.clear();
  mine.hunted = 0;
  const float pool_threshold = mediation_bar();
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    prefetch_seeker(i, chunk.end);
    const JobSeeker& s = seekers_[active_[i]];
    const EmployerApproach approach = approach_for(s, p_);
    const bool supply = approach == EmployerApproach::supply;
    const bool integral = approach == EmployerApproach::integral;
    const bool demand = approach == EmployerApproach::demand;
    // Candidates on a growth route prepare for their future job and apply nowhere else.
    // People on WW search on their own (the UWV's service is not modelled).
    const bool applies =
        (s.status == SeekerStatus::in_service && s.growth == GrowthState::none) || s.status == SeekerStatus::on_ww;
    const bool bemiddeling = s.tiles.has(Tile::bemiddeling);
    SearchCache& search = search_cache_[s.id];
    auto& cache = search.match;
    const std::size_t target = target_sector(s);
    const std::size_t market = market_of(s.id);
    if (applies && (s.provider_slot || bemiddeling)) {
      cache[0] = BelievedMatch(s, target, priors_, p_);
      cache[1] = s.experience_sector == target ? cache[0] : BelievedMatch(s, s.experience_sector, priors_, p_);
    }
    // The account managers' pool for vacancies shared this week (search_for_shared): seekers whose
    // believed quality could not reach the bar for any vacancy (ceiling below it) are left out, as
    // they are never proposed.
    if (demand && s.status == SeekerStatus::in_service && !s.provider_slot && bemiddeling) {
      if (cache[0].ceiling() >= pool_threshold) {
        pool.push_back(PoolEntry{s.id, cache[0]});
        pool_slot.push_back(static_cast<std::uint32_t>(slot(market, target)));
      }
      if (s.experience_sector != target && cache[1].ceiling() >= pool_threshold) {
        pool.push_back(PoolEntry{s.id, cache[1]});
        pool_slot.push_back(static_cast<std::uint32_t>(slot(market, s.experience_sector)));
      }
    }
    if (!applies) continue;

    if (s.provider_slot) {
      // The provider (or the in-house team) searches every week with its network (seed 002).
      if (provider_.mediating(s, w.index)) {
        mediate(s, w, static_cast<int>(p_.policy.werkmakelaar_proposals_per_week), s.trajectory, out);
        provider_visits(s, w, out);
      }
    } else if (s.tiles.has(Tile::bemiddeling)) {
      // Fewer proposals when the case manager's time is short.
      sim::RandomStream rng(seed_, s.id, static_cast<std::uint32_t>(w.index), id(Purpose::mediation), 1);
      const float x = active_week_[i].intensity;
      assert(x == intensity(s));
      int proposals = 0;
      for (std::int64_t k = 0; k < p_.tiles.bemiddeling_proposals_per_week; ++k) proposals += rng.bernoulli(x);
      // A conversation in the time the tiles leave: the case manager searches for the client too.
      if (active_week_[i].conversed) proposals += contact_.extra_proposals(seed_, s.id, w.index);
      mediate(s, w, proposals, Trajectory::none, out);
      if ((supply || integral) && job_hunters_.in_use()) {
        request_places(s, integral, w, out);
        ++mine.hunted;
      }
    } else if (integral && s.rung >= 3 && s.tiles.has(Tile::werk_fit)) {
      propose_carved(s, active_week_[i].intensity, w, out);
    }

    // Own applications, guided by the seeker's own preferences, to advertised vacancies.
    if (s.rung >= p_.service.self_search_min_rung) {
      sim::RandomStream rng(seed_, s.id, static_cast<std::uint32_t>(w.index), id(Purpose::self_search));
      const double mean = p_.service.self_search_applications_per_week * s.motivation * s.self_confidence *
                          (active_week_[i].conversed ? contact_.own_applications_factor() : 1.0);
      if (search.own_applications.mean() != mean) search.own_applications = sim::PoissonMean(mean);
      const std::int64_t n = rng.poisson(search.own_applications);
      std::array<double, kSectorCount> weight{};
      if (n > 0) {
        for (std::size_t j = 0; j < kSectorCount; ++j) weight[j] = double(s.affinity[j]) * s.affinity[j];
      }
      for (std::int64_t k = 0; k < n; ++k) {
        const auto& list = public_by_slot_[slot(market, rng.categorical(weight))];
        if (list.empty()) continue;
        out.push_back(Application{.vacancy = list[rng.below(list.size())], .seeker = s.id});
      }
    }
  }
  // The employers' view of the chunk's applications, assessed here, in parallel (each assessment
  // touches only its application, so the order is free). The vacancy and employer records lie
  // scattered over large tables: they are asked for a few applications ahead.
  constexpr std::size_t kVacancyAhead = 8;
  constexpr std::size_t kEmployerAhead = 4;
  const auto vacancy_at = [&](std::size_t k) -> const Vacancy* {
    return k < out.size() && out[k].vacancy != kPlaceRequest ? &vacancies_[out[k].vacancy] : nullptr;
  };
  for (std::size_t k = 0; k < out.size(); ++k) {
    if (const Vacancy* v = vacancy_at(k + kVacancyAhead)) {
      __builtin_prefetch(v);
      __builtin_prefetch(reinterpret_cast<const char*>(v) + sizeof(Vacancy) - 1);
    }
    if (const Vacancy* v = vacancy_at(k + kEmployerAhead)) __builtin_prefetch(&employers_[v->employer]);
    if (out[k].vacancy != kPlaceRequest) assess(out[k], vacancies_[out[k].vacancy], w);
  }
  // For the grouping: the applications ordered by bucket of open_ (a counting sort, which keeps
  // their order within a bucket), and the requests for a place apart.
  mine.places.clear();
  auto& bucket_start = mine.bucket_start;
  bucket_start.fill(0);
  auto& made_position = mine.made_position;
  made_position.resize(out.size());
  std::uint32_t n_apps = 0;
  for (std::size_t k = 0; k < out.size(); ++k) {
    if (out[k].vacancy == kPlaceRequest) {
      mine.places.push_back(out[k]);
      continue;
    }
    made_position[k] = open_position(out[k].vacancy);
    ++bucket_start[made_position[k] / bucket_width_ + 1];
    ++n_apps;
  }
  for (std::size_t b = 0; b < kApplicationBuckets; ++b) bucket_start[b + 1] += bucket_start[b];
  mine.by_bucket.resize(n_apps);
  mine.position.resize(n_apps);
  std::array<std::uint32_t, kApplicationBuckets> next_in_bucket{};
  std::copy(bucket_start.begin(), bucket_start.end() - 1, next_in_bucket.begin());
  for (std::size_t k = 0; k < out.size(); ++k) {
    if (out[k].vacancy == kPlaceRequest) continue;
    const std::uint32_t to = next_in_bucket[made_position[k] / bucket_width_]++;
    mine.by_bucket[to] = out[k];
    mine.position[to] = made_position[k];
  }
}

void RegionModel::gather_pool(const sim::Week&) {
  if (search_slots_.empty()) return;  // no vacancy shared this week, or not the demand approach
  // A counting sort by slot over the chunks in order: within a slot, the entries stay in seeker order.
  std::fill(pool_start_.begin(), pool_start_.end(), 0U);
  for (const auto& chunk : applications_by_chunk_) {
    for (const auto at : chunk.pool_slot) ++pool_start_[at + 1U];
  }
  for (std::size_t k = 0; k + 1 < pool_start_.size(); ++k) pool_start_[k + 1] += pool_start_[k];
  pool_.resize(pool_start_.back());
  pool_next_.assign(pool_start_.begin(), pool_start_.end() - 1);
  for (const auto& chunk : applications_by_chunk_) {
    for (std::size_t i = 0; i < chunk.pool.size(); ++i) pool_[pool_next_[chunk.pool_slot[i]]++] = &chunk.pool[i];
  }
}

void RegionModel::assess(Application& a, const Vacancy& v, const sim::Week& w) const {
  assess(a, v, w, funds_);
}

void RegionModel::assess(Application& a, const Vacancy& v, const sim::Week& w, Funds funds) const {
  const auto& hp = p_.hiring;
  const JobSeeker& s = seekers_[a.seeker];
  a.eligible = meets_hard_requirements(s, v);
  if (!a.eligible) return;
  const Employer& employer = employers_[v.employer];
  const auto sector = static_cast<std::size_t>(v.sector);
  a.quality = match_quality(s, sector, v.skill_requirement, p_);
  // The instruments offered with the candidate, and the employer's view of them.
  const auto make_offer = [&] {
    const HiringContext context{s,          employer,      v,          p_, priors_, a.quality, loonwaarde_of(s, a.quality, p_),
                                a.mediated, a.intensive(), funds.services, funds.income, a.purchased()};
    OfferWithView made = offer_instruments(context);
    a.offer = made.offer;
    a.loonwaarde = made.loonwaarde;
    return made.view;
  };
  // An own application brings no instruments into the employer's view (only a mediator tells of
  // them), so its score does not depend on the offer, and one below the employer's bar is dropped
  // unseen when the week's applications are grouped (the bar does not change until the decisions):
  // the instruments are then offered only to own applications that clear the bar, almost none.
  // A subsidised job needs a candidate with a subsidy, so there the offer comes first.
  const bool own = !a.mediated && v.kind != VacancyKind::subsidised;
  const EmployerView view = own ? unaided_view(s, p_) : make_offer();
  // A job opened because a subsidy covers its cost is for a candidate who comes with one.
  if (v.kind == VacancyKind::subsidised && (a.offer.instruments & bit(InstrumentKind::lks)) == 0) {
    a.eligible = false;
    return;
  }
  // The employer judges the candidate against the requirements it states; a certificate from a
  // growth route shows what the candidate can do in its sector (seed 001).
  const float perceived = v.stated_requirement == v.skill_requirement || s.certified_sector == static_cast<std::int8_t>(sector)
                              ? a.quality
                              : match_quality(s, sector, v.stated_requirement, p_);
  sim::RandomStream noise(seed_, s.id, static_cast<std::uint32_t>(w.index), id(Purpose::interview), stream_key(v));
  // (Without a subsidy in view the valuation does not read the loonwaarde.)
  a.base_score = value_candidate(perceived, a.loonwaarde, s, employer, view, p_).total() - stigma(s, w.index, p_) +
                 static_cast<float>(noise.normal(0.0, hp.interview_noise_sd));
  if (!a.mediated && (s.tiles.has(Tile::werk_fit) || s.tiles.has(Tile::bemiddeling))) {
    a.base_score += static_cast<float>(hp.application_support_bonus) * intensity(s);
  }
  if (own && above_bar(a.base_score, v)) make_offer();
}

RegionModel::Candidate RegionModel::decide(const Application& a, const Vacancy& v) const {
  const auto& hp = p_.hiring;
  const Employer& employer = employers_[v.employer];
  Candidate c;
  c.application = &a;
  c.score = a.base_score;
  if (a.mediated) {
    // The provider's candidate is judged on the provider's relationship with the employer, a job
    // hunter's on the job hunters' relationship, the municipality's (the in-house team's too) on the
    // employer's trust in the municipality and its network.
    const ProviderNetwork* net = own_network(a);
    const bool known_to = net != nullptr ? net->member(employer.id) : in_network(employer);
    const float trust = net != nullptr ? net->relation(employer.id).trust : employer.trust;
    // In a group placement the mediator only sends CVs (seed 003 §4.6).
    if (employer.willing && v.kind != VacancyKind::group) {
      const double known = known_to ? 1.0 : hp.mediation_outside_network;
      c.score += static_cast<float>(hp.mediation_bonus * known);
    }
    c.score += static_cast<float>(hp.trust_weight) * (trust - static_cast<float>(p_.trust.reference));
  }
  return c;
}

bool RegionModel::above_bar(float score, const Vacancy& v) const noexcept {
  return score >= static_cast<float>(p_.hiring.reservation_score) && (v.reserved || score >= v.best_regular);
}

// One bucket of the week's applications (the vacancies at positions [lo, hi) of open_), grouped
// by vacancy: per pair of vacancy and seeker one application, the account manager's proposal
// first, then the case manager's, then an own application. A counting sort over the position in
// open_ keeps the order in which the applications were made (chunk order, then the account
// managers' proposals by sector); each vacancy's few are then ordered by (seeker, that rank, order
// made) and the first per seeker is kept. Applications for the same pair that share a rank are
// copies of one another (the same seeker's proposal or application to the same vacancy, assessed
// with the same random stream), so which of them is kept does not matter, nor does the order of
// the sectors' proposals. This is the order of one sort of all the week's applications by
// (vacancy, seeker, rank, order made), in linear time, and the same for any number of buckets.
void RegionModel::group_applications(std::size_t bucket, const sim::Week&) {
  BucketApplications& mine = buckets_[bucket];
  const std::size_t lo = std::min(open_.size(), bucket * bucket_width_);
  const std::size_t hi = std::min(open_.size(), lo + bucket_width_);
  const std::size_t width = hi - lo;
  std::vector<std::uint32_t>& start = mine.start;
  start.assign(width + 1, 0);
  const auto in_bucket = [&](std::uint32_t at) { return at >= lo && at < hi; };
  for (const auto& chunk : applications_by_chunk_) {
    for (std::uint32_t i = chunk.bucket_start[bucket]; i < chunk.bucket_start[bucket + 1]; ++i) ++start[chunk.position[i] - lo + 1];
  }
  for (const auto& search : shared_search_) {
    for (const std::uint32_t at : search.proposal_position) {
      if (in_bucket(at)) ++start[at - lo + 1];
    }
  }
  for (std::size_t j = 0; j < width; ++j) start[j + 1] += start[j];
  const std::size_t n = start[width];
  if (n >= (std::size_t{1} << 31)) throw std::length_error("applications: too many in one week");  // not behaviour: key bits
  auto& keys = mine.keys;  // (seeker | rank, order made)
  auto& made = mine.made;
  keys.resize(n);
  made.resize(n);
  auto& next = mine.next;
  next.assign(start.begin(), start.end() - 1);
  std::uint32_t order = 0;
  const auto add = [&](const Application& a, std::uint32_t at) {
    const std::uint32_t rank = (a.account_manager ? 0U : 2U) | (a.mediated ? 0U : 1U);
    keys[next[at - lo]++] = {(std::uint64_t{a.seeker} << 2) | rank, order};
    made[order++] = &a;
  };
  for (const auto& chunk : applications_by_chunk_) {
    for (std::uint32_t i = chunk.bucket_start[bucket]; i < chunk.bucket_start[bucket + 1]; ++i) {
      add(chunk.by_bucket[i], chunk.position[i]);
    }
  }
  for (const auto& search : shared_search_) {
    for (std::size_t i = 0; i < search.proposals.size(); ++i) {
      if (const std::uint32_t at = search.proposal_position[i]; in_bucket(at)) add(search.proposals[i], at);
    }
  }
  auto& kept = mine.kept;
  auto& kept_start = mine.kept_start;
  if (kept.size() < n) kept.resize(n);  // room for all of them; the first n_kept are this week's
  kept_start.resize(width + 1);
  std::uint32_t n_kept = 0;
  mine.applications = 0;
  mine.mediated = 0;
  // The kept applications are read from all over the chunks' lists: each is asked for a few keys ahead.
  constexpr std::size_t kAhead = 8;
  for (std::size_t j = 0; j < width; ++j) {
    kept_start[j] = n_kept;
    const auto first = keys.begin() + start[j];
    const auto last = keys.begin() + start[j + 1];
    if (first == last) continue;
    const Vacancy& v = vacancies_[open_[lo + j]];
    std::sort(first, last);
    for (auto k = first; k != last; ++k) {
      if (static_cast<std::size_t>(keys.end() - k) > kAhead) __builtin_prefetch(made[(k + kAhead)->second]);
      if (k != first && (k->first >> 2) == ((k - 1)->first >> 2)) continue;  // one per seeker: the first
      const Application& a = *made[k->second];
      ++mine.applications;
      mine.mediated += a.mediated;
      // An own application enters the employer's decision only through its score (no mediator is
      // presented, no trust is at stake), and the bar does not change during the hiring: one that
      // is not eligible or scores below the bar is never taken, whatever the order of decisions,
      // so it is counted here and not passed on to the serial decisions. (Written either way and
      // then kept or not, without a branch on a condition that is as good as random.)
      kept[n_kept] = a;
      n_kept += static_cast<std::uint32_t>(a.mediated || (a.eligible && above_bar(a.base_score, v)));
    }
  }
  kept_start[width] = n_kept;
}

double RegionModel::commitment(const InstrumentOffer& offer, float loonwaarde, const Vacancy& v, BudgetKind k) const {
  const auto has = [&](InstrumentKind i) { return (offer.instruments & bit(i)) != 0; };
  if (k == BudgetKind::participation) {
    double eur = 0.0;
    if (has(InstrumentKind::workplace_adaptation)) eur += p_.instruments.workplace_adaptation_eur;
    if (has(InstrumentKind::no_risk)) eur += p_.instruments.no_risk_eur_per_week * static_cast<double>(p_.instruments.no_risk_weeks);
    return eur;
  }
  if (!has(InstrumentKind::lks)) return 0.0;
  // The wage above the loonwaarde for the agreed weeks, the last ones phased out linearly.
  const auto weeks = static_cast<double>(p_.policy.lks_max_weeks);
  const double phase = std::min(weeks, static_cast<double>(p_.policy.lks_phase_out_weeks));
  const double paid_weeks = weeks - phase + (phase > 0.0 ? (phase + 1.0) / 2 : 0.0);
  return (1.0 - loonwaarde) * v.wage_eur_per_hour * v.hours_per_week * (1.0 + p_.instruments.lks_employer_charges) * paid_weeks;
}

const RegionModel::Application* RegionModel::funded(const Application* a, const Vacancy& v, const sim::Week& w) {
  if (!a->mediated) return a;  // an own application's score counts no instruments
  Funds funds{true, true};
  funds.services = budgets_.fits(BudgetKind::participation, commitment(a->offer, a->loonwaarde, v, BudgetKind::participation));
  funds.income = budgets_.fits(BudgetKind::income, commitment(a->offer, a->loonwaarde, v, BudgetKind::income));
  if (funds.services && funds.income) return a;
  if (hire_refunded_.size() == hire_refunded_.capacity()) throw std::logic_error("hire: no room to assess again");
  hire_refunded_.push_back(*a);
  assess(hire_refunded_.back(), v, w, Funds{funds_.services && funds.services, funds_.income && funds.income});
  return &hire_refunded_.back();
}

void RegionModel::hire(const sim::Week& w) {
  const auto& hp = p_.hiring;
  // The demand approach's pre-selection applies to the applications of seekers it is given to.
  const bool demand = approach_in_use(EmployerApproach::demand, p_);
  const bool per_person = p_.policy.employer_approach == EmployerApproach::per_person;
  // The requests for a place, in seeker order.
  std::vector<Application>& places = hire_places_;
  places.clear();
  std::int64_t hunted = 0;
  for (const auto& chunk : applications_by_chunk_) {
    places.insert(places.end(), chunk.places.begin(), chunk.places.end());
    hunted += chunk.hunted;
  }
  if (job_hunters_.in_use()) job_hunters_.plan(hunted);
  week_.applications = 0;
  week_.applications_mediated = 0;
  for (std::size_t b = 0; b < bucket_count_; ++b) {
    week_.applications += buckets_[b].applications;
    week_.applications_mediated += buckets_[b].mediated;
  }

  // Employers decide in a seeded order, so no vacancy is always first in line (the order's keys
  // were drawn per vacancy in the regular_applicants phase). With each vacancy go its applications.
  std::vector<DecisionTurn>& order = hire_order_;
  order.clear();
  for (std::size_t j = 0; j < open_.size(); ++j) {
    const BucketApplications& b = buckets_[j / bucket_width_];
    const std::size_t at = j % bucket_width_;
    order.push_back(DecisionTurn{vacancy_order_[j], open_[j], b.kept_start[at + 1] - b.kept_start[at],
                                 b.kept.data() + b.kept_start[at]});
  }
  std::sort(order.begin(), order.end());

  const auto reservation = static_cast<float>(hp.reservation_score);
  hired_this_week_.resize(seekers_.size(), 0);  // all 0 between weeks
  // Room for every application assessed again without instruments the budgets can no longer pay
  // (funded()): the candidates point into it, so it must not grow past this.
  hire_refunded_.clear();
  std::size_t assessed = places.size();
  for (std::size_t b = 0; b < bucket_count_; ++b) assessed += buckets_[b].kept_start.empty() ? 0 : buckets_[b].kept_start.back();
  hire_refunded_.reserve(assessed);
  std::vector<std::uint32_t>& hired_seekers = hired_seekers_;
  std::vector<const Application*>& present = hire_present_;
  std::vector<std::pair<float, const Application*>>& ranked = hire_ranked_;
  std::vector<Candidate>& candidates = hire_candidates_;
  hired_seekers.clear();
  // The vacancies and their employers lie scattered over large tables (the turns are in random
  // order): the next turns' records are asked for ahead (the vacancy first, its employer once the
  // vacancy has arrived).
  constexpr std::size_t kVacancyAhead = 4;
  constexpr std::size_t kEmployerAhead = 2;
  for (std::size_t turn_index = 0; turn_index < order.size(); ++turn_index) {
    if (turn_index + kVacancyAhead < order.size()) __builtin_prefetch(&vacancies_[order[turn_index + kVacancyAhead].vacancy]);
    if (turn_index + kEmployerAhead < order.size()) {
      __builtin_prefetch(&employers_[vacancies_[order[turn_index + kEmployerAhead].vacancy].employer]);
    }
    const DecisionTurn& turn = order[turn_index];
    const std::uint32_t vid = turn.vacancy;
    Vacancy& v = vacancies_[vid];
    Employer& employer = employers_[v.employer];
    const bool closed = w.index < employer.closed_until;  // broke off contact: ignores the municipality
    const bool vetted = presenter(employer) != kNone;
    // The municipality's pre-selection: under the demand approach only the best few candidates
    // for a shared vacancy; with one contact person the account manager presents only those it
    // believes meet the employer's bar.
    present.clear();
    ranked.clear();
    for (const Application* it = turn.first; it != turn.first + turn.count; ++it) {
      assert(it->vacancy == vid);
      // Hired elsewhere this week. (Every application and proposal is for a seeker in service when
      // the week's hiring starts, so the week's hires are the seekers no longer in service; a
      // compact flag instead of the seeker's record saves a cache miss per application.)
      assert(hired_this_week_[it->seeker] == (seekers_[it->seeker].status == SeekerStatus::employed));
      if (hired_this_week_[it->seeker]) continue;
      if (!it->mediated) {
        present.push_back(it);
        continue;
      }
      if (closed) continue;
      // The trajectory's coach (provider or in-house team) presents its own candidates.
      const bool municipal = !it->intensive();
      if (municipal && vetted && it->believed < reservation) continue;
      if (municipal && demand && v.shared &&
          (!per_person || approach_for(seekers_[it->seeker], p_) == EmployerApproach::demand)) {
        ranked.emplace_back(-it->believed, it);
        continue;
      }
      present.push_back(it);
    }
    if (!ranked.empty()) {
      const auto k = std::min<std::size_t>(ranked.size(), static_cast<std::size_t>(hp.candidates_per_shared_vacancy));
      std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(k), ranked.end(),
                        [](const auto& a, const auto& b) { return std::tie(a.first, a.second->seeker) < std::tie(b.first, b.second->seeker); });
      for (std::size_t j = 0; j < k; ++j) present.push_back(ranked[j].second);
    }

    candidates.clear();
    for (const Application* a : present) {
      if (a->mediated) {
        record_contact(employer, contact_person(*a, employer), w.index);
        if (a->purchased()) provider_network_.contact(employer.id);
        ++week_.presented;
        if ((vetted || a->account_manager) && !a->intensive()) ++employer.week_proposals;
      }
      if (a->eligible) a = funded(a, v, w);
      if (a->eligible) candidates.push_back(decide(*a, v));
    }
    // The employer takes the best candidates above its bar (and, where regular applicants compete,
    // above the best of them) for its open places: best score first, ties by seeker id. A vacancy
    // has one application per seeker (kept above), so this order is total. The bar does not depend
    // on the order, so the candidates above it are set apart and only as many of them as there
    // are places are put in order (usually one place: the best of them), not every candidate.
    const auto clears_bar = [&](const Candidate& c) { return above_bar(c.score, v); };
    const auto better = [](const Candidate& a, const Candidate& b) {
      assert(!std::isnan(a.score) && !std::isnan(b.score));
      return std::tie(b.score, a.application->seeker) < std::tie(a.score, b.application->seeker);
    };
    const auto passing_end = std::partition(candidates.begin(), candidates.end(), clears_bar);
    const std::ptrdiff_t open_places = std::max(0, v.positions - v.filled);
    const auto taken_end = candidates.begin() + std::min(open_places, passing_end - candidates.begin());
    std::partial_sort(candidates.begin(), taken_end, passing_end, better);
    int hired = 0;
    for (auto it = candidates.begin(); it != taken_end; ++it) {
      Candidate& c = *it;
      JobSeeker& s = seekers_[c.application->seeker];
      c.hired = true;
      hired_this_week_[s.id] = 1;
      hired_seekers.push_back(s.id);
      ++hired;
      ++employer.hires_target_group;
      ++week_.filled_target_group;
      if (c.application->mediated) ++week_.placements_mediated;
      const Application& a = *c.application;
      start_spell(s, v, a, a.offer.instruments, a.offer.first_form, a.quality, a.loonwaarde, w.index);
    }
    // Presenting candidates the employer clearly doubts costs trust (once per vacancy and week); in a
    // group placement every misfit CV does.
    bool doubted = false;
    for (const auto& c : candidates) {
      if (c.hired || !c.application->mediated) continue;
      if (v.kind == VacancyKind::group) {
        trust_.lose(employer, p_.trust.pushed_candidate_loss * p_.trust.group_misfit_factor);
        ++week_.pushed;
      } else if (c.score < reservation - static_cast<float>(p_.trust.doubt_margin)) {
        if (c.application->purchased()) provider_network_.doubted(employer.id);
        else doubted = true;
        ++week_.pushed;
      }
    }
    if (doubted && hired == 0) trust_.lose(employer, p_.trust.pushed_candidate_loss);
    if (hired > 0) {
      if (v.shared && w.index - v.open_week <= p_.trust.fast_fill_weeks) trust_.gain(employer, p_.trust.fast_fill_gain);
      v.filled = static_cast<std::uint8_t>(v.filled + hired);
      if (v.filled >= v.positions) {
        v.state = VacancyState::filled_target_group;
        v.close_week = w.index;
        if (v.growth_job != kNone) {
          growth_jobs_[static_cast<std::size_t>(v.growth_job)].posted_filled_target_group = true;
        }
      }
    } else if (!v.reserved && v.best_regular >= reservation) {
      v.state = VacancyState::filled_regular;
      v.close_week = w.index;
      ++week_.filled_regular;
      if (!w.in_burn_in()) ++regular_hires_[v.employer];
    }
  }
  for (const auto sid : hired_seekers) hired_this_week_[sid] = 0;
  std::erase_if(open_, [&](std::uint32_t vid) { return vacancies_[vid].state != VacancyState::open; });
  hire_places(places, w);
}

// Candidate first: an employer asked to make a place for one seeker decides whether it will, and
// then meets the candidate. A place made is a vacancy for this person only.
void RegionModel::hire_places(std::span<const Application> requests, const sim::Week& w) {
  if (requests.empty()) return;
  const auto week = static_cast<std::uint32_t>(w.index);
  std::vector<std::pair<std::uint64_t, const Application*>> order;
  order.reserve(requests.size());
  for (const auto& a : requests) {
    sim::RandomStream rng(seed_, a.seeker, week, id(Purpose::place_decision), a.employer);
    order.emplace_back(rng(), &a);
  }
  std::sort(order.begin(), order.end(),
            [](const auto& a, const auto& b) { return std::tie(a.first, a.second->seeker) < std::tie(b.first, b.second->seeker); });
  const auto& vp = p_.vacancies;
  const auto reservation = static_cast<float>(p_.hiring.reservation_score);
  for (const auto& [key, request] : order) {
    const Application& a = *request;
    JobSeeker& s = seekers_[a.seeker];
    Employer& e = employers_[a.employer];
    if (s.status != SeekerStatus::in_service || w.index < e.closed_until) continue;
    ++week_.place_requests;
    record_contact(e, contact_person(a, e), w.index);
    sim::RandomStream rng(seed_, e.id, week, id(Purpose::place_decision), a.seeker);
    // Whose relationship counts: the provider's, the job hunters' or (the in-house team's visits)
    // the municipality's.
    ProviderNetwork* network = own_network(a);
    const double trust = network != nullptr ? network->relation(e.id).trust : e.trust;
    if (!rng.bernoulli(place_acceptance(e, trust, w.index))) {
      // An unannounced candidate at an employer the mediator does not know costs that mediator's
      // relationship (seed 003 §4.3).
      if (network != nullptr) network->refused(e.id);
      else if (!in_network(e)) trust_.lose(e, p_.trust.cold_call_loss);
      continue;
    }
    if (network != nullptr) network->contact(e.id);
    // A carved job needs simple tasks to carve from (carving.min_simple_jobs).
    const bool carve = a.carve && e.simple_jobs >= static_cast<float>(p_.carving.min_simple_jobs);
    const auto sector = static_cast<std::size_t>(e.sector);
    Vacancy v;
    v.id = static_cast<std::uint32_t>(vacancies_.size());
    v.employer = e.id;
    v.sector = e.sector;
    v.kind = carve ? VacancyKind::carved : VacancyKind::place;
    v.serial = kSerialPlace | (a.seeker & kSerialMask);
    v.reserved = true;
    v.open_week = w.index;
    v.close_week = w.index;
    const Requirements r = requirements_of(e, static_cast<float>(rng.uniform(vp.skill_requirement[0], vp.skill_requirement[1])));
    v.skill_requirement = r.real;
    v.stated_requirement = r.stated;
    v.language_requirement = static_cast<std::uint8_t>(std::lround(vp.language_requirement[sector]));
    v.licence_required = rng.bernoulli(vp.licence_required_share[sector]);
    v.hours_per_week = static_cast<float>(vp.hours_per_week[sector] * rng.uniform(1.0 - vp.hours_spread, 1.0 + vp.hours_spread));
    v.wage_eur_per_hour = static_cast<float>(vp.hourly_wage_eur * (1.0 + rng.uniform() * vp.wage_premium_max));
    v.permanent = rng.bernoulli(vp.permanent_share);
    v.state = VacancyState::expired;
    if (carve) {
      // Job carving with the employer (seed 003 §4.3 'samen met werkgever zoeken naar mogelijkheden
      // voor plaatsing', §4.4): the simpler tasks of existing jobs, made into one for this seeker.
      v.skill_requirement *= static_cast<float>(p_.carving.requirement_factor);
      v.stated_requirement = v.skill_requirement;
    }
    vacancies_.push_back(v);
    ++week_.places_made;
    const Vacancy& place = vacancies_.back();
    Application first = a;
    assess(first, place, w);
    if (!first.eligible) continue;
    const Application& assessed = *funded(&first, place, w);
    if (!assessed.eligible) continue;
    const Candidate c = decide(assessed, place);
    if (c.score >= reservation) {
      vacancies_.back().state = VacancyState::filled_target_group;
      vacancies_.back().filled = 1;
      ++e.hires_target_group;
      ++week_.filled_target_group;
      ++week_.placements_mediated;
      // The tasks of the carved job no longer need doing in the employer's next regular jobs.
      if (carve) e.carved_hours_owed += vacancies_.back().hours_per_week;
      start_spell(s, vacancies_.back(), assessed, assessed.offer.instruments, assessed.offer.first_form, assessed.quality,
                  assessed.loonwaarde, w.index);
    } else if (c.score < reservation - static_cast<float>(p_.trust.doubt_margin)) {
      if (network != nullptr) network->doubted(e.id);
      else trust_.lose(e, p_.trust.pushed_candidate_loss);
      ++week_.pushed;
    }
  }
}

double RegionModel::place_acceptance(const Employer& e, double trust, int week) const noexcept {
  if (e.simple_jobs < 1.0F) return 0.0;
  const double willing = e.willing || e.social_return ? 1.0 : p_.acquisition.unwilling_factor;
  const bool hiring = week - e.last_vacancy_week < p_.acquisition.warm_window_weeks;
  const double situation = hiring ? 1.0 : p_.supply.no_vacancy_factor;
  return std::min(1.0, p_.supply.place_acceptance * (trust / p_.trust.reference) * willing * situation);
}

void RegionModel::search_for_shared(std::size_t slot_index, const sim::Week& w) {
  SharedSearch& mine = shared_search_[slot_index];
  mine.proposals.clear();
  mine.proposal_position.clear();
  assert(approach_in_use(EmployerApproach::demand, p_) && !mine.fresh.empty());
  const float threshold = mediation_bar();
  // Seekers in Bemiddeling with the municipality mediated towards this sector, with the case
  // manager's belief about their match in it, as the applications phase noted them (in seeker order).
  using Entry = SharedPoolEntry;
  auto& heap = mine.heap;
  heap.clear();
  for (std::uint32_t i = pool_start_[slot_index]; i < pool_start_[slot_index + 1]; ++i) {
    heap.emplace_back(pool_[i]->seeker, pool_[i]->belief);
  }
  // The pool ranked by the believed quality without a requirement gap, an upper bound of the
  // quality for any vacancy (ties by seeker id). A vacancy's search walks down this ranking and
  // stops where no later candidate can beat the k-th best found so far: the same candidates, in the
  // same order, as ranking the whole pool for every vacancy, without a pass over the pool per
  // vacancy (that pass made this search grow with seekers x vacancies). The ranking is made lazily:
  // a heap, from which entries move to the ranked prefix only as far as some search walks.
  const auto ranks_lower = [](const Entry& a, const Entry& b) {  // heap order: best on top
    const float ca = a.second.ceiling();
    const float cb = b.second.ceiling();
    return ca < cb || (ca == cb && a.first > b.first);
  };
  auto& list = mine.ranked;
  list.clear();
  std::make_heap(heap.begin(), heap.end(), ranks_lower);
  const auto k = static_cast<std::size_t>(p_.hiring.candidates_per_shared_vacancy);
  auto& best = mine.best;  // (-quality, seeker), ascending: best first
  for (auto vid : mine.fresh) {
    const Vacancy& v = vacancies_[vid];
    const std::uint32_t at = open_position(vid);
    assert(v.shared && v.open_week == w.index && v.kind != VacancyKind::carved &&
           slot(market_of(v.employer), static_cast<std::size_t>(v.sector)) == slot_index);
    best.clear();
    for (std::size_t i = 0;; ++i) {
      if (i == list.size()) {
        if (heap.empty()) break;
        std::pop_heap(heap.begin(), heap.end(), ranks_lower);
        list.push_back(heap.back());
        heap.pop_back();
      }
      const auto& [sid, belief] = list[i];
      if (best.size() == k && belief.ceiling() < -best.back().first) break;
      if (!belief.meets_hard_requirements(v)) continue;
      const float q = belief.quality(v.stated_requirement);
      if (q < threshold) continue;
      const std::pair<float, std::uint32_t> c{-q, sid};
      if (best.size() == k) {
        if (!(c < best.back())) continue;
        best.pop_back();
      }
      best.insert(std::upper_bound(best.begin(), best.end(), c), c);
    }
    for (const auto& [neg_q, sid] : best) {
      Application a{.vacancy = vid, .seeker = sid, .coach = seekers_[sid].coach, .mediated = true};
      a.account_manager = true;
      a.believed = -neg_q;
      assess(a, v, w);
      mine.proposals.push_back(a);
      mine.proposal_position.push_back(at);
    }
  }
}

PlacementRoute RegionModel::route_of(const Vacancy& v, const Application& a) const {
  if (!a.mediated) return PlacementRoute::own_application;
  switch (v.kind) {
    case VacancyKind::social_return: return PlacementRoute::social_return;
    case VacancyKind::carved: return PlacementRoute::carved;
    case VacancyKind::group: return PlacementRoute::group;
    case VacancyKind::place: return PlacementRoute::candidate_first;
    case VacancyKind::subsidised: return PlacementRoute::subsidised_job;
    case VacancyKind::growth:
      return growth_jobs_[static_cast<std::size_t>(v.growth_job)].route == GrowthRoute::large_scale
                 ? PlacementRoute::growth_large_scale
                 : PlacementRoute::growth_small_scale;
    case VacancyKind::regular: break;
  }
  return in_network(employers_[v.employer]) ? PlacementRoute::mediated_network : PlacementRoute::mediated_public;
}

void RegionModel::start_spell(JobSeeker& s, const Vacancy& v, const Application& a, std::uint16_t instruments,
                              SpellForm form, float quality, float loonwaarde, int week) {
  const int observed = week - static_cast<int>(p_.sim.burn_in_weeks);
  const EventSink events = sink(s.id);
  Spell sp;
  sp.seeker = s.id;
  sp.employer = v.employer;
  sp.vacancy = v.id;
  sp.sector = v.sector;
  sp.mediated = a.mediated;
  sp.route = route_of(v, a);
  Employer& employer = employers_[v.employer];
  sp.network = in_network(employer);
  sp.provider = a.trajectory;
  sp.job_hunter = a.job_hunter;
  sp.first_form = form;
  sp.form = form;
  sp.permanent_offer = v.permanent;
  sp.start_week = week;
  sp.quality = quality;
  sp.hours_per_week = v.hours_per_week;
  sp.skill_requirement = v.skill_requirement;
  sp.wage_eur_per_hour = v.wage_eur_per_hour;
  // What the instruments cost is committed now. For a mediated candidate the employer decided on what
  // the budgets could pay (funded()); an own application gets what still fits. (Several places of one
  // vacancy taken at once may find the budget shorter than when the employer decided: an instrument
  // that no longer fits is not given.)
  InstrumentOffer offer{instruments, form};
  const auto part = commitment(offer, loonwaarde, v, BudgetKind::participation);
  if (part > 0.0 && !budgets_.commit(BudgetKind::participation, part)) {
    offer.instruments &= static_cast<std::uint16_t>(~(bit(InstrumentKind::workplace_adaptation) | bit(InstrumentKind::no_risk)));
    loonwaarde = loonwaarde_of(s, quality, p_, false);
  }
  if (const double income = commitment(offer, loonwaarde, v, BudgetKind::income); income > 0.0) {
    if (budgets_.commit(BudgetKind::income, income)) sp.lks_committed_eur = income;
    else offer.instruments &= static_cast<std::uint16_t>(~bit(InstrumentKind::lks));
  }
  sp.instruments = offer.instruments;
  sp.loonwaarde = loonwaarde;
  sp.loonwaarde_now = loonwaarde;
  if (form == SpellForm::trial_placement) sp.form_end_week = week + static_cast<std::int32_t>(p_.policy.trial_weeks);
  if (form == SpellForm::traineeship) sp.form_end_week = week + static_cast<std::int32_t>(p_.policy.traineeship_weeks);

  // Job coaching: the provider (or the in-house team) coaches its own placements at once; municipal
  // coaching waits for a job coach with room (assigned in bookkeeping).
  if (sp.has(InstrumentKind::job_coaching)) {
    if (a.intensive()) {
      sp.coaching = CoachingState::active;
      sp.coaching_weeks_left = static_cast<std::int32_t>(p_.policy.werkmakelaar_coaching_weeks);
    } else {
      sp.coaching = CoachingState::waiting;
      coaching_queue_.push_back(static_cast<std::uint32_t>(spells_.size()));
    }
  }
  if (sp.has(InstrumentKind::workplace_adaptation)) {
    s.week_eur_by_instrument[static_cast<std::size_t>(InstrumentKind::workplace_adaptation)] +=
        static_cast<float>(p_.instruments.workplace_adaptation_eur);
    employers_[v.employer].adaptation_received_eur += p_.instruments.workplace_adaptation_eur;
  }
  if (sp.has(InstrumentKind::no_risk)) sp.no_risk_weeks_left = static_cast<std::int32_t>(p_.instruments.no_risk_weeks);
  sp.rung = s.rung;
  sp.entry_rung = s.entry_rung;
  sp.age_band = age_band_of(s.age_at_entry + (week - s.entry_week) / kWeeksPerYear);
  sp.benefit = s.benefit;
  sp.disability = s.disability;

  s.spell = static_cast<std::int32_t>(spells_.size());
  spells_.push_back(sp);
  Spell& spell = spells_.back();

  s.status = SeekerStatus::employed;
  s.hired_week = week;
  ++s.placements;
  if (s.first_placement_week == kNone) s.first_placement_week = week;
  // The case manager's aftercare follows the job coaching, longer after a mediated placement under
  // the integral approach (its intensive support aimed at durable work, seed 003 §2.2.3); the
  // provider (or in-house team) gives its own.
  const bool integral = a.mediated && !a.intensive() && approach_for(s, p_) == EmployerApproach::integral;
  s.aftercare_weeks_left = a.intensive() ? 0
                           : integral    ? static_cast<std::int32_t>(p_.policy.integral_aftercare_weeks)
                                         : static_cast<std::int32_t>(p_.policy.aftercare_weeks);
  s.coaching_active = spell.coaching == CoachingState::active;
  if (a.job_hunter) job_hunters_.network().placed(v.employer);
  if (a.intensive()) provider_.release(s);
  if (a.purchased()) {
    provider_network_.placed(v.employer);
    // The no-cure-no-pay part of the price, committed at referral, falls due.
    week_.werkmakelaar_eur += p_.policy.werkmakelaar_placement_fee_eur;
  }

  ++week_.placements;
  ++week_.placements_by_route[static_cast<std::size_t>(spell.route)];
  if (spell.network) ++employer.week_hires;
  if (employer.social_return) ++employer.social_return_hires;
  bool any = false;
  for (std::size_t k = 0; k < kInstrumentCount; ++k) {
    if (spell.instruments & bit(static_cast<InstrumentKind>(k))) {
      ++week_.placements_by_instrument[k];
      any = true;
    }
  }
  if (!any) ++week_.placements_by_instrument[kInstrumentCount];
  ++week_.placements_by_loonwaarde[loonwaarde_band(loonwaarde)];

  events.emit(observed, s.id, EventKind::placement, -1, static_cast<std::int32_t>(v.employer));
  for (std::size_t k = 0; k < kInstrumentCount; ++k) {
    if (spell.instruments & bit(static_cast<InstrumentKind>(k))) {
      events.emit(observed, s.id, EventKind::instrument_start, -1, static_cast<std::int32_t>(v.employer),
                  static_cast<int>(k));
    }
  }
  // Preparation tiles end with the job; Maatschappelijk fit may go on next to work.
  for (Tile t : {Tile::diagnostiek, Tile::orientatie, Tile::werk_fit, Tile::opleiden, Tile::bemiddeling}) {
    if (s.tiles.has(t)) {
      s.tiles.remove(t);
      events.emit(observed, s.id, EventKind::tile_end, static_cast<int>(t));
    }
  }
  // Straight into a contract: wages start now (a trial placement or traineeship keeps the benefit).
  if (spell.in_contract()) {
    sim::RandomStream contract_rng(seed_, s.id, static_cast<std::uint32_t>(week), id(Purpose::contracts));
    start_contract(s, spell, p_, week, quality, 0, contract_rng, events, observed);
  }
}

// --- employment, exits, life events ------------------------------------------------------------

void RegionModel::end_spell(JobSeeker& s, SpellEnd reason, int week) {
  Spell& sp = spells_[static_cast<std::size_t>(s.spell)];
  sp.end = reason;
  sp.end_week = week;
  s.last_spell = s.spell;
  s.spell = kNone;
  s.earnings_eur_per_week = 0.0F;
  s.aftercare_weeks_left = 0;
  s.coaching_active = false;
  s.out_of_work_since = week;
}

void RegionModel::leave_scope(JobSeeker& s, ExitReason reason, EventKind kind, const EventSink& events, int week,
                              int observed) {
  if (s.spell != kNone) end_spell(s, SpellEnd::exit_other, week);
  if (s.ww_weeks_left > 0) {
    s.ww_weeks_left = 0;
    events.emit(observed, s.id, EventKind::ww_end);
  }
  s.status = SeekerStatus::exited;
  s.exit_reason = reason;
  s.exit_week = week;
  events.emit(observed, s.id, kind);
}

void RegionModel::back_on_bijstand(JobSeeker& s, const EventSink& events, int week, int observed) {
  events.emit(observed, s.id, EventKind::return_to_benefit);
  s.week_flags |= kFlagReturnToBenefit;
  if (!s.on_benefit && s.benefit != BenefitType::nug) s.week_flags |= kFlagBenefitReturn;
  s.on_benefit = s.benefit != BenefitType::nug;
  s.benefit_end_week = kNone;
  // Without a case manager (none kept from the aftercare, or back from WW) the settlement registers
  // the seeker again (Melding).
  s.status = SeekerStatus::in_service;
  s.rung = 4;
  // The klantbeeld is reviewed after a job loss.
  s.last_review_week = week - static_cast<std::int32_t>(p_.tiles.diagnostiek_review_weeks);
}

void RegionModel::after_job_loss(JobSeeker& s, const Spell& lost, const EventSink& events, int week, int observed) {
  s.benefit_end_week = kNone;
  if (s.ww_weeks_left <= 0) {
    back_on_bijstand(s, events, week, observed);
    return;
  }
  s.week_flags |= kFlagWwStart;
  events.emit(observed, s.id, EventKind::ww_start, -1, static_cast<std::int32_t>(lost.employer));
  if (ww_topped_up(s, ww_eur_per_week(s.ww_wage_eur_per_week, 0, p_), p_)) {
    // WW below the norm: bijstand tops it up, and the municipality serves the person as before.
    back_on_bijstand(s, events, week, observed);
    return;
  }
  // WW covers the norm: the UWV's client for now; the case manager lets go (settle). (A wage that
  // left a bijstand top-up gives a WW below the norm, so this person was off bijstand already.)
  if (s.on_benefit) s.week_flags |= kFlagOutflowWw;
  s.on_benefit = false;
  s.status = SeekerStatus::on_ww;
  s.rung = 4;
}

double RegionModel::ww_week(JobSeeker& s, const EventSink& events, int week, int observed) {
  if (s.status == SeekerStatus::employed) {  // a new job ends the WW
    s.ww_weeks_left = 0;
    events.emit(observed, s.id, EventKind::ww_end);
    return 0.0;
  }
  const double ww = ww_eur_per_week(s.ww_wage_eur_per_week, s.ww_weeks_paid, p_);
  ++s.ww_weeks_paid;
  --s.ww_weeks_left;
  if (s.status == SeekerStatus::on_ww && (ww_topped_up(s, ww, p_) || s.ww_weeks_left == 0)) {
    // The WW fell below the norm (bijstand tops it up from now), or runs out after this week.
    back_on_bijstand(s, events, week, observed);
  }
  if (s.ww_weeks_left == 0) events.emit(observed, s.id, EventKind::ww_end);
  return ww;
}

void RegionModel::employment(const sim::Chunk& chunk, const sim::Week& w) {
  const int week = w.index;
  const int observed = w.observed();
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    prefetch_seeker(i, chunk.end);
    JobSeeker& s = seekers_[active_[i]];
    if (s.status == SeekerStatus::exited) continue;
    const EventSink events = sink(s.id);
    sim::RandomStream rng(seed_, s.id, static_cast<std::uint32_t>(week), id(Purpose::employment));

    // State pension.
    const double age = s.age_at_entry + (week - s.entry_week) / kWeeksPerYear;
    if (age >= p_.population.pension_age) {
      leave_scope(s, ExitReason::pension, EventKind::exit_pension, events, week, observed);
      continue;
    }

    // Leaving scope while in work or on WW (moving, emigration, death): when its clock runs out.
    if ((s.status == SeekerStatus::employed || s.status == SeekerStatus::on_ww) && --s.work_exit_clock == 0) {
      s.week_flags |= kFlagOutflowOther;
      leave_scope(s, ExitReason::other, EventKind::exit_other, events, week, observed);
      continue;
    }
    // Followed long enough: off benefit in work, out of the caseload, for careers.follow_up_weeks.
    if (s.status == SeekerStatus::employed && !s.on_benefit && s.coach == kNone && s.benefit_end_week != kNone &&
        week - s.benefit_end_week >= p_.careers.follow_up_weeks) {
      s.week_flags |= kFlagFollowedUp;
      leave_scope(s, ExitReason::work, EventKind::exit_work, events, week, observed);
      continue;
    }

    if (s.status == SeekerStatus::employed && s.hired_week != week) {
      Spell& sp = spells_[static_cast<std::size_t>(s.spell)];
      const Employer& at = employers_[sp.employer];
      sim::RandomStream contract_rng(seed_, s.id, static_cast<std::uint32_t>(week), id(Purpose::contracts));
      const EmploymentContext ctx{p_,   at,       sp.skill_requirement,          rng, contract_rng, events,
                                  week, observed, employer_nazorg(sp, at, week), vacancy_factor_[static_cast<std::size_t>(sp.sector)]};
      const bool coached = sp.coaching == CoachingState::active;
      const EmploymentWeek result = employment_week(s, sp, ctx);
      if (coached && sp.coaching == CoachingState::done && s.coach != kNone) {
        // The job coach's closing report tells the case manager how the worker does at work.
        auto report = contact_stream(seed_, s.id, week, Contact::job_coach);
        observe(s, priors_, report, 1.0F, kSeeWorkFit | kSeeVocational);
      }
      s.week_eur_by_instrument[static_cast<std::size_t>(InstrumentKind::lks)] += static_cast<float>(result.lks_eur);
      s.week_eur_by_instrument[static_cast<std::size_t>(InstrumentKind::no_risk)] += static_cast<float>(result.no_risk_eur);
      s.coaching_active = sp.coaching == CoachingState::active;
      if (result.ended != SpellEnd::ongoing) {
        const std::int32_t employer = static_cast<std::int32_t>(sp.employer);
        const EventKind kind = result.ended == SpellEnd::dropout                  ? EventKind::dropout
                               : result.ended == SpellEnd::trial_not_converted     ? EventKind::trial_not_converted
                               : result.ended == SpellEnd::dismissed_at_subsidy_end ? EventKind::dismissed_at_subsidy_end
                                                                                     : EventKind::contract_end;
        const float wage = s.earnings_eur_per_week;
        const std::int32_t previous = s.last_spell;
        end_spell(s, result.ended, week);
        if (result.ended == SpellEnd::dropout) s.week_flags |= kFlagDropout;
        if (result.ended == SpellEnd::contract_end) s.week_flags |= kFlagContractEnd;
        events.emit(observed, s.id, kind, -1, employer);
        for (Tile t : {Tile::plaatsing, Tile::nazorg}) {
          if (s.tiles.has(t)) {
            s.tiles.remove(t);
            events.emit(observed, s.id, EventKind::tile_end, static_cast<int>(t));
          }
        }
        // The WW of the lost job, if it gives one.
        const Spell& lost = spells_[static_cast<std::size_t>(s.last_spell)];
        const Spell* before = previous == kNone ? nullptr : &spells_[static_cast<std::size_t>(previous)];
        s.ww_weeks_left = static_cast<std::int16_t>(ww_weeks(s, lost, before, week, p_));
        s.ww_weeks_paid = 0;
        s.ww_wage_eur_per_week = wage;
        after_job_loss(s, lost, events, week, observed);
      }
    } else if (s.status == SeekerStatus::waiting || s.status == SeekerStatus::in_service) {
      // Leaving scope for other reasons (moving, partner income, ...): when the clock runs out.
      if (--s.outflow_clock == 0) {
        s.week_flags |= kFlagOutflowOther;
        leave_scope(s, ExitReason::other, EventKind::exit_other, events, week, observed);
        continue;
      }
    }
    // In work off benefit from this week (earnings ended the benefit, or there was none): the
    // follow-up counts from here.
    if (s.status == SeekerStatus::employed && !s.on_benefit && s.benefit_end_week == kNone) s.benefit_end_week = week;
    // Out of work this week: skills wear off, motivation and self-confidence fall (a trial placement
    // or traineeship is work).
    if (s.status != SeekerStatus::employed) out_of_work_week(s, drift_);
    const double ww = s.ww_weeks_left > 0 ? ww_week(s, events, week, observed) : 0.0;

    // Life events: a domain without a problem may develop one. When the onset clock runs out, one
    // domain, each as likely, is hit (two onsets in one week, a chance of order 1e-7, are not
    // modelled), and the clock is wound for the next onset.
    if (--s.onset_clock == 0) {
      sim::RandomStream life(seed_, s.id, static_cast<std::uint32_t>(week), id(Purpose::life_events));
      const auto d = static_cast<std::size_t>(life.below(kLifeDomainCount));
      if (s.zrm[d] > p_.service.problem_score) {
        s.zrm[d] = 2;
        // The case manager's picture is out of date (the belief itself changes at the next contact).
        lose_insight(s, static_cast<float>(p_.klantbeeld.life_event_insight_loss));
        events.emit(observed, s.id, EventKind::problem_onset);
      }
      s.onset_clock = weeks_until_event(onset_week_, life);
    }

    // Benefit of the week: the norm, less earnings for a part-time worker (none on NUG or when
    // earnings cover it).
    if (s.on_benefit) {
      s.week_benefit_eur = static_cast<float>(std::max(0.0, benefit_norm(s, p_) - s.earnings_eur_per_week - ww));
      s.benefit_received_eur += s.week_benefit_eur;
    }
  }
}

// --- bookkeeping ----------------------------------------------------------------------------

void RegionModel::assign_job_coaching(const sim::Week& w) {
  // Coaching that ended (or whose job ended) frees the job coach.
  std::erase_if(coached_, [&](std::uint32_t spell) {
    Spell& sp = spells_[spell];
    if (sp.coaching == CoachingState::active && sp.end == SpellEnd::ongoing) return false;
    --job_coaches_[static_cast<std::size_t>(sp.coach)].caseload;
    sp.coach = kNone;
    if (sp.coaching == CoachingState::active) sp.coaching = CoachingState::done;
    return true;
  });
  // Waiting placements get the least-loaded job coach with room, first come first served.
  const auto cap = static_cast<std::int32_t>(
      std::floor(p_.coach.hours_per_week * p_.coach.client_time_share / p_.policy.job_coaching_hours_per_week + kRoundingGuard));
  // Job coaches with room as a heap on (caseload, position): the least loaded, the first in the
  // staff list among equals, without a pass over the staff per placement.
  using Slot = std::pair<std::int32_t, std::size_t>;  // (caseload, index in job_coaches_)
  std::vector<Slot> room;
  if (!coaching_queue_.empty()) {
    for (std::size_t i = 0; i < job_coaches_.size(); ++i) {
      if (job_coaches_[i].caseload < cap) room.emplace_back(job_coaches_[i].caseload, i);
    }
  }
  const auto later = [](const Slot& a, const Slot& b) { return a > b; };
  std::make_heap(room.begin(), room.end(), later);
  while (!coaching_queue_.empty()) {
    Spell& sp = spells_[coaching_queue_.front()];
    if (sp.end != SpellEnd::ongoing || sp.coaching != CoachingState::waiting) {
      coaching_queue_.pop_front();
      continue;
    }
    if (room.empty()) break;  // everyone is full: the queue waits
    std::pop_heap(room.begin(), room.end(), later);
    Coach* best = &job_coaches_[room.back().second];
    room.pop_back();
    ++best->caseload;
    if (best->caseload < cap) {
      room.emplace_back(best->caseload, static_cast<std::size_t>(best - job_coaches_.data()));
      std::push_heap(room.begin(), room.end(), later);
    }
    sp.coach = static_cast<std::int32_t>(best->id);
    sp.coaching = CoachingState::active;
    sp.coaching_weeks_left = static_cast<std::int32_t>(p_.policy.job_coaching_max_weeks);
    JobSeeker& coached = seekers_[sp.seeker];
    coached.coaching_active = true;
    // Counted as waiting by count_week() (before this bookkeeping), active at the end of the week.
    if (coached.status == SeekerStatus::employed && coached.spell == static_cast<std::int32_t>(coaching_queue_.front())) {
      ++coaching_started_after_count_;
    }
    coached_.push_back(coaching_queue_.front());
    coaching_queue_.pop_front();
    sink(sp.seeker).emit(w.observed(), sp.seeker, EventKind::coaching_start, -1, static_cast<std::int32_t>(sp.employer),
                         static_cast<int>(InstrumentKind::job_coaching));
  }
}

// Per seeker, in parallel: what changes for the seeker itself happens here; what crosses agents
// (caseloads, the queue, the provider's places, the employer's trust) is noted in a Settlement and
// applied in bookkeeping() in seeker order, as one serial pass over the seekers would.
void RegionModel::settle(const sim::Chunk& chunk, const sim::Week& w, std::vector<Settlement>& out) {
  const int observed = w.observed();
  const auto good = static_cast<std::int32_t>(p_.trust.good_match_weeks);
  const auto nazorg = static_cast<std::int32_t>(p_.employer_tiles.nazorg_weeks);
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    const std::uint32_t sid = active_[i];
    JobSeeker& s = seekers_[sid];
    Settlement st;
    st.seeker = sid;
    // The provider (or in-house team): a client who left, or was not placed in time, frees a place.
    if (s.provider_slot && (s.status != SeekerStatus::in_service || provider_.expired(s, w.index))) {
      const bool returned = s.status == SeekerStatus::in_service;
      st.left_provider = WerkmakelaarProvider::leave(s);
      if (returned) {
        // The provider's closing report: the case manager sees the client as the provider came to know them.
        auto report = contact_stream(seed_, sid, w.index, Contact::provider, 1);
        observe(s, priors_, report, 1.0F);
        s.trajectory = Trajectory::none;
        sink(sid).emit(observed, sid, EventKind::trajectory_end, -1, -1, static_cast<int>(InstrumentKind::werkmakelaar));
      }
    }
    const bool leaves_caseload =
        s.coach != kNone && (s.status == SeekerStatus::exited || s.status == SeekerStatus::on_ww ||
                             (s.status == SeekerStatus::employed && !s.on_benefit && s.aftercare_weeks_left <= 0 &&
                              w.index > s.hired_week));
    if (leaves_caseload) {
      st.released_coach = s.coach;
      s.coach = kNone;
      s.tiles.for_each([&](Tile t) { sink(sid).emit(observed, sid, EventKind::tile_end, static_cast<int>(t)); });
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
      st.requeued = true;
      sink(sid).emit(observed, sid, EventKind::melding, static_cast<int>(Tile::melding));
    }
    if (s.status == SeekerStatus::employed) {
      // Participatieladder: unpaid work (rung 4) during a trial placement or traineeship; paid work
      // with support (5) while on a top-up or in the caseload; regular work (6).
      const Spell& sp = spells_[static_cast<std::size_t>(s.spell)];
      s.rung = !sp.in_contract() ? 4 : (s.on_benefit || s.coach != kNone || s.coaching_active) ? 5 : 6;
    }
    // Trust after placements by the municipality (mediated): a placement that lasts is a good match,
    // an early dropout or an unconverted trial a mismatch (applied in employer_bookkeeping).
    if (s.spell != kNone) {
      const Spell& sp = spells_[static_cast<std::size_t>(s.spell)];
      if (sp.mediated) {
        const int weeks = w.index - sp.start_week;
        st.employer = sp.employer;
        st.by_provider = sp.provider == Trajectory::werkmakelaar;
        st.by_job_hunter = sp.job_hunter;
        st.good_match = weeks == good;
        // The provider (or the in-house team) gives its own aftercare.
        st.in_nazorg = weeks < nazorg && sp.provider == Trajectory::none;
      }
    } else if ((s.week_flags & (kFlagDropout | kFlagTrialEnded)) != 0 && s.last_spell != kNone) {
      const Spell& sp = spells_[static_cast<std::size_t>(s.last_spell)];
      if (sp.mediated && sp.end_week == w.index && sp.end_week - sp.start_week < good) {
        st.employer = sp.employer;
        st.by_provider = sp.provider == Trajectory::werkmakelaar;
        st.by_job_hunter = sp.job_hunter;
        st.mismatch = true;
      }
    }
    if (st.released_coach != kNone || st.left_provider || st.requeued || st.good_match || st.in_nazorg || st.mismatch) {
      out.push_back(st);
    }
  }
}

void RegionModel::bookkeeping(std::span<const Settlement> settlements, const sim::Week& w) {
  coaching_started_after_count_ = 0;
  std::int64_t freed = 0;
  for (const auto& st : settlements) {  // in seeker order
    freed += st.left_provider;
    if (st.released_coach != kNone) --coaches_[static_cast<std::size_t>(st.released_coach)].caseload;
    if (st.requeued) queue_.push_back(st.seeker);
  }
  provider_.places_freed(freed);
  // Clients who left the provider unplaced (placed ones leave at their placement): their reserved
  // placement fee is not owed. (In the in-house arm nothing was reserved.)
  if (!provider_.in_house() && freed > 0) {
    budgets_.release(BudgetKind::participation, static_cast<double>(freed) * p_.policy.werkmakelaar_placement_fee_eur);
  }
  assign_job_coaching(w);
  employer_bookkeeping(settlements, w);
  for (auto& c : coaches_) {
    if (c.employed && !c.accepting && c.caseload == 0) c.employed = false;
  }
  seeker_weeks_ += active_.size();
}

// The week's totals of one chunk of seekers, at the end of their week. Of what the serial
// bookkeeping changes after this count, only job coaching that starts (a spell waiting for a job
// coach gets one) is counted; close_week() moves those spells from waiting to active. Coaching that
// ends there belongs to spells already ended, which are no seeker's current spell.
void RegionModel::count_week(const sim::Chunk& chunk, const sim::Week& w) {
  SeekerTotals& t = totals_by_chunk_[chunk.index];
  t = SeekerTotals{};
  for (std::size_t i = chunk.begin; i < chunk.end; ++i) {
    const JobSeeker& s = seekers_[active_[i]];
    t.count(s, spells_, w.index);
    active_week_[i].exited = s.status == SeekerStatus::exited;
  }
  t.settle();
}

void RegionModel::close_week(const sim::Week& w) {
  SeekerTotals totals;
  // In chunk order: the same sums for any thread count.
  const std::size_t n_chunks = sim::chunk_count(active_.size());
  for (std::size_t c = 0; c < n_chunks; ++c) totals.add(totals_by_chunk_[c]);
  // Head counts are whole numbers in doubles, so the correction is exact: the same totals as a count
  // after the bookkeeping.
  const auto started = static_cast<double>(coaching_started_after_count_);
  totals.instruments[kInstrumentCoachingActive] += started;
  totals.instruments[kInstrumentCoachingWaiting] -= started;
  record_week(w, totals);

  if (events_enabled_) {
    for (auto sid : active_) {
      auto& pending = pending_events_[sid];
      events_.insert(events_.end(), pending.begin(), pending.end());
      pending.clear();
    }
  }
  // Exits as the week's count saw them (the same statuses: no phase in between changes a seeker).
  std::size_t kept = 0;
  for (std::size_t i = 0; i < active_.size(); ++i) {
    if (!active_week_[i].exited) active_[kept++] = active_[i];
  }
  active_.resize(kept);
}

}  // namespace regiosim::models
