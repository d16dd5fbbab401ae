// Virtual evaluation from two worlds with the same people: deadweight, substitution at the same
// employer, displacement elsewhere, net jobs and the effect on the treated, on hand-made spells tables.
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

TEST_CASE("Deadweight, substitution, displacement and net jobs of subsidised hires", "[virtual_evaluation]") {
  // Without the subsidy: seeker 1 is hired anyway 5 weeks later (deadweight); seeker 9 gets the job
  // at employer 20 that seeker 2 takes with the subsidy (substitution); seeker 3 has no job at all.
  const auto baseline = spells({{1, 10, 15, -1, false}, {9, 20, 30, 60, false}});
  const auto variant = spells({{1, 10, 10, -1, true}, {2, 20, 28, 80, true}, {3, 30, 40, 100, true}});
  const auto e = models::evaluate_virtually(baseline, variant, {.total = 50}, {.total = 48}, /*observed*/ 200);
  CHECK(e.evaluated_arm == "variant");
  CHECK(e.subsidised_hires == 3);
  CHECK(e.deadweight == 1);
  CHECK(e.substitution == 1);
  CHECK(e.displacement == 2);  // regular hires per employer not known: all of their fall
  CHECK(e.net_jobs == 3 - 1 - 1 - 2);
  // Weeks in work within 52 weeks of the subsidised start, with minus without:
  // seeker 1: 52 - 47 = 5; seeker 2: 52 - 0 = 52; seeker 3: 52 - 0 = 52.
  CHECK(e.effect_on_treated_weeks == Approx((5.0 + 52.0 + 52.0) / 3.0));
}

TEST_CASE("A hire outside the window is not deadweight, and a kept job is not displacement", "[virtual_evaluation]") {
  const auto baseline = spells({{1, 10, 40, -1, false}, {9, 20, 30, 60, false}});
  // Seeker 9 still gets the job at employer 20 in the subsidised world.
  const auto variant = spells({{1, 10, 10, 30, true}, {2, 20, 28, 80, true}, {9, 20, 32, 60, false}});
  const auto e = models::evaluate_virtually(baseline, variant, {}, {}, 100);
  CHECK(e.deadweight == 0);          // 40 - 10 = 30 weeks apart, more than the 13-week window
  CHECK(e.substitution == 0);
  CHECK(e.net_jobs == 2);
}

TEST_CASE("A regular applicant who lost the job at the same employer is substitution, elsewhere displacement",
          "[virtual_evaluation]") {
  // Seeker 3 takes a subsidised job at employer 30, where in the other arm a regular applicant was
  // hired (30: 5 regular hires there, 4 here); employer 40 hires 2 fewer regular applicants for other
  // reasons; seeker 4's job at employer 50 is new (50 hired as many regular applicants in both arms).
  const auto baseline = spells({});
  const auto variant = spells({{3, 30, 40, 100, true}, {4, 50, 60, 120, true}});
  models::RegularHires without{.total = 20, .by_employer = {{30, 5}, {40, 7}, {50, 8}}};
  models::RegularHires with{.total = 17, .by_employer = {{30, 4}, {40, 5}, {50, 8}}};
  const auto e = models::evaluate_virtually(baseline, variant, without, with, 200);
  CHECK(e.subsidised_hires == 2);
  CHECK(e.deadweight == 0);
  CHECK(e.substitution == 1);
  CHECK(e.displacement == 2);
  CHECK(e.net_jobs == 2 - 0 - 1 - 2);
  // From the record table the model writes.
  sim::RecordTable t;
  t.columns = {{"employer", "", {}, {30, 40}}, {"regular_hires", "", {}, {5, 7}}};
  const auto read = models::regular_hires_of(t);
  CHECK(read.total == 12);
  CHECK(read.by_employer.at(40) == 7);
}

TEST_CASE("The arm with the subsidised hires is the one evaluated", "[virtual_evaluation]") {
  // A variant that switches the subsidy off: the baseline's subsidised hires are evaluated.
  const auto with = spells({{1, 10, 10, -1, true}});
  const auto without = spells({{1, 10, 12, -1, false}});
  const auto e = models::evaluate_virtually(with, without, {.total = 10}, {.total = 10}, 100);
  CHECK(e.evaluated_arm == "baseline");
  CHECK(e.subsidised_hires == 1);
  CHECK(e.deadweight == 1);
  CHECK(e.effect_on_treated_weeks == 2);
}
