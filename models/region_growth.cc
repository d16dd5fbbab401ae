// RegionModel, growth routes: the Nieuwe Banen method (seed 001). Employers plan growth up to 24
// months ahead; account managers who ask about it bring the future jobs into view; the jobs go
// through the six steps of seed 001 Table 1 (see models/growth.h). One serial phase, after the
// account managers' plan of the week:
//
//   1. new growth plans (always: growth happens whether or not anyone asks);
//   2. the work on future jobs already in view (mapping, the learning plan, the start or the
//      release of a learner), then matching candidates to jobs whose learning window opened;
//   3. growth conversations with the account managers' growth hours still free.
//
// Jobs nobody prepared a candidate for are posted as ordinary vacancies in the week they start.
#include "models/instruments.h"
#include "models/klantbeeld.h"
#include "models/matching.h"
#include "models/purposes.h"
#include "models/rates.h"
#include "models/region_model.h"
#include "sim/random.h"

#include <algorithm>
#include <cmath>

namespace regiosim::models {

namespace {

// Uniform integer in [range[0], range[1]] (a reversed range counts as its lower end).
std::int32_t uniform_int(sim::RandomStream& rng, const Shares<2>& range) {
  const auto lo = static_cast<std::int64_t>(std::lround(range[0]));
  const auto hi = std::max(lo, static_cast<std::int64_t>(std::lround(range[1])));
  return static_cast<std::int32_t>(lo + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(hi - lo + 1))));
}

// The terms of a growth job's vacancy, drawn like an ordinary vacancy's: language from the sector,
// a driving licence (for a posted vacancy only), hours, wage and contract.
struct JobTerms {
  std::uint8_t language_requirement = 1;
  bool licence_required = false;
  float hours_per_week = 0.0F;
  float wage_eur_per_hour = 0.0F;
  bool permanent = false;
};

JobTerms draw_terms(sim::RandomStream& rng, const ModelParams& p, std::size_t sector, bool with_licence) {
  const auto& vp = p.vacancies;
  JobTerms t;
  t.language_requirement = static_cast<std::uint8_t>(std::lround(vp.language_requirement[sector]));
  if (with_licence) t.licence_required = rng.bernoulli(vp.licence_required_share[sector]);
  t.hours_per_week = static_cast<float>(vp.hours_per_week[sector] * rng.uniform(1.0 - vp.hours_spread, 1.0 + vp.hours_spread));
  t.wage_eur_per_hour = static_cast<float>(vp.hourly_wage_eur * (1.0 + rng.uniform() * vp.wage_premium_max));
  t.permanent = rng.bernoulli(vp.permanent_share);
  return t;
}

// Numerical guard, not behaviour: a growth job's remaining effort below this counts as done.
constexpr float kEffortGuard = 1e-6F;
// Account managers ask random employers of a growth sector until one may be asked; after this many
// tries in one week they stop (rarely binding: most employers may be asked).
constexpr int kAskAttempts = 20;

double mid(const Shares<2>& range) {
  return (std::round(range[0]) + std::max(std::round(range[0]), std::round(range[1]))) / 2;
}

}  // namespace

void RegionModel::init_growth() {
  const auto& g = p_.growth;
  bool any = false;
  for (std::size_t k = 0; k < kSectorCount; ++k) any = any || g.jobs_per_year[k] > 0.0;
  growth_on_ = any || p_.policy.growth_routes_enabled;
  if (!growth_on_) return;
  if (p_.policy.growth_routes_enabled) hidden_growth_.assign(employers_.size(), {});
  // Plans land on employers in proportion to their simple jobs; the expected plan size follows the
  // employer mix, so that the jobs per year match the profile.
  const double small = mid(g.small_scale_jobs);
  const double large = mid(g.large_scale_jobs);
  for (std::size_t k = 0; k < kSectorCount; ++k) {
    const bool care = static_cast<Sector>(k) == Sector::care;
    double total = 0.0, size = 0.0;
    for (auto eid : employers_by_sector_[k]) {
      const Employer& e = employers_[eid];
      const double w = std::max(0.0F, e.simple_jobs);
      const double by_employer = e.size == SizeClass::large ? large : small;
      const double expected = care ? by_employer : g.area_development_share * large + (1.0 - g.area_development_share) * by_employer;
      total += w;
      size += w * expected;
      growth_weight_[k].push_back(total);
    }
    if (g.jobs_per_year[k] > 0.0 && total > 0.0) {
      growth_plans_per_week_[k] = total * g.jobs_per_year[k] / kWeeksPerYear / (size / total);
      growth_sector_employers_.insert(growth_sector_employers_.end(), employers_by_sector_[k].begin(),
                                      employers_by_sector_[k].end());
    }
  }
  // Without growth sectors the analysis names none: account managers ask anyone.
  if (growth_sector_employers_.empty()) {
    for (const auto& e : employers_) growth_sector_employers_.push_back(e.id);
  }
  std::sort(growth_sector_employers_.begin(), growth_sector_employers_.end());
}

