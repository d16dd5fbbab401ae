#include "sim/statistics.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
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

}  // namespace regiosim::sim
