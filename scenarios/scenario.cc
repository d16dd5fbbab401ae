#include "scenarios/scenario.h"

#include "scenarios/input_file.h"
#include "scenarios/memory_check.h"
#include "scenarios/toml_support.h"

#include <openssl/evp.h>
#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>

namespace regiosim::scenarios {

namespace fs = std::filesystem;
using sim::ParamSpec;
using sim::ParamType;
using sim::ParamValue;

std::string Diagnostic::format() const {
  std::string out = file;
  if (line > 0) {
    out += ":" + std::to_string(line);
    if (column > 0) out += ":" + std::to_string(column);
  }
  out += ": ";
  if (!key.empty()) out += key + ": ";
  // A file name, key or value quoted in a message may hold control characters: never sent raw.
  return escape_control(out + message);
}

namespace {

std::string summarise(const std::vector<Diagnostic>& d) {
  std::string out;
  for (const auto& x : d) out += x.format() + "\n";
  return out;
}

}  // namespace

ScenarioError::ScenarioError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(summarise(diagnostics)), diagnostics_(std::move(diagnostics)) {}

namespace {

// Keys that belong to one file (never inherited through `extends`) and are text, not parameters.
constexpr std::array<const char*, 3> kLabelKeys = {"label", "label_nl", "label_en"};

bool is_own_text(const std::string& key) {
  return key == "name" || key == "description" ||
         std::find(kLabelKeys.begin(), kLabelKeys.end(), key) != kLabelKeys.end();
}

struct Origin {
  std::string file;
  int line = 0;
  int column = 0;
};

struct Leaf {
  const toml::node* node = nullptr;
  Origin origin;
};

// Leaves of a document by dotted key, with where each was written.
using Flat = std::map<std::string, Leaf, std::less<>>;

using detail::node_type_name;  // scenarios/toml_support, shared with the sweep and calibration loaders

// 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, ..., 21st
std::string ordinal(std::size_t n) {
  const char* suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    else if (n % 10 == 2) suffix = "nd";
    else if (n % 10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

std::string excerpt(const toml::node& n) {
  std::ostringstream os;
  if (const auto* s = n.as_string()) {
    os << '"' << s->get() << '"';
  } else if (n.is_table()) {
    os << "{...}";
  } else if (n.is_array()) {
    os << toml::toml_formatter(*n.as_array(), toml::format_flags::none);
  } else {
    n.visit([&](auto&& v) {
      if constexpr (toml::is_value<decltype(v)>) os << v;
    });
  }
  std::string s = os.str();
  if (s.size() > 40) s = s.substr(0, 37) + "...";
  return s;
}

class Loader {
 public:
  explicit Loader(const models::ParameterTable& table) : table_(table) {}

  // Parses a file (following `extends`) into flat leaves. `meta` receives the file's own
  // name/description/variants leaves (not inherited). `from`: the `extends` that names this file
  // (nothing for the main file); problems with the file itself are reported there.
  Flat load_file(const fs::path& path, const std::string& shown, std::vector<fs::path>& stack, Flat* own_meta,
                 const Origin* from = nullptr) {
    const Origin at = from != nullptr ? *from : Origin{shown, 0, 0};
    const std::string key = from != nullptr ? "extends" : "";
    const std::string named = from != nullptr ? shown + " " : "";
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(path, ec);
    if (ec) canonical = fs::absolute(path, ec).lexically_normal();
    if (std::find(stack.begin(), stack.end(), canonical) != stack.end()) {
      std::string chain;
      for (const auto& p : stack) chain += p.filename().string() + " -> ";
      add(at, "extends", "circular extends: " + chain + canonical.filename().string());
      return {};
    }
    if (stack.size() >= static_cast<std::size_t>(kMaxExtendsChain)) {
      add(at, "extends", "a chain of more than " + std::to_string(kMaxExtendsChain) + " files through extends (" +
                             stack.front().filename().string() + " -> ... -> " + stack.back().filename().string() +
                             " -> " + canonical.filename().string() + "); at most " + std::to_string(kMaxExtendsChain));
      return {};
    }
    std::string text;
    if (const auto problem = read_input_file(path, "scenario", text)) {
      using Kind = InputFileProblem::Kind;
      if (problem->kind == Kind::missing) {
        add(at, key, from != nullptr ? "file not found: " + path.lexically_normal().string() : "cannot open file");
      } else {
        add(at, key, named + problem->message);
      }
      return {};
    }
    files_.push_back(path);
    stack.push_back(canonical);
    Flat flat = load_text(text, shown, path.parent_path(), stack, own_meta);
    stack.pop_back();
    return flat;
  }

  Flat load_text(std::string_view text, const std::string& shown, const fs::path& base_dir, std::vector<fs::path>& stack,
                 Flat* own_meta) {
    toml::table* doc = parse(text, shown);
    if (doc == nullptr) return {};
    Flat flat;
    flatten(*doc, "", shown, flat);

    // schema_version: per file; default is the current version.
    if (auto it = flat.find("schema_version"); it != flat.end()) {
      const auto v = it->second.node->value<std::int64_t>();
      if (!v || !it->second.node->is_integer()) {
        add(it->second.origin, "schema_version", "must be an integer");
      } else if (*v != kSchemaVersion) {
        add(it->second.origin, "schema_version",
            "schema_version " + std::to_string(*v) + " is not supported by this build (reads " +
                std::to_string(kSchemaVersion) + ")");
      }
      flat.erase(it);
    }

    // Split off what belongs to this file only.
    Flat meta;
    for (auto it = flat.begin(); it != flat.end();) {
      if (is_own_text(it->first) || it->first.rfind("variants.", 0) == 0 || it->first == "variants") {
        meta.insert(*it);
        it = flat.erase(it);
      } else {
        ++it;
      }
    }
    if (own_meta != nullptr) *own_meta = std::move(meta);

    Flat merged;
    if (auto it = flat.find("extends"); it != flat.end()) {
      const Leaf leaf = it->second;
      flat.erase(it);
      if (const auto* s = leaf.node->as_string()) {
        const fs::path parent = base_dir / fs::path(s->get());
        const std::string parent_shown = (fs::path(shown).parent_path() / fs::path(s->get())).lexically_normal().string();
        merged = load_file(parent, parent_shown, stack, nullptr, &leaf.origin);
      } else {
        add(leaf.origin, "extends", "must be a file name (a string), got " + std::string(node_type_name(*leaf.node)));
      }
    }
    for (auto& [k, v] : flat) merged[k] = v;
    return merged;
  }

  // Applies "key=value" overrides (values are TOML; a bare word counts as a string).
  void apply_overrides(const std::vector<std::string>& overrides, Flat& flat, Flat& meta) {
    const std::vector<std::string> variants = variant_names(meta);
    for (const auto& o : overrides) {
      const auto eq = o.find('=');
      const Origin origin{"--set", 0, 0};
      if (eq == std::string::npos || eq == 0) {
        add(origin, "", "expected key=value, got '" + o + "'");
        continue;
      }
      const std::string key = trim(o.substr(0, eq));
      const std::string value = trim(o.substr(eq + 1));
      if (const auto over = check_toml_limits(quote(key) + " = " + value)) {
        add(origin, key.size() > kMaxTomlKeyLength ? key.substr(0, 40) + "..." : key, over->message);
        continue;
      }
      // The key is quoted, so that flatten sees the whole dotted key (and a table given for a value).
      toml::table* doc = parse_quiet(quote(key) + " = " + value);
      if (doc == nullptr && !key.empty()) {
        if (auto problem = number_out_of_range(value)) {
          add(origin, key, *problem);
          continue;
        }
      }
      if (doc == nullptr) doc = parse_quiet(quote(key) + " = " + quote(value));
      if (doc == nullptr || key.empty()) {
        add(origin, key, "cannot read value '" + value + "'");
        continue;
      }
      Flat one;
      flatten(*doc, "", "--set", one);
      // A table value ({a = 1}) becomes several leaves under the key.
      for (auto& [full, leaf] : one) {
        leaf.origin = origin;
        if (full.rfind("variants.", 0) == 0) {
          if (auto problem = unknown_variant(full, variants)) {
            add(origin, full, *problem);
            continue;
          }
        }
        if (is_own_text(full) || full.rfind("variants.", 0) == 0) meta[full] = leaf;
        else flat[full] = leaf;
      }
    }
  }

  // Converts and checks the leaves against the parameter table; returns key -> value (and, in
  // `origins`, where each valid value was written).
  std::map<std::string, ParamValue, std::less<>> validate(const Flat& flat, std::string_view prefix = "",
                                                          std::map<std::string, KeyOrigin, std::less<>>* origins = nullptr) {
    std::map<std::string, ParamValue, std::less<>> out;
    for (const auto& [full_key, leaf] : flat) {
      const std::string key = full_key.substr(prefix.size());
      const auto* entry = table_.find(key);
      if (entry == nullptr) {
        unknown_key(key, full_key, leaf);
        continue;
      }
      auto value = convert(entry->spec, *leaf.node, full_key, leaf.origin);
      if (!value) continue;
      if (auto problem = sim::check_value(entry->spec, *value)) {
        add(leaf.origin, full_key, *problem);
        continue;
      }
      out[key] = std::move(*value);
      if (origins != nullptr) (*origins)[key] = KeyOrigin{leaf.origin.file, leaf.origin.line, leaf.origin.column, full_key};
    }
    return out;
  }

  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }
  // Every file read so far, in the order read (the main file first).
  const std::vector<fs::path>& files() const { return files_; }

  void add(const Origin& o, const std::string& key, const std::string& message) {
    diagnostics_.push_back(Diagnostic{o.file, o.line, o.column, key, message});
  }

 private:
  static std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    const auto e = s.find_last_not_of(" \t");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
  }

  // Names of the variants in a file's own leaves, in key order.
  static std::vector<std::string> variant_names(const Flat& meta) {
    std::vector<std::string> out;
    for (const auto& [key, leaf] : meta) {
      if (key.rfind("variants.", 0) != 0) continue;
      const std::string name = key.substr(9, key.find('.', 9) - 9);
      if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
    }
    return out;
  }

  // --set variants.NAME.key=value changes a variant of the file; it does not add one.
  static std::optional<std::string> unknown_variant(const std::string& full, const std::vector<std::string>& variants) {
    const std::string name = full.substr(9, full.find('.', 9) - 9);
    if (std::find(variants.begin(), variants.end(), name) != variants.end()) return std::nullopt;
    std::string message = "unknown variant '" + name + "'";
    std::size_t best = 4;
    std::string near;
    for (const auto& v : variants) {
      if (const auto d = sim::edit_distance(name, v); d < best) best = d, near = v;
    }
    if (!near.empty()) return message + "; did you mean '" + near + "'? (variants are defined in the scenario file)";
    std::string defined;
    for (const auto& v : variants) defined += (defined.empty() ? "" : ", ") + v;
    return message + " (variants are defined in the scenario file; this one has " +
           (defined.empty() ? std::string("none") : defined) + ")";
  }

  // A number TOML cannot hold (--set sim.weeks=100000000000000000000) is out of range, not a string.
  static std::optional<std::string> number_out_of_range(const std::string& value) {
    std::string digits;
    for (char c : value) {
      if (c != '_') digits += c;
    }
    if (digits.starts_with('+')) digits.erase(0, 1);
    const char* end = digits.data() + digits.size();
    std::int64_t i = 0;
    if (const auto r = std::from_chars(digits.data(), end, i); r.ptr == end && r.ec == std::errc::result_out_of_range) {
      return value + " is out of range for a 64-bit integer";
    }
    double x = 0;
    if (const auto r = std::from_chars(digits.data(), end, x); r.ptr == end && r.ec == std::errc::result_out_of_range) {
      return value + " is out of range for a 64-bit floating-point number";
    }
    return std::nullopt;
  }

  static std::string quote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    return out + "\"";
  }

