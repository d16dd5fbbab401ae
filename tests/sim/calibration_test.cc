// Calibration engine on analytic problems: priors (uniform and truncated normal: density, quantiles,
// moments), the target distance, weighted statistics, the NLopt wrapper on quadratics (BOBYQA and
// Subplex, one and two parameters, errors from the objective), the local profile, and ABC-SMC on a
// normal model with a conjugate prior (posterior mean and sd against the analytic posterior), its
// determinism for a seed and with 1 and 2 threads, and its evaluation budget.
#include "sim/calibration.h"
#include "sim/random.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <limits>
#include <stdexcept>
#include <vector>

using namespace regiosim::sim;

TEST_CASE("Priors: densities, quantiles and moments of uniform and truncated normal", "[calibration]") {
  const Prior u = Prior::uniform(2.0, 6.0);
  CHECK(u.density(3.0) == Approx(0.25));
  CHECK(u.density(7.0) == 0.0);
  CHECK(u.quantile(0.25) == Approx(3.0));
  CHECK(u.distribution_mean() == Approx(4.0));
  CHECK(u.distribution_sd() == Approx(4.0 / std::sqrt(12.0)));

  // A wide normal barely truncated: the moments of the normal itself.
  const Prior wide = Prior::normal(-100.0, 100.0, 1.0, 2.0);
  CHECK(wide.mass() == Approx(1.0));
  CHECK(wide.distribution_mean() == Approx(1.0));
  CHECK(wide.distribution_sd() == Approx(2.0));
  CHECK(wide.quantile(0.5) == Approx(1.0));
  CHECK(wide.quantile(0.975) == Approx(1.0 + 1.959964 * 2.0).epsilon(1e-5));

  // A standard normal truncated to [0, inf) in effect: the half-normal, mean sqrt(2/pi), sd sqrt(1 - 2/pi).
  const Prior half = Prior::normal(0.0, 50.0, 0.0, 1.0);
  CHECK(half.mass() == Approx(0.5));
  CHECK(half.density(0.0) == Approx(2.0 * 0.3989422804));
  CHECK(half.distribution_mean() == Approx(std::sqrt(2.0 / std::numbers::pi)));
  CHECK(half.distribution_sd() == Approx(std::sqrt(1.0 - 2.0 / std::numbers::pi)));
  CHECK(half.quantile(0.5) == Approx(0.6744898).epsilon(1e-6));

  // Far in the upper tail the quantile stays inside the box and increases.
  const Prior tail = Prior::normal(8.0, 9.0, 0.0, 1.0);
  double previous = tail.min;
  for (double p : {0.01, 0.25, 0.5, 0.75, 0.99}) {
    const double x = tail.quantile(p);
    CHECK(x >= tail.min);
    CHECK(x <= tail.max);
    CHECK(x > previous);
    previous = x;
  }
  CHECK(Prior::normal(0.05, 1.0, 0.2, 0.1).describe() == "normal(0.2, 0.1) on [0.05, 1]");
  CHECK(u.describe() == "uniform [2, 6]");
}

TEST_CASE("Target distance and weighted statistics", "[calibration]") {
  const std::vector<double> sim = {11.0, 0.5};
  const std::vector<double> target = {10.0, 0.4};
  const std::vector<double> tol = {2.0, 0.1};
  const std::vector<double> w = {1.0, 3.0};
  CHECK(target_distance(sim, target, tol, w) == Approx(0.25 + 3.0));
  const std::vector<double> nan_sim = {std::numeric_limits<double>::quiet_NaN(), 0.4};
  CHECK(std::isinf(target_distance(nan_sim, target, tol, w)));
  CHECK_THROWS_AS(target_distance(std::vector<double>{1.0}, target, tol, w), std::invalid_argument);

  const std::vector<double> v = {1.0, 2.0, 3.0, 4.0};
  const std::vector<double> wt = {1.0, 1.0, 1.0, 5.0};
  CHECK(weighted_mean(v, wt) == Approx((1 + 2 + 3 + 20) / 8.0));
  CHECK(weighted_sd(v, std::vector<double>(4, 1.0)) == Approx(std::sqrt(1.25)));
  CHECK(weighted_quantile(v, wt, 0.05) == 1.0);
  CHECK(weighted_quantile(v, wt, 0.5) == 4.0);
  CHECK(weighted_quantile(v, std::vector<double>(4, 1.0), 0.5) == 2.0);
  CHECK(effective_sample_size(std::vector<double>(4, 0.25)) == Approx(4.0));
  CHECK(effective_sample_size(wt) == Approx(64.0 / 28.0));
}

