// Conservation (issue 4): every seeker is in exactly one employment state each week; money in equals
// money out per category (what the municipality books equals what seekers, employers and the provider
// received, and the weekly cost series add up to the books); subsidy weeks never exceed the cap.
#include "models/region_model.h"
#include "sim/executor.h"
#include "sim/simulation.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

using namespace regiosim;
using namespace regiosim::models;
using test::column_sum;

namespace {

// A region with every money flow switched on: a purchased trajectory, a budget that runs out, a
// subsidy with a phase-out, subsidy chasers.
ModelParams busy_region() {
  auto p = test::small_region(600, 156, 0);
  p.policy.werkmakelaar_share = 0.5;
  p.policy.werkmakelaar_coaches = 2;
  p.policy.werkmakelaar_placement_fee_eur = 2000.0;  // the no-cure-no-pay part, booked at placement
  p.policy.participation_budget_eur_per_year = 1500000.0;
  p.population.disability_share = 0.4;  // more people in the doelgroep loonkostensubsidie
  p.policy.lks_max_weeks = 30;
  p.policy.lks_phase_out_weeks = 8;
  p.employers.subsidy_chaser_share = 0.2;
  p.output.events = true;
  return p;
}

}  // namespace

TEST_CASE("Every seeker is in exactly one employment state each week", "[conservation]") {
  const auto p = busy_region();
  RegionModel model(p, 21);
  sim::WeekPlan plan;
  model.describe(plan);
  sim::SerialExecutor exec;
  std::size_t week = 0;
  sim::Simulation(exec).run(plan, model.horizon(), [&](const sim::Week&) {
    std::array<int, 5> states{};
    int alive = 0;
    for (const auto& s : model.seekers()) {
      if (s.status == SeekerStatus::exited) {
        CHECK(s.spell == kNone);
        continue;
      }
      ++alive;
      if (s.status != SeekerStatus::employed) {
        CHECK(s.spell == kNone);
        ++states[0];
        continue;
      }
      REQUIRE(s.spell != kNone);
      const Spell& sp = model.spells()[static_cast<std::size_t>(s.spell)];
      CHECK(sp.end == SpellEnd::ongoing);
      ++states[1 + static_cast<std::size_t>(sp.form)];
      // A trial placement or traineeship keeps the benefit and pays no wage.
      if (!sp.in_contract()) CHECK(s.earnings_eur_per_week == 0.0F);
    }
    int total = 0;
    for (int n : states) total += n;
    CHECK(total == alive);
    const auto* employment = model.series("employment");
    REQUIRE(employment->rows == week + 1);
    for (std::size_t c = 0; c < states.size(); ++c) CHECK(employment->at(week, c) == states[c]);
    ++week;
  });
  CHECK(week == 156);
}

