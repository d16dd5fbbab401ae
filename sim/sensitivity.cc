#include "sim/sensitivity.h"

#include "sim/random.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>
#include <utility>

namespace regiosim::sim {
namespace {

// Throws std::invalid_argument("<function>: outputs has N values, design has M rows") and the like.
void check_outputs(const char* function, std::span<const double> outputs, std::size_t rows) {
  if (outputs.size() != rows) {
    throw std::invalid_argument(std::string(function) + ": outputs has " + std::to_string(outputs.size()) +
                                " values, the design has " + std::to_string(rows) + " rows");
  }
  for (std::size_t r = 0; r < outputs.size(); ++r) {
    if (!std::isfinite(outputs[r])) {
      throw std::invalid_argument(std::string(function) + ": output of row " + std::to_string(r) +
                                  " is not finite (" + std::to_string(outputs[r]) + ")");
    }
  }
}

// Percentile p in [0, 1] of sorted values, linear interpolation between order statistics (Hyndman & Fan
// type 7, as R's and NumPy's default).
double percentile_sorted(const std::vector<double>& sorted, double p) {
  const double h = p * static_cast<double>(sorted.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

// First- and total-order estimates from the outputs of the base rows idx[0..N) (a bootstrap resample,
// or 0..N-1 for the point estimate). f points at the outputs in SaltelliDesign row layout.
class SobolEstimator {
 public:
  SobolEstimator(std::span<const double> f, std::size_t base, std::size_t dims)
      : f_(f), n_(base), k_(dims) {}

  // Fills first[i] and total[i] for i in [0, k).
  template <class Index>
  void estimate(Index idx, std::vector<double>& first, std::vector<double>& total) const {
    const double* fa = f_.data();
    const double* fb = f_.data() + n_;
    const double nd = static_cast<double>(n_);
    // V over the 2N values f_A and f_B; values are shifted by a reference value so that a constant
    // output gives exactly V = 0 (two-pass variance, divisor 2N).
    const double ref = fa[idx(0)];
    double sum = 0.0;
    for (std::size_t j = 0; j < n_; ++j) sum += (fa[idx(j)] - ref) + (fb[idx(j)] - ref);
    const double mean = sum / (2.0 * nd);
    double ss = 0.0;
    for (std::size_t j = 0; j < n_; ++j) {
      const double da = fa[idx(j)] - ref - mean;
      const double db = fb[idx(j)] - ref - mean;
      ss += da * da + db * db;
    }
    const double v = ss / (2.0 * nd);
    for (std::size_t i = 0; i < k_; ++i) {
      if (!(v > 0.0)) {
        first[i] = total[i] = 0.0;
        continue;
      }
      const double* fab = f_.data() + (2 + i) * n_;
      double s_first = 0.0;
      double s_total = 0.0;
      for (std::size_t j = 0; j < n_; ++j) {
        const std::size_t r = idx(j);
        // Saltelli et al. (2010), table 2 (b): V_i ~ mean f(B) (f(A_B^i) - f(A)), with f(B) centred
        // on the sample mean: the expectation is unchanged (E f(A_B^i) = E f(A)) but the estimator's
        // variance no longer grows with the output's mean (a KPI like placements ~ 5000 +- 100).
        s_first += (fb[r] - ref - mean) * (fab[r] - fa[r]);
        // Jansen (1999); Saltelli et al. (2010), table 2 (f): V_Ti ~ mean (f(A) - f(A_B^i))^2 / 2.
        const double d = fa[r] - fab[r];
        s_total += d * d;
      }
      first[i] = s_first / nd / v;
      total[i] = s_total / nd / (2.0 * v);
    }
  }

 private:
  std::span<const double> f_;
  std::size_t n_;
  std::size_t k_;
};

}  // namespace

SaltelliDesign saltelli_design(std::size_t base, std::size_t dims) {
  if (base == 0) throw std::invalid_argument("saltelli_design: base must be >= 1, got 0");
  if (dims == 0 || 2 * dims > kSobolMaxDims) {
    throw std::invalid_argument("saltelli_design: dims must be in [1, " + std::to_string(kSobolMaxDims / 2) +
                                "], got " + std::to_string(dims));
  }
  // Boost's Sobol sequence starts after the origin, so nothing is skipped here.
  const Design ab = sobol_points(base, 2 * dims, 0);
  SaltelliDesign s;
  s.base = base;
  s.dims = dims;
  s.points.dims = dims;
  s.points.u.resize(base * (dims + 2) * dims);
  auto row = [&](std::size_t r) { return s.points.u.begin() + static_cast<std::ptrdiff_t>(r * dims); };
  for (std::size_t j = 0; j < base; ++j) {
    const auto src = ab.u.begin() + static_cast<std::ptrdiff_t>(j * 2 * dims);
    const auto a = src;
    const auto b = src + static_cast<std::ptrdiff_t>(dims);
    std::copy(a, b, row(j));                                         // A
    std::copy(b, b + static_cast<std::ptrdiff_t>(dims), row(base + j));  // B
    for (std::size_t i = 0; i < dims; ++i) {                         // AB_i: A with column i from B
      const auto out = row((2 + i) * base + j);
      std::copy(a, b, out);
      out[static_cast<std::ptrdiff_t>(i)] = b[static_cast<std::ptrdiff_t>(i)];
    }
  }
  return s;
}

std::vector<SobolIndex> sobol_indices(const SaltelliDesign& design, std::span<const double> outputs,
                                      std::size_t bootstrap, std::uint64_t seed, double level) {
  const std::size_t n = design.base;
  const std::size_t k = design.dims;
  if (n == 0 || k == 0 || design.points.dims != k || design.points.u.size() != n * (k + 2) * k) {
    throw std::invalid_argument("sobol_indices: inconsistent design (base " + std::to_string(n) + ", dims " +
                                std::to_string(k) + ", " + std::to_string(design.points.rows()) +
                                " rows); make it with saltelli_design");
  }
  check_outputs("sobol_indices", outputs, design.points.rows());
  if (!(level > 0.0 && level < 1.0)) {
    throw std::invalid_argument("sobol_indices: level must be in (0, 1), got " + std::to_string(level));
  }

  const SobolEstimator est(outputs, n, k);
  std::vector<double> first(k), total(k);
  est.estimate([](std::size_t j) { return j; }, first, total);
  std::vector<SobolIndex> result(k);
  for (std::size_t i = 0; i < k; ++i) {
    result[i].first = first[i];
    result[i].total = total[i];
  }

  if (bootstrap == 0) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (auto& s : result) s.first_low = s.first_high = s.total_low = s.total_high = nan;
    return result;
  }
  // Percentile bootstrap over the base rows; resample b draws from its own stream, so results do not
  // depend on the order in which resamples are computed.
  std::vector<std::vector<double>> boot_first(k, std::vector<double>(bootstrap));
  std::vector<std::vector<double>> boot_total(k, std::vector<double>(bootstrap));
  std::vector<std::size_t> idx(n);
  for (std::size_t b = 0; b < bootstrap; ++b) {
    RandomStream rng(seed, b, 0, kPurposeSobolBootstrap);
    for (auto& j : idx) j = static_cast<std::size_t>(rng.below(n));
    est.estimate([&idx](std::size_t j) { return idx[j]; }, first, total);
    for (std::size_t i = 0; i < k; ++i) {
      boot_first[i][b] = first[i];
      boot_total[i][b] = total[i];
    }
  }
  const double lo = (1.0 - level) / 2.0;
  const double hi = 1.0 - lo;
  for (std::size_t i = 0; i < k; ++i) {
    std::sort(boot_first[i].begin(), boot_first[i].end());
    std::sort(boot_total[i].begin(), boot_total[i].end());
    result[i].first_low = percentile_sorted(boot_first[i], lo);
    result[i].first_high = percentile_sorted(boot_first[i], hi);
    result[i].total_low = percentile_sorted(boot_total[i], lo);
    result[i].total_high = percentile_sorted(boot_total[i], hi);
  }
  return result;
}

MorrisDesign morris_design(std::size_t trajectories, std::size_t dims, std::size_t levels, std::uint64_t seed) {
  if (trajectories == 0) throw std::invalid_argument("morris_design: trajectories must be >= 1, got 0");
  if (dims == 0) throw std::invalid_argument("morris_design: dims must be >= 1, got 0");
  if (dims > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    throw std::invalid_argument("morris_design: dims too large, got " + std::to_string(dims));
  }
  if (levels < 2 || levels % 2 != 0) {
    throw std::invalid_argument("morris_design: levels must be even and >= 2, got " + std::to_string(levels));
  }
  const std::size_t half = levels / 2;  // delta in grid steps: delta = half / (p - 1)
  const double step = static_cast<double>(levels - 1);
  MorrisDesign m;
  m.trajectories = trajectories;
  m.dims = dims;
  m.levels = levels;
  m.delta = static_cast<double>(levels) / (2.0 * step);
  m.points.dims = dims;
  m.points.u.reserve(trajectories * (dims + 1) * dims);
  m.changed.reserve(trajectories * (dims + 1));

  std::vector<std::size_t> level(dims);  // current grid level of each factor
  std::vector<bool> up(dims);
  std::vector<std::size_t> order(dims);
  auto emit = [&](int changed) {
    for (std::size_t i = 0; i < dims; ++i) m.points.u.push_back(static_cast<double>(level[i]) / step);
    m.changed.push_back(changed);
  };
  for (std::size_t t = 0; t < trajectories; ++t) {
    RandomStream rng(seed, t, 0, kPurposeMorrisDesign);
    // Morris (1991) B*: base value x* on the levels {0, ..., p/2 - 1} (so x* + delta <= 1), and per factor
    // a direction (D*): up starts at x*_i and moves to x*_i + delta, down starts at x*_i + delta.
    for (std::size_t i = 0; i < dims; ++i) {
      const auto base = static_cast<std::size_t>(rng.below(half));
      up[i] = rng.below(2) == 0;
      level[i] = up[i] ? base : base + half;
    }
    // Random order in which the factors change (P*): Fisher-Yates shuffle.
    std::iota(order.begin(), order.end(), std::size_t{0});
    for (std::size_t i = dims; i > 1; --i) std::swap(order[i - 1], order[static_cast<std::size_t>(rng.below(i))]);
    emit(-1);
    for (const std::size_t c : order) {
      level[c] = up[c] ? level[c] + half : level[c] - half;
      emit(static_cast<int>(c));
    }
  }
  return m;
}

std::vector<MorrisIndex> morris_indices(const MorrisDesign& design, std::span<const double> outputs) {
  const std::size_t k = design.dims;
  const std::size_t rows = design.points.rows();
  if (k == 0 || design.points.dims != k || design.points.u.size() != rows * k || design.changed.size() != rows) {
    throw std::invalid_argument("morris_indices: inconsistent design (dims " + std::to_string(k) + ", " +
                                std::to_string(rows) + " rows, " + std::to_string(design.changed.size()) +
                                " changed entries); make it with morris_design");
  }
  check_outputs("morris_indices", outputs, rows);

  // Elementary effects per factor (Morris 1991).
  std::vector<std::vector<double>> effects(k);
  for (std::size_t r = 0; r < rows; ++r) {
    const int c = design.changed[r];
    if (c < 0) continue;
    const auto i = static_cast<std::size_t>(c);
    if (r == 0 || i >= k) {
      throw std::invalid_argument("morris_indices: row " + std::to_string(r) + " names factor " +
                                  std::to_string(c) + " as changed; expected -1 on row 0 and factors in [0, " +
                                  std::to_string(k) + ")");
    }
    const double dx = design.points.at(r, i) - design.points.at(r - 1, i);
    if (dx == 0.0) {
      throw std::invalid_argument("morris_indices: row " + std::to_string(r) + " names factor " +
                                  std::to_string(c) + " as changed, but it did not change");
    }
    effects[i].push_back((outputs[r] - outputs[r - 1]) / dx);
  }

  std::vector<MorrisIndex> result(k);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (std::size_t i = 0; i < k; ++i) {
    const auto& e = effects[i];
    if (e.empty()) {
      result[i] = MorrisIndex{nan, nan, nan};
      continue;
    }
    const double n = static_cast<double>(e.size());
    double sum = 0.0;
    double sum_abs = 0.0;
    for (double x : e) {
      sum += x;
      sum_abs += std::abs(x);
    }
    result[i].mu = sum / n;
    result[i].mu_star = sum_abs / n;  // Campolongo et al. (2007)
    if (e.size() < 2) {
      result[i].sigma = nan;
    } else {
      double ss = 0.0;
      for (double x : e) ss += (x - result[i].mu) * (x - result[i].mu);
      result[i].sigma = std::sqrt(ss / (n - 1.0));
    }
  }
  return result;
}

namespace {

// The correlation ratio's bias-corrected estimate for one factor, with rows weighted by `count`
// (a bootstrap resample: how often each original row was drawn; all ones for the sample itself).
double given_data_index(const std::vector<std::size_t>& cls, std::size_t classes, std::span<const double> y,
                        const std::vector<std::uint32_t>& count, std::vector<double>& sum, std::vector<double>& n_in) {
  std::fill(sum.begin(), sum.end(), 0.0);
  std::fill(n_in.begin(), n_in.end(), 0.0);
  double total = 0.0, n = 0.0;
  for (std::size_t r = 0; r < y.size(); ++r) {
    const double c = count[r];
    if (c == 0) continue;
    sum[cls[r]] += c * y[r];
    n_in[cls[r]] += c;
    total += c * y[r];
    n += c;
  }
  const double mean = total / n;
  double ss = 0.0;
  for (std::size_t r = 0; r < y.size(); ++r) {
    if (count[r] == 0) continue;
    const double d = y[r] - mean;
    ss += count[r] * d * d;
  }
  if (!(ss > 0.0)) return 0.0;
  double between = 0.0;
  std::size_t used = 0;
  for (std::size_t c = 0; c < classes; ++c) {
    if (n_in[c] == 0) continue;
    ++used;
    const double d = sum[c] / n_in[c] - mean;
    between += n_in[c] * d * d;
  }
  const double eta2 = between / ss;
  if (n <= static_cast<double>(used)) return eta2;
  return 1.0 - (1.0 - eta2) * (n - 1.0) / (n - static_cast<double>(used));
}

}  // namespace

namespace {

// The class of each row per factor for the given-data estimator: by rank (ties broken by row),
// rank * classes / n. classes == 0 chooses round(sqrt(n) / 2) within [2, 32] (and is set to it).
std::vector<std::vector<std::size_t>> given_data_classes(const Design& x, std::size_t& classes) {
  const std::size_t n = x.rows();
  const std::size_t k = x.dims;
  if (classes == 0) {
    classes = static_cast<std::size_t>(std::clamp(std::round(std::sqrt(static_cast<double>(n)) / 2.0), 2.0, 32.0));
  }
  if (n < 2 * classes + 2) {
    throw std::invalid_argument("first_order_given_data: " + std::to_string(n) + " rows are too few for " +
                                std::to_string(classes) + " classes");
  }
  std::vector<std::vector<std::size_t>> cls(k, std::vector<std::size_t>(n));
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < k; ++i) {
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x.at(a, i) < x.at(b, i); });
    for (std::size_t rank = 0; rank < n; ++rank) cls[i][order[rank]] = rank * classes / n;
  }
  return cls;
}

}  // namespace

