// Calibration files: a valid file read into its definition (quoted and nested parameter keys,
// priors, targets, method defaults, integer rounding, seeds), the ready scenario it produces, and
// bad files: every problem reported at once with file, line, column and key, in the order of the file.
#include "scenarios/calibration.h"
#include "sim/random.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

using namespace regiosim;
using namespace regiosim::scenarios;
namespace fs = std::filesystem;

namespace {

// The small test region (tests/app/small.toml) is the base scenario of these files.
const fs::path kBaseDir = REGIOSIM_SOURCE_DIR "/tests/app";

CalibrationDefinition load_cal(const std::string& text, const LoadOptions& options = {}) {
  return load_calibration_text(text, "cal.toml", kBaseDir, options);
}

std::vector<std::string> cal_messages(const std::string& text, const LoadOptions& options = {}) {
  try {
    load_cal(text, options);
  } catch (const ScenarioError& e) {
    std::vector<std::string> out;
    for (const auto& d : e.diagnostics()) out.push_back(d.format());
    return out;
  }
  return {};
}

// A valid file; `replace` swaps one line for another to make a bad one.
const std::string kValid = R"(schema_version = 1
name = "recovery"
scenario = "small.toml"
[set]
"sim.weeks" = 156
[parameters."employment.dropout_per_year"]
min = 0.05
max = 1.0
[parameters.hiring.reservation_score]
min = 0.4
max = 0.8
prior = "normal"
mean = 0.6
sd = 0.1
[parameters."policy.aftercare.weeks"]
min = 0
max = 26
[targets.placements]
value = 420
tolerance = 15
[targets.sustained_rate_52w]
value = 0.55
tolerance = 0.03
weight = 2
[method]
name = "abc-smc"
particles = 50
generations = 3
)";

std::string replace(const std::string& text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.substr(0, at) + to + text.substr(at + from.size());
}

// The only message of a bad file (and that there is exactly one).
std::string only_message(const std::string& text) {
  const auto m = cal_messages(text);
  INFO(text);
  REQUIRE(m.size() == 1);
  return m.front();
}

}  // namespace

TEST_CASE("A calibration file is read into free parameters, targets and a method", "[calibration]") {
  const auto def = load_cal(kValid);
  CHECK(def.name == "recovery");
  CHECK(def.method == CalibrationMethod::abc_smc);
  CHECK(method_name(def.method) == "abc-smc");
  REQUIRE(def.parameters.size() == 3);
  CHECK(def.parameters[0].key == "employment.dropout_per_year");
  CHECK(def.parameters[0].prior.kind == sim::Prior::Kind::uniform);
  CHECK(def.parameters[0].line == 6);
  CHECK(def.parameters[1].key == "hiring.reservation_score");  // the nested form [parameters.a.b]
  CHECK(def.parameters[1].prior.kind == sim::Prior::Kind::normal);
  CHECK(def.parameters[1].prior.mean == 0.6);
  CHECK(def.parameters[1].prior.sd == 0.1);
  CHECK(def.parameters[2].type == sim::ParamType::integer);
  CHECK(def.parameters[0].unit == "per year");
  // Optimisers start at the base scenario's values (clamped into the box).
  CHECK(def.parameters[0].start == 0.2);
  CHECK(def.parameters[2].start == 4.0);
  REQUIRE(def.targets.size() == 2);
  CHECK(def.targets[1].kpi == "sustained_rate_52w");
  CHECK(def.targets[1].weight == 2.0);
  CHECK(def.targets[0].weight == 1.0);
  CHECK(def.targets[0].unit == "placements");
  // Method defaults and values.
  CHECK(def.particles == 50);
  CHECK(def.generations == 3);
  CHECK(def.replications == 4);
  CHECK(def.holdout_replications == 10);
  CHECK(def.quantile == 0.5);
  CHECK(def.max_evaluations == 50 * 4 * 25);
  // The base scenario with [set]; the fixed keys remembered for the ready scenario.
  CHECK(def.base.params.sim.weeks == 156);
  CHECK(def.base.params.region.job_seekers == 600);
  CHECK(def.fixed_keys == std::vector<std::string>{"sim.weeks"});
  // Integer parameters are rounded into their box; reals are kept.
  const std::vector<double> x = {0.3, 0.71, 12.6};
  const auto p = def.params_at(x);
  CHECK(p.employment.dropout_per_year == 0.3);
  CHECK(p.hiring.reservation_score == 0.71);
  CHECK(p.policy.aftercare_weeks == 13);
  CHECK(def.rounded(2, 26.4) == 26.0);
  CHECK(std::get<std::int64_t>(def.value_at(2, -3.0)) == 0);
  // Held-out seeds are not fitting seeds.
  CHECK(def.fitting_seed(0) != def.holdout_seed(0));
  CHECK(def.holdout_seed(0) == sim::replication_seed(static_cast<std::uint64_t>(def.base.params.sim.seed), 4));
  // --set goes on top of [set].
  const auto with_set = load_cal(kValid, {.overrides = {"region.job_seekers=300"}});
  CHECK(with_set.base.params.region.job_seekers == 300);
  CHECK(with_set.fixed_keys == std::vector<std::string>{"sim.weeks", "region.job_seekers"});
}