TEST_CASE("The NLopt wrapper finds the minimum of a quadratic", "[calibration]") {
  const std::vector<double> lo = {-2.0, -3.0};
  const std::vector<double> hi = {2.0, 1.0};
  int calls = 0;
  const Objective f = [&](const std::vector<double>& x) {
    ++calls;
    return (x[0] - 0.3) * (x[0] - 0.3) + 10.0 * (x[1] + 1.0) * (x[1] + 1.0) + 1.5;
  };
  for (auto algorithm : {OptimiserAlgorithm::bobyqa, OptimiserAlgorithm::subplex}) {
    INFO(algorithm_name(algorithm));
    calls = 0;
    const auto r = minimise(f, lo, hi, {.algorithm = algorithm, .max_evaluations = 400, .x_tolerance = 1e-7});
    CHECK(r.best[0] == Approx(0.3).margin(1e-3));
    CHECK(r.best[1] == Approx(-1.0).margin(1e-3));
    CHECK(r.best_value == Approx(1.5).margin(1e-5));
    CHECK(r.trace.size() == static_cast<std::size_t>(calls));
    CHECK(calls <= 400);
    for (const auto& e : r.trace) {  // the objective only ever sees points of the box
      CHECK(e.x[0] >= lo[0]);
      CHECK(e.x[0] <= hi[0]);
      CHECK(e.x[1] >= lo[1]);
      CHECK(e.x[1] <= hi[1]);
    }
    CHECK_FALSE(r.stop_reason.empty());
  }
  // A minimum on the bound and a start point.
  const auto edge = minimise([](const std::vector<double>& x) { return x[0] + (x[1] - 0.5) * (x[1] - 0.5); }, lo, hi,
                             {.max_evaluations = 300, .start = {1.0, 0.0}});
  CHECK(edge.best[0] == Approx(-2.0).margin(1e-4));
  CHECK(edge.trace.front().x == std::vector<double>{1.0, 0.0});
  // One parameter (BOBYQA needs two; the wrapper says it used Subplex).
  const auto one = minimise([](const std::vector<double>& x) { return std::pow(x[0] - 7.0, 2); }, std::vector<double>{0.0},
                            std::vector<double>{10.0}, {.max_evaluations = 200});
  CHECK(one.best[0] == Approx(7.0).margin(1e-3));
  CHECK_THAT(one.stop_reason, Catch::Contains("Subplex"));
  // The evaluation budget holds.
  const auto few = minimise(f, lo, hi, {.max_evaluations = 7});
  CHECK(few.trace.size() == 7);
  CHECK_THAT(few.stop_reason, Catch::Contains("max_evaluations"));
}

TEST_CASE("The NLopt wrapper passes errors of the objective on and refuses bad boxes", "[calibration]") {
  const std::vector<double> lo = {0.0, 0.0};
  const std::vector<double> hi = {1.0, 1.0};
  int calls = 0;
  const Objective failing = [&](const std::vector<double>&) -> double {
    if (++calls == 3) throw std::runtime_error("simulation failed");
    return 1.0;
  };
  CHECK_THROWS_WITH(minimise(failing, lo, hi, {}), "simulation failed");
  CHECK(calls == 3);
  CHECK_THROWS_AS(minimise(failing, std::vector<double>{1.0, 0.0}, hi, {}), std::invalid_argument);
  // Non-finite values are a penalty to NLopt, not an error, and stay in the trace as they are.
  const auto r = minimise(
      [](const std::vector<double>& x) { return x[0] > 0.8 ? std::numeric_limits<double>::quiet_NaN() : (x[0] - 0.2) * (x[0] - 0.2) + x[1] * x[1]; },
      lo, hi, {.max_evaluations = 200});
  CHECK(r.best[0] == Approx(0.2).margin(1e-3));
}

