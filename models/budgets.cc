#include "models/budgets.h"

#include <algorithm>

namespace regiosim::models {

Budgets::Budgets(const ModelParams& p) {
  cap_[index(BudgetKind::participation)] = p.policy.participation_budget_eur_per_year;
  cap_[index(BudgetKind::income)] = p.policy.income_budget_eur_per_year;
  const auto burn_in = static_cast<int>(p.sim.burn_in_weeks % kYearWeeks);
  offset_ = burn_in == 0 ? 0 : kYearWeeks - burn_in;
}

void Budgets::start_week(int week) {
  const int shifted = week + offset_;
  const auto wanted = static_cast<std::size_t>(shifted / kYearWeeks) + 1;
  week_in_year_ = shifted % kYearWeeks;
  while (years_[0].size() < wanted) {
    for (auto& y : years_) y.emplace_back();
  }
}

double Budgets::room(BudgetKind k) const noexcept {
  if (!capped(k) || years_[index(k)].empty()) return std::numeric_limits<double>::infinity();
  double used = current(k).committed_eur;
  // The benefits of the year's remaining weeks (this one included), at this week's rate.
  if (k == BudgetKind::income) used += benefit_rate_ * static_cast<double>(kYearWeeks - week_in_year_);
  return std::max(0.0, cap_[index(k)] - used);
}

bool Budgets::commit(BudgetKind k, double eur, bool count_refusal) noexcept {
  BudgetYear& y = now(k);
  if (!fits(k, eur)) {
    if (count_refusal) {
      y.refused_eur += eur;
      ++y.refused;
    }
    return false;
  }
  y.committed_eur += eur;
  ++y.granted;
  return true;
}

void Budgets::add_commitments(BudgetKind k, double eur, std::int64_t grants) noexcept {
  BudgetYear& y = now(k);
  y.committed_eur += eur;
  y.granted += grants;
}

void Budgets::pay(BudgetKind k, double eur) noexcept { now(k).paid_eur += eur; }

void Budgets::release(BudgetKind k, double eur) noexcept {
  BudgetYear& y = now(k);
  y.committed_eur = std::max(0.0, y.committed_eur - eur);
}

void Budgets::pay_benefits(double eur) noexcept {
  BudgetYear& y = now(BudgetKind::income);
  y.paid_eur += eur;
  y.committed_eur += eur;
  benefit_rate_ = eur;
}

}  // namespace regiosim::models
