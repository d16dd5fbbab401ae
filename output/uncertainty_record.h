// The draws of an uncertainty run as stored in a results file (group /uncertainty, docs/hdf5-schema.md):
// the parameter values of every draw and the KPIs of every draw, scenario and replication, so that
// `regiosim summary` can print the uncertainty table again without simulating.
//
//   output::ResultsWriter w(path, provenance);
//   ... w.add_scenario / w.write_run for the runs at the parameter values ...
//   w.set_uncertainty(record);   // written by commit()
//   w.commit();
//   if (auto u = output::ResultsReader(path).uncertainty()) print(*u);
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace regiosim::output {

struct UncertaintyRecord {
  std::string design;                      // in words, e.g. "Latin hypercube over the priors (seed 1)"
  std::uint64_t seed = 0;                  // of the hypercube and the drivers' bootstrap
  std::int64_t replications = 0;           // per draw and scenario
  std::vector<std::uint64_t> seeds;        // per replication (the same in every draw and scenario)
  std::vector<std::string> scenarios;      // [0] the baseline, then the variants
  // Varied parameters: key, unit, prior ("uniform[0.4, 0.9]"), and whether it came from a posterior sample.
  std::vector<std::string> factor_keys, factor_units, factor_priors;
  std::vector<std::int8_t> factor_from_posterior;
  std::vector<std::string> held;           // uncertain parameters a scenario sets itself (not varied)
  std::vector<double> values;              // draws x factors
  std::vector<std::int64_t> posterior_row; // per draw (empty without a posterior sample)
  std::vector<std::string> kpi_names, kpi_units;
  std::vector<double> kpis;                // draws x scenarios x replications x KPIs (NaN: undefined)

  std::size_t draws() const { return factor_keys.empty() ? 0 : values.size() / factor_keys.size(); }
  double kpi(std::size_t draw, std::size_t scenario, std::size_t replication, std::size_t k) const {
    return kpis[((draw * scenarios.size() + scenario) * static_cast<std::size_t>(replications) + replication) *
                    kpi_names.size() + k];
  }
};

}  // namespace regiosim::output
