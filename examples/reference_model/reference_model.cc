#include "examples/reference_model/reference_model.h"

#include "sim/random.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace refmodel {

namespace {

// Random-number purposes: a stream is a pure function of (seed, agent, week, purpose).
enum Purpose : std::uint32_t { attributes = 1, inflow_count, seeker_step, mediation_order, mediation, vacancies };

}  // namespace

ReferenceModel::ReferenceModel(const Params& p) : p_(p) {
  if (p_.seekers < p_.seekers_per_employer || p_.sectors == 0 || p_.weeks <= 0) {
    throw std::invalid_argument("reference model: needs at least seekers_per_employer seekers, a sector and a week");
  }
  const std::size_t coaches = (p_.seekers + p_.seekers_per_coach - 1) / p_.seekers_per_coach;
  caseload_.assign(coaches, 0);
  employers_.resize(p_.seekers / p_.seekers_per_employer);
  for (std::uint32_t e = 0; e < employers_.size(); ++e) {
    sim::RandomStream rng(p_.seed, e, 0, attributes, 1);
    Employer& m = employers_[e];
    m.sector = static_cast<std::uint8_t>(rng.below(p_.sectors));
    m.trust = static_cast<float>(rng.uniform(p_.trust_low, p_.trust_high));
    m.subsidy_chaser = rng.bernoulli(p_.subsidy_chaser_share);
  }
  hiring_by_sector_.resize(p_.sectors);
  hiring_position_.assign(employers_.size(), 0);
  const std::size_t expected = p_.seekers + static_cast<std::size_t>(p_.seekers * p_.inflow_per_week * p_.weeks * 1.1);
  seekers_.reserve(expected);
  state_.reserve(expected);
  for (std::uint32_t i = 0; i < p_.seekers; ++i) add_seeker(i, 0);
  placed_in_week_.assign(static_cast<std::size_t>(p_.weeks), 0);
  completed_of_week_.assign(static_cast<std::size_t>(p_.weeks), 0);
  counts_.reserve(static_cast<std::size_t>(p_.weeks));
}

void ReferenceModel::add_seeker(std::uint32_t id, int week) {
  sim::RandomStream rng(p_.seed, id, 0, attributes);
  Seeker s;
  s.rung = static_cast<std::uint8_t>(1 + rng.categorical(p_.rung_shares));
  s.skill = static_cast<float>(rng.uniform());
  s.motivation = static_cast<float>(rng.uniform());
  s.debt = rng.bernoulli(p_.debt_share);
  s.childcare = rng.bernoulli(p_.childcare_share);
  s.sector = static_cast<std::uint8_t>(rng.below(p_.sectors));
  s.state_week = week;
  seekers_.push_back(s);
  state_.push_back(State::waiting);
  waiting_.push_back(id);
}

sim::WeekPlan ReferenceModel::plan() {
  sim::WeekPlan plan;
  plan.serial("inflow", [this](const sim::Week& w) { inflow(w.index); })
      .serial("assignment", [this](const sim::Week& w) { assign(w.index); })
      .proposals<Effect>(
          "seekers", [this] { return seekers_.size(); },
          [this](const sim::Chunk& c, const sim::Week& w, std::vector<Effect>& out) {
            auto& states = chunk_states_[c.index];
            states = {};
            for (std::size_t i = c.begin; i < c.end; ++i) {
              seeker_week(static_cast<std::uint32_t>(i), w.index, out);
              ++states[static_cast<std::size_t>(state_[i])];
            }
          },
          [this](std::span<const Effect> effects, const sim::Week& w) { resolve(effects, w.index); })
      .agents("employers", [this] { return employers_.size(); },
              [this](const sim::Chunk& c, const sim::Week& w) {
                for (std::size_t e = c.begin; e < c.end; ++e) employer_week(static_cast<std::uint32_t>(e), w.index);
              })
      .serial("collect", [this](const sim::Week& w) { collect(w.index); });
  return plan;
}

void ReferenceModel::inflow(int week) {
  week_ = WeekCounts{};
  sim::RandomStream rng(p_.seed, 0, static_cast<std::uint32_t>(week), inflow_count);
  const std::int64_t n = rng.poisson(static_cast<double>(p_.seekers) * p_.inflow_per_week);
  for (std::int64_t k = 0; k < n; ++k) add_seeker(static_cast<std::uint32_t>(seekers_.size()), week);
  chunk_states_.resize(sim::chunk_count(seekers_.size()));
}