TEST_CASE("Optimiser methods take their own keys and defaults", "[calibration]") {
  std::string text = replace(kValid, "name = \"abc-smc\"\nparticles = 50\ngenerations = 3\n",
                             "name = \"subplex\"\nmax_evaluations = 30\nreplications = 2\nholdout_replications = 4\nseed = 9\n");
  text = replace(text, "max = 1.0\n", "max = 1.0\nstart = 0.5\n");
  text = replace(text, "[method]", "[targets.dropouts]\nvalue = 120\ntolerance = 10\n[method]");
  const auto def = load_cal(text);
  // Targets keep the file's order (not the alphabetical order TOML tables have).
  REQUIRE(def.targets.size() == 3);
  CHECK(def.targets[2].kpi == "dropouts");
  CHECK(def.method == CalibrationMethod::subplex);
  CHECK(def.max_evaluations == 30);
  CHECK(def.replications == 2);
  CHECK(def.holdout_replications == 4);
  CHECK(def.seed == 9);
  CHECK(def.parameters[0].start == 0.5);
}

TEST_CASE("The ready scenario extends the base, keeps the fixed values and sets the calibrated ones", "[calibration]") {
  const auto def = load_cal(kValid);
  const std::vector<double> estimate = {0.3125, 0.655, 7.4};
  const fs::path elsewhere = REGIOSIM_SOURCE_DIR "/tests/scenarios";
  const std::string text = calibrated_scenario_text(def, estimate, elsewhere, "2030-01-02");
  CHECK_THAT(text, Catch::Contains("extends = \"../app/small.toml\""));
  CHECK_THAT(text, Catch::Contains("sim.weeks = 156\n"));
  CHECK_THAT(text, Catch::Contains("employment.dropout_per_year = 0.3125  # calibrated: cal.toml, abc-smc, 2030-01-02\n"));
  CHECK_THAT(text, Catch::Contains("policy.aftercare.weeks = 7  # calibrated: cal.toml, abc-smc, 2030-01-02\n"));
  // It is a valid scenario that gives the calibrated parameters.
  const auto scenario = load_scenario_text(text, "ready.toml", elsewhere).scenarios.front();
  CHECK(scenario.name == "recovery-calibrated");
  CHECK(scenario.params.employment.dropout_per_year == 0.3125);
  CHECK(scenario.params.hiring.reservation_score == 0.655);
  CHECK(scenario.params.policy.aftercare_weeks == 7);
  CHECK(scenario.params.sim.weeks == 156);
  CHECK(scenario.params.region.job_seekers == 600);
  CHECK(canonical_toml(scenario.params) == canonical_toml(def.params_at(estimate)));
}

