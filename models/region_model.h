// One region: job seekers, case managers, job coaches, employers, vacancies and a purchased
// provider, and the fixed list of weekly phases that moves them (design brief §3):
//
//   inflow             serial     budget year; new seekers register (Melding) and join the queue
//   assign             serial     staffing review; waiting seekers get a case manager (FIFO);
//                                 referrals to the purchased trajectory
//   employer_staff     serial     account managers: turnover, hires to the staffing norm, who
//                                 presents per sector
//   employer_plan      per employer → serial: employer tiles chosen and their hours; then the
//                                 account managers' portfolios, hours shared, first contacts
//                                 (warm or cold acquisition)
//   employer_hours     per employer: the development tiles' share of the hours
//   plan               per seeker service rules choose tiles from the klantbeeld; hours demanded
//   allocate           serial     each case manager's hours are shared over the caseload's demand
//   services           per seeker one week in every active tile, at the granted intensity
//   employer_services  per employer one week in every active employer tile; trust drifts
//   vacancies          per employer → serial: new vacancies (ordinary, shared with the
//                      municipality, reserved under social return, carved, group) are posted,
//                      expired ones close
//   regular_applicants per vacancy: this week's regular (non-target-group) applicants arrive at
//                      vacancies not reserved for the target group
//   applications       per seeker: proposals by case managers and the provider, requests for a
//                      place (supply approach), own applications, each assessed by the employer
//   shared_pool        serial: the seekers the account managers may present, by market and sector
//                      (demand approach)
//   shared_search      per market and sector: account managers search candidates for the
//                      vacancies shared this week (demand approach)
//   group_applications per range of open vacancies: one application per vacancy and seeker
//   hire               serial: employers decide with the instruments offered and their trust,
//                      regular applicants compete, conflicts resolved in a seeded order
//                      (plan/commit); employers asked for a place decide
//   employment         per seeker → serial: one week of every job spell (trial, traineeship,
//                      contract, LKS, dropout), exits, life events, benefit paid; seekers leaving a
//                      caseload or the provider, back in the queue, placements that prove a good
//                      match or a mismatch; the week's totals per chunk. Then the bookkeeping, in
//                      seeker order: caseloads, the queue, job coaching, the provider's places,
//                      trust after placements and employers leaving the network
//   aggregate          serial: the chunks' totals summed in chunk order; weekly series, the event
//                      history, exits
//
// Per-seeker phases touch only that seeker (and its own job spell), per-slot and per-range tasks
// only what is theirs; everything that crosses agents happens in serial phases in a fixed order, so
// results do not depend on the thread count.
#pragma once

#include "models/agents.h"
#include "models/budgets.h"
#include "models/careers.h"
#include "models/contact_time.h"
#include "models/events.h"
#include "models/growth.h"
#include "models/instruments.h"
#include "models/klantbeeld.h"
#include "models/labour_demand.h"
#include "models/matching.h"
#include "models/parameters.h"
#include "models/population.h"
#include "models/job_hunters.h"
#include "models/provider_network.h"
#include "models/purchased_trajectory.h"
#include "models/seeker_tiles.h"
#include "models/service_rules.h"
#include "models/trust.h"
#include "models/vacancy_store.h"
#include "sim/random.h"
#include "sim/run_result.h"
#include "sim/tabulated_distribution.h"
#include "sim/week_plan.h"

#include <boost/random/poisson_distribution.hpp>

#include <array>
#include <cstdint>
#include <deque>
#include <limits>
#include <span>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace regiosim::models {

class RegionModel {
 public:
  RegionModel(const ModelParams& params, std::uint64_t seed);
  // The distribution of a regular applicant's interview score. Made once per process and
  // parameters (sim::TabulatedDistribution keeps the last few, about 12 ms each), so the first run
  // of a process pays for it: `regiosim bench` makes it before it starts the clock.
  static sim::TabulatedDistribution regular_score_table(const ModelParams& p);

  RegionModel(const RegionModel&) = delete;
  RegionModel& operator=(const RegionModel&) = delete;

  sim::Horizon horizon() const;
  // Adds this model's phases to the plan. The plan refers to this model: keep it alive.
  void describe(sim::WeekPlan& plan);

  // Series, curves, KPIs and record tables (events, spells) after the run.
  sim::RunResult result(const std::string& scenario, std::size_t replication) const;
  std::vector<sim::Metric> kpis() const;

