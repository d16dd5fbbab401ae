// Sensitivity analysis: Saltelli design layout, Sobol indices on the Ishigami function and on a linear
// model against their analytical values, bootstrap intervals, Morris design structure and indices,
// input checks.
#include "sim/sensitivity.h"

#include <catch2/catch.hpp>

#include "tests/support/throws.h"

#include <cmath>
#include <limits>
#include <numbers>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

using namespace regiosim::sim;

using regiosim::testing::invalid_argument_message;

namespace {

// Evaluates f(row) on every row of a design.
template <class F>
std::vector<double> evaluate(const Design& d, F&& f) {
  std::vector<double> y(d.rows());
  for (std::size_t r = 0; r < d.rows(); ++r) y[r] = f(d, r);
  return y;
}

constexpr double kPi = std::numbers::pi;
constexpr double kIshigamiA = 7.0;
constexpr double kIshigamiB = 0.1;

// Ishigami & Homma (1990): f = sin x1 + a sin^2 x2 + b x3^4 sin x1, x_i uniform on [-pi, pi].
double ishigami(const Design& d, std::size_t r) {
  const double x1 = -kPi + 2.0 * kPi * d.at(r, 0);
  const double x2 = -kPi + 2.0 * kPi * d.at(r, 1);
  const double x3 = -kPi + 2.0 * kPi * d.at(r, 2);
  const double s2 = std::sin(x2);
  return std::sin(x1) + kIshigamiA * s2 * s2 + kIshigamiB * std::pow(x3, 4) * std::sin(x1);
}

struct Analytic {
  double first[3];
  double total[3];
};

// Closed-form variance decomposition of the Ishigami function (Sobol' & Levitan 1999).
Analytic ishigami_indices(double a, double b) {
  const double pi4 = std::pow(kPi, 4);
  const double pi8 = std::pow(kPi, 8);
  const double v1 = 0.5 * std::pow(1.0 + b * pi4 / 5.0, 2);
  const double v2 = a * a / 8.0;
  const double v13 = b * b * pi8 * (1.0 / 18.0 - 1.0 / 50.0);
  const double v = v1 + v2 + v13;  // = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2
  return Analytic{{v1 / v, v2 / v, 0.0}, {(v1 + v13) / v, v2 / v, v13 / v}};
}

}  // namespace

TEST_CASE("Saltelli design: A and B are the halves of a 2k-dimensional Sobol sequence, AB_i mixes them",
          "[sensitivity]") {
  const std::size_t n = 64;
  const std::size_t k = 4;
  const SaltelliDesign s = saltelli_design(n, k);
  REQUIRE(s.base == n);
  REQUIRE(s.dims == k);
  REQUIRE(s.points.dims == k);
  REQUIRE(s.points.rows() == n * (k + 2));
  const Design sob = sobol_points(n, 2 * k);
  for (std::size_t j = 0; j < n; ++j) {
    for (std::size_t c = 0; c < k; ++c) {
      REQUIRE(s.points.at(j, c) == sob.at(j, c));          // A
      REQUIRE(s.points.at(n + j, c) == sob.at(j, k + c));  // B
    }
    for (std::size_t i = 0; i < k; ++i) {
      for (std::size_t c = 0; c < k; ++c) {
        const double expected = c == i ? s.points.at(n + j, c) : s.points.at(j, c);
        INFO("AB_" << i << " row " << j << " column " << c);
        REQUIRE(s.points.at((2 + i) * n + j, c) == expected);
      }
    }
  }
  // A and B are different points (apart from the shared first point (0.5, ..., 0.5)), so AB_i differs
  // from A in column i.
  std::size_t differ = 0;
  for (std::size_t j = 0; j < n; ++j) differ += s.points.at(j, 0) != s.points.at(n + j, 0);
  CHECK(differ > n / 2);
}