void RegionModel::growth(const sim::Week& w) {
  growth_posted_.clear();
  if (!growth_on_) return;
  plan_growth(w);
  advance_growth_jobs(w);
  if (p_.policy.growth_routes_enabled) ask_about_growth(w);
}

// Step 0 happens in the region whatever the municipality does: employers in growing sectors plan
// future jobs, of three kinds (seed 001): expansion, new business from area development (large
// scale: no workplace exists yet) and public-sector growth in care.
void RegionModel::plan_growth(const sim::Week& w) {
  const auto& g = p_.growth;
  for (std::size_t k = 0; k < kSectorCount; ++k) {
    if (growth_plans_per_week_[k] <= 0.0) continue;
    sim::RandomStream rng(seed_, k, static_cast<std::uint32_t>(w.index), id(Purpose::growth));
    // Employers expect more growth when labour is scarce (seed 001 step 1; models/labour_demand.h).
    const std::int64_t plans = rng.poisson(growth_plans_per_week_[k] * demand_.growth_factor(demand_year_, k));
    const auto& weight = growth_weight_[k];
    for (std::int64_t n = 0; n < plans; ++n) {
      const double x = rng.uniform() * weight.back();
      const auto at = static_cast<std::size_t>(std::upper_bound(weight.begin(), weight.end(), x) - weight.begin());
      const std::uint32_t eid = employers_by_sector_[k][std::min(at, weight.size() - 1)];
      const Employer& e = employers_[eid];
      GrowthKind kind = GrowthKind::expansion;
      if (e.sector == Sector::care) kind = GrowthKind::public_care;
      else if (rng.bernoulli(g.area_development_share)) kind = GrowthKind::area_development;
      const GrowthRoute route = kind == GrowthKind::area_development || e.size == SizeClass::large
                                    ? GrowthRoute::large_scale
                                    : GrowthRoute::small_scale;
      const std::int32_t jobs =
          uniform_int(rng, route == GrowthRoute::large_scale ? g.large_scale_jobs : g.small_scale_jobs);
      const std::int32_t start = w.index + uniform_int(rng, g.lead_weeks);
      const bool materialises = rng.bernoulli(g.materialise_probability);
      for (std::int32_t j = 0; j < jobs; ++j) {
        GrowthJob job;
        job.id = static_cast<std::uint32_t>(growth_jobs_.size());
        job.employer = eid;
        job.sector = e.sector;
        job.route = route;
        job.kind = kind;
        job.materialises = materialises;
        job.planned_week = w.index;
        job.start_week = start;
        job.step_week = w.index;
        // The work in competences (werkprofiel): what the future job really needs.
        job.requirement = static_cast<float>(rng.uniform(p_.vacancies.skill_requirement[0], p_.vacancies.skill_requirement[1]));
        growth_jobs_.push_back(job);
        growth_open_.push_back(job.id);
        if (!hidden_growth_.empty()) hidden_growth_[eid].push_back(job.id);
        ++week_.growth_announced[static_cast<std::size_t>(route)];
      }
    }
  }
}

Coach* RegionModel::growth_account_manager(GrowthJob& j) {
  if (j.account_manager != kNone && account_managers_[static_cast<std::size_t>(j.account_manager)].employed) {
    return &account_managers_[static_cast<std::size_t>(j.account_manager)];
  }
  // The account manager who asked has left: the sector's account manager takes the job over.
  const std::int32_t am = sector_account_manager_[static_cast<std::size_t>(j.sector)];
  j.account_manager = am;
  return am == kNone ? nullptr : &account_managers_[static_cast<std::size_t>(am)];
}

bool RegionModel::spend_growth_hours(Coach* am, double hours) {
  if (am == nullptr || am->growth_hours + kRoundingGuard < hours) return false;
  am->growth_hours -= hours;
  am->used_hours += hours;
  week_.am_hours_used += hours;
  week_.growth_hours += hours;
  return true;
}

