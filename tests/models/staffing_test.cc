// Covers the account managers' staffing and the employer-side Nazorg (issue 30, item 2): a team in
// FTE (whole persons, the last one part-time), the staffing norm in hours per network employer, the
// Nazorg with the employer for every placement at an employer in the network as far as the hours
// allow, and its effect on the dropout hazard at the strength it got. The region-level cases compare
// paired replications (same seeds) and ask the 95% interval of the difference to exclude zero.
#include "model_test_support.h"
#include "models/employment.h"
#include "models/region_model.h"
#include "sim/executor.h"
#include "sim/simulation.h"
#include "sim/statistics.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace regiosim;
using namespace regiosim::models;

namespace {

constexpr int kReplications = 8;  // paired seeds per arm

void run(RegionModel& model, int threads = 2) {
  sim::WeekPlan plan;
  model.describe(plan);
  sim::TbbExecutor exec(threads);
  sim::Simulation(exec).run(plan, model.horizon());
}

std::size_t column(const sim::SeriesTable& t, const std::string& name) {
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c] == name) return c;
  }
  FAIL("no column " << name);
  return 0;
}

// Sum over the weeks of one column of a weekly series.
double total(const RegionModel& m, const std::string& series, const std::string& name) {
  const auto* t = m.series(series);
  REQUIRE(t != nullptr);
  const std::size_t c = column(*t, name);
  double sum = 0.0;
  for (std::size_t w = 0; w < t->rows; ++w) sum += t->at(w, c);
  return sum;
}

double kpi(const RegionModel& m, const std::string& name) {
  for (const auto& k : m.kpis()) {
    if (k.name == name) return k.value;
  }
  FAIL("no KPI " << name);
  return 0.0;
}

struct Arm {
  std::vector<double> network, nazorg_weeks, staff_hours, trust;
};

Arm run_arm(const ModelParams& p) {
  Arm a;
  for (int r = 0; r < kReplications; ++r) {
    RegionModel model(p, 100 + static_cast<std::uint64_t>(r));
    run(model);
    a.network.push_back(kpi(model, "employers_in_network"));
    a.nazorg_weeks.push_back(total(model, "employers_by_tile", "nazorg"));
    a.staff_hours.push_back(total(model, "account_managers", "hours_available"));
    a.trust.push_back(kpi(model, "employer_trust_mean"));
  }
  return a;
}

ModelParams one_contact_region() {
  auto p = test::small_region(500, 156, 26);
  p.policy.single_contact = true;
  p.region.account_managers = 1.5;
  return p;
}

}  // namespace

TEST_CASE("The account-manager team is set in FTE: the last person works part-time", "[employers][staffing]") {
  auto p = test::small_region();
  p.region.account_managers = 2.5;
  const RegionModel model(p, 3);
  const auto& team = model.account_managers();
  REQUIRE(team.size() == 3);
  double hours = 0.0;
  for (const auto& am : team) hours += am.hours_per_week;
  CHECK(hours == Approx(2.5 * p.account_manager.hours_per_week));
  CHECK(team.back().hours_per_week == Approx(0.5 * p.account_manager.hours_per_week));

  // Whole numbers keep whole persons, as the count did before.
  p.region.account_managers = 4.0;
  const RegionModel whole(p, 3);
  REQUIRE(whole.account_managers().size() == 4);
  for (const auto& am : whole.account_managers()) CHECK(am.hours_per_week == Approx(p.account_manager.hours_per_week));
}

TEST_CASE("The employer's Nazorg lowers dropout at the strength it got", "[employers][staffing][nazorg]") {
  const auto p = parameter_table().defaults();
  JobSeeker s;
  s.employee_skills = 0.5F;
  Spell sp;
  Employer e;
  const double none = dropout_hazard(s, sp, 0.5F, e, p, 0.0);
  const double half = dropout_hazard(s, sp, 0.5F, e, p, 0.5);
  const double full = dropout_hazard(s, sp, 0.5F, e, p, 1.0);
  CHECK(full == Approx(none * p.employment.employer_nazorg_hazard_ratio));
  CHECK(half == Approx(none * (1.0 - 0.5 * (1.0 - p.employment.employer_nazorg_hazard_ratio))));
  auto neutral = p;
  neutral.employment.employer_nazorg_hazard_ratio = 1.0;  // a Nazorg without effect changes nothing
  CHECK(dropout_hazard(s, sp, 0.5F, e, neutral, 1.0) == Approx(dropout_hazard(s, sp, 0.5F, e, neutral, 0.0)));
}

TEST_CASE("Employer-side Nazorg runs without one contact person, and not without account managers",
          "[employers][staffing][nazorg][stochastic]") {
  auto p = test::small_region(500, 156, 26);
  p.policy.single_contact = false;
  const Arm with_staff = run_arm(p);
  p.region.account_managers = 0.0;
  const Arm without = run_arm(p);
  for (int r = 0; r < kReplications; ++r) {
    CHECK(with_staff.nazorg_weeks[static_cast<std::size_t>(r)] > 0.0);
    CHECK(without.nazorg_weeks[static_cast<std::size_t>(r)] == 0.0);
    CHECK(without.staff_hours[static_cast<std::size_t>(r)] == 0.0);
  }
}

TEST_CASE("With one contact person, more account-manager hours serve more employers and reach more placements",
          "[employers][staffing][nazorg][stochastic]") {
  const auto p = one_contact_region();
  auto staffed = p;
  staffed.region.account_managers = 3.0;
  const Arm base = run_arm(p);
  const Arm more = run_arm(staffed);
  const auto network = sim::paired_difference(base.network, more.network);
  const auto nazorg = sim::paired_difference(base.nazorg_weeks, more.nazorg_weeks);
  const auto hours = sim::paired_difference(base.staff_hours, more.staff_hours);
  INFO("network +" << network.mean << " [" << network.low << ", " << network.high << "], employer-weeks in Nazorg +"
                   << nazorg.mean << " [" << nazorg.low << ", " << nazorg.high << "]");
  CHECK(hours.low > 0.0);
  CHECK(network.low > 0.0);
  CHECK(nazorg.low > 0.0);
}

TEST_CASE("The staffing norm hires account managers as the network asks for hours", "[employers][staffing][stochastic]") {
  const auto p = one_contact_region();
  auto normed = p;
  normed.policy.am_hours_per_network_employer = 1.0;
  const Arm fixed = run_arm(p);
  const Arm staffed = run_arm(normed);
  const auto hours = sim::paired_difference(fixed.staff_hours, staffed.staff_hours);
  const auto network = sim::paired_difference(fixed.network, staffed.network);
  INFO("hours +" << hours.mean << ", network +" << network.mean << " [" << network.low << ", " << network.high << "]");
  CHECK(hours.low > 0.0);
  CHECK(network.low > 0.0);
  // The team grew past region.account_managers (hires start full-time).
  RegionModel model(normed, 100);
  run(model);
  double persons = 0.0;
  for (const auto& am : model.account_managers()) persons += am.employed ? 1.0 : 0.0;
  CHECK(persons > normed.region.account_managers);
  // A norm of zero leaves the team at region.account_managers.
  RegionModel plain(p, 100);
  run(plain);
  double fte = 0.0;
  for (const auto& am : plain.account_managers()) {
    if (am.employed) fte += am.hours_per_week / p.account_manager.hours_per_week;
  }
  CHECK(fte == Approx(p.region.account_managers));
}
