#include "sim/calibration.h"

#include "sim/random.h"

#include <boost/math/distributions/normal.hpp>
#include <nlopt.hpp>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <numeric>
#include <sstream>
#include <stdexcept>

namespace regiosim::sim {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInvSqrt2Pi = 0.39894228040143267794;

double normal_pdf(double z) noexcept { return kInvSqrt2Pi * std::exp(-0.5 * z * z); }

// Upper tail Q(z) = 1 - Phi(z), accurate far in the tail.
double normal_upper(double z) noexcept { return 0.5 * std::erfc(z / std::sqrt(2.0)); }

std::string number(double x) {
  std::ostringstream os;
  os.precision(6);
  os << x;
  return os.str();
}

}  // namespace

double normal_cdf(double z) noexcept { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

double normal_quantile(double p) {
  if (!(p > 0.0)) return -kInf;
  if (!(p < 1.0)) return kInf;
  return boost::math::quantile(boost::math::normal_distribution<double>(), p);
}

// ---- Prior --------------------------------------------------------------------------------------

double Prior::mass() const {
  if (kind == Kind::uniform) return 1.0;
  const double a = (min - mean) / sd;
  const double b = (max - mean) / sd;
  // Both bounds above the mean: use upper tails, which keep their precision there.
  if (a > 0.0) return normal_upper(a) - normal_upper(b);
  return normal_cdf(b) - normal_cdf(a);
}

double Prior::density(double x) const {
  if (!(x >= min && x <= max)) return 0.0;
  if (kind == Kind::uniform) return 1.0 / (max - min);
  const double m = mass();
  if (!(m > 0.0)) return 0.0;
  return normal_pdf((x - mean) / sd) / (sd * m);
}

double Prior::quantile(double p) const {
  p = std::clamp(p, 0.0, 1.0);
  if (kind == Kind::uniform) return min + p * (max - min);
  const double a = (min - mean) / sd;
  const double b = (max - mean) / sd;
  double z;
  if (a > 0.0) {
    // Upper tails: Q(z) = Q(a) - p (Q(a) - Q(b)).
    const double qa = normal_upper(a);
    const double qb = normal_upper(b);
    z = -normal_quantile(qa - p * (qa - qb));
  } else {
    const double pa = normal_cdf(a);
    const double pb = normal_cdf(b);
    z = normal_quantile(pa + p * (pb - pa));
  }
  const double x = mean + sd * z;
  if (!std::isfinite(x)) return p < 0.5 ? min : max;
  return std::clamp(x, min, max);
}

double Prior::distribution_mean() const {
  if (kind == Kind::uniform) return 0.5 * (min + max);
  const double a = (min - mean) / sd;
  const double b = (max - mean) / sd;
  const double z = mass();
  return mean + sd * (normal_pdf(a) - normal_pdf(b)) / z;
}

double Prior::distribution_sd() const {
  if (kind == Kind::uniform) return (max - min) / std::sqrt(12.0);
  const double a = (min - mean) / sd;
  const double b = (max - mean) / sd;
  const double z = mass();
  const double r = (normal_pdf(a) - normal_pdf(b)) / z;
  const double var = sd * sd * (1.0 + (a * normal_pdf(a) - b * normal_pdf(b)) / z - r * r);
  return std::sqrt(std::max(0.0, var));
}

std::string Prior::describe() const {
  std::ostringstream os;
  os.precision(6);
  if (kind == Kind::uniform) os << "uniform [" << min << ", " << max << "]";
  else os << "normal(" << mean << ", " << sd << ") on [" << min << ", " << max << "]";
  return os.str();
}

// ---- distances and weighted statistics ----------------------------------------------------------

double target_distance(std::span<const double> simulated, std::span<const double> targets,
                       std::span<const double> tolerances, std::span<const double> weights) {
  if (simulated.size() != targets.size() || tolerances.size() != targets.size() || weights.size() != targets.size()) {
    throw std::invalid_argument("target_distance: simulated, targets, tolerances and weights differ in length");
  }
  double d = 0.0;
  for (std::size_t k = 0; k < targets.size(); ++k) {
    if (!std::isfinite(simulated[k])) return kInf;
    const double z = (simulated[k] - targets[k]) / tolerances[k];
    d += weights[k] * z * z;
  }
  return d;
}

namespace {

double weight_total(std::span<const double> values, std::span<const double> weights) {
  if (values.size() != weights.size() || values.empty()) {
    throw std::invalid_argument("weighted statistics: values and weights must be non-empty and of equal length");
  }
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  if (!(total > 0.0)) throw std::invalid_argument("weighted statistics: the weights sum to zero");
  return total;
}

}  // namespace

double weighted_mean(std::span<const double> values, std::span<const double> weights) {
  const double total = weight_total(values, weights);
  double s = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i) s += weights[i] * values[i];
  return s / total;
}

