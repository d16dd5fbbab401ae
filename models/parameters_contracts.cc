// Parameters of temporary contracts: their drawn length, the employer's decision at their end
// (convert, renew, end) and the ketenregeling (models/contracts.h; seed 002 §Werkmakelaar 1, seed 003
// §2 and §4.2-4.5, BW 7:668a).
#include "models/parameters.h"

namespace regiosim::models::detail {

namespace {
using sim::ParamType;
}  // namespace

#define FIELD(path) [](auto& p) -> auto& { return p.path; }

void declare_contracts(ParameterTable& t) {
  t.bind(FIELD(contracts.short_weeks),
         {.key = "contracts.short_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{26}, .min = 1.0, .max = 520.0,
          .meaning = "length of a short temporary contract (drawn unless the long one is: contracts.long_share)",
          .source = "seed 002 §Werkmakelaar 1: the provider's placements get an arbeidsovereenkomst of at least six "
                    "months"});
  t.bind(FIELD(contracts.long_weeks),
         {.key = "contracts.long_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{52}, .min = 1.0, .max = 520.0,
          .meaning = "length of a long temporary contract",
          .source = "seed 003 §2 (Tilburg, Matchingsunit): wage-cost and training subsidies 'bij een jaarcontract', "
                    "a one-year contract"});
  t.bind(FIELD(contracts.long_share),
         {.key = "contracts.long_share", .type = ParamType::real, .unit = "share", .default_value = 0.5,
          .min = 0.0, .max = 1.0,
          .meaning = "share of temporary contracts (first ones and renewals) that run contracts.long_weeks; the "
                     "rest run contracts.short_weeks (a contract after a traineeship runs at least "
                     "policy.traineeship.contract_weeks)",
          .source = "assumption: the seeds name six-month (seed 002) and one-year (seed 003 §2) contracts but not "
                    "their mix; plausible 0.25-0.75"});
  t.bind(FIELD(contracts.conversion_share),
         {.key = "contracts.conversion_share", .type = ParamType::real, .unit = "probability", .default_value = 0.4,
          .min = 0.0, .max = 1.0,
          .meaning = "chance that the employer makes a temporary contract permanent at its end, for the reference "
                     "worker (a match of employment.match_reference quality at the contract's end) in a sector at the "
                     "reference tightness; contracts.performance_slope, contracts.demand_elasticity and "
                     "contracts.coaching_odds_ratio move its odds",
          .source = "seed 003 §4.2: 'Als iemand bevalt is het in de meeste gevallen wel mogelijk om door te stromen "
                    "naar een vaste aanstelling'; size an assumption (plausible 0.25-0.6): with "
                    "contracts.renewal_share the reference worker ends up permanent within a chain of three contracts "
                    "about as often (0.56) as with the single conversion chance of 0.6 used before renewals"});
  t.bind(FIELD(contracts.renewal_share),
         {.key = "contracts.renewal_share", .type = ParamType::real, .unit = "probability", .default_value = 0.5,
          .min = 0.0, .max = 1.0,
          .meaning = "of the reference workers whose contract is not made permanent, the share whose employer "
                     "renews the temporary contract (a new one of a drawn length) rather than ending it",
          .source = "seed 003 §4.2: most firms offer all kinds of temporary contracts to the target group; size an "
                    "assumption, plausible 0.33-0.75"});
  t.bind(FIELD(contracts.performance_slope),
         {.key = "contracts.performance_slope", .type = ParamType::real, .unit = "log odds per index",
          .default_value = 6.0, .min = 0.0, .max = 50.0,
          .meaning = "the log odds of keeping the worker (permanent or renewed) rise by this per unit of match quality "
                     "at the contract's end (skills learned on the job included) above employment.match_reference; "
                     "the employer sees performance with logistic noise of scale 1, so a larger slope is a sharper "
                     "view",
          .source = "seed 003 §4.2 (a worker who is liked moves on to a permanent job) and §4.5 (employers have "
                    "little patience with workers who often do not show up); size an assumption: from the reference "
                    "match (0.6) to that of a fully productive worker (hiring.full_productivity_quality, 0.9) the odds "
                    "rise about sixfold, plausible 4-9"});
  t.bind(FIELD(contracts.demand_elasticity),
         {.key = "contracts.demand_elasticity", .type = ParamType::real, .unit = "elasticity", .default_value = 1.0,
          .min = 0.0, .max = 10.0,
          .meaning = "the odds of keeping the worker rise with the vacancy factor of the job's sector in the year of "
                     "the decision (labour demand: demand.tightness, demand.vacancy_elasticity) to this power",
          .source = "seed 003 §4.3: for firms acting for economic reasons a tight labour market is the main reason "
                    "to take people from the target group; that it carries over to keeping them, and its size, are "
                    "assumptions (plausible 0.67-1.5)"});
  t.bind(FIELD(contracts.coaching_odds_ratio),
         {.key = "contracts.coaching_odds_ratio", .type = ParamType::real, .unit = "odds ratio", .default_value = 1.5,
          .min = 1.0, .max = 10.0,
          .meaning = "odds multiplier of keeping the worker when job coaching still runs at the contract's end",
          .source = "seed 002 §Inzet loonkostensubsidie (employers value the job coach's support and the proactive "
                    "solving of problems more than the money) and seed 003 §4.5 (with good support after placement "
                    "not all skills need be complete); size an assumption, plausible 1-2.25"});
  t.bind(FIELD(contracts.chain_max_contracts),
         {.key = "contracts.chain_max_contracts", .type = ParamType::integer, .unit = "contracts",
          .default_value = std::int64_t{3}, .min = 1.0, .max = 100.0,
          .meaning = "most temporary contracts in a row with one employer: at the end of the last one the employer "
                     "converts or ends it (ketenregeling)",
          .source = "law: BW 7:668a lid 1 (since 1 January 2020): a fourth successive temporary contract is a "
                    "permanent one"});
  t.bind(FIELD(contracts.chain_max_weeks),
         {.key = "contracts.chain_max_weeks", .type = ParamType::integer, .unit = "weeks",
          .default_value = std::int64_t{156}, .min = 1.0, .max = 1040.0,
          .meaning = "longest chain of temporary contracts with one employer from the start of the first: a renewal "
                     "is cut to the weeks left, and none is made when none are left (ketenregeling)",
          .source = "law: BW 7:668a lid 1 (since 1 January 2020): successive temporary contracts covering more than "
                    "36 months (156 weeks) make the contract permanent"});
}

}  // namespace regiosim::models::detail
