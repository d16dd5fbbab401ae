// RandomStream: draws are pure functions of (seed, entity, week, purpose, sub), and the
// distributions have the moments they promise.
#include "sim/random.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <set>
#include <utility>
#include <vector>

using regiosim::sim::PoissonMean;
using regiosim::sim::RandomStream;
using regiosim::sim::replication_seed;

namespace {
std::vector<std::uint64_t> first(RandomStream s, int n) {
  std::vector<std::uint64_t> out;
  for (int i = 0; i < n; ++i) out.push_back(s());
  return out;
}
}  // namespace

TEST_CASE("A stream is a pure function of its key, whatever happened before", "[random]") {
  const auto a = first(RandomStream(42, 7, 3, 5), 20);
  // Draw from many other streams in between; then rebuild the same stream.
  for (int e = 0; e < 100; ++e) first(RandomStream(42, e, 3, 5), 3);
  const auto b = first(RandomStream(42, 7, 3, 5), 20);
  CHECK(a == b);
}

TEST_CASE("Changing any part of the key changes the stream", "[random]") {
  const auto base = first(RandomStream(42, 7, 3, 5, 0), 4);
  CHECK(first(RandomStream(43, 7, 3, 5, 0), 4) != base);
  CHECK(first(RandomStream(42, 8, 3, 5, 0), 4) != base);
  CHECK(first(RandomStream(42, 7, 4, 5, 0), 4) != base);
  CHECK(first(RandomStream(42, 7, 3, 6, 0), 4) != base);
  CHECK(first(RandomStream(42, 7, 3, 5, 1), 4) != base);
}

TEST_CASE("Replication seeds are deterministic and distinct", "[random]") {
  std::set<std::uint64_t> seeds;
  for (std::uint64_t r = 0; r < 1000; ++r) seeds.insert(replication_seed(20240601, r));
  CHECK(seeds.size() == 1000);
  CHECK(replication_seed(1, 5) == replication_seed(1, 5));
  CHECK(replication_seed(1, 5) != replication_seed(2, 5));
}

TEST_CASE("Uniform draws lie in (0, 1) with mean 1/2 and variance 1/12", "[random]") {
  RandomStream s(1, 2, 3, 4);
  const int n = 200000;
  double sum = 0.0, sum2 = 0.0;
  for (int i = 0; i < n; ++i) {
    const double u = s.uniform();
    REQUIRE(u > 0.0);
    REQUIRE(u < 1.0);
    sum += u;
    sum2 += u * u;
  }
  const double mean = sum / n;
  CHECK(mean == Approx(0.5).margin(0.005));
  CHECK(sum2 / n - mean * mean == Approx(1.0 / 12.0).margin(0.002));
}

TEST_CASE("Normal, Poisson, Bernoulli, beta and exponential draws have the right moments", "[random]") {
  RandomStream s(9, 9, 9, 9);
  const int n = 100000;
  double nsum = 0, nsum2 = 0, psum = 0, bsum = 0, besum = 0, esum = 0;
  for (int i = 0; i < n; ++i) {
    const double z = s.normal(2.0, 3.0);
    nsum += z;
    nsum2 += z * z;
    psum += static_cast<double>(s.poisson(4.5));
    bsum += s.bernoulli(0.3);
    besum += s.beta(2.0, 6.0);
    esum += s.exponential(7.0);
  }
  const double nmean = nsum / n;
  CHECK(nmean == Approx(2.0).margin(0.05));
  CHECK(std::sqrt(nsum2 / n - nmean * nmean) == Approx(3.0).margin(0.05));
  CHECK(psum / n == Approx(4.5).margin(0.05));
  CHECK(bsum / n == Approx(0.3).margin(0.01));
  CHECK(besum / n == Approx(0.25).margin(0.005));
  CHECK(esum / n == Approx(7.0).margin(0.15));
  CHECK(s.poisson(0.0) == 0);
}

TEST_CASE("A Poisson mean worked out once draws the same counts as the mean itself", "[random]") {
  // Means below, at and above the switch from inversion to PTRD, and the edge cases 0 and tiny.
  const std::vector<double> means = {0.0, 1e-9, 0.05, 0.37, 1.0, 2.5, 4.5, 9.999, 10.0, 25.0};
  std::int64_t draws = 0;
  std::int64_t total = 0;
  for (const double mean : means) {
    const PoissonMean cached(mean);
    CHECK(cached.mean() == mean);
    for (std::uint64_t entity = 0; entity < 5000; ++entity) {
      RandomStream a(3, entity, 7, 11);
      RandomStream b(3, entity, 7, 11);
      // Two draws per stream: the second shows the streams were left at the same place.
      for (int k = 0; k < 2; ++k) {
        const std::int64_t expected = a.poisson(mean);
        const std::int64_t got = b.poisson(cached);
        if (got != expected) FAIL("mean " << mean << ", entity " << entity << ": " << got << " != " << expected);
        total += got;
        ++draws;
      }
    }
  }
  CHECK(draws == 100000);
  CHECK(total > 0);
  RandomStream s(1, 2, 3, 4);
  CHECK(s.poisson(PoissonMean()) == 0);
  CHECK(s.poisson(PoissonMean(-1.0)) == 0);
}

