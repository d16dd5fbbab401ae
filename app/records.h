// What the commands that write results files share: a scenario's record for the results file (its
// name, labels, resolved TOML and every parameter with its value, unit and source), and the list of
// pending runs as it travels to every MPI rank in one broadcast (sweeps and uncertainty runs).
#pragma once

#include "output/results_file.h"
#include "scenarios/scenario.h"

#include <cstdint>
#include <string>
#include <vector>

namespace regiosim::app {

output::ScenarioRecord scenario_record(const scenarios::Scenario& s);

std::string jobs_to_bytes(const std::vector<std::uint64_t>& jobs);
std::vector<std::uint64_t> bytes_to_jobs(const std::string& bytes);

}  // namespace regiosim::app
