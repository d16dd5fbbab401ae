// Scenario loading: extends, variants, --set, canonical form and hash, and every kind of bad input
// reported at once with file, line and key.
#include "scenarios/scenario.h"

#include <catch2/catch.hpp>

#include "tests/support/temp_dir.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <random>

using namespace regiosim;
using namespace regiosim::scenarios;
namespace fs = std::filesystem;
using regiosim::testing::TempDir;

namespace {

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
  TempDir dir("loader");
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
  TempDir dir("loader");
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
  TempDir dir("loader");
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

TEST_CASE("Labels: label, label_nl and label_en of the baseline and of variants, not inherited", "[scenarios]") {
  TempDir dir("loader");
  dir.write("base.toml", "name = \"base\"\nlabel = \"Basis\"\n");
  const auto f = dir.write("l.toml", "extends = \"base.toml\"\nname = \"team\"\nlabel_nl = \"Huidig team\"\n"
                                     "label_en = \"Current team\"\n[variants.more]\nlabel = \"Twee extra\"\n"
                                     "region.case_managers = 41\n");
  const auto set = load_scenario_file(f);
  REQUIRE(set.scenarios.size() == 2);
  CHECK(set.scenarios[0].label.empty());  // not inherited from base.toml
  CHECK(set.scenarios[0].label_nl == "Huidig team");
  CHECK(set.scenarios[0].label_en == "Current team");
  CHECK(set.scenarios[1].label == "Twee extra");
  CHECK(set.scenarios[1].label_nl.empty());
  CHECK(set.scenarios[1].params.region.case_managers == 41);
  // A label is text only: it changes neither the parameters nor the content hash.
  const auto plain = dir.write("p.toml", "extends = \"base.toml\"\nname = \"team\"\n");
  CHECK(load_scenario_file(plain).scenarios[0].content_hash == set.scenarios[0].content_hash);
  // --set can give one.
  LoadOptions o;
  o.overrides = {"label=Anders", "variants.more.label_en=Two more"};
  const auto over = load_scenario_file(f, o);
  CHECK(over.scenarios[0].label == "Anders");
  CHECK(over.scenarios[1].label_en == "Two more");
}

TEST_CASE("Labels must be text, and a misspelt label key is an unknown key", "[scenarios][bad-input]") {
  TempDir dir("loader");
  const auto f = dir.write("bad-label.toml",
                           "name = \"x\"\n"             // 1
                           "label = 3\n"                  // 2
                           "lable_nl = \"Basis\"\n"       // 3
                           "[variants.v]\n"               // 4
                           "label_en = true\n");          // 5
  const auto d = problems(f);
  const auto* label = find(d, "label");
  REQUIRE(label != nullptr);
  CHECK(label->line == 2);
  CHECK(label->message == "must be a string");
  const auto* misspelt = find(d, "lable_nl");
  REQUIRE(misspelt != nullptr);
  CHECK(misspelt->line == 3);
  CHECK(misspelt->message.starts_with("unknown key"));
  const auto* variant = find(d, "variants.v.label_en");
  REQUIRE(variant != nullptr);
  CHECK(variant->line == 5);
  CHECK(variant->message == "must be a string");
}

TEST_CASE("Overrides given with --set beat the file, for the baseline and (by prefix) a variant", "[scenarios]") {
  TempDir dir("loader");
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
  TempDir dir("loader");
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
  TempDir dir("loader");
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
  CHECK(caseload->message == "must be in [1, 10000], got -5.0");
  const auto* weeks = find(d, "policy.aftercare.weeks");
  REQUIRE(weeks != nullptr);
  CHECK(weeks->line == 4);
  CHECK(weeks->message == "expected an integer, got a string (\"four\")");
  const auto* unknown = find(d, "region.job_seeker");
  REQUIRE(unknown != nullptr);
  CHECK(unknown->line == 6);
  CHECK(unknown->message == "unknown key; did you mean 'region.job_seekers'?");
  CHECK(caseload->format() == f.string() + ":3:22: policy.caseload_per_coach: must be in [1, 10000], got -5.0");
}

TEST_CASE("Problems in variants and --set are reported with the variant's key", "[scenarios][bad-input]") {
  TempDir dir("loader");
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
  TempDir dir("loader");
  const auto f = dir.write("l.toml", "[population]\neducation_shares = [0.5, 0.5]\nage_band_shares = [0.5, 0.5, 0.5, 0.5, 0.5]\n"
                                     "benefit_type_shares = [1, \"x\", 0, 0]\n");
  const auto d = problems(f);
  REQUIRE(d.size() == 3);
  CHECK(find(d, "population.education_shares")->message ==
        "must have 4 elements (primary, lower_secondary, upper_secondary, tertiary), got 2");
  CHECK(find(d, "population.age_band_shares")->message == "must sum to 1, got 2.5");
  CHECK(find(d, "population.benefit_type_shares")->message == "element nug (2nd): expected a number, got a string (\"x\")");
  CHECK(find(d, "population.benefit_type_shares")->line == 4);
  CHECK(find(d, "population.benefit_type_shares")->column == 27);  // at the element, not the list
}

TEST_CASE("Every element of the wrong type is named, a list without labels by its place", "[scenarios][bad-input]") {
  TempDir dir("loader");
  const auto f = dir.write("e.toml", "[population]\nage_band_shares = [0.2, true, 0.2, 0.2, \"0.2\"]\n"
                                     "[output]\ntimeseries = [\"stocks\", 3]\n");
  const auto d = problems(f);
  REQUIRE(d.size() == 3);
  CHECK(d[0].format() == f.string() + ":2:25: population.age_band_shares: element 27-34 (2nd): expected a number, got a boolean (true)");
  CHECK(d[1].message == "element 55-66 (5th): expected a number, got a string (\"0.2\")");
  CHECK(d[2].format() == f.string() + ":4:25: output.timeseries: element 2: expected a string, got an integer (3)");
  // From --set there is no line: the problem is reported at --set.
  const auto set = problems(dir.write("ok.toml", ""), {.overrides = {"output.timeseries=[\"stocks\", 3]"}});
  REQUIRE(set.size() == 1);
  CHECK(set[0].format() == "--set: output.timeseries: element 2: expected a string, got an integer (3)");
}

TEST_CASE("A table where a parameter has a value is a wrong type, not a section", "[scenarios][bad-input]") {
  TempDir dir("loader");
  const auto f = dir.write("t.toml", "[sim]\nseed = { value = 3 }\n"      // 1-2
                                     "[policy.caseload_per_coach]\n"       // 3
                                     "low = 1\nhigh = 2\n"                 // 4-5
                                     "[variants.v]\nsim.weeks = { a = 1 }\n");  // 6-7
  const auto d = problems(f);
  REQUIRE(d.size() == 3);
  CHECK(d[0].format() == f.string() + ":2:8: sim.seed: expected an integer, got a table ({...})");
  CHECK(d[1].key == "policy.caseload_per_coach");
  CHECK(d[1].line == 3);
  CHECK(d[1].message == "expected a number, got a table ({...})");
  CHECK(d[2].format() == f.string() + ":7:13: variants.v.sim.weeks: expected an integer, got a table ({...})");
  // Sections still flatten, also from --set.
  const auto ok = dir.write("ok.toml", "[variants.v]\nsim.weeks = 3\n");
  CHECK(load_scenario_file(ok, {.overrides = {"region={job_seekers=700}"}}).scenarios[0].params.region.job_seekers == 700);
  const auto set = problems(ok, {.overrides = {"sim.seed={value=3}"}});
  REQUIRE(set.size() == 1);
  CHECK(set[0].format() == "--set: sim.seed: expected an integer, got a table ({...})");
}

TEST_CASE("Overrides: numbers beyond 64 bits are out of range, and a variant must exist in the file", "[scenarios][bad-input]") {
  TempDir dir("loader");
  const auto f = dir.write("v.toml", "[variants.aftercare_13w]\npolicy.aftercare.weeks = 13\n");
  const auto big = problems(f, {.overrides = {"sim.weeks=100000000000000000000", "policy.caseload_per_coach=1e400"}});
  REQUIRE(big.size() == 2);
  CHECK(big[0].format() == "--set: sim.weeks: 100000000000000000000 is out of range for a 64-bit integer");
  CHECK(big[1].format() == "--set: policy.caseload_per_coach: 1e400 is out of range for a 64-bit floating-point number");
  // A word that merely starts with digits is still a string.
  CHECK(problems(f, {.overrides = {"sim.weeks=52abc"}}).at(0).message == "expected an integer, got a string (\"52abc\")");

  const auto typo = problems(f, {.overrides = {"variants.aftercare_13x.policy.aftercare.weeks=26"}});
  REQUIRE(typo.size() == 1);
  CHECK(typo[0].format() ==
        "--set: variants.aftercare_13x.policy.aftercare.weeks: unknown variant 'aftercare_13x'; did you mean "
        "'aftercare_13w'? (variants are defined in the scenario file)");
  CHECK(problems(f, {.overrides = {"variants.other.sim.weeks=26"}}).at(0).message ==
        "unknown variant 'other' (variants are defined in the scenario file; this one has aftercare_13w)");
  CHECK(problems(dir.write("none.toml", ""), {.overrides = {"variants.x.sim.weeks=26"}}).at(0).message ==
        "unknown variant 'x' (variants are defined in the scenario file; this one has none)");
  const auto set = load_scenario_file(f, {.overrides = {"variants.aftercare_13w.policy.aftercare.weeks=26"}});
  REQUIRE(set.scenarios.size() == 2);
  CHECK(set.scenarios[1].params.policy.aftercare_weeks == 26);
}

TEST_CASE("extends: a cycle and a directory are reported at the extends that names them", "[scenarios][bad-input]") {
  TempDir dir("loader");
  const auto self = problems(dir.write("self.toml", "# itself\nextends = \"self.toml\"\n"));
  REQUIRE(self.size() == 1);
  CHECK(self[0].line == 2);
  CHECK(self[0].column == 11);
  CHECK(self[0].key == "extends");
  CHECK(self[0].message == "circular extends: self.toml -> self.toml");

  fs::create_directories(dir.path() / "folder");
  const auto folder = dir.write("f.toml", "extends = \"folder\"\n");
  const auto d = problems(folder);
  REQUIRE(d.size() == 1);
  CHECK(d[0].format() == folder.string() + ":1:11: extends: " + (dir.path() / "folder").string() +
                             " is a directory, not a scenario file");
  const auto main = problems(dir.path() / "folder");
  REQUIRE(main.size() == 1);
  CHECK(main[0].format() == (dir.path() / "folder").string() + ": is a directory, not a scenario file");
}

TEST_CASE("A section used as a value, a bad variant name, a variant named like the baseline", "[scenarios][bad-input]") {
  TempDir dir("loader");
  const auto f = dir.write("n.toml", "name = \"same\"\npolicy = 3\n[variants.same]\nsim.weeks = 10\n"
                                     "[variants.\"bad name\"]\nsim.weeks = 10\n");
  const auto d = problems(f);
  CHECK(find(d, "policy")->message.rfind("is a section, not a value", 0) == 0);
  CHECK(find(d, "variants.same") != nullptr);
  CHECK(find(d, "variants.bad name") != nullptr);
}

TEST_CASE("Circular and missing extends, unsupported schema_version, syntax errors, non-UTF-8", "[scenarios][bad-input]") {
  TempDir dir("loader");
  dir.write("a.toml", "extends = \"b.toml\"\n");
  const auto b = dir.write("b.toml", "extends = \"a.toml\"\n");
  const auto circular = problems(b);
  REQUIRE(circular.size() == 1);
  CHECK(circular[0].message.rfind("circular extends: b.toml -> a.toml -> b.toml", 0) == 0);
  CHECK(circular[0].file == (dir.path() / "a.toml").string());  // the extends that closes the cycle
  CHECK(circular[0].line == 1);

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

TEST_CASE("A long chain of extends is refused at the extends that goes beyond the limit, without recursing further",
          "[scenarios][bad-input][input-limits]") {
  TempDir dir("loader");
  for (int i = 0; i < 5000; ++i) dir.write("c" + std::to_string(i) + ".toml", "extends = \"c" + std::to_string(i + 1) + ".toml\"\n");
  dir.write("c5000.toml", "");
  const auto d = problems(dir.path() / "c0.toml");
  REQUIRE(d.size() == 1);
  CHECK(d[0].file == (dir.path() / "c15.toml").string());  // the 16th file names the 17th
  CHECK(d[0].line == 1);
  CHECK(d[0].key == "extends");
  CHECK(d[0].message == "a chain of more than 16 files through extends (c0.toml -> ... -> c15.toml -> c16.toml); at most 16");
  // Sixteen files are fine.
  dir.write("c15.toml", "");
  CHECK(problems(dir.path() / "c0.toml").empty());
}

TEST_CASE("extends of a pipe, a device or a link loop, and a pipe as the main file: refused, never read",
          "[scenarios][bad-input][input-limits]") {
  TempDir dir("loader");
  REQUIRE(::mkfifo((dir.path() / "fifo.toml").c_str(), 0600) == 0);
  const auto pipe = problems(dir.write("p.toml", "extends = \"fifo.toml\"\n"));
  REQUIRE(pipe.size() == 1);
  CHECK(pipe[0].format() == (dir.path() / "p.toml").string() + ":1:11: extends: " + (dir.path() / "fifo.toml").string() +
                                " is a named pipe, not a regular file");
  const auto main = problems(dir.path() / "fifo.toml");
  REQUIRE(main.size() == 1);
  CHECK(main[0].message == "is a named pipe, not a regular file");

  const auto zero = problems(dir.write("z.toml", "extends = \"/dev/zero\"\n"));
  REQUIRE(zero.size() == 1);
  CHECK(zero[0].key == "extends");
  CHECK(zero[0].message == "/dev/zero is a character device, not a regular file");

  fs::create_symlink("loop2.toml", dir.path() / "loop1.toml");
  fs::create_symlink("loop1.toml", dir.path() / "loop2.toml");
  const auto loop = problems(dir.write("l.toml", "extends = \"loop1.toml\"\n"));
  REQUIRE(loop.size() == 1);
  CHECK(loop[0].key == "extends");
  CHECK(loop[0].line == 1);
  CHECK(loop[0].message == (dir.path() / "loop1.toml").string() +
                               " cannot open: too many levels of symbolic links (a loop of links?)");
}

TEST_CASE("Deep nesting and long keys are refused before parsing, with file, line and column",
          "[scenarios][bad-input][input-limits]") {
  TempDir dir("loader");
  std::string key = "a";
  for (int i = 0; i < 50000; ++i) key += ".b";
  const auto deep = problems(dir.write("deep.toml", "[sim]\nweeks = 4\n" + key + " = 1\n"));
  REQUIRE(deep.size() == 1);
  CHECK(deep[0].format() == (dir.path() / "deep.toml").string() +
                                ":3:1: tables, dotted keys and lists nested 33 levels deep; at most 32");
  const auto header = problems(dir.write("header.toml", "[" + key + "]\n"));
  REQUIRE(header.size() == 1);
  CHECK(header[0].line == 1);
  const auto longkey = problems(dir.write("long.toml", std::string(100000, 'k') + " = 1\n"));
  REQUIRE(longkey.size() == 1);
  CHECK(longkey[0].message == "a key of 100000 bytes; at most 256");
  // --set: a key of 50,000 parts is one quoted key, too long.
  const auto set = problems(dir.write("ok.toml", ""), {.overrides = {key + "=1"}});
  REQUIRE(set.size() == 1);
  CHECK(set[0].file == "--set");
  CHECK(set[0].message == "a key of 100001 bytes; at most 256");
}

TEST_CASE("Costs, hours and durations have upper bounds, a caseload is at least 1, a min above its max is refused",
          "[scenarios][bad-input][input-limits]") {
  TempDir dir("loader");
  const auto d = problems(dir.write("x.toml", "[coach]\nhourly_cost_eur = 1e308\n[tiles]\nopleiden.eur = 1e308\n"
                                              "werk_fit.hours_per_week = 100\n[policy]\ncaseload_per_coach = 0.999\n"
                                              "[groups]\npositions = [8, 3]\n[growth]\ncandidate_rungs = [5, 2]\n"));
  REQUIRE(d.size() == 6);
  CHECK(find(d, "coach.hourly_cost_eur")->message == "must be in [0, 1000], got 1e+308");
  CHECK(find(d, "tiles.opleiden.eur")->message == "must be in [0, 100000], got 1e+308");
  CHECK(find(d, "tiles.werk_fit.hours_per_week")->message == "must be in [0, 40], got 100.0");
  CHECK(find(d, "policy.caseload_per_coach")->message == "must be in [1, 10000], got 0.999");
  CHECK(find(d, "groups.positions")->message == "min (8) must not exceed max (3)");
  CHECK(find(d, "growth.candidate_rungs")->message == "lowest (5) must not exceed highest (2)");
  // A pair in order, and equal ends, are fine.
  CHECK(problems(dir.write("y.toml", "[groups]\npositions = [4, 4]\n[policy]\ncaseload_per_coach = 1\n")).empty());
}

TEST_CASE("A variant may not set its own seed: its differences are paired with the baseline's replications",
          "[scenarios][bad-input]") {
  TempDir dir("loader");
  const auto f = dir.write("v.toml", "[sim]\nseed = 4\n[variants.other]\nsim.seed = 5\n[variants.fine]\nsim.weeks = 10\n");
  const auto d = problems(f);
  REQUIRE(d.size() == 1);
  CHECK(d[0].line == 4);
  CHECK(d[0].key == "variants.other.sim.seed");
  CHECK(d[0].message.rfind("a variant runs on the baseline's random numbers", 0) == 0);
  // Through --set too.
  const auto set = problems(dir.write("w.toml", "[variants.fine]\nsim.weeks = 10\n"), {.overrides = {"variants.fine.sim.seed=9"}});
  REQUIRE(set.size() == 1);
  CHECK(set[0].file == "--set");
  // The baseline's seed is every variant's.
  const auto ok = load_scenario_file(dir.write("u.toml", "[sim]\nseed = 4\n[variants.fine]\nsim.weeks = 10\n"));
  CHECK(ok.scenarios[1].params.sim.seed == 4);
}

TEST_CASE("A variant name with a '.' is refused as a name, not reported as an unknown key", "[scenarios][bad-input]") {
  TempDir dir("loader");
  const auto d = problems(dir.write("v.toml", "[variants.\"v.1\"]\npolicy.caseload_per_coach = 40\n"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].format() == (dir.path() / "v.toml").string() +
                             ":1:11: variants.v.1: variant names start with a letter or digit and use only letters, "
                             "digits, '_' or '-'");
}

TEST_CASE("Control characters in keys are escaped in messages", "[scenarios][bad-input]") {
  TempDir dir("loader");
  const auto d = problems(dir.write("c.toml", "\"bad\\u001b[31mkey\" = 1\n"));
  REQUIRE(d.size() == 1);
  CHECK(d[0].format() == (dir.path() / "c.toml").string() + ":1:22: bad\\x1b[31mkey: unknown key");
}
