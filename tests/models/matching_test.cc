// Matching: quality rises with competencies, falls with unmet requirements; hard requirements and
// the case manager's view of them.
#include "models/matching.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

using namespace regiosim;
using namespace regiosim::models;

namespace {
JobSeeker candidate() {
  JobSeeker s;
  s.zrm.fill(4);
  s.employee_skills = 0.6F;
  s.motivation = 0.6F;
  s.vocational.fill(0.4F);
  s.affinity.fill(0.5F);
  return s;
}
}  // namespace

TEST_CASE("Match quality rises with vocational skill and falls below the requirement", "[matching]") {
  const auto p = test::small_region();
  JobSeeker s = candidate();
  const float base = match_quality(s, 0, 0.3F, p);
  s.vocational[0] = 0.6F;
  CHECK(match_quality(s, 0, 0.3F, p) > base);
  s.vocational[0] = 0.4F;
  const float gap = match_quality(s, 0, 0.6F, p);
  CHECK(base - gap == Approx(p.matching.requirement_gap_penalty * 0.2).epsilon(1e-4));
}

TEST_CASE("Hard requirements: licence and language, the coach knows the licence, believes the language", "[matching]") {
  const auto p = test::small_region();
  const Priors priors(p);
  JobSeeker s = candidate();
  Vacancy v;
  v.licence_required = true;
  v.language_requirement = 3;
  CHECK_FALSE(meets_hard_requirements(s, v));
  CHECK_FALSE(believed_meets_hard_requirements(s, v, priors));
  s.driving_licence = true;
  CHECK(meets_hard_requirements(s, v));
  s.zrm[static_cast<std::size_t>(LifeDomain::language)] = 1;
  CHECK_FALSE(meets_hard_requirements(s, v));
  // Unknown to a coach who has not talked to the seeker yet: the prior suggests enough Dutch.
  observe_exactly(s, priors, 0.0F);
  CHECK(believed_meets_hard_requirements(s, v, priors));
  observe_exactly(s, priors, 1.0F);
  CHECK_FALSE(believed_meets_hard_requirements(s, v, priors));
}

TEST_CASE("The stigma of time out of work grows per year up to its cap", "[matching]") {
  const auto p = test::small_region();
  JobSeeker s = candidate();
  s.out_of_work_since = 0;
  CHECK(stigma(s, 52, p) == Approx(p.hiring.stigma_per_year));
  CHECK(stigma(s, 52 * 50, p) == Approx(p.hiring.stigma_max));
  CHECK(stigma(s, 0, p) == 0.0F);
}

TEST_CASE("The precomputed belief gives the same pre-selection as the direct computation", "[matching]") {
  const auto p = test::small_region();
  const Priors priors(p);
  JobSeeker s = candidate();
  observe_exactly(s, priors, 0.6F);
  s.belief.vocational[0] = 200;  // believed above the truth
  s.belief.zrm.fill(100);         // believed 2.5: just no problem
  s.driving_licence = false;
  for (std::size_t sector : {std::size_t{0}, std::size_t{5}}) {
    const BelievedMatch b(s, sector, priors, p);
    for (float req : {0.0F, 0.2F, 0.45F, 0.9F}) {
      CHECK(b.quality(req) == Approx(believed_match_quality(s, sector, req, priors, p)).margin(1e-6));
      for (int language = 1; language <= 5; ++language) {
        for (bool licence : {false, true}) {
          Vacancy v;
          v.language_requirement = static_cast<std::uint8_t>(language);
          v.licence_required = licence;
          CHECK(b.meets_hard_requirements(v) == believed_meets_hard_requirements(s, v, priors));
        }
      }
    }
  }
}

TEST_CASE("The belief's ceiling bounds its quality for every requirement (the shared-vacancy search stops on it)",
          "[matching]") {
  const auto p = test::small_region();
  const Priors priors(p);
  JobSeeker s = candidate();
  observe_exactly(s, priors, 0.3F);
  for (std::uint8_t believed : {std::uint8_t{10}, std::uint8_t{100}, std::uint8_t{180}}) {
    s.belief.vocational.fill(believed);
    for (std::size_t sector = 0; sector < kSectorCount; ++sector) {
      const BelievedMatch b(s, sector, priors, p);
      for (float req = 0.0F; req <= 1.5F; req += 0.01F) CHECK(b.quality(req) <= b.ceiling());
    }
  }
}
