// Global sensitivity analysis of a model output with respect to k factors on the unit hypercube.
//
// Two methods, each split into "make the design" and "estimate from the outputs", so the model runs in
// between can be scheduled however the caller likes (in parallel, on several ranks, resumed later):
//   - Sobol variance decomposition: saltelli_design gives N (k + 2) points, sobol_indices turns one output
//     per point into first-order indices S_i (share of the output variance explained by factor i alone)
//     and total-order indices ST_i (share involving factor i, interactions included), with percentile
//     bootstrap intervals. Estimators: Saltelli et al. (2010) for S_i, Jansen (1999) for ST_i.
//   - Morris elementary-effects screening: morris_design gives r (k + 1) points on a p-level grid and
//     morris_indices gives mu, mu* and sigma per factor (Morris 1991; mu* from Campolongo et al. 2007).
//     Cheap (tens of trajectories) and good for telling inert factors from influential ones.
// The functions know nothing of what the factors mean: unit value u of factor i is mapped to a parameter
// by the caller (e.g. lo_i + (hi_i - lo_i) * u), so Morris effects are per unit of the unit-scaled factor.
//
//   const sim::SaltelliDesign d = sim::saltelli_design(1024, k);
//   std::vector<double> y(d.points.rows());
//   for (std::size_t r = 0; r < y.size(); ++r) y[r] = run_model(d.points, r);   // caller's model
//   const auto s = sim::sobol_indices(d, y, 500, seed);
//   // s[i].first, s[i].total with [first_low, first_high] and [total_low, total_high] at level 0.95
//
// References:
//   Saltelli A., Annoni P., Azzini I., Campolongo F., Ratto M., Tarantola S. (2010). Variance based
//     sensitivity analysis of model output. Design and estimator for the total sensitivity index.
//     Computer Physics Communications 181, 259-270.
//   Jansen M.J.W. (1999). Analysis of variance designs for model output. Computer Physics
//     Communications 117, 35-43.
//   Morris M.D. (1991). Factorial sampling plans for preliminary computational experiments.
//     Technometrics 33, 161-174.
//   Campolongo F., Cariboni J., Saltelli A. (2007). An effective screening design for sensitivity
//     analysis of large models. Environmental Modelling & Software 22, 1509-1518.
#pragma once

#include "sim/design.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace regiosim::sim {

// Purposes of the engine's random streams used here (entity = bootstrap resample / Morris trajectory).
inline constexpr std::uint32_t kPurposeSobolBootstrap = 0x53410001;  // "SA" 1
inline constexpr std::uint32_t kPurposeMorrisDesign = 0x53410002;    // "SA" 2
inline constexpr std::uint32_t kPurposeGivenDataBootstrap = 0x53410003;  // "SA" 3
inline constexpr std::uint32_t kPurposeGivenDataPermutation = 0x53410004;  // "SA" 4

// Saltelli (2010) design for `dims` factors and `base` (N) base rows. A and B are the two halves of the
// first N points of the 2k-dimensional Sobol sequence (sobol_points; Boost's sequence already omits the
// origin, so no point is skipped); AB_i is A with column i taken from B.
// Row layout of `points` (N (k + 2) rows, k columns): rows [0,N) = A, [N,2N) = B, [(2+i)N, (3+i)N) = AB_i.
// A power of two for N keeps the Sobol sequence balanced.
struct SaltelliDesign {
  std::size_t base = 0;
  std::size_t dims = 0;
  Design points;
};
// Throws std::invalid_argument for base == 0, dims == 0 or 2 dims > kSobolMaxDims.
SaltelliDesign saltelli_design(std::size_t base, std::size_t dims);

struct SobolIndex {
  double first = 0, first_low = 0, first_high = 0;   // first-order index S_i and its bootstrap interval
  double total = 0, total_low = 0, total_high = 0;   // total-order index ST_i and its bootstrap interval
};

// Sobol indices, one per factor, from one output per row of design.points (same layout).
//   S_i  = mean_j f_B[j] (f_ABi[j] - f_A[j]) / V          (Saltelli et al. 2010, table 2 (b))
//   ST_i = mean_j (f_A[j] - f_ABi[j])^2 / (2 V)           (Jansen 1999; Saltelli et al. 2010 table 2 (f))
//   V    = variance (divisor 2N) of the 2N values f_A and f_B together.
// If V == 0 all indices are 0. Estimates can stray slightly outside [0, 1] for small N; they are not clipped.
// Intervals: percentile bootstrap over the N base rows at the given level: each of `bootstrap` resamples
// draws N row indices j with replacement (the same resample for every factor, and V recomputed on it)
// from RandomStream(seed, resample, 0, kPurposeSobolBootstrap); a resample with V == 0 counts as 0.
// bootstrap == 0 leaves the interval bounds NaN.
// Throws std::invalid_argument if outputs.size() != design.points.rows(), an output is not finite, the
// design is inconsistent, or level is not in (0, 1).
std::vector<SobolIndex> sobol_indices(const SaltelliDesign& design, std::span<const double> outputs,
                                      std::size_t bootstrap, std::uint64_t seed, double level = 0.95);

