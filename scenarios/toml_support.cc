#include "scenarios/toml_support.h"

#include <sstream>

namespace regiosim::scenarios::detail {

void DiagnosticSink::throw_if_any() {
  if (!diagnostics_.empty()) throw ScenarioError(std::move(diagnostics_));
}

void DiagnosticSink::relocate_set(const ScenarioError& error, const std::map<std::string, int>& set_lines,
                                  const std::set<std::string>& cli_keys) {
  for (auto d : error.diagnostics()) {
    if (d.file == "--set" && !cli_keys.contains(d.key)) {
      d.file = file_;
      d.line = set_lines.contains(d.key) ? set_lines.at(d.key) : 0;
      d.column = 0;
      d.key = "set." + d.key;
    }
    diagnostics_.push_back(std::move(d));
  }
}

std::string_view node_type_name(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::array: return "a list";
    case toml::node_type::table: return "a table";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    default: return "nothing";
  }
}

std::optional<double> number_of(const toml::node& n) {
  if (const auto* i = n.as_integer()) return static_cast<double>(i->get());
  if (const auto* f = n.as_floating_point()) return f->get();
  return std::nullopt;
}

namespace {

void flatten_set(const toml::table& t, const std::string& prefix, std::vector<std::string>& out,
                 std::map<std::string, int>& lines) {
  for (const auto& [k, node] : t) {
    const std::string key = prefix + std::string(k.str());
    if (const auto* sub = node.as_table()) {
      flatten_set(*sub, key + ".", out, lines);
      continue;
    }
    std::ostringstream value;
    if (const auto* s = node.as_string()) {
      value << toml::value<std::string>(std::string(s->get()));
    } else if (const auto* a = node.as_array()) {
      value << toml::toml_formatter(*a, toml::format_flags::none);
    } else {
      node.visit([&](const auto& v) {
        if constexpr (toml::is_value<decltype(v)>) value << v;
      });
    }
    lines[key] = static_cast<int>(node.source().begin.line);
    out.push_back(key + "=" + value.str());
  }
}

}  // namespace

std::vector<std::string> set_overrides(const toml::table& set, std::map<std::string, int>& lines) {
  std::vector<std::string> out;
  flatten_set(set, "", out, lines);
  return out;
}

std::string override_key(const std::string& override_text) {
  const auto eq = override_text.find('=');
  if (eq == std::string::npos) return {};
  std::string key = override_text.substr(0, eq);
  const auto b = key.find_first_not_of(" \t");
  const auto e = key.find_last_not_of(" \t");
  return b == std::string::npos ? std::string() : key.substr(b, e - b + 1);
}

}  // namespace regiosim::scenarios::detail