TEST_CASE("Normal deviates follow the standard normal distribution, tails included", "[random]") {
  const auto phi = [](double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); };
  // Kolmogorov-Smirnov distance of sorted draws to the normal distribution function.
  const auto ks = [&](std::vector<double> z) {
    std::sort(z.begin(), z.end());
    const auto n = static_cast<double>(z.size());
    double d = 0.0;
    for (std::size_t i = 0; i < z.size(); ++i) {
      const double f = phi(z[i]);
      d = std::max({d, f - static_cast<double>(i) / n, static_cast<double>(i + 1) / n - f});
    }
    return d;
  };
  // The model mostly makes one normal deviate per fresh stream (an interview): the first draws of
  // 200,000 streams, and 200,000 draws of one stream. The 0.1% critical value is 1.95 / sqrt(n).
  const int n = 200000;
  const double critical = 1.95 / std::sqrt(double(n));
  std::vector<double> firsts, along;
  RandomStream one(5, 5, 5, 5);
  for (int i = 0; i < n; ++i) {
    firsts.push_back(RandomStream(3, static_cast<std::uint64_t>(i), 7, 11).normal());
    along.push_back(one.normal());
  }
  CHECK(ks(firsts) < critical);
  CHECK(ks(along) < critical);
  // The tails, where a ziggurat needs its slow path: shares beyond 3 and 4 standard deviations in
  // 2,000,000 draws, within 4 binomial standard errors.
  const int m = 2000000;
  int beyond3 = 0, beyond4 = 0;
  for (int i = 0; i < m; ++i) {
    const double z = std::abs(one.normal());
    beyond3 += z > 3.0;
    beyond4 += z > 4.0;
  }
  for (const auto& [count, x] : {std::pair{beyond3, 3.0}, std::pair{beyond4, 4.0}}) {
    const double p = 2.0 * phi(-x);
    const double se = std::sqrt(p * (1.0 - p) / m);
    CHECK(std::abs(count / double(m) - p) < 4.0 * se);
  }
  // Mean and scale are applied as given.
  RandomStream a(1, 2, 3, 4), b(1, 2, 3, 4);
  CHECK(a.normal(10.0, 2.5) == 10.0 + 2.5 * b.normal());
}

TEST_CASE("Trials until the first success are geometric: P(1) = p, mean 1/p, and the limits", "[random]") {
  RandomStream s(4, 4, 4, 4);
  const int n = 200000;
  for (const double p : {0.002, 0.05, 0.5}) {
    double sum = 0.0;
    int first = 0;
    std::int64_t lowest = std::numeric_limits<std::int64_t>::max();
    for (int i = 0; i < n; ++i) {
      const std::int64_t k = s.trials_until_success(p);
      sum += static_cast<double>(k);
      first += k == 1;
      lowest = std::min(lowest, k);
    }
    CHECK(lowest == 1);
    // Mean 1/p with sd sqrt(1 - p) / p: within 4 standard errors.
    CHECK(sum / n == Approx(1.0 / p).margin(4.0 * std::sqrt(1.0 - p) / p / std::sqrt(double(n))));
    CHECK(first / double(n) == Approx(p).margin(4.0 * std::sqrt(p * (1.0 - p) / n)));
  }
  CHECK(s.trials_until_success(1.0) == 1);
  CHECK(s.trials_until_success(0.0) == std::numeric_limits<std::int64_t>::max());
}

TEST_CASE("below(n) and categorical respect their ranges and weights", "[random]") {
  RandomStream s(5, 5, 5, 5);
  const std::array<double, 3> w = {0.2, 0.0, 0.8};
  std::array<int, 3> counts{};
  for (int i = 0; i < 50000; ++i) {
    REQUIRE(s.below(7) < 7);
    ++counts[s.categorical(w)];
  }
  CHECK(counts[1] == 0);
  CHECK(counts[0] / 50000.0 == Approx(0.2).margin(0.01));
  CHECK(counts[2] / 50000.0 == Approx(0.8).margin(0.01));
}
