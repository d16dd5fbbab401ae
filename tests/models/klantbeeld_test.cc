// The klantbeeld as state: the case manager's belief changes only at contacts, moves towards the
// truth at one, loses insight at a change of case manager and after a life event; the length of a
// first Diagnostiek follows the belief; and a policy of changing case managers lowers the insight.
#include "models/klantbeeld.h"
#include "models/region_model.h"
#include "models/region_run.h"
#include "models/seeker_tiles.h"
#include "sim/executor.h"
#include "sim/simulation.h"
#include "sim/week_plan.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>

using namespace regiosim;
using namespace regiosim::models;
using test::kpi;

namespace {

constexpr float kZrmStep = 1.0F / kZrmBeliefScale;  // the stored belief's resolution

JobSeeker seeker(const Priors& priors) {
  JobSeeker s;
  s.id = 7;
  s.status = SeekerStatus::in_service;
  s.coach = 0;
  s.zrm.fill(4);
  s.employee_skills = 0.5F;
  s.motivation = 0.5F;
  s.vocational.fill(0.3F);
  start_belief(s, priors);
  return s;
}

}  // namespace

TEST_CASE("Klantbeeld: the belief does not change without a contact when the truth changes", "[klantbeeld]") {
  const auto p = test::small_region();
  const Priors priors(p);
  JobSeeker s = seeker(priors);
  observe_exactly(s, priors, 0.9F);
  const Belief before = s.belief;
  // A skill gained, a problem that arises: the case manager has not seen them yet.
  s.employee_skills = 0.9F;
  s.vocational[2] = 0.9F;
  s.zrm[static_cast<std::size_t>(LifeDomain::finances)] = 2;
  CHECK(believed_employee_skills(s, priors) == before.employee_skills);
  CHECK(believed_vocational(s, 2, priors) == static_cast<float>(before.vocational[2]) / kSkillBeliefScale);
  CHECK_FALSE(believed_problem(s, LifeDomain::finances, priors, p));
  // A week of Bemiddeling is no contact that shows the hidden attributes.
  EventSink events;
  sim::RandomStream rng(1, 1, 1, 1);
  const TileContext ctx{p, priors, rng, events, 10, 10, 1.0F, 0.5F, nullptr, 3};
  seeker_tile(Tile::bemiddeling).step(s, ctx);
  CHECK(s.belief.zrm == before.zrm);
  CHECK(s.belief.employee_skills == before.employee_skills);
  // A life event costs insight, but the picture stays as it was until the next contact.
  lose_insight(s, static_cast<float>(p.klantbeeld.life_event_insight_loss));
  CHECK(s.belief.insight == Approx(0.9 * (1.0 - p.klantbeeld.life_event_insight_loss)));
  CHECK(s.belief.zrm == before.zrm);
  CHECK(s.belief.vocational == before.vocational);
  // The evaluation at the end of a tile is a contact: the problem is seen.
  auto seen = contact_stream(3, s.id, 10, Contact::evaluation);
  observe(s, priors, seen, 1.0F);
  CHECK(believed_employee_skills(s, priors) > before.employee_skills);
}

TEST_CASE("Klantbeeld: a contact moves the belief towards the truth, a session part of the way", "[klantbeeld]") {
  auto p = test::small_region();
  p.klantbeeld.zrm_error_sd = 0.0;
  p.klantbeeld.trait_error_sd = 0.0;
  const Priors exact(p);
  JobSeeker s = seeker(exact);
  s.zrm[static_cast<std::size_t>(LifeDomain::health)] = 1;
  s.employee_skills = 0.2F;
  s.belief.insight = 1.0F;
  sim::RandomStream rng(1, 2, 3, 4);
  // Half the way at a session of weight 0.5 (the life domains only), all the way at a conversation.
  const float prior_health = exact.zrm[static_cast<std::size_t>(LifeDomain::health)];
  observe(s, exact, rng, 0.5F, kSeeLifeDomains);
  CHECK(believed_zrm(s, LifeDomain::health, exact) == Approx((prior_health + 1.0F) / 2.0F).margin(kZrmStep));
  CHECK(believed_employee_skills(s, exact) == exact.employee_skills);
  observe(s, exact, rng, 1.0F);
  CHECK(believed_zrm(s, LifeDomain::health, exact) == Approx(1.0F).margin(kZrmStep));
  CHECK(believed_employee_skills(s, exact) == Approx(0.2F));

  // With errors: on average much closer to the truth after a conversation than before, each contact
  // with its own draw.
  const Priors priors(test::small_region());
  double before = 0.0, after = 0.0;
  int differ = 0;
  const int n = 2000;
  for (int i = 0; i < n; ++i) {
    JobSeeker t = seeker(priors);
    t.id = static_cast<std::uint32_t>(i);
    t.employee_skills = i % 2 == 0 ? 0.2F : 0.8F;
    before += std::abs(believed_employee_skills(t, priors) - t.employee_skills);
    t.belief.insight = 0.8F;
    auto a = contact_stream(5, t.id, 10, Contact::conversation, 1);
    JobSeeker u = t;
    observe(t, priors, a, 1.0F);
    auto b = contact_stream(5, u.id, 10, Contact::conversation, 2);
    observe(u, priors, b, 1.0F);
    differ += t.belief.employee_skills != u.belief.employee_skills;
    after += std::abs(believed_employee_skills(t, priors) - t.employee_skills);
  }
  INFO("mean error before " << before / n << ", after " << after / n);
  CHECK(after < 0.5 * before);
  CHECK(differ > n * 9 / 10);
}