  // Inspection (tests, benchmarks).
  const std::vector<JobSeeker>& seekers() const noexcept { return seekers_; }
  const std::vector<Coach>& coaches() const noexcept { return coaches_; }
  const std::vector<Coach>& job_coaches() const noexcept { return job_coaches_; }
  const std::vector<Coach>& account_managers() const noexcept { return account_managers_; }
  const std::vector<Employer>& employers() const noexcept { return employers_; }
  // The vacancies kept: from the oldest one open at the last opening of vacancies on (VacancyStore).
  const VacancyStore& vacancies() const noexcept { return vacancies_; }
  const std::vector<Spell>& spells() const noexcept { return spells_; }
  // The event history so far (output.events), burn-in included, in week and seeker order.
  const std::vector<EventRecord>& events() const noexcept { return events_; }
  const std::vector<GrowthJob>& growth_jobs() const noexcept { return growth_jobs_; }
  const std::deque<std::uint32_t>& queue() const noexcept { return queue_; }
  const WerkmakelaarProvider& provider() const noexcept { return provider_; }
  const ProviderNetwork& provider_network() const noexcept { return provider_network_; }
  const JobHunters& job_hunters() const noexcept { return job_hunters_; }
  const ModelParams& params() const noexcept { return p_; }
  const Budgets& budgets() const noexcept { return budgets_; }
  const LabourDemand& labour_demand() const noexcept { return demand_; }
  std::uint64_t seeker_weeks() const noexcept { return seeker_weeks_; }
  std::uint64_t employer_weeks() const noexcept { return employer_weeks_; }
  const sim::SeriesTable* series(std::string_view name) const;
  // Money by category over every week (burn-in included), as booked by the municipality.
  struct Books {
    double benefit_eur = 0.0, lks_eur = 0.0, adaptation_eur = 0.0, no_risk_eur = 0.0, werkmakelaar_eur = 0.0;
    double tiles_eur = 0.0, employer_tiles_eur = 0.0, staff_eur = 0.0;
    double in_house_team_eur = 0.0;  // the in-house team's staff cost (also in staff_eur)
  };
  const Books& books() const noexcept { return books_; }
  double provider_received_eur() const noexcept { return provider_received_eur_; }

 private:
  struct NewVacancy {
    std::uint32_t employer;
    float skill_requirement;
    float stated_requirement;
    std::uint8_t language_requirement;
    bool licence_required;
    float hours_per_week;
    float wage_eur_per_hour;
    bool permanent;
    VacancyKind kind;
    bool shared;
    std::uint8_t positions;
    std::int32_t growth_job = kNone;  // a future job posted as an ordinary vacancy
    std::uint32_t serial = 0;         // Vacancy::serial
  };
  // A proposal (mediated), an own application, or (vacancy = kPlaceRequest) a request to an
  // employer to make a place for this seeker.
  static constexpr std::uint32_t kPlaceRequest = ~std::uint32_t{0};
  struct Application {  // 40 bytes
    std::uint32_t vacancy = 0;
    std::uint32_t seeker = 0;
    std::uint32_t employer = 0;  // place requests only
    // The seeker's case manager when a mediated application was made (no phase between the
    // applications and the decisions changes it): who contacts the employer when nobody else does
    // (contact_person), without a look into the seeker table in the serial decisions.
    std::int32_t coach = kNone;
    bool mediated : 1 = false;
    // Proposed by the coach of the intensive trajectory: the purchased provider's, or the in-house
    // team's (Trajectory::none: the municipality's case manager or account manager).
    Trajectory trajectory = Trajectory::none;
    bool account_manager : 1 = false;  // presented by the account manager (vacancy first)
    bool job_hunter : 1 = false;       // a job hunter's visit with the seeker (place requests)
    bool carve : 1 = false;            // the visit asks for a carved job (integral approach)
    // The employer's view, assessed where the application is made (assess()): does the seeker meet
    // the hard requirements, true match quality, loonwaarde, instruments offered, and the score
    // before the mediation bonus and trust, which are added at the decision.
    bool eligible : 1 = false;
    float believed = 0.0F;  // the mediator's believed match quality (mediated applications)
    float quality = 0.0F;
    float loonwaarde = 1.0F;
    float base_score = 0.0F;
    InstrumentOffer offer;
    // The intensive trajectory's work (instruments, coaching, aftercare), in either arm.
    bool intensive() const noexcept { return trajectory != Trajectory::none; }
    // The provider's own relationship with the employer counts, not the municipality's.
    bool purchased() const noexcept { return trajectory == Trajectory::werkmakelaar; }
  };
  static_assert(sizeof(Application) == 40, "Application is meant to stay at 40 bytes");
  struct Candidate {
    const Application* application = nullptr;
    float score = -std::numeric_limits<float>::infinity();
    bool hired = false;
  };
  struct WeekTotals {
    std::int64_t inflow = 0, assigned = 0, placements = 0, placements_mediated = 0;
    std::int64_t vacancies_new = 0, filled_target_group = 0, filled_regular = 0, expired = 0;
    std::int64_t applications = 0, applications_mediated = 0, referrals = 0;
    std::int64_t handovers = 0;  // seekers taken on by another case manager (rotation, back after a job)
    std::array<std::int64_t, kInstrumentCount + 1> placements_by_instrument{};  // last: none
    std::array<std::int64_t, 4> placements_by_loonwaarde{};
    std::array<std::int64_t, kPlacementRouteCount> placements_by_route{};
    std::int64_t shared_new = 0, carved_new = 0, group_new = 0, social_return_new = 0, subsidised_new = 0;
    std::int64_t place_requests = 0, places_made = 0, presented = 0, pushed = 0;
    std::int64_t contacts_warm = 0, contacts_cold = 0, broke_off = 0, left_network = 0, am_left = 0;
    double am_hours_used = 0.0;
    double intake_hours = 0.0;
    // Growth routes: conversations, jobs coming into view and the trajectories' steps (series
    // growth_trajectories and growth_jobs).
    std::int64_t growth_conversations = 0, growth_in_view = 0, growth_matched = 0, growth_plans_signed = 0;
    std::int64_t growth_plans_declined = 0, growth_started = 0, growth_not_materialised = 0, growth_failed = 0;
    std::array<std::int64_t, kGrowthRouteCount> growth_announced{}, growth_materialised{}, growth_filled{};
    std::int64_t growth_posted = 0, growth_lapsed = 0;
    std::int64_t growth_not_hired = 0;  // learners declined at the end evaluation (step 6); their jobs posted
    double growth_hours = 0.0;
    double werkmakelaar_eur = 0.0;
    // Open vacancies regular applicants compete for, when the week's vacancies are open, and their
    // expected regular applicants this week.
    double competed_open = 0.0, regular_applicants_expected = 0.0;
  };

