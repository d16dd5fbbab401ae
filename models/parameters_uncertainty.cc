// The keys of uncertainty runs (regiosim run --uncertainty N; app/uncertainty_run.cc): how many
// parameter sets are drawn from the priors of models/parameter_priors.cc, and how often each is run.
#include "models/parameters.h"

namespace regiosim::models::detail {

namespace {
#define FIELD(path) [](auto& p) -> auto& { return p.path; }
using sim::ParamPrior;
using sim::ParamType;
}  // namespace

void declare_uncertainty(ParameterTable& t) {
  const auto run_choice = ParamPrior::fixed("structural: a choice of the run, not uncertain");
  t.bind(FIELD(uncertainty.draws),
         {.key = "uncertainty.draws", .type = ParamType::integer, .unit = "parameter sets",
          .default_value = std::int64_t{0}, .min = 0.0, .max = 100'000.0,
          .meaning = "parameter sets drawn from the priors (a Latin hypercube) by `regiosim run`; the baseline and "
                     "every variant run on each with the same seeds. 0: a plain run at the parameter values. "
                     "`--uncertainty N` sets it",
          .source = "assumption: 100 draws give the 2.5% and 97.5% quantiles over draws and the share of draws "
                    "with the same sign to a few percent",
          .prior = run_choice});
  t.bind(FIELD(uncertainty.replications),
         {.key = "uncertainty.replications", .type = ParamType::integer, .unit = "runs", .default_value = std::int64_t{2},
          .min = 1.0, .max = 10'000.0,
          .meaning = "replications per draw and scenario in an uncertainty run (the randomness is estimated from the "
                     "spread within draws, pooled over all draws); `--replications` sets it in such a run",
          .source = "assumption: two runs per draw give the within-draw spread with as many degrees of freedom as "
                    "there are draws",
          .prior = run_choice});
  t.bind(FIELD(uncertainty.seed),
         {.key = "uncertainty.seed", .type = ParamType::integer, .unit = "-", .default_value = std::int64_t{1},
          .min = 0.0,
          .meaning = "seed of the Latin hypercube over the priors and of the bootstrap of the drivers",
          .source = "assumption: any fixed number; the draws are a pure function of it",
          .prior = run_choice});
}

#undef FIELD

}  // namespace regiosim::models::detail
