#include "sim/random.h"

#include <Random123/uniform.hpp>
#include <boost/random/gamma_distribution.hpp>
#include <boost/random/normal_distribution.hpp>
#include <boost/random/geometric_distribution.hpp>
#include <boost/random/poisson_distribution.hpp>
#include <boost/random/uniform_01.hpp>

#include <limits>

#include <cmath>

namespace regiosim::sim {
namespace {
constexpr std::uint64_t kReplicationEntity = ~std::uint64_t{0};
}  // namespace

double RandomStream::normal(double mean, double sd) noexcept {
  // Boost's ziggurat: one 64-bit draw for almost every deviate (a table look-up and a multiply),
  // where Box-Muller took two draws and a log, a square root, a sine and a cosine per pair. Most
  // streams here give a single normal deviate (one per application's interview), so the pair's
  // second value was mostly thrown away.
  return mean + sd * boost::random::normal_distribution<double>()(*this);
}

std::int64_t RandomStream::poisson(double mean) {
  if (!(mean > 0.0)) return 0;
  boost::random::poisson_distribution<std::int64_t, double> dist(mean);
  return dist(*this);
}

PoissonMean::PoissonMean(double mean) : mean_(mean), exp_minus_mean_(mean < kInversionBelow ? std::exp(-mean) : 0.0) {}

std::int64_t RandomStream::poisson(const PoissonMean& m) {
  const double mean = m.mean();
  if (!(mean > 0.0)) return 0;
  if (!(mean < PoissonMean::kInversionBelow)) return poisson(mean);
  // Boost.Random's inversion (poisson_distribution::invert) with its exp(-mean) given: walk up the
  // cumulative distribution until it passes one uniform deviate.
  double p = m.exp_minus_mean();
  std::int64_t x = 0;
  double u = boost::random::uniform_01<double>()(*this);
  while (u > p) {
    u = u - p;
    ++x;
    p = mean * p / static_cast<double>(x);
  }
  return x;
}

double RandomStream::beta(double a, double b) {
  boost::random::gamma_distribution<double> ga(a, 1.0);
  boost::random::gamma_distribution<double> gb(b, 1.0);
  const double x = ga(*this);
  const double y = gb(*this);
  return x / (x + y);
}

std::int64_t RandomStream::trials_until_success(double p) {
  if (!(p > 0.0)) return std::numeric_limits<std::int64_t>::max();
  if (p >= 1.0) return 1;
  boost::random::geometric_distribution<std::int64_t, double> dist(p);
  return dist(*this) + 1;
}

double RandomStream::exponential(double mean) noexcept { return -mean * std::log(uniform()); }

std::uint64_t RandomStream::below(std::uint64_t n) noexcept {
  // Lemire's multiply-shift; the tiny bias (< n / 2^64) is irrelevant at model sizes.
  __extension__ using u128 = unsigned __int128;
  return static_cast<std::uint64_t>((static_cast<u128>((*this)()) * n) >> 64);
}

std::size_t RandomStream::categorical(std::span<const double> weights) noexcept {
  double total = 0.0;
  for (double w : weights) total += w;
  double u = uniform() * total;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (u < weights[i]) return i;
    u -= weights[i];
  }
  // Rounding left u just above the last bucket: return the last index with positive weight.
  for (std::size_t i = weights.size(); i-- > 0;) {
    if (weights[i] > 0.0) return i;
  }
  return 0;
}

std::uint64_t replication_seed(std::uint64_t base_seed, std::uint64_t index) noexcept {
  RandomStream s(base_seed, kReplicationEntity, 0, static_cast<std::uint32_t>(index));
  return s();
}

}  // namespace regiosim::sim