double weighted_sd(std::span<const double> values, std::span<const double> weights) {
  const double total = weight_total(values, weights);
  const double m = weighted_mean(values, weights);
  double s = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i) s += weights[i] * (values[i] - m) * (values[i] - m);
  return std::sqrt(s / total);
}

double weighted_quantile(std::span<const double> values, std::span<const double> weights, double p) {
  const double total = weight_total(values, weights);
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  const double target = std::clamp(p, 0.0, 1.0) * total;
  double cumulative = 0.0;
  for (std::size_t i : order) {
    cumulative += weights[i];
    if (cumulative >= target && weights[i] > 0.0) return values[i];
  }
  return values[order.back()];
}

double effective_sample_size(std::span<const double> weights) {
  double s = 0.0, s2 = 0.0;
  for (double w : weights) s += w, s2 += w * w;
  return s2 > 0.0 ? s * s / s2 : 0.0;
}

// ---- optimiser ----------------------------------------------------------------------------------

std::string_view algorithm_name(OptimiserAlgorithm a) noexcept {
  return a == OptimiserAlgorithm::bobyqa ? "bobyqa" : "subplex";
}

namespace {

struct OptimiserState {
  const Objective* f = nullptr;
  std::span<const double> lower, upper;
  std::vector<OptimiserEvaluation>* trace = nullptr;
  std::exception_ptr error;
};

std::vector<double> to_units(const std::vector<double>& u, std::span<const double> lower, std::span<const double> upper) {
  std::vector<double> x(u.size());
  for (std::size_t i = 0; i < u.size(); ++i) x[i] = std::clamp(lower[i] + u[i] * (upper[i] - lower[i]), lower[i], upper[i]);
  return x;
}

double nlopt_objective(const std::vector<double>& u, std::vector<double>& /*gradient*/, void* data) {
  auto* state = static_cast<OptimiserState*>(data);
  const std::vector<double> x = to_units(u, state->lower, state->upper);
  double value;
  try {
    value = (*state->f)(x);
  } catch (...) {
    state->error = std::current_exception();
    throw nlopt::forced_stop();
  }
  state->trace->push_back({x, value});
  return std::isfinite(value) ? value : 1e30;
}

std::string reason_of(nlopt::result r, std::size_t max_evaluations) {
  switch (r) {
    case nlopt::MAXEVAL_REACHED: return "reached max_evaluations (" + std::to_string(max_evaluations) + ")";
    case nlopt::XTOL_REACHED: return "converged: steps below the x tolerance";
    case nlopt::FTOL_REACHED: return "converged: changes below the f tolerance";
    case nlopt::STOPVAL_REACHED: return "reached the stop value";
    case nlopt::SUCCESS: return "converged";
    default: return "stopped (NLopt code " + std::to_string(static_cast<int>(r)) + ")";
  }
}

void check_box(std::span<const double> lower, std::span<const double> upper, const char* who) {
  if (lower.empty() || lower.size() != upper.size()) throw std::invalid_argument(std::string(who) + ": empty box or bounds of different length");
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (!(std::isfinite(lower[i]) && std::isfinite(upper[i]) && lower[i] < upper[i])) {
      throw std::invalid_argument(std::string(who) + ": bound " + std::to_string(i) + " is not a finite interval with min < max");
    }
  }
}

}  // namespace

