#include "scenarios/calibration.h"

#include "models/kpis.h"
#include "models/parameters.h"
#include "scenarios/input_file.h"
#include "scenarios/toml_support.h"
#include "sim/random.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace regiosim::scenarios {

namespace fs = std::filesystem;
using sim::ParamType;
using sim::ParamValue;

std::string_view method_name(CalibrationMethod method) noexcept {
  switch (method) {
    case CalibrationMethod::bobyqa: return "bobyqa";
    case CalibrationMethod::subplex: return "subplex";
    case CalibrationMethod::abc_smc: return "abc-smc";
  }
  return "bobyqa";
}

std::vector<sim::Prior> CalibrationDefinition::priors() const {
  std::vector<sim::Prior> out;
  for (const auto& p : parameters) out.push_back(p.prior);
  return out;
}

std::vector<double> CalibrationDefinition::lower() const {
  std::vector<double> out;
  for (const auto& p : parameters) out.push_back(p.prior.min);
  return out;
}

std::vector<double> CalibrationDefinition::upper() const {
  std::vector<double> out;
  for (const auto& p : parameters) out.push_back(p.prior.max);
  return out;
}

double CalibrationDefinition::rounded(std::size_t i, double x) const {
  const auto& p = parameters.at(i);
  x = std::clamp(x, p.prior.min, p.prior.max);
  if (p.type != ParamType::integer) return x;
  return std::clamp(std::round(x), std::ceil(p.prior.min), std::floor(p.prior.max));
}

ParamValue CalibrationDefinition::value_at(std::size_t i, double x) const {
  const double v = rounded(i, x);
  if (parameters.at(i).type == ParamType::integer) return static_cast<std::int64_t>(v);
  return v;
}

models::ModelParams CalibrationDefinition::params_at(std::span<const double> x) const {
  if (x.size() != parameters.size()) throw std::invalid_argument("params_at: one value per free parameter");
  const auto& table = models::parameter_table();
  models::ModelParams params = base.params;
  for (std::size_t i = 0; i < parameters.size(); ++i) table.find(parameters[i].key)->set(params, value_at(i, x[i]));
  return params;
}

std::uint64_t CalibrationDefinition::fitting_seed(std::size_t replication) const {
  return sim::replication_seed(static_cast<std::uint64_t>(base.params.sim.seed), replication);
}

std::uint64_t CalibrationDefinition::holdout_seed(std::size_t replication) const {
  return sim::replication_seed(static_cast<std::uint64_t>(base.params.sim.seed),
                               static_cast<std::uint64_t>(replications) + replication);
}

namespace {

constexpr double kMaxCount = 1e8;

const std::set<std::string>& top_level_keys() {
  static const std::set<std::string> keys = {"schema_version", "name", "description", "scenario",
                                             "set", "parameters", "targets", "method"};
  return keys;
}

class CalibrationLoader {
 public:
  CalibrationLoader(std::string shown, fs::path base_dir, const LoadOptions& options)
      : sink_(std::move(shown)), base_dir_(std::move(base_dir)), options_(options) {}

