// Scenario loading: extends, variants, --set, canonical form and hash, and every kind of bad input
// reported at once with file, line and key.
#include "scenarios/scenario.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

using namespace regiosim;
using namespace regiosim::scenarios;
namespace fs = std::filesystem;

namespace {

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("regiosim-loader-" + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  fs::path write(const std::string& name, const std::string& text) const {
    const fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::vector<Diagnostic> problems(const fs::path& file, const LoadOptions& options = {}) {
  try {
    load_scenario_file(file, options);
  } catch (const ScenarioError& e) {
    return e.diagnostics();
  }
  return {};
}

const Diagnostic* find(const std::vector<Diagnostic>& d, const std::string& key) {
  for (const auto& x : d) {
    if (x.key == key) return &x;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("Keys set in the file override the defaults, the rest keep them", "[scenarios]") {
  TempDir dir;
  const auto f = dir.write("a.toml", "schema_version = 1\nname = \"alpha\"\n[policy]\ncaseload_per_coach = 120\n"
                                     "aftercare.weeks = 13\n[sim]\nweeks = 52\n");
  const auto set = load_scenario_file(f);
  REQUIRE(set.scenarios.size() == 1);
  const auto& s = set.scenarios[0];
  CHECK(s.name == "alpha");
  CHECK(s.role == "baseline");
  CHECK(s.params.policy.caseload_per_coach == 120.0);
  CHECK(s.params.policy.aftercare_weeks == 13);
  CHECK(s.params.sim.weeks == 52);
  CHECK(s.params.region.job_seekers == models::parameter_table().defaults().region.job_seekers);
  CHECK(s.set_keys == std::vector<std::string>{"policy.aftercare.weeks", "policy.caseload_per_coach", "sim.weeks"});
}

TEST_CASE("extends inherits values, name, description and variants stay with their file", "[scenarios]") {
  TempDir dir;
  dir.write("base/region.toml", "name = \"base\"\ndescription = \"the base\"\n[region]\njob_seekers = 900\n"
                                "[policy]\ncaseload_per_coach = 60\n[variants.v]\npolicy.caseload_per_coach = 30\n");
  const auto child = dir.write("child.toml", "extends = \"base/region.toml\"\n[policy]\ncaseload_per_coach = 70\n");
  const auto set = load_scenario_file(child);
  REQUIRE(set.scenarios.size() == 1);
  CHECK(set.scenarios[0].name == "child");
  CHECK(set.scenarios[0].description.empty());
  CHECK(set.scenarios[0].params.region.job_seekers == 900);
  CHECK(set.scenarios[0].params.policy.caseload_per_coach == 70.0);
  // A chain of three.
  const auto grandchild = dir.write("grand.toml", "extends = \"child.toml\"\n[sim]\nseed = 5\n");
  const auto g = load_scenario_file(grandchild).scenarios[0];
  CHECK(g.params.region.job_seekers == 900);
  CHECK(g.params.policy.caseload_per_coach == 70.0);
  CHECK(g.params.sim.seed == 5);
}

TEST_CASE("Variants override keys of the baseline and inherit the rest", "[scenarios]") {
  TempDir dir;
  const auto f = dir.write("v.toml", "name = \"base\"\n[policy]\ncaseload_per_coach = 80\n[region]\njob_seekers = 1000\n"
                                     "[variants.double]\ndescription = \"twice the caseload\"\n"
                                     "policy.caseload_per_coach = 160\n"
                                     "[variants.more_aftercare]\npolicy.aftercare.weeks = 13\n");
  const auto set = load_scenario_file(f);
  REQUIRE(set.scenarios.size() == 3);
  CHECK(set.scenarios[1].name == "double");
  CHECK(set.scenarios[1].role == "variant");
  CHECK(set.scenarios[1].description == "twice the caseload");
  CHECK(set.scenarios[1].params.policy.caseload_per_coach == 160.0);
  CHECK(set.scenarios[1].params.region.job_seekers == 1000);
  CHECK(set.scenarios[2].name == "more_aftercare");
  CHECK(set.scenarios[2].params.policy.caseload_per_coach == 80.0);
  CHECK(set.scenarios[2].params.policy.aftercare_weeks == 13);
  CHECK(set.scenarios[0].content_hash != set.scenarios[1].content_hash);
}

TEST_CASE("Overrides given with --set beat the file, for the baseline and (by prefix) a variant", "[scenarios]") {
  TempDir dir;
  const auto f = dir.write("s.toml", "[policy]\ncaseload_per_coach = 80\n[variants.v]\npolicy.caseload_per_coach = 160\n");
  const auto set = load_scenario_file(
      f, {.overrides = {"policy.caseload_per_coach=100", "variants.v.sim.weeks = 52", "region.job_seekers=700"}});
  CHECK(set.scenarios[0].params.policy.caseload_per_coach == 100.0);
  CHECK(set.scenarios[0].params.region.job_seekers == 700);
  CHECK(set.scenarios[1].params.policy.caseload_per_coach == 160.0);  // the variant's own value stays
  CHECK(set.scenarios[1].params.region.job_seekers == 700);           // inherited from the baseline
  CHECK(set.scenarios[1].params.sim.weeks == 52);
  CHECK(set.scenarios[0].params.sim.weeks == 520);
}

TEST_CASE("The canonical form reloads to the same parameters and hash", "[scenarios]") {
  TempDir dir;
  const auto f = dir.write("c.toml", "[policy]\ncaseload_per_coach = 95.5\n[population]\n"
                                     "education_shares = [0.25, 0.25, 0.25, 0.25]\n");
  const auto first = load_scenario_file(f).scenarios[0];
  const auto again = load_scenario_file(dir.write("resolved.toml", first.resolved_toml)).scenarios[0];
  CHECK(again.resolved_toml == first.resolved_toml);
  CHECK(again.content_hash == first.content_hash);
  CHECK(first.content_hash == "sha256:" + sha256_hex(first.resolved_toml));
  CHECK(first.content_hash.size() == 7 + 64);
  CHECK(again.params.population.education_shares[0] == 0.25);
}

TEST_CASE("The built-in default region is valid and has a variant", "[scenarios]") {
  const auto set = load_scenario_text(default_scenario_text(), kDefaultScenarioName, fs::current_path());
  REQUIRE(set.scenarios.size() >= 2);
  CHECK(set.scenarios[0].name == "default-region");
}

TEST_CASE("An unknown key, a string for a number and a negative caseload: one message each, with lines", "[scenarios][bad-input]") {
  TempDir dir;
  const auto f = dir.write("bad.toml",
                           "name = \"bad\"\n"               // 1
                           "[policy]\n"                     // 2
                           "caseload_per_coach = -5\n"      // 3
                           "aftercare.weeks = \"four\"\n"   // 4
                           "[region]\n"                     // 5
                           "job_seeker = 100\n");           // 6
  const auto d = problems(f);
  REQUIRE(d.size() == 3);
  const auto* caseload = find(d, "policy.caseload_per_coach");
  REQUIRE(caseload != nullptr);
  CHECK(caseload->line == 3);
  CHECK(caseload->message == "must be in (0, 10000], got -5.0");
  const auto* weeks = find(d, "policy.aftercare.weeks");
  REQUIRE(weeks != nullptr);
  CHECK(weeks->line == 4);
  CHECK(weeks->message == "expected an integer, got a string (\"four\")");
  const auto* unknown = find(d, "region.job_seeker");
  REQUIRE(unknown != nullptr);
  CHECK(unknown->line == 6);
  CHECK(unknown->message == "unknown key; did you mean 'region.job_seekers'?");
  CHECK(caseload->format() == f.string() + ":3:22: policy.caseload_per_coach: must be in (0, 10000], got -5.0");
}

TEST_CASE("Problems in variants and --set are reported with the variant's key", "[scenarios][bad-input]") {
  TempDir dir;
  const auto f = dir.write("v.toml", "[variants.x]\npolicy.caseload_per_coach = 0\n");
  const auto d = problems(f, {.overrides = {"sim.weeks=abc", "nonsense"}});
  REQUIRE(d.size() == 3);
  CHECK(find(d, "variants.x.policy.caseload_per_coach") != nullptr);
  CHECK(find(d, "variants.x.policy.caseload_per_coach")->line == 2);
  const auto* set = find(d, "sim.weeks");
  REQUIRE(set != nullptr);
  CHECK(set->file == "--set");
  CHECK(set->message == "expected an integer, got a string (\"abc\")");
  CHECK(find(d, "")->message == "expected key=value, got 'nonsense'");
}

TEST_CASE("Lists: wrong length, shares that do not sum to 1, wrong element type", "[scenarios][bad-input]") {
  TempDir dir;
  const auto f = dir.write("l.toml", "[population]\neducation_shares = [0.5, 0.5]\nage_band_shares = [0.5, 0.5, 0.5, 0.5, 0.5]\n"
                                     "benefit_type_shares = [1, \"x\", 0, 0]\n");
  const auto d = problems(f);
  REQUIRE(d.size() == 3);
  CHECK(find(d, "population.education_shares")->message ==
        "must have 4 elements (primary, lower_secondary, upper_secondary, tertiary), got 2");
  CHECK(find(d, "population.age_band_shares")->message == "must sum to 1, got 2.5");
  CHECK(find(d, "population.benefit_type_shares")->message.rfind("expected a list of numbers", 0) == 0);
}

TEST_CASE("A section used as a value, a bad variant name, a variant named like the baseline", "[scenarios][bad-input]") {
  TempDir dir;
  const auto f = dir.write("n.toml", "name = \"same\"\npolicy = 3\n[variants.same]\nsim.weeks = 10\n"
                                     "[variants.\"bad name\"]\nsim.weeks = 10\n");
  const auto d = problems(f);
  CHECK(find(d, "policy")->message.rfind("is a section, not a value", 0) == 0);
  CHECK(find(d, "variants.same") != nullptr);
  CHECK(find(d, "variants.bad name") != nullptr);
}

TEST_CASE("Circular and missing extends, unsupported schema_version, syntax errors, non-UTF-8", "[scenarios][bad-input]") {
  TempDir dir;
  dir.write("a.toml", "extends = \"b.toml\"\n");
  const auto b = dir.write("b.toml", "extends = \"a.toml\"\n");
  const auto circular = problems(b);
  REQUIRE(circular.size() == 1);
  CHECK(circular[0].message.rfind("circular extends: b.toml -> a.toml -> b.toml", 0) == 0);

  const auto missing = problems(dir.write("m.toml", "extends = \"nowhere.toml\"\n"));
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].key == "extends");
  CHECK(missing[0].line == 1);
  CHECK(missing[0].message.rfind("file not found", 0) == 0);

  const auto version = problems(dir.write("v.toml", "schema_version = 2\n"));
  REQUIRE(version.size() == 1);
  CHECK(version[0].message == "schema_version 2 is not supported by this build (reads 1)");

  const auto syntax = problems(dir.write("s.toml", "[policy]\ncaseload_per_coach = = 4\n"));
  REQUIRE(syntax.size() == 1);
  CHECK(syntax[0].line == 2);
  CHECK(syntax[0].message.rfind("not valid TOML", 0) == 0);

  const auto utf8 = problems(dir.write("u.toml", "name = \"caf\xe9\"\n"));
  REQUIRE(utf8.size() == 1);
  CHECK(utf8[0].line == 1);

  const auto none = problems(dir.path() / "does-not-exist.toml");
  REQUIRE(none.size() == 1);
  CHECK(none[0].message == "cannot open file");
}
