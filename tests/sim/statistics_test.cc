// Statistics over replications: t intervals, paired differences, medians.
#include "sim/statistics.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <vector>

using namespace regiosim::sim;

TEST_CASE("Mean and 95% t interval of a small sample", "[statistics]") {
  const std::vector<double> x = {1, 2, 3, 4, 5};
  const auto i = mean_interval(x);
  CHECK(i.n == 5);
  CHECK(i.mean == Approx(3.0));
  // t(0.975, 4) = 2.776445; sd = 1.5811388
  CHECK(i.high - i.mean == Approx(2.776445 * 1.5811388 / std::sqrt(5.0)).epsilon(1e-6));
  CHECK(i.mean - i.low == Approx(i.high - i.mean));
}

TEST_CASE("Non-finite values are skipped, one value has no interval", "[statistics]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const auto i = mean_interval(std::vector<double>{nan, 4.0});
  CHECK(i.n == 1);
  CHECK(i.mean == 4.0);
  CHECK(std::isnan(i.low));
  CHECK(mean_interval(std::vector<double>{}).n == 0);
}

TEST_CASE("A paired difference removes the shared noise", "[statistics]") {
  const std::vector<double> a = {10, 20, 30, 40};
  const std::vector<double> b = {11, 21, 31, 41};
  const auto d = paired_difference(a, b);
  CHECK(d.mean == Approx(1.0));
  CHECK(d.high - d.low == Approx(0.0).margin(1e-12));
  CHECK_THROWS_AS(paired_difference(a, std::vector<double>{1.0}), std::invalid_argument);
}

TEST_CASE("The unpaired (Welch) difference ignores the pairing", "[statistics]") {
  const std::vector<double> a = {10, 20, 30, 40};
  const std::vector<double> b = {11, 21, 31, 41};
  const auto d = unpaired_difference(a, b);
  CHECK(d.mean == Approx(1.0));
  // Equal variances (166.67) and sizes: se = sqrt(2 * 166.67 / 4) = 9.129, df = 6, t = 2.446912.
  CHECK(d.high - d.mean == Approx(2.446912 * 9.1287093).epsilon(1e-5));
  CHECK(d.high - d.low > 40.0);  // the paired interval of the same data has width 0
}

TEST_CASE("Median of odd and even samples", "[statistics]") {
  CHECK(median(std::vector<double>{5, 1, 3}) == 3.0);
  CHECK(median(std::vector<double>{4, 1, 3, 2}) == 2.5);
  CHECK(std::isnan(median(std::vector<double>{})));
}

TEST_CASE("Quantiles in place equal interpolation in a fully sorted copy", "[statistics]") {
  // Reference: R's type 7 on a sorted copy. Many ties (values on a coarse grid) and positions that
  // coincide or sit side by side, for every sample size from 1 to 300.
  const std::vector<double> p = {0.0, 0.10, 0.25, 0.50, 0.75, 0.90, 1.0};
  std::uint64_t state = 12345;
  const auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state >> 33);
  };
  // Larger sizes (from 1,024 values on, more than 64 buckets), with values on grids, spread over
  // signs and magnitudes, and with one far outlier that crowds all the others into one bucket.
  std::vector<std::size_t> sizes;
  for (std::size_t n = 1; n <= 300; ++n) sizes.push_back(n);
  for (const std::size_t n : {511U, 512U, 513U, 1000U, 1500U, 2048U, 4099U, 20000U, 100000U}) sizes.push_back(n);
  int compared = 0;
  for (const std::size_t n : sizes) {
    for (const std::uint32_t grid : {3U, 50U, 1000000U, 0U, 1U}) {
      std::vector<float> x(n);
      for (auto& v : x) {
        if (grid == 0) {  // both signs, magnitudes from 1e-6 to 1e6
          v = std::ldexp(static_cast<float>(next() % 1000U) - 500.0F, static_cast<int>(next() % 40U) - 20);
        } else {  // grid 1: all equal but for one outlier
          v = grid == 1 ? 0.25F : static_cast<float>(next() % grid) / static_cast<float>(grid);
        }
      }
      if (grid == 1) x[next() % n] = 1e30F;
      std::vector<float> sorted = x;
      std::sort(sorted.begin(), sorted.end());
      std::vector<double> got(p.size());
      quantiles_in_place(x, p, got);
      for (std::size_t k = 0; k < p.size(); ++k) {
        const double pos = p[k] * static_cast<double>(n - 1);
        const auto lo = static_cast<std::size_t>(std::floor(pos));
        const auto hi = std::min(n - 1, lo + 1);
        const double want = sorted[lo] + (pos - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
        REQUIRE(got[k] == want);  // the same order statistics, the same arithmetic: the same bits
        ++compared;
      }
      std::sort(x.begin(), x.end());
      REQUIRE(x == sorted);  // reordered, nothing lost
    }
  }
  CHECK(compared == static_cast<int>(sizes.size()) * 5 * 7);
}

TEST_CASE("Quantiles of no values are NaN, and bad probabilities are refused", "[statistics]") {
  std::vector<float> none;
  const std::vector<double> p = {0.5, 0.9};
  std::vector<double> out(2, 0.0);
  quantiles_in_place(none, p, out);
  CHECK(std::isnan(out[0]));
  CHECK(std::isnan(out[1]));
  std::vector<float> x = {1.0F, 2.0F};
  const std::vector<double> outside = {1.5};
  std::vector<double> one(1);
  CHECK_THROWS_AS(quantiles_in_place(x, outside, one), std::invalid_argument);
  CHECK_THROWS_AS(quantiles_in_place(x, p, one), std::invalid_argument);
  const std::vector<double> many(kMaxQuantiles + 1, 0.5);
  std::vector<double> many_out(many.size());
  CHECK_THROWS_AS(quantiles_in_place(x, many, many_out), std::invalid_argument);
}