  toml::table* parse(std::string_view text, const std::string& shown) {
    if (const auto over = check_toml_limits(text)) {
      add({shown, over->line, over->column}, "", over->message);
      return nullptr;
    }
    try {
      auto doc = std::make_unique<toml::table>(toml::parse(text, std::string_view(shown)));
      docs_.push_back(std::move(doc));
      return docs_.back().get();
    } catch (const toml::parse_error& e) {
      add({shown, static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column)}, "",
          "not valid TOML: " + std::string(e.description()));
      return nullptr;
    }
  }

  toml::table* parse_quiet(const std::string& text) {
    if (check_toml_limits(text)) return nullptr;  // apply_overrides reports it
    try {
      auto doc = std::make_unique<toml::table>(toml::parse(std::string_view(text), std::string_view("--set")));
      docs_.push_back(std::move(doc));
      return docs_.back().get();
    } catch (const toml::parse_error&) {
      return nullptr;
    }
  }

  // A non-empty table is a section, except where the parameter table has a value: there it stays one
  // leaf, reported by validate as a wrong type (`seed = { value = 3 }`).
  void flatten(const toml::table& t, const std::string& prefix, const std::string& shown, Flat& out) {
    for (auto&& [k, v] : t) {
      const std::string key = prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
      // [variants."v.1"]: a quoted name with a '.' would be split into a variant and a key.
      if (prefix == "variants" && k.str().find('.') != std::string_view::npos) {
        add(Origin{shown, static_cast<int>(k.source().begin.line), static_cast<int>(k.source().begin.column)}, key,
            "variant names start with a letter or digit and use only letters, digits, '_' or '-'");
        continue;
      }
      if (const auto* sub = v.as_table(); sub != nullptr && !sub->empty() && !names_parameter(key)) {
        flatten(*sub, key, shown, out);
      } else {
        const auto& src = v.source().begin.line > 0 ? v.source() : k.source();
        out[key] = Leaf{&v, Origin{shown, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column)}};
      }
    }
  }

  // True when `key` (after a leading variants.NAME.) is a parameter's key.
  bool names_parameter(std::string_view key) const {
    if (key.starts_with("variants.")) {
      const auto dot = key.find('.', 9);
      if (dot == std::string_view::npos) return false;
      key.remove_prefix(dot + 1);
    }
    return table_.find(key) != nullptr;
  }

  void unknown_key(const std::string& key, const std::string& full_key, const Leaf& leaf) {
    // A section name used as a value ("policy = 3")?
    const std::string section = key + ".";
    for (const auto& e : table_.entries()) {
      if (e.spec.key.rfind(section, 0) == 0) {
        add(leaf.origin, full_key, "is a section, not a value (e.g. " + e.spec.key + ")");
        return;
      }
    }
    if (const std::string* instead = table_.retired(key)) {
      add(leaf.origin, full_key, "is no longer a parameter: " + *instead);
      return;
    }
    std::string message = "unknown key";
    const auto near = table_.suggestions(key, 1);
    if (!near.empty()) message += "; did you mean '" + near.front() + "'?";
    add(leaf.origin, full_key, message);
  }

  std::optional<ParamValue> convert(const ParamSpec& spec, const toml::node& n, const std::string& key, const Origin& origin) {
    const auto wrong = [&](std::string_view expected) {
      add(origin, key, "expected " + std::string(expected) + ", got " + std::string(node_type_name(n)) + " (" + excerpt(n) + ")");
      return std::nullopt;
    };
    // An element of a list, named by its label and place, at its own line and column.
    bool element_ok = true;
    const auto wrong_element = [&](std::size_t i, const toml::node& e, std::string_view expected) {
      Origin at = origin;
      if (origin.line > 0 && e.source().begin.line > 0) {
        at = {origin.file, static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column)};
      }
      const std::string name = i < spec.labels.size() ? spec.labels[i] + " (" + ordinal(i + 1) + ")" : std::to_string(i + 1);
      add(at, key, "element " + name + ": expected " + std::string(expected) + ", got " + std::string(node_type_name(e)) +
                       " (" + excerpt(e) + ")");
      element_ok = false;
    };
    const auto number = [](const toml::node& x) -> std::optional<double> {
      if (const auto* i = x.as_integer()) return static_cast<double>(i->get());
      if (const auto* f = x.as_floating_point()) return f->get();
      return std::nullopt;
    };
    switch (spec.type) {
      case ParamType::integer: {
        if (const auto* i = n.as_integer()) return ParamValue{i->get()};
        if (const auto* f = n.as_floating_point(); f && std::isfinite(f->get()) && std::floor(f->get()) == f->get() &&
                                                   std::abs(f->get()) < 9.0e18) {
          return ParamValue{static_cast<std::int64_t>(f->get())};
        }
        return wrong("an integer");
      }
      case ParamType::real:
        if (auto x = number(n)) return ParamValue{*x};
        return wrong("a number");
      case ParamType::boolean:
        if (const auto* b = n.as_boolean()) return ParamValue{b->get()};
        return wrong("true or false");
      case ParamType::choice:
        if (const auto* s = n.as_string()) return ParamValue{std::string(s->get())};
        return wrong("a string (" + sim::describe_range(spec) + ")");
      case ParamType::real_list: {
        const auto* a = n.as_array();
        if (a == nullptr) return wrong("a list of numbers");
        std::vector<double> xs;
        for (std::size_t i = 0; i < a->size(); ++i) {
          if (auto x = number((*a)[i])) xs.push_back(*x);
          else wrong_element(i, (*a)[i], "a number");
        }
        if (!element_ok) return std::nullopt;
        return ParamValue{std::move(xs)};
      }
      case ParamType::choice_list: {
        const auto* a = n.as_array();
        if (a == nullptr) return wrong("a list of strings");
        std::vector<std::string> xs;
        for (std::size_t i = 0; i < a->size(); ++i) {
          if (const auto* s = (*a)[i].as_string()) xs.emplace_back(s->get());
          else wrong_element(i, (*a)[i], "a string");
        }
        if (!element_ok) return std::nullopt;
        return ParamValue{std::move(xs)};
      }
    }
    return std::nullopt;
  }

  const models::ParameterTable& table_;
  std::vector<std::unique_ptr<toml::table>> docs_;
  std::vector<fs::path> files_;
  std::vector<Diagnostic> diagnostics_;
};