  // Phases.
  // The week's new registrants: inflow() draws how many and makes room for them, draw_arrivals()
  // draws their attributes (each from its own stream, so in parallel), register_arrivals() puts
  // them in the queue and among the active seekers.
  void inflow(const sim::Week& w);
  void draw_arrivals(const sim::Chunk& c, const sim::Week& w);
  void register_arrivals(const sim::Week& w);
  void assign(const sim::Week& w);
  void rotate_case_managers(const sim::Week& w);
  void plan_services(const sim::Chunk& c, const sim::Week& w);
  void allocate_hours(const sim::Week& w);
  void services(const sim::Chunk& c, const sim::Week& w);
  // The account managers' week (region_employers.cc): staff first, then each employer's tiles and
  // hours (per employer, in parallel; what they ask of an account manager is noted as PlanItems,
  // applied in employer order), then first contacts, then the development tiles' share.
  void employer_staff(const sim::Week& w);
  void staff_to_norm(const sim::Week& w);
  // The share of the account managers' employer time set aside for growth routes (0 without them).
  double growth_time_share() const noexcept {
    return p_.policy.growth_routes_enabled ? p_.policy.growth_account_manager_share : 0.0;
  }
  struct PlanItem {
    enum Kind : std::uint8_t { ready, warm, caseload, used, development, demand, training };
    std::uint32_t who;  // the employer (ready, warm) or the account manager
    Kind kind;
    std::uint8_t sector;  // ready
    double hours;         // used, development, demand
  };
  void plan_employers(const sim::Chunk& c, const sim::Week& w, std::vector<PlanItem>& out);
  void employer_plan(std::span<const PlanItem> items, const sim::Week& w);
  void employer_hours(const sim::Chunk& c, const sim::Week& w);
  // Growth routes (region_growth.cc): growth plans, conversations, the steps of each future job.
  void growth(const sim::Week& w);
  void init_growth();
  void plan_growth(const sim::Week& w);
  void ask_about_growth(const sim::Week& w);
  void advance_growth_jobs(const sim::Week& w);
  void match_growth_jobs(std::span<const std::uint32_t> jobs, const sim::Week& w);
  void close_growth_job(GrowthJob& j, GrowthOutcome outcome, const sim::Week& w);
  void release_learner(GrowthJob& j, const sim::Week& w);
  void post_growth_job(const GrowthJob& j, const sim::Week& w);
  void end_evaluation(GrowthJob& j, JobSeeker& s, const sim::Week& w);
  Coach* growth_account_manager(GrowthJob& j);
  bool spend_growth_hours(Coach* am, double hours);
  bool work_on(GrowthJob& j);
  void employer_services(const sim::Chunk& c, const sim::Week& w);
  void propose_vacancies(const sim::Chunk& c, const sim::Week& w, std::vector<NewVacancy>& out);
  void open_vacancies(std::span<const NewVacancy> proposals, const sim::Week& w);
  void regular_applicants(const sim::Chunk& c, const sim::Week& w);
  void propose_applications(const sim::Chunk& c, const sim::Week& w);
  // The week's applications grouped by vacancy for hire(), one bucket of open_ per task (see
  // BucketApplications), in parallel.
  void group_applications(std::size_t bucket, const sim::Week& w);
  void hire(const sim::Week& w);
  void employment(const sim::Chunk& c, const sim::Week& w);
  // A seeker's effects on shared state found in the bookkeeping phase (per seeker, in parallel),
  // applied in seeker order afterwards. Only seekers with an effect make one.
  struct Settlement {
    std::uint32_t seeker = 0;
    std::int32_t released_coach = kNone;  // left this case manager's caseload
    std::uint32_t employer = 0;           // of the (last) spell, for the trust effects below
    bool left_provider = false;           // freed a place at the provider
    bool requeued = false;                // back on benefit without a case manager: joins the queue
    bool good_match = false;              // a mediated placement reached trust.good_match_weeks
    bool in_nazorg = false;               // a mediated worker in the employer's Nazorg period
    bool mismatch = false;                // a mediated placement ended early
    bool by_provider = false;             // that placement was the purchased provider's
    bool by_job_hunter = false;           // that placement was a place a job hunter asked for
  };
  void settle(const sim::Chunk& c, const sim::Week& w, std::vector<Settlement>& out);
  void bookkeeping(std::span<const Settlement> settlements, const sim::Week& w);
  // The week's seeker totals, summed per chunk in parallel and then in chunk order; weekly series,
  // the event history, exits.
  struct SeekerTotals {
    std::array<double, 8> stocks{};
    std::array<double, kTileCount> by_tile{};
    std::array<double, kRungCount> by_rung{};
    std::array<double, 5> employment{};
    std::array<double, 7> instruments{};
    std::array<double, 20> flows{};
    std::array<double, kTileCount + 1> hours{};
    std::array<double, kTileCount> eur_by_tile{};
    std::array<double, kBenefitTypeCount> benefit_by_type{};
    std::array<double, kInstrumentCount> eur_by_instrument{};
    // Bijstand (not WW, ANW or NUG): people on it at the end of the week, and the week's flows onto
    // it (new registrants, returns after earnings had ended it), off it (all reasons; of which
    // because earnings exceed the benefit), and people on it in paid work (a contract, not a trial
    // placement or traineeship).
    std::array<double, 5> bijstand{};
    double tiles_eur = 0.0, benefit_eur = 0.0;
    double insight_in_service = 0.0;  // summed over seekers in service (klantbeeld)
    // Head counts of a chunk, kept as integers while counting (exact, and cheaper than adding 1.0
    // to doubles); settle() moves them into the arrays above, where they are the same exact values.
    struct Heads {
      std::array<std::int32_t, 8> stocks{};
      std::array<std::int32_t, kTileCount> by_tile{};
      std::array<std::int32_t, kRungCount> by_rung{};
      std::array<std::int32_t, 5> employment{};
      std::array<std::int32_t, 7> instruments{};
      std::array<std::int32_t, 20> flows{};
    } heads;
    void count(const JobSeeker& s, const std::vector<Spell>& spells, int week);
    void settle();
    void add(const SeekerTotals& o);
  };
  // Positions in SeekerTotals::instruments of the spells with a job coach and those waiting for one.
  static constexpr std::size_t kInstrumentCoachingActive = 3;
  static constexpr std::size_t kInstrumentCoachingWaiting = 4;
  void count_week(const sim::Chunk& chunk, const sim::Week& w);
  void close_week(const sim::Week& w);

