// The two budgets (models/budgets.h) and labour demand (models/labour_demand.h) on their own.
#include "models/budgets.h"
#include "models/labour_demand.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace regiosim;
using namespace regiosim::models;

TEST_CASE("A capped budget commits what fits and refuses the rest, and a new year starts empty", "[budgets]") {
  auto p = test::small_region(400, 104, 104);  // two whole years of burn-in: budget years start at week 0
  p.policy.participation_budget_eur_per_year = 10000.0;
  Budgets b(p);
  b.start_week(0);
  CHECK(b.capped(BudgetKind::participation));
  CHECK_FALSE(b.capped(BudgetKind::income));
  CHECK(b.commit(BudgetKind::participation, 6000.0));
  CHECK_FALSE(b.commit(BudgetKind::participation, 6000.0));  // 4,000 left
  CHECK(b.commit(BudgetKind::participation, 4000.0));
  CHECK(b.room(BudgetKind::participation) == 0.0);
  CHECK(b.current(BudgetKind::participation).committed_eur == 10000.0);
  CHECK(b.current(BudgetKind::participation).refused == 1);
  CHECK(b.current(BudgetKind::participation).refused_eur == 6000.0);
  // A request that waits, asked again: refused without being counted a second time.
  CHECK_FALSE(b.commit(BudgetKind::participation, 6000.0, false));
  CHECK(b.current(BudgetKind::participation).refused == 1);
  CHECK(b.current(BudgetKind::participation).refused_eur == 6000.0);
  CHECK(std::isinf(b.room(BudgetKind::income)));
  b.pay(BudgetKind::participation, 1500.0);
  CHECK(b.current(BudgetKind::participation).paid_eur == 1500.0);
  b.start_week(51);
  CHECK(b.year() == 0);
  b.start_week(52);
  CHECK(b.year() == 1);
  CHECK(b.current(BudgetKind::participation).committed_eur == 0.0);
  CHECK(b.years(BudgetKind::participation).front().committed_eur == 10000.0);
}

TEST_CASE("Budget years are aligned with the observed years, whatever the burn-in", "[budgets]") {
  // A burn-in of 26 weeks: the first budget year is the burn-in's 26 weeks, then every observed year
  // (weeks 26-77, 78-129, ...) is one budget year, so the output's yearly sums are budget years.
  auto p = test::small_region(400, 104, 26);
  Budgets b(p);
  b.start_week(0);
  CHECK(b.year() == 0);
  b.start_week(25);
  CHECK(b.year() == 0);
  b.start_week(26);
  CHECK(b.year() == 1);
  b.start_week(77);
  CHECK(b.year() == 1);
  b.start_week(78);
  CHECK(b.year() == 2);
}

TEST_CASE("The income budget pays benefits whatever the cap and keeps the rest of the year's benefits free",
          "[budgets]") {
  auto p = test::small_region(400, 104, 104);
  p.policy.income_budget_eur_per_year = 1'000'000.0;
  Budgets b(p);
  b.start_week(0);
  b.pay_benefits(15000.0);  // a week of benefits: 52 weeks of them are 780,000
  b.start_week(1);
  // Paid 15,000; expected for weeks 1-51 another 765,000: 220,000 left for subsidies.
  CHECK(b.room(BudgetKind::income) == Approx(220000.0));
  CHECK_FALSE(b.commit(BudgetKind::income, 250000.0));
  CHECK(b.commit(BudgetKind::income, 200000.0));
  b.pay_benefits(30000.0);  // more than the cap leaves: paid all the same
  CHECK(b.current(BudgetKind::income).paid_eur == 45000.0);
}

TEST_CASE("Labour demand follows the tightness path relative to the reference", "[demand]") {
  auto p = test::small_region(400, 156, 52);
  p.demand.tightness = {64.0, 16.0};
  p.demand.reference_tightness = 32.0;
  p.demand.vacancy_elasticity = 0.5;
  p.demand.applicant_elasticity = 1.0;
  p.demand.willingness_elasticity = 1.0;
  p.employers.willing_share = 0.4;
  const LabourDemand d(p);
  CHECK(d.year_of(0) == 0);     // burn-in: the first year
  CHECK(d.year_of(52) == 0);    // first observed year
  CHECK(d.year_of(104) == 1);
  CHECK(d.year_of(1000) == 1);  // after the path: its last year
  CHECK(d.ratio(0, 0) == 2.0);
  CHECK(d.vacancy_factor(0, 0) == Approx(std::sqrt(2.0)));
  CHECK(d.applicant_factor(1, 0) == Approx(2.0));
  CHECK(d.economic_willingness(0, 0) == Approx(0.8));
  CHECK(d.economic_willingness(1, 0) == Approx(0.2));
  p.demand.tightness = {200.0};
  CHECK(LabourDemand(p).economic_willingness(0, 0) == 1.0);  // at most everyone
  // The jobs a subsidy creates scale with what it covers in the employer's eyes, and vanish without it.
  Employer e;
  e.subsidy_sensitivity = 0.5F;
  const double created = d.subsidised_openings(e, 1.0);
  CHECK(created == Approx(p.demand.lks_job_creation_elasticity * 0.5 * (1.0 - p.demand.lks_expected_loonwaarde)));
  p.policy.lks_enabled = false;
  CHECK(LabourDemand(p).subsidised_openings(e, 1.0) == 0.0);
}
