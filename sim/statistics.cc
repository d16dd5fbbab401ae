#include "sim/statistics.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

namespace regiosim::sim {

Interval mean_interval(std::span<const double> values, double level) {
  std::vector<double> v;
  v.reserve(values.size());
  for (double x : values) {
    if (std::isfinite(x)) v.push_back(x);
  }
  Interval r;
  r.n = static_cast<int>(v.size());
  const double nan = std::numeric_limits<double>::quiet_NaN();
  if (v.empty()) return Interval{nan, nan, nan, 0};
  double sum = 0.0;
  for (double x : v) sum += x;
  r.mean = sum / static_cast<double>(v.size());
  if (v.size() < 2) {
    r.low = r.high = nan;
    return r;
  }
  double ss = 0.0;
  for (double x : v) ss += (x - r.mean) * (x - r.mean);
  const double sd = std::sqrt(ss / static_cast<double>(v.size() - 1));
  const boost::math::students_t t(static_cast<double>(v.size() - 1));
  const double q = boost::math::quantile(boost::math::complement(t, (1.0 - level) / 2.0));
  const double half = q * sd / std::sqrt(static_cast<double>(v.size()));
  r.low = r.mean - half;
  r.high = r.mean + half;
  return r;
}

Interval paired_difference(std::span<const double> a, std::span<const double> b, double level) {
  if (a.size() != b.size()) throw std::invalid_argument("paired_difference: unequal lengths");
  std::vector<double> d;
  d.reserve(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::isfinite(a[i]) && std::isfinite(b[i])) d.push_back(b[i] - a[i]);
  }
  return mean_interval(d, level);
}

Interval unpaired_difference(std::span<const double> a, std::span<const double> b, double level) {
  const auto finite = [](std::span<const double> x) {
    std::vector<double> v;
    for (double e : x) {
      if (std::isfinite(e)) v.push_back(e);
    }
    return v;
  };
  const auto va = finite(a);
  const auto vb = finite(b);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const auto moments = [](const std::vector<double>& v) {
    double m = 0.0;
    for (double x : v) m += x;
    m /= static_cast<double>(v.size());
    double ss = 0.0;
    for (double x : v) ss += (x - m) * (x - m);
    return std::pair{m, ss / static_cast<double>(v.size() - 1)};
  };
  Interval r;
  r.n = static_cast<int>(std::min(va.size(), vb.size()));
  if (va.empty() || vb.empty()) return Interval{nan, nan, nan, r.n};
  if (va.size() < 2 || vb.size() < 2) {
    double ma = 0.0, mb = 0.0;
    for (double x : va) ma += x;
    for (double x : vb) mb += x;
    return Interval{mb / static_cast<double>(vb.size()) - ma / static_cast<double>(va.size()), nan, nan, r.n};
  }
  const auto [ma, var_a] = moments(va);
  const auto [mb, var_b] = moments(vb);
  const double sa = var_a / static_cast<double>(va.size());
  const double sb = var_b / static_cast<double>(vb.size());
  r.mean = mb - ma;
  const double se = std::sqrt(sa + sb);
  if (!(se > 0.0)) {
    r.low = r.high = r.mean;
    return r;
  }
  const double df = (sa + sb) * (sa + sb) /
                    (sa * sa / static_cast<double>(va.size() - 1) + sb * sb / static_cast<double>(vb.size() - 1));
  const boost::math::students_t t(df);
  const double q = boost::math::quantile(boost::math::complement(t, (1.0 - level) / 2.0));
  r.low = r.mean - q * se;
  r.high = r.mean + q * se;
  return r;
}

double median(std::span<const double> values) {
  if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
  std::vector<double> v(values.begin(), values.end());
  const std::size_t mid = v.size() / 2;
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
  if (v.size() % 2 == 1) return v[mid];
  const double upper = v[mid];
  const double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
  return (lower + upper) / 2.0;
}