// Work on a step spreads over the weeks: the account manager gives what its growth hours allow;
// true once the step's hours are all given.
bool RegionModel::work_on(GrowthJob& j) {
  if (j.effort_left <= 0.0F) return true;
  Coach* am = growth_account_manager(j);
  if (am == nullptr || am->growth_hours <= 0.0) return false;
  const double given = std::min<double>(j.effort_left, am->growth_hours);
  spend_growth_hours(am, given);
  j.effort_left = static_cast<float>(std::max(0.0, j.effort_left - given));
  return j.effort_left <= kEffortGuard;
}

// The employer advertises a growth job like any other: nobody learned in for it, or the employer
// found the learner not fit for it at the end evaluation.
void RegionModel::post_growth_job(const GrowthJob& j, const sim::Week& w) {
  sim::RandomStream rng(seed_, j.id, static_cast<std::uint32_t>(w.index), id(Purpose::growth), 1);
  const Employer& e = employers_[j.employer];
  const JobTerms terms = draw_terms(rng, p_, static_cast<std::size_t>(j.sector), true);
  NewVacancy v{};
  v.employer = j.employer;
  v.skill_requirement = j.requirement;
  v.stated_requirement = e.werkprofiel ? j.requirement : j.requirement + e.requirement_inflation;
  v.language_requirement = terms.language_requirement;
  v.licence_required = terms.licence_required;
  v.hours_per_week = terms.hours_per_week;
  v.wage_eur_per_hour = terms.wage_eur_per_hour;
  v.permanent = terms.permanent;
  v.kind = VacancyKind::regular;
  v.shared = false;
  v.positions = 1;
  v.growth_job = static_cast<std::int32_t>(j.id);
  v.serial = kSerialGrowth | (j.id & kSerialMask);
  growth_posted_.push_back(v);
}

void RegionModel::close_growth_job(GrowthJob& j, GrowthOutcome outcome, const sim::Week& w) {
  j.step = GrowthStep::closed;
  j.outcome = outcome;
  j.step_week = w.index;
  switch (outcome) {
    case GrowthOutcome::started: break;
    case GrowthOutcome::not_materialised: ++week_.growth_not_materialised; break;
    case GrowthOutcome::lapsed: ++week_.growth_lapsed; break;
    case GrowthOutcome::posted:
      post_growth_job(j, w);
      ++week_.growth_posted;
      break;
    case GrowthOutcome::not_hired:
      post_growth_job(j, w);
      ++week_.growth_not_hired;
      break;
    case GrowthOutcome::open: break;
  }
  if (outcome != GrowthOutcome::lapsed && outcome != GrowthOutcome::not_materialised) {
    ++week_.growth_materialised[static_cast<std::size_t>(j.route)];
  }
}

// The candidate leaves the trajectory (dropout, or the job did not appear) and goes on with the
// case manager: Bemiddeling where ready for it, building on what was learned (seed 001 step 6).
void RegionModel::release_learner(GrowthJob& j, const sim::Week& w) {
  JobSeeker& s = seekers_[static_cast<std::size_t>(j.seeker)];
  s.growth = GrowthState::none;
  s.growth_job = kNone;
  s.growth_weeks_left = 0;
  j.seeker = kNone;
  if (s.tiles.has(Tile::opleiden) && s.status != SeekerStatus::exited) {
    s.tiles.remove(Tile::opleiden);
    sink(s.id).emit(w.observed(), s.id, EventKind::tile_end, static_cast<int>(Tile::opleiden));
  }
}

