// ParameterTable: one declaration per parameter gives defaults, typed access, range checks with
// readable messages, and suggestions for misspelt keys.
#include "sim/parameter_table.h"

#include <catch2/catch.hpp>

#include <array>

using namespace regiosim::sim;

namespace {

enum class Approach { integral, demand, supply };

struct P {
  double caseload;
  std::int64_t weeks;
  bool events;
  Approach approach;
  std::array<double, 3> shares;
};

ParameterTable<P> table() {
  ParameterTable<P> t;
  t.bind([](auto& p) -> auto& { return p.caseload; },
         {.key = "policy.caseload", .type = ParamType::real, .unit = "seekers", .default_value = 80.0, .min = 0.0,
          .min_exclusive = true, .meaning = "m", .source = "assumption: test"});
  t.bind([](auto& p) -> auto& { return p.weeks; },
         {.key = "sim.weeks", .type = ParamType::integer, .unit = "weeks", .default_value = std::int64_t{520},
          .min = 1.0, .max = 5200.0, .meaning = "m", .source = "s"});
  t.bind([](auto& p) -> auto& { return p.events; },
         {.key = "output.events", .type = ParamType::boolean, .unit = "-", .default_value = false, .meaning = "m",
          .source = "s"});
  t.bind([](auto& p) -> auto& { return p.approach; },
         {.key = "policy.approach", .type = ParamType::choice, .unit = "-", .default_value = std::string("demand"),
          .choices = {"integral", "demand", "supply"}, .meaning = "m", .source = "s"});
  t.bind([](auto& p) -> auto& { return p.shares; },
         {.key = "population.shares", .type = ParamType::real_list, .unit = "share",
          .default_value = std::vector<double>{0.2, 0.3, 0.5}, .min = 0.0, .max = 1.0, .labels = {"a", "b", "c"},
          .sums_to_one = true, .meaning = "m", .source = "s"});
  return t;
}

}  // namespace

TEST_CASE("Defaults fill the typed struct", "[parameters]") {
  const auto p = table().defaults();
  CHECK(p.caseload == 80.0);
  CHECK(p.weeks == 520);
  CHECK_FALSE(p.events);
  CHECK(p.approach == Approach::demand);
  CHECK(p.shares == std::array<double, 3>{0.2, 0.3, 0.5});
}

TEST_CASE("Values round-trip through set and get", "[parameters]") {
  const auto t = table();
  P p = t.defaults();
  t.find("policy.approach")->set(p, std::string("supply"));
  t.find("policy.caseload")->set(p, 150.0);
  CHECK(p.approach == Approach::supply);
  CHECK(std::get<std::string>(t.find("policy.approach")->get(p)) == "supply");
  CHECK(std::get<double>(t.find("policy.caseload")->get(p)) == 150.0);
}

TEST_CASE("Range problems are described in words", "[parameters]") {
  const auto t = table();
  const auto& caseload = t.find("policy.caseload")->spec;
  CHECK(check_value(caseload, -5.0).value() == "must be > 0, got -5.0");
  CHECK_FALSE(check_value(caseload, 3.0).has_value());
  CHECK(check_value(t.find("sim.weeks")->spec, std::int64_t{0}).value() == "must be an integer in [1, 5200], got 0");
  CHECK(check_value(t.find("policy.approach")->spec, std::string("random")).value() ==
        "must be one of: integral, demand, supply, got \"random\"");
  const auto& shares = t.find("population.shares")->spec;
  CHECK(check_value(shares, std::vector<double>{0.5, 0.6, 0.1}).value() == "must sum to 1, got 1.2");
  CHECK(check_value(shares, std::vector<double>{0.5, 0.5}).value() == "must have 3 elements (a, b, c), got 2");
  CHECK(check_value(shares, std::vector<double>{-0.5, 1.0, 0.5}).value() == "element a must be in [0, 1], got -0.5");
}

TEST_CASE("A duplicate key or a default outside its range is a programming error", "[parameters]") {
  auto t = table();
  CHECK_THROWS_AS(t.bind([](auto& p) -> auto& { return p.caseload; },
                         {.key = "policy.caseload", .type = ParamType::real, .unit = "u", .default_value = 1.0,
                          .meaning = "m", .source = "s"}),
                  std::logic_error);
  ParameterTable<P> u;
  CHECK_THROWS_AS(u.bind([](auto& p) -> auto& { return p.caseload; },
                         {.key = "x.y", .type = ParamType::real, .unit = "u", .default_value = -1.0, .min = 0.0,
                          .meaning = "m", .source = "s"}),
                  std::logic_error);
}

TEST_CASE("Misspelt keys get a suggestion", "[parameters]") {
  const auto t = table();
  CHECK(t.suggestions("policy.casload") == std::vector<std::string>{"policy.caseload"});
  CHECK(t.suggestions("sim.week") == std::vector<std::string>{"sim.weeks"});
  CHECK(t.suggestions("completely.different").empty());
}

TEST_CASE("A list labelled min and max (or lowest and highest) must be in order", "[parameters]") {
  ParamSpec pair{.key = "x.range", .type = ParamType::real_list, .unit = "weeks",
                 .default_value = std::vector<double>{1.0, 2.0}, .min = 0.0, .max = 100.0, .labels = {"min", "max"}};
  CHECK_FALSE(check_value(pair, std::vector<double>{3.0, 3.0}).has_value());
  CHECK(check_value(pair, std::vector<double>{8.0, 3.0}).value() == "min (8) must not exceed max (3)");
  CHECK(describe_range(pair) == "2 numbers (min, max), each in [0, 100], min <= max");
  pair.labels = {"lowest", "highest"};
  CHECK(check_value(pair, std::vector<double>{5.0, 2.0}).value() == "lowest (5) must not exceed highest (2)");
  // Other pairs are not ranges.
  pair.labels = {"small", "large"};
  CHECK_FALSE(check_value(pair, std::vector<double>{5.0, 2.0}).has_value());
}
