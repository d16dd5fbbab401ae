// DefaultServiceRules: tiles are chosen from the klantbeeld (the coach's belief), may overlap, and
// follow the seeker's situation (waiting, diagnosis, work).
#include "models/service_rules.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

using namespace regiosim;
using namespace regiosim::models;

namespace {

// The seeker as a case manager with the given insight sees them (without error).
JobSeeker seen(JobSeeker s, const Priors& priors, float insight = 1.0F) {
  observe_exactly(s, priors, insight);
  return s;
}

// A seeker with no problems and average skills (seen(): fully known to the coach).
JobSeeker known_seeker() {
  JobSeeker s;
  s.status = SeekerStatus::in_service;
  s.coach = 0;
  s.diagnosed = true;
  s.last_review_week = 100;
  s.zrm.fill(4);
  s.employee_skills = 0.7F;
  s.motivation = 0.7F;
  s.self_confidence = 0.7F;
  s.vocational.fill(0.5F);
  s.rung = 3;
  return s;
}

}  // namespace

TEST_CASE("Waiting seekers are in Melding only, exited seekers in nothing", "[rules]") {
  const auto p = test::small_region();
  const Priors priors(p);
  const DefaultServiceRules rules(p, priors);
  JobSeeker s = known_seeker();
  s.status = SeekerStatus::waiting;
  s.coach = kNone;
  TileSet expected;
  expected.add(Tile::melding);
  CHECK(rules.choose(seen(s, priors), 110) == expected);
  s.status = SeekerStatus::exited;
  CHECK(rules.choose(seen(s, priors), 110).empty());
}

TEST_CASE("Without a klantbeeld, or when a review is due, Diagnostiek comes first and alone", "[rules]") {
  const auto p = test::small_region();
  const Priors priors(p);
  const DefaultServiceRules rules(p, priors);
  JobSeeker s = known_seeker();
  s.diagnosed = false;
  s.zrm[static_cast<std::size_t>(LifeDomain::finances)] = 1;  // a problem that would call for Maatschappelijk fit
  TileSet diag;
  diag.add(Tile::diagnostiek);
  CHECK(rules.choose(seen(s, priors), 110) == diag);
  s.diagnosed = true;
  s.last_review_week = 110 - static_cast<int>(p.tiles.diagnostiek_review_weeks);
  CHECK(rules.choose(seen(s, priors), 110) == diag);
}

TEST_CASE("Tiles follow the belief, not the truth", "[rules]") {
  const auto p = test::small_region();
  const Priors priors(p);
  const DefaultServiceRules rules(p, priors);
  JobSeeker s = known_seeker();
  s.zrm[static_cast<std::size_t>(LifeDomain::finances)] = 1;  // true debt problem
  CHECK(rules.choose(seen(s, priors), 110).has(Tile::maatschappelijk_fit));
  // The same person, but the coach has learnt nothing yet: the prior says no problem.
  CHECK(priors.zrm[static_cast<std::size_t>(LifeDomain::finances)] > p.service.problem_score + 0.5);
  CHECK_FALSE(rules.choose(seen(s, priors, 0.0F), 110).has(Tile::maatschappelijk_fit));
}

TEST_CASE("Several tiles run at once, up to the cap, Bemiddeling always gets a place", "[rules]") {
  auto p = test::small_region();
  const Priors priors(p);
  const DefaultServiceRules rules(p, priors);
  JobSeeker s = known_seeker();
  s.zrm[static_cast<std::size_t>(LifeDomain::health)] = 2;  // Maatschappelijk fit
  s.employee_skills = 0.3F;                                    // Werk fit
  s.rung = 3;                                                  // Oriëntatie (work wish unclear)
  const TileSet t = rules.choose(seen(s, priors), 110);
  CHECK(t.has(Tile::maatschappelijk_fit));
  CHECK(t.has(Tile::werk_fit));
  CHECK(t.has(Tile::orientatie));
  CHECK_FALSE(t.has(Tile::bemiddeling));  // rung 3 < service.mediation_min_rung
  CHECK(t.size() == 3);

  p.service.max_concurrent_tiles = 2;
  const DefaultServiceRules capped(p, priors);
  CHECK(capped.choose(seen(s, priors), 110).size() == 2);

  // Ready for work on rung 4 with every preparation tile wanted: Bemiddeling still joins.
  JobSeeker ready = known_seeker();
  ready.rung = 4;
  ready.vocational.fill(0.9F);
  ready.employee_skills = 0.55F;  // Werk fit still wanted
  ready.zrm[static_cast<std::size_t>(LifeDomain::housing)] = 2;
  const TileSet r = capped.choose(seen(ready, priors), 110);
  CHECK(r.has(Tile::bemiddeling));
  CHECK(r.has(Tile::maatschappelijk_fit));
  CHECK(r.has(Tile::werk_fit));
}

TEST_CASE("Bemiddeling needs the rung and the believed readiness", "[rules]") {
  const auto p = test::small_region();
  const Priors priors(p);
  const DefaultServiceRules rules(p, priors);
  JobSeeker s = known_seeker();
  s.rung = 4;
  s.vocational.fill(0.8F);
  CHECK(rules.choose(seen(s, priors), 110).has(Tile::bemiddeling));
  s.vocational.fill(0.0F);
  s.employee_skills = 0.2F;
  s.motivation = 0.2F;
  CHECK_FALSE(rules.choose(seen(s, priors), 110).has(Tile::bemiddeling));
}

TEST_CASE("After hiring: Plaatsing in the next week, then Nazorg while aftercare weeks remain", "[rules]") {
  const auto p = test::small_region();
  const Priors priors(p);
  const DefaultServiceRules rules(p, priors);
  JobSeeker s = known_seeker();
  s.status = SeekerStatus::employed;
  s.hired_week = 109;
  s.aftercare_weeks_left = 4;
  const TileSet first = rules.choose(seen(s, priors), 110);
  CHECK(first.has(Tile::plaatsing));
  CHECK(first.has(Tile::nazorg));
  const TileSet later = rules.choose(seen(s, priors), 112);
  CHECK_FALSE(later.has(Tile::plaatsing));
  CHECK(later.has(Tile::nazorg));
  s.aftercare_weeks_left = 0;
  CHECK(rules.choose(seen(s, priors), 130).empty());
}
