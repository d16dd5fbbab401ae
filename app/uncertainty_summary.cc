#include "app/uncertainty_summary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace regiosim::app {

namespace {

constexpr std::size_t kDrivers = 5;
constexpr std::size_t kBootstrap = 200;

std::string grouped(double x, bool sign) {
  const long long v = std::llround(x);
  std::string digits = std::to_string(std::llabs(v));
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (v < 0 ? "-" : (sign && v > 0 ? "+" : "")) + out;
}

// Shares and indices with three decimals, small numbers with three significant digits, large ones
// grouped by thousands (euros in millions from 1e6 on).
std::string number(double x, const std::string& unit, bool sign) {
  if (!std::isfinite(x)) return "n/a";
  char buf[64];
  if (unit == "share" || unit.starts_with("index")) {
    std::snprintf(buf, sizeof buf, sign ? "%+.3f" : "%.3f", x);
  } else if (unit == "EUR" && std::abs(x) >= 1e6) {
    std::snprintf(buf, sizeof buf, sign ? "%+.2f M" : "%.2f M", x / 1e6);
  } else if (std::abs(x) >= 1000.0) {
    return grouped(x, sign);
  } else if (x != 0.0 && std::abs(x) < 0.1) {
    std::snprintf(buf, sizeof buf, sign ? "%+.3g" : "%.3g", x);
  } else {
    std::snprintf(buf, sizeof buf, sign ? "%+.1f" : "%.1f", x);
  }
  return buf;
}

std::string range(double lo, double hi, const std::string& unit, bool sign) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) return "n/a";
  return number(lo, unit, sign) + " to " + number(hi, unit, sign);
}

std::string pad(const std::string& s, std::size_t width) {
  std::size_t len = 0;
  for (unsigned char c : s) len += (c & 0xC0) != 0x80;
  return len >= width ? s + " " : s + std::string(width - len, ' ');
}

std::string index_text(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

}  // namespace

const std::vector<std::string>& uncertainty_table_kpis() {
  static const std::vector<std::string> kpis = {
      "placements",          "placement_rate_26w",   "sustained_rate_52w",  "median_weeks_to_placement",
      "outflow_off_benefit", "dropouts",             "cost_instruments_eur", "cost_staff_eur",
      "benefit_paid_eur",    "cost_per_sustained_placement_eur", "employer_trust_mean"};
  return kpis;
}

sim::OutcomeSummary summarise_uncertainty(const output::UncertaintyRecord& u, std::size_t scenario, std::size_t kpi,
                                          bool difference) {
  const std::size_t D = u.draws();
  const auto R = static_cast<std::size_t>(u.replications);
  std::vector<double> values(D * R);
  for (std::size_t d = 0; d < D; ++d) {
    for (std::size_t r = 0; r < R; ++r) {
      const double v = u.kpi(d, scenario, r, kpi);
      values[d * R + r] = difference ? v - u.kpi(d, 0, r, kpi) : v;
    }
  }
  sim::Design x;
  x.dims = u.factor_keys.size();
  x.u = u.values;
  // The bootstrap's seed depends on the outcome, so that two outcomes do not share resamples by design.
  const std::uint64_t seed = u.seed * 1000003u + scenario * 1009u + kpi * 2u + (difference ? 1u : 0u);
  return sim::summarise_outcome(values, D, R, x, kDrivers, kBootstrap, seed);
}

void print_uncertainty_summary(const output::UncertaintyRecord& u, std::ostream& out) {
  const std::size_t D = u.draws();
  std::size_t from_posterior = 0;
  for (auto f : u.factor_from_posterior) from_posterior += f != 0;
  out << "Uncertainty over the assumptions: " << D << " draws of " << u.factor_keys.size()
      << " uncertain parameters (" << u.design << "), " << u.replications
      << " replications per draw and scenario, the same seeds in every draw and scenario";
  if (!u.held.empty()) out << "; " << u.held.size() << " uncertain parameters set by the scenarios are held";
  out << ".\n"
      << "central: median over the draws of the mean over replications. over draws: where 95% of those draw "
         "means lie (uncertainty in the assumptions, plus the randomness of a mean of "
      << u.replications << "). over replications: 95% interval of the mean of " << u.replications
      << " replications (the simulation's own randomness alone). drivers: the parameters that explain most of the "
         "variance over draws (first-order index, 95% bootstrap interval), named only above the noise floor: the "
         "largest index that 95% of shuffles of the outcome against the draws give, where nothing matters.\n";
  const std::size_t kw = 34, cw = 14, iw = 28;
  for (std::size_t s = 0; s < u.scenarios.size(); ++s) {
    const bool diff = s > 0;
    out << "\n" << (diff ? u.scenarios[s] + " minus " + u.scenarios[0] : u.scenarios[0]) << "\n"
        << pad("KPI", kw) << pad("central", cw) << pad("over draws", iw) << pad("over replications", iw)
        << (diff ? "same sign" : "") << "\n";
    for (const auto& name : uncertainty_table_kpis()) {
      const auto it = std::find(u.kpi_names.begin(), u.kpi_names.end(), name);
      if (it == u.kpi_names.end()) continue;
      const auto k = static_cast<std::size_t>(it - u.kpi_names.begin());
      const auto& unit = u.kpi_units[k];
      const auto sum = summarise_uncertainty(u, s, k, diff);
      out << pad(name, kw);
      if (sum.draws_used == 0) {
        out << "n/a (undefined in every draw)\n";
        continue;
      }
      out << pad(number(sum.central, unit, diff), cw) << pad(range(sum.draws_low, sum.draws_high, unit, diff), iw)
          << pad(range(sum.replications_low, sum.replications_high, unit, diff), iw);
      if (diff) out << sum.same_sign << " of " << sum.draws_used;
      out << "\n";
      if (!sum.drivers.empty()) {
        const auto clear = std::count_if(sum.drivers.begin(), sum.drivers.end(), [](const auto& d) { return d.clear; });
        if (clear == 0) {
          const auto& d = sum.drivers.front();
          out << "    drivers: none stands out from noise (noise floor " << index_text(sum.noise_floor) << "; largest "
              << u.factor_keys[d.factor] << " " << index_text(d.index) << ")\n";
        } else {
          out << "    drivers (noise floor " << index_text(sum.noise_floor) << "):";
          std::size_t shown = 0;
          for (const auto& d : sum.drivers) {
            if (!d.clear) continue;
            out << (shown++ ? ";" : "") << " " << u.factor_keys[d.factor] << " " << index_text(d.index) << " ("
                << index_text(d.low) << " to " << index_text(d.high) << ")";
          }
          out << "\n";
        }
      }
    }
  }
  if (from_posterior > 0) out << "\n" << from_posterior << " parameters were taken from a posterior sample.\n";
}

}  // namespace regiosim::app
