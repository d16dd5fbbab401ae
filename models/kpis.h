// Key performance indicators per run, with their units and definitions. The names are fixed
// (design brief §5) and used by `summary --json`. All are measured over the observed weeks (after
// burn-in).
#pragma once

#include <string_view>
#include <vector>

namespace regiosim::models {

struct KpiDefinition {
  std::string_view name;
  std::string_view unit;
  std::string_view description;
};

const std::vector<KpiDefinition>& kpi_definitions();

}  // namespace regiosim::models
