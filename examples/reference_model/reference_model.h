// The reference labour model R1.1 (../shared/reference-model/REFERENCE-MODEL.md) on regiosim's
// engine alone: a small model specified completely so that other agent-based frameworks can
// implement the same work and compare speed and weekly counts.
//
// It uses sim/ only (week plan, executors, counter-based random numbers) and none of models/: it is
// also the example of how to write a model on this engine.
//
//   refmodel::Params p;                 // the specification's defaults
//   p.seekers = 100'000;
//   refmodel::ReferenceModel model(p);  // the initial seekers, coaches and employers
//   sim::TbbExecutor executor(2);
//   sim::Simulation simulation(executor);
//   simulation.run(model.plan(), {.burn_in = 0, .total = p.weeks});
//   model.counts();                     // one row of counts per week
//
// A week runs the specification's five steps as five phases:
//   inflow      serial     new seekers (waiting)
//   assignment  serial     waiting seekers in id order get the lowest-numbered coach with room
//   seekers     proposals  every seeker's week in parallel (diagnosis, services, employment); the
//                          effects on others (employer trust, the waiting list) and the seekers in
//                          mediation come back as proposals in seeker order; resolve() applies them
//                          and runs mediation alone, in a random order drawn per week
//   employers   agents     vacancies open and close per employer in parallel
//   collect     serial     the week's counts
// Where the specification leaves an order open (seekers act "in random order"), the choices are:
// a seeker acts on the state it had at the start of the week; the week's trust changes from
// dropouts and completed jobs apply before mediation; mediation is sequential in a random order,
// so "first hire wins" holds exactly. Results are identical for any thread count.
#pragma once

#include "sim/week_plan.h"

#include <array>
#include <span>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace refmodel {

namespace sim = regiosim::sim;

// Every number of R1.1, with the specification's value as default.
struct Params {
  std::uint32_t seekers = 10'000;  // N0, the initial seekers
  int weeks = 520;
  std::uint64_t seed = 1;
  double inflow_per_week = 0.006;  // x N0, Poisson
  std::array<double, 5> rung_shares = {0.10, 0.20, 0.30, 0.25, 0.15};
  double debt_share = 0.3;
  double childcare_share = 0.2;
  std::uint32_t sectors = 8;
  std::uint32_t coach_capacity = 40;
  std::uint32_t seekers_per_coach = 60;   // coaches = ceil(N0 / 60)
  std::uint32_t seekers_per_employer = 3;  // employers = N0 / 3
  double trust_low = 0.3, trust_high = 0.9;  // initial trust ~ U(low, high)
  double trust_min = 0.05, trust_max = 1.0;
  double subsidy_chaser_share = 0.1;
  double vacancies_per_week = 0.05;        // per employer, Poisson
  int vacancy_open_weeks = 8;
  int diagnosis_min_weeks = 1, diagnosis_max_weeks = 4;
  double ready_skill = 0.5;                // services until skill >= this and no debt
  double skill_gain = 0.02;                // per week of services, x motivation
  double debt_clears = 0.05;               // per week of services
  std::uint32_t employers_looked_at = 3;
  double hire_cap = 0.9, hire_base = 0.15, subsidy_boost = 0.5;
  double rung_base = 0.6, rung_step = 0.2;  // (rung_base + rung_step x r / 5)
  int subsidy_max_rung = 2;                 // LKS offered to rungs 1-2
  int subsidy_weeks = 26;
  int aftercare_weeks = 13;
  double dropout_base = 0.004;
  double aftercare_factor = 0.6;
  double fired_at_subsidy_end = 0.5;       // by a subsidy chaser
  double trust_after_dropout = -0.05;
  double trust_after_completion = 0.02;
  int weeks_to_exit = 52;                  // weeks employed until the seeker leaves the model
};

enum class State : std::uint8_t { waiting, diagnosis, services, mediation, employed, exited };
inline constexpr std::size_t kStateCount = 6;
inline constexpr std::array<const char*, kStateCount> kStateNames = {"waiting",  "diagnosis", "services",
                                                                     "mediation", "employed", "exited"};

// The counts of one week (at its end).
struct WeekCounts {
  std::array<std::int64_t, kStateCount> states{};
  std::int64_t placements = 0;
  std::int64_t dropouts = 0;        // by the weekly hazard
  std::int64_t fired = 0;           // at the end of the subsidy, by a subsidy chaser
  std::int64_t exits = 0;           // 52 weeks employed
  std::int64_t open_vacancies = 0;  // after the employers' step
};

class ReferenceModel {
 public:
  explicit ReferenceModel(const Params& p);

  // The week as phases on the engine; the model must outlive the plan.
  sim::WeekPlan plan();

  const std::vector<WeekCounts>& counts() const noexcept { return counts_; }
  std::size_t seekers() const noexcept { return seekers_.size(); }
  std::size_t coaches() const noexcept { return caseload_.size(); }
  std::size_t employers() const noexcept { return employers_.size(); }
  // Share of the placements made at least weeks_to_exit weeks before the last week that lasted
  // weeks_to_exit weeks (no dropout, not fired); NaN without such placements.
  double still_employed_share() const;
  std::int64_t total_placements() const;

 private:
  struct Seeker {
    float skill = 0;
    float motivation = 0;
    std::int32_t coach = -1;
    std::int32_t employer = -1;
    std::int32_t state_week = 0;      // week the current state began
    std::int32_t placed_week = -1;
    std::int32_t weeks_unemployed = 0;
    std::int16_t diagnosis_weeks = 0;
    std::int16_t subsidy_left = 0;
    std::int16_t aftercare_left = 0;
    std::int16_t weeks_employed = 0;
    std::uint8_t rung = 1;
    std::uint8_t sector = 0;
    bool debt = false;
    bool childcare = false;
    bool subsidised = false;
  };
  struct Employer {
    float trust = 0;
    std::uint8_t sector = 0;
    bool subsidy_chaser = false;
    std::vector<std::int32_t> open;  // opening weeks of the open vacancies, oldest first
  };
  // What a seeker's week does to others (applied in seeker order by resolve()).
  struct Effect {
    enum Kind : std::uint8_t { mediate, dropout, fired, completed } kind;
    std::uint32_t seeker;
  };

  void add_seeker(std::uint32_t id, int week);
  void inflow(int week);
  void assign(int week);
  void seeker_week(std::uint32_t id, int week, std::vector<Effect>& out);
  void resolve(std::span<const Effect> effects, int week);
  void mediate(std::uint32_t id, int week);
  void employer_week(std::uint32_t id, int week);
  void collect(int week);
  void set_state(std::uint32_t id, State s, int week) noexcept {
    state_[id] = s;
    seekers_[id].state_week = week;
  }

  Params p_;
  std::vector<Seeker> seekers_;
  std::vector<State> state_;              // apart from the record: most seekers are skipped on it
  std::vector<std::int32_t> caseload_;    // per coach
  std::vector<Employer> employers_;
  std::vector<std::vector<std::uint32_t>> hiring_by_sector_;  // employers with an open vacancy
  std::vector<std::uint32_t> hiring_position_;                // an employer's place in its sector's list
  std::vector<std::uint32_t> waiting_;                        // seekers without a coach
  std::vector<std::uint32_t> mediating_;                      // this week's, in their drawn order
  std::vector<std::array<std::int64_t, kStateCount>> chunk_states_;
  std::vector<WeekCounts> counts_;
  std::vector<std::int64_t> placed_in_week_, completed_of_week_;  // by week of placement
  WeekCounts week_;
};

}  // namespace refmodel
