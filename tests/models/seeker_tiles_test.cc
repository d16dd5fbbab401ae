// Seeker tiles: what one week in a tile does, how it depends on the case manager's time, and when
// the tile is done.
#include "models/seeker_tiles.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace regiosim;
using namespace regiosim::models;

namespace {

struct Fixture {
  ModelParams p = test::small_region();
  Priors priors{p};
  EventSink events;
  sim::RandomStream rng{1, 1, 1, 1};
  TileContext ctx(float intensity, int week = 10) { return TileContext{p, priors, rng, events, week, week, intensity, 0.5F}; }
};

// Before any contact: the case manager's belief is the prior.
JobSeeker seeker_with_problems(const Priors& priors, int problems) {
  JobSeeker s;
  start_belief(s, priors);
  s.status = SeekerStatus::in_service;
  s.coach = 0;
  s.zrm.fill(4);
  for (int d = 0; d < problems; ++d) s.zrm[static_cast<std::size_t>(d)] = 2;
  s.employee_skills = 0.6F;
  s.motivation = 0.5F;
  s.self_confidence = 0.5F;
  return s;
}

int weeks_in_diagnostiek(Fixture& f, JobSeeker s, float intensity) {
  const auto& tile = seeker_tile(Tile::diagnostiek);
  auto ctx = f.ctx(intensity);
  tile.enter(s, ctx);
  for (int week = 1; week <= 200; ++week) {
    if (tile.step(s, ctx)) return week;
  }
  return -1;
}

}  // namespace

TEST_CASE("Diagnostiek takes one conversation plus one per problem seen, at most the maximum", "[tiles]") {
  Fixture f;
  const auto& tile = seeker_tile(Tile::diagnostiek);
  for (int problems : {0, 1, 2, 5}) {
    JobSeeker s = seeker_with_problems(f.priors, problems);
    observe_exactly(s, f.priors, 1.0F);  // the intake showed the problems
    auto ctx = f.ctx(1.0F);
    tile.enter(s, ctx);
    CHECK(s.diag_needed == std::min<int>(1 + problems, static_cast<int>(f.p.tiles.diagnostiek_max_conversations)));
  }
}

TEST_CASE("Each conversation reveals part of what is unknown, less coach time means slower diagnosis", "[tiles]") {
  Fixture f;
  JobSeeker s = seeker_with_problems(f.priors, 2);  // three conversations
  observe_exactly(s, f.priors, 1.0F);               // the problems seen at the intake
  s.belief.insight = 0.0F;
  const int full = weeks_in_diagnostiek(f, s, 1.0F);
  const int half = weeks_in_diagnostiek(f, s, 0.5F);
  CHECK(full == 6);   // one conversation every two weeks
  CHECK(half == 12);
  CHECK(weeks_in_diagnostiek(f, s, 0.0F) == -1);

  const auto& tile = seeker_tile(Tile::diagnostiek);
  auto ctx = f.ctx(1.0F);
  tile.enter(s, ctx);
  float previous = s.belief.insight;
  for (int week = 0; week < 6; ++week) {
    tile.step(s, ctx);
    CHECK(s.belief.insight >= previous);
    previous = s.belief.insight;
  }
  CHECK(s.diagnosed);
  CHECK(s.belief.insight > 0.8F);
}

TEST_CASE("Werk fit raises employee skills, partners work even without case-manager time", "[tiles]") {
  Fixture f;
  const auto& tile = seeker_tile(Tile::werk_fit);
  const auto after = [&](float intensity) {
    JobSeeker s = seeker_with_problems(f.priors, 0);
    s.employee_skills = 0.3F;
    auto ctx = f.ctx(intensity);
    tile.enter(s, ctx);
    for (int i = 0; i < 10; ++i) tile.step(s, ctx);
    return s.employee_skills;
  };
  const float none = after(0.0F);
  const float full = after(1.0F);
  CHECK(none > 0.3F);
  CHECK(full > none);
  f.p.tiles.external_share = 0.0;
  CHECK(after(0.0F) == 0.3F);
}

TEST_CASE("Werk fit stops after its maximum length", "[tiles]") {
  Fixture f;
  const auto& tile = seeker_tile(Tile::werk_fit);
  JobSeeker s = seeker_with_problems(f.priors, 0);
  s.employee_skills = 0.0F;
  s.motivation = 0.0F;
  auto ctx = f.ctx(0.0F);
  f.p.tiles.external_share = 0.0;  // no progress at all
  tile.enter(s, ctx);
  int weeks = 0;
  while (!tile.step(s, ctx)) ++weeks;
  CHECK(weeks + 1 == static_cast<int>(f.p.tiles.werk_fit_max_weeks));
}