OptimiserResult minimise(const Objective& f, std::span<const double> lower, std::span<const double> upper,
                         const OptimiserOptions& options) {
  check_box(lower, upper, "minimise");
  const std::size_t n = lower.size();
  if (options.max_evaluations < 1) throw std::invalid_argument("minimise: max_evaluations must be at least 1");
  std::vector<double> u0(n, 0.5);
  if (!options.start.empty()) {
    if (options.start.size() != n) throw std::invalid_argument("minimise: start has the wrong length");
    for (std::size_t i = 0; i < n; ++i) u0[i] = std::clamp((options.start[i] - lower[i]) / (upper[i] - lower[i]), 0.0, 1.0);
  }
  OptimiserResult result;
  OptimiserState state{&f, lower, upper, &result.trace, nullptr};
  // BOBYQA needs at least two variables; for one, NLopt's own advice is a different local method:
  // Subplex reduces to Nelder-Mead on a line.
  const bool bobyqa = options.algorithm == OptimiserAlgorithm::bobyqa && n >= 2;
  nlopt::srand(options.seed);
  nlopt::opt opt(bobyqa ? nlopt::LN_BOBYQA : nlopt::LN_SBPLX, static_cast<unsigned>(n));
  opt.set_lower_bounds(std::vector<double>(n, 0.0));
  opt.set_upper_bounds(std::vector<double>(n, 1.0));
  opt.set_maxeval(static_cast<int>(options.max_evaluations));
  opt.set_xtol_abs(options.x_tolerance);
  opt.set_stopval(options.stop_value);
  opt.set_initial_step(std::clamp(options.initial_step, 1e-6, 0.5));
  opt.set_min_objective(nlopt_objective, &state);
  double value = 0.0;
  try {
    result.stop_reason = reason_of(opt.optimize(u0, value), options.max_evaluations);
  } catch (const nlopt::forced_stop&) {
    if (state.error) std::rethrow_exception(state.error);
    result.stop_reason = "stopped";
  } catch (const nlopt::roundoff_limited&) {
    result.stop_reason = "stopped: round-off limited the progress";
  } catch (const std::runtime_error& e) {
    if (state.error) std::rethrow_exception(state.error);
    result.stop_reason = std::string("stopped: ") + e.what();
  }
  if (state.error) std::rethrow_exception(state.error);
  if (options.algorithm == OptimiserAlgorithm::bobyqa && !bobyqa) result.stop_reason += " (one parameter: Subplex instead of BOBYQA)";
  if (result.trace.empty()) throw std::runtime_error("minimise: NLopt did not evaluate the objective");
  // The best evaluation (the first of equal values), whatever NLopt reported.
  std::size_t best = 0;
  for (std::size_t i = 1; i < result.trace.size(); ++i) {
    const double v = result.trace[i].value;
    const double b = result.trace[best].value;
    if (std::isfinite(v) && (!std::isfinite(b) || v < b)) best = i;
  }
  result.best = result.trace[best].x;
  result.best_value = result.trace[best].value;
  return result;
}

std::vector<LocalProfile> local_profile(const Objective& f, const std::vector<double>& x, double value_at_x,
                                        std::span<const double> lower, std::span<const double> upper, double fraction) {
  check_box(lower, upper, "local_profile");
  if (x.size() != lower.size()) throw std::invalid_argument("local_profile: x has the wrong length");
  std::vector<LocalProfile> out(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double step = fraction * (upper[i] - lower[i]);
    auto at = [&](double xi, double& where, double& change) {
      where = std::clamp(xi, lower[i], upper[i]);
      if (where == x[i]) {
        change = kNaN;
        return;
      }
      std::vector<double> y = x;
      y[i] = where;
      change = f(y) - value_at_x;
    };
    at(x[i] - step, out[i].minus_x, out[i].minus_change);
    at(x[i] + step, out[i].plus_x, out[i].plus_change);
  }
  return out;
}

// ---- ABC-SMC ------------------------------------------------------------------------------------

BatchDistance parallel_distance(std::function<double(const std::vector<double>&, std::uint64_t)> distance,
                                Executor& executor) {
  return [distance = std::move(distance), &executor](const std::vector<AbcProposal>& batch) {
    std::vector<double> out(batch.size());
    executor.for_each_index(batch.size(), [&](std::size_t i) { out[i] = distance(batch[i].theta, batch[i].key); });
    return out;
  };
}