double given_data_noise_floor(const Design& x, std::span<const double> outputs, std::size_t classes,
                              std::size_t permutations, std::uint64_t seed, double level) {
  const std::size_t n = x.rows();
  check_outputs("given_data_noise_floor", outputs, n);
  if (!(level > 0.0 && level < 1.0)) {
    throw std::invalid_argument("given_data_noise_floor: level must be in (0, 1), got " + std::to_string(level));
  }
  if (permutations == 0) throw std::invalid_argument("given_data_noise_floor: needs at least one permutation");
  const auto cls = given_data_classes(x, classes);
  std::vector<double> sum(classes), n_in(classes);
  const std::vector<std::uint32_t> count(n, 1);
  std::vector<double> shuffled(outputs.begin(), outputs.end());
  std::vector<double> largest(permutations);
  for (std::size_t p = 0; p < permutations; ++p) {
    RandomStream rng(seed, p, 0, kPurposeGivenDataPermutation);
    std::copy(outputs.begin(), outputs.end(), shuffled.begin());
    for (std::size_t i = n - 1; i > 0; --i) std::swap(shuffled[i], shuffled[static_cast<std::size_t>(rng.below(i + 1))]);
    double top = -std::numeric_limits<double>::infinity();
    for (const auto& c : cls) top = std::max(top, given_data_index(c, classes, shuffled, count, sum, n_in));
    largest[p] = top;
  }
  std::sort(largest.begin(), largest.end());
  return percentile_sorted(largest, level);
}