TEST_CASE("Klantbeeld: a change of case manager costs insight, and the belief falls back only by what the file does not hold",
          "[klantbeeld]") {
  const auto p = test::small_region();
  const Priors priors(p);
  JobSeeker s = seeker(priors);
  s.employee_skills = 0.9F;
  s.zrm[static_cast<std::size_t>(LifeDomain::childcare)] = 1;
  observe_exactly(s, priors, 0.8F);
  const JobSeeker known = s;
  const float skills = s.belief.employee_skills;
  const float childcare = believed_zrm(s, LifeDomain::childcare, priors);
  const float prior_childcare = priors.zrm[static_cast<std::size_t>(LifeDomain::childcare)];
  const auto loss = static_cast<float>(p.klantbeeld.handover_insight_loss);
  REQUIRE(loss > 0.0F);

  SECTION("the file passes on whole: the belief stays, the insight falls") {
    hand_over(s, priors, loss, 0.0F);
    CHECK(s.belief.insight == Approx(0.8F * (1.0F - loss)));
    CHECK(s.belief.employee_skills == skills);
    CHECK(believed_zrm(s, LifeDomain::childcare, priors) == childcare);
  }
  SECTION("what the file does not hold falls back to the prior") {
    const float belief_loss = 0.25F;
    hand_over(s, priors, loss, belief_loss);
    CHECK(s.belief.insight == Approx(0.8F * (1.0F - loss)));
    CHECK(s.belief.employee_skills ==
          Approx(priors.employee_skills + (1.0F - belief_loss) * (skills - priors.employee_skills)));
    CHECK(believed_zrm(s, LifeDomain::childcare, priors) ==
          Approx(prior_childcare + (1.0F - belief_loss) * (childcare - prior_childcare)).margin(kZrmStep));
  }
  // The next conversation starts from less insight than the old case manager had.
  CHECK(insight_after_conversation(s.belief.insight, 0.5F, p) < insight_after_conversation(known.belief.insight, 0.5F, p));
}

TEST_CASE("Klantbeeld: the length of a first Diagnostiek follows the belief, not the truth", "[klantbeeld]") {
  const auto p = test::small_region();
  const Priors priors(p);
  const auto& tile = seeker_tile(Tile::diagnostiek);
  EventSink events;
  sim::RandomStream rng(1, 1, 1, 1);
  const TileContext ctx{p, priors, rng, events, 10, 10, 1.0F, 0.5F, nullptr, 3};
  REQUIRE(p.tiles.diagnostiek_max_conversations >= 4);

  // Three true problems the case manager has not seen: one conversation is planned.
  JobSeeker hidden = seeker(priors);
  for (std::size_t d = 0; d < 3; ++d) hidden.zrm[d] = 1;
  REQUIRE(believed_problem_count(hidden, priors, p) == 0);
  CHECK(diagnosis_conversations(hidden, priors, p) == 1);
  tile.enter(hidden, ctx);
  CHECK(hidden.diag_needed == 1);

  // No true problem, but the case manager believes three (and weak skills): the maximum.
  JobSeeker feared = seeker(priors);
  for (std::size_t d = 0; d < 3; ++d) feared.belief.zrm[d] = static_cast<std::uint8_t>(kZrmBeliefScale);  // believed 1
  feared.belief.employee_skills = 0.1F;
  CHECK(diagnosis_conversations(feared, priors, p) == std::min<int>(5, static_cast<int>(p.tiles.diagnostiek_max_conversations)));
  tile.enter(feared, ctx);
  CHECK(feared.diag_needed == diagnosis_conversations(feared, priors, p));

  // What a conversation brings to light may add conversations, never takes planned ones away.
  JobSeeker s = hidden;
  const int planned = s.diag_needed;
  for (int week = 0; week < 20 && !s.diagnosed; ++week) {
    const int before = s.diag_needed;
    tile.step(s, ctx);
    CHECK(s.diag_needed >= before);
  }
  CHECK(s.diagnosed);
  CHECK(s.diag_needed >= planned);
  CHECK(s.belief.insight > 0.0F);
}

