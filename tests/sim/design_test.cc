// Sampling designs: Latin hypercube stratification and reproducibility, Sobol points against Boost,
// input checks.
#include "sim/design.h"

#include <boost/random/sobol.hpp>

#include <catch2/catch.hpp>

#include "tests/support/throws.h"

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

using namespace regiosim::sim;

using regiosim::testing::invalid_argument_message;

TEST_CASE("Latin hypercube puts exactly one point in every stratum of every dimension", "[design][stochastic]") {
  for (const std::size_t points : {1u, 2u, 7u, 100u, 1000u}) {
    const Design d = latin_hypercube(points, 4, 42);
    REQUIRE(d.dims == 4);
    REQUIRE(d.rows() == points);
    for (std::size_t dim = 0; dim < d.dims; ++dim) {
      std::vector<int> count(points, 0);
      for (std::size_t r = 0; r < d.rows(); ++r) {
        const double u = d.at(r, dim);
        REQUIRE(u >= 0.0);
        REQUIRE(u < 1.0);
        ++count[static_cast<std::size_t>(std::floor(u * static_cast<double>(points)))];
      }
      for (std::size_t s = 0; s < points; ++s) {
        INFO("points " << points << " dim " << dim << " stratum " << s);
        CHECK(count[s] == 1);
      }
    }
  }
}

TEST_CASE("Latin hypercube is a pure function of the seed", "[design][stochastic]") {
  const Design a = latin_hypercube(50, 3, 7);
  const Design b = latin_hypercube(50, 3, 7);
  const Design c = latin_hypercube(50, 3, 8);
  CHECK(a.u == b.u);
  CHECK(a.u != c.u);
  // Dimension d has its own stream: adding a dimension leaves the others' columns unchanged.
  const Design wider = latin_hypercube(50, 5, 7);
  for (std::size_t r = 0; r < a.rows(); ++r) {
    for (std::size_t dim = 0; dim < a.dims; ++dim) REQUIRE(wider.at(r, dim) == a.at(r, dim));
  }
  // Columns are not the same permutation: the strata are shuffled independently per dimension.
  std::size_t same_stratum = 0;
  for (std::size_t r = 0; r < a.rows(); ++r) {
    if (std::floor(a.at(r, 0) * 50) == std::floor(a.at(r, 1) * 50)) ++same_stratum;
  }
  CHECK(same_stratum < 10);
}

TEST_CASE("Latin hypercube covers each margin uniformly", "[design][stochastic]") {
  // Mean of a stratified uniform sample of 2000 points is 0.5 to within 1/(2n) plus a small jitter.
  const Design d = latin_hypercube(2000, 2, 123);
  for (std::size_t dim = 0; dim < 2; ++dim) {
    double sum = 0.0;
    for (std::size_t r = 0; r < d.rows(); ++r) sum += d.at(r, dim);
    CHECK(sum / 2000.0 == Approx(0.5).margin(1e-3));
  }
}

TEST_CASE("Latin hypercube of zero points is empty", "[design]") {
  const Design d = latin_hypercube(0, 3, 1);
  CHECK(d.dims == 3);
  CHECK(d.rows() == 0);
}

TEST_CASE("Sobol points equal Boost's sequence after the skip", "[design]") {
  const std::size_t dims = 5;
  for (const std::size_t skip : {0u, 1u, 37u}) {
    const Design d = sobol_points(300, dims, skip);
    REQUIRE(d.dims == dims);
    REQUIRE(d.rows() == 300);
    boost::random::sobol gen(dims);
    for (std::size_t i = 0; i < skip * dims; ++i) gen();
    for (std::size_t r = 0; r < d.rows(); ++r) {
      for (std::size_t dim = 0; dim < dims; ++dim) {
        const double expected = std::ldexp(static_cast<double>(gen()), -64);
        INFO("skip " << skip << " row " << r << " dim " << dim);
        REQUIRE(d.at(r, dim) == expected);
      }
    }
  }
  // Boost's sequence omits the origin: the first point is the centre.
  const Design first = sobol_points(1, 3);
  CHECK(first.u == std::vector<double>{0.5, 0.5, 0.5});
}

TEST_CASE("Sobol points are balanced in the unit cube", "[design]") {
  // The first 2^m points of a (t, s)-sequence put 2^(m-1) points into each half of every dimension.
  const Design d = sobol_points(1024, 10);
  for (std::size_t dim = 0; dim < d.dims; ++dim) {
    int below_half = 0;
    for (std::size_t r = 0; r < d.rows(); ++r) {
      REQUIRE(d.at(r, dim) >= 0.0);
      REQUIRE(d.at(r, dim) < 1.0);
      if (d.at(r, dim) < 0.5) ++below_half;
    }
    CHECK(std::abs(below_half - 512) <= 1);
  }
}

TEST_CASE("Designs refuse impossible dimensions, naming the function", "[design]") {
  using Catch::Matchers::Contains;
  CHECK_THAT(invalid_argument_message([] { sobol_points(10, 0); }), Contains("sobol_points"));
  CHECK_THAT(invalid_argument_message([] { sobol_points(10, kSobolMaxDims + 1); }), Contains("sobol_points"));
  CHECK_THAT(invalid_argument_message([] { latin_hypercube(10, 0, 1); }), Contains("latin_hypercube"));
  CHECK_NOTHROW(sobol_points(2, kSobolMaxDims));
}