void ReferenceModel::assign(int week) {
  std::sort(waiting_.begin(), waiting_.end());
  std::size_t coach = 0;
  std::size_t k = 0;
  for (; k < waiting_.size(); ++k) {
    while (coach < caseload_.size() && caseload_[coach] >= static_cast<std::int32_t>(p_.coach_capacity)) ++coach;
    if (coach == caseload_.size()) break;
    const std::uint32_t id = waiting_[k];
    Seeker& s = seekers_[id];
    ++caseload_[coach];
    s.coach = static_cast<std::int32_t>(coach);
    sim::RandomStream rng(p_.seed, id, static_cast<std::uint32_t>(week), seeker_step, 1);
    s.diagnosis_weeks = static_cast<std::int16_t>(
        p_.diagnosis_min_weeks + static_cast<int>(rng.below(static_cast<std::uint64_t>(p_.diagnosis_max_weeks - p_.diagnosis_min_weeks + 1))));
    set_state(id, State::diagnosis, week);
  }
  waiting_.erase(waiting_.begin(), waiting_.begin() + static_cast<std::ptrdiff_t>(k));
}

// One seeker's week on the state it had at the start of the week; writes only the seeker.
void ReferenceModel::seeker_week(std::uint32_t id, int week, std::vector<Effect>& out) {
  const State state = state_[id];
  if (state == State::exited) return;
  Seeker& s = seekers_[id];
  if (state != State::employed) ++s.weeks_unemployed;
  if (s.state_week == week) return;  // entered this state this week (assignment)
  sim::RandomStream rng(p_.seed, id, static_cast<std::uint32_t>(week), seeker_step);
  switch (state) {
    case State::waiting:
    case State::exited:
      break;
    case State::diagnosis:
      if (week - s.state_week >= s.diagnosis_weeks) {
        set_state(id, s.skill < p_.ready_skill || s.debt ? State::services : State::mediation, week);
      }
      break;
    case State::services:
      s.skill = std::min(1.0F, s.skill + static_cast<float>(p_.skill_gain) * s.motivation);
      if (s.debt && rng.bernoulli(p_.debt_clears)) s.debt = false;
      if (s.skill >= p_.ready_skill && !s.debt) set_state(id, State::mediation, week);
      break;
    case State::mediation:
      out.push_back(Effect{Effect::mediate, id});
      break;
    case State::employed: {
      const double hazard = p_.dropout_base * (1.5 - s.skill) * (s.debt ? 2.0 : 1.0) * (s.childcare ? 2.0 : 1.0) *
                            (s.aftercare_left > 0 ? p_.aftercare_factor : 1.0);
      if (rng.bernoulli(hazard)) {
        set_state(id, State::waiting, week);
        out.push_back(Effect{Effect::dropout, id});
        break;
      }
      if (s.aftercare_left > 0) --s.aftercare_left;
      if (s.subsidised && s.subsidy_left > 0 && --s.subsidy_left == 0 &&
          employers_[static_cast<std::size_t>(s.employer)].subsidy_chaser && rng.bernoulli(p_.fired_at_subsidy_end)) {
        set_state(id, State::waiting, week);
        out.push_back(Effect{Effect::fired, id});
        break;
      }
      if (++s.weeks_employed >= p_.weeks_to_exit) {
        set_state(id, State::exited, week);
        out.push_back(Effect{Effect::completed, id});
      }
      break;
    }
  }
}

void ReferenceModel::resolve(std::span<const Effect> effects, int week) {
  const auto clamp_trust = [&](Employer& e, double delta) {
    e.trust = static_cast<float>(std::clamp(e.trust + delta, p_.trust_min, p_.trust_max));
  };
  mediating_.clear();
  for (const Effect& e : effects) {
    Seeker& s = seekers_[e.seeker];
    switch (e.kind) {
      case Effect::mediate:
        mediating_.push_back(e.seeker);
        break;
      case Effect::dropout:
        ++week_.dropouts;
        clamp_trust(employers_[static_cast<std::size_t>(s.employer)], p_.trust_after_dropout);
        s.employer = -1;
        waiting_.push_back(e.seeker);
        break;
      case Effect::fired:
        ++week_.fired;
        s.employer = -1;
        waiting_.push_back(e.seeker);
        break;
      case Effect::completed:
        ++week_.exits;
        ++completed_of_week_[static_cast<std::size_t>(s.placed_week)];
        clamp_trust(employers_[static_cast<std::size_t>(s.employer)], p_.trust_after_completion);
        break;
    }
  }
  // Mediation, one seeker after the other in a random order: first hire wins.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> order;
  order.reserve(mediating_.size());
  for (auto id : mediating_) order.emplace_back(sim::RandomStream(p_.seed, id, static_cast<std::uint32_t>(week), mediation_order)(), id);
  std::sort(order.begin(), order.end());
  for (const auto& [key, id] : order) mediate(id, week);
}

