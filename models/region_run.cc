#include "models/region_run.h"

#include "models/region_model.h"
#include "sim/result_checks.h"
#include "sim/simulation.h"

namespace regiosim::models {

sim::RunResult run_region(const ModelParams& params, const RunSpec& spec, sim::Executor& executor,
                          RegionRunStats* stats) {
  RegionModel model(params, spec.seed);
  sim::WeekPlan plan;
  model.describe(plan);
  sim::Simulation simulation(executor);
  const auto after = [&](const sim::Week&) {
    if (spec.after_week) spec.after_week();
  };
  const int weeks = simulation.run(plan, model.horizon(), after, spec.stop);
  sim::RunResult result = model.result(spec.scenario, spec.replication);
  result.weeks_completed = weeks;
  result.timings = simulation.timings();
  // The boundary where results leave the model: no NaN (other than declared undefined values),
  // infinity or negative stock goes further. A run stopped early is discarded by its caller.
  if (spec.stop == nullptr || !spec.stop->load()) sim::check_run_result(result);
  if (stats != nullptr) {
    stats->seeker_weeks = model.seeker_weeks();
    stats->employer_weeks = model.employer_weeks();
  }
  return result;
}

}  // namespace regiosim::models