TEST_CASE("A course lasts its weeks and is finished more often by motivated seekers", "[tiles][stochastic]") {
  Fixture f;
  const auto& tile = seeker_tile(Tile::opleiden);
  const auto completion_rate = [&](float motivation) {
    int done = 0;
    const int n = 4000;
    for (int i = 0; i < n; ++i) {
      JobSeeker s = seeker_with_problems(f.priors, 0);
      s.motivation = motivation;
      sim::RandomStream rng(7, static_cast<std::uint64_t>(i), 3, 3);
      TileContext ctx{f.p, f.priors, rng, f.events, 10, 10, 1.0F, 0.5F};
      tile.enter(s, ctx);
      int weeks = 1;
      while (!tile.step(s, ctx)) ++weeks;
      REQUIRE(weeks == static_cast<int>(f.p.tiles.opleiden_weeks));
      done += (s.week_flags & kFlagTrainingDone) != 0;
    }
    return static_cast<double>(done) / n;
  };
  const auto& t = f.p.tiles;
  CHECK(completion_rate(0.0F) == Approx(t.opleiden_completion_base).margin(0.03));
  CHECK(completion_rate(1.0F) == Approx(std::min(1.0, t.opleiden_completion_base + t.opleiden_completion_motivation)).margin(0.03));
}

TEST_CASE("Nazorg counts the aftercare weeks down and records its intensity", "[tiles]") {
  Fixture f;
  const auto& tile = seeker_tile(Tile::nazorg);
  JobSeeker s = seeker_with_problems(f.priors, 0);
  s.aftercare_weeks_left = 3;
  auto ctx = f.ctx(1.0F);
  CHECK_FALSE(tile.step(s, ctx));
  CHECK(s.nazorg_intensity == 1.0F);
  CHECK_FALSE(tile.step(s, ctx));
  CHECK(tile.step(s, ctx));
  CHECK(s.aftercare_weeks_left == 0);
}

TEST_CASE("Maatschappelijk fit resolves believed problems over time", "[tiles][stochastic]") {
  Fixture f;
  const auto& tile = seeker_tile(Tile::maatschappelijk_fit);
  int resolved = 0;
  const int n = 500;
  for (int i = 0; i < n; ++i) {
    JobSeeker s = seeker_with_problems(f.priors, 0);
    s.zrm[static_cast<std::size_t>(LifeDomain::childcare)] = 2;
    observe_exactly(s, f.priors, 1.0F);
    s.rung = 3;
    sim::RandomStream rng(11, static_cast<std::uint64_t>(i), 1, 1);
    TileContext ctx{f.p, f.priors, rng, f.events, 10, 10, 1.0F, 0.5F};
    for (int week = 0; week < 13; ++week) {
      if (tile.step(s, ctx)) break;
    }
    resolved += s.zrm[static_cast<std::size_t>(LifeDomain::childcare)] > 2;
  }
  // Mean resolution time 13 weeks at full dose: about 1 - exp(-1) = 63% within 13 weeks.
  CHECK(resolved / double(n) == Approx(0.63).margin(0.06));
}

TEST_CASE("Maatschappelijk fit takes its chances worked out per case manager or per seeker alike", "[tiles]") {
  // The services phase hands the tile the chances of the case manager's intensity (mf_chances);
  // without them the tile works them out itself. Every draw must come out the same.
  Fixture f;
  const auto& tile = seeker_tile(Tile::maatschappelijk_fit);
  int changed = 0;
  for (const float intensity : {1.0F, 0.73F, 0.2F}) {
    const MfChances chances = mf_chances(intensity, f.p);
    // 1 - exp(-dose / mean weeks), the partners' share of the dose working regardless of intensity.
    const double e = f.p.tiles.external_share;
    const double dose = e + (1.0 - e) * intensity;
    for (std::size_t d = 0; d < kLifeDomainCount; ++d) {
      CHECK(chances.resolve[d] == 1.0 - std::exp(-dose / f.p.tiles.mf_resolve_weeks[d]));
    }
    CHECK(chances.participation == 1.0 - std::exp(-dose / f.p.tiles.mf_participation_weeks));
    CHECK(chances.participation > 0.0);
    CHECK(chances.participation < 1.0);
    for (int i = 0; i < 300; ++i) {
      JobSeeker given = seeker_with_problems(f.priors, 3);
      observe_exactly(given, f.priors, 1.0F);
      given.rung = static_cast<std::uint8_t>(1 + i % 3);
      JobSeeker own = given;
      sim::RandomStream rng_given(5, static_cast<std::uint64_t>(i), 1, 1);
      sim::RandomStream rng_own(5, static_cast<std::uint64_t>(i), 1, 1);
      const TileContext with{f.p, f.priors, rng_given, f.events, 10, 10, intensity, 0.5F, &chances};
      const TileContext without{f.p, f.priors, rng_own, f.events, 10, 10, intensity, 0.5F};
      for (int week = 0; week < 20; ++week) {
        const bool done_given = tile.step(given, with);
        const bool done_own = tile.step(own, without);
        REQUIRE(done_given == done_own);
        REQUIRE(given.zrm == own.zrm);
        REQUIRE(given.rung == own.rung);
        if (done_own) break;
      }
      changed += given.zrm != seeker_with_problems(f.priors, 3).zrm || given.rung != 1 + i % 3;
    }
  }
  CHECK(changed > 300);  // the weeks did resolve problems and climb rungs
}