// Morris (1991) design: r trajectories on the p-level grid {0, 1/(p-1), ..., 1} (p even), step
// delta = p / (2 (p - 1)). Each trajectory has k + 1 rows; consecutive rows differ in exactly one factor by
// +/- delta, and every factor changes once per trajectory, in random order. The start of a trajectory is
// drawn as in Morris' B* construction: per factor a base level in {0, ..., p/2 - 1} and a direction (up or
// down) with equal probability. Trajectory t draws from RandomStream(seed, t, 0, kPurposeMorrisDesign), so
// the design is a pure function of (r, k, p, seed) and adding trajectories keeps the earlier ones.
struct MorrisDesign {
  std::size_t trajectories = 0, dims = 0, levels = 0;
  double delta = 0;
  Design points;                 // trajectories * (dims + 1) rows, values in [0, 1]
  std::vector<int> changed;      // per row: factor that changed from the previous row; -1 on a trajectory's first row
};
// Throws std::invalid_argument for trajectories == 0, dims == 0, or levels < 2 or odd.
MorrisDesign morris_design(std::size_t trajectories, std::size_t dims, std::size_t levels, std::uint64_t seed);

struct MorrisIndex {
  double mu = 0;       // mean elementary effect (Morris 1991)
  double mu_star = 0;  // mean absolute elementary effect (Campolongo et al. 2007)
  double sigma = 0;    // standard deviation (divisor r - 1) of the elementary effects; NaN if r < 2
};
// Elementary effect of the changed factor i on row r = (f(r) - f(r - 1)) / (x_i(r) - x_i(r - 1)), the
// signed step in unit space; one index per factor over all its effects (NaN for a factor that never changes).
// Throws std::invalid_argument if outputs.size() != design.points.rows(), an output is not finite or the
// design is inconsistent.
std::vector<MorrisIndex> morris_indices(const MorrisDesign& design, std::span<const double> outputs);

// First-order indices from a given sample (Plischke 2010's "given data" idea): no special design, any
// sample of n points with one output each will do, e.g. a Latin hypercube drawn for an uncertainty
// analysis. Factor i's values are sorted into `classes` classes of (nearly) equal count by rank; the
// share of the output variance explained by the class means is the correlation ratio eta_i^2, and
//   S_i ~ 1 - (1 - eta_i^2) (n - 1) / (n - classes)
// removes its bias under no effect (as the adjusted R^2 does), so an inert factor scores about 0
// (estimates may be slightly negative; they are not clipped). Non-monotone effects are caught (Ishigami's
// sin^2 x2), interactions are not (they go to the total index, which this sample cannot give).
// `x` is n rows of factor values (any scale: only ranks are used), `outputs` n values.
// classes == 0 chooses round(sqrt(n) / 2) within [2, 32]. Intervals: percentile bootstrap over the rows
// (resample b from RandomStream(seed, b, 0, kPurposeGivenDataBootstrap), the classes of each row kept),
// moved by the bootstrap's bias (mean of the resamples minus the estimate: repeated rows inflate the
// correlation ratio), only for the factors listed in `with_interval` (all when empty); others get NaN.
// Throws std::invalid_argument if outputs.size() != x.rows(), an output is not finite, n < 2 classes + 2
// or level is not in (0, 1).
struct FirstOrderIndex {
  double index = 0, low = 0, high = 0;
};
std::vector<FirstOrderIndex> first_order_given_data(const Design& x, std::span<const double> outputs,
                                                    std::size_t classes, std::size_t bootstrap, std::uint64_t seed,
                                                    std::span<const std::size_t> with_interval = {},
                                                    double level = 0.95);

// The noise floor of first_order_given_data over many factors: the `level` quantile of the largest
// index among all k factors when the outputs are shuffled against the factors (permutation p from
// RandomStream(seed, p, 0, kPurposeGivenDataPermutation)), i.e. where nothing matters. Picking the
// largest of k noisy indices is a multiple comparison: with 100 rows and 200 inert factors the largest
// is about 0.1 although each is about 0 on average, and a bootstrap interval of the chosen one does not
// see the choice. A factor whose index exceeds the floor stands out from noise at that level, family-
// wise over the k factors. Same classes as first_order_given_data (0 chooses the same number); throws
// as it does, and if permutations == 0.
double given_data_noise_floor(const Design& x, std::span<const double> outputs, std::size_t classes,
                              std::size_t permutations, std::uint64_t seed, double level = 0.95);

}  // namespace regiosim::sim
