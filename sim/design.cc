#include "sim/design.h"

#include "sim/random.h"

#include <boost/random/sobol.hpp>

#include <cmath>
#include <cstdint>
#include <numeric>
#include <stdexcept>
#include <string>
#include <utility>

namespace regiosim::sim {

static_assert(kSobolMaxDims == boost::random::default_sobol_table::max_dimension,
              "kSobolMaxDims must match Boost's Sobol table");

Design latin_hypercube(std::size_t points, std::size_t dims, std::uint64_t seed) {
  if (dims == 0) throw std::invalid_argument("latin_hypercube: dims must be >= 1, got 0");
  Design d;
  d.dims = dims;
  d.u.resize(points * dims);
  const double n = static_cast<double>(points);
  std::vector<std::size_t> strata(points);
  for (std::size_t dim = 0; dim < dims; ++dim) {
    RandomStream rng(seed, dim, 0, kPurposeLatinHypercube);
    // Fisher-Yates shuffle of the strata.
    std::iota(strata.begin(), strata.end(), std::size_t{0});
    for (std::size_t i = points; i > 1; --i) {
      const auto j = static_cast<std::size_t>(rng.below(i));
      std::swap(strata[i - 1], strata[j]);
    }
    for (std::size_t row = 0; row < points; ++row) {
      const std::size_t k = strata[row];
      const double kd = static_cast<double>(k);
      double x = (kd + rng.uniform()) / n;
      // Rounding may put x a hair outside its stratum [k/n, (k+1)/n); nudge it back so that
      // floor(x * n) == k holds exactly (uniform() is in (0, 1), so this is a matter of ulps).
      while (x * n < kd) x = std::nextafter(x, 1.0);
      while (x * n >= kd + 1.0) x = std::nextafter(x, 0.0);
      d.u[row * dims + dim] = x;
    }
  }
  return d;
}

Design sobol_points(std::size_t points, std::size_t dims, std::size_t skip) {
  if (dims == 0 || dims > kSobolMaxDims) {
    throw std::invalid_argument("sobol_points: dims must be in [1, " + std::to_string(kSobolMaxDims) +
                                "], got " + std::to_string(dims));
  }
  boost::random::sobol gen(dims);
  if (skip > 0) gen.discard(static_cast<boost::uintmax_t>(skip) * dims);  // discard counts values
  Design d;
  d.dims = dims;
  d.u.resize(points * dims);
  for (double& x : d.u) {
    // Top 53 bits of the 64-bit integer, scaled by 2^-53: in [0, 1), never rounded up to 1.
    x = std::ldexp(static_cast<double>(gen() >> 11), -53);
  }
  return d;
}

}  // namespace regiosim::sim
