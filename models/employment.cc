#include "models/employment.h"

#include "models/contracts.h"
#include "models/instruments.h"
#include "models/matching.h"
#include "models/rates.h"

#include <algorithm>
#include <cmath>

namespace regiosim::models {

namespace {
// A full-time week in the Netherlands: extra hours for a part-time worker stop here.
constexpr float kFullTimeHours = 40.0F;
}  // namespace


namespace {


bool problem(const JobSeeker& s, LifeDomain d, const ModelParams& p) {
  return s.zrm[static_cast<std::size_t>(d)] <= p.service.problem_score;
}

}  // namespace

double benefit_norm(const JobSeeker& s, const ModelParams& p) {
  return p.benefit.eur_per_week[static_cast<std::size_t>(s.benefit)];
}

double dropout_hazard(const JobSeeker& s, const Spell& sp, float quality, const Employer& e, const ModelParams& p,
                      double employer_nazorg) {
  const auto& ep = p.employment;
  double rate = ep.dropout_per_year;
  if (problem(s, LifeDomain::finances, p)) rate *= ep.debt_hazard_ratio;
  if (problem(s, LifeDomain::childcare, p)) rate *= ep.childcare_hazard_ratio;
  if (problem(s, LifeDomain::health, p)) rate *= ep.health_hazard_ratio;
  // Skills, match quality and the employer's trust act on the log hazard (one exponential).
  double log_ratio = ep.skills_hazard_slope * std::max(0.0, ep.skills_reference - s.employee_skills) +
                     ep.match_hazard_slope * std::max(0.0, ep.match_reference - quality) +
                     ep.trust_hazard_slope * (p.trust.reference - e.trust);
  if (!e.hr_department) rate *= ep.no_hr_hazard_ratio;
  if (s.disability) {
    rate *= ep.disability_hazard_ratio;
    if (sp.has(InstrumentKind::workplace_adaptation)) rate *= ep.adaptation_hazard_ratio;
  }
  if (sp.coaching == CoachingState::active) rate *= ep.job_coaching_hazard_ratio;
  // Aftercare: the case manager's Nazorg at its intensity, or the provider's (or in-house team's) at full
  // strength.
  const double aftercare = sp.provider_aftercare_weeks_left > 0 ? 1.0 : s.nazorg_intensity;
  rate *= 1.0 - (1.0 - ep.aftercare_hazard_ratio) * aftercare;
  // The employer side.
  if (e.supervisors_trained) rate *= ep.trained_supervisor_hazard_ratio;
  if (e.motive == EmployerMotive::idealism) rate *= ep.idealism_hazard_ratio;
  rate *= std::exp(log_ratio);
  // The account manager's Nazorg with the employer: problems signalled early are solved before the
  // job ends, as far as the Nazorg got its hours and the signals reach the person who acts.
  rate *= 1.0 - (1.0 - ep.employer_nazorg_hazard_ratio) * employer_nazorg;
  const bool supported = sp.coaching == CoachingState::active || aftercare > 0.0 || employer_nazorg > 0.0;
  if (e.social_return && !supported) rate *= ep.social_return_hazard_ratio;
  return rate;
}

void start_contract(JobSeeker& s, Spell& sp, const ModelParams& p, int week, float quality, int min_weeks,
                    sim::RandomStream& contract_rng, const EventSink& events, int observed) {
  sp.form = sp.permanent_offer ? SpellForm::permanent_contract : SpellForm::temporary_contract;
  sp.contract_start_week = week;
  sp.contract_end_week = sp.permanent_offer ? kNone : week + std::max(draw_contract_weeks(p, contract_rng), min_weeks);
  sp.loonwaarde_now = loonwaarde_of(s, quality, p, sp.has(InstrumentKind::workplace_adaptation));
  sp.lks_weeks_granted = 0;
  if (sp.has(InstrumentKind::lks)) {
    if (sp.loonwaarde_now < static_cast<float>(p.policy.lks_max_loonwaarde)) {
      sp.lks_weeks_granted = static_cast<std::int32_t>(p.policy.lks_max_weeks);
      sp.lks_loonwaarde = sp.loonwaarde_now;
    } else {
      sp.instruments = static_cast<std::uint16_t>(sp.instruments & ~bit(InstrumentKind::lks));
    }
  }
  s.earnings_eur_per_week = sp.hours_per_week * sp.wage_eur_per_hour;
  events.emit(observed, s.id, EventKind::contract_start, -1, static_cast<std::int32_t>(sp.employer));
  if (s.on_benefit && s.earnings_eur_per_week >= benefit_norm(s, p)) {
    s.on_benefit = false;
    s.week_flags |= kFlagOutflowWork;
    events.emit(observed, s.id, EventKind::outflow_work, -1, static_cast<std::int32_t>(sp.employer));
  }
}

EmploymentWeek employment_week(JobSeeker& s, Spell& sp, const EmploymentContext& ctx) {
  const auto& p = ctx.params;
  const auto& ep = p.employment;
  EmploymentWeek out;
  const auto sector = static_cast<std::size_t>(sp.sector);

  // Learning on the job; a traineeship adds practice against learning goals.
  s.employee_skills += static_cast<float>(ep.skill_growth_per_week) * (1.0F - s.employee_skills);
  if (sp.form == SpellForm::traineeship) {
    s.employee_skills += static_cast<float>(ep.traineeship_skill_gain) * (1.0F - s.employee_skills);
  }
  s.vocational[sector] += static_cast<float>(ep.skill_growth_per_week) * (1.0F - s.vocational[sector]);
  const float quality = match_quality(s, sector, ctx.skill_requirement, p);

  const bool dropout = ctx.rng.bernoulli(weekly_probability(dropout_hazard(s, sp, quality, ctx.employer, p, ctx.employer_nazorg)));

  // Coaching and the provider's aftercare count down.
  if (sp.coaching == CoachingState::active && --sp.coaching_weeks_left <= 0) {
    sp.coaching = CoachingState::done;
    ctx.events.emit(ctx.observed, s.id, EventKind::coaching_end, -1, static_cast<std::int32_t>(sp.employer),
                    static_cast<int>(InstrumentKind::job_coaching));
    if (sp.provider != Trajectory::none) {
      sp.provider_aftercare_weeks_left = static_cast<std::int32_t>(p.policy.werkmakelaar_aftercare_weeks);
    }
  } else if (sp.coaching != CoachingState::active && sp.provider_aftercare_weeks_left > 0) {
    --sp.provider_aftercare_weeks_left;
  }
  if (sp.no_risk_weeks_left > 0 && sp.in_contract()) {
    --sp.no_risk_weeks_left;
    out.no_risk_eur = p.instruments.no_risk_eur_per_week;
  }

  if (dropout) {
    out.ended = SpellEnd::dropout;
    return out;
  }

  switch (sp.form) {
    case SpellForm::trial_placement:
      if (ctx.week >= sp.form_end_week) {
        // The employer has seen the work: a contract if the quality it saw is good enough.
        const double seen = quality + ctx.rng.normal(0.0, p.hiring.interview_noise_sd);
        if (seen >= p.hiring.trial_conversion_quality) {
          s.week_flags |= kFlagTrialConverted;
          start_contract(s, sp, p, ctx.week, quality, 0, ctx.contract_rng, ctx.events, ctx.observed);
          out.contract_started = true;
        } else {
          s.week_flags |= kFlagTrialEnded;
          out.ended = SpellEnd::trial_not_converted;
        }
      }
      return out;
    case SpellForm::traineeship:
      if (ctx.week >= sp.form_end_week) {
        // A finished traineeship is always followed by a contract of at least six months.
        s.week_flags |= kFlagTraineeshipDone;
        start_contract(s, sp, p, ctx.week, quality, static_cast<int>(p.policy.traineeship_contract_weeks),
                       ctx.contract_rng, ctx.events, ctx.observed);
        out.contract_started = true;
      }
      return out;
    case SpellForm::temporary_contract:
    case SpellForm::permanent_contract:
      break;
  }

  // Loonkostensubsidie: reassess, pay, phase out, stop.
  if (sp.lks_weeks_paid < sp.lks_weeks_granted) {
    const int weeks_in = ctx.week - sp.contract_start_week;
    if (weeks_in > 0 && weeks_in % static_cast<int>(p.policy.lks_reassessment_weeks) == 0) {
      sp.loonwaarde_now = loonwaarde_of(s, quality, p, sp.has(InstrumentKind::workplace_adaptation));
    }
    if (sp.loonwaarde_now >= 1.0F) {
      sp.lks_weeks_granted = sp.lks_weeks_paid;  // full productivity: no gap left to compensate
      ctx.events.emit(ctx.observed, s.id, EventKind::subsidy_end, -1, static_cast<std::int32_t>(sp.employer),
                      static_cast<int>(InstrumentKind::lks));
    } else {
      const int left = sp.lks_weeks_granted - sp.lks_weeks_paid;
      const int phase = static_cast<int>(p.policy.lks_phase_out_weeks);
      const double factor = phase > 0 && left <= phase ? static_cast<double>(left) / phase : 1.0;
      // Never more than was committed at the hire (more hours or a lower loonwaarde would need a new
      // decision).
      out.lks_eur = std::min((1.0 - sp.loonwaarde_now) * sp.wage_eur_per_hour * sp.hours_per_week *
                                 (1.0 + p.instruments.lks_employer_charges) * factor,
                             std::max(0.0, sp.lks_committed_eur - sp.lks_paid_eur));
      sp.lks_paid_eur += out.lks_eur;
      ++sp.lks_weeks_paid;
      if (sp.lks_weeks_paid == sp.lks_weeks_granted) {
        ctx.events.emit(ctx.observed, s.id, EventKind::subsidy_end, -1, static_cast<std::int32_t>(sp.employer),
                        static_cast<int>(InstrumentKind::lks));
        // A subsidy chaser tends to let the worker go when the money stops (seed 003 §4.3).
        if (ctx.employer.subsidy_chaser && ctx.rng.bernoulli(ep.chaser_dismissal_probability)) {
          s.week_flags |= kFlagChaserDismissal;
          out.ended = SpellEnd::dismissed_at_subsidy_end;
          return out;
        }
      }
    }
  }

  // The end of a temporary contract: the employer weighs the worker's productivity, its sector's demand
  // and the support it gets, within the ketenregeling, and converts, renews or ends it.
  if (sp.form == SpellForm::temporary_contract && ctx.week >= sp.contract_end_week) {
    const ContractReview review{.quality = quality,
                                .sector_demand = ctx.sector_demand,
                                .coaching = sp.coaching == CoachingState::active,
                                .lks_running = sp.lks_weeks_paid < sp.lks_weeks_granted,
                                .contracts = sp.renewals + 1,
                                .chain_weeks = ctx.week - sp.contract_start_week};
    const ContractOutcome decided = decide_contract(review, p, ctx.contract_rng.uniform());
    const auto employer = static_cast<std::int32_t>(sp.employer);
    switch (decided.decision) {
      case ContractDecision::convert:
        sp.form = SpellForm::permanent_contract;
        sp.converted_week = ctx.week;
        sp.contract_end_week = kNone;
        out.converted_to_permanent = true;
        s.week_flags |= kFlagConverted;
        ctx.events.emit(ctx.observed, s.id, EventKind::converted, -1, employer);
        break;
      case ContractDecision::renew:
        ++sp.renewals;
        sp.contract_end_week = ctx.week + std::min(draw_contract_weeks(p, ctx.contract_rng), decided.weeks_left_in_chain);
        out.renewed = true;
        s.week_flags |= kFlagRenewed;
        ctx.events.emit(ctx.observed, s.id, EventKind::renewed, -1, employer);
        break;
      case ContractDecision::end:
        out.ended = SpellEnd::contract_end;
        return out;
    }
  }

  // A part-time worker on a benefit top-up may get more hours and leave benefit.
  if (s.on_benefit && ctx.rng.bernoulli(weekly_probability(ep.hours_increase_per_year))) {
    sp.hours_per_week = std::min(kFullTimeHours, sp.hours_per_week + static_cast<float>(ep.extra_hours));
    s.earnings_eur_per_week = sp.hours_per_week * sp.wage_eur_per_hour;
    if (s.earnings_eur_per_week >= benefit_norm(s, p)) {
      s.on_benefit = false;
      s.week_flags |= kFlagOutflowWork;
      ctx.events.emit(ctx.observed, s.id, EventKind::outflow_work, -1, static_cast<std::int32_t>(sp.employer));
    }
  }
  return out;
}

}  // namespace regiosim::models