void ReferenceModel::mediate(std::uint32_t id, int week) {
  Seeker& s = seekers_[id];
  auto& hiring = hiring_by_sector_[s.sector];
  if (hiring.empty()) return;
  sim::RandomStream rng(p_.seed, id, static_cast<std::uint32_t>(week), mediation);
  // Up to three different employers of the sector with an open vacancy (a partial shuffle).
  const std::size_t looked_at = std::min<std::size_t>(p_.employers_looked_at, hiring.size());
  std::array<std::uint32_t, 16> chosen{};
  std::size_t n = 0;
  for (std::size_t k = 0; k < looked_at && n < chosen.size(); ++k) {
    std::uint32_t pick = 0;
    do {
      pick = hiring[rng.below(hiring.size())];
    } while (std::find(chosen.begin(), chosen.begin() + static_cast<std::ptrdiff_t>(n), pick) !=
             chosen.begin() + static_cast<std::ptrdiff_t>(n));
    chosen[n++] = pick;
  }
  const bool subsidy = s.rung <= p_.subsidy_max_rung;
  for (std::size_t k = 0; k < n; ++k) {
    Employer& e = employers_[chosen[k]];
    const double p = std::min(p_.hire_cap, p_.hire_base * e.trust * (0.5 + s.skill) * (1.0 + p_.subsidy_boost * (subsidy ? 1.0 : 0.0)) *
                                              (p_.rung_base + p_.rung_step * s.rung / 5.0));
    if (!rng.bernoulli(p)) continue;
    e.open.erase(e.open.begin());  // the oldest open vacancy is filled
    if (e.open.empty()) {           // out of the sector's list (swap with the last)
      const std::uint32_t at = hiring_position_[chosen[k]];
      hiring[at] = hiring.back();
      hiring_position_[hiring[at]] = at;
      hiring.pop_back();
    }
    --caseload_[static_cast<std::size_t>(s.coach)];
    s.coach = -1;
    s.employer = static_cast<std::int32_t>(chosen[k]);
    s.placed_week = week;
    s.weeks_employed = 0;
    s.aftercare_left = static_cast<std::int16_t>(p_.aftercare_weeks);
    s.subsidised = subsidy;
    s.subsidy_left = static_cast<std::int16_t>(subsidy ? p_.subsidy_weeks : 0);
    set_state(id, State::employed, week);
    ++week_.placements;
    ++placed_in_week_[static_cast<std::size_t>(week)];
    return;
  }
}

// Vacancies open for vacancy_open_weeks close unfilled; new ones open. Writes only the employer.
void ReferenceModel::employer_week(std::uint32_t id, int week) {
  Employer& e = employers_[id];
  const auto closed = std::find_if(e.open.begin(), e.open.end(), [&](std::int32_t w) { return week - w < p_.vacancy_open_weeks; });
  e.open.erase(e.open.begin(), closed);
  sim::RandomStream rng(p_.seed, id, static_cast<std::uint32_t>(week), vacancies);
  for (std::int64_t k = rng.poisson(p_.vacancies_per_week); k > 0; --k) e.open.push_back(week);
}

void ReferenceModel::collect(int week) {
  (void)week;
  // The sectors' lists of employers with an open vacancy, in employer order.
  for (auto& list : hiring_by_sector_) list.clear();
  for (std::uint32_t e = 0; e < employers_.size(); ++e) {
    const Employer& m = employers_[e];
    week_.open_vacancies += static_cast<std::int64_t>(m.open.size());
    if (m.open.empty()) continue;
    auto& list = hiring_by_sector_[m.sector];
    hiring_position_[e] = static_cast<std::uint32_t>(list.size());
    list.push_back(e);
  }
  // State counts: per chunk from the seekers' phase, then mediation's hires.
  for (const auto& c : chunk_states_) {
    for (std::size_t k = 0; k < kStateCount; ++k) week_.states[k] += c[k];
  }
  week_.states[static_cast<std::size_t>(State::mediation)] -= week_.placements;
  week_.states[static_cast<std::size_t>(State::employed)] += week_.placements;
  counts_.push_back(week_);
}

double ReferenceModel::still_employed_share() const {
  std::int64_t placed = 0, completed = 0;
  const auto last = static_cast<std::int64_t>(counts_.size()) - p_.weeks_to_exit;
  for (std::int64_t w = 0; w < last; ++w) {
    placed += placed_in_week_[static_cast<std::size_t>(w)];
    completed += completed_of_week_[static_cast<std::size_t>(w)];
  }
  return placed > 0 ? static_cast<double>(completed) / static_cast<double>(placed) : std::numeric_limits<double>::quiet_NaN();
}

std::int64_t ReferenceModel::total_placements() const {
  return std::accumulate(counts_.begin(), counts_.end(), std::int64_t{0},
                         [](std::int64_t a, const WeekCounts& c) { return a + c.placements; });
}

}  // namespace refmodel
