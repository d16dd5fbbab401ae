// Counter-based random numbers for reproducible parallel simulation.
//
// A RandomStream is a pure function of (seed, entity, week, purpose): its n-th draw is
// Philox4x64-10 (Random123) applied to the counter {entity, week<<32 | purpose, block, sub}
// under the key {seed, domain tag}. Nothing depends on the thread, the rank or on how many
// draws other agents made, so results are identical for any thread count, and two scenarios
// run with the same seed see the same numbers for the same agent and purpose (common random
// numbers).
//
//   sim::RandomStream rng(seed, seeker_id, week, kPurposeDropout);
//   if (rng.bernoulli(hazard)) { ... }
//
// The stream satisfies UniformRandomBitGenerator, so Boost.Random distributions accept it.
#pragma once

#include <Random123/philox.h>
#include <Random123/uniform.hpp>

#include <cstdint>
#include <span>

namespace regiosim::sim {

// A Poisson mean with the exponential that drawing by inversion needs (exp(-mean)) worked out once,
// for a mean that is drawn from week after week: RandomStream::poisson(const PoissonMean&) gives
// the same count as poisson(mean()) from the same stream, without an exponential per draw. The
// default is the mean 0.
class PoissonMean {
 public:
  PoissonMean() = default;
  explicit PoissonMean(double mean);
  double mean() const noexcept { return mean_; }
  double exp_minus_mean() const noexcept { return exp_minus_mean_; }
  // Boost.Random draws by inversion below this mean, and with PTRD at and above it.
  static constexpr double kInversionBelow = 10.0;

 private:
  double mean_ = 0.0;
  double exp_minus_mean_ = 1.0;
};

class RandomStream {
 public:
  using result_type = std::uint64_t;

  // `sub` separates streams that share (entity, week, purpose), e.g. one per vacancy a seeker
  // applies to.
  // (Inline: streams are made several times per agent and week.)
  RandomStream(std::uint64_t seed, std::uint64_t entity, std::uint32_t week, std::uint32_t purpose,
               std::uint64_t sub = 0) noexcept
      : ctr_{{entity, (std::uint64_t{week} << 32) | purpose, 0, sub}}, key_{{seed, kDomainTag}}, block_{} {}

  static constexpr result_type min() noexcept { return 0; }
  static constexpr result_type max() noexcept { return ~result_type{0}; }

  // Next 64 random bits.
  result_type operator()() noexcept {
    if (pos_ == 4) refill();
    return block_[pos_++];
  }

  // Uniform on the open interval (0, 1): never exactly 0 or 1.
  double uniform() noexcept { return r123::u01fixedpt<double>((*this)()); }
  // Uniform on (lo, hi).
  double uniform(double lo, double hi) noexcept { return lo + (hi - lo) * uniform(); }
  // True with probability p (p outside [0, 1] is clamped).
  bool bernoulli(double p) noexcept { return uniform() < p; }
  // Normal deviate (Boost.Random's ziggurat; almost always one 64-bit draw).
  double normal(double mean = 0.0, double sd = 1.0) noexcept;
  // Poisson count with the given mean (Boost.Random).
  std::int64_t poisson(double mean);
  // The same count as poisson(m.mean()).
  std::int64_t poisson(const PoissonMean& m);
  // Beta(a, b) deviate via two gamma deviates (Boost.Random).
  double beta(double a, double b);
  // Number of Bernoulli(p) trials up to and including the first success (>= 1; Boost.Random's
  // geometric distribution, which counts the failures before it, plus one). p >= 1 gives 1 and p <= 0
  // the largest int64 (never).
  std::int64_t trials_until_success(double p);
  // Exponential deviate with the given mean.
  double exponential(double mean) noexcept;
  // Uniform integer in [0, n); n must be > 0.
  std::uint64_t below(std::uint64_t n) noexcept;
  // Index drawn with probability proportional to weights (weights >= 0, not all 0).
  std::size_t categorical(std::span<const double> weights) noexcept;

 private:
  // Inline: a few million blocks per run of the default region, the engine's hottest function.
  void refill() noexcept {
    r123::Philox4x64 philox;
    block_ = philox(ctr_, key_);
    ++ctr_[2];
    pos_ = 0;
  }

  // Separates regiosim's streams from any other use of Philox with the same seed.
  static constexpr std::uint64_t kDomainTag = 0x72656769'6f73696dULL;  // "regiosim"

  r123::Philox4x64::ctr_type ctr_;
  r123::Philox4x64::key_type key_;
  r123::Philox4x64::ctr_type block_;
  unsigned pos_ = 4;
};

// Seed of replication `index` derived from a base seed; identical across scenarios so that
// baseline and variants share random numbers replication by replication.
std::uint64_t replication_seed(std::uint64_t base_seed, std::uint64_t index) noexcept;

}  // namespace regiosim::sim