// Step 6: the end evaluation, once the learner has learned in and the job has appeared. The
// employer decides whether the learner fits the job as it decides on any mediated candidate
// (assess, decide: models/employer_valuation.h), at the match of the vocational skill achieved in
// the sector against the job's requirement. The learning period was the trial: no trial placement
// or traineeship comes with it (models/instruments.cc). A learner taken starts in the regular job
// with a contract; one not taken goes on to mediation with the skills learned, and the employer
// posts the job as an ordinary vacancy (seed 001 Table 1 step 6).
void RegionModel::end_evaluation(GrowthJob& j, JobSeeker& s, const sim::Week& w) {
  sim::RandomStream rng(seed_, j.id, static_cast<std::uint32_t>(w.index), id(Purpose::growth), 2);
  const auto sector = static_cast<std::size_t>(j.sector);
  Vacancy v;
  v.id = static_cast<std::uint32_t>(vacancies_.size());
  v.employer = j.employer;
  v.sector = j.sector;
  v.state = VacancyState::filled_target_group;
  v.kind = VacancyKind::growth;
  v.shared = true;
  v.reserved = true;
  v.positions = 1;
  v.filled = 1;
  v.open_week = w.index;
  v.close_week = w.index;
  v.skill_requirement = j.requirement;
  v.stated_requirement = j.requirement;
  const JobTerms terms = draw_terms(rng, p_, sector, false);
  v.language_requirement = terms.language_requirement;
  v.hours_per_week = terms.hours_per_week;
  v.wage_eur_per_hour = terms.wage_eur_per_hour;
  v.permanent = terms.permanent;
  v.growth_job = static_cast<std::int32_t>(j.id);
  v.serial = kSerialGrowth | (j.id & kSerialMask);

  Application a{.vacancy = v.id, .seeker = s.id, .coach = s.coach, .mediated = true};
  a.account_manager = true;
  assess(a, v, w);
  Employer& employer = employers_[j.employer];
  record_contact(employer, j.account_manager == kNone ? kProviderPerson - 1 : kAccountManagerPerson + j.account_manager, w.index);
  release_learner(j, w);
  if (!a.eligible || !above_bar(decide(a, v).score, v)) {
    close_growth_job(j, GrowthOutcome::not_hired, w);
    return;
  }
  vacancies_.push_back(v);
  j.vacancy = static_cast<std::int32_t>(v.id);
  const SpellForm form = v.permanent ? SpellForm::permanent_contract : SpellForm::temporary_contract;
  ++employer.hires_target_group;
  ++week_.filled_target_group;
  ++week_.placements_mediated;
  start_spell(s, vacancies_.back(), a, a.offer.instruments, form, a.quality, a.loonwaarde, w.index);
  j.spell = s.spell;
  ++week_.growth_started;
  ++week_.growth_filled[static_cast<std::size_t>(j.route)];
  close_growth_job(j, GrowthOutcome::started, w);
}

void RegionModel::advance_growth_jobs(const sim::Week& w) {
  const auto& g = p_.growth;
  const bool routes = p_.policy.growth_routes_enabled;
  std::vector<std::uint32_t> to_match;
  for (auto jid : growth_open_) {
    GrowthJob& j = growth_jobs_[jid];
    const bool started = w.index >= j.start_week;
    JobSeeker* s = j.seeker == kNone ? nullptr : &seekers_[static_cast<std::size_t>(j.seeker)];
    // A candidate who left scope, or was hired elsewhere, is no longer in the trajectory.
    if (s != nullptr && (s->status != SeekerStatus::in_service || s->growth == GrowthState::dropped)) {
      if (j.step == GrowthStep::learning) ++week_.growth_failed;
      release_learner(j, w);
      s = nullptr;
      // Another candidate if there is still time to learn in; otherwise the job waits for its start.
      j.step = w.index + static_cast<std::int32_t>(g.min_learning_weeks) <= j.start_week ? GrowthStep::mapped
                                                                                         : GrowthStep::closed;
      j.step_week = w.index;
      j.effort_left = static_cast<float>(g.matching_hours);
    }
    switch (j.step) {
      case GrowthStep::hidden:
      case GrowthStep::in_view:
        if (started) {
          close_growth_job(j, j.materialises ? GrowthOutcome::posted : GrowthOutcome::lapsed, w);
        } else if (j.step == GrowthStep::in_view && work_on(j) && w.index - j.step_week >= g.mapping_weeks) {
          j.step = GrowthStep::mapped;  // step 2: the options are mapped
          j.step_week = w.index;
          j.effort_left = static_cast<float>(g.matching_hours);
        }
        break;
      case GrowthStep::mapped: {
        if (started) {
          close_growth_job(j, j.materialises ? GrowthOutcome::posted : GrowthOutcome::lapsed, w);
          break;
        }
        const auto window = static_cast<std::int32_t>(std::lround(g.learning_weeks[static_cast<std::size_t>(j.route)])) +
                            static_cast<std::int32_t>(g.plan_weeks);
        if (routes && j.start_week - w.index <= window && work_on(j)) to_match.push_back(jid);
        break;
      }
      case GrowthStep::matched:
        if (w.index - j.step_week < g.plan_weeks) break;
        {
          // Step 4: the learning plan; employers sign it more readily when the learning period is paid.
          sim::RandomStream rng(seed_, j.id, static_cast<std::uint32_t>(w.index), id(Purpose::growth), 3);
          const double accept = g.plan_acceptance[p_.policy.growth_finance_learning ? 0 : 1];
          if (!rng.bernoulli(accept)) {
            ++week_.growth_plans_declined;
            release_learner(j, w);
            // Without an agreement the employer recruits the usual way when the job starts.
            j.step = GrowthStep::closed;
            j.step_week = w.index;
            break;
          }
          const std::int32_t weeks = planned_learning_weeks(j.route, j.start_week - w.index, p_);
          // A paid learning period is committed from the participation budget for its planned weeks.
          const double eur = p_.policy.growth_finance_learning
                                 ? g.learning_eur_per_week[static_cast<std::size_t>(j.route)] * static_cast<double>(weeks)
                                 : 0.0;
          if (eur > 0.0 && !budgets_.commit(BudgetKind::participation, eur)) {
            ++week_.growth_plans_declined;
            release_learner(j, w);
            j.step = GrowthStep::closed;
            j.step_week = w.index;
            break;
          }
          s->growth = GrowthState::learning;
          s->growth_weeks_left = weeks;
          j.step = GrowthStep::learning;
          j.step_week = w.index;
          ++j.trajectories;
          ++week_.growth_plans_signed;
        }
        break;
      case GrowthStep::learning:
        // Step 6 once the candidate has learned in and the start week has come.
        if (s->growth != GrowthState::ready || !started) break;
        if (j.materialises) {
          end_evaluation(j, *s, w);
        } else {
          release_learner(j, w);
          close_growth_job(j, GrowthOutcome::not_materialised, w);
        }
        break;
      case GrowthStep::closed:
        // A job without a trajectory (plan declined, or a learner left late) waits for its start.
        if (started && j.outcome == GrowthOutcome::open) {
          close_growth_job(j, j.materialises ? GrowthOutcome::posted : GrowthOutcome::lapsed, w);
        }
        break;
    }
  }
  if (!to_match.empty()) match_growth_jobs(to_match, w);
  std::erase_if(growth_open_, [&](std::uint32_t jid) { return growth_jobs_[jid].outcome != GrowthOutcome::open; });
}