  // Helpers.
  // A seeker just placed in seekers_ (new registrant or the initial stock) joins the queue for a case
  // manager, with Melding as its first tile.
  void register_seeker(JobSeeker& s);
  // Draws a new seeker's event clocks (JobSeeker::outflow_clock, onset_clock) in its entry week.
  void start_clocks(JobSeeker& s, int week) const;
  EventSink sink(std::uint32_t seeker);
  float intensity(const JobSeeker& s) const;
  // The believed match quality a mediator needs before proposing a seeker: the employer's bar less
  // the bonus a mediated candidate gets.
  float mediation_bar() const noexcept {
    return static_cast<float>(p_.hiring.reservation_score - p_.hiring.mediation_bonus);
  }
  // The chance that an employer asked to make a place for one candidate will, at trust `trust` in
  // whoever asks (the municipality's requests and the provider's visits alike), in week `week`: its
  // trust, willingness, simple jobs and whether it has been hiring (a vacancy posted recently).
  double place_acceptance(const Employer& e, double trust, int week) const noexcept;
  // The trajectory's coach visits employers with a client (acquisition, seed 002): the provider's
  // through its own network, the in-house team's through the municipality's.
  void provider_visits(const JobSeeker& s, const sim::Week& w, std::vector<Application>& out) const;
  void review_staffing(const sim::Week& w);
  void refer_to_provider(const sim::Week& w);
  void assign_job_coaching(const sim::Week& w);
  void mediate(const JobSeeker& s, const sim::Week& w, int proposals, Trajectory trajectory,
               std::vector<Application>& out);
  // `x` is the seeker's intensity() this week (ActiveWeek::intensity).
  void request_places(const JobSeeker& s, bool carve, const sim::Week& w, std::vector<Application>& out) const;
  void propose_carved(const JobSeeker& s, float x, const sim::Week& w, std::vector<Application>& out);
  // Local markets (ModelParams::Region::markets): the market of a seeker or an employer, by id,
  // and a slot, a (market, sector) pair, as index of the per-slot lists below.
  std::size_t market_of(std::uint32_t id) const noexcept { return id % markets_; }
  std::size_t slot(std::size_t market, std::size_t sector) const noexcept { return market * kSectorCount + sector; }
  // The account managers' pool of the week, from every chunk's entries (in seeker order), ordered
  // stably by slot for search_for_shared (demand approach).
  void gather_pool(const sim::Week& w);
  // Vacancy first: account managers search the pool for the best candidates for vacancies shared
  // this week, one slot per task (the slots' pools and vacancies are disjoint), for the slots in
  // search_slots_.
  void search_for_shared(std::size_t slot_index, const sim::Week& w);
  // The position in open_ of an open vacancy (throws std::logic_error for any other), as set by
  // open_vacancies() for the week's applications.
  std::uint32_t open_position(std::uint32_t vacancy) const;
  void hire_places(std::span<const Application> requests, const sim::Week& w);
  // The employer's view of a candidate at the interview (see Application); touches only `a`.
  // What the budgets can still pay for this week: instruments are offered only while they can.
  struct Funds {
    bool services = true;  // participation budget: workplace adaptation, no-risk policy
    bool income = true;    // income budget: loonkostensubsidie
  };
  void assess(Application& a, const Vacancy& v, const sim::Week& w) const;  // with this week's funds_
  void assess(Application& a, const Vacancy& v, const sim::Week& w, Funds funds) const;
  // An application whose instruments the budgets can no longer pay, assessed again without them (kept
  // in hire_refunded_ for the week), or the application itself.
  const Application* funded(const Application* a, const Vacancy& v, const sim::Week& w);
  // The expected cost of what an offer commits from a budget.
  double commitment(const InstrumentOffer& offer, float loonwaarde, const Vacancy& v, BudgetKind k) const;
  // A new budget year, a new year of labour demand: flows, rates and willingness follow the tightness.
  void start_demand_year(std::size_t year);
  // Paid tiles: what a week's plan asks of the participation budget (plan_services), and the grants
  // decided in seeker order or by the scenario's priority (allocate_hours).
  double tile_commitment(Tile t) const;
  void grant_tiles();
  // The score at the decision: the assessed score plus the mediation bonus and the employer's trust.
  Candidate decide(const Application& a, const Vacancy& v) const;
  // A candidate's score clears the employer's bar for this vacancy: the reservation score, and where
  // regular applicants compete, the best of them.
  bool above_bar(float score, const Vacancy& v) const noexcept;
  // Employer side (region_employers.cc).
  void account_manager_turnover(const sim::Week& w);
  void acquire(Coach& am, int contacts, const sim::Week& w, std::vector<std::uint32_t>& warm);
  void employer_bookkeeping(std::span<const Settlement> settlements, const sim::Week& w);
  // An employer that left the network this week: the account manager whose portfolio it left.
  struct NetworkExit {
    std::int32_t account_manager = kNone;
    bool broke_off = false;  // trust fell too low (closed to the municipality for a while)
  };
  void network_week(const sim::Chunk& chunk, const sim::Week& w, std::vector<NetworkExit>& out);
  void close_network(std::span<const NetworkExit> exits, const sim::Week& w);
  // The week's employer totals, counted per chunk in network_week() after each employer's last change
  // of the week and summed in chunk order by record_week() (the same sums for any thread count).
  struct EmployerTotals {
    double trust_all = 0.0;   // sum of trust over all employers
    double tiles_eur = 0.0;   // the week's costs of employer tiles
    // Employers per stage; closed after a break-off; joined the network this week.
    std::array<double, kEmployerStageCount + 2> by_stage{};
    std::array<double, kEmployerTileCount> tiles{};
    std::vector<float> trust_in_contact;  // trust of the employers with a contact in the window, in id order
    void clear();  // to zero, keeping the vector's capacity
    void count(const Employer& e, int week, std::int32_t window);
    void add(const EmployerTotals& o);
  };
  std::vector<EmployerTotals> employer_totals_by_chunk_;
  EmployerTotals employer_totals_;  // their sum (record_week), kept to reuse its vector
  bool in_network(const Employer& e) const noexcept { return e.stage != EmployerStage::unknown; }
  // Strength of the account manager's Nazorg with the employer for a worker's spell this week, 0..1
  // (employer_tiles.nazorg.*): a mediated placement in its first weeks at an employer in the network
  // whose Nazorg ran, at the share of its hours it got, times the share of the employer's signals
  // that reach the person who acts (all of them with one contact person).
  float employer_nazorg(const Spell& sp, const Employer& e, int week) const noexcept;
  // With policy.single_contact, the account manager who presents candidates to an employer: its own,
  // or for an employer outside the network the account manager of its sector (kNone: none).
  std::int32_t presenter(const Employer& e) const noexcept {
    if (!p_.policy.single_contact) return kNone;
    return in_network(e) && e.account_manager != kNone ? e.account_manager
                                                        : sector_account_manager_[static_cast<std::size_t>(e.sector)];
  }
  // The network of the mediator who keeps its own employer relations (the provider, the job
  // hunters); nullptr: the municipality's relationship counts (trust, in_network).
  const ProviderNetwork* own_network(const Application& a) const noexcept {
    return a.purchased() ? &provider_network_ : a.job_hunter ? &job_hunters_.network() : nullptr;
  }
  ProviderNetwork* own_network(const Application& a) noexcept {
    return a.purchased() ? &provider_network_ : a.job_hunter ? &job_hunters_.network() : nullptr;
  }
  // Who from the municipality contacts the employer about this application.
  std::int32_t contact_person(const Application& a, const Employer& e) const;
  void record_contact(Employer& e, std::int32_t person, int week);
  // The employer's own record on leaving the network (network_week(), close_network()).
  void leave_network(Employer& e, int week);
  void start_spell(JobSeeker& s, const Vacancy& v, const Application& a, std::uint16_t instruments, SpellForm form,
                   float quality, float loonwaarde, int week);
  PlacementRoute route_of(const Vacancy& v, const Application& a) const;
  void end_spell(JobSeeker& s, SpellEnd reason, int week);
  // After a lost job: WW when the person qualifies (on WW alone, or with a bijstand top-up), else
  // straight back to bijstand; the case manager's service resumes for whoever is on bijstand.
  void after_job_loss(JobSeeker& s, const Spell& lost, const EventSink& events, int week, int observed);
  // A week of WW; returns what it pays. A new job ends it; when it runs out, or falls below the
  // bijstand norm (bijstand tops it up from then on), a person on WW alone is back on bijstand.
  double ww_week(JobSeeker& s, const EventSink& events, int week, int observed);
  // Back on bijstand after a job or WW: the case manager's service resumes (or the seeker waits).
  void back_on_bijstand(JobSeeker& s, const EventSink& events, int week, int observed);
  // Leaves scope (exit_week, reason, event); ends a spell that still runs (censored: exit_other).
  void leave_scope(JobSeeker& s, ExitReason reason, EventKind kind, const EventSink& events, int week, int observed);