TEST_CASE("Sobol indices of the Ishigami function match the analytical values", "[sensitivity][stochastic]") {
  const Analytic exact = ishigami_indices(kIshigamiA, kIshigamiB);
  // Published values (e.g. Saltelli et al. 2010, SALib): guards the closed form itself.
  CHECK(exact.first[0] == Approx(0.3139).margin(1e-4));
  CHECK(exact.first[1] == Approx(0.4424).margin(1e-4));
  CHECK(exact.total[0] == Approx(0.5576).margin(1e-4));
  CHECK(exact.total[2] == Approx(0.2437).margin(1e-4));

  const SaltelliDesign s = saltelli_design(8192, 3);
  const std::vector<double> y = evaluate(s.points, ishigami);
  const std::vector<SobolIndex> idx = sobol_indices(s, y, 500, 2024);
  REQUIRE(idx.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    INFO("factor x" << i + 1);
    CHECK(idx[i].first == Approx(exact.first[i]).margin(0.05));
    CHECK(idx[i].total == Approx(exact.total[i]).margin(0.05));
    // Percentile intervals: narrow, around the estimate, and covering the analytical value.
    CHECK(idx[i].first_high - idx[i].first_low < 0.1);
    CHECK(idx[i].total_high - idx[i].total_low < 0.1);
    CHECK(idx[i].first_low <= idx[i].first);
    CHECK(idx[i].first <= idx[i].first_high);
    CHECK(idx[i].total_low <= idx[i].total);
    CHECK(idx[i].total <= idx[i].total_high);
    CHECK(idx[i].first_low <= exact.first[i]);
    CHECK(exact.first[i] <= idx[i].first_high);
    CHECK(idx[i].total_low <= exact.total[i]);
    CHECK(exact.total[i] <= idx[i].total_high);
  }
}

TEST_CASE("Sobol indices of a linear model are the shares c_i^2 / sum c^2", "[sensitivity][stochastic]") {
  // f = 1 x1 + 2 x2 + 0 x3 on uniform inputs: no interactions, so first = total = (1, 4, 0) / 5.
  const SaltelliDesign s = saltelli_design(4096, 3);
  const std::vector<double> y =
      evaluate(s.points, [](const Design& d, std::size_t r) { return 1.0 * d.at(r, 0) + 2.0 * d.at(r, 1); });
  const std::vector<SobolIndex> idx = sobol_indices(s, y, 200, 5);
  const double share[3] = {0.2, 0.8, 0.0};
  for (std::size_t i = 0; i < 3; ++i) {
    INFO("factor x" << i + 1);
    CHECK(idx[i].first == Approx(share[i]).margin(0.02));
    CHECK(idx[i].total == Approx(share[i]).margin(0.02));
  }
  // The inert factor: its AB column changes nothing, so both estimates and intervals are exactly 0.
  CHECK(idx[2].first == 0.0);
  CHECK(idx[2].total == 0.0);
  CHECK(idx[2].total_high == 0.0);
}

TEST_CASE("Sobol bootstrap intervals are a pure function of the seed", "[sensitivity][stochastic]") {
  const SaltelliDesign s = saltelli_design(256, 3);
  const std::vector<double> y = evaluate(s.points, ishigami);
  const auto a = sobol_indices(s, y, 100, 1);
  const auto b = sobol_indices(s, y, 100, 1);
  const auto c = sobol_indices(s, y, 100, 2);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(a[i].first_low == b[i].first_low);
    CHECK(a[i].total_high == b[i].total_high);
    CHECK(a[i].first == c[i].first);  // the point estimate does not use the seed
  }
  CHECK(a[0].first_low != c[0].first_low);
  // A wider level gives a wider interval; no resamples give no interval.
  const auto wide = sobol_indices(s, y, 100, 1, 0.99);
  CHECK(wide[0].first_high - wide[0].first_low > a[0].first_high - a[0].first_low);
  const auto none = sobol_indices(s, y, 0, 1);
  CHECK(none[0].first == a[0].first);
  CHECK(std::isnan(none[0].first_low));
  CHECK(std::isnan(none[0].total_high));
}

