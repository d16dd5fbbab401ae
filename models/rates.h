// Yearly rates as weekly chances (the model's clock is a week of 1/52 year).
#pragma once

#include <cmath>

namespace regiosim::models {

inline constexpr double kWeeksPerYear = 52.0;
// A scale definition, not behaviour: months in a year.
inline constexpr double kMonthsPerYear = 12.0;

// Numerical guard, not behaviour: added before a floor (subtracted before a ceil) of a ratio of
// parameters that is meant to be whole, so that 39.999999999 people or hours count as 40.
inline constexpr double kRoundingGuard = 1e-9;

// Chance of at least one event in a week for an event rate per year (Poisson process).
inline double weekly_probability(double rate_per_year) { return 1.0 - std::exp(-rate_per_year / kWeeksPerYear); }

}  // namespace regiosim::models