namespace {

struct Population {
  std::vector<std::vector<double>> theta;
  std::vector<double> weights;
  std::vector<double> distances;
  std::vector<std::uint64_t> keys;
};

std::uint64_t simulation_key(std::uint64_t seed, std::size_t proposal, std::size_t generation) {
  RandomStream s(seed, proposal, static_cast<std::uint32_t>(generation), kPurposeAbcSimulation);
  return s();
}

// The q-quantile (nearest rank) of the finite distances; infinity when none is finite.
double distance_quantile(std::vector<double> d, double q) {
  std::erase_if(d, [](double x) { return !std::isfinite(x); });
  if (d.empty()) return kInf;
  std::sort(d.begin(), d.end());
  const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(d.size())));
  return d[std::clamp<std::size_t>(rank, 1, d.size()) - 1];
}

AbcSmcResult finish(Population pop, AbcSmcResult r, std::string reason) {
  r.particles = std::move(pop.theta);
  r.weights = std::move(pop.weights);
  r.distances = std::move(pop.distances);
  r.keys = std::move(pop.keys);
  r.stop_reason = std::move(reason);
  return r;
}

}  // namespace

AbcSmcResult abc_smc(const std::vector<Prior>& priors, const BatchDistance& distance, const AbcSmcOptions& o) {
  const std::size_t dims = priors.size();
  const std::size_t n = o.particles;
  if (dims == 0) throw std::invalid_argument("abc_smc: no parameters");
  if (n < 2) throw std::invalid_argument("abc_smc: at least 2 particles");
  if (!(o.quantile > 0.0 && o.quantile < 1.0)) throw std::invalid_argument("abc_smc: quantile must be in (0, 1)");
  if (o.max_evaluations != 0 && o.max_evaluations < n) {
    throw std::invalid_argument("abc_smc: max_evaluations is smaller than one generation of particles");
  }
  for (const auto& p : priors) {
    if (!(std::isfinite(p.min) && std::isfinite(p.max) && p.min < p.max)) throw std::invalid_argument("abc_smc: a prior box is empty");
    if (p.kind == Prior::Kind::normal && !(p.sd > 0.0 && p.mass() > 0.0)) {
      throw std::invalid_argument("abc_smc: a normal prior has no mass on its box");
    }
  }
  const auto evaluate = [&](const std::vector<AbcProposal>& batch) {
    std::vector<double> d = distance(batch);
    if (d.size() != batch.size()) throw std::logic_error("abc_smc: the batch distance returned the wrong number of values");
    for (double& x : d) {
      if (std::isnan(x)) x = kInf;
    }
    return d;
  };
  const auto prior_density = [&](const std::vector<double>& theta) {
    double p = 1.0;
    for (std::size_t j = 0; j < dims; ++j) p *= priors[j].density(theta[j]);
    return p;
  };

  AbcSmcResult result;
  // Generation 0: the prior sample, every particle kept with equal weight.
  Population pop;
  {
    std::vector<AbcProposal> batch(n);
    for (std::size_t k = 0; k < n; ++k) {
      RandomStream rng(o.seed, k, 0, kPurposeAbcPrior);
      batch[k].theta.resize(dims);
      for (std::size_t j = 0; j < dims; ++j) batch[k].theta[j] = priors[j].quantile(rng.uniform());
      batch[k].key = simulation_key(o.seed, k, 0);
    }
    pop.distances = evaluate(batch);
    result.evaluations = n;
    for (auto& p : batch) {
      pop.theta.push_back(std::move(p.theta));
      pop.keys.push_back(p.key);
    }
    pop.weights.assign(n, 1.0 / static_cast<double>(n));
    result.generations.push_back({0, kInf, n, n, static_cast<double>(n)});
    if (o.on_generation) o.on_generation(0, kInf, n, result.evaluations);
  }

  double previous_rate = o.quantile;
  for (std::size_t t = 1; t <= o.generations; ++t) {
    double epsilon = distance_quantile(pop.distances, o.quantile);
    if (!std::isfinite(epsilon)) return finish(std::move(pop), std::move(result), "no finite distance in generation " + std::to_string(t - 1));
    bool last = false;
    if (epsilon <= o.min_epsilon) {
      epsilon = o.min_epsilon;
      last = true;
    }
    // Kernel: per coordinate, a normal with twice the weighted variance, truncated to the box.
    std::vector<double> sigma(dims);
    for (std::size_t j = 0; j < dims; ++j) {
      std::vector<double> column(n);
      for (std::size_t i = 0; i < n; ++i) column[i] = pop.theta[i][j];
      const double s = std::sqrt(2.0) * weighted_sd(column, pop.weights);
      sigma[j] = std::max(s, 1e-9 * (priors[j].max - priors[j].min));
    }
    // Truncation mass of each kernel centred on a particle of the previous generation.
    std::vector<double> kernel_mass(n * dims);
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < dims; ++j) {
        kernel_mass[i * dims + j] = Prior::normal(priors[j].min, priors[j].max, pop.theta[i][j], sigma[j]).mass();
      }
    }

    Population next;
    std::size_t proposed = 0;
    double rate = previous_rate;
    while (next.theta.size() < n) {
      const std::size_t need = n - next.theta.size();
      std::size_t batch_size = static_cast<std::size_t>(std::ceil(1.1 * static_cast<double>(need) / std::max(rate, 0.01)));
      batch_size = std::clamp<std::size_t>(batch_size, std::min<std::size_t>(8, 4 * n), 4 * n);
      if (o.max_evaluations != 0) {
        const std::size_t left = o.max_evaluations - result.evaluations;
        if (left == 0) {
          return finish(std::move(pop), std::move(result),
                        "evaluation budget (" + std::to_string(o.max_evaluations) + ") spent in generation " +
                            std::to_string(t) + " (" + std::to_string(next.theta.size()) + " of " + std::to_string(n) +
                            " particles accepted); the last complete generation is returned");
        }
        batch_size = std::min(batch_size, left);
      }
      std::vector<AbcProposal> batch(batch_size);
      for (std::size_t b = 0; b < batch_size; ++b) {
        const std::size_t k = proposed + b;
        RandomStream rng(o.seed, k, static_cast<std::uint32_t>(t), kPurposeAbcPerturb);
        const std::size_t ancestor = rng.categorical(pop.weights);
        batch[b].theta.resize(dims);
        for (std::size_t j = 0; j < dims; ++j) {
          batch[b].theta[j] = Prior::normal(priors[j].min, priors[j].max, pop.theta[ancestor][j], sigma[j]).quantile(rng.uniform());
        }
        batch[b].key = simulation_key(o.seed, k, t);
      }
      const std::vector<double> d = evaluate(batch);
      proposed += batch_size;
      result.evaluations += batch_size;
      for (std::size_t b = 0; b < batch_size && next.theta.size() < n; ++b) {
        if (d[b] <= epsilon) {
          next.theta.push_back(std::move(batch[b].theta));
          next.distances.push_back(d[b]);
          next.keys.push_back(batch[b].key);
        }
      }
      rate = std::max(static_cast<double>(next.theta.size()), 0.5) / static_cast<double>(proposed);
    }
    // Importance weights: prior density over the mixture of kernels that could have proposed it.
    next.weights.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      double mixture = 0.0;
      for (std::size_t a = 0; a < n; ++a) {
        double k = pop.weights[a];
        for (std::size_t j = 0; j < dims && k > 0.0; ++j) {
          const double z = (next.theta[i][j] - pop.theta[a][j]) / sigma[j];
          k *= normal_pdf(z) / (sigma[j] * kernel_mass[a * dims + j]);
        }
        mixture += k;
      }
      next.weights[i] = mixture > 0.0 ? prior_density(next.theta[i]) / mixture : 0.0;
    }
    const double total = std::accumulate(next.weights.begin(), next.weights.end(), 0.0);
    if (!(total > 0.0)) throw std::runtime_error("abc_smc: all importance weights of generation " + std::to_string(t) + " are zero");
    for (double& w : next.weights) w /= total;
    pop = std::move(next);
    previous_rate = static_cast<double>(n) / static_cast<double>(proposed);
    result.generations.push_back({t, epsilon, proposed, n, effective_sample_size(pop.weights)});
    if (o.on_generation) o.on_generation(t, epsilon, proposed, result.evaluations);
    if (last) return finish(std::move(pop), std::move(result), "reached min_epsilon (" + number(o.min_epsilon) + ") in generation " + std::to_string(t));
  }
  return finish(std::move(pop), std::move(result), "completed " + std::to_string(o.generations) + " generations");
}

}  // namespace regiosim::sim