bool valid_name(const std::string& s) {
  if (s.empty() || s.size() > 64 || !std::isalnum(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
  });
}

// A variant's name is one part of its keys (variants.NAME.key), so it has no '.'.
bool valid_variant_name(const std::string& s) { return valid_name(s) && s.find('.') == std::string::npos; }

std::string name_from_stem(const std::string& stem) {
  std::string out;
  for (char c : stem) out += (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.') ? c : '_';
  if (out.empty() || !std::isalnum(static_cast<unsigned char>(out[0]))) out = "scenario" + out;
  return out;
}

using Origins = std::map<std::string, KeyOrigin, std::less<>>;

Scenario make_scenario(std::string name, std::string role, std::string description, const std::string& source,
                       const std::map<std::string, ParamValue, std::less<>>& values, const Origins& origins) {
  const auto& table = models::parameter_table();
  Scenario s;
  s.name = std::move(name);
  s.role = std::move(role);
  s.description = std::move(description);
  s.source = source;
  s.params = table.defaults();
  for (const auto& [key, value] : values) {
    table.find(key)->set(s.params, value);
    s.set_keys.push_back(key);
    if (auto it = origins.find(key); it != origins.end()) s.origins.insert(*it);
  }
  s.resolved_toml = canonical_toml(s.params);
  s.content_hash = "sha256:" + sha256_hex(s.resolved_toml);
  return s;
}

std::optional<std::string> text_leaf(Loader& loader, const Flat& meta, const std::string& key) {
  auto it = meta.find(key);
  if (it == meta.end()) return std::nullopt;
  if (const auto* s = it->second.node->as_string()) return std::string(s->get());
  loader.add(it->second.origin, key, "must be a string");
  return std::nullopt;
}

ScenarioSet resolve(Loader& loader, Flat flat, Flat meta, const std::string& shown, const LoadOptions& options) {
  loader.apply_overrides(options.overrides, flat, meta);
  ScenarioSet set;
  set.source = shown;

  std::string name = name_from_stem(fs::path(shown).stem().string());
  if (auto n = text_leaf(loader, meta, "name")) {
    if (valid_name(*n)) name = *n;
    else loader.add(meta.at("name").origin, "name", "must start with a letter or digit and use only letters, digits, '_', '-' or '.' (at most 64)");
  }
  const std::string description = text_leaf(loader, meta, "description").value_or("");
  std::array<std::string, 3> labels;
  for (std::size_t i = 0; i < kLabelKeys.size(); ++i) labels[i] = text_leaf(loader, meta, kLabelKeys[i]).value_or("");
  Origins base_origins;
  const auto base_values = loader.validate(flat, "", &base_origins);

  // Variants, in order of first appearance in the file.
  std::vector<std::pair<int, std::string>> variant_order;
  std::map<std::string, Flat> variant_leaves;
  for (const auto& [key, leaf] : meta) {
    if (key == "variants") {
      if (!leaf.node->is_table()) loader.add(leaf.origin, key, "must be a table of variants ([variants.NAME])");
      continue;
    }
    if (key.rfind("variants.", 0) != 0) continue;
    const std::string rest = key.substr(9);
    const auto dot = rest.find('.');
    const std::string vname = rest.substr(0, dot);
    if (dot == std::string::npos) {
      if (!leaf.node->is_table()) loader.add(leaf.origin, key, "must be a table of overrides ([variants." + vname + "])");
      continue;
    }
    auto found = std::find_if(variant_order.begin(), variant_order.end(), [&](const auto& x) { return x.second == vname; });
    if (found == variant_order.end()) variant_order.emplace_back(leaf.origin.line, vname);
    else found->first = std::min(found->first, leaf.origin.line);
    variant_leaves[vname][key] = leaf;
  }
  std::stable_sort(variant_order.begin(), variant_order.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });

  std::vector<Scenario> variants;
  for (const auto& [line, vname] : variant_order) {
    Flat leaves = variant_leaves[vname];
    const std::string prefix = "variants." + vname + ".";
    if (!valid_variant_name(vname) || vname == name) {
      loader.add(leaves.begin()->second.origin, "variants." + vname,
                 vname == name ? "a variant cannot have the baseline's name"
                               : "variant names start with a letter or digit and use only letters, digits, '_' or '-'");
    }
    std::string vdesc;
    if (auto it = leaves.find(prefix + "description"); it != leaves.end()) {
      if (const auto* s = it->second.node->as_string()) vdesc = std::string(s->get());
      else loader.add(it->second.origin, it->first, "must be a string");
      leaves.erase(it);
    }
    std::array<std::string, 3> vlabels;
    for (std::size_t i = 0; i < kLabelKeys.size(); ++i) {
      if (auto it = leaves.find(prefix + kLabelKeys[i]); it != leaves.end()) {
        if (const auto* s = it->second.node->as_string()) vlabels[i] = std::string(s->get());
        else loader.add(it->second.origin, it->first, "must be a string");
        leaves.erase(it);
      }
    }
    auto values = base_values;
    Origins origins = base_origins;
    Origins own;
    for (auto& [k, v] : loader.validate(leaves, prefix, &own)) values[k] = v;
    for (auto& [k, o] : own) origins[k] = o;
    // A variant is compared with the baseline replication by replication, on the same random numbers.
    if (const auto it = own.find("sim.seed"); it != own.end()) {
      loader.add(Origin{it->second.file, it->second.line, it->second.column}, it->second.key,
                 "a variant runs on the baseline's random numbers (its differences are paired by replication) and "
                 "cannot set its own seed; set sim.seed for the whole file, or put this variant in a scenario file "
                 "of its own");
    }
    variants.push_back(make_scenario(vname, "variant", vdesc, shown, values, origins));
    std::tie(variants.back().label, variants.back().label_nl, variants.back().label_en) =
        std::tie(vlabels[0], vlabels[1], vlabels[2]);
  }
  Scenario baseline = make_scenario(name, "baseline", description, shown, base_values, base_origins);
  std::tie(baseline.label, baseline.label_nl, baseline.label_en) = std::tie(labels[0], labels[1], labels[2]);

  std::vector<const Scenario*> runs = {&baseline};
  for (const auto& v : variants) runs.push_back(&v);
  // Keys that must agree: every local market needs employers. Reported where region.markets was
  // written (its default, 1, never exceeds the employers), once for a variant that inherits it.
  {
    std::set<std::string> reported;
    for (const Scenario* sc : runs) {
      for (const auto& problem : cross_key_problems(sc->params)) {
        const auto it = sc->origins.find(problem.key);
        const KeyOrigin where = it != sc->origins.end() ? it->second : KeyOrigin{sc->source, 0, 0, problem.key};
        if (!reported.insert(where.file + ":" + std::to_string(where.line) + ":" + where.key + problem.message).second) continue;
        loader.add(Origin{where.file, where.line, where.column}, where.key, problem.message);
      }
    }
  }

  // The runs must fit in memory (checked on the valid values, with the other problems).
  if (options.memory) {
    for (auto& d : check_memory(runs, *options.memory)) loader.diagnostics().push_back(std::move(d));
  }

  if (!loader.diagnostics().empty()) {
    auto d = loader.diagnostics();
    std::stable_sort(d.begin(), d.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
    throw ScenarioError(std::move(d));
  }
  set.scenarios.push_back(std::move(baseline));
  for (auto& v : variants) set.scenarios.push_back(std::move(v));
  for (auto& s : set.scenarios) s.files = loader.files();
  return set;
}

std::string shortest(double x) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, x);
  std::string s(buf, r.ptr);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

