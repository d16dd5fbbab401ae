// One region: job seekers, case managers, job coaches, employers, vacancies and a purchased
// provider, and the fixed list of weekly phases that moves them (design brief §3):
//
//   inflow             serial     budget year; new seekers register (Melding) and join the queue
//   assign             serial     staffing review; waiting seekers get a case manager (FIFO);
//                                 referrals to the purchased trajectory
//   plan               per seeker service rules choose tiles from the klantbeeld; hours demanded
//   allocate           serial     each case manager's hours are shared over the caseload's demand
//   services           per seeker one week in every active tile, at the granted intensity
//   vacancies          per employer → serial: new vacancies are posted, expired ones close
//   regular_applicants per vacancy: this week's regular (non-target-group) applicants arrive
//   applications       per seeker → serial: proposals by case managers and the provider, own
//                      applications; employers decide with the instruments offered, regular
//                      applicants compete, conflicts resolved in a seeded order (plan/commit)
//   employment         per seeker one week of every job spell (trial, traineeship, contract, LKS,
//                      dropout), exits, life events, benefit paid
//   bookkeeping        serial     caseloads, job coaching, the provider, weekly aggregates, events
//
// Per-seeker phases touch only that seeker (and its own job spell); everything that crosses agents
// happens in serial phases in a fixed order, so results do not depend on the thread count.
#pragma once

#include "models/agents.h"
#include "models/events.h"
#include "models/klantbeeld.h"
#include "models/parameters.h"
#include "models/population.h"
#include "models/purchased_trajectory.h"
#include "models/service_rules.h"
#include "sim/run_result.h"
#include "sim/week_plan.h"

#include <array>
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <vector>

namespace regiosim::models {

class RegionModel {
 public:
  RegionModel(const ModelParams& params, std::uint64_t seed);

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
  const std::vector<Employer>& employers() const noexcept { return employers_; }
  const std::vector<Vacancy>& vacancies() const noexcept { return vacancies_; }
  const std::vector<Spell>& spells() const noexcept { return spells_; }
  const std::deque<std::uint32_t>& queue() const noexcept { return queue_; }
  const WerkmakelaarProvider& provider() const noexcept { return provider_; }
  const ModelParams& params() const noexcept { return p_; }
  std::uint64_t seeker_weeks() const noexcept { return seeker_weeks_; }
  std::uint64_t employer_weeks() const noexcept { return employer_weeks_; }
  const sim::SeriesTable* series(std::string_view name) const;
  // Money by category over every week (burn-in included), as booked by the municipality.
  struct Books {
    double benefit_eur = 0.0, lks_eur = 0.0, adaptation_eur = 0.0, no_risk_eur = 0.0, werkmakelaar_eur = 0.0;
    double tiles_eur = 0.0, staff_eur = 0.0;
  };
  const Books& books() const noexcept { return books_; }
  double provider_received_eur() const noexcept { return provider_received_eur_; }

 private:
  struct NewVacancy {
    std::uint32_t employer;
    float skill_requirement;
    std::uint8_t language_requirement;
    bool licence_required;
    float hours_per_week;
    float wage_eur_per_hour;
    bool permanent;
  };
  struct Application {
    std::uint32_t vacancy;
    std::uint32_t seeker;
    bool mediated;
    bool provider;
  };
  struct WeekTotals {
    std::int64_t inflow = 0, assigned = 0, placements = 0, placements_mediated = 0;
    std::int64_t vacancies_new = 0, filled_target_group = 0, filled_regular = 0, expired = 0;
    std::int64_t applications = 0, applications_mediated = 0, referrals = 0;
    std::array<std::int64_t, kInstrumentCount + 1> placements_by_instrument{};  // last: none
    std::array<std::int64_t, 4> placements_by_loonwaarde{};
    double intake_hours = 0.0;
    double werkmakelaar_eur = 0.0;
  };

  // Phases.
  void inflow(const sim::Week& w);
  void assign(const sim::Week& w);
  void plan_services(const sim::Chunk& c, const sim::Week& w);
  void allocate_hours(const sim::Week& w);
  void services(const sim::Chunk& c, const sim::Week& w);
  void propose_vacancies(const sim::Chunk& c, const sim::Week& w, std::vector<NewVacancy>& out);
  void open_vacancies(std::span<const NewVacancy> proposals, const sim::Week& w);
  void regular_applicants(const sim::Chunk& c, const sim::Week& w);
  void propose_applications(const sim::Chunk& c, const sim::Week& w, std::vector<Application>& out);
  void hire(std::span<const Application> applications, const sim::Week& w);
  void employment(const sim::Chunk& c, const sim::Week& w);
  void bookkeeping(const sim::Week& w);

  // Helpers.
  void add_seeker(JobSeeker s);
  EventSink sink(std::uint32_t seeker);
  float intensity(const JobSeeker& s) const;
  void review_staffing(const sim::Week& w);
  void refer_to_provider(const sim::Week& w);
  void assign_job_coaching(const sim::Week& w);
  void mediate(const JobSeeker& s, const sim::Week& w, int proposals, bool provider, std::vector<Application>& out);
  void start_spell(JobSeeker& s, const Vacancy& v, const Application& a, std::uint16_t instruments, SpellForm form,
                   float quality, float loonwaarde, int week);
  void end_spell(JobSeeker& s, SpellEnd reason, int week);

  // Output (region_output.cc).
  void define_series();
  void record_week(const sim::Week& w);
  sim::SeriesTable* table(std::string_view name);
  sim::SeriesTable survival_curve() const;
  sim::RecordTable spells_table() const;
  sim::RecordTable events_table() const;

  ModelParams p_;
  std::uint64_t seed_;
  PopulationProfile profile_;
  Priors priors_;
  DefaultServiceRules rules_;
  WerkmakelaarProvider provider_;
  bool events_enabled_;

  std::vector<JobSeeker> seekers_;
  std::vector<std::uint32_t> active_;  // not exited, ascending id
  std::deque<std::uint32_t> queue_;    // waiting for a case manager, FIFO
  std::vector<Coach> coaches_;         // case managers
  std::vector<Coach> job_coaches_;
  std::deque<std::uint32_t> coaching_queue_;  // spells waiting for a job coach, FIFO
  std::vector<std::uint32_t> coached_;         // spells with a job coach
  std::vector<Employer> employers_;
  std::vector<Vacancy> vacancies_;
  std::vector<std::uint32_t> open_;    // open vacancy ids, ascending
  std::array<std::vector<std::uint32_t>, kSectorCount> open_by_sector_;
  std::vector<Spell> spells_;
  std::vector<std::vector<EventRecord>> pending_events_;  // per seeker, drained weekly
  std::vector<EventRecord> events_;

  // The instrument budget of the current budget year (52-week blocks from the start).
  int budget_year_ = -1;
  double budget_spent_ = 0.0;
  bool budget_open_ = true;
  std::vector<int> budget_exhausted_weeks_;  // observed week it ran out, per year that it did

  WeekTotals week_;
  std::uint64_t seeker_weeks_ = 0;
  std::uint64_t employer_weeks_ = 0;

  // Totals over the observed weeks (for KPIs, independent of which series are written).
  double total_staff_eur_ = 0.0, total_instruments_eur_ = 0.0, total_benefit_eur_ = 0.0, total_lks_eur_ = 0.0;
  std::int64_t total_outflow_work_ = 0;
  Books books_;
  double provider_received_eur_ = 0.0;

  std::vector<sim::SeriesTable> series_;
};

}  // namespace regiosim::models
