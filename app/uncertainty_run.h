// regiosim run --uncertainty N: the baseline and every variant on N parameter sets drawn from the
// priors (or partly from a calibration's posterior sample), with common random numbers, spread over
// threads and MPI ranks like a sweep (sim/job_farm.h) and resumable from a journal next to the output.
//
// The file holds the usual runs at the parameter values (sim.replications per scenario, so `summary`,
// `report` and `export` read it as any results file) and the group /uncertainty with every draw's
// parameter values and KPIs (uncertainty.replications per draw and scenario). The printed table
// (app/uncertainty_summary.h) is computed from the stored draws, so `summary` prints it again.
#pragma once

#include "scenarios/scenario.h"
#include "sim/job_farm.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace regiosim::app {

struct UncertaintyRunOptions {
  int threads = 0;                        // worker threads per process (0 = all cores)
  bool quiet = false;                     // no progress line
  bool resume = false;                    // keep the runs of FILE.h5.journal
  std::optional<std::string> posterior;   // a calibration file whose posterior sample is used
};

// Runs runs[0] (the baseline) and the variants; returns an exit code. Every rank calls it; only
// rank 0 writes and prints.
int run_uncertainty(const sim::MpiSession& mpi, const std::vector<scenarios::Scenario>& runs,
                    const std::filesystem::path& out, const UncertaintyRunOptions& options,
                    const std::string& command_line);

}  // namespace regiosim::app
