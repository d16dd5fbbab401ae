// The model's priors (models/parameter_priors.cc): every integer and real parameter has one, inside its
// hard range and holding its default; policy levers and run choices are fixed; assumptions are wide.
#include "models/parameters.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace regiosim::models;
using regiosim::sim::ParamType;
using regiosim::sim::PriorShape;

TEST_CASE("every integer and real parameter has a prior inside its range holding its default", "[priors]") {
  const auto& table = parameter_table();
  const auto defaults = table.defaults();
  std::size_t numeric = 0, uncertain = 0;
  for (const auto& e : table.entries()) {
    if (e.spec.type != ParamType::integer && e.spec.type != ParamType::real) continue;
    INFO(e.spec.key);
    ++numeric;
    REQUIRE(e.spec.prior.has_value());
    const auto& p = *e.spec.prior;
    CHECK(!p.reason.empty());
    if (!p.uncertain()) continue;
    ++uncertain;
    const auto value = e.get(defaults);
    const double d = e.spec.type == ParamType::integer ? static_cast<double>(std::get<std::int64_t>(value))
                                                       : std::get<double>(value);
    CHECK(p.low <= d);
    CHECK(d <= p.high);
    // Every quantile is a valid value of the parameter.
    for (double u : {0.0, 0.001, 0.5, 0.999, 1.0}) {
      const double x = p.quantile(u);
      CHECK_FALSE(regiosim::sim::check_value(e.spec, e.spec.type == ParamType::integer
                                                          ? regiosim::sim::ParamValue(static_cast<std::int64_t>(std::llround(x)))
                                                          : regiosim::sim::ParamValue(x)));
    }
  }
  CHECK(numeric > 200);
  CHECK(uncertain > 150);
}

TEST_CASE("run choices, the region and policy levers are fixed, assumptions are wide", "[priors]") {
  const auto& table = parameter_table();
  for (const char* key : {"sim.weeks", "sim.seed", "region.job_seekers", "policy.aftercare.weeks",
                          "policy.caseload_per_coach", "policy.lks.max_weeks"}) {
    INFO(key);
    REQUIRE(table.find(key));
    CHECK_FALSE(table.find(key)->spec.prior->uncertain());
  }
  // The aftercare hazard ratio is an assumed size: its prior reaches 0.9, where aftercare barely helps.
  const auto& aftercare = *table.find("employment.aftercare_hazard_ratio")->spec.prior;
  CHECK(aftercare.shape == PriorShape::uniform);
  CHECK(aftercare.high >= 0.9);
  CHECK(aftercare.low <= 0.4);
  // A published figure is narrow: employers willing, 61% (SCP 2019).
  const auto& willing = *table.find("employers.willing_share")->spec.prior;
  CHECK(willing.high - willing.low < 0.15);
  // A calibrated parameter follows its calibration.
  const auto& inflow = *table.find("flows.inflow_per_year")->spec.prior;
  CHECK(inflow.reason.find("calibration") != std::string::npos);
}
