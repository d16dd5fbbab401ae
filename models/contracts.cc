#include "models/contracts.h"

#include <algorithm>
#include <cmath>

namespace regiosim::models {

namespace {

// A numerical guard, not behaviour: a sector without any demand (factor 0) keeps a finite log.
constexpr double kMinDemand = 1e-9;

// The chance p moved by a log odds shift: logistic(logit(p) + shift), exact at p = 0 and p = 1.
double shifted(double p, double log_odds) {
  if (p <= 0.0) return 0.0;
  if (p >= 1.0) return 1.0;
  return p / (p + (1.0 - p) * std::exp(-log_odds));
}

}  // namespace

int draw_contract_weeks(const ModelParams& p, sim::RandomStream& rng) {
  const auto& c = p.contracts;
  return static_cast<int>(rng.bernoulli(c.long_share) ? c.long_weeks : c.short_weeks);
}

double keep_log_odds(const ContractReview& r, const ModelParams& p) {
  const auto& c = p.contracts;
  double shift = c.performance_slope * (static_cast<double>(r.quality) - p.employment.match_reference);
  shift += c.demand_elasticity * std::log(std::max(r.sector_demand, kMinDemand));
  if (r.coaching) shift += std::log(c.coaching_odds_ratio);
  return shift;
}

ContractChances contract_chances(const ContractReview& r, const ModelParams& p) {
  const auto& c = p.contracts;
  const double shift = keep_log_odds(r, p);
  const double keep_at_reference = c.conversion_share + (1.0 - c.conversion_share) * c.renewal_share;
  return ContractChances{.convert = shifted(c.conversion_share, shift), .keep = shifted(keep_at_reference, shift)};
}

int chain_weeks_left(const ContractReview& r, const ModelParams& p) {
  const auto& c = p.contracts;
  if (r.contracts >= c.chain_max_contracts) return 0;
  return std::max(0, static_cast<int>(c.chain_max_weeks) - r.chain_weeks);
}

ContractOutcome decide_contract(const ContractReview& r, const ModelParams& p, double u) {
  const ContractChances chance = contract_chances(r, p);
  ContractOutcome out;
  out.weeks_left_in_chain = chain_weeks_left(r, p);
  const bool may_renew = out.weeks_left_in_chain > 0;
  if (u < chance.convert) {
    out.decision = ContractDecision::convert;
  } else if (u < chance.keep || r.lks_running) {
    // Kept: renewed, or where the chain allows no more temporary contracts, permanent only while the
    // subsidy still covers the productivity gap.
    out.decision = may_renew ? ContractDecision::renew : r.lks_running ? ContractDecision::convert : ContractDecision::end;
  } else {
    out.decision = ContractDecision::end;
  }
  return out;
}

}  // namespace regiosim::models