std::string toml_value(const ParamValue& v) {
  struct V {
    std::string operator()(std::int64_t i) const { return std::to_string(i); }
    std::string operator()(double d) const { return shortest(d); }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(const std::string& s) const { return "\"" + s + "\""; }
    std::string operator()(const std::vector<double>& xs) const {
      std::string out = "[";
      for (std::size_t i = 0; i < xs.size(); ++i) out += (i ? ", " : "") + shortest(xs[i]);
      return out + "]";
    }
    std::string operator()(const std::vector<std::string>& xs) const {
      std::string out = "[";
      for (std::size_t i = 0; i < xs.size(); ++i) out += (i ? ", \"" : "\"") + xs[i] + "\"";
      return out + "]";
    }
  };
  return std::visit(V{}, v);
}

}  // namespace

std::vector<CrossKeyProblem> cross_key_problems(const models::ModelParams& params) {
  std::vector<CrossKeyProblem> out;
  const auto& r = params.region;
  if (r.markets > r.employers) {
    out.push_back({"region.markets", "must not exceed region.employers (" + std::to_string(r.employers) + "), got " +
                                         std::to_string(r.markets) + ": every market needs employers"});
  }
  const auto& pol = params.policy;
  if (pol.werkmakelaar_min_rung > pol.werkmakelaar_max_rung) {
    out.push_back({"policy.werkmakelaar.max_rung", "must not be below policy.werkmakelaar.min_rung (" +
                                                       std::to_string(pol.werkmakelaar_min_rung) + "), got " +
                                                       std::to_string(pol.werkmakelaar_max_rung) +
                                                       ": the referral rule would select nobody"});
  }
  return out;
}

