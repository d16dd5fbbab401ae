#include "sim/prior.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/beta.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace regiosim::sim {

std::string_view prior_shape_name(PriorShape shape) noexcept {
  switch (shape) {
    case PriorShape::fixed: return "fixed";
    case PriorShape::uniform: return "uniform";
    case PriorShape::triangular: return "triangular";
    case PriorShape::beta: return "beta";
    case PriorShape::lognormal: return "lognormal";
  }
  return "?";
}

ParamPrior ParamPrior::fixed(std::string reason) {
  ParamPrior p;
  p.reason = std::move(reason);
  return p;
}

ParamPrior ParamPrior::uniform(double low, double high, std::string reason) {
  ParamPrior p;
  p.shape = PriorShape::uniform;
  p.low = low;
  p.high = high;
  p.reason = std::move(reason);
  return p;
}

ParamPrior ParamPrior::triangular(double low, double mode, double high, std::string reason) {
  ParamPrior p = uniform(low, high, std::move(reason));
  p.shape = PriorShape::triangular;
  p.mode = mode;
  return p;
}

ParamPrior ParamPrior::beta_on(double low, double high, double alpha, double beta, std::string reason) {
  ParamPrior p = uniform(low, high, std::move(reason));
  p.shape = PriorShape::beta;
  p.alpha = alpha;
  p.beta = beta;
  return p;
}

ParamPrior ParamPrior::lognormal(double median, double sigma, double low, double high, std::string reason) {
  ParamPrior p = uniform(low, high, std::move(reason));
  p.shape = PriorShape::lognormal;
  p.mode = median;
  p.sigma = sigma;
  return p;
}

std::string ParamPrior::problem() const {
  if (shape == PriorShape::fixed) return {};
  if (!std::isfinite(low) || !std::isfinite(high) || !(low < high)) return "prior support must have low < high";
  if (shape == PriorShape::triangular && !(mode >= low && mode <= high)) return "triangular mode outside [low, high]";
  if (shape == PriorShape::beta && !(alpha > 0 && beta > 0)) return "beta shape parameters must be > 0";
  if (shape == PriorShape::lognormal) {
    if (!(mode > 0) || !(sigma > 0)) return "lognormal median and sigma must be > 0";
    if (!(low >= 0)) return "lognormal support must be >= 0";
  }
  if (reason.empty()) return "prior lacks a reason";
  return {};
}

double ParamPrior::quantile(double u) const {
  u = std::clamp(u, 0.0, 1.0);
  switch (shape) {
    case PriorShape::fixed: throw std::logic_error("ParamPrior::quantile: a fixed prior has no distribution");
    case PriorShape::uniform: return low + (high - low) * u;
    case PriorShape::triangular: {
      const double w = high - low;
      const double f = (mode - low) / w;
      if (u < f) return low + std::sqrt(u * w * (mode - low));
      return high - std::sqrt((1.0 - u) * w * (high - mode));
    }
    case PriorShape::beta: {
      if (u <= 0.0) return low;
      if (u >= 1.0) return high;
      return low + (high - low) * boost::math::ibeta_inv(alpha, beta, u);
    }
    case PriorShape::lognormal: {
      const boost::math::normal n(std::log(mode), sigma);
      const double lo = low > 0 ? boost::math::cdf(n, std::log(low)) : 0.0;
      const double hi = boost::math::cdf(n, std::log(high));
      const double p = lo + (hi - lo) * u;
      if (p <= 0.0) return low;
      if (p >= 1.0) return high;
      return std::clamp(std::exp(boost::math::quantile(n, p)), low, high);
    }
  }
  return low;
}

namespace {
std::string num(double x) {
  std::ostringstream os;
  os.precision(6);
  os << x;
  return os.str();
}
}  // namespace

std::string ParamPrior::describe() const {
  switch (shape) {
    case PriorShape::fixed: return "fixed";
    case PriorShape::uniform: return "uniform[" + num(low) + ", " + num(high) + "]";
    case PriorShape::triangular: return "triangular(" + num(low) + ", " + num(mode) + ", " + num(high) + ")";
    case PriorShape::beta:
      return "beta(" + num(alpha) + ", " + num(beta) + ") on [" + num(low) + ", " + num(high) + "]";
    case PriorShape::lognormal:
      return "lognormal(median " + num(mode) + ", sigma " + num(sigma) + ") in [" + num(low) + ", " + num(high) + "]";
  }
  return "?";
}

}  // namespace regiosim::sim
