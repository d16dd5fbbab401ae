// Careers over the years: what time out of work does to a person (duration dependence), the WW a
// lost job may give before bijstand, and the clocks of leaving scope while in work.
//
// Duration dependence has three named mechanisms. Skills wear off and motivation and self-confidence
// fall in every week without work (out_of_work_week); both feed the employer's judgement (matching)
// and the number of own applications. The employer's stigma of a long spell without work is in
// matching.h (stigma). Selection, the better candidates leaving first, follows from the
// heterogeneity the population already has.
//
// Touches only the seeker (and reads its spells), so the employment phase runs it in parallel.
#pragma once

#include "models/agents.h"
#include "models/parameters.h"

#include <cstdint>

namespace regiosim::models {

// The weekly factors of the drift out of work, computed once from the yearly rates.
struct OutOfWorkDrift {
  explicit OutOfWorkDrift(const ModelParams& p);
  float skill_keep;   // share of employee and vocational skills kept after one week out of work
  float spirit_keep;  // share of motivation and self-confidence kept after one week out of work
};

// One week out of work (waiting, in service or on WW): skills wear off, motivation and
// self-confidence fall, each in proportion to its level (careers.skill_depreciation_per_year,
// careers.discouragement_per_year).
void out_of_work_week(JobSeeker& s, const OutOfWorkDrift& drift);

// Paid weeks (in a contract) of a spell within the weeks [from, to).
int paid_weeks(const Spell& sp, int from, int to);

// The WW a job loss in week `week` gives (Werkloosheidswet, simplified): the wekeneis counts paid
// weeks of the job just lost and of the job before it (`previous`, may be null) in the reference
// period; a job that lasted careers.ww.history_years stands for the arbeidsverledeneis and gives a
// month per year of work (the job's years plus the registered work history), at least the base
// duration and at most the maximum. 0: no WW.
int ww_weeks(const JobSeeker& s, const Spell& lost, const Spell* previous, int week, const ModelParams& p);

// WW of the given week on WW (0 = the first), per week, for a lost job that paid `wage_per_week`.
double ww_eur_per_week(double wage_per_week, int weeks_on_ww, const ModelParams& p);

// Bijstand tops up a WW of `ww` per week: it is below the seeker's norm (never on NUG, which pays none).
bool ww_topped_up(const JobSeeker& s, double ww, const ModelParams& p);

}  // namespace regiosim::models