  // Output (region_output.cc).
  void define_series();
  void record_week(const sim::Week& w, const SeekerTotals& totals);
  sim::SeriesTable* table(std::string_view name);
  sim::SeriesTable survival_curve() const;
  sim::RecordTable spells_table() const;
  sim::RecordTable persons_table() const;
  sim::RecordTable events_table() const;
  sim::RecordTable employer_hires_table() const;

  ModelParams p_;
  std::uint64_t seed_;
  PopulationProfile profile_;
  Priors priors_;
  DefaultServiceRules rules_;
  TrustRules trust_;
  WerkmakelaarProvider provider_;
  ProviderNetwork provider_network_;  // built only when a provider takes referrals
  JobHunters job_hunters_;            // their network built only when an approach uses them
  bool events_enabled_;
  double other_outflow_week_;  // weekly chance of leaving scope for other reasons (waiting or in service)
  double onset_week_;          // weekly chance of a problem onset in any one of the life domains
  double work_exit_week_;      // weekly chance of leaving scope while in work or on WW
  OutOfWorkDrift drift_;       // duration dependence: what a week without work does
  ContactTime contact_;        // conversations in the case-manager time the tiles leave
  // A regular applicant's perceived score: quality ~ Beta (hiring.regular_quality_*) plus the interview
  // noise; regular_applicants() draws the best of the week's Poisson number of them at once
  // (hiring.regular_applicants_per_week).
  sim::PoissonMaximum best_regular_score_;