TEST_CASE("Money in equals money out per category", "[conservation]") {
  const auto p = busy_region();
  RegionModel model(p, 22);
  sim::WeekPlan plan;
  model.describe(plan);
  sim::TbbExecutor exec(2);
  sim::Simulation(exec).run(plan, model.horizon());
  const auto& books = model.books();

  double benefit_received = 0.0, lks_received = 0.0, adaptation_received = 0.0;
  for (const auto& s : model.seekers()) benefit_received += s.benefit_received_eur;
  for (const auto& sp : model.spells()) lks_received += sp.lks_paid_eur;
  for (const auto& e : model.employers()) adaptation_received += e.adaptation_received_eur;
  CHECK(books.benefit_eur > 0.0);
  CHECK(books.lks_eur > 0.0);
  CHECK(books.adaptation_eur > 0.0);
  CHECK(books.werkmakelaar_eur > 0.0);
  CHECK(benefit_received == Approx(books.benefit_eur).epsilon(1e-9));
  CHECK(lks_received == Approx(books.lks_eur).epsilon(1e-6));
  CHECK(adaptation_received == Approx(books.adaptation_eur).epsilon(1e-9));
  CHECK(model.provider_received_eur() == Approx(books.werkmakelaar_eur).epsilon(1e-9));

  // Without a burn-in the weekly cost series cover every week: they add up to the books.
  const auto* costs = model.series("costs");
  REQUIRE(costs != nullptr);
  CHECK(column_sum(*costs, "benefit_eur") == Approx(books.benefit_eur).epsilon(1e-9));
  CHECK(column_sum(*costs, "lks_eur") == Approx(books.lks_eur).epsilon(1e-9));
  CHECK(column_sum(*costs, "workplace_adaptation_eur") == Approx(books.adaptation_eur).epsilon(1e-9));
  CHECK(column_sum(*costs, "no_risk_eur") == Approx(books.no_risk_eur).epsilon(1e-9));
  CHECK(column_sum(*costs, "werkmakelaar_eur") == Approx(books.werkmakelaar_eur).epsilon(1e-9));
  CHECK(column_sum(*costs, "tiles_eur") == Approx(books.tiles_eur).epsilon(1e-9));
  const double staff = column_sum(*costs, "case_managers_eur") + column_sum(*costs, "job_coaches_eur") +
                       column_sum(*costs, "intake_eur") + column_sum(*costs, "account_managers_eur") +
                       column_sum(*costs, "in_house_team_eur");
  CHECK(column_sum(*costs, "account_managers_eur") > 0.0);
  CHECK(staff == Approx(books.staff_eur).epsilon(1e-9));
  CHECK(column_sum(*costs, "employer_tiles_eur") == Approx(books.employer_tiles_eur).epsilon(1e-9));
  // Benefit by type adds up to benefit; nobody on NUG receives any.
  const auto* by_type = model.series("benefit_by_type");
  CHECK(column_sum(*by_type, "bijstand") + column_sum(*by_type, "ww") + column_sum(*by_type, "anw") ==
        Approx(books.benefit_eur).epsilon(1e-9));
  CHECK(column_sum(*by_type, "nug") == 0.0);

  // The budgets: what they paid is what the books hold; no year commits more than the cap; no
  // subsidy pays more than was committed for it.
  const auto sum_paid = [&](BudgetKind k) {
    double s = 0.0;
    for (const auto& y : model.budgets().years(k)) s += y.paid_eur;
    return s;
  };
  CHECK(sum_paid(BudgetKind::participation) ==
        Approx(books.tiles_eur + books.adaptation_eur + books.no_risk_eur + books.werkmakelaar_eur + books.employer_tiles_eur)
            .epsilon(1e-9));
  CHECK(sum_paid(BudgetKind::income) == Approx(books.benefit_eur + books.lks_eur).epsilon(1e-9));
  std::int64_t refused = 0;
  for (const auto& y : model.budgets().years(BudgetKind::participation)) {
    CHECK(y.committed_eur <= p.policy.participation_budget_eur_per_year);
    refused += y.refused;
  }
  CHECK(refused > 0);  // the cap binds
  for (const auto& sp : model.spells()) CHECK(sp.lks_paid_eur <= sp.lks_committed_eur * (1.0 + 1e-9));
}

TEST_CASE("Subsidy weeks never exceed the cap and are paid only in a contract", "[conservation]") {
  const auto p = busy_region();
  // Three runs, so that enough spells with LKS are checked whatever the course of one run.
  int with_lks = 0, phased_out = 0;
  for (std::uint64_t seed : {23, 24, 25}) {
    RegionModel model(p, seed);
    sim::WeekPlan plan;
    model.describe(plan);
    sim::SerialExecutor exec;
    sim::Simulation(exec).run(plan, model.horizon());
    for (const auto& sp : model.spells()) {
      CHECK(sp.lks_weeks_paid >= 0);
      CHECK(sp.lks_weeks_paid <= sp.lks_weeks_granted);
      CHECK(sp.lks_weeks_granted <= p.policy.lks_max_weeks);
      CHECK(sp.no_risk_weeks_left <= p.instruments.no_risk_weeks);
      if (sp.lks_weeks_paid > 0) {
        ++with_lks;
        CHECK(sp.contract_start_week != kNone);
        CHECK(sp.has(InstrumentKind::lks));
      }
      phased_out += sp.lks_weeks_paid == p.policy.lks_max_weeks;
    }
  }
  INFO(with_lks << " spells with LKS paid");
  CHECK(with_lks > 30);
  CHECK(phased_out > 0);
}

