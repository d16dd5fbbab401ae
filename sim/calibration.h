// Calibration building blocks, free of any model knowledge: priors on a box, the distance between
// simulated and target statistics, weighted sample statistics, a derivative-free optimiser (NLopt
// BOBYQA or Subplex) and approximate Bayesian computation by sequential Monte Carlo (ABC-SMC).
//
// Parameters are plain vectors of doubles in their own units; the caller maps them onto a model
// (rounding integer parameters, say). Optimiser: one objective evaluated in sequence, each call
// free to run its replications in parallel. ABC-SMC: proposals are evaluated in batches handed
// to a BatchDistance (in parallel, e.g. with parallel_distance); every random draw is a pure
// function of (seed, generation, proposal, purpose), so the result does not depend on the thread
// count or on the order in which a batch finished.
//
//   std::vector<sim::Prior> priors = {sim::Prior::uniform(0.0, 1.0), sim::Prior::normal(0.0, 10.0, 2.0, 1.0)};
//   auto f = [&](const std::vector<double>& theta, std::uint64_t key) { return distance(simulate(theta, key)); };
//   sim::TbbExecutor executor(4);
//   sim::AbcSmcResult r = sim::abc_smc(priors, sim::parallel_distance(f, executor), {.particles = 500});
//
//   sim::OptimiserResult best = sim::minimise(objective, {0.0, 0.0}, {1.0, 10.0}, {.max_evaluations = 80});
//
// References: Toni, Welch, Strelkowa, Ipsen & Stumpf (2009), J. R. Soc. Interface 6:187-202;
// Beaumont, Cornuet, Marin & Robert (2009), Biometrika 96:983-990 (kernel variance twice the weighted
// population variance); Powell (2009), BOBYQA; Rowan (1990), Subplex.
#pragma once

#include "sim/executor.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace regiosim::sim {

// Purposes of the engine's calibration streams (far above the model purposes, like design.h).
inline constexpr std::uint32_t kPurposeAbcPrior = 0x43410001;       // "CA" 1: draws from the prior
inline constexpr std::uint32_t kPurposeAbcPerturb = 0x43410002;     // ancestor choice and kernel draws
inline constexpr std::uint32_t kPurposeAbcSimulation = 0x43410003;  // the key handed to the simulator

// Standard normal distribution function and its inverse (p in (0, 1)).
double normal_cdf(double z) noexcept;
double normal_quantile(double p);

// The prior of one parameter on [min, max]: uniform, or normal(mean, sd) truncated to [min, max].
struct Prior {
  enum class Kind { uniform, normal };
  Kind kind = Kind::uniform;
  double min = 0.0;
  double max = 1.0;
  double mean = 0.0;  // normal: mean and sd of the untruncated normal
  double sd = 1.0;

  static Prior uniform(double min, double max) { return {Kind::uniform, min, max, 0.5 * (min + max), max - min}; }
  static Prior normal(double min, double max, double mean, double sd) { return {Kind::normal, min, max, mean, sd}; }

  // Probability density on [min, max] (normalised for the truncation); 0 outside.
  double density(double x) const;
  // Mass of the untruncated normal inside [min, max] (1 for uniform).
  double mass() const;
  // The p-quantile, p in [0, 1].
  double quantile(double p) const;
  // Mean and standard deviation of the distribution on [min, max].
  double distribution_mean() const;
  double distribution_sd() const;
  // A draw by inversion from a uniform u in (0, 1).
  double from_uniform(double u) const { return quantile(u); }
  // "uniform [0.05, 1]" or "normal(0.2, 0.1) on [0.05, 1]".
  std::string describe() const;
};

// sum_k weight_k ((simulated_k - target_k) / tolerance_k)^2; +infinity when a simulated value is not
// finite. All spans have equal length; tolerances > 0.
double target_distance(std::span<const double> simulated, std::span<const double> targets,
                       std::span<const double> tolerances, std::span<const double> weights);

// Weighted statistics (weights >= 0, not all 0; normalised internally).
double weighted_mean(std::span<const double> values, std::span<const double> weights);
// Population (not bias-corrected) weighted standard deviation.
double weighted_sd(std::span<const double> values, std::span<const double> weights);
// The p-quantile of the weighted empirical distribution (the smallest value whose cumulative weight
// reaches p).
double weighted_quantile(std::span<const double> values, std::span<const double> weights, double p);
// Kish's effective sample size (sum w)^2 / sum w^2.
double effective_sample_size(std::span<const double> weights);

// ---- Derivative-free optimisation (NLopt) --------------------------------------------------------

enum class OptimiserAlgorithm { bobyqa, subplex };
std::string_view algorithm_name(OptimiserAlgorithm a) noexcept;

// The objective: parameters in their own units in, value to minimise out. May throw; the optimiser
// then stops and rethrows.
using Objective = std::function<double(const std::vector<double>&)>;

