#include "models/virtual_evaluation.h"

#include "models/agents.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <vector>

namespace regiosim::models {

namespace {

struct Hire {
  std::int64_t seeker = 0;
  std::int64_t employer = 0;
  std::int64_t start = 0;
  std::int64_t end = 0;  // exclusive; the end of observation for ongoing spells
  bool lks = false;
};

const std::vector<std::int64_t>& column(const sim::RecordTable& t, const std::string& name) {
  for (const auto& c : t.columns) {
    if (c.name == name) return c.values;
  }
  throw std::invalid_argument("evaluate_virtually: the spells table has no column '" + name + "'");
}

std::vector<Hire> spells_of(const sim::RecordTable& t, int observed_weeks) {
  const auto& seeker = column(t, "seeker");
  const auto& employer = column(t, "employer");
  const auto& start = column(t, "start_week");
  const auto& end_week = column(t, "end_week");
  const auto& instruments = column(t, "instruments");
  std::vector<Hire> out(seeker.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i] = {seeker[i], employer[i], start[i], end_week[i] < 0 ? observed_weeks : end_week[i],
              (instruments[i] & bit(InstrumentKind::lks)) != 0};
  }
  return out;
}

// Weeks in work in [from, to) over a person's spells.
std::int64_t weeks_in_work(const std::vector<const Hire*>& spells, std::int64_t from, std::int64_t to) {
  std::int64_t weeks = 0;
  for (const Hire* s : spells) weeks += std::max<std::int64_t>(0, std::min(to, s->end) - std::max(from, s->start));
  return weeks;
}

}  // namespace

RegularHires regular_hires_of(const sim::RecordTable& employer_hires) {
  RegularHires out;
  const auto& employer = column(employer_hires, "employer");
  const auto& hires = column(employer_hires, "regular_hires");
  for (std::size_t i = 0; i < employer.size(); ++i) {
    out.by_employer[employer[i]] += static_cast<double>(hires[i]);
    out.total += static_cast<double>(hires[i]);
  }
  return out;
}

VirtualEvaluation evaluate_virtually(const sim::RecordTable& baseline_spells, const sim::RecordTable& variant_spells,
                                     const RegularHires& baseline_regular, const RegularHires& variant_regular,
                                     int observed_weeks, int window, int horizon) {
  const auto base = spells_of(baseline_spells, observed_weeks);
  const auto variant = spells_of(variant_spells, observed_weeks);
  const auto subsidised = [](const std::vector<Hire>& v) {
    return std::count_if(v.begin(), v.end(), [](const Hire& s) { return s.lks; });
  };
  const bool variant_evaluated = subsidised(variant) >= subsidised(base);
  const auto& evaluated = variant_evaluated ? variant : base;
  const auto& other = variant_evaluated ? base : variant;
  const RegularHires& evaluated_regular = variant_evaluated ? variant_regular : baseline_regular;
  const RegularHires& other_regular = variant_evaluated ? baseline_regular : variant_regular;
  VirtualEvaluation e;
  e.evaluated_arm = variant_evaluated ? "variant" : "baseline";

  std::map<std::int64_t, std::vector<const Hire*>> other_by_seeker, evaluated_by_seeker, other_by_employer;
  for (const auto& s : other) {
    other_by_seeker[s.seeker].push_back(&s);
    other_by_employer[s.employer].push_back(&s);
  }
  for (const auto& s : evaluated) evaluated_by_seeker[s.seeker].push_back(&s);
  const auto near = [&](std::int64_t a, std::int64_t b) { return a >= b - window && a <= b + window; };
  std::vector<const Hire*> counted_as_substituted;
  std::map<std::int64_t, double> jobs_taken_from_regular;  // per employer: subsidised jobs no seeker lost
  double effect = 0.0;
  for (const auto& s : evaluated) {
    if (!s.lks) continue;
    e.subsidised_hires += 1.0;
    const auto& mine = other_by_seeker[s.seeker];
    const bool deadweight = std::any_of(mine.begin(), mine.end(), [&](const Hire* o) { return near(o->start, s.start); });
    if (deadweight) e.deadweight += 1.0;
    // The job this person took: did someone else get it in the other arm, and lose it here?
    bool substituted = false;
    for (const Hire* o : other_by_employer[s.employer]) {
      if (o->seeker == s.seeker || !near(o->start, s.start)) continue;
      if (std::find(counted_as_substituted.begin(), counted_as_substituted.end(), o) != counted_as_substituted.end()) continue;
      const auto& theirs = evaluated_by_seeker[o->seeker];
      const bool kept = std::any_of(theirs.begin(), theirs.end(), [&](const Hire* x) {
        return x->employer == o->employer && near(x->start, o->start);
      });
      if (!kept) {
        counted_as_substituted.push_back(o);
        e.substitution += 1.0;
        substituted = true;
        break;  // one job taken, at most one person substituted
      }
    }
    if (!deadweight && !substituted) jobs_taken_from_regular[s.employer] += 1.0;
    const std::int64_t to = std::min<std::int64_t>(s.start + horizon, observed_weeks);
    effect += static_cast<double>(weeks_in_work(evaluated_by_seeker[s.seeker], s.start, to) -
                                  weeks_in_work(mine, s.start, to));
  }
  // Regular applicants the same employers hired in the other arm and not in this one, at most one per
  // job a subsidised person took there; the rest of the fall in regular hires is displacement.
  double regular_substituted = 0.0;
  for (const auto& [employer, jobs] : jobs_taken_from_regular) {
    const auto o = other_regular.by_employer.find(employer);
    const auto v = evaluated_regular.by_employer.find(employer);
    const double lost = (o == other_regular.by_employer.end() ? 0.0 : o->second) -
                        (v == evaluated_regular.by_employer.end() ? 0.0 : v->second);
    regular_substituted += std::clamp(lost, 0.0, jobs);
  }
  e.substitution += regular_substituted;
  e.displacement = other_regular.total - evaluated_regular.total - regular_substituted;
  e.net_jobs = e.subsidised_hires - e.deadweight - e.substitution - e.displacement;
  e.effect_on_treated_weeks = e.subsidised_hires > 0 ? effect / e.subsidised_hires : 0.0;
  return e;
}

}  // namespace regiosim::models
