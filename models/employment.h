// One week of a job spell (seed 002, seed 003 §4.3-4.5): learning on the job, the dropout hazard,
// the end of a trial placement or traineeship, loonkostensubsidie payments with reassessment and
// phase-out, subsidy chasers at the end of the subsidy, the end of a temporary contract (converted,
// renewed or ended: models/contracts.h), more hours for part-time workers, job coaching and the
// provider's aftercare counting down, and earnings against the benefit.
//
// It touches only the seeker and the seeker's own spell, so the employment phase can run it for all
// seekers in parallel.
#pragma once

#include "models/agents.h"
#include "models/events.h"
#include "models/parameters.h"
#include "sim/random.h"

namespace regiosim::models {

struct EmploymentContext {
  const ModelParams& params;
  const Employer& employer;
  float skill_requirement;  // of the vacancy the spell fills
  sim::RandomStream& rng;           // the employment draws of the seeker's week
  sim::RandomStream& contract_rng;  // the contract draws of the seeker's week (Purpose::contracts)
  const EventSink& events;
  int week;      // week index
  int observed;  // week for the event history
  // Strength of the account manager's Nazorg with the employer for this spell, 0..1: the share of its
  // hours it got this week times the share of the employer's signals that reach the person who acts.
  float employer_nazorg = 0.0F;
  // Labour demand in the job's sector this year: its vacancy factor (1 at the reference tightness).
  double sector_demand = 1.0;
};

struct EmploymentWeek {
  SpellEnd ended = SpellEnd::ongoing;  // anything else: the spell ended this week
  bool contract_started = false;
  bool converted_to_permanent = false;
  bool renewed = false;  // a temporary contract was followed by a new one
  double lks_eur = 0.0;
  double no_risk_eur = 0.0;
};

// The weekly benefit norm of the seeker's benefit type.
double benefit_norm(const JobSeeker& s, const ModelParams& p);

// Yearly dropout hazard of a worker in a spell at the given match quality.
// Employer side: trained supervisors, idealism, trust, the account manager's Nazorg with the employer
// (employer_nazorg, 0..1) and, at an employer hiring under a social-return clause, whether the placement
// is supported at all.
double dropout_hazard(const JobSeeker& s, const Spell& sp, float quality, const Employer& e, const ModelParams& p,
                      double employer_nazorg = 0.0);

// Starts the contract after a trial placement or traineeship, or at once: a temporary one runs a drawn
// length (at least min_weeks; contract_rng draws it), assesses the loonwaarde, grants the subsidy,
// sets earnings and ends the benefit when earnings cover it.
void start_contract(JobSeeker& s, Spell& sp, const ModelParams& p, int week, float quality, int min_weeks,
                    sim::RandomStream& contract_rng, const EventSink& events, int observed);

EmploymentWeek employment_week(JobSeeker& s, Spell& sp, const EmploymentContext& ctx);

}  // namespace regiosim::models