TEST_CASE("The local profile shows how the objective changes at +-5% of each range", "[calibration]") {
  const std::vector<double> lo = {0.0, 0.0};
  const std::vector<double> hi = {10.0, 1.0};
  const Objective f = [](const std::vector<double>& x) { return (x[0] - 5.0) * (x[0] - 5.0) + 0.0 * x[1]; };
  const auto p = local_profile(f, {5.0, 0.0}, 0.0, lo, hi);
  CHECK(p[0].minus_x == Approx(4.5));
  CHECK(p[0].minus_change == Approx(0.25));
  CHECK(p[0].plus_change == Approx(0.25));
  CHECK(std::isnan(p[1].minus_change));  // at the lower bound: no move down
  CHECK(p[1].plus_x == Approx(0.05));
  CHECK(p[1].plus_change == Approx(0.0));  // a parameter the objective ignores: flat
}

namespace {

// Normal model with known variance: n observations x_i ~ N(theta, 1); the statistic is their mean,
// observed 1.3. Prior theta ~ N(0, 2^2), truncated to [-10, 10] (a truncation of 5 sd: negligible).
// The posterior is N(m, s^2) with 1/s^2 = 1/4 + n and m = s^2 * n * 1.3.
constexpr int kObservations = 20;
constexpr double kObserved = 1.3;
const double kPosteriorVar = 1.0 / (0.25 + kObservations);
const double kPosteriorMean = kPosteriorVar * kObservations * kObserved;

double normal_model_distance(const std::vector<double>& theta, std::uint64_t key) {
  RandomStream rng(key, 0, 0, 1);
  const double simulated_mean = rng.normal(theta[0], 1.0 / std::sqrt(static_cast<double>(kObservations)));
  const std::vector<double> s = {simulated_mean}, t = {kObserved}, tol = {0.1}, w = {1.0};
  return target_distance(s, t, tol, w);
}

AbcSmcResult normal_model_abc(Executor& executor, std::uint64_t seed) {
  const std::vector<Prior> priors = {Prior::normal(-10.0, 10.0, 0.0, 2.0)};
  return abc_smc(priors, parallel_distance(normal_model_distance, executor),
                 {.particles = 1000, .generations = 9, .quantile = 0.5, .seed = seed});
}

std::vector<double> column(const AbcSmcResult& r, std::size_t j) {
  std::vector<double> out;
  for (const auto& p : r.particles) out.push_back(p[j]);
  return out;
}

}  // namespace

TEST_CASE("ABC-SMC recovers the analytic posterior of a normal mean", "[calibration][stochastic]") {
  SerialExecutor serial;
  const auto r = normal_model_abc(serial, 42);
  REQUIRE(r.particles.size() == 1000);
  REQUIRE(r.generations.size() == 10);
  const auto theta = column(r, 0);
  const double mean = weighted_mean(theta, r.weights);
  const double sd = weighted_sd(theta, r.weights);
  const double s = std::sqrt(kPosteriorVar);
  INFO("posterior mean " << mean << " (analytic " << kPosteriorMean << "), sd " << sd << " (analytic " << s << "), final epsilon "
                         << r.generations.back().epsilon << ", " << r.evaluations << " simulations");
  CHECK(std::abs(mean - kPosteriorMean) < 0.15 * s);
  CHECK(sd == Approx(s).epsilon(0.12));
  // The 90% interval is close to the analytic one (m +- 1.645 s).
  CHECK(weighted_quantile(theta, r.weights, 0.05) == Approx(kPosteriorMean - 1.645 * s).margin(0.25 * s));
  CHECK(weighted_quantile(theta, r.weights, 0.95) == Approx(kPosteriorMean + 1.645 * s).margin(0.25 * s));
  // The tolerance schedule decreases, weights are normalised, the ESS is sensible.
  for (std::size_t g = 2; g < r.generations.size(); ++g) CHECK(r.generations[g].epsilon <= r.generations[g - 1].epsilon);
  double total = 0.0;
  for (double w : r.weights) total += w;
  CHECK(total == Approx(1.0));
  CHECK(r.generations.back().ess > 300.0);
  for (double d : r.distances) CHECK(d <= r.generations.back().epsilon);
  CHECK_THAT(r.stop_reason, Catch::Contains("completed 9 generations"));
}

