// Temporary contracts: how long one runs and what the employer does at its end.
//
// A temporary contract runs contracts.short_weeks (six months, seed 002 §Werkmakelaar 1: an
// arbeidsovereenkomst of at least six months) or, with chance contracts.long_share, contracts.long_weeks
// (a year, seed 003 §2: "bij een jaarcontract"). At its end the employer converts it to a permanent
// contract, renews it (a new temporary contract of a drawn length) or lets it end (seed 003 §4.2: most
// firms offer temporary contracts and, if the worker is liked, a permanent one is usually possible).
// What it sees is an ordered choice on the odds of keeping the worker:
//
//   odds = base odds x exp(contracts.performance_slope x (match quality - employment.match_reference))
//                    x sector vacancy factor ^ contracts.demand_elasticity
//                    x contracts.coaching_odds_ratio (while job coaching runs)
//
// where the base odds give, for the reference worker (a match of employment.match_reference quality)
// in a sector at the reference tightness, the chance contracts.conversion_share of a permanent
// contract and contracts.renewal_share of the rest of a renewal. The match quality at the contract's
// end is how the worker does the job: employee skills and vocational skill learned on the job, fit,
// motivation, health. The productivity gap of an arbeidsbeperking is not held against the worker
// here: it is what the loonkostensubsidie compensates (below), and it already raises the dropout
// hazard. One uniform draw decides: below P(convert) the contract becomes permanent,
// below P(convert or renew) it is renewed, else it ends; so for the same draw a better performer
// never fares worse (the employer's view of the performance is noisy: logistic noise of scale 1 on
// the log odds).
//
// The ketenregeling (BW 7:668a, since 2020): at most contracts.chain_max_contracts temporary contracts
// within contracts.chain_max_weeks; a renewal is cut to the weeks left in the chain, and where none
// is allowed the employer converts (if it would have) or ends the contract. While the
// loonkostensubsidie is still paid the employer keeps the worker: the subsidy covers the
// productivity gap (seed 002 §Inzet loonkostensubsidie), so it renews, or converts where the chain
// allows no renewal.
//
//   sim::RandomStream rng(seed, seeker, week, id(Purpose::contracts));
//   const int weeks = draw_contract_weeks(p, rng);
//   ContractReview r{.quality = 0.7F, .sector_demand = 1.1, .contracts = 1, .chain_weeks = 26};
//   const ContractOutcome o = decide_contract(r, p, rng.uniform());
#pragma once

#include "models/parameters.h"
#include "sim/random.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace regiosim::models {

enum class ContractDecision : std::uint8_t { end, renew, convert };
inline constexpr std::array<std::string_view, 3> kContractDecisionKeys = {"end", "renew", "convert"};

// What the employer weighs at the end of a temporary contract.
struct ContractReview {
  float quality = 0.6F;        // the match quality now: skills, fit, motivation, health (the work the employer sees)
  double sector_demand = 1.0;  // the vacancy factor of the job's sector this year (1: reference tightness)
  bool coaching = false;       // job coaching runs (the job coach solves problems with the employer)
  bool lks_running = false;    // the loonkostensubsidie is still being paid
  int contracts = 1;           // temporary contracts in the chain so far, the ending one included
  int chain_weeks = 0;         // weeks since the first temporary contract of the chain started
};

struct ContractOutcome {
  ContractDecision decision = ContractDecision::end;
  int weeks_left_in_chain = 0;  // weeks a renewal may run at most (0: no renewal allowed)
};

// Weeks of a new temporary contract.
int draw_contract_weeks(const ModelParams& p, sim::RandomStream& rng);

// The log of the odds multiplier the review gives against the reference worker (0 at the reference).
double keep_log_odds(const ContractReview& r, const ModelParams& p);

// P(convert) and P(convert or renew) for a review, before the chain rule and the subsidy rule.
struct ContractChances {
  double convert = 0.0;
  double keep = 0.0;
};
ContractChances contract_chances(const ContractReview& r, const ModelParams& p);

// Weeks a renewal may still run under the ketenregeling (0: no more temporary contracts allowed).
int chain_weeks_left(const ContractReview& r, const ModelParams& p);

// The employer's decision for a uniform draw u in (0, 1), with the chain rule and the subsidy rule.
ContractOutcome decide_contract(const ContractReview& r, const ModelParams& p, double u);

}  // namespace regiosim::models