TEST_CASE("A constant output has all Sobol indices 0", "[sensitivity]") {
  const SaltelliDesign s = saltelli_design(32, 2);
  const std::vector<double> y(s.points.rows(), 0.1);
  for (const SobolIndex& i : sobol_indices(s, y, 50, 1)) {
    CHECK(i.first == 0.0);
    CHECK(i.total == 0.0);
    CHECK(i.first_low == 0.0);
    CHECK(i.first_high == 0.0);
    CHECK(i.total_low == 0.0);
    CHECK(i.total_high == 0.0);
  }
}

TEST_CASE("Morris design: one factor moves by delta per step, each once per trajectory", "[sensitivity][stochastic]") {
  const std::size_t r = 12;
  const std::size_t k = 5;
  for (const std::size_t p : {2u, 4u, 6u}) {
    const MorrisDesign m = morris_design(r, k, p, 99);
    REQUIRE(m.trajectories == r);
    REQUIRE(m.dims == k);
    REQUIRE(m.levels == p);
    REQUIRE(m.delta == Approx(static_cast<double>(p) / (2.0 * static_cast<double>(p - 1))));
    REQUIRE(m.points.dims == k);
    REQUIRE(m.points.rows() == r * (k + 1));
    REQUIRE(m.changed.size() == m.points.rows());
    for (std::size_t t = 0; t < r; ++t) {
      const std::size_t first = t * (k + 1);
      CHECK(m.changed[first] == -1);
      std::set<int> moved;
      for (std::size_t row = first; row < first + k + 1; ++row) {
        for (std::size_t c = 0; c < k; ++c) {
          const double u = m.points.at(row, c);
          REQUIRE(u >= 0.0);
          REQUIRE(u <= 1.0);
          const double level = u * static_cast<double>(p - 1);  // on the grid {0, 1/(p-1), ..., 1}
          REQUIRE(level == Approx(std::round(level)).margin(1e-9));
        }
        if (row == first) continue;
        const int changed = m.changed[row];
        REQUIRE(changed >= 0);
        REQUIRE(changed < static_cast<int>(k));
        moved.insert(changed);
        for (std::size_t c = 0; c < k; ++c) {
          const double step = m.points.at(row, c) - m.points.at(row - 1, c);
          if (static_cast<int>(c) == changed) {
            REQUIRE(std::abs(step) == Approx(m.delta).margin(1e-12));
          } else {
            REQUIRE(step == 0.0);
          }
        }
      }
      CHECK(moved.size() == k);  // every factor changed exactly once
    }
  }
  // Pure function of the seed.
  const MorrisDesign a = morris_design(8, 3, 4, 1);
  const MorrisDesign b = morris_design(8, 3, 4, 1);
  const MorrisDesign c = morris_design(8, 3, 4, 2);
  CHECK(a.points.u == b.points.u);
  CHECK(a.changed == b.changed);
  CHECK(a.points.u != c.points.u);
}

TEST_CASE("Morris design uses both directions and all base levels", "[sensitivity][stochastic]") {
  const MorrisDesign m = morris_design(200, 3, 4, 7);
  int up = 0;
  int down = 0;
  std::set<double> values;
  for (std::size_t row = 0; row < m.points.rows(); ++row) {
    for (std::size_t c = 0; c < m.dims; ++c) values.insert(m.points.at(row, c));
    if (m.changed[row] < 0) continue;
    const auto c = static_cast<std::size_t>(m.changed[row]);
    (m.points.at(row, c) > m.points.at(row - 1, c) ? up : down) += 1;
  }
  CHECK(values.size() == 4);  // {0, 1/3, 2/3, 1}
  // 600 steps, each up with probability 1/2: both counts are far from 0 and near 300.
  CHECK(up > 200);
  CHECK(down > 200);
}

