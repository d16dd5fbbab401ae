// Runs the baseline and every variant of a scenario folder's scenario.toml, all replications in
// parallel, with paired seeds (replication r of every scenario shares its random numbers), and
// gives access to KPIs and series per scenario for paired comparisons.
#pragma once

#include "models/region_run.h"
#include "scenarios/scenario.h"
#include "sim/executor.h"
#include "sim/random.h"
#include "sim/statistics.h"

#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace regiosim::test {

struct ScenarioRuns {
  std::vector<scenarios::Scenario> scenarios;
  std::vector<std::vector<sim::RunResult>> runs;  // [scenario][replication]

  std::vector<double> kpi(std::size_t scenario, const std::string& name) const {
    std::vector<double> out;
    for (const auto& r : runs.at(scenario)) {
      for (const auto& m : r.metrics) {
        if (m.name == name) out.push_back(m.value);
      }
    }
    if (out.size() != runs.at(scenario).size()) throw std::invalid_argument("no KPI " + name);
    return out;
  }
  const sim::SeriesTable& series(std::size_t scenario, std::size_t replication, const std::string& name) const {
    for (const auto& s : runs.at(scenario).at(replication).series) {
      if (s.name == name) return s;
    }
    throw std::invalid_argument("no series " + name);
  }
  // Variant minus baseline, paired by replication.
  sim::Interval difference(std::size_t variant, const std::string& name) const {
    return sim::paired_difference(kpi(0, name), kpi(variant, name));
  }
  std::size_t index(const std::string& scenario) const {
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
      if (scenarios[i].name == scenario) return i;
    }
    throw std::invalid_argument("no scenario " + scenario);
  }
};

// Prints an interval for the test log (the figures behind an acceptance check).
inline void report(const std::string& what, const sim::Interval& d) {
  std::cout << what << ": " << d.mean << " [" << d.low << ", " << d.high << "] (n=" << d.n << ")\n";
}

inline ScenarioRuns run_scenario_folder(const std::string& relative_path) {
  ScenarioRuns out;
  out.scenarios = scenarios::load_scenario_file(std::string(REGIOSIM_SOURCE_DIR) + "/" + relative_path).scenarios;
  std::vector<std::pair<std::size_t, std::size_t>> jobs;
  out.runs.resize(out.scenarios.size());
  for (std::size_t s = 0; s < out.scenarios.size(); ++s) {
    const auto reps = static_cast<std::size_t>(out.scenarios[s].params.sim.replications);
    out.runs[s].resize(reps);
    for (std::size_t r = 0; r < reps; ++r) jobs.emplace_back(s, r);
  }
  auto exec = sim::make_executor(0);
  exec->for_each_index(jobs.size(), [&](std::size_t j) {
    const auto [s, r] = jobs[j];
    const auto& scenario = out.scenarios[s];
    models::RunSpec spec;
    spec.scenario = scenario.name;
    spec.replication = r;
    spec.seed = sim::replication_seed(static_cast<std::uint64_t>(scenario.params.sim.seed), r);
    out.runs[s][r] = models::run_region(scenario.params, spec, *exec);
  });
  return out;
}

}  // namespace regiosim::test
