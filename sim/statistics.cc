#include "sim/statistics.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <array>
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

// Puts the order statistics at `positions` (ascending, distinct, all in [begin, end)) in place in
// values[begin, end): the middle one first, then the others within the part on their side.
void place_order_statistics(std::span<float> values, std::size_t begin, std::size_t end,
                            std::span<const std::size_t> positions) {
  if (positions.empty()) return;
  const std::size_t mid = positions.size() / 2;
  const std::size_t at = positions[mid];
  const auto first = values.begin();
  std::nth_element(first + static_cast<std::ptrdiff_t>(begin), first + static_cast<std::ptrdiff_t>(at),
                   first + static_cast<std::ptrdiff_t>(end));
  place_order_statistics(values, begin, at, positions.first(mid));
  place_order_statistics(values, at + 1, end, positions.subspan(mid + 1));
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
  place_order_statistics(values, 0, n, std::span<const std::size_t>(positions.data(), count));
  for (std::size_t k = 0; k < probabilities.size(); ++k) {
    const double pos = position(probabilities[k]);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const auto hi = std::min(n - 1, lo + 1);
    out[k] = values[lo] + (pos - static_cast<double>(lo)) * (values[hi] - values[lo]);
  }
}

}  // namespace regiosim::sim
