// Contact time: the case-manager hours the tiles of a caseload leave become conversations with the
// clients in service, and a conversation reaches the klantbeeld, the own applications and Bemiddeling.
#include "models/contact_time.h"
#include "models/region_run.h"
#include "sim/executor.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace regiosim;
using namespace regiosim::models;

TEST_CASE("Contact time: the hours the tiles leave are spread over the clients in service, at most the cap",
          "[contact]") {
  auto p = test::small_region();
  p.contact.conversation_hours = 1.0;
  p.contact.max_per_week = 0.5;
  const ContactTime contact(p);
  CHECK(contact.chance(0.0, 20) == 0.0);    // no time left
  CHECK(contact.chance(-3.0, 20) == 0.0);   // the tiles ask more than there is
  CHECK(contact.chance(5.0, 0) == 0.0);     // nobody in service
  CHECK(contact.chance(4.0, 20) == Approx(0.2));   // 4 hours over 20 clients at an hour each
  CHECK(contact.chance(15.0, 20) == Approx(0.5));  // more time than the cap: every other week
  p.contact.conversation_hours = 2.0;
  CHECK(ContactTime(p).chance(4.0, 20) == Approx(0.1));

  // Per case manager.
  p.coach.client_time_share = 0.5;
  ContactTime weekly(p);
  std::vector<Coach> coaches(3);
  for (auto& c : coaches) c.hours_per_week = 40.0F;  // 20 client hours each
  coaches[0].demand_hours = 25.0;
  coaches[1].demand_hours = 18.0;
  coaches[2].demand_hours = 0.0;
  const std::vector<std::int32_t> clients{40, 10, 0};
  weekly.plan_week(coaches, clients);
  CHECK(weekly.chance_for(0) == 0.0);
  CHECK(weekly.chance_for(1) == Approx(0.1));  // 2 hours over 10 clients at 2 hours each
  CHECK(weekly.chance_for(2) == 0.0);
  CHECK(weekly.chance_for(kNone) == 0.0);

  // Extra proposals: the whole part always, the fraction as a chance (about its share of weeks).
  p.contact.proposals_per_conversation = 1.25;
  const ContactTime proposals(p);
  int total = 0;
  constexpr int kWeeks = 4000;
  for (int week = 0; week < kWeeks; ++week) {
    const int n = proposals.extra_proposals(7, 3, week);
    CHECK((n == 1 || n == 2));
    total += n;
  }
  CHECK(static_cast<double>(total) / kWeeks == Approx(1.25).margin(0.03));  // 0.25 +- 4.4 sd of a binomial share
}

TEST_CASE("Contact time: a caseload that asks all the case manager's hours has no conversations", "[contact][region]") {
  // Two case managers with 200 clients each: the tiles ask far more than their client hours.
  auto with = test::small_region(600, 104, 26);
  with.region.case_managers = 2;
  with.policy.caseload_per_coach = 200;
  auto without = with;
  without.contact.max_per_week = 0.0;
  const auto a = run_region(with, RunSpec{.scenario = "with", .seed = 5}, *sim::make_executor(2));
  const auto b = run_region(without, RunSpec{.scenario = "without", .seed = 5}, *sim::make_executor(1));
  test::check_same_kpis(a, b);
}

TEST_CASE("Contact time: with time left, clients in service talk with their case manager more and are better known",
          "[contact][region]") {
  // Caseload 15: the tiles ask about a third of the client hours (docs/model.md). Paired seeds, with
  // and without conversations in the time left.
  auto with = test::small_region(800, 156, 52);
  with.policy.caseload_per_coach = 15;
  auto without = with;
  without.contact.max_per_week = 0.0;
  constexpr int kSeeds = 6;
  int better_known = 0;
  double insight_with = 0.0, insight_without = 0.0, hours_with = 0.0, hours_without = 0.0;
  for (std::uint64_t seed = 1; seed <= kSeeds; ++seed) {
    const auto a = run_region(with, RunSpec{.scenario = "with", .seed = seed}, *sim::make_executor(2));
    const auto b = run_region(without, RunSpec{.scenario = "without", .seed = seed}, *sim::make_executor(2));
    const double ia = test::kpi(a, "case_manager_insight_mean");
    const double ib = test::kpi(b, "case_manager_insight_mean");
    insight_with += ia / kSeeds;
    insight_without += ib / kSeeds;
    better_known += ia > ib;
    hours_with += test::column_sum(test::series(a, "hours_by_tile"), "base_contact") / kSeeds;
    hours_without += test::column_sum(test::series(b, "hours_by_tile"), "base_contact") / kSeeds;
  }
  INFO("insight " << insight_with << " with conversations, " << insight_without << " without; contact hours outside "
                  "tiles " << hours_with << " against " << hours_without);
  // The conversations take the time left: far more contact hours outside the tiles.
  CHECK(hours_with > 2.0 * hours_without);
  // Each conversation raises the insight: better known in every paired replication.
  CHECK(better_known == kSeeds);
  CHECK(insight_with > insight_without + 0.02);
}
