#include "sim/uncertainty.h"

#include "sim/sensitivity.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace regiosim::sim {

double factor_value(const UncertainFactor& factor, double u) {
  const ParamPrior& p = factor.prior;
  if (!factor.integer) return p.quantile(u);
  const double lo = std::ceil(p.low);
  const double hi = std::floor(p.high);
  if (p.shape == PriorShape::uniform) {
    return std::clamp(std::floor(lo + (hi - lo + 1.0) * std::clamp(u, 0.0, 1.0)), lo, hi);
  }
  return std::clamp(std::round(p.quantile(u)), lo, hi);
}

Design draw_factors(std::span<const UncertainFactor> factors, std::size_t draws, std::uint64_t seed) {
  if (factors.empty()) throw std::invalid_argument("draw_factors: no uncertain factors");
  for (const auto& f : factors) {
    if (!f.prior.uncertain()) throw std::invalid_argument("draw_factors: " + f.key + " has a fixed prior");
  }
  Design d = latin_hypercube(draws, factors.size(), seed);
  for (std::size_t r = 0; r < draws; ++r) {
    for (std::size_t i = 0; i < factors.size(); ++i) d.u[r * d.dims + i] = factor_value(factors[i], d.at(r, i));
  }
  return d;
}

namespace {

// Type-7 quantile of sorted values.
double quantile_sorted(const std::vector<double>& v, double p) {
  if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
  const double h = p * static_cast<double>(v.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (h - static_cast<double>(lo)) * (v[hi] - v[lo]);
}

}  // namespace

OutcomeSummary summarise_outcome(std::span<const double> values, std::size_t draws, std::size_t replications,
                                 const Design& factor_values, std::size_t top, std::size_t bootstrap,
                                 std::uint64_t seed) {
  if (values.size() != draws * replications) {
    throw std::invalid_argument("summarise_outcome: expected " + std::to_string(draws * replications) + " values, got " +
                                std::to_string(values.size()));
  }
  if (factor_values.rows() != draws) {
    throw std::invalid_argument("summarise_outcome: the factor values have " + std::to_string(factor_values.rows()) +
                                " rows for " + std::to_string(draws) + " draws");
  }
  const double nan = std::numeric_limits<double>::quiet_NaN();
  OutcomeSummary s;
  std::vector<double> mean_of_draw;
  std::vector<std::size_t> rows;
  double within_ss = 0.0;
  double within_df = 0.0;
  for (std::size_t d = 0; d < draws; ++d) {
    double sum = 0.0;
    std::size_t n = 0;
    for (std::size_t r = 0; r < replications; ++r) {
      const double v = values[d * replications + r];
      if (std::isfinite(v)) sum += v, ++n;
    }
    if (n == 0) continue;
    const double m = sum / static_cast<double>(n);
    for (std::size_t r = 0; r < replications; ++r) {
      const double v = values[d * replications + r];
      if (std::isfinite(v)) within_ss += (v - m) * (v - m);
    }
    within_df += static_cast<double>(n - 1);
    mean_of_draw.push_back(m);
    rows.push_back(d);
  }
  s.draws_used = rows.size();
  if (rows.empty()) {
    s.central = s.draws_low = s.draws_high = s.replications_low = s.replications_high = nan;
    return s;
  }
  std::vector<double> sorted = mean_of_draw;
  std::sort(sorted.begin(), sorted.end());
  s.central = quantile_sorted(sorted, 0.5);
  s.draws_low = quantile_sorted(sorted, 0.025);
  s.draws_high = quantile_sorted(sorted, 0.975);
  if (within_df > 0) {
    const boost::math::students_t t(within_df);
    const double half = boost::math::quantile(boost::math::complement(t, 0.025)) *
                        std::sqrt(within_ss / within_df / static_cast<double>(replications));
    s.replications_low = s.central - half;
    s.replications_high = s.central + half;
  } else {
    s.replications_low = s.replications_high = nan;
  }
  for (double m : mean_of_draw) {
    if ((s.central > 0 && m > 0) || (s.central < 0 && m < 0)) ++s.same_sign;
  }
  // Drivers: first-order indices on the draws that have a mean.
  const std::size_t k = factor_values.dims;
  s.noise_floor = nan;
  if (top == 0 || k == 0 || rows.size() < 8) return s;
  Design x;
  x.dims = k;
  x.u.reserve(rows.size() * k);
  for (std::size_t d : rows) {
    for (std::size_t i = 0; i < k; ++i) x.u.push_back(factor_values.at(d, i));
  }
  const auto point = first_order_given_data(x, mean_of_draw, 0, 0, seed);
  std::vector<std::size_t> order(k);
  std::iota(order.begin(), order.end(), std::size_t{0});
  // Largest first; ties (e.g. several factors at exactly 0 when the outcome does not vary) by column.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return point[a].index > point[b].index; });
  order.resize(std::min(top, k));
  const auto with = first_order_given_data(x, mean_of_draw, 0, bootstrap, seed, order);
  constexpr std::size_t kPermutations = 200;
  s.noise_floor = given_data_noise_floor(x, mean_of_draw, 0, kPermutations, seed);
  for (std::size_t i : order) {
    s.drivers.push_back({i, with[i].index, with[i].low, with[i].high,
                         with[i].index > s.noise_floor && with[i].low > 0.0});
  }
  return s;
}

}  // namespace regiosim::sim