TEST_CASE("Bad calibration files: one problem each, with line, column and key", "[calibration][bad-input]") {
  // 1. An unknown parameter key, with a suggestion.
  CHECK(only_message(replace(kValid, "employment.dropout_per_year\"]", "employment.dropout_per_yer\"]")) ==
        "cal.toml:6:1: parameters.employment.dropout_per_yer: unknown parameter; did you mean 'employment.dropout_per_year'?");
  // 2. An unknown KPI, with a suggestion.
  CHECK(only_message(replace(kValid, "[targets.placements]", "[targets.placement]")) ==
        "cal.toml:18:1: targets.placement: unknown KPI 'placement'; did you mean 'placements'? (regiosim summary --json lists the KPIs)");
  // 3. min above max.
  CHECK(only_message(replace(kValid, "min = 0.05\nmax = 1.0", "min = 0.5\nmax = 0.2")) ==
        "cal.toml:7:7: parameters.employment.dropout_per_year.min: must be below max (min 0.5, max 0.2)");
  // 4. A bound outside the parameter table's range.
  CHECK(only_message(replace(kValid, "max = 0.8", "max = 1.5")) ==
        "cal.toml:11:7: parameters.hiring.reservation_score.max: outside the parameter's range: must be in [0, 1], got 1.5");
  // 5. No base scenario; a base scenario that does not exist.
  CHECK(only_message(replace(kValid, "scenario = \"small.toml\"\n", "")) ==
        "cal.toml: scenario: missing; name the base scenario file (relative to this file), e.g. scenario = \"../default.toml\"");
  CHECK_THAT(only_message(replace(kValid, "\"small.toml\"", "\"nowhere.toml\"")),
             Catch::StartsWith("cal.toml:3:12: scenario: file not found: ") && Catch::EndsWith("tests/app/nowhere.toml"));
  // 6. An unknown method, with a suggestion; a key another method uses.
  CHECK(only_message(replace(kValid, "name = \"abc-smc\"", "name = \"bobyqua\"\nmax_evaluations = 20")) ==
        "cal.toml:26:8: method.name: must be one of: bobyqa, subplex, abc-smc, got \"bobyqua\"; did you mean 'bobyqa'?");
  CHECK(only_message(replace(kValid, "name = \"abc-smc\"\nparticles = 50\ngenerations = 3", "name = \"bobyqa\"\nparticles = 50")) ==
        "cal.toml:27:13: method.particles: only used by abc-smc, not by bobyqa");
  // 7. A tolerance that is not a number; one that is not positive.
  CHECK(only_message(replace(kValid, "tolerance = 15", "tolerance = \"15\"")) ==
        "cal.toml:20:13: targets.placements.tolerance: expected a number, got a string");
  CHECK(only_message(replace(kValid, "tolerance = 15", "tolerance = 0")) ==
        "cal.toml:20:13: targets.placements.tolerance: must be > 0, got 0.0");
  // 8. A parameter that cannot be calibrated (a choice).
  CHECK(only_message(replace(kValid, "\"policy.aftercare.weeks\"]", "\"policy.employer_approach\"]")) ==
        "cal.toml:15:1: parameters.policy.employer_approach: only integer and real parameters can be calibrated; this one "
        "is string (one of: integral, demand, supply, per_person)");
  // 9. A normal prior without sd; a uniform prior with a mean.
  CHECK(only_message(replace(kValid, "sd = 0.1\n", "")) == "cal.toml:9:1: parameters.hiring.reservation_score.sd: missing; a normal prior needs mean and sd");
  CHECK(only_message(replace(kValid, "min = 0.05\nmax = 1.0", "min = 0.05\nmax = 1.0\nmean = 0.2")) ==
        "cal.toml:9:8: parameters.employment.dropout_per_year.mean: only a normal prior has a mean and sd (set prior = \"normal\")");
  // 10. A free parameter also fixed in [set]; a bad fixed value (moved to its line in [set]).
  CHECK(only_message(replace(kValid, "\"sim.weeks\" = 156", "\"sim.weeks\" = 156\n\"employment.dropout_per_year\" = 0.2")) ==
        "cal.toml:6: set.employment.dropout_per_year: is a free parameter of this calibration "
        "([parameters.\"employment.dropout_per_year\"]); it cannot also be fixed");
  CHECK(only_message(replace(kValid, "\"sim.weeks\" = 156", "\"sim.weeks\" = -3")) ==
        "cal.toml:5: set.sim.weeks: must be an integer in [1, 5200], got -3");
  // 11. An integer parameter with a fractional bound.
  CHECK(only_message(replace(kValid, "max = 26", "max = 26.5")) ==
        "cal.toml:17:7: parameters.policy.aftercare.weeks.max: expected a whole number for an integer parameter, got 26.5");
  // 12. Unknown keys at the top, in a parameter, in a target and in the method.
  CHECK(only_message(replace(kValid, "name = \"recovery\"", "nme = \"recovery\"")) == "cal.toml:2:7: nme: unknown key; did you mean 'name'?");
  CHECK(only_message(replace(kValid, "min = 0.05", "minimum = 0.05\nmin = 0.05")) ==
        "cal.toml:7:11: parameters.employment.dropout_per_year.minimum: unknown key (a parameter has min, max, prior, mean, "
        "sd and start)");
  CHECK(only_message(replace(kValid, "weight = 2", "wieght = 2")) ==
        "cal.toml:24:10: targets.sustained_rate_52w.wieght: unknown key (a target has value, tolerance and weight); did you mean "
        "'weight'?");
  CHECK(only_message(replace(kValid, "generations = 3", "generation = 3")) ==
        "cal.toml:28:14: method.generation: unknown key; did you mean 'generations'?");
  // 13. A section named as a parameter; a free parameter also fixed with --set.
  CHECK(only_message(replace(kValid, "[parameters.\"policy.aftercare.weeks\"]", "[parameters.\"policy.aftercare\"]")) ==
        "cal.toml:15:1: parameters.policy.aftercare: is a section of parameters, not a parameter (e.g. policy.aftercare.weeks)");
  const auto cli = cal_messages(kValid, {.overrides = {"hiring.reservation_score=0.5"}});
  REQUIRE(cli.size() == 1);
  CHECK(cli.front() == "--set: hiring.reservation_score: is a free parameter of cal.toml; it cannot be fixed with --set");
  // 14. Not TOML at all.
  CHECK_THAT(only_message("scenario = \"small.toml\n"), Catch::StartsWith("cal.toml:1:") && Catch::Contains("not valid TOML"));
}

