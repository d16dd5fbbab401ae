// Uncertainty analysis of a simulation: parameter sets drawn from priors, and what the outcomes say
// about parameter uncertainty next to the simulation's own randomness.
//
// An uncertainty study draws N parameter sets ("draws") with a Latin hypercube over the priors (each
// factor's unit coordinate through its prior's quantile function), or takes some factors from a
// posterior sample, and runs every arm (baseline, variants) R times per draw with the same seeds
// (common random numbers across arms and draws). For one outcome (a KPI of an arm, or the difference
// of a variant with the baseline) given as N x R values, summarise_outcome reports
//   - the central value: the median over draws of the draw's mean over replications;
//   - the interval over draws: the 2.5% and 97.5% quantiles of those draw means (parameter uncertainty);
//   - the interval over replications: central +- t(0.975, N (R - 1)) sqrt(s_w^2 / R), with s_w^2 the
//     variance within draws pooled over draws (the randomness a run with R replications would show);
//   - the share of draws whose mean has the sign of the central value;
//   - the factors that drive it most: first-order indices from the given sample
//     (sim::first_order_given_data) with bootstrap intervals, largest first, and the noise floor
//     (sim::given_data_noise_floor, 95%, 200 permutations): a driver is `clear` when its index is above
//     the floor and its interval above 0; the others are the largest of many noisy indices.
// Domain-free: factors are named, the caller maps them to parameters.
//
//   const auto draws = sim::draw_factors(factors, 100, seed);            // 100 x k values
//   ... run the model on each row ...
//   const auto s = sim::summarise_outcome(values, 100, 2, draws, 5, 200, seed);
#pragma once

#include "sim/design.h"
#include "sim/prior.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace regiosim::sim {

struct UncertainFactor {
  std::string key;
  ParamPrior prior;
  bool integer = false;   // values are whole numbers
};

// The value of a factor at unit coordinate u in [0, 1): the prior's quantile; integers take the whole
// number of the quantile, rounded, within [ceil(low), floor(high)] (uniform integers: each whole number
// in the support with equal probability).
double factor_value(const UncertainFactor& factor, double u);

// `draws` rows of factor values (row-major, draws x factors): a Latin hypercube (sim::latin_hypercube
// with this seed) through each factor's prior. A pure function of (factors' priors, draws, seed).
Design draw_factors(std::span<const UncertainFactor> factors, std::size_t draws, std::uint64_t seed);

struct Driver {
  std::size_t factor = 0;     // column of the draws
  double index = 0, low = 0, high = 0;   // first-order index and its bootstrap interval
  bool clear = false;                    // above the noise floor, interval above 0
};

struct OutcomeSummary {
  std::size_t draws_used = 0;   // draws with at least one finite value
  double central = 0;           // median of the draw means
  double draws_low = 0, draws_high = 0;
  double replications_low = 0, replications_high = 0;   // NaN with one replication per draw
  std::size_t same_sign = 0;    // draws whose mean has the sign of central (0 counts for neither)
  std::vector<Driver> drivers;  // at most `top`, largest index first; empty with too few draws
  double noise_floor = 0;       // the largest index expected where nothing matters (NaN without drivers)
};

// values: draws x replications (row-major; NaN = undefined in that run, skipped). factor_values: the
// draws (draws x factors) the runs used; drivers are estimated on the draws with a finite mean.
OutcomeSummary summarise_outcome(std::span<const double> values, std::size_t draws, std::size_t replications,
                                 const Design& factor_values, std::size_t top, std::size_t bootstrap,
                                 std::uint64_t seed);

}  // namespace regiosim::sim
