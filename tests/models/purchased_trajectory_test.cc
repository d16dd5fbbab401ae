// The purchased Werkmakelaar trajectory: tracks, capacity, activation, return after six months, and
// the promised rates measured (never imposed) in a region that refers its registrants.
#include "models/purchased_trajectory.h"
#include "models/region_run.h"
#include "sim/executor.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace regiosim;
using namespace regiosim::models;

TEST_CASE("The provider's track follows its klantbeeld", "[trajectory]") {
  const auto p = test::small_region();
  const Priors priors(p);
  JobSeeker s;
  s.zrm.fill(4);
  s.belief.insight = 1.0F;
  s.rung = 4;
  s.employee_skills = 0.8F;
  s.motivation = 0.8F;
  CHECK(assess_track(s, priors, p) == WmTrack::wm1);
  s.employee_skills = 0.4F;
  CHECK(assess_track(s, priors, p) == WmTrack::wm2);
  s.zrm[static_cast<std::size_t>(LifeDomain::childcare)] = 1;
  CHECK(assess_track(s, priors, p) == WmTrack::wm3);
}

TEST_CASE("The provider takes clients up to coaches x caseload, activates WM3 first, returns them after six months", "[trajectory]") {
  auto p = test::small_region();
  p.policy.werkmakelaar_coaches = 1;
  p.policy.werkmakelaar_caseload = 2;
  const Priors priors(p);
  WerkmakelaarProvider provider(p);
  JobSeeker a, b;
  a.zrm.fill(4);
  b.zrm.fill(2);
  b.rung = 3;
  CHECK(provider.has_room());
  provider.refer(a, priors, 100);
  provider.refer(b, priors, 100);
  CHECK_FALSE(provider.has_room());
  CHECK(a.belief.insight == static_cast<float>(p.policy.werkmakelaar_insight));  // the intake and home visit
  CHECK(b.wm_track == WmTrack::wm3);
  CHECK(provider.activating(b, 100 + static_cast<int>(p.policy.werkmakelaar_activation_weeks) - 1));
  CHECK(provider.mediating(b, 100 + static_cast<int>(p.policy.werkmakelaar_activation_weeks)));
  CHECK_FALSE(provider.expired(a, 100 + static_cast<int>(p.policy.werkmakelaar_max_weeks) - 1));
  CHECK(provider.expired(a, 100 + static_cast<int>(p.policy.werkmakelaar_max_weeks)));
  provider.release(a);
  provider.release(a);  // twice is harmless
  CHECK(provider.clients() == 1);
  CHECK(provider.has_room());
}

TEST_CASE("Referred registrants are placed by the provider, the promised rates are outcomes, not inputs", "[trajectory][stochastic]") {
  auto p = test::small_region(1500, 208, 52);
  p.policy.werkmakelaar_share = 1.0;
  p.policy.werkmakelaar_coaches = 4;
  sim::TbbExecutor exec(2);
  const auto r = run_region(p, RunSpec{.scenario = "wm", .seed = 8}, exec);
  const auto kpi = [&](const std::string& name) {
    for (const auto& m : r.metrics) {
      if (m.name == name) return m.value;
    }
    throw std::invalid_argument(name);
  };
  CHECK(kpi("werkmakelaar_referred") > 50);
  const double wm1 = kpi("werkmakelaar_wm1_share"), wm2 = kpi("werkmakelaar_wm2_share"), wm3 = kpi("werkmakelaar_wm3_share");
  CHECK(wm1 > 0.0);
  CHECK(wm2 > 0.0);
  CHECK(wm3 > 0.0);
  CHECK(wm1 + wm2 + wm3 <= 1.0);
  // Provider placements show up in the spells table and in the instrument counts.
  const auto spells_at = std::find_if(r.records.begin(), r.records.end(), [](const auto& t) { return t.name == "spells"; });
  REQUIRE(spells_at != r.records.end());
  const auto& spells = *spells_at;
  std::size_t provider_column = 0;
  for (std::size_t c = 0; c < spells.columns.size(); ++c) {
    if (spells.columns[c].name == "provider") provider_column = c;
  }
  const auto& provider = spells.columns[provider_column].values;
  CHECK(std::count(provider.begin(), provider.end(), 1) > 20);
}