TEST_CASE("A bad calibration file lists every problem at once", "[calibration][bad-input]") {
  const auto m = cal_messages(R"(colour = "blue"
[parameters."hiring.reservation_scor"]
min = 0
max = 2
[parameters."employment.dropout_per_year"]
min = 2
max = 1
[targets.placemnts]
value = 1
tolerance = 1
[targets.dropouts]
value = 1
tolerance = "1"
[method]
name = "nelder-mead"
replications = 0
)");
  INFO(Catch::Detail::stringify(m));
  CHECK(m.size() == 8);
  CHECK(m == std::vector<std::string>{
                 "cal.toml:1:10: colour: unknown key",
                 "cal.toml:2:1: parameters.hiring.reservation_scor: unknown parameter; did you mean 'hiring.reservation_score'?",
                 "cal.toml:6:7: parameters.employment.dropout_per_year.min: must be below max (min 2.0, max 1.0)",
                 "cal.toml:8:1: targets.placemnts: unknown KPI 'placemnts'; did you mean 'placements'? (regiosim summary --json lists the KPIs)",
                 "cal.toml:13:13: targets.dropouts.tolerance: expected a number, got a string",
                 "cal.toml:15:8: method.name: must be one of: bobyqa, subplex, abc-smc, got \"nelder-mead\"",
                 "cal.toml:16:16: method.replications: must be in [1, 100000], got 0",
                 "cal.toml: scenario: missing; name the base scenario file (relative to this file), e.g. scenario = \"../default.toml\"",
             });
  CHECK(cal_messages("").size() == 4);  // scenario, parameters, targets and method are all missing
}
