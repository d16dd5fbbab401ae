#include "models/seeker_tiles.h"

#include "models/growth.h"

#include <algorithm>
#include <cmath>

namespace regiosim::models {

namespace {
// Numerical guard, not behaviour: weekly progress adds up in floats, so 0.99999 of a conversation or
// of a tile's weeks counts as complete.
constexpr float kProgressGuard = 1e-4F;
}  // namespace


namespace {

// Chance of an event with mean waiting time `weeks` at full intensity, in one week.
double weekly_chance(double intensity, double weeks) { return 1.0 - std::exp(-intensity / weeks); }

// Effective dose of a tile partly delivered by partners: the partners' share works regardless of
// the case manager's time, the rest scales with it.
double dose(const ModelParams& p, float intensity) {
  const double e = p.tiles.external_share;
  return e + (1.0 - e) * intensity;
}
double dose(const TileContext& ctx) { return dose(ctx.params, ctx.intensity); }

// A week's session of a tile shows the case manager the parts it works on, in proportion to the hours
// the case manager could give.
void session(JobSeeker& s, const TileContext& ctx, Contact c, unsigned parts) {
  auto rng = contact_stream(ctx.seed, s.id, ctx.week, c);
  observe(s, ctx.priors, rng, static_cast<float>(ctx.params.klantbeeld.session_weight) * ctx.intensity, parts);
}

// After an instrument the case manager evaluates its effect with the client and adjusts the
// klantbeeld (seed 000 §Diagnostiek): the whole picture is seen again.
bool evaluated(JobSeeker& s, const TileContext& ctx, Tile t) {
  auto rng = contact_stream(ctx.seed, s.id, ctx.week, Contact::evaluation, static_cast<std::uint32_t>(t));
  observe(s, ctx.priors, rng, 1.0F);
  return true;
}

// Melding: registered and waiting for a case manager. The intake itself is charged at inflow;
// the tile ends when the assignment phase gives the seeker a case manager.
class Melding final : public SeekerTile {
 public:
  Tile tile() const noexcept override { return Tile::melding; }
  double hours_demand(const JobSeeker&, const ModelParams&) const override { return 0.0; }
  bool step(JobSeeker& s, const TileContext&) const override { return s.coach != kNone; }
};

// Diagnostiek: 1-4 conversations; each reveals part of what is still unknown (seed 000).
class Diagnostiek final : public SeekerTile {
 public:
  Tile tile() const noexcept override { return Tile::diagnostiek; }
  // tiles.diagnostiek.conversations_per_week at most.
  double hours_demand(const JobSeeker&, const ModelParams& p) const override {
    return p.tiles.diagnostiek_hours_per_conversation * p.tiles.diagnostiek_conversations_per_week;
  }
  void enter(JobSeeker& s, const TileContext& ctx) const override {
    const auto& p = ctx.params;
    s.diag_conversations = 0;
    s.diag_hours = 0.0F;
    if (!s.diagnosed) {
      // A first klantbeeld: one conversation, one more for every problem or weak employee skills the
      // case manager sees; set again after every conversation (step).
      s.diag_needed = static_cast<std::uint8_t>(diagnosis_conversations(s, ctx.priors, p));
    } else {
      s.diag_needed = 1;  // a review
    }
  }
  bool step(JobSeeker& s, const TileContext& ctx) const override {
    const double per = ctx.params.tiles.diagnostiek_hours_per_conversation;
    s.diag_hours += static_cast<float>(ctx.intensity * per * ctx.params.tiles.diagnostiek_conversations_per_week);
    // Guard against float rounding leaving 0.99999 of a conversation.
    while (s.diag_hours + kProgressGuard >= per && s.diag_conversations < s.diag_needed) {
      s.diag_hours -= static_cast<float>(per);
      ++s.diag_conversations;
      s.belief.insight = insight_after_conversation(s.belief.insight, ctx.coach_skill, ctx.params);
      // The conversation re-forms the picture at the new insight; what comes to light in a first
      // klantbeeld may ask for more conversations (never fewer than held).
      auto seen = contact_stream(ctx.seed, s.id, ctx.week, Contact::conversation, s.diag_conversations);
      observe(s, ctx.priors, seen, 1.0F);
      if (!s.diagnosed) {
        s.diag_needed = std::max(s.diag_needed, static_cast<std::uint8_t>(diagnosis_conversations(s, ctx.priors, ctx.params)));
      }
      ctx.events.emit(ctx.event_week, s.id, EventKind::conversation, static_cast<int>(Tile::diagnostiek));
    }
    if (s.diag_conversations >= s.diag_needed) {
      s.diagnosed = true;
      s.last_review_week = ctx.week;
      s.diag_hours = 0.0F;
      return true;
    }
    return false;
  }
};

// Maatschappelijk fit: stabilise the life domains the coach sees as problems (debt help,
// childcare, health, housing, language, digital skills) and climb the lowest ladder rungs through
// participation instruments. Problems the klantbeeld misses are not worked on.
class MaatschappelijkFit final : public SeekerTile {
 public:
  Tile tile() const noexcept override { return Tile::maatschappelijk_fit; }
  double hours_demand(const JobSeeker&, const ModelParams& p) const override { return p.tiles.mf_hours_per_week; }
  bool step(JobSeeker& s, const TileContext& ctx) const override {
    const auto& p = ctx.params;
    s.eur_by_tile[static_cast<std::size_t>(Tile::maatschappelijk_fit)] += static_cast<float>(p.tiles.mf_eur_per_week);
    MfChances own;
    if (ctx.mf == nullptr) own = mf_chances(ctx.intensity, p);
    const MfChances& chance = ctx.mf != nullptr ? *ctx.mf : own;
    for (std::size_t d = 0; d < kLifeDomainCount; ++d) {
      const auto domain = static_cast<LifeDomain>(d);
      if (!believed_problem(s, domain, ctx.priors, p)) continue;
      if (s.zrm[d] < 5 && ctx.rng.bernoulli(chance.resolve[d])) {
        const bool was_problem = s.zrm[d] <= p.service.problem_score;
        ++s.zrm[d];
        if (was_problem && s.zrm[d] > p.service.problem_score) {
          ctx.events.emit(ctx.event_week, s.id, EventKind::problem_resolved, static_cast<int>(Tile::maatschappelijk_fit));
        }
      }
    }
    if (s.rung <= 2 && ctx.rng.bernoulli(chance.participation)) {
      ++s.rung;
      ctx.events.emit(ctx.event_week, s.id, EventKind::rung_up, static_cast<int>(Tile::maatschappelijk_fit));
    }
    // The case manager follows the life domains in the sessions; the tile ends when no problem is seen.
    session(s, ctx, Contact::session_life_domains, kSeeLifeDomains);
    if (believed_problem_count(s, ctx.priors, p) > 0 || s.rung < 3) return false;
    return evaluated(s, ctx, Tile::maatschappelijk_fit);
  }
};

// Oriëntatie: tests, conversations and work visits until the work wish is clear (seed 000).
class Orientatie final : public SeekerTile {
 public:
  Tile tile() const noexcept override { return Tile::orientatie; }
  double hours_demand(const JobSeeker&, const ModelParams& p) const override { return p.tiles.orientatie_hours_per_week; }
  void enter(JobSeeker& s, const TileContext& ctx) const override {
    s.orient_progress = 0.0F;
    s.eur_by_tile[static_cast<std::size_t>(Tile::orientatie)] += static_cast<float>(ctx.params.tiles.orientatie_eur);
  }
  bool step(JobSeeker& s, const TileContext& ctx) const override {
    s.orient_progress += static_cast<float>(dose(ctx));
    if (s.orient_progress + kProgressGuard < ctx.params.tiles.orientatie_weeks) return false;
    s.oriented = true;
    s.belief.wish_known = true;
    s.motivation += static_cast<float>(ctx.params.tiles.orientatie_motivation_gain) * (1.0F - s.motivation);
    return evaluated(s, ctx, Tile::orientatie);
  }
};

// Werk fit: employee skills, motivation, self-confidence; on rung 3 it leads to unpaid work or a
// work-experience place (rung 4).
class WerkFit final : public SeekerTile {
 public:
  Tile tile() const noexcept override { return Tile::werk_fit; }
  double hours_demand(const JobSeeker&, const ModelParams& p) const override { return p.tiles.werk_fit_hours_per_week; }
  void enter(JobSeeker& s, const TileContext&) const override { s.werk_fit_weeks = 0.0F; }
  bool step(JobSeeker& s, const TileContext& ctx) const override {
    const auto& t = ctx.params.tiles;
    const auto x = static_cast<float>(dose(ctx));
    s.eur_by_tile[static_cast<std::size_t>(Tile::werk_fit)] += static_cast<float>(t.werk_fit_eur_per_week);
    s.employee_skills += static_cast<float>(t.werk_fit_skill_gain) * x * (1.0F - s.employee_skills);
    s.motivation += static_cast<float>(t.werk_fit_motivation_gain) * x * (1.0F - s.motivation);
    s.self_confidence += static_cast<float>(t.werk_fit_motivation_gain) * x * (1.0F - s.self_confidence);
    s.werk_fit_weeks += 1.0F;
    if (s.rung == 3) {
      s.werk_fit_rung_progress += x;
      if (s.werk_fit_rung_progress + kProgressGuard >= t.werk_fit_rung_weeks) {
        s.rung = 4;
        s.werk_fit_rung_progress = 0.0F;
        ctx.events.emit(ctx.event_week, s.id, EventKind::rung_up, static_cast<int>(Tile::werk_fit));
      }
    }
    // The case manager sees the progress in the sessions.
    session(s, ctx, Contact::session_work_fit, kSeeWorkFit);
    const float threshold = static_cast<float>(ctx.params.service.work_fit_below);
    const bool ready = believed_employee_skills(s, ctx.priors) >= threshold && believed_motivation(s, ctx.priors) >= threshold;
    if (!ready && s.werk_fit_weeks + kProgressGuard < t.werk_fit_max_weeks) return false;
    return evaluated(s, ctx, Tile::werk_fit);
  }
};

// Opleiden: a vocational course in the target sector (certificate, practice statement), or, for a
// candidate on a growth route, learning in for a future job (a leerwerktraject: seed 000
// §Opleiden; seed 001 steps 4-5) with the case manager's guidance and evaluations.
class Opleiden final : public SeekerTile {
 public:
  Tile tile() const noexcept override { return Tile::opleiden; }
  double hours_demand(const JobSeeker& s, const ModelParams& p) const override {
    return s.growth == GrowthState::learning ? p.growth.coach_hours_per_week : p.tiles.opleiden_hours_per_week;
  }
  void enter(JobSeeker& s, const TileContext& ctx) const override {
    if (s.growth == GrowthState::learning) return;  // the learning plan was fixed in the growth phase
    s.training_weeks_left = static_cast<float>(ctx.params.tiles.opleiden_weeks);
    s.training_sector = static_cast<std::uint8_t>(target_sector(s));
    s.last_training_week = ctx.week;
    s.eur_by_tile[static_cast<std::size_t>(Tile::opleiden)] += static_cast<float>(ctx.params.tiles.opleiden_eur);
  }
  bool step(JobSeeker& s, const TileContext& ctx) const override {
    if (s.growth == GrowthState::learning) {
      const auto& p = ctx.params;
      if (p.policy.growth_finance_learning) {
        s.eur_by_tile[static_cast<std::size_t>(Tile::opleiden)] +=
            static_cast<float>(p.growth.learning_eur_per_week[static_cast<std::size_t>(s.growth_route)]);
      }
      switch (learning_week(s, p, ctx.rng, ctx.intensity)) {
        case LearningWeek::going_on: return false;
        case LearningWeek::finished:
          s.growth = GrowthState::ready;
          ctx.events.emit(ctx.event_week, s.id, EventKind::training_completed, static_cast<int>(Tile::opleiden));
          return true;
        case LearningWeek::dropped_out:
          s.growth = GrowthState::dropped;
          ctx.events.emit(ctx.event_week, s.id, EventKind::training_failed, static_cast<int>(Tile::opleiden));
          return true;
      }
      return true;
    }
    const auto& t = ctx.params.tiles;
    s.training_weeks_left -= 1.0F;
    if (s.training_weeks_left > kProgressGuard) return false;
    const double completion = std::min(1.0, t.opleiden_completion_base + t.opleiden_completion_motivation * s.motivation);
    if (ctx.rng.bernoulli(completion)) {
      float& v = s.vocational[s.training_sector];
      v += static_cast<float>(t.opleiden_skill_gain) * (1.0F - v);
      s.week_flags |= kFlagTrainingDone;
      ctx.events.emit(ctx.event_week, s.id, EventKind::training_completed, static_cast<int>(Tile::opleiden));
    } else {
      ctx.events.emit(ctx.event_week, s.id, EventKind::training_failed, static_cast<int>(Tile::opleiden));
    }
    return evaluated(s, ctx, Tile::opleiden);
  }
};

// Bemiddeling: the case manager proposes the seeker for vacancies (the proposals themselves are
// made in the matching phase, scaled by this week's intensity). Ended by the service rules.
class Bemiddeling final : public SeekerTile {
 public:
  Tile tile() const noexcept override { return Tile::bemiddeling; }
  double hours_demand(const JobSeeker&, const ModelParams& p) const override { return p.tiles.bemiddeling_hours_per_week; }
  bool step(JobSeeker&, const TileContext&) const override { return false; }
};

// Plaatsing: arrangements with employer and worker in the week after hiring (seed 000).
class Plaatsing final : public SeekerTile {
 public:
  Tile tile() const noexcept override { return Tile::plaatsing; }
  double hours_demand(const JobSeeker&, const ModelParams& p) const override { return p.tiles.plaatsing_hours; }
  bool step(JobSeeker&, const TileContext&) const override { return true; }
};

// Nazorg: light contact with worker and employer for policy.aftercare.weeks; lowers the dropout
// hazard in proportion to the intensity the coach can give.
class Nazorg final : public SeekerTile {
 public:
  Tile tile() const noexcept override { return Tile::nazorg; }
  double hours_demand(const JobSeeker&, const ModelParams& p) const override { return p.tiles.nazorg_hours_per_week; }
  bool step(JobSeeker& s, const TileContext& ctx) const override {
    s.nazorg_intensity = static_cast<float>(dose(ctx));
    if (s.aftercare_weeks_left > 0) --s.aftercare_weeks_left;
    return s.aftercare_weeks_left <= 0;
  }
};

}  // namespace

MfChances mf_chances(float intensity, const ModelParams& p) {
  MfChances c;
  const double x = dose(p, intensity);
  for (std::size_t d = 0; d < kLifeDomainCount; ++d) c.resolve[d] = weekly_chance(x, p.tiles.mf_resolve_weeks[d]);
  c.participation = weekly_chance(x, p.tiles.mf_participation_weeks);
  return c;
}

void SeekerTile::enter(JobSeeker&, const TileContext&) const {}

namespace {
// One object per behaviour (they hold no state), made at start-up: the accessor below is then a
// look-up, where function-local statics had their guards checked on every call (a hot path).
const Melding melding;
const Diagnostiek diagnostiek;
const MaatschappelijkFit maatschappelijk_fit;
const Orientatie orientatie;
const WerkFit werk_fit;
const Opleiden opleiden;
const Bemiddeling bemiddeling;
const Plaatsing plaatsing;
const Nazorg nazorg;
const std::array<const SeekerTile*, kTileCount> by_tile = {
    &melding, &diagnostiek, &maatschappelijk_fit, &orientatie, &werk_fit, &opleiden, &bemiddeling, &plaatsing, &nazorg};
}  // namespace

const SeekerTile& seeker_tile(Tile t) {
  return *by_tile[static_cast<std::size_t>(t)];
}

}  // namespace regiosim::models
