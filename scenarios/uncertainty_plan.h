// The plan of an uncertainty run: which parameters are varied, and their values in each draw.
//
// Every integer or real parameter whose prior is not fixed (models/parameter_priors.cc) is a factor,
// except those a scenario of the run sets itself (in its file or with --set): a value the user wrote
// down is held at that value in every draw and listed as held. Draws are a Latin hypercube over the
// priors (sim::draw_factors); with a posterior sample (a calibration's ABC population), the calibrated
// parameters are taken jointly from one row of the sample per draw (chosen by one more column of the
// hypercube, by weight) instead of from their priors, so their correlations are kept.
//
//   const auto plan = scenarios::plan_uncertainty(set.scenarios, 100, seed, std::nullopt);
//   const models::ModelParams p = plan.params(set.scenarios[1].params, 17);   // variant, draw 17
#pragma once

#include "scenarios/scenario.h"
#include "sim/uncertainty.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace regiosim::scenarios {

// A posterior sample: rows x keys values with a weight per row (equal weights when empty).
struct PosteriorSample {
  std::string source;               // e.g. the calibration file's path
  std::vector<std::string> keys;
  std::vector<double> values;       // rows x keys, row-major
  std::vector<double> weights;
  std::size_t rows() const { return keys.empty() ? 0 : values.size() / keys.size(); }
};

struct UncertaintyPlan {
  std::vector<sim::UncertainFactor> factors;  // varied parameters, in table order
  std::vector<bool> from_posterior;           // per factor: its values come from the posterior sample
  std::vector<std::string> held;              // uncertain parameters a scenario sets itself
  sim::Design values;                         // draws x factors
  std::vector<std::int64_t> posterior_row;    // per draw: the sample row used (empty without a sample)
  std::string design;                         // in words, for the output

  std::size_t draws() const { return values.rows(); }
  // `arm` with the factors set to draw d's values, except the keys in `keep` (an arm's own settings).
  models::ModelParams params(const models::ModelParams& arm, std::size_t draw,
                             const std::vector<std::string>& keep = {}) const;
};

// Throws ScenarioError when the posterior names a parameter that is not a number or that a scenario
// sets itself, or when nothing is left to vary.
UncertaintyPlan plan_uncertainty(const std::vector<Scenario>& arms, std::size_t draws, std::uint64_t seed,
                                 const std::optional<PosteriorSample>& posterior);

}  // namespace regiosim::scenarios