// Step 3: the professional selects candidates on competencies and motivation (beliefs), informs
// them and presents the best few; the employer decides who learns in (seed 001 Table 1).
void RegionModel::match_growth_jobs(std::span<const std::uint32_t> jobs, const sim::Week& w) {
  const auto& g = p_.growth;
  const auto lowest = static_cast<std::uint8_t>(std::lround(g.candidate_rungs[0]));
  const auto highest = static_cast<std::uint8_t>(std::lround(std::max(g.candidate_rungs[0], g.candidate_rungs[1])));
  std::vector<std::uint32_t> pool;
  for (auto sid : active_) {
    const JobSeeker& s = seekers_[sid];
    // Someone who already learned in for a future job goes on to mediation with those skills
    // (seed 001 step 6) rather than into another trajectory.
    if (s.status != SeekerStatus::in_service || s.coach == kNone || s.growth != GrowthState::none || s.provider_slot ||
        s.learned_sector >= 0 || !s.diagnosed || s.tiles.has(Tile::diagnostiek) || s.rung < lowest || s.rung > highest) {
      continue;
    }
    // The method is not validated for people with an arbeidsbeperking (seed 001): a scenario choice.
    if (s.disability && !p_.policy.growth_work_disability_eligible) continue;
    pool.push_back(sid);
  }
  if (pool.empty()) return;
  // Per sector the pool ranked by the professional's view of it (ties by seeker id).
  std::array<std::vector<std::pair<float, std::uint32_t>>, kSectorCount> ranked;
  std::vector<std::uint8_t> taken(seekers_.size(), 0);
  const auto presented = static_cast<std::size_t>(g.candidates_presented);
  for (auto jid : jobs) {
    GrowthJob& j = growth_jobs_[jid];
    const auto sector = static_cast<std::size_t>(j.sector);
    auto& list = ranked[sector];
    if (list.empty()) {
      list.reserve(pool.size());
      for (auto sid : pool) {
        const JobSeeker& s = seekers_[sid];
        const float affinity = s.belief.wish_known ? s.affinity[sector] : kAffinityNeutral;
        list.emplace_back(-growth_candidate_score(believed_employee_skills(s, priors_), believed_motivation(s, priors_),
                                                  affinity, p_),
                          sid);
      }
      std::sort(list.begin(), list.end());
    }
    sim::RandomStream rng(seed_, j.id, static_cast<std::uint32_t>(w.index), id(Purpose::growth), 4);
    float best = -std::numeric_limits<float>::infinity();
    std::uint32_t pick = 0;
    std::size_t shown = 0;
    for (const auto& [score, sid] : list) {
      if (shown == presented) break;
      if (taken[sid] != 0) continue;
      ++shown;
      const JobSeeker& s = seekers_[sid];
      // The employer meets the person: competencies and motivation as they are, with noise.
      const float seen = growth_candidate_score(s.employee_skills, s.motivation, s.affinity[sector], p_) +
                         static_cast<float>(rng.normal(0.0, p_.hiring.interview_noise_sd));
      if (seen > best) {
        best = seen;
        pick = sid;
      }
    }
    if (shown == 0 || best < static_cast<float>(g.employer_bar)) continue;
    taken[pick] = 1;
    JobSeeker& s = seekers_[pick];
    s.growth = GrowthState::matched;
    s.growth_job = static_cast<std::int32_t>(j.id);
    s.growth_sector = static_cast<std::uint8_t>(sector);
    s.growth_route = j.route;
    j.seeker = static_cast<std::int32_t>(pick);
    j.last_learner = j.seeker;
    j.skill_at_match = s.vocational[sector];
    j.step = GrowthStep::matched;
    j.step_week = w.index;
    ++week_.growth_matched;
  }
}

