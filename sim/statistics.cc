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