namespace {

// The order statistics at `positions` (ascending, distinct) of the values, written to `stats`:
// the values are counted into equal-width buckets between the least and the greatest (a monotone
// map, so a bucket holds a range of ranks), the buckets holding a wanted rank are moved to the
// front and only they are sorted. Three passes over the values instead of a selection per rank.
void order_statistics(std::span<float> values, std::span<const std::size_t> positions, std::span<float> stats) {
  const std::size_t n = values.size();
  const auto [least, greatest] = std::minmax_element(values.begin(), values.end());
  const double low = *least;
  const double high = *greatest;
  if (!(low < high)) {  // all equal
    std::fill(stats.begin(), stats.end(), *least);
    return;
  }
  const std::size_t n_buckets = std::clamp<std::size_t>(n / 16, 64, 4096);
  const double scale = static_cast<double>(n_buckets) / (high - low);
  const auto bucket = [&](float x) {
    return std::min(n_buckets - 1, static_cast<std::size_t>((static_cast<double>(x) - low) * scale));
  };
  std::vector<std::uint32_t> start(n_buckets + 1, 0);
  for (const float x : values) ++start[bucket(x) + 1];
  for (std::size_t b = 0; b < n_buckets; ++b) start[b + 1] += start[b];
  // The bucket of each wanted rank; the wanted buckets, ascending, with where each begins at the front.
  std::array<std::size_t, 2 * kMaxQuantiles> of{};
  std::vector<std::uint8_t> wanted(n_buckets, 0);
  for (std::size_t k = 0; k < positions.size(); ++k) {
    of[k] = static_cast<std::size_t>(std::upper_bound(start.begin(), start.end(), positions[k]) - start.begin()) - 1;
    wanted[of[k]] = 1;
  }
  const auto front_end = std::partition(values.begin(), values.end(), [&](float x) { return wanted[bucket(x)] != 0; });
  std::sort(values.begin(), front_end);
  // Rank r in wanted bucket b sits at (the wanted buckets' sizes below b) + (r - start[b]).
  std::size_t below = 0, previous = n_buckets;
  for (std::size_t k = 0; k < positions.size(); ++k) {
    if (of[k] != previous) {
      if (previous != n_buckets) below += start[previous + 1] - start[previous];
      previous = of[k];
    }
    stats[k] = values[below + (positions[k] - start[of[k]])];
  }
}

}  // namespace

void quantiles_in_place(std::span<float> values, std::span<const double> probabilities, std::span<double> out) {
  if (probabilities.size() > kMaxQuantiles || out.size() != probabilities.size()) {
    throw std::invalid_argument("quantiles_in_place: at most kMaxQuantiles probabilities, one output each");
  }
  const std::size_t n = values.size();
  if (n == 0) {
    std::fill(out.begin(), out.end(), std::numeric_limits<double>::quiet_NaN());
    return;
  }
  const auto position = [&](double p) {
    if (!(p >= 0.0 && p <= 1.0)) throw std::invalid_argument("quantiles_in_place: a probability outside [0, 1]");
    return p * static_cast<double>(n - 1);
  };
  std::array<std::size_t, 2 * kMaxQuantiles> positions{};
  std::size_t count = 0;
  for (const double p : probabilities) {
    const auto lo = static_cast<std::size_t>(std::floor(position(p)));
    positions[count++] = lo;
    positions[count++] = std::min(n - 1, lo + 1);
  }
  std::sort(positions.begin(), positions.begin() + static_cast<std::ptrdiff_t>(count));
  count = static_cast<std::size_t>(std::unique(positions.begin(), positions.begin() + static_cast<std::ptrdiff_t>(count)) -
                                   positions.begin());
  const std::span<const std::size_t> wanted(positions.data(), count);
  std::array<float, 2 * kMaxQuantiles> stats{};
  order_statistics(values, wanted, std::span<float>(stats.data(), count));
  const auto at = [&](std::size_t rank) { return stats[static_cast<std::size_t>(std::lower_bound(wanted.begin(), wanted.end(), rank) - wanted.begin())]; };
  for (std::size_t k = 0; k < probabilities.size(); ++k) {
    const double pos = position(probabilities[k]);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const auto hi = std::min(n - 1, lo + 1);
    out[k] = at(lo) + (pos - static_cast<double>(lo)) * (at(hi) - at(lo));
  }
}

}  // namespace regiosim::sim