TEST_CASE("ABC-SMC is deterministic for a seed and identical with 1 and 2 threads", "[calibration]") {
  SerialExecutor serial;
  TbbExecutor two(2);
  const std::vector<Prior> priors = {Prior::normal(-10.0, 10.0, 0.0, 2.0), Prior::uniform(0.0, 1.0)};
  // Two parameters, the second one unidentified (the distance ignores it).
  const auto f = [](const std::vector<double>& theta, std::uint64_t key) { return normal_model_distance({theta[0]}, key); };
  const AbcSmcOptions options{.particles = 200, .generations = 4, .seed = 7};
  const auto a = abc_smc(priors, parallel_distance(f, serial), options);
  const auto b = abc_smc(priors, parallel_distance(f, two), options);
  const auto c = abc_smc(priors, parallel_distance(f, serial), options);
  CHECK(a.particles == b.particles);
  CHECK(a.weights == b.weights);
  CHECK(a.distances == b.distances);
  CHECK(a.keys == b.keys);
  CHECK(a.evaluations == b.evaluations);
  CHECK(a.particles == c.particles);
  CHECK(a.weights == c.weights);
  auto other = options;
  other.seed = 8;
  CHECK(abc_smc(priors, parallel_distance(f, serial), other).particles != a.particles);
  // The unidentified parameter keeps (roughly) its prior spread; the identified one narrows.
  const double sd_free = weighted_sd(column(a, 1), a.weights);
  CHECK(sd_free > 0.6 * priors[1].distribution_sd());
  CHECK(weighted_sd(column(a, 0), a.weights) < 0.5 * priors[0].distribution_sd());
  // Keys are distinct: every simulation had its own randomness.
  std::vector<std::uint64_t> keys = a.keys;
  std::sort(keys.begin(), keys.end());
  CHECK(std::adjacent_find(keys.begin(), keys.end()) == keys.end());
}

TEST_CASE("ABC-SMC stops at its evaluation budget or at min_epsilon with the last complete generation", "[calibration]") {
  SerialExecutor serial;
  const std::vector<Prior> priors = {Prior::uniform(-10.0, 10.0)};
  std::size_t calls = 0;
  const BatchDistance counted = [&](const std::vector<AbcProposal>& batch) {
    calls += batch.size();
    std::vector<double> d;
    for (const auto& p : batch) d.push_back(normal_model_distance(p.theta, p.key));
    return d;
  };
  const auto r = abc_smc(priors, counted, {.particles = 100, .generations = 50, .max_evaluations = 900, .seed = 3});
  CHECK(r.evaluations <= 900);
  CHECK(calls == r.evaluations);
  CHECK(r.generations.size() < 51);
  CHECK(r.particles.size() == 100);
  CHECK_THAT(r.stop_reason, Catch::Contains("evaluation budget (900)"));
  // min_epsilon: the schedule stops there.
  const auto m = abc_smc(priors, counted, {.particles = 100, .generations = 50, .min_epsilon = 4.0, .seed = 3});
  CHECK(m.generations.back().epsilon == 4.0);
  CHECK_THAT(m.stop_reason, Catch::Contains("min_epsilon"));
  for (double d : m.distances) CHECK(d <= 4.0);
  CHECK_THROWS_AS(abc_smc(priors, counted, {.particles = 100, .max_evaluations = 50}), std::invalid_argument);
  CHECK_THROWS_AS(abc_smc({}, counted, {}), std::invalid_argument);
}
