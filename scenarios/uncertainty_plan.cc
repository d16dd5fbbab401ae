#include "scenarios/uncertainty_plan.h"

#include "sim/design.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace regiosim::scenarios {

models::ModelParams UncertaintyPlan::params(const models::ModelParams& arm, std::size_t draw,
                                            const std::vector<std::string>& keep) const {
  models::ModelParams p = arm;
  const auto& table = models::parameter_table();
  for (std::size_t i = 0; i < factors.size(); ++i) {
    if (std::find(keep.begin(), keep.end(), factors[i].key) != keep.end()) continue;
    const auto* e = table.find(factors[i].key);
    const double x = values.at(draw, i);
    if (factors[i].integer) e->set(p, sim::ParamValue(static_cast<std::int64_t>(std::llround(x))));
    else e->set(p, sim::ParamValue(x));
  }
  return p;
}

UncertaintyPlan plan_uncertainty(const std::vector<Scenario>& arms, std::size_t draws, std::uint64_t seed,
                                 const std::optional<PosteriorSample>& posterior) {
  const auto& table = models::parameter_table();
  std::set<std::string, std::less<>> set_by_user;
  for (const auto& a : arms) set_by_user.insert(a.set_keys.begin(), a.set_keys.end());
  std::vector<Diagnostic> problems;
  std::set<std::string, std::less<>> from_sample;
  if (posterior) {
    for (const auto& k : posterior->keys) {
      const auto* e = table.find(k);
      if (!e || (e->spec.type != sim::ParamType::integer && e->spec.type != sim::ParamType::real)) {
        problems.push_back({posterior->source, 0, 0, k, "the posterior sample holds a parameter that is not a number"});
      } else if (set_by_user.contains(k)) {
        problems.push_back({posterior->source, 0, 0, k,
                            "a scenario of this run sets it; remove it there to take it from the posterior"});
      }
      from_sample.insert(k);
    }
    if (posterior->rows() == 0) problems.push_back({posterior->source, 0, 0, "", "the posterior sample is empty"});
  }
  UncertaintyPlan plan;
  for (const auto& e : table.entries()) {
    if (!e.spec.prior) continue;
    const bool sampled = from_sample.contains(e.spec.key);
    if (!e.spec.prior->uncertain() && !sampled) continue;
    if (set_by_user.contains(e.spec.key)) {
      plan.held.push_back(e.spec.key);
      continue;
    }
    plan.factors.push_back({e.spec.key, *e.spec.prior, e.spec.type == sim::ParamType::integer});
    plan.from_posterior.push_back(sampled);
  }
  if (plan.factors.empty()) problems.push_back({"", 0, 0, "", "no parameter is left to vary: every uncertain one is set by a scenario"});
  if (!problems.empty()) throw ScenarioError(std::move(problems));

  const std::size_t k = plan.factors.size();
  const std::size_t columns = k + (posterior ? 1 : 0);
  const sim::Design u = sim::latin_hypercube(draws, columns, seed);
  plan.values.dims = k;
  plan.values.u.resize(draws * k);
  std::vector<double> cumulative;
  if (posterior) {
    const std::size_t rows = posterior->rows();
    double total = 0.0;
    for (std::size_t r = 0; r < rows; ++r) {
      total += posterior->weights.empty() ? 1.0 : posterior->weights[r];
      cumulative.push_back(total);
    }
    for (auto& c : cumulative) c /= total;
  }
  for (std::size_t d = 0; d < draws; ++d) {
    std::size_t row = 0;
    if (posterior) {
      const double pick = u.at(d, k);
      row = static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), pick) - cumulative.begin());
      row = std::min(row, posterior->rows() - 1);
      plan.posterior_row.push_back(static_cast<std::int64_t>(row));
    }
    for (std::size_t i = 0; i < k; ++i) {
      double x;
      if (plan.from_posterior[i]) {
        const auto col = static_cast<std::size_t>(
            std::find(posterior->keys.begin(), posterior->keys.end(), plan.factors[i].key) - posterior->keys.begin());
        x = posterior->values[row * posterior->keys.size() + col];
        if (plan.factors[i].integer) x = std::round(x);
      } else {
        x = sim::factor_value(plan.factors[i], u.at(d, i));
      }
      plan.values.u[d * k + i] = x;
    }
  }
  plan.design = "Latin hypercube over the priors (seed " + std::to_string(seed) + ")";
  if (posterior) {
    plan.design += "; " + std::to_string(from_sample.size()) + " calibrated parameters jointly from the posterior sample of " +
                   posterior->source + " (" + std::to_string(posterior->rows()) + " rows, by weight)";
  }
  return plan;
}

}  // namespace regiosim::scenarios