// Step 1: account managers ask employers about future growth with the hours set aside for it:
// their own employers in growth sectors first, then others the labour-market analysis points to.
void RegionModel::ask_about_growth(const sim::Week& w) {
  const auto& g = p_.growth;
  const auto interval = static_cast<std::int32_t>(g.ask_interval_weeks);
  const auto askable = [&](const Employer& e) {
    return w.index - e.last_growth_ask_week >= interval && w.index >= e.closed_until;
  };
  std::vector<std::vector<std::uint32_t>> portfolio(account_managers_.size());
  bool growth_sector_only = false;
  for (std::size_t k = 0; k < kSectorCount; ++k) growth_sector_only = growth_sector_only || growth_plans_per_week_[k] > 0.0;
  for (const auto& e : employers_) {
    if (!in_network(e) || e.account_manager == kNone || !askable(e)) continue;
    if (growth_sector_only && growth_plans_per_week_[static_cast<std::size_t>(e.sector)] <= 0.0) continue;
    portfolio[static_cast<std::size_t>(e.account_manager)].push_back(e.id);
  }
  for (std::size_t i = 0; i < account_managers_.size(); ++i) {
    Coach& am = account_managers_[i];
    if (!am.employed) continue;
    sim::RandomStream rng(seed_, i, static_cast<std::uint32_t>(w.index), id(Purpose::growth), 5);
    std::size_t next = 0;
    while (am.growth_hours + kRoundingGuard >= g.conversation_hours) {
      Employer* target = nullptr;
      while (next < portfolio[i].size() && target == nullptr) {
        Employer& e = employers_[portfolio[i][next++]];
        if (askable(e)) target = &e;
      }
      for (int attempt = 0; attempt < kAskAttempts && target == nullptr; ++attempt) {
        Employer& e = employers_[growth_sector_employers_[rng.below(growth_sector_employers_.size())]];
        if (askable(e)) target = &e;
      }
      if (target == nullptr) break;  // nobody left to ask this week
      spend_growth_hours(&am, g.conversation_hours);
      target->last_growth_ask_week = w.index;
      ++week_.growth_conversations;
      auto& hidden = hidden_growth_[target->id];
      if (hidden.empty()) continue;
      const double named = std::min(1.0, g.disclosure_probability * (g.disclosure_trust_offset + target->trust));
      if (!rng.bernoulli(named)) continue;
      for (auto jid : hidden) {
        GrowthJob& j = growth_jobs_[jid];
        if (j.step != GrowthStep::hidden) continue;
        j.step = GrowthStep::in_view;
        j.in_view_week = w.index;
        j.step_week = w.index;
        j.account_manager = static_cast<std::int32_t>(i);
        j.effort_left = static_cast<float>(g.mapping_hours);
        ++week_.growth_in_view;
      }
      hidden.clear();
    }
  }
}

}  // namespace regiosim::models
