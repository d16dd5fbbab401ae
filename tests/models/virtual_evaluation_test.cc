// Virtual evaluation from two worlds with the same people: deadweight, displacement of seekers and
// regular applicants, net jobs and the effect on the treated, on hand-made spells tables.
#include "models/virtual_evaluation.h"

#include "models/agents.h"

#include <catch2/catch.hpp>

using namespace regiosim;

namespace {

struct Row {
  std::int64_t seeker, employer, start, end;  // end -1: ongoing
  bool lks;
};

sim::RecordTable spells(const std::vector<Row>& rows) {
  sim::RecordTable t;
  t.name = "spells";
  for (const char* name : {"seeker", "employer", "start_week", "end_week", "instruments"}) t.columns.push_back({name, "", {}, {}});
  for (const auto& r : rows) {
    t.columns[0].values.push_back(r.seeker);
    t.columns[1].values.push_back(r.employer);
    t.columns[2].values.push_back(r.start);
    t.columns[3].values.push_back(r.end);
    t.columns[4].values.push_back(r.lks ? models::bit(models::InstrumentKind::lks) : 0);
  }
  return t;
}

}  // namespace

TEST_CASE("Deadweight, displacement and net jobs of subsidised hires", "[virtual_evaluation]") {
  // Without the subsidy: seeker 1 is hired anyway 5 weeks later (deadweight); seeker 9 gets the job
  // at employer 20 that seeker 2 takes with the subsidy (displaced); seeker 3 has no job at all.
  const auto baseline = spells({{1, 10, 15, -1, false}, {9, 20, 30, 60, false}});
  const auto variant = spells({{1, 10, 10, -1, true}, {2, 20, 28, 80, true}, {3, 30, 40, 100, true}});
  const auto e = models::evaluate_virtually(baseline, variant, /*regular*/ 50, 48, /*observed*/ 200);
  CHECK(e.evaluated_arm == "variant");
  CHECK(e.subsidised_hires == 3);
  CHECK(e.deadweight == 1);
  CHECK(e.displaced_seekers == 1);
  CHECK(e.displaced_regular == 2);
  CHECK(e.net_jobs == 3 - 1 - 1 - 2);
  // Weeks in work within 52 weeks of the subsidised start, with minus without:
  // seeker 1: 52 - 47 = 5; seeker 2: 52 - 0 = 52; seeker 3: 52 - 0 = 52.
  CHECK(e.effect_on_treated_weeks == Approx((5.0 + 52.0 + 52.0) / 3.0));
}

TEST_CASE("A hire outside the window is not deadweight, and a kept job is not displacement", "[virtual_evaluation]") {
  const auto baseline = spells({{1, 10, 40, -1, false}, {9, 20, 30, 60, false}});
  // Seeker 9 still gets the job at employer 20 in the subsidised world.
  const auto variant = spells({{1, 10, 10, 30, true}, {2, 20, 28, 80, true}, {9, 20, 32, 60, false}});
  const auto e = models::evaluate_virtually(baseline, variant, 0, 0, 100);
  CHECK(e.deadweight == 0);          // 40 - 10 = 30 weeks apart, more than the 13-week window
  CHECK(e.displaced_seekers == 0);
  CHECK(e.net_jobs == 2);
}

TEST_CASE("The arm with the subsidised hires is the one evaluated", "[virtual_evaluation]") {
  // A variant that switches the subsidy off: the baseline's subsidised hires are evaluated.
  const auto with = spells({{1, 10, 10, -1, true}});
  const auto without = spells({{1, 10, 12, -1, false}});
  const auto e = models::evaluate_virtually(with, without, 10, 10, 100);
  CHECK(e.evaluated_arm == "baseline");
  CHECK(e.subsidised_hires == 1);
  CHECK(e.deadweight == 1);
  CHECK(e.effect_on_treated_weeks == 2);
}