  std::vector<JobSeeker> seekers_;
  std::size_t arrivals_from_ = 0;   // this week's new registrants: seekers_[arrivals_from_, +arrivals_)
  std::size_t arrivals_ = 0;
  std::vector<std::uint32_t> active_;  // not exited, ascending id
  std::vector<std::uint32_t> rotation_due_;  // rotate_case_managers' scratch
  // Per position in active_, the few bytes of this week that serial passes need, written by the
  // seekers' own phases (each chunk its own positions). The serial passes read these instead of
  // every seeker's record: at national scale (a million seekers of 416 bytes) those passes were
  // memory-bound and the largest serial part of the week. Sized to active_ after the inflow.
  struct ActiveWeek {
    std::int32_t coach = kNone;       // plan: the case manager whose hours the seeker demands
    float demand_hours = 0.0F;        // plan
    // services: intensity() once the week's hours are allocated, for the applications phase, which
    // would otherwise wait on the case manager's record once more per seeker
    float intensity = 0.0F;
    bool guided = false;              // plan: in service with a case manager (may have a conversation)
    bool conversed = false;           // services: had a conversation in the time the tiles left (contact_time.h)
    bool exited = false;              // aggregate: left this week (dropped from active_)
    // plan: paid tiles started or renewed without a cap (committed, counted in allocate_hours), or
    // asked for under a cap (granted or refused in allocate_hours)
    std::uint8_t grants = 0;
    TileSet requests;
    float committed_eur = 0.0F;
  };
  std::vector<ActiveWeek> active_week_;
  // Per case manager, the week's Maatschappelijk fit chances at its intensity (allocate_hours).
  std::vector<MfChances> mf_chances_;
  // Per case manager, the week's clients in service (allocate_hours, for contact_).
  std::vector<std::int32_t> guided_;
  // Asks the memory system for the record of the seeker a few positions further on in active_, so
  // that a pass over the seekers does not wait on each record in turn: at national scale the records
  // (400-530 MB over a run) are far larger than the caches, and the seekers in active_ are not evenly spaced
  // (exits leave gaps), which the hardware's stride prefetcher cannot follow. Reads nothing.
  void prefetch_seeker(std::size_t i, std::size_t end) const noexcept {
    constexpr std::size_t kAhead = 6;
    if (i + kAhead >= end) return;
    const auto* p = reinterpret_cast<const char*>(&seekers_[active_[i + kAhead]]);
    for (std::size_t off = 0; off < sizeof(JobSeeker); off += 64) __builtin_prefetch(p + off);
    __builtin_prefetch(p + sizeof(JobSeeker) - 1);
  }
  // The account managers' pool for shared vacancies (demand approach): seekers in Bemiddeling with
  // the municipality, per slot (their market, the sector they are mediated towards), with the case
  // manager's belief.
  struct PoolEntry {
    std::uint32_t seeker;
    BelievedMatch belief;
  };
  // The week's applications are grouped by vacancy in up to kApplicationBuckets tasks, each over
  // one range of positions in open_: one bucket per kVacanciesPerBucket open vacancies, as a
  // bucket has a fixed cost whatever its size (open_vacancies() sets the count and the width).
  // Whatever the number of buckets, the grouping is the same: by position in open_, then seeker,
  // then rank.
  static constexpr std::size_t kApplicationBuckets = 16;
  static constexpr std::size_t kVacanciesPerBucket = 64;
  // What the applications phase made per chunk (sized with active_week_), in seeker order within
  // each part: the applications ordered (stably) by bucket, with each one's position in open_; the
  // requests for a place; and the chunk's pool entries (gather_pool orders them by slot). Read in
  // chunk order, which is the order of one serial pass over the seekers.
  struct ChunkApplications {
    std::vector<Application> made;  // scratch: as made
    std::vector<std::uint32_t> made_position;  // scratch: position in open_ of made[i]'s vacancy
    std::vector<Application> by_bucket;
    std::vector<std::uint32_t> position;  // in open_, of by_bucket[i]'s vacancy
    std::array<std::uint32_t, kApplicationBuckets + 1> bucket_start{};
    std::vector<Application> places;
    std::vector<PoolEntry> pool;            // in seeker order
    std::vector<std::uint32_t> pool_slot;   // pool[i]'s slot (apart: gather_pool reads only these)
    std::int64_t hunted = 0;                // seekers the job hunters were asked to visit employers for
  };
  std::vector<ChunkApplications> applications_by_chunk_;
  std::vector<const PoolEntry*> pool_;          // gather_pool: every chunk's entries, by slot
  std::vector<std::uint32_t> pool_start_;       // per slot, its first entry in pool_ (slots + 1)
  std::vector<std::uint32_t> pool_next_;        // gather_pool's scratch
  // The week's seeker totals per chunk, counted in the employment phase (count_week) and summed in
  // chunk order by close_week(); sized with active_week_. Job coaching started by the bookkeeping
  // after that count, for close_week() to move from waiting to active.
  std::vector<SeekerTotals> totals_by_chunk_;
  std::int64_t coaching_started_after_count_ = 0;
  std::deque<std::uint32_t> queue_;    // waiting for a case manager, FIFO
  std::vector<Coach> coaches_;         // case managers
  std::vector<Coach> job_coaches_;
  std::deque<std::uint32_t> coaching_queue_;  // spells waiting for a job coach, FIFO
  std::vector<std::uint32_t> coached_;         // spells with a job coach
  std::vector<Employer> employers_;
  std::vector<std::uint32_t> nazorg_employers_;  // employers with workers_in_nazorg > 0
  std::vector<std::int32_t> regular_hires_;      // per employer: regular applicants hired in the observed weeks
  // Per employer, the Poisson distribution of its weekly vacancies (Employer::vacancies_per_week,
  // fixed for the run), set up once instead of every week: the same draws as RandomStream::poisson.
  std::vector<boost::random::poisson_distribution<std::int64_t, double>> vacancy_flow_;
  std::size_t markets_ = 1;
  std::array<std::vector<std::uint32_t>, kSectorCount> employers_by_sector_;  // of every market (growth routes)
  std::vector<std::vector<std::uint32_t>> employers_by_slot_;
  std::vector<std::vector<std::uint32_t>> ready_by_slot_;  // network employers ready for candidates
  std::vector<Coach> account_managers_;
  std::vector<double> am_development_;  // per account manager: this week's development-tile hours asked
  std::vector<std::uint32_t> warm_;     // this week's employers for warm first contacts
  std::array<std::int32_t, kSectorCount> sector_account_manager_{};
  VacancyStore vacancies_;
  std::vector<std::uint32_t> open_;    // open vacancy ids, ascending
  std::vector<std::uint64_t> vacancy_order_;  // per position in open_: this week's key in the order of decisions
  // Position in open_ by vacancy id, over the ids from the oldest open vacancy on (a few weeks'
  // vacancies: open_weeks bounds how long one stays open), and the width of a bucket of open_.
  static constexpr std::uint32_t kNotOpen = ~std::uint32_t{0};
  std::vector<std::uint32_t> open_position_;
  std::uint32_t first_open_ = 0;
  std::size_t bucket_count_ = 1;
  std::size_t bucket_width_ = 1;
  // One bucket's grouping (group_applications), kept between weeks so that it allocates nothing
  // once warm: the applications kept, one per (vacancy, seeker), in the order of open_, less the
  // own applications the employer would not take (see there), and where each vacancy's start (per
  // position in the bucket's range, and the end: kept holds more, from earlier weeks, beyond it);
  // how many there were, of them mediated. Aligned so that buckets grouped at the same time do not
  // share cache lines.
  struct alignas(64) BucketApplications {
    std::vector<std::uint32_t> start, next;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keys;  // (seeker | rank, made)
    std::vector<const Application*> made;
    std::vector<Application> kept;
    std::vector<std::uint32_t> kept_start;
    std::int64_t applications = 0;
    std::int64_t mediated = 0;
  };
  std::array<BucketApplications, kApplicationBuckets> buckets_;
  std::vector<std::uint8_t> hired_this_week_;  // per seeker: hired in this week's hire(); 0 between weeks
  // An open vacancy's turn in the week's order of employers' decisions, with its applications.
  struct DecisionTurn {
    std::uint64_t key;
    std::uint32_t vacancy;
    std::uint32_t count;
    const Application* first;
    bool operator<(const DecisionTurn& o) const noexcept { return std::tie(key, vacancy) < std::tie(o.key, o.vacancy); }
  };
  // The week's requests for a place, and the decisions' scratch: kept between weeks, as fresh
  // vectors every week cost page faults in the serial hire() at national scale.
  std::vector<Application> hire_places_;
  std::vector<DecisionTurn> hire_order_;
  std::vector<std::uint32_t> hired_seekers_;
  std::vector<const Application*> hire_present_;
  std::vector<std::pair<float, const Application*>> hire_ranked_;
  std::vector<Candidate> hire_candidates_;
  // search_for_shared() per slot: the vacancies shared this week (ascending id, set by
  // open_vacancies()), the pool (a heap), the part of it ranked so far, a vacancy's best so far, and
  // the account managers' proposals made, assessed, with their vacancies' positions in open_.
  using SharedPoolEntry = std::pair<std::uint32_t, BelievedMatch>;
  struct alignas(64) SharedSearch {
    std::vector<std::uint32_t> fresh;
    std::vector<SharedPoolEntry> heap, ranked;
    std::vector<std::pair<float, std::uint32_t>> best;  // (-quality, seeker), ascending: best first
    std::vector<Application> proposals;
    std::vector<std::uint32_t> proposal_position;  // position in open_ of proposals[i]'s vacancy
  };
  std::vector<SharedSearch> shared_search_;  // per slot
  std::vector<std::size_t> search_slots_;    // the slots with vacancies shared this week (demand approach)
  // What a mediator screens of an open vacancy, kept compact and contiguous per slot.
  struct OpenVacancy {
    std::uint32_t id;
    float stated_requirement;
    std::uint8_t language_requirement;
    bool licence_required;
    bool shared;
    VacancyKind kind;
  };
  // Per slot (market, sector) of the employer:
  std::vector<std::vector<OpenVacancy>> open_by_slot_;      // everything open (mediators see it)
  std::vector<std::vector<OpenVacancy>> shared_by_slot_;    // shared with the municipality
  std::vector<std::vector<std::uint32_t>> public_by_slot_;  // not reserved (own applications)
  std::vector<std::vector<OpenVacancy>> carved_by_slot_;    // shared carved jobs (propose_carved)
  std::vector<Spell> spells_;
  // Growth routes: every future job, those not closed (ascending id), hidden ones per employer
  // (routes on), per sector the cumulative simple jobs of its employers (to place growth plans) and
  // the expected plans per week, and growth jobs to post as ordinary vacancies this week.
  std::vector<GrowthJob> growth_jobs_;
  std::vector<std::uint32_t> growth_open_;
  std::vector<std::vector<std::uint32_t>> hidden_growth_;
  std::array<std::vector<double>, kSectorCount> growth_weight_;
  std::array<double, kSectorCount> growth_plans_per_week_{};
  std::vector<std::uint32_t> growth_sector_employers_;
  bool growth_on_ = false;  // any growth in the profile, or routes enabled
  std::vector<NewVacancy> growth_posted_;
  std::vector<std::vector<EventRecord>> pending_events_;  // per seeker, drained weekly
  // Per seeker, kept between weeks by the applications phase: the case manager's belief about the
  // seeker's match in its target sector and its sector of earlier work (refreshed for seekers being
  // mediated), and the mean of its own applications per week with the exponential its Poisson draw
  // needs (worked out again only when motivation or self-confidence moved the mean).
  struct SearchCache {
    std::array<BelievedMatch, 2> match;
    sim::PoissonMean own_applications;
  };
  std::vector<SearchCache> search_cache_;
  std::vector<EventRecord> events_;

