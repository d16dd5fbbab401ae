// The findings catalogue (models/findings.h) is well formed: unique ids, a source and an expectation
// for each, every key it sets is a parameter, every KPI it compares exists, and the two arms differ.
#include "models/findings.h"
#include "models/kpis.h"
#include "models/parameters.h"

#include <catch2/catch.hpp>

#include <set>

using namespace regiosim::models;

TEST_CASE("Every finding names real parameters and KPIs, a source and a direction", "[findings]") {
  const auto& table = parameter_table();
  std::set<std::string> kpis, ids;
  for (const auto& d : kpi_definitions()) kpis.insert(std::string(d.name));
  REQUIRE(findings().size() >= 8);
  for (const auto& f : findings()) {
    INFO(f.id);
    CHECK(ids.insert(f.id).second);
    CHECK(!f.statement.empty());
    CHECK(f.source.find("seed 00") != std::string::npos);
    CHECK((f.kind == "behaviour" || f.kind == "mechanism"));
    CHECK((f.expected_sign == 1 || f.expected_sign == -1));
    CHECK(!f.expectation.empty());
    CHECK(kpis.count(f.kpi) == 1);
    if (!f.minus_kpi.empty()) CHECK(kpis.count(f.minus_kpi) == 1);
    CHECK(f.baseline != f.variant);
    for (const auto* arm : {&f.baseline, &f.variant}) {
      for (const auto& o : *arm) {
        const auto eq = o.find('=');
        REQUIRE(eq != std::string::npos);
        CHECK(table.find(o.substr(0, eq)) != nullptr);
      }
    }
  }
}