TEST_CASE("The bijstand flow KPIs follow from the weekly states (CBS and Divosa definitions)", "[conservation]") {
  // Recomputes inflow_rate_year, outflow_rate_year, outflow_to_work_rate_year and
  // parttime_with_benefit_share from the seekers' states at the end of each week: a person is on
  // bijstand when not exited, on benefit and of benefit type bijstand; inflow is a new registrant on
  // bijstand or a person on it who was off it last week, outflow a person on it last week who is off
  // it (or exited) now. The stock at the end of each week equals last week's plus inflow minus outflow.
  auto p = test::small_region(600, 2 * 52 + 20, 30);  // two complete years, an incomplete one left out
  p.employment.hours_increase_per_year = 1.0;
  RegionModel model(p, 33);
  sim::WeekPlan plan;
  model.describe(plan);
  sim::SerialExecutor exec;
  std::vector<char> was_on;  // per seeker id, at the end of last week
  for (const auto& s : model.seekers()) was_on.push_back(s.benefit == BenefitType::bijstand && s.on_benefit);
  double base = 0, inflow = 0, outflow = 0, outflow_work = 0, share_sum = 0, share_weeks = 0, stock_last = 0;
  for (char c : was_on) stock_last += c;
  sim::Simulation(exec).run(plan, model.horizon(), [&](const sim::Week& w) {
    double in = 0, out = 0, out_work = 0, stock = 0, working = 0;
    const auto& seekers = model.seekers();
    was_on.resize(seekers.size(), 0);
    for (const auto& s : seekers) {
      if (s.benefit != BenefitType::bijstand) continue;
      const bool on = s.status != SeekerStatus::exited && s.on_benefit;
      const bool before = was_on[s.id] != 0;
      const bool is_new = !s.from_initial_stock && s.entry_week == w.index;
      if (s.status == SeekerStatus::exited && s.exit_week < w.index) continue;
      in += is_new || (on && !before && !is_new);
      out += (before || is_new) && !on;
      out_work += (before || is_new) && !on && s.status != SeekerStatus::exited && s.status != SeekerStatus::on_ww;
      stock += on;
      if (on && s.status == SeekerStatus::employed) working += model.spells()[static_cast<std::size_t>(s.spell)].in_contract();
      was_on[s.id] = on;
    }
    CHECK(stock == stock_last + in - out);
    if (!w.in_burn_in() && w.observed() < 104) {
      if (w.observed() % 52 == 0) base += stock_last;
      base += in;
      inflow += in;
      outflow += out;
      outflow_work += out_work;
    }
    if (!w.in_burn_in() && stock > 0) {
      share_sum += working / stock;
      share_weeks += 1;
    }
    stock_last = stock;
  });
  const auto kpi = [&](std::string_view name) {
    for (const auto& m : model.kpis()) {
      if (m.name == name) return m.value;
    }
    throw std::invalid_argument(std::string(name));
  };
  REQUIRE(base > 0);
  CHECK(inflow > 0);
  CHECK(outflow_work > 0);
  CHECK(share_sum > 0);
  CHECK(kpi("inflow_rate_year") == Approx(inflow / base).epsilon(1e-12));
  CHECK(kpi("outflow_rate_year") == Approx(outflow / base).epsilon(1e-12));
  CHECK(kpi("outflow_to_work_rate_year") == Approx(outflow_work / base).epsilon(1e-12));
  CHECK(kpi("parttime_with_benefit_share") == Approx(share_sum / share_weeks).epsilon(1e-12));
}

TEST_CASE("The loonwaarde KPIs of LKS placements use the loonwaarde the subsidy was granted on", "[conservation]") {
  auto p = test::small_region(600, 104, 26);
  RegionModel model(p, 34);
  sim::WeekPlan plan;
  model.describe(plan);
  sim::SerialExecutor exec;
  sim::Simulation(exec).run(plan, model.horizon(), [](const sim::Week&) {});
  const int begin = static_cast<int>(p.sim.burn_in_weeks), end = begin + static_cast<int>(p.sim.weeks);
  double n = 0, sum = 0, mid = 0;
  for (const auto& sp : model.spells()) {
    if (sp.start_week < begin || sp.start_week >= end || sp.lks_weeks_granted == 0) continue;
    CHECK(sp.lks_loonwaarde > 0.0F);
    CHECK(sp.lks_loonwaarde < static_cast<float>(p.policy.lks_max_loonwaarde));
    ++n;
    sum += sp.lks_loonwaarde;
    mid += sp.lks_loonwaarde >= 0.5F && sp.lks_loonwaarde < 0.75F;
  }
  REQUIRE(n > 10);
  for (const auto& m : model.kpis()) {
    if (m.name == "lks_loonwaarde_mean") CHECK(m.value == Approx(sum / n).epsilon(1e-12));
    if (m.name == "lks_loonwaarde_share_50_75") CHECK(m.value == Approx(mid / n).epsilon(1e-12));
    if (m.name == "placements_with_lks") CHECK(m.value == n);
  }
}
