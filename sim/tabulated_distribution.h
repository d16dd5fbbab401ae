// A continuous distribution held as its distribution function on a grid, drawn by inversion; and
// the largest of a Poisson number of independent draws from it, drawn with a single uniform.
//
// The largest of N ~ Poisson(mean) independent draws with distribution function F has
//   P(N = 0) = exp(-mean),   P(N > 0 and max <= x) = exp(-mean * (1 - F(x))) - exp(-mean),
// so one uniform u decides both: no draw when u <= exp(-mean), otherwise max = F^-1(1 + ln(u) / mean).
// A model that only needs the best of a crowd (the best of this week's applicants) pays for one
// uniform and a table look-up instead of N draws.
//
//   const sim::PoissonMaximum best_of_crowd(sim::TabulatedDistribution::beta_plus_normal(a, b, sd), mean);
//   if (auto best = best_of_crowd(rng)) use(*best);
#pragma once

#include "sim/random.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace regiosim::sim {

class TabulatedDistribution {
 public:
  // `cdf[j]` = F(x[j]) at ascending points; F must not decrease. The first value is taken as 0 and the
  // last as 1 (the grid must cover all but a negligible mass). Throws std::invalid_argument otherwise.
  TabulatedDistribution(std::vector<double> x, std::vector<double> cdf);

  // B + Z with B ~ Beta(a, b) and Z ~ Normal(0, sd) independent (sd >= 0, a, b > 0).
  // With sd > 0, F(x) = E[Phi((x - B) / sd)] is the mean over `beta_points` beta quantiles at the
  // midpoints of equal-probability bins, so F is off by at most 1 / beta_points (the term of each bin
  // is off by at most its change over the bin) and by far less when sd is not much smaller than the
  // bins' width; with sd = 0 it is the exact beta distribution function.
  // The grid has `grid_points` points from the beta's 1e-12 quantile - 8.5 sd to its
  // 1 - 1e-12 quantile + 8.5 sd.
  // The last few tables made are kept (process-wide, thread-safe) and a request for one of them gets
  // a copy: the same table, without the work.
  static TabulatedDistribution beta_plus_normal(double a, double b, double sd, std::size_t grid_points = 512,
                                                std::size_t beta_points = 512);

  // F(x), linear between the grid points.
  [[nodiscard]] double cdf(double x) const noexcept;
  // F^-1(p) for p in [0, 1], linear between the grid points (the inverse of cdf()).
  [[nodiscard]] double quantile(double p) const noexcept;
  // One draw by inversion (one uniform from rng).
  [[nodiscard]] double draw(RandomStream& rng) const noexcept { return quantile(rng.uniform()); }

  [[nodiscard]] double lowest() const noexcept { return x_.front(); }
  [[nodiscard]] double highest() const noexcept { return x_.back(); }

 private:
  static TabulatedDistribution tabulate_beta_plus_normal(double a, double b, double sd, std::size_t grid_points,
                                                         std::size_t beta_points);
  std::vector<double> x_;
  std::vector<double> cdf_;
};

// The largest of N ~ Poisson(mean) independent draws from a distribution, for a mean fixed when it is
// made (exp(-mean), the chance of no draw, is worked out once).
class PoissonMaximum {
 public:
  // A mean of N with exp(-mean) worked out once, for draws at a mean other than the constructor's.
  struct Rate {
    double mean = 0.0;
    double none = 1.0;  // exp(-mean): P(N = 0)
    static Rate of(double mean) noexcept;
  };

  PoissonMaximum(TabulatedDistribution of, double mean);
  // The largest draw, or nothing when N = 0 (one uniform from rng).
  [[nodiscard]] std::optional<double> operator()(RandomStream& rng) const noexcept { return (*this)(rng, rate_); }
  // The same at another mean of N.
  [[nodiscard]] std::optional<double> operator()(RandomStream& rng, const Rate& rate) const noexcept;

 private:
  TabulatedDistribution of_;
  Rate rate_;
};

}  // namespace regiosim::sim