  // The two budgets, what they can pay for this week, and the observed weeks in which a request was
  // first refused, per budget year that it was.
  Budgets budgets_;
  Funds funds_;
  std::vector<int> budget_exhausted_weeks_;
  int exhausted_year_ = -1;
  std::int64_t refusals_before_week_ = 0;
  // Per budget, the year's committed euros and refusals at the start of the week (the observed weeks'
  // totals are summed from the weeks' changes), and those totals: participation committed, paid,
  // refused; income committed, paid, refused.
  std::array<double, 2> week_committed_start_{};
  std::array<double, 2> week_refused_start_{};
  std::array<double, 2> week_refused_eur_start_{};
  std::array<double, 6> budget_totals_{};
  std::vector<Application> hire_refunded_;  // funded(): reserved for the week's applications
  struct TileRequest {
    std::uint64_t key;
    std::uint32_t seeker;
    TileSet tiles;
  };
  std::vector<TileRequest> tile_requests_;
  // Labour demand: the year of the tightness path in force, and per sector this year's mean number of
  // regular applicants per vacancy and week.
  LabourDemand demand_;
  std::size_t demand_year_ = std::numeric_limits<std::size_t>::max();
  std::array<sim::PoissonMaximum::Rate, kSectorCount> regular_rate_{};
  std::array<double, kSectorCount> vacancy_factor_{};
  double willing_share_ = 0.0;  // of all employers, this year
  double willing_share_sum_ = 0.0, applicants_per_vacancy_sum_ = 0.0;  // over the observed weeks

