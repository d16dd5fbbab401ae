// Key performance indicators per run, with their units and definitions. The names are fixed
// (design brief §5) and used by `summary --json`. All are measured over the observed weeks (after
// burn-in). None is ever negative. A KPI with an `undefined_when` condition is undefined (NaN in
// the output) in a run where that condition holds, e.g. a rate whose base is empty; every other
// value is a finite number (checked by sim::check_run_result).
#pragma once

#include <string_view>
#include <vector>

namespace regiosim::models {

struct KpiDefinition {
  std::string_view name;
  std::string_view unit;
  std::string_view description;
  std::string_view undefined_when = {};  // empty: always defined
};

const std::vector<KpiDefinition>& kpi_definitions();

}  // namespace regiosim::models