struct OptimiserOptions {
  OptimiserAlgorithm algorithm = OptimiserAlgorithm::bobyqa;
  std::size_t max_evaluations = 100;
  std::vector<double> start;          // in parameter units; empty: the centre of the box
  double initial_step = 0.2;          // first trust-region radius / simplex size, share of each range
  double x_tolerance = 1e-4;          // stop when a step changes every scaled coordinate by less
  double stop_value = -1e300;         // stop once the objective is at or below this
  std::uint64_t seed = 1;             // NLopt's random seed (unused by BOBYQA and Subplex; set for safety)
};

struct OptimiserEvaluation {
  std::vector<double> x;  // parameter units
  double value = 0.0;
};

struct OptimiserResult {
  std::vector<double> best;
  double best_value = 0.0;
  std::vector<OptimiserEvaluation> trace;  // every evaluation, in order
  std::string stop_reason;                 // e.g. "reached max_evaluations (60)"
};

// Minimises f over the box [lower, upper]. The optimiser works on the box scaled to [0, 1]^n; f
// sees parameter units. Non-finite values are passed to NLopt as a large penalty (1e30) and kept as
// they are in the trace. Throws std::invalid_argument for an empty or inverted box.
OptimiserResult minimise(const Objective& f, std::span<const double> lower, std::span<const double> upper,
                         const OptimiserOptions& options);

// Local sensitivity of an objective around a point: f at x with coordinate i moved by -fraction and
// +fraction of its range (clamped to the box), minus f(x). A flat profile (changes near 0) means the
// objective does not pin the parameter down. Entries are NaN where the move is impossible (x at
// the bound).
struct LocalProfile {
  double minus_x = 0.0, minus_change = 0.0;
  double plus_x = 0.0, plus_change = 0.0;
};
std::vector<LocalProfile> local_profile(const Objective& f, const std::vector<double>& x, double value_at_x,
                                        std::span<const double> lower, std::span<const double> upper,
                                        double fraction = 0.05);

// ---- ABC-SMC --------------------------------------------------------------------------------------

// One simulation to run: parameters and the key its randomness must be derived from (distinct for
// every proposal of a calibration; a pure function of seed, generation and proposal index).
struct AbcProposal {
  std::vector<double> theta;
  std::uint64_t key = 0;
};

// Distances of a batch of proposals, in the batch's order. Should throw to abort.
using BatchDistance = std::function<std::vector<double>(const std::vector<AbcProposal>&)>;
// A BatchDistance evaluating distance(theta, key) for each proposal on the executor (in parallel).
BatchDistance parallel_distance(std::function<double(const std::vector<double>&, std::uint64_t)> distance,
                                Executor& executor);

struct AbcSmcOptions {
  std::size_t particles = 200;
  std::size_t generations = 5;         // generations after the prior sample (generation 0)
  double quantile = 0.5;               // epsilon_t = this quantile of generation t-1's distances
  double min_epsilon = 0.0;            // epsilon never goes below this; reaching it ends the run
  std::size_t max_evaluations = 0;     // simulations in all (0: no limit)
  std::uint64_t seed = 1;
  // Called after each complete generation (e.g. progress); may be empty.
  std::function<void(std::size_t generation, double epsilon, std::size_t proposals, std::size_t evaluations)> on_generation;
};

struct AbcGenerationInfo {
  std::size_t generation = 0;
  double epsilon = 0.0;       // acceptance threshold (infinity for generation 0)
  std::size_t proposals = 0;  // simulations run for this generation
  std::size_t accepted = 0;   // = particles
  double ess = 0.0;           // effective sample size of the weights
};

struct AbcSmcResult {
  std::vector<std::vector<double>> particles;  // the final population, particles x parameters
  std::vector<double> weights;                 // normalised importance weights
  std::vector<double> distances;
  std::vector<std::uint64_t> keys;             // the simulation key of each particle
  std::vector<AbcGenerationInfo> generations;  // every completed generation, 0 = the prior sample
  std::size_t evaluations = 0;                 // simulations run, including an unfinished generation
  std::string stop_reason;
};

// Population Monte Carlo ABC: generation 0 is `particles` draws from the priors (all kept);
// generation t keeps proposals with distance <= epsilon_t, proposals being a particle of
// generation t-1 chosen by weight and moved by a Gaussian kernel with twice the weighted variance
// of each coordinate, truncated to the prior's box; weight = prior density / sum_j w_j K(theta | theta_j).
// Proposals are evaluated in batches whose sizes depend only on counts, so results do not depend
// on the executor. Stops after `generations`, at min_epsilon, or when the evaluation budget would be
// exceeded (the last complete generation is returned, with the reason).
AbcSmcResult abc_smc(const std::vector<Prior>& priors, const BatchDistance& distance, const AbcSmcOptions& options);

}  // namespace regiosim::sim