TEST_CASE("Klantbeeld: a change of case manager every 13 weeks lowers the insight into seekers in service",
          "[klantbeeld][stochastic]") {
  // Paired over seeds: the same region with and without the rotation.
  sim::TbbExecutor two(2);
  auto none = test::small_region(1200, 104, 26);
  auto rotating = none;
  rotating.policy.case_manager_change_weeks = 13;
  constexpr int kSeeds = 4;
  int lower = 0;
  double diff = 0.0;
  for (int seed = 1; seed <= kSeeds; ++seed) {
    const auto a = run_region(none, RunSpec{.scenario = "none", .seed = static_cast<std::uint64_t>(seed)}, two);
    const auto b = run_region(rotating, RunSpec{.scenario = "rotating", .seed = static_cast<std::uint64_t>(seed)}, two);
    const double d = kpi(b, "case_manager_insight_mean") - kpi(a, "case_manager_insight_mean");
    INFO("seed " << seed << ": insight " << kpi(a, "case_manager_insight_mean") << " vs " << kpi(b, "case_manager_insight_mean")
                 << ", handovers " << kpi(a, "case_manager_handovers") << " vs " << kpi(b, "case_manager_handovers"));
    CHECK(kpi(b, "case_manager_handovers") > 2.0 * kpi(a, "case_manager_handovers"));
    lower += d < 0.0;
    diff += d;
  }
  CHECK(lower == kSeeds);
  CHECK(diff / kSeeds < -0.02);
}

TEST_CASE("Klantbeeld: the rotation keeps every caseload counted and moves seekers to another case manager",
          "[klantbeeld]") {
  auto p = test::small_region(600, 60, 10);
  p.policy.case_manager_change_weeks = 5;
  RegionModel model(p, 2);
  sim::WeekPlan plan;
  model.describe(plan);
  sim::TbbExecutor two(2);
  std::vector<std::int32_t> coach_before;
  int moved = 0;
  sim::Simulation(two).run(plan, model.horizon(), [&](const sim::Week&) {
    const auto& seekers = model.seekers();
    std::vector<std::int32_t> load(model.coaches().size(), 0);
    for (const auto& s : seekers) {
      if (s.coach != kNone && s.status != SeekerStatus::exited) ++load[static_cast<std::size_t>(s.coach)];
    }
    for (std::size_t c = 0; c < load.size(); ++c) REQUIRE(load[c] == model.coaches()[c].caseload);
    for (std::size_t i = 0; i < std::min(coach_before.size(), seekers.size()); ++i) {
      moved += coach_before[i] != kNone && seekers[i].coach != kNone && coach_before[i] != seekers[i].coach;
    }
    coach_before.resize(seekers.size());
    for (std::size_t i = 0; i < seekers.size(); ++i) coach_before[i] = seekers[i].coach;
  });
  CHECK(moved > 100);
}

TEST_CASE("Klantbeeld: with the rotation, results are bitwise identical for the serial executor and 2 threads",
          "[klantbeeld][determinism]") {
  auto p = test::small_region(700, 78, 26);
  p.policy.case_manager_change_weeks = 13;
  const RunSpec spec{.scenario = "s", .replication = 0, .seed = sim::replication_seed(5, 0)};
  sim::SerialExecutor serial;
  sim::TbbExecutor two(2);
  const auto a = run_region(p, spec, serial);
  const auto b = run_region(p, spec, two);
  REQUIRE(a.metrics.size() == b.metrics.size());
  REQUIRE(kpi(a, "case_manager_handovers") > 100.0);
  for (std::size_t i = 0; i < a.metrics.size(); ++i) {
    INFO(a.metrics[i].name);
    CHECK(std::memcmp(&a.metrics[i].value, &b.metrics[i].value, sizeof(double)) == 0);
  }
  REQUIRE(a.series.size() == b.series.size());
  for (std::size_t i = 0; i < a.series.size(); ++i) {
    INFO(a.series[i].name);
    REQUIRE(a.series[i].values.size() == b.series[i].values.size());
    CHECK(std::memcmp(a.series[i].values.data(), b.series[i].values.data(), a.series[i].values.size() * sizeof(double)) == 0);
  }
}
