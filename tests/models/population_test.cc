// Population draws: the same id gives the same person in every scenario, and large draws reproduce
// the profile's shares.
#include "models/population.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

using namespace regiosim;
using namespace regiosim::models;

TEST_CASE("The same id and seed give the same person, a policy change does not alter who arrives", "[population]") {
  auto p = test::small_region();
  const PopulationProfile profile(p);
  const JobSeeker a = draw_seeker(p, profile, 99, 12, 5, false);
  p.policy.aftercare_weeks = 13;  // a policy lever: must not change the person
  const JobSeeker b = draw_seeker(p, profile, 99, 12, 5, false);
  CHECK(a.age_at_entry == b.age_at_entry);
  CHECK(a.zrm == b.zrm);
  CHECK(a.employee_skills == b.employee_skills);
  CHECK(a.vocational == b.vocational);
  const JobSeeker c = draw_seeker(p, profile, 100, 12, 5, false);
  CHECK(a.employee_skills != c.employee_skills);
}

TEST_CASE("The initial stock reproduces the problem and rung shares", "[population][stochastic]") {
  const auto p = test::small_region();
  const PopulationProfile profile(p);
  const int n = 20000;
  std::array<int, kLifeDomainCount> problems{};
  std::array<int, 4> rungs{};
  int female = 0;
  for (int i = 0; i < n; ++i) {
    const JobSeeker s = draw_seeker(p, profile, 5, static_cast<std::uint32_t>(i), 0, true);
    for (std::size_t d = 0; d < kLifeDomainCount; ++d) problems[d] += s.zrm[d] <= 2;
    REQUIRE(s.rung >= 1);
    REQUIRE(s.rung <= 4);
    ++rungs[s.rung - 1];
    female += s.female;
    REQUIRE(s.age_at_entry >= 18.0F);
    REQUIRE(s.age_at_entry < 67.0F);
  }
  for (std::size_t d = 0; d < kLifeDomainCount; ++d) {
    CHECK(problems[d] / double(n) == Approx(p.population.problem_shares[d]).margin(0.015));
  }
  for (std::size_t r = 0; r < 4; ++r) CHECK(rungs[r] / double(n) == Approx(p.population.rung_shares[r]).margin(0.015));
  CHECK(female / double(n) == Approx(p.population.female_share).margin(0.015));
}

TEST_CASE("New inflow has fewer problems than the stock", "[population][stochastic]") {
  const auto p = test::small_region();
  const PopulationProfile profile(p);
  int stock = 0, inflow = 0;
  for (std::uint32_t i = 0; i < 5000; ++i) {
    for (auto z : draw_seeker(p, profile, 5, i, 0, true).zrm) stock += z <= 2;
    for (auto z : draw_seeker(p, profile, 5, i, 0, false).zrm) inflow += z <= 2;
  }
  CHECK(inflow < 0.8 * stock);
}
