// Summary statistics over replications: means with Student-t confidence intervals, and paired
// differences (variant minus baseline, replication by replication, which share random numbers).
#pragma once

#include <cstddef>
#include <span>

namespace regiosim::sim {

struct Interval {
  double mean = 0.0;
  double low = 0.0;   // NaN when fewer than two finite values
  double high = 0.0;
  int n = 0;          // number of finite values used
};

// Mean and two-sided confidence interval (t distribution) of the finite values.
Interval mean_interval(std::span<const double> values, double level = 0.95);

// Interval of b[i] - a[i] over pairs where both are finite; a and b must have equal length.
Interval paired_difference(std::span<const double> a, std::span<const double> b, double level = 0.95);

// Interval of mean(b) - mean(a) treating a and b as independent samples (Welch's t interval with
// Welch-Satterthwaite degrees of freedom): what a comparison without common random numbers gives.
Interval unpaired_difference(std::span<const double> a, std::span<const double> b, double level = 0.95);

// Median of the values (NaN when empty); the input is copied.
double median(std::span<const double> values);

// Quantiles of the values at the given probabilities (each in [0, 1], at most
// kMaxQuantiles of them), interpolated linearly between the order statistics at
// floor(p (n - 1)) and the one above (R's type 7), written to `out`. The values (none NaN) are
// reordered in place, not copied. NaN for every probability when there are no values.
inline constexpr std::size_t kMaxQuantiles = 8;
void quantiles_in_place(std::span<float> values, std::span<const double> probabilities, std::span<double> out);

}  // namespace regiosim::sim
