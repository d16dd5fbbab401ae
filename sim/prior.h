// A prior: how uncertain a numeric parameter is, as a distribution with bounded support and a reason.
//
// Uncertainty runs draw parameter sets from the priors of the parameter table: a point u of a
// space-filling design on [0,1)^k is turned into values through each prior's quantile function, so a
// Latin hypercube over the unit cube becomes a stratified sample of every prior.
//
//   const sim::ParamPrior p = sim::ParamPrior::triangular(0.4, 0.6, 0.9, "assumption: ...");
//   const double x = p.quantile(0.5);   // the median of the triangular distribution
//
// Shapes (all with support inside [low, high]):
//   fixed       the parameter is not uncertain (structural switch, policy lever, output choice); no draw
//   uniform     flat on [low, high]
//   triangular  linear up to `mode` and down after it, on [low, high]
//   beta        Beta(alpha, beta) scaled to [low, high]
//   lognormal   log-normal with median `mode` and log-scale sd `sigma`, truncated to [low, high]
// The table checks at start-up that the support lies inside the parameter's hard range and holds its
// default (ParameterTable::set_prior, require_priors).
#pragma once

#include <string>
#include <string_view>

namespace regiosim::sim {

enum class PriorShape { fixed, uniform, triangular, beta, lognormal };

std::string_view prior_shape_name(PriorShape shape) noexcept;

struct ParamPrior {
  PriorShape shape = PriorShape::fixed;
  double low = 0, high = 0;   // support (not used by fixed)
  double mode = 0;            // triangular: the mode; lognormal: the median before truncation
  double alpha = 0, beta = 0; // beta: shape parameters
  double sigma = 0;           // lognormal: sd of log(x)
  std::string reason;         // why this shape and width: "seed 002 gives 3 months", "assumption: ..."

  static ParamPrior fixed(std::string reason);
  static ParamPrior uniform(double low, double high, std::string reason);
  static ParamPrior triangular(double low, double mode, double high, std::string reason);
  static ParamPrior beta_on(double low, double high, double alpha, double beta, std::string reason);
  static ParamPrior lognormal(double median, double sigma, double low, double high, std::string reason);

  bool uncertain() const noexcept { return shape != PriorShape::fixed; }
  // The value at cumulative probability u in [0, 1] (u is clamped). Throws std::logic_error for fixed.
  double quantile(double u) const;
  // Problems with the shape's own numbers (low < high, mode inside, positive shape parameters), or empty.
  std::string problem() const;
  // "triangular(0.4, 0.6, 0.9)", "uniform[0.2, 0.8]", "fixed", ...
  std::string describe() const;
};

}  // namespace regiosim::sim
