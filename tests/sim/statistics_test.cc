// Statistics over replications: t intervals, paired differences, medians.
#include "sim/statistics.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
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