TEST_CASE("Morris indices of a linear model are its coefficients", "[sensitivity][stochastic]") {
  const MorrisDesign m = morris_design(20, 3, 4, 11);
  const std::vector<double> y = evaluate(
      m.points, [](const Design& d, std::size_t r) { return 3.0 * d.at(r, 0) - 2.0 * d.at(r, 1) + 0.0 * d.at(r, 2); });
  const std::vector<MorrisIndex> idx = morris_indices(m, y);
  REQUIRE(idx.size() == 3);
  const double mu[3] = {3.0, -2.0, 0.0};
  for (std::size_t i = 0; i < 3; ++i) {
    INFO("factor x" << i + 1);
    CHECK(idx[i].mu == Approx(mu[i]).margin(1e-9));
    CHECK(idx[i].mu_star == Approx(std::abs(mu[i])).margin(1e-9));
    CHECK(idx[i].sigma == Approx(0.0).margin(1e-9));
  }
}

TEST_CASE("Morris sigma flags interacting factors", "[sensitivity][stochastic]") {
  // f = 4 x1 x2 + x3: the effect of x1 depends on x2 and vice versa; x3 acts alone.
  const MorrisDesign m = morris_design(30, 3, 4, 3);
  const std::vector<double> y = evaluate(
      m.points, [](const Design& d, std::size_t r) { return 4.0 * d.at(r, 0) * d.at(r, 1) + d.at(r, 2); });
  const std::vector<MorrisIndex> idx = morris_indices(m, y);
  // Effect of x1 is 4 x2 with x2 on {0, 1/3, 2/3, 1}: sd about 1.5.
  CHECK(idx[0].sigma > 0.5);
  CHECK(idx[1].sigma > 0.5);
  CHECK(idx[2].sigma == Approx(0.0).margin(1e-9));
  CHECK(idx[2].mu_star == Approx(1.0).margin(1e-9));
  CHECK(idx[0].mu_star > 0.5);
}

TEST_CASE("Sensitivity functions refuse bad input, naming the function", "[sensitivity]") {
  using Catch::Matchers::Contains;
  const SaltelliDesign s = saltelli_design(16, 2);
  std::vector<double> y(s.points.rows(), 1.0);
  CHECK_THAT(invalid_argument_message([&] { sobol_indices(s, std::span(y).first(y.size() - 1), 10, 1); }),
             Contains("sobol_indices"));
  y[5] = std::numeric_limits<double>::quiet_NaN();
  CHECK_THAT(invalid_argument_message([&] { sobol_indices(s, y, 10, 1); }), Contains("sobol_indices"));
  y[5] = std::numeric_limits<double>::infinity();
  CHECK_THAT(invalid_argument_message([&] { sobol_indices(s, y, 10, 1); }), Contains("sobol_indices"));
  y[5] = 1.0;
  CHECK_THAT(invalid_argument_message([&] { sobol_indices(s, y, 10, 1, 1.0); }), Contains("sobol_indices"));
  CHECK_NOTHROW(sobol_indices(s, y, 10, 1));

  CHECK_THAT(invalid_argument_message([] { saltelli_design(16, 0); }), Contains("saltelli_design"));
  CHECK_THAT(invalid_argument_message([] { saltelli_design(0, 2); }), Contains("saltelli_design"));
  CHECK_THAT(invalid_argument_message([] { saltelli_design(16, kSobolMaxDims / 2 + 1); }),
             Contains("saltelli_design"));

  CHECK_THAT(invalid_argument_message([] { morris_design(4, 0, 4, 1); }), Contains("morris_design"));
  CHECK_THAT(invalid_argument_message([] { morris_design(0, 3, 4, 1); }), Contains("morris_design"));
  CHECK_THAT(invalid_argument_message([] { morris_design(4, 3, 5, 1); }), Contains("morris_design"));
  CHECK_THAT(invalid_argument_message([] { morris_design(4, 3, 0, 1); }), Contains("morris_design"));

  const MorrisDesign m = morris_design(4, 3, 4, 1);
  std::vector<double> z(m.points.rows(), 0.0);
  CHECK_THAT(invalid_argument_message([&] { morris_indices(m, std::span(z).first(3)); }),
             Contains("morris_indices"));
  z[2] = std::numeric_limits<double>::quiet_NaN();
  CHECK_THAT(invalid_argument_message([&] { morris_indices(m, z); }), Contains("morris_indices"));
  z[2] = 0.0;
  MorrisDesign broken = m;
  broken.changed[1] = static_cast<int>((broken.changed[1] + 1) % 3);  // names a factor that did not move
  CHECK_THAT(invalid_argument_message([&] { morris_indices(broken, z); }), Contains("morris_indices"));
}

