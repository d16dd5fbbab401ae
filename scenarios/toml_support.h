// Private to scenarios/: what the loaders of sweep and calibration files share. A DiagnosticSink
// collects problems of one file with their line and column; `did_you_mean` ranks near misses;
// `[set]` tables become the "key=value" overrides the scenario loader takes, and problems the
// scenario loader finds in them are moved back to their lines.
//
//   DiagnosticSink sink("cal.toml");
//   std::map<std::string, int> lines;
//   auto overrides = set_overrides(*doc["set"].as_table(), lines);
//   try { base = load_scenario_file(path, {overrides}); }
//   catch (const ScenarioError& e) { sink.relocate_set(e, lines, {}); }
#pragma once

#include "scenarios/scenario.h"

#include <toml++/toml.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace regiosim::scenarios::detail {

class DiagnosticSink {
 public:
  explicit DiagnosticSink(std::string file) : file_(std::move(file)) {}
  const std::string& file() const noexcept { return file_; }

  void add(int line, int column, const std::string& key, const std::string& message) {
    diagnostics_.push_back({file_, line, column, key, message});
  }
  void add(const toml::node& n, const std::string& key, const std::string& message) {
    add(static_cast<int>(n.source().begin.line), static_cast<int>(n.source().begin.column), key, message);
  }
  bool empty() const noexcept { return diagnostics_.empty(); }
  std::vector<Diagnostic>& diagnostics() noexcept { return diagnostics_; }
  // Throws ScenarioError with everything collected (in the order found) when anything was.
  void throw_if_any();

  // Takes the diagnostics of a base scenario loaded with `[set]` overrides: a "--set" problem with a
  // key written in the file's [set] (and not on the command line, `cli_keys`) moves to that line as
  // "set.<key>"; everything else is kept as it is.
  void relocate_set(const ScenarioError& error, const std::map<std::string, int>& set_lines,
                    const std::set<std::string>& cli_keys);

 private:
  std::string file_;
  std::vector<Diagnostic> diagnostics_;
};

// "; did you mean 'x'?" for the candidate nearest to word with an edit distance below `below`,
// or "" when none is that near.
template <class Range>
std::string did_you_mean(std::string_view word, const Range& candidates, std::size_t below);

// "a string", "an integer", "a number", "a boolean", "a list", "a table", ...
std::string_view node_type_name(const toml::node& n);

// A number (integer or float) from a node.
std::optional<double> number_of(const toml::node& n);

// The pairs of a [set] table (dotted keys or nested tables) as "key=value" overrides for the
// scenario loader, in file order; `lines` receives the line of each key.
std::vector<std::string> set_overrides(const toml::table& set, std::map<std::string, int>& lines);

// The key of a "key=value" override ("" when there is no '=').
std::string override_key(const std::string& override_text);

}  // namespace regiosim::scenarios::detail

#include "sim/parameter_table.h"

namespace regiosim::scenarios::detail {

template <class Range>
std::string did_you_mean(std::string_view word, const Range& candidates, std::size_t below) {
  std::size_t best = below;
  std::string suggestion;
  for (const auto& candidate : candidates) {
    const auto d = sim::edit_distance(word, std::string_view(candidate));
    if (d < best) best = d, suggestion = std::string(candidate);
  }
  return suggestion.empty() ? std::string() : "; did you mean '" + suggestion + "'?";
}

}  // namespace regiosim::scenarios::detail