  CalibrationDefinition load(std::string_view text) {
    CalibrationDefinition def;
    def.source = sink_.file();
    def.text = std::string(text);
    toml::table doc;
    if (const auto over = check_toml_limits(text)) {
      sink_.add(over->line, over->column, "", over->message);
      sink_.throw_if_any();
    }
    try {
      doc = toml::parse(text, std::string_view(sink_.file()));
    } catch (const toml::parse_error& e) {
      const auto& where = e.source().begin;
      sink_.add(static_cast<int>(where.line), static_cast<int>(where.column), "",
                "not valid TOML: " + std::string(e.description()));
      sink_.throw_if_any();
    }
    for (const auto& [k, node] : doc) {
      const std::string key(k.str());
      if (!top_level_keys().contains(key)) sink_.add(node, key, "unknown key" + detail::did_you_mean(key, top_level_keys(), 3));
    }
    if (const auto* v = doc.get("schema_version")) {
      if (!v->is_integer() || v->as_integer()->get() != kSchemaVersion) {
        sink_.add(*v, "schema_version", "this program reads schema_version " + std::to_string(kSchemaVersion));
      }
    }
    def.name = text_value(doc, "name").value_or(fs::path(sink_.file()).stem().string());
    def.description = text_value(doc, "description").value_or("");

    read_method(doc, def);
    read_parameters(doc, def);
    read_targets(doc, def);
    read_base(doc, def);
    if (!sink_.empty()) {
      // This file's problems in the order of its lines (file-level ones last), then those found in
      // the base scenario's files.
      auto& d = sink_.diagnostics();
      const auto rank = [&](const Diagnostic& x) { return std::tuple(x.file != sink_.file(), x.line == 0, x.line, x.column); };
      std::stable_sort(d.begin(), d.end(), [&](const Diagnostic& a, const Diagnostic& b) { return rank(a) < rank(b); });
      sink_.throw_if_any();
    }
    // toml++ keeps a table's keys sorted: put parameters and targets back in the file's order.
    std::stable_sort(def.parameters.begin(), def.parameters.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    std::stable_sort(def.targets.begin(), def.targets.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    // Optimisers start at the base scenario's value of each parameter (clamped into its box).
    const auto& table = models::parameter_table();
    for (auto& p : def.parameters) {
      if (has_start_.contains(p.key)) continue;
      const ParamValue v = table.find(p.key)->get(def.base.params);
      const double x = std::holds_alternative<double>(v) ? std::get<double>(v) : static_cast<double>(std::get<std::int64_t>(v));
      p.start = std::clamp(x, p.prior.min, p.prior.max);
    }
    return def;
  }

 private:
  std::optional<std::string> text_value(const toml::table& t, const std::string& key, const std::string& shown_key = "") {
    const auto* n = t.get(key);
    if (n == nullptr) return std::nullopt;
    if (const auto* s = n->as_string()) return std::string(s->get());
    sink_.add(*n, shown_key.empty() ? key : shown_key, "expected a string, got " + std::string(detail::node_type_name(*n)));
    return std::nullopt;
  }

  // An integer field of a table in [lo, hi]; nothing when absent or bad (bad ones are reported).
  std::optional<std::int64_t> integer_field(const toml::table& t, const std::string& key, const std::string& shown,
                                            std::int64_t lo, std::int64_t hi) {
    const auto* n = t.get(key);
    if (n == nullptr) return std::nullopt;
    const auto* i = n->as_integer();
    if (i == nullptr) {
      sink_.add(*n, shown, "expected an integer, got " + std::string(detail::node_type_name(*n)));
      return std::nullopt;
    }
    if (i->get() < lo || i->get() > hi) {
      sink_.add(*n, shown, "must be in [" + std::to_string(lo) + ", " + std::to_string(hi) + "], got " + std::to_string(i->get()));
      return std::nullopt;
    }
    return i->get();
  }

  // A finite number field; nothing when absent or bad (bad ones are reported).
  std::optional<double> number_field(const toml::table& t, const std::string& key, const std::string& shown) {
    const auto* n = t.get(key);
    if (n == nullptr) return std::nullopt;
    const auto x = detail::number_of(*n);
    if (!x) {
      sink_.add(*n, shown, "expected a number, got " + std::string(detail::node_type_name(*n)));
      return std::nullopt;
    }
    if (!std::isfinite(*x)) {
      sink_.add(*n, shown, "must be a finite number");
      return std::nullopt;
    }
    return x;
  }

  static int line_of(const toml::node& n) { return static_cast<int>(n.source().begin.line); }

  void read_method(const toml::table& doc, CalibrationDefinition& def) {
    const auto* node = doc.get("method");
    if (node == nullptr) {
      sink_.add(0, 0, "method", "missing; add a [method] table with name = \"bobyqa\", \"subplex\" or \"abc-smc\"");
      return;
    }
    const auto* t = node->as_table();
    if (t == nullptr) {
      sink_.add(*node, "method", "expected a table ([method])");
      return;
    }
    bool known_method = false;
    if (const auto* n = t->get("name"); n == nullptr) {
      sink_.add(*node, "method.name", "missing; one of: bobyqa, subplex, abc-smc");
    } else if (const auto name = text_value(*t, "name", "method.name")) {
      static const std::map<std::string, CalibrationMethod> methods = {
          {"bobyqa", CalibrationMethod::bobyqa}, {"subplex", CalibrationMethod::subplex}, {"abc-smc", CalibrationMethod::abc_smc}};
      if (auto it = methods.find(*name); it != methods.end()) {
        def.method = it->second;
        known_method = true;
      } else {
        std::vector<std::string> names = {"bobyqa", "subplex", "abc-smc"};
        sink_.add(*n, "method.name", "must be one of: bobyqa, subplex, abc-smc, got \"" + *name + "\"" +
                                         detail::did_you_mean(*name, names, 4));
      }
    }
    const bool abc = def.method == CalibrationMethod::abc_smc;
    static const std::set<std::string> common = {"name", "replications", "holdout_replications", "seed", "max_evaluations"};
    static const std::set<std::string> abc_only = {"particles", "generations", "quantile", "min_epsilon"};
    std::set<std::string> all = common;
    all.insert(abc_only.begin(), abc_only.end());
    for (const auto& [k, n] : *t) {
      const std::string key(k.str());
      if (!all.contains(key)) {
        sink_.add(n, "method." + key, "unknown key" + detail::did_you_mean(key, all, 3));
      } else if (known_method && !abc && abc_only.contains(key)) {
        sink_.add(n, "method." + key, "only used by abc-smc, not by " + std::string(method_name(def.method)));
      }
    }
    def.replications = integer_field(*t, "replications", "method.replications", 1, 100000).value_or(4);
    def.holdout_replications = integer_field(*t, "holdout_replications", "method.holdout_replications", 2, 100000).value_or(10);
    def.seed = static_cast<std::uint64_t>(
        integer_field(*t, "seed", "method.seed", 0, std::numeric_limits<std::int64_t>::max()).value_or(1));
    def.particles = integer_field(*t, "particles", "method.particles", 10, 1000000).value_or(100);
    def.generations = integer_field(*t, "generations", "method.generations", 1, 10000).value_or(5);
    if (const auto q = number_field(*t, "quantile", "method.quantile")) {
      if (*q > 0.0 && *q < 1.0) def.quantile = *q;
      else sink_.add(*t->get("quantile"), "method.quantile", "must be in (0, 1), got " + sim::format_value(*q));
    }
    if (const auto e = number_field(*t, "min_epsilon", "method.min_epsilon")) {
      if (*e >= 0.0) def.min_epsilon = *e;
      else sink_.add(*t->get("min_epsilon"), "method.min_epsilon", "must be >= 0, got " + sim::format_value(*e));
    }
    if (abc) {
      const std::int64_t fallback = def.particles * (def.generations + 1) * 25;
      def.max_evaluations = integer_field(*t, "max_evaluations", "method.max_evaluations", 1,
                                          static_cast<std::int64_t>(kMaxCount)).value_or(fallback);
      if (t->contains("max_evaluations") && def.max_evaluations < def.particles) {
        sink_.add(*t->get("max_evaluations"), "method.max_evaluations",
                  "must be at least `particles` (" + std::to_string(def.particles) + ": the prior generation), got " +
                      std::to_string(def.max_evaluations));
      }
    } else {
      def.max_evaluations = integer_field(*t, "max_evaluations", "method.max_evaluations", 1, 1000000).value_or(100);
    }
  }

  // [parameters.<key>]: the key may be quoted ([parameters."a.b"]) or nested ([parameters.a.b]); a
  // table holding values (min, max, ...) is a parameter, a table holding only tables is a section.
  void read_parameters(const toml::table& doc, CalibrationDefinition& def) {
    const auto* node = doc.get("parameters");
    if (node == nullptr) {
      sink_.add(0, 0, "parameters", "missing; declare at least one [parameters.\"<key>\"] with min and max");
      return;
    }
    const auto* t = node->as_table();
    if (t == nullptr) {
      sink_.add(*node, "parameters", "expected tables [parameters.\"<key>\"] with min and max");
      return;
    }
    collect_parameters(*t, "", def);
    if (def.parameters.empty() && sink_.empty()) {
      sink_.add(*node, "parameters", "no free parameter; declare at least one [parameters.\"<key>\"] with min and max");
    }
  }

  void collect_parameters(const toml::table& t, const std::string& prefix, CalibrationDefinition& def) {
    for (const auto& [k, node] : t) {
      const std::string key = prefix + std::string(k.str());
      const auto* sub = node.as_table();
      if (sub == nullptr) {
        sink_.add(node, "parameters." + key, "expected a table with min and max ([parameters.\"" + key + "\"])");
        continue;
      }
      const bool has_values = std::any_of(sub->begin(), sub->end(), [](const auto& kv) { return !kv.second.is_table(); });
      if (!has_values && !sub->empty()) {
        collect_parameters(*sub, key + ".", def);
        continue;
      }
      read_parameter(key, *sub, def);
    }
  }

  void read_parameter(const std::string& key, const toml::table& t, CalibrationDefinition& def) {
    const auto& table = models::parameter_table();
    const std::string shown = "parameters." + key;
    const auto* entry = table.find(key);
    if (entry == nullptr) {
      for (const auto& e : table.entries()) {
        if (e.spec.key.rfind(key + ".", 0) == 0) {
          sink_.add(t, shown, "is a section of parameters, not a parameter (e.g. " + e.spec.key + ")");
          return;
        }
      }
      if (const std::string* instead = table.retired(key)) {
        sink_.add(t, shown, "is no longer a parameter: " + *instead);
        return;
      }
      std::string message = "unknown parameter";
      if (auto s = table.suggestions(key); !s.empty()) message += "; did you mean '" + s.front() + "'?";
      sink_.add(t, shown, message);
      return;
    }
    const auto& spec = entry->spec;
    if (spec.type != ParamType::integer && spec.type != ParamType::real) {
      sink_.add(t, shown, "only integer and real parameters can be calibrated; this one is " +
                              std::string(sim::type_name(spec.type)) + " (" + sim::describe_range(spec) + ")");
      return;
    }
    if (std::any_of(def.parameters.begin(), def.parameters.end(), [&](const auto& p) { return p.key == key; })) {
      sink_.add(t, shown, "declared twice");
      return;
    }
    static const std::set<std::string> fields = {"min", "max", "prior", "mean", "sd", "start"};
    bool ok = true;
    for (const auto& [k, n] : t) {
      const std::string f(k.str());
      if (!fields.contains(f)) {
        sink_.add(n, shown + "." + f, "unknown key (a parameter has min, max, prior, mean, sd and start)" +
                                          detail::did_you_mean(f, fields, 3));
        ok = false;
      }
    }
    CalibrationParameter p;
    p.key = key;
    p.type = spec.type;
    p.unit = spec.unit;
    p.source = spec.source;
    p.line = line_of(t);
    const auto bound = [&](const char* name) -> std::optional<double> {
      const std::string where = shown + "." + name;
      if (!t.contains(name)) {
        sink_.add(t, where, "missing; a free parameter needs min and max");
        return std::nullopt;
      }
      const auto x = number_field(t, name, where);
      if (!x) return std::nullopt;
      const auto* n = t.get(name);
      if (spec.type == ParamType::integer && std::floor(*x) != *x) {
        sink_.add(*n, where, "expected a whole number for an integer parameter, got " + sim::format_value(*x));
        return std::nullopt;
      }
      const ParamValue v = spec.type == ParamType::integer ? ParamValue{static_cast<std::int64_t>(*x)} : ParamValue{*x};
      if (auto problem = sim::check_value(spec, v)) {
        sink_.add(*n, where, "outside the parameter's range: " + *problem);
        return std::nullopt;
      }
      return x;
    };
    const auto lo = bound("min");
    const auto hi = bound("max");
    if (!lo || !hi) return;
    if (!(*lo < *hi)) {
      const auto shown_value = [&](double x) {
        return spec.type == ParamType::integer ? std::to_string(static_cast<std::int64_t>(x)) : sim::format_value(x);
      };
      sink_.add(*t.get("min"), shown + ".min", "must be below max (min " + shown_value(*lo) + ", max " + shown_value(*hi) + ")");
      return;
    }
    const std::string prior = text_value(t, "prior", shown + ".prior").value_or("uniform");
    if (prior == "uniform") {
      p.prior = sim::Prior::uniform(*lo, *hi);
      for (const char* f : {"mean", "sd"}) {
        if (const auto* n = t.get(f)) {
          sink_.add(*n, shown + "." + f, "only a normal prior has a mean and sd (set prior = \"normal\")");
          ok = false;
        }
      }
    } else if (prior == "normal") {
      const auto mean = number_field(t, "mean", shown + ".mean");
      const auto sd = number_field(t, "sd", shown + ".sd");
      if (!t.contains("mean")) sink_.add(t, shown + ".mean", "missing; a normal prior needs mean and sd");
      if (!t.contains("sd")) sink_.add(t, shown + ".sd", "missing; a normal prior needs mean and sd");
      if (!mean || !sd) return;
      if (!(*sd > 0.0)) {
        sink_.add(*t.get("sd"), shown + ".sd", "must be > 0, got " + sim::format_value(*sd));
        return;
      }
      p.prior = sim::Prior::normal(*lo, *hi, *mean, *sd);
      if (!(p.prior.mass() > 1e-6)) {
        sink_.add(*t.get("mean"), shown + ".mean", "the normal prior puts almost no probability on [min, max]");
        return;
      }
    } else {
      sink_.add(*t.get("prior"), shown + ".prior", "must be \"uniform\" or \"normal\", got \"" + prior + "\"");
      return;
    }
    if (const auto start = number_field(t, "start", shown + ".start")) {
      if (*start < *lo || *start > *hi) {
        sink_.add(*t.get("start"), shown + ".start", "must be inside [min, max], got " + sim::format_value(*start));
        ok = false;
      }
      p.start = *start;
      has_start_.insert(key);
    }
    if (ok) def.parameters.push_back(std::move(p));
  }

  void read_targets(const toml::table& doc, CalibrationDefinition& def) {
    const auto* node = doc.get("targets");
    if (node == nullptr) {
      sink_.add(0, 0, "targets", "missing; declare at least one [targets.<kpi>] with value and tolerance");
      return;
    }
    const auto* t = node->as_table();
    if (t == nullptr || t->empty()) {
      sink_.add(*node, "targets", "expected tables [targets.<kpi>] with value and tolerance");
      return;
    }
    std::vector<std::string> names;
    std::map<std::string, std::string> units;
    for (const auto& k : models::kpi_definitions()) {
      names.emplace_back(k.name);
      units[std::string(k.name)] = std::string(k.unit);
    }
    static const std::set<std::string> fields = {"value", "tolerance", "weight"};
    for (const auto& [k, n] : *t) {
      const std::string kpi(k.str());
      const std::string shown = "targets." + kpi;
      if (!units.contains(kpi)) {
        sink_.add(n, shown, "unknown KPI '" + kpi + "'" + detail::did_you_mean(kpi, names, 4) +
                                " (regiosim summary --json lists the KPIs)");
        continue;
      }
      const auto* spec = n.as_table();
      if (spec == nullptr) {
        sink_.add(n, shown, "expected a table with value and tolerance ([targets." + kpi + "])");
        continue;
      }
      bool ok = true;
      for (const auto& [fk, fn] : *spec) {
        const std::string f(fk.str());
        if (!fields.contains(f)) {
          sink_.add(fn, shown + "." + f, "unknown key (a target has value, tolerance and weight)" + detail::did_you_mean(f, fields, 3));
          ok = false;
        }
      }
      CalibrationTarget target;
      target.kpi = kpi;
      target.unit = units[kpi];
      target.line = line_of(*spec);
      const auto value = number_field(*spec, "value", shown + ".value");
      const auto tolerance = number_field(*spec, "tolerance", shown + ".tolerance");
      const auto weight = number_field(*spec, "weight", shown + ".weight");
      if (!spec->contains("value")) sink_.add(*spec, shown + ".value", "missing; the target value in " + target.unit);
      if (!spec->contains("tolerance")) {
        sink_.add(*spec, shown + ".tolerance", "missing; the absolute tolerance in " + target.unit);
      }
      if (!value || !tolerance) continue;
      if (!(*tolerance > 0.0)) {
        sink_.add(*spec->get("tolerance"), shown + ".tolerance", "must be > 0, got " + sim::format_value(*tolerance));
        continue;
      }
      if (spec->contains("weight") && !(weight && *weight > 0.0)) {
        if (weight) sink_.add(*spec->get("weight"), shown + ".weight", "must be > 0, got " + sim::format_value(*weight));
        continue;
      }
      target.value = *value;
      target.tolerance = *tolerance;
      target.weight = weight.value_or(1.0);
      if (ok) def.targets.push_back(std::move(target));
    }
  }

  void read_base(const toml::table& doc, CalibrationDefinition& def) {
    std::map<std::string, int> set_lines;
    std::vector<std::string> overrides;
    if (const auto* n = doc.get("set")) {
      if (const auto* t = n->as_table()) overrides = detail::set_overrides(*t, set_lines);
      else sink_.add(*n, "set", "expected a table of parameter values");
    }
    std::set<std::string> cli_keys;
    for (const auto& o : options_.overrides) cli_keys.insert(detail::override_key(o));
    // A free parameter cannot also be fixed.
    for (const auto& p : def.parameters) {
      if (set_lines.contains(p.key)) {
        sink_.add(set_lines.at(p.key), 0, "set." + p.key,
                  "is a free parameter of this calibration ([parameters.\"" + p.key + "\"]); it cannot also be fixed");
      }
      if (cli_keys.contains(p.key)) {
        sink_.diagnostics().push_back({"--set", 0, 0, p.key,
                                       "is a free parameter of " + sink_.file() + "; it cannot be fixed with --set"});
      }
    }
    const auto* node = doc.get("scenario");
    if (node == nullptr) {
      sink_.add(0, 0, "scenario", "missing; name the base scenario file (relative to this file), e.g. scenario = \"../default.toml\"");
      return;
    }
    const auto path = text_value(doc, "scenario");
    if (!path) return;
    def.scenario_file = *path;
    def.scenario_path = fs::path(*path).is_absolute() ? fs::path(*path) : base_dir_ / *path;
    std::error_code ec;
    if (!fs::is_regular_file(def.scenario_path, ec)) {
      sink_.add(*node, "scenario", "file not found: " + def.scenario_path.lexically_normal().string());
      return;
    }
    LoadOptions load;
    load.overrides = overrides;
    load.overrides.insert(load.overrides.end(), options_.overrides.begin(), options_.overrides.end());
    try {
      def.base = load_scenario_file(def.scenario_path, load).scenarios.front();
    } catch (const ScenarioError& e) {
      sink_.relocate_set(e, set_lines, cli_keys);
      return;
    }
    const auto& table = models::parameter_table();
    for (const auto& o : load.overrides) {
      const std::string key = detail::override_key(o);
      if (table.find(key) != nullptr && std::find(def.fixed_keys.begin(), def.fixed_keys.end(), key) == def.fixed_keys.end()) {
        def.fixed_keys.push_back(key);
      }
    }
  }

  detail::DiagnosticSink sink_;
  fs::path base_dir_;
  const LoadOptions& options_;
  std::set<std::string> has_start_;
};

}  // namespace

bool looks_like_calibration_file(const fs::path& path) {
  std::string text;
  if (read_input_file(path, "calibration", text) || check_toml_limits(text)) return false;  // the scenario loader says why
  try {
    const toml::table doc = toml::parse(text);
    return doc.contains("targets") || doc.contains("parameters") || doc.contains("method");
  } catch (const std::exception&) {
    return false;
  }
}

CalibrationDefinition load_calibration_text(std::string_view text, std::string_view source_name, const fs::path& base_dir,
                                            const LoadOptions& options) {
  CalibrationLoader loader{std::string(source_name), base_dir, options};
  return loader.load(text);
}

CalibrationDefinition load_calibration_file(const fs::path& path, const LoadOptions& options) {
  std::string text;
  if (const auto problem = read_input_file(path, "calibration", text)) {
    throw ScenarioError({{path.string(), 0, 0, "", problem->message}});
  }
  return load_calibration_text(text, path.string(), path.parent_path(), options);
}

std::string calibrated_scenario_text(const CalibrationDefinition& def, std::span<const double> estimate,
                                     const fs::path& scenario_dir, std::string_view date) {
  const auto& table = models::parameter_table();
  std::error_code ec;
  fs::path base = fs::absolute(def.scenario_path, ec).lexically_normal();
  const fs::path dir = fs::absolute(scenario_dir.empty() ? fs::path(".") : scenario_dir, ec).lexically_normal();
  fs::path relative = base.lexically_relative(dir);
  if (relative.empty()) relative = base;
  std::string name;
  for (char c : def.name + "-calibrated") name += (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.') ? c : '_';
  const auto quoted = [](const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    return out + "\"";
  };
  const std::string method(method_name(def.method));
  std::ostringstream os;
  os << "# Written by regiosim calibrate (" << method << ") from " << def.source << " on " << date << ".\n"
     << "# The base scenario with the calibration's fixed values and the calibrated values.\n"
     << "schema_version = " << kSchemaVersion << "\n"
     << "name = " << quoted(name) << "\n"
     << "description = " << quoted("'" + def.base.name + "' calibrated with " + def.source + " (" + method + ")") << "\n"
     << "extends = " << quoted(relative.generic_string()) << "\n";
  if (!def.fixed_keys.empty()) {
    os << "\n# Fixed during the calibration ([set] of the calibration file and --set); the calibrated\n"
       << "# values below were fitted with these.\n";
    for (const auto& key : def.fixed_keys) os << key << " = " << sim::format_value(table.find(key)->get(def.base.params)) << "\n";
  }
  os << "\n";
  for (std::size_t i = 0; i < def.parameters.size(); ++i) {
    os << def.parameters[i].key << " = " << sim::format_value(def.value_at(i, estimate[i])) << "  # calibrated: " << def.source
       << ", " << method << ", " << date << "\n";
  }
  return os.str();
}

}  // namespace regiosim::scenarios