  WeekTotals week_;
  std::uint64_t seeker_weeks_ = 0;
  std::uint64_t employer_weeks_ = 0;

  // Totals over the observed weeks (for KPIs, independent of which series are written).
  double total_staff_eur_ = 0.0, total_instruments_eur_ = 0.0, total_benefit_eur_ = 0.0, total_lks_eur_ = 0.0;
  // The in-house team's staff cost and the provider's fees in the observed weeks (the KPIs; the books
  // and provider_received_eur_ hold every week).
  double total_team_eur_ = 0.0, total_fees_eur_ = 0.0;
  double total_am_hours_ = 0.0, trust_weeks_ = 0.0, trust_sum_ = 0.0, network_sum_ = 0.0;
  std::int64_t total_outflow_work_ = 0;
  // Bijstand flows of the observed 52-week years (KPIs inflow_rate_year and the like): the stock at
  // the end of the last week, per year the stock at its start
  // plus its inflow (summed over the years), and the year's flows; the weekly share in paid work.
  double bijstand_stock_ = 0.0;
  double bijstand_year_base_ = 0.0, bijstand_year_inflow_ = 0.0, bijstand_year_outflow_ = 0.0;
  double bijstand_year_outflow_work_ = 0.0;
  // The bijstand stock at the start of the observed weeks and at the end of the last complete year.
  double bijstand_observed_start_ = 0.0, bijstand_years_end_ = 0.0;
  double working_with_bijstand_sum_ = 0.0, working_with_bijstand_weeks_ = 0.0;
  double insight_sum_ = 0.0, insight_weeks_ = 0.0;
  std::int64_t total_handovers_ = 0;
  Books books_;
  double provider_received_eur_ = 0.0;

  std::vector<sim::SeriesTable> series_;
};

}  // namespace regiosim::models