std::string canonical_toml(const models::ModelParams& params) {
  const auto& table = models::parameter_table();
  // Sections in the order they first appear in the table, each with all of its keys.
  std::vector<std::string> sections;
  for (const auto& e : table.entries()) {
    const std::string sec = e.spec.key.substr(0, e.spec.key.find('.'));
    if (std::find(sections.begin(), sections.end(), sec) == sections.end()) sections.push_back(sec);
  }
  std::string out = "schema_version = " + std::to_string(kSchemaVersion) + "\n";
  for (const auto& sec : sections) {
    out += "\n[" + sec + "]\n";
    for (const auto& e : table.entries()) {
      const auto dot = e.spec.key.find('.');
      if (e.spec.key.compare(0, dot, sec) != 0 || dot != sec.size()) continue;
      out += e.spec.key.substr(dot + 1) + " = " + toml_value(e.get(params)) + "\n";
    }
  }
  return out;
}

std::string sha256_hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("sha256: OpenSSL digest failed");
  }
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 15];
  }
  return out;
}

ScenarioSet load_scenario_file(const fs::path& path, const LoadOptions& options) {
  Loader loader(models::parameter_table());
  std::vector<fs::path> stack;
  Flat meta;
  const std::string shown = path.string();
  Flat flat = loader.load_file(path, shown, stack, &meta);
  return resolve(loader, std::move(flat), std::move(meta), shown, options);
}

ScenarioSet load_scenario_text(std::string_view text, std::string_view source_name, const fs::path& base_dir,
                               const LoadOptions& options) {
  Loader loader(models::parameter_table());
  std::vector<fs::path> stack;
  Flat meta;
  const std::string shown(source_name);
  Flat flat = loader.load_text(text, shown, base_dir, stack, &meta);
  return resolve(loader, std::move(flat), std::move(meta), shown, options);
}

}  // namespace regiosim::scenarios
