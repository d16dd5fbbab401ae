// The municipality's two budgets (seed 004 point 11; the Participatiewet funding): the participation
// budget pays re-integration services (tile partner costs, courses, workplace adaptations, the no-risk
// policy, purchased trajectories, learning on growth routes, employer training); the income budget
// (BUIG) pays benefits and loonkostensubsidie.
//
// Money is committed when a service or instrument is granted, for its expected cost (a loonkosten-
// subsidie for its agreed weeks, a weekly tile for its grant's weeks), and paid as it runs. With a cap,
// a request that does not fit what is left of the budget year is refused, so what a year commits
// never exceeds its cap. Benefits are an entitlement: they are paid whatever the cap, count as
// committed when paid, and a loonkostensubsidie gets only what the year's benefits (paid, and expected
// for its remaining weeks at this week's rate) leave. Budget years are 52-week blocks aligned with the
// observed weeks: the first observed week starts a budget year, so an observed year (as the output
// sums it) is a budget year; the burn-in's first budget year may be shorter.
//
//   Budgets b(params);
//   b.start_week(week);
//   if (b.commit(BudgetKind::participation, 2500.0)) grant(); // else refused, and counted
//   b.pay(BudgetKind::participation, eur_this_week);
#pragma once

#include "models/parameters.h"

#include <array>
#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

namespace regiosim::models {

enum class BudgetKind : std::uint8_t { participation, income };
inline constexpr std::size_t kBudgetCount = 2;
inline constexpr std::array<std::string_view, kBudgetCount> kBudgetKeys = {"participation", "income"};

struct BudgetYear {
  double committed_eur = 0.0;
  double paid_eur = 0.0;
  double refused_eur = 0.0;
  std::int64_t granted = 0;
  std::int64_t refused = 0;
};

class Budgets {
 public:
  static constexpr int kYearWeeks = 52;

  explicit Budgets(const ModelParams& p);

  // Opens the budget year of `week` when it is a new one.
  void start_week(int week);
  int year() const noexcept { return static_cast<int>(years_[0].size()) - 1; }
  bool capped(BudgetKind k) const noexcept { return cap_[index(k)] > 0.0; }
  // What a new commitment may still take this year (infinite without a cap).
  double room(BudgetKind k) const noexcept;
  bool fits(BudgetKind k, double eur) const noexcept { return eur <= room(k); }
  // Commits `eur` when it fits (and counts a grant); otherwise counts a refusal unless `count_refusal`
  // is false (a request still waiting, already counted this year). Returns whether it fit.
  bool commit(BudgetKind k, double eur, bool count_refusal = true) noexcept;
  // A commitment that was made elsewhere in the week (summed there in a fixed order): counted as granted.
  void add_commitments(BudgetKind k, double eur, std::int64_t grants) noexcept;
  void pay(BudgetKind k, double eur) noexcept;
  // A commitment that will not be paid (a reserved fee whose condition was not met) frees its room in
  // the current year (never below nothing committed).
  void release(BudgetKind k, double eur) noexcept;
  // The week's benefits: paid and committed at once (an entitlement), and the rate at which the rest of
  // the year is expected to go on.
  void pay_benefits(double eur) noexcept;

  const BudgetYear& current(BudgetKind k) const noexcept { return years_[index(k)].back(); }
  // Every budget year so far, in order.
  const std::vector<BudgetYear>& years(BudgetKind k) const noexcept { return years_[index(k)]; }

 private:
  static std::size_t index(BudgetKind k) noexcept { return static_cast<std::size_t>(k); }
  BudgetYear& now(BudgetKind k) noexcept { return years_[index(k)].back(); }

  std::array<double, kBudgetCount> cap_{};
  std::array<std::vector<BudgetYear>, kBudgetCount> years_;
  int offset_ = 0;  // added to a run's week so that the first observed week starts a budget year
  int week_in_year_ = 0;
  double benefit_rate_ = 0.0;  // last week's benefits
};

}  // namespace regiosim::models
