// A distribution held as a table of its distribution function: inversion, the beta-plus-normal
// construction, and the largest of a Poisson number of draws taken with one uniform, checked against
// drawing every member of the crowd.
#include "sim/tabulated_distribution.h"

#include <boost/math/special_functions/beta.hpp>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace regiosim::sim;

namespace {

// Largest distance between the empirical distribution functions of two samples (sorted in place).
double ks_distance(std::vector<double>& a, std::vector<double>& b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  std::size_t i = 0;
  std::size_t j = 0;
  double d = 0.0;
  while (i < a.size() && j < b.size()) {
    const double x = std::min(a[i], b[j]);
    while (i < a.size() && a[i] <= x) ++i;
    while (j < b.size() && b[j] <= x) ++j;
    d = std::max(d, std::abs(double(i) / double(a.size()) - double(j) / double(b.size())));
  }
  return d;
}

}  // namespace

TEST_CASE("A table rejects points that do not ascend and F values that fall or leave [0, 1]", "[tabulated]") {
  CHECK_THROWS_AS(TabulatedDistribution({0.0}, {0.0}), std::invalid_argument);
  CHECK_THROWS_AS(TabulatedDistribution({0.0, 1.0}, {0.0}), std::invalid_argument);
  CHECK_THROWS_AS(TabulatedDistribution({1.0, 0.0}, {0.0, 1.0}), std::invalid_argument);
  CHECK_THROWS_AS(TabulatedDistribution({0.0, 1.0, 2.0}, {0.0, 0.6, 0.5}), std::invalid_argument);
  CHECK_THROWS_AS(TabulatedDistribution({0.0, 1.0}, {0.0, 1.5}), std::invalid_argument);
  CHECK_THROWS_AS(TabulatedDistribution::beta_plus_normal(0.0, 1.0, 0.1), std::invalid_argument);
  CHECK_THROWS_AS(TabulatedDistribution::beta_plus_normal(1.0, 1.0, -0.1), std::invalid_argument);
}

TEST_CASE("cdf and quantile interpolate linearly and invert each other", "[tabulated]") {
  // A piecewise-linear F: mass 0.2 on [0, 1], 0 on [1, 2], 0.8 on [2, 4].
  const TabulatedDistribution d({0.0, 1.0, 2.0, 4.0}, {0.0, 0.2, 0.2, 1.0});
  CHECK(d.cdf(-1.0) == 0.0);
  CHECK(d.cdf(0.5) == Approx(0.1));
  CHECK(d.cdf(1.5) == Approx(0.2));
  CHECK(d.cdf(3.0) == Approx(0.6));
  CHECK(d.cdf(9.0) == 1.0);
  CHECK(d.quantile(0.0) == 0.0);
  CHECK(d.quantile(0.1) == Approx(0.5));
  CHECK(d.quantile(0.6) == Approx(3.0));
  CHECK(d.quantile(1.0) == 4.0);
  for (double p = 0.01; p < 1.0; p += 0.0137) {
    if (std::abs(p - 0.2) > 1e-9) CHECK(d.cdf(d.quantile(p)) == Approx(p).margin(1e-12));
  }
}

TEST_CASE("Beta plus normal: without noise the table is the beta distribution function", "[tabulated]") {
  for (const auto& [a, b] : {std::pair{6.87, 1.13}, std::pair{0.5, 0.5}, std::pair{2.0, 30.0}}) {
    const auto d = TabulatedDistribution::beta_plus_normal(a, b, 0.0);
    for (double x = 0.01; x < 1.0; x += 0.01) {
      // Linear interpolation on 512 points: within 2e-3 of the exact value even where the density is steep.
      CHECK(d.cdf(x) == Approx(boost::math::ibeta(a, b, x)).margin(2e-3));
    }
  }
}

TEST_CASE("Beta plus normal matches 400,000 direct draws of a beta and a normal deviate", "[tabulated]") {
  // The default regular applicant: Beta(0.8587 * 8, 0.1413 * 8) plus the interview noise of sd 0.1.
  const double a = 0.8587 * 8.0;
  const double b = 0.1413 * 8.0;
  const double sd = 0.1;
  const auto d = TabulatedDistribution::beta_plus_normal(a, b, sd);
  constexpr int kDraws = 400'000;
  std::vector<double> direct;
  std::vector<double> tabled;
  for (int k = 0; k < kDraws; ++k) {
    RandomStream rng(11, std::uint64_t(k), 0, 1);
    direct.push_back(rng.beta(a, b) + rng.normal(0.0, sd));
    RandomStream other(11, std::uint64_t(k), 0, 2);
    tabled.push_back(d.draw(other));
  }
  // Two-sample Kolmogorov-Smirnov at the 0.1% level: 1.95 * sqrt(2 / n) = 0.0044.
  CHECK(ks_distance(direct, tabled) < 0.0044);
  // And the table's F against the direct sample at a few points (one-sample bound 1.95 / sqrt(n) = 0.0031).
  for (const double x : {0.5, 0.7, 0.85, 0.95, 1.1}) {
    const auto below = std::upper_bound(direct.begin(), direct.end(), x) - direct.begin();
    CHECK(d.cdf(x) == Approx(double(below) / kDraws).margin(0.0031));
  }
}