TEST_CASE("Given-data first-order indices recover the Ishigami ranking from a Latin hypercube",
          "[sensitivity][stochastic]") {
  const Analytic exact = ishigami_indices(kIshigamiA, kIshigamiB);
  // Four factors: the Ishigami three on [-pi, pi] and one the function ignores.
  const std::size_t n = 4000;
  const Design u = latin_hypercube(n, 4, 20261206);
  Design x = u;  // the factors' values (only their ranks matter)
  for (auto& v : x.u) v = -kPi + 2.0 * kPi * v;
  std::vector<double> y(n);
  for (std::size_t r = 0; r < n; ++r) y[r] = ishigami(u, r);
  const auto idx = first_order_given_data(x, y, 0, 300, 7);
  REQUIRE(idx.size() == 4);
  // Ranking: x2 (S = 0.44) before x1 (0.31); x3 (0, acts only through its interaction with x1) and the
  // inert factor near 0.
  CHECK(idx[1].index > idx[0].index);
  CHECK(idx[0].index > idx[2].index + 0.2);
  CHECK(idx[0].index > idx[3].index + 0.2);
  CHECK(idx[0].index == Approx(exact.first[0]).margin(0.04));
  CHECK(idx[1].index == Approx(exact.first[1]).margin(0.04));
  CHECK(std::abs(idx[2].index) < 0.03);
  CHECK(std::abs(idx[3].index) < 0.03);
  // Bootstrap intervals hold the index and, for the influential factors, the exact value.
  for (std::size_t i = 0; i < 4; ++i) {
    CHECK(idx[i].low <= idx[i].index);
    CHECK(idx[i].index <= idx[i].high);
  }
  CHECK(idx[0].low - 0.02 <= exact.first[0]);
  CHECK(exact.first[0] <= idx[0].high + 0.02);
  CHECK(idx[1].low - 0.02 <= exact.first[1]);
  CHECK(exact.first[1] <= idx[1].high + 0.02);
  // Only the factors asked for get an interval; the result is a pure function of the inputs.
  const std::vector<std::size_t> only = {1};
  const auto some = first_order_given_data(x, y, 0, 50, 7, only);
  CHECK(std::isnan(some[0].low));
  CHECK_FALSE(std::isnan(some[1].low));
  CHECK(some[1].index == idx[1].index);
  const auto again = first_order_given_data(x, y, 0, 50, 7, only);
  CHECK(again[1].low == some[1].low);
  CHECK_THROWS_AS(first_order_given_data(x, std::span<const double>(y).first(10), 0, 0, 7), std::invalid_argument);
}

TEST_CASE("Given-data indices of a linear model are the squared standardised coefficients", "[sensitivity]") {
  // y = 3 u1 + u2 with u uniform: S1 = 9/10, S2 = 1/10 (classes lose a little of a linear effect).
  const std::size_t n = 2000;
  const Design u = latin_hypercube(n, 3, 11);
  std::vector<double> y(n);
  for (std::size_t r = 0; r < n; ++r) y[r] = 3.0 * u.at(r, 0) + u.at(r, 1);
  const auto idx = first_order_given_data(u, y, 0, 0, 1);
  CHECK(idx[0].index == Approx(0.9).margin(0.03));
  CHECK(idx[1].index == Approx(0.1).margin(0.03));
  CHECK(std::abs(idx[2].index) < 0.01);
  CHECK(std::isnan(idx[0].low));
}
