// Sampling designs on the unit hypercube [0,1)^dims, for parameter studies and sensitivity analysis.
//
// A Design is a plain table of points (row-major); it knows nothing about the parameters it will be
// mapped to: the caller turns unit value u of dimension d into a parameter value, e.g. lo + (hi - lo) * u.
// Two designs are offered:
//   - latin_hypercube: stratified random sample (McKay, Beckman & Conover 1979), one point per stratum
//     in every dimension; a pure function of (points, dims, seed), so a study is repeatable.
//   - sobol_points: the deterministic low-discrepancy Sobol sequence (Boost.Random, Joe & Kuo 2008
//     direction numbers, up to 3667 dimensions).
//
//   const sim::Design d = sim::latin_hypercube(64, 3, seed);
//   for (std::size_t r = 0; r < d.rows(); ++r) {
//     const double rate = 0.01 + (0.05 - 0.01) * d.at(r, 0);   // weekly hazard in [0.01, 0.05)
//     ...
//   }
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace regiosim::sim {

// Purpose of the random stream behind latin_hypercube (entity = dimension, week = 0). Engine purposes
// live far above the model purposes of models/purposes.h so the two never collide.
inline constexpr std::uint32_t kPurposeLatinHypercube = 0x44450001;  // "DE" 1

// Largest number of dimensions sobol_points supports (Boost's default Sobol table).
inline constexpr std::size_t kSobolMaxDims = 3667;

// rows() points in [0,1)^dims, row-major: coordinate `dim` of point `row` is u[row * dims + dim].
struct Design {
  std::size_t dims = 0;
  std::vector<double> u;
  std::size_t rows() const noexcept { return dims == 0 ? 0 : u.size() / dims; }
  double at(std::size_t row, std::size_t dim) const { return u[row * dims + dim]; }
};

// Latin hypercube of `points` points: each dimension's [0,1) is split into `points` equal strata, each
// stratum holds exactly one point, placed uniformly inside it, and the strata are permuted independently
// per dimension. Dimension d draws from RandomStream(seed, d, 0, kPurposeLatinHypercube), so adding a
// dimension leaves the columns of the others unchanged. points == 0 gives an empty design.
// Throws std::invalid_argument for dims == 0.
Design latin_hypercube(std::size_t points, std::size_t dims, std::uint64_t seed);

// The first `points` points of the `dims`-dimensional Sobol sequence (boost::random::sobol) after
// skipping `skip` points, in [0,1). Boost's sequence already omits the origin: its first point is
// (0.5, ..., 0.5). Coordinates are the generator's 64-bit integers scaled by 2^-64 (truncated to the
// 53 bits of a double, which is exact for the first 2^32 points).
// Throws std::invalid_argument for dims == 0 or dims > kSobolMaxDims.
Design sobol_points(std::size_t points, std::size_t dims, std::size_t skip = 0);

}  // namespace regiosim::sim
