// Yearly rates as weekly chances (the model's clock is a week of 1/52 year).
#pragma once

#include <cmath>

namespace regiosim::models {

inline constexpr double kWeeksPerYear = 52.0;

// Chance of at least one event in a week for an event rate per year (Poisson process).
inline double weekly_probability(double rate_per_year) { return 1.0 - std::exp(-rate_per_year / kWeeksPerYear); }

}  // namespace regiosim::models
