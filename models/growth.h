// Growth routes: the Nieuwe Banen method (seed 001). Employers expect to create jobs up to 24
// months ahead; when someone asks them about that growth, the future jobs come into view and a job
// seeker can learn in for one of them before it exists.
//
// A future job moves through the six steps of seed 001 Table 1 as explicit states:
//
//   hidden      the employer plans it; nobody from the municipality has asked (step 0 is the
//               labour-market analysis that tells account managers which sectors to ask in)
//   in_view     step 1: an account manager asked about future growth and the employer named it
//   mapped      step 2: learning route and location mapped with the employer (after mapping_weeks)
//   matched     step 3: a candidate chosen by the employer from the professional's shortlist
//   learning    steps 4-5: the learning plan is signed; the candidate learns in (at the employer's
//               workplace on the small-scale route, at a training centre, social enterprise or
//               ROC on the large-scale route)
//   closed      step 6: at the end evaluation the employer decides whether the learner fits the job
//               (the achieved skill against the job's requirement, valued as any mediated hire:
//               models/employer_valuation.h); the candidate starts in the regular job, or the
//               employer declines and posts the job as an ordinary vacancy; or the job did not appear
//               or the trajectory failed; a candidate not started goes on to mediation with the
//               skills learned; or no candidate took the job and it was posted as an ordinary vacancy
//
// The per-seeker part of a trajectory (a week of learning in) lives in this header as a pure
// function of the seeker; everything that crosses agents runs in the model's serial growth phase.
#pragma once

#include "models/agents.h"
#include "models/parameters.h"
#include "sim/random.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace regiosim::models {

// The three kinds of expected growth of seed 001: (a) expansion of existing business, (b) new
// business from area development, (c) the public sector, mainly care.
enum class GrowthKind : std::uint8_t { expansion, area_development, public_care };
inline constexpr std::size_t kGrowthKindCount = 3;
inline constexpr std::array<std::string_view, kGrowthKindCount> kGrowthKindKeys = {"expansion", "area_development",
                                                                                    "public_care"};

enum class GrowthStep : std::uint8_t { hidden, in_view, mapped, matched, learning, closed };
inline constexpr std::array<std::string_view, 6> kGrowthStepKeys = {"hidden", "in_view", "mapped",
                                                                    "matched", "learning", "closed"};

// How a future job's story ended (GrowthStep::closed).
enum class GrowthOutcome : std::uint8_t {
  open,               // not closed yet
  started,            // step 6: the candidate started in the regular job
  not_materialised,   // the job did not appear: the candidate goes on to mediation
  posted,             // no trajectory reached the start: posted as an ordinary vacancy
  lapsed,             // the job did not appear and nobody was learning for it
  not_hired           // step 6: the employer found the learner not fit for the job: the candidate goes
                      // on to mediation, the job is posted as an ordinary vacancy
};
inline constexpr std::array<std::string_view, 6> kGrowthOutcomeKeys = {"open",   "started", "not_materialised",
                                                                       "posted", "lapsed",  "not_hired"};

// One future job.
struct GrowthJob {
  std::uint32_t id = 0;
  std::uint32_t employer = 0;
  Sector sector = Sector::other;
  GrowthRoute route = GrowthRoute::small_scale;
  GrowthKind kind = GrowthKind::expansion;
  GrowthStep step = GrowthStep::hidden;
  GrowthOutcome outcome = GrowthOutcome::open;
  bool materialises = false;         // drawn when planned; nobody knows until the start week
  std::int32_t planned_week = 0;     // the employer made the plan
  std::int32_t start_week = 0;       // the week the job is expected to exist
  std::int32_t in_view_week = kNone; // step 1 happened
  std::int32_t step_week = 0;        // week the current step began
  std::int32_t account_manager = kNone;
  std::int32_t seeker = kNone;       // candidate (matched or learning)
  std::int32_t last_learner = kNone; // the last candidate matched to it (kept after the trajectory)
  std::int32_t spell = kNone;        // the job spell, once started
  std::int32_t vacancy = kNone;      // the vacancy record (filled by the candidate, or posted)
  float requirement = 0.0F;          // vocational skill the job needs
  float skill_at_match = 0.0F;       // the candidate's vocational skill in the sector at the match
  float effort_left = 0.0F;          // account-manager hours still needed for the current step
  std::uint8_t trajectories = 0;     // candidates who started learning for it
  bool posted_filled_target_group = false;  // posted, and filled from the target group (hire)
};

// The result of one week of learning in.
enum class LearningWeek : std::uint8_t { going_on, finished, dropped_out };

// One week of learning in for a seeker in GrowthState::learning: vocational skill in the job's
// sector and employee skills grow (on the small-scale route the employer teaches the tasks and the
// work coach the employee skills; seed 001 Figure 1), the dropout hazard acts (unresolved debt and
// childcare problems, seed 003 §4.3; less with guidance, seed 001 step 5), every transition (a new
// supervisor, or moving from the training location to the workplace) is a dropout risk (seed 001),
// and the last week certifies a large-scale learner when certification is on. `guidance` is the
// share of the case manager's guidance hours given this week (0..1). Touches only the seeker.
LearningWeek learning_week(JobSeeker& s, const ModelParams& p, sim::RandomStream& rng, float guidance);

// Weeks of learning planned for a job matched `weeks_to_start` weeks before it starts.
std::int32_t planned_learning_weeks(GrowthRoute route, std::int32_t weeks_to_start, const ModelParams& p);

// How the employer sees a candidate for a future job: competencies and motivation, not experience
// (seed 001 step 3). The professional ranks on beliefs (`believed` = true), the employer on what
// it sees of the person.
float growth_candidate_score(float employee_skills, float motivation, float affinity, const ModelParams& p);

}  // namespace regiosim::models