TEST_CASE("The largest of a Poisson number of draws: one uniform gives the crowd's maximum", "[tabulated]") {
  const double a = 0.8587 * 8.0;
  const double b = 0.1413 * 8.0;
  const double sd = 0.1;
  const auto d = TabulatedDistribution::beta_plus_normal(a, b, sd);
  for (const double mean : {0.7, 5.0}) {
    const PoissonMaximum best_of(d, mean);
    constexpr int kTrials = 200'000;
    std::vector<double> crowd;   // the largest of N ~ Poisson(mean) deviates, drawn one by one
    std::vector<double> direct;  // PoissonMaximum
    int crowd_empty = 0;
    int direct_empty = 0;
    for (int k = 0; k < kTrials; ++k) {
      RandomStream rng(5, std::uint64_t(k), 0, 1);
      const std::int64_t n = rng.poisson(mean);
      if (n == 0) ++crowd_empty;
      double best = -1e300;
      for (std::int64_t i = 0; i < n; ++i) best = std::max(best, rng.beta(a, b) + rng.normal(0.0, sd));
      if (n > 0) crowd.push_back(best);
      RandomStream other(5, std::uint64_t(k), 0, 2);
      if (const auto m = best_of(other)) {
        direct.push_back(*m);
      } else {
        ++direct_empty;
      }
    }
    // P(N = 0) = exp(-mean) both ways: within 4 binomial standard errors of each other.
    const double p0 = std::exp(-mean);
    const double se = std::sqrt(2.0 * p0 * (1.0 - p0) / kTrials);
    CHECK(std::abs(crowd_empty - direct_empty) / double(kTrials) < 4.0 * se + 1e-12);
    CHECK(direct_empty / double(kTrials) == Approx(p0).margin(4.0 * se));
    // The maxima's distributions: two-sample KS at the 0.1% level.
    const double n1 = double(crowd.size());
    const double n2 = double(direct.size());
    CHECK(ks_distance(crowd, direct) < 1.95 * std::sqrt((n1 + n2) / (n1 * n2)));
  }
}

TEST_CASE("No crowd without applicants: a mean of zero never draws", "[tabulated]") {
  const auto d = TabulatedDistribution::beta_plus_normal(2.0, 2.0, 0.05);
  RandomStream rng(1, 2, 3, 4);
  CHECK_FALSE(PoissonMaximum(d, 0.0)(rng).has_value());
  // A huge mean leaves the maximum at the top of the distribution.
  const PoissonMaximum best_of_100(d, 100.0);
  int high = 0;
  for (int k = 0; k < 1000; ++k) {
    RandomStream r(1, std::uint64_t(k), 3, 4);
    const auto m = best_of_100(r);
    REQUIRE(m.has_value());
    high += *m > d.quantile(0.9);
  }
  CHECK(high > 990);  // P(max of ~100 <= q90) = exp(-100 * 0.1) ~ 4.5e-5 per draw
}

TEST_CASE("A table asked for again is the same table, kept or made anew, from any thread", "[tabulated]") {
  const auto same = [](const TabulatedDistribution& x, const TabulatedDistribution& y) {
    for (int k = 0; k <= 1000; ++k) {
      const double p = k / 1000.0;
      if (x.quantile(p) != y.quantile(p)) return false;
      if (x.cdf(-0.5 + 2.0 * p) != y.cdf(-0.5 + 2.0 * p)) return false;
    }
    return true;
  };
  const auto first = TabulatedDistribution::beta_plus_normal(3.1, 1.7, 0.07);
  const auto kept = TabulatedDistribution::beta_plus_normal(3.1, 1.7, 0.07);
  CHECK(same(first, kept));
  // Other parameters, another table; enough of them to push the first out of those kept.
  for (int k = 1; k <= 9; ++k) {
    const auto other = TabulatedDistribution::beta_plus_normal(3.1, 1.7, 0.07 + 0.01 * k);
    CHECK_FALSE(same(first, other));
  }
  const auto made_anew = TabulatedDistribution::beta_plus_normal(3.1, 1.7, 0.07);
  CHECK(same(first, made_anew));
  // Several threads asking at once (the thread-sanitizer build checks the sharing).
  std::vector<std::optional<TabulatedDistribution>> got(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < got.size(); ++t) {
    threads.emplace_back([&got, t] { got[t] = TabulatedDistribution::beta_plus_normal(2.2, 3.3, 0.04 + 0.01 * double(t % 2)); });
  }
  for (auto& t : threads) t.join();
  CHECK(same(*got[0], *got[2]));
  CHECK(same(*got[1], *got[3]));
  CHECK_FALSE(same(*got[0], *got[1]));
}
