// The uncertainty table of a results file with draws (output/uncertainty_record.h): for the
// headline KPIs of the baseline and for every variant's difference with the baseline, the central
// value, the interval over draws (parameter uncertainty) next to the interval over replications
// (randomness), for differences the share of draws with the same sign, and the five parameters that
// drive it most (first-order indices with bootstrap intervals, sim/uncertainty.h). Computed from the
// stored draws only, so `regiosim summary` prints the same table as the run did.
#pragma once

#include "output/uncertainty_record.h"
#include "sim/uncertainty.h"

#include <ostream>
#include <string>
#include <vector>

namespace regiosim::app {

// The KPIs the table shows (all are stored): those of the design brief's KPI list.
const std::vector<std::string>& uncertainty_table_kpis();

// Summary of one outcome: the baseline's KPI (scenario 0) or scenario s minus the baseline.
sim::OutcomeSummary summarise_uncertainty(const output::UncertaintyRecord& u, std::size_t scenario, std::size_t kpi,
                                          bool difference);

void print_uncertainty_summary(const output::UncertaintyRecord& u, std::ostream& out);

}  // namespace regiosim::app
