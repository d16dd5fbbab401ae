#include "models/kpis.h"

namespace regiosim::models {

const std::vector<KpiDefinition>& kpi_definitions() {
  static const std::vector<KpiDefinition> defs = {
      {"placements", "placements", "job starts of seekers in the observed weeks"},
      {"placement_rate_26w", "share",
       "share of seekers registering (Melding) in the observed weeks, at least 26 weeks before the end, who start a "
       "job within 26 weeks of registering"},
      {"sustained_rate_26w", "share",
       "share of job starts (at least 26 weeks before the end) still in the same job 26 weeks after the start"},
      {"sustained_rate_52w", "share",
       "share of job starts (at least 52 weeks before the end) still in the same job 52 weeks after the start "
       "(a sustainable placement)"},
      {"median_weeks_to_placement", "weeks",
       "median weeks from Melding to the first job start, among seekers registering in the observed weeks at least "
       "104 weeks before the end who started a job within 104 weeks"},
      {"outflow_off_benefit", "persons", "seekers leaving benefit because their earnings exceed it"},
      {"dropouts", "spells", "jobs ended early by the worker or the employer (not by the contract's end)"},
      {"cost_instruments_eur", "EUR", "external costs of tiles and instruments (debt help, training, tests, ...)"},
      {"cost_staff_eur", "EUR", "case managers' salary cost plus intake hours at Melding"},
      {"benefit_paid_eur", "EUR", "benefit paid, including top-ups for part-time workers"},
      {"cost_per_sustained_placement_eur", "EUR",
       "(cost_instruments_eur + cost_staff_eur) / (placements x sustained_rate_52w)"},
  };
  return defs;
}

}  // namespace regiosim::models
