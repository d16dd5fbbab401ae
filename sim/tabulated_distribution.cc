#include "sim/tabulated_distribution.h"

#include <boost/math/special_functions/beta.hpp>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <numbers>
#include <stdexcept>
#include <utility>

namespace regiosim::sim {

TabulatedDistribution::TabulatedDistribution(std::vector<double> x, std::vector<double> cdf)
    : x_(std::move(x)), cdf_(std::move(cdf)) {
  if (x_.size() < 2 || x_.size() != cdf_.size()) {
    throw std::invalid_argument("TabulatedDistribution: needs at least two points and one F value per point");
  }
  for (std::size_t j = 0; j < x_.size(); ++j) {
    if (!std::isfinite(x_[j]) || !std::isfinite(cdf_[j]) || cdf_[j] < 0.0 || cdf_[j] > 1.0) {
      throw std::invalid_argument("TabulatedDistribution: points and F values must be finite, F in [0, 1]");
    }
    if (j > 0 && (!(x_[j] > x_[j - 1]) || cdf_[j] < cdf_[j - 1])) {
      throw std::invalid_argument("TabulatedDistribution: points must ascend and F must not decrease");
    }
  }
  cdf_.front() = 0.0;
  cdf_.back() = 1.0;
}

namespace {

// beta_plus_normal is a pure function of its arguments, and it costs about 12 ms (the beta
// quantiles, which Boost works out in long double), as much as a sixtieth of a default-region
// replication: a run of many replications, a sweep or a calibration would make the same table
// again and again. The last few tables made are kept, process-wide, and handed out as copies.
struct BetaPlusNormalKey {
  double a, b, sd;
  std::size_t grid_points, beta_points;
  bool operator==(const BetaPlusNormalKey&) const = default;
};
constexpr std::size_t kTablesKept = 8;
struct TableCache {
  std::mutex mutex;
  std::vector<std::pair<BetaPlusNormalKey, TabulatedDistribution>> recent;  // oldest first
};
TableCache& table_cache() {
  static TableCache cache;
  return cache;
}

}  // namespace

TabulatedDistribution TabulatedDistribution::beta_plus_normal(double a, double b, double sd, std::size_t grid_points,
                                                              std::size_t beta_points) {
  if (!(a > 0.0) || !(b > 0.0) || !(sd >= 0.0) || !std::isfinite(a) || !std::isfinite(b) || !std::isfinite(sd) ||
      grid_points < 2 || beta_points < 1) {
    throw std::invalid_argument("TabulatedDistribution::beta_plus_normal: needs a, b > 0, sd >= 0, two grid points");
  }
  const BetaPlusNormalKey key{a, b, sd, grid_points, beta_points};
  TableCache& cache = table_cache();
  {
    const std::lock_guard lock(cache.mutex);
    for (const auto& [k, table] : cache.recent) {
      if (k == key) return table;
    }
  }
  TabulatedDistribution made = tabulate_beta_plus_normal(a, b, sd, grid_points, beta_points);
  const std::lock_guard lock(cache.mutex);
  if (std::none_of(cache.recent.begin(), cache.recent.end(), [&](const auto& e) { return e.first == key; })) {
    if (cache.recent.size() == kTablesKept) cache.recent.erase(cache.recent.begin());
    cache.recent.emplace_back(key, made);
  }
  return made;
}

TabulatedDistribution TabulatedDistribution::tabulate_beta_plus_normal(double a, double b, double sd,
                                                                       std::size_t grid_points, std::size_t beta_points) {
  constexpr double kTail = 1e-12;  // beta mass left outside the grid on each side
  constexpr double kReach = 8.5;   // normal sds beyond which Phi is 0 or 1 to double precision
  const double lo = boost::math::ibeta_inv(a, b, kTail) - kReach * sd;
  double hi = boost::math::ibeta_inv(a, b, 1.0 - kTail) + kReach * sd;
  if (!(hi > lo)) hi = lo + 1e-9;
  const std::size_t n = grid_points;
  std::vector<double> x(n);
  std::vector<double> cdf(n);
  for (std::size_t j = 0; j < n; ++j) x[j] = j + 1 == n ? hi : lo + (hi - lo) * double(j) / double(n - 1);
  if (sd == 0.0) {
    for (std::size_t j = 0; j < n; ++j) cdf[j] = boost::math::ibeta(a, b, std::clamp(x[j], 0.0, 1.0));
  } else {
    // Beta quantiles at the midpoints of beta_points equal-probability bins, ascending.
    const std::size_t m = beta_points;
    std::vector<double> q(m);
    for (std::size_t i = 0; i < m; ++i) q[i] = boost::math::ibeta_inv(a, b, (double(i) + 0.5) / double(m));
    const double reach = kReach * sd;
    std::size_t below = 0;  // quantiles with x - q > reach: Phi = 1
    std::size_t within = 0;  // end of the quantiles with x - q >= -reach
    for (std::size_t j = 0; j < n; ++j) {
      while (below < m && x[j] - q[below] > reach) ++below;
      while (within < m && x[j] - q[within] >= -reach) ++within;
      double sum = double(below);
      for (std::size_t i = below; i < within; ++i) {
        sum += 0.5 * std::erfc(-(x[j] - q[i]) / (sd * std::numbers::sqrt2));
      }
      cdf[j] = std::clamp(sum / double(m), 0.0, 1.0);
    }
  }
  for (std::size_t j = 1; j < n; ++j) cdf[j] = std::max(cdf[j], cdf[j - 1]);  // rounding must not make F dip
  return {std::move(x), std::move(cdf)};
}

double TabulatedDistribution::cdf(double x) const noexcept {
  if (!(x > x_.front())) return 0.0;
  if (!(x < x_.back())) return 1.0;
  const auto hi = static_cast<std::size_t>(std::upper_bound(x_.begin(), x_.end(), x) - x_.begin());
  const std::size_t lo = hi - 1;
  return cdf_[lo] + (cdf_[hi] - cdf_[lo]) * (x - x_[lo]) / (x_[hi] - x_[lo]);
}

double TabulatedDistribution::quantile(double p) const noexcept {
  if (!(p > 0.0)) return x_.front();
  if (!(p < 1.0)) return x_.back();
  // The first point with F > p; F[0] = 0 <= p < 1 = F[last], so it lies in [1, last].
  const auto hi = static_cast<std::size_t>(std::upper_bound(cdf_.begin(), cdf_.end(), p) - cdf_.begin());
  const std::size_t lo = hi - 1;
  return x_[lo] + (x_[hi] - x_[lo]) * (p - cdf_[lo]) / (cdf_[hi] - cdf_[lo]);
}

PoissonMaximum::Rate PoissonMaximum::Rate::of(double mean) noexcept {
  return Rate{mean, mean > 0.0 ? std::exp(-mean) : 1.0};
}

PoissonMaximum::PoissonMaximum(TabulatedDistribution of, double mean) : of_(std::move(of)), rate_(Rate::of(mean)) {}

std::optional<double> PoissonMaximum::operator()(RandomStream& rng, const Rate& rate) const noexcept {
  if (!(rate.mean > 0.0)) return std::nullopt;
  const double u = rng.uniform();
  if (u <= rate.none) return std::nullopt;  // no draw at all
  return of_.quantile(1.0 + std::log(u) / rate.mean);
}

}  // namespace regiosim::sim