std::vector<FirstOrderIndex> first_order_given_data(const Design& x, std::span<const double> outputs,
                                                    std::size_t classes, std::size_t bootstrap, std::uint64_t seed,
                                                    std::span<const std::size_t> with_interval, double level) {
  const std::size_t n = x.rows();
  const std::size_t k = x.dims;
  check_outputs("first_order_given_data", outputs, n);
  if (!(level > 0.0 && level < 1.0)) {
    throw std::invalid_argument("first_order_given_data: level must be in (0, 1), got " + std::to_string(level));
  }
  const auto cls = given_data_classes(x, classes);
  std::vector<double> sum(classes), n_in(classes);
  std::vector<std::uint32_t> count(n, 1);
  std::vector<FirstOrderIndex> result(k);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (std::size_t i = 0; i < k; ++i) {
    result[i].index = given_data_index(cls[i], classes, outputs, count, sum, n_in);
    result[i].low = result[i].high = nan;
  }
  if (bootstrap == 0) return result;
  std::vector<std::size_t> chosen;
  if (with_interval.empty()) {
    chosen.resize(k);
    std::iota(chosen.begin(), chosen.end(), std::size_t{0});
  } else {
    for (std::size_t i : with_interval) {
      if (i >= k) throw std::invalid_argument("first_order_given_data: factor " + std::to_string(i) + " out of range");
      chosen.push_back(i);
    }
  }
  std::vector<std::vector<double>> boot(chosen.size(), std::vector<double>(bootstrap));
  for (std::size_t b = 0; b < bootstrap; ++b) {
    RandomStream rng(seed, b, 0, kPurposeGivenDataBootstrap);
    std::fill(count.begin(), count.end(), 0u);
    for (std::size_t j = 0; j < n; ++j) ++count[static_cast<std::size_t>(rng.below(n))];
    for (std::size_t c = 0; c < chosen.size(); ++c) {
      boot[c][b] = given_data_index(cls[chosen[c]], classes, outputs, count, sum, n_in);
    }
  }
  const double lo = (1.0 - level) / 2.0;
  for (std::size_t c = 0; c < chosen.size(); ++c) {
    // A resample repeats rows, which makes classes look more different than they are: the bootstrap
    // distribution sits above the estimate. Its percentile interval is moved by that bias (the mean
    // of the resamples minus the estimate).
    double mean = 0.0;
    for (double v : boot[c]) mean += v;
    const double bias = mean / static_cast<double>(bootstrap) - result[chosen[c]].index;
    std::sort(boot[c].begin(), boot[c].end());
    result[chosen[c]].low = percentile_sorted(boot[c], lo) - bias;
    result[chosen[c]].high = percentile_sorted(boot[c], 1.0 - lo) - bias;
  }
  return result;
}

}  // namespace regiosim::sim
