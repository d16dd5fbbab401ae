#include "scenarios/sweep.h"

#include "scenarios/toml_support.h"

#include "scenarios/input_file.h"

#include "models/kpis.h"
#include "models/memory_estimate.h"
#include "scenarios/memory_check.h"
#include "models/parameters.h"
#include "sim/design.h"
#include "sim/random.h"
#include "sim/version.h"

#include <toml++/toml.h>

#include <algorithm>
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

std::string_view design_name(SweepDesign design) noexcept {
  switch (design) {
    case SweepDesign::grid: return "grid";
    case SweepDesign::lhs: return "lhs";
    case SweepDesign::sobol: return "sobol";
    case SweepDesign::saltelli: return "saltelli";
    case SweepDesign::morris: return "morris";
  }
  return "grid";
}

std::string SweepFactor::describe() const {
  if (!values.empty()) {
    std::string out = "values: ";
    for (std::size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + sim::format_value(values[i]);
    return out;
  }
  return "range: [" + sim::format_value(type == ParamType::integer ? ParamValue{static_cast<std::int64_t>(*min)} : ParamValue{*min}) +
         ", " + sim::format_value(type == ParamType::integer ? ParamValue{static_cast<std::int64_t>(*max)} : ParamValue{*max}) + "]";
}

ParamValue SweepFactor::at(double u) const {
  u = std::clamp(u, 0.0, 1.0);
  if (!values.empty()) {
    const auto n = values.size();
    return values[std::min(n - 1, static_cast<std::size_t>(u * static_cast<double>(n)))];
  }
  if (type == ParamType::integer) {
    // Every whole number in [min, max] gets an equal share of the unit interval.
    const double span = *max - *min + 1.0;
    return static_cast<std::int64_t>(std::min(*max, *min + std::floor(u * span)));
  }
  return *min + u * (*max - *min);
}

double SweepFactor::numeric(const ParamValue& value) const {
  if (const auto* i = std::get_if<std::int64_t>(&value)) return static_cast<double>(*i);
  if (const auto* d = std::get_if<double>(&value)) return *d;
  if (const auto* b = std::get_if<bool>(&value)) return *b ? 1.0 : 0.0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (values[i] == value) return static_cast<double>(i);
  }
  return std::numeric_limits<double>::quiet_NaN();
}

models::ModelParams SweepDefinition::point_params(std::size_t p) const {
  const auto& table = models::parameter_table();
  models::ModelParams params = base.params;
  for (std::size_t f = 0; f < factors.size(); ++f) table.find(factors[f].key)->set(params, points.at(p).values[f]);
  return params;
}

std::uint64_t SweepDefinition::replication_seed(std::size_t replication) const {
  return sim::replication_seed(static_cast<std::uint64_t>(base.params.sim.seed), replication);
}

namespace {

constexpr std::uint64_t kMaxGridPoints = 1000000;
constexpr std::uint64_t kMany = std::numeric_limits<std::uint64_t>::max();

// a x b, or kMany when that does not fit.
std::uint64_t times(std::uint64_t a, std::uint64_t b) { return b != 0 && a > kMany / b ? kMany : a * b; }

// The number of points the design will have (kMany: more than 64 bits hold), known before it is generated.
std::uint64_t planned_points(const SweepDefinition& def) {
  const auto n = static_cast<std::uint64_t>(def.points_requested);
  const std::uint64_t k = def.factors.size();
  switch (def.design) {
    case SweepDesign::grid: {
      std::uint64_t total = 1;
      for (const auto& f : def.factors) total = times(total, f.values.size());
      return total;
    }
    case SweepDesign::lhs:
    case SweepDesign::sobol: return n;
    case SweepDesign::saltelli: return times(n, k + 2);
    case SweepDesign::morris: return times(n, k + 1);
  }
  return n;
}

class SweepLoader {
 public:
  SweepLoader(std::string shown, fs::path base_dir, SweepLoadOptions options)
      : shown_(std::move(shown)), base_dir_(std::move(base_dir)), options_(std::move(options)) {}

  SweepDefinition load(std::string_view text) {
    SweepDefinition def;
    def.source = shown_;
    def.text = std::string(text);
    toml::table doc;
    if (const auto over = check_toml_limits(text)) {
      add(over->line, over->column, "", over->message);
      fail();
    }
    try {
      doc = toml::parse(text, std::string_view(shown_));
    } catch (const toml::parse_error& e) {
      const auto& where = e.source().begin;
      add(static_cast<int>(where.line), static_cast<int>(where.column), "", std::string(e.description()));
      fail();
    }
    static const std::set<std::string> known = {"schema_version", "name", "description", "scenario", "design",
                                                "replications", "points", "levels", "seed", "bootstrap",
                                                "kpis", "timeseries", "set", "factor"};
    for (const auto& [k, node] : doc) {
      const std::string key(k.str());
      if (!known.contains(key)) add(node, key, "unknown key" + detail::did_you_mean(key, known, 3));
    }
    if (const auto* v = doc.get("schema_version")) {
      if (!v->is_integer() || v->as_integer()->get() != kSchemaVersion) {
        add(*v, "schema_version", "this program reads schema_version " + std::to_string(kSchemaVersion));
      }
    }
    def.name = text_value(doc, "name").value_or(fs::path(shown_).stem().string());
    def.description = text_value(doc, "description").value_or("");
    const std::string design = text_value(doc, "design").value_or("");
    if (const auto* d = doc.get("design"); d == nullptr) {
      add(0, 0, "design", "missing; one of: grid, lhs, sobol, saltelli, morris");
    } else if (!design.empty()) {
      static const std::map<std::string, SweepDesign> designs = {{"grid", SweepDesign::grid},
                                                                 {"lhs", SweepDesign::lhs},
                                                                 {"sobol", SweepDesign::sobol},
                                                                 {"saltelli", SweepDesign::saltelli},
                                                                 {"morris", SweepDesign::morris}};
      if (auto it = designs.find(design); it != designs.end()) {
        def.design = it->second;
      } else {
        add(*d, "design", "must be one of: grid, lhs, sobol, saltelli, morris, got \"" + design + "\"");
      }
    }
    def.replications = integer_value(doc, "replications", 1, 1, 100000);
    def.points_requested = integer_value(doc, "points", 0, 1, 1000000);
    def.levels = integer_value(doc, "levels", 4, 2, 1000);
    def.bootstrap = integer_value(doc, "bootstrap", 500, 0, 100000);
    def.design_seed = static_cast<std::uint64_t>(integer_value(doc, "seed", 1, 0, std::numeric_limits<std::int64_t>::max()));
    if (def.design == SweepDesign::grid && doc.contains("points")) {
      add(*doc.get("points"), "points", "not used by the grid design (its points are every combination of the values)");
    }
    if (def.design != SweepDesign::grid && !doc.contains("points") && design_known(doc)) {
      add(0, 0, "points", std::string("missing; the ") + std::string(design_name(def.design)) +
                              " design needs the number of " +
                              (def.design == SweepDesign::saltelli ? "base rows N"
                               : def.design == SweepDesign::morris ? "trajectories"
                                                                   : "points"));
    }
    if (def.design == SweepDesign::morris && def.levels % 2 != 0) {
      add(*doc.get("levels"), "levels", "must be even for the Morris design, got " + std::to_string(def.levels));
    }
    read_kpis(doc, def);
    read_series(doc, def);
    std::vector<std::string> overrides = read_set(doc);
    read_factors(doc, def);
    check_run_count(doc, def);

    // The base scenario with the fixed overrides (checked even when other problems were found).
    {
      try {
        LoadOptions options{overrides};
        if (const auto path = text_value(doc, "scenario")) {
          const fs::path p = fs::path(*path).is_absolute() ? fs::path(*path) : base_dir_ / *path;
          if (const auto problem = scenario_file_problem(*path, p)) {
            add(*doc.get("scenario"), "scenario", *problem);
            // The [set] values are still checked, on the built-in default region.
            def.base = load_scenario_text(default_scenario_text(), kDefaultScenarioName, fs::path("."), options)
                           .scenarios.front();
          } else {
            def.base = load_scenario_file(p, options).scenarios.front();
          }
        } else {
          def.base = load_scenario_text(default_scenario_text(), kDefaultScenarioName, fs::path("."), options)
                         .scenarios.front();
        }
      } catch (const ScenarioError& e) {
        detail::DiagnosticSink sink(shown_);
        sink.relocate_set(e, set_lines_, {});
        for (auto& d : sink.diagnostics()) diagnostics_.push_back(std::move(d));
      }
    }
    if (!diagnostics_.empty()) fail();
    expand(def);
    if (diagnostics_.empty()) check_points(def, doc);
    if (options_.memory && diagnostics_.empty()) check_memory(def, doc, *options_.memory);
    if (!diagnostics_.empty()) fail();
    return def;
  }

 private:
  // Throws every problem found, by file, line and column (as the scenario loader does).
  [[noreturn]] void fail() {
    std::stable_sort(diagnostics_.begin(), diagnostics_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
    throw ScenarioError(std::move(diagnostics_));
  }

  // Why the base scenario `given` (at `p`) cannot be read, or nothing (other problems are the
  // scenario loader's).
  static std::optional<std::string> scenario_file_problem(const std::string& given, const fs::path& p) {
    std::error_code ec;
    const auto type = fs::status(p, ec).type();
    const std::string where = fs::path(given).is_absolute() ? "" : " (relative to the sweep file's directory)";
    if (type == fs::file_type::not_found) return "cannot open '" + given + "'" + where + ": no such file";
    if (type == fs::file_type::directory) return "'" + given + "'" + where + " is a directory, not a scenario file";
    return std::nullopt;
  }

  // Refuses more than kMaxSweepRuns runs before the design is generated (a grid of too many points
  // is reported by expand).
  void check_run_count(const toml::table& doc, const SweepDefinition& def) {
    const std::uint64_t points = planned_points(def);
    const auto replications = static_cast<std::uint64_t>(def.replications);
    const std::uint64_t runs = times(points, replications);
    if (runs <= kMaxSweepRuns || (def.design == SweepDesign::grid && points > kMaxGridPoints)) return;
    const auto count = [](std::uint64_t x) { return x == kMany ? "more than " + std::to_string(kMany) : std::to_string(x); };
    const std::string n = std::to_string(def.points_requested);
    const std::string k = std::to_string(def.factors.size());
    std::string what;
    switch (def.design) {
      case SweepDesign::grid: what = "the grid's " + count(points) + " points"; break;
      case SweepDesign::lhs:
      case SweepDesign::sobol: what = count(points) + " points"; break;
      case SweepDesign::saltelli: what = n + " base rows x (" + k + " factors + 2) = " + count(points) + " points"; break;
      case SweepDesign::morris: what = n + " trajectories x (" + k + " factors + 1) = " + count(points) + " points"; break;
    }
    const std::string message = what + " x " + std::to_string(replications) + " replications = " + count(runs) +
                                " runs; at most " + std::to_string(kMaxSweepRuns) + " runs in one sweep";
    if (def.design != SweepDesign::grid && doc.contains("points")) add(*doc.get("points"), "points", message);
    else if (doc.contains("replications")) add(*doc.get("replications"), "replications", message);
    else add(0, 0, "factor", message);
  }

  void add(int line, int column, const std::string& key, const std::string& message) {
    diagnostics_.push_back({shown_, line, column, key, message});
  }
  void add(const toml::node& n, const std::string& key, const std::string& message) {
    add(static_cast<int>(n.source().begin.line), static_cast<int>(n.source().begin.column), key, message);
  }

  static bool design_known(const toml::table& doc) {
    const auto* d = doc.get("design");
    if (d == nullptr || !d->is_string()) return false;
    const std::string s(d->as_string()->get());
    return s == "lhs" || s == "sobol" || s == "saltelli" || s == "morris";
  }

  std::optional<std::string> text_value(const toml::table& doc, const std::string& key) {
    const auto* n = doc.get(key);
    if (n == nullptr) return std::nullopt;
    if (const auto* s = n->as_string()) return std::string(s->get());
    add(*n, key, "expected a string");
    return std::nullopt;
  }

  std::int64_t integer_value(const toml::table& doc, const std::string& key, std::int64_t fallback, std::int64_t lo,
                             std::int64_t hi) {
    const auto* n = doc.get(key);
    if (n == nullptr) return fallback;
    const auto* i = n->as_integer();
    if (i == nullptr) {
      add(*n, key, "expected an integer");
      return fallback;
    }
    if (i->get() < lo || i->get() > hi) {
      add(*n, key, "must be in [" + std::to_string(lo) + ", " + std::to_string(hi) + "], got " + std::to_string(i->get()));
      return fallback;
    }
    return i->get();
  }

  void read_kpis(const toml::table& doc, SweepDefinition& def) {
    std::set<std::string> names;
    for (const auto& k : models::kpi_definitions()) names.emplace(k.name);
    const auto* n = doc.get("kpis");
    if (n == nullptr) {
      def.kpis = {"placements", "sustained_rate_52w", "median_weeks_to_placement", "cost_per_sustained_placement_eur"};
      return;
    }
    const auto* a = n->as_array();
    if (a == nullptr || a->empty()) {
      add(*n, "kpis", "expected a non-empty list of KPI names");
      return;
    }
    for (const auto& e : *a) {
      const auto* s = e.as_string();
      if (s == nullptr) {
        add(e, "kpis", "expected KPI names (strings)");
        continue;
      }
      const std::string name(s->get());
      if (!names.contains(name)) {
        add(e, "kpis", "unknown KPI '" + name + "'" + detail::did_you_mean(name, names, 4));
        continue;
      }
      def.kpis.push_back(name);
    }
  }

  void read_series(const toml::table& doc, SweepDefinition& def) {
    const auto* n = doc.get("timeseries");
    if (n == nullptr) return;
    if (const auto* b = n->as_boolean()) {
      if (b->get()) def.series = {"*"};
      return;
    }
    if (const auto* a = n->as_array()) {
      for (const auto& e : *a) {
        if (const auto* s = e.as_string()) {
          def.series.emplace_back(s->get());
        } else {
          add(e, "timeseries", "expected series names (strings)");
        }
      }
      return;
    }
    add(*n, "timeseries", "expected true, false or a list of series names");
  }

  // [set]: key = value pairs (dotted keys or nested tables), passed to the scenario loader as
  // overrides; problems are mapped back to their line here.
  std::vector<std::string> read_set(const toml::table& doc) {
    const auto* n = doc.get("set");
    if (n == nullptr) return {};
    const auto* t = n->as_table();
    if (t == nullptr) {
      add(*n, "set", "expected a table of parameter values");
      return {};
    }
    return detail::set_overrides(*t, set_lines_);
  }

  void read_factors(const toml::table& doc, SweepDefinition& def) {
    const auto& table = models::parameter_table();
    const auto* n = doc.get("factor");
    if (n == nullptr) {
      add(0, 0, "factor", "missing; declare at least one [[factor]] with a key and values or min/max");
      return;
    }
    const auto* a = n->as_array();
    if (a == nullptr || !a->is_array_of_tables()) {
      add(*n, "factor", "expected [[factor]] tables");
      return;
    }
    std::set<std::string> seen;
    for (const auto& element : *a) {
      const auto& t = *element.as_table();
      SweepFactor f;
      f.line = static_cast<int>(t.source().begin.line);
      for (const auto& [k, node] : t) {
        const std::string key(k.str());
        if (key != "key" && key != "values" && key != "min" && key != "max") {
          add(node, "factor." + key, "unknown key (a factor has key, values, min and max)");
        }
      }
      const auto* key_node = t.get("key");
      if (key_node == nullptr || !key_node->is_string()) {
        add(f.line, 0, "factor.key", "missing or not a string");
        continue;
      }
      f.key = std::string(key_node->as_string()->get());
      const auto* entry = table.find(f.key);
      if (entry == nullptr) {
        std::string message = "unknown parameter";
        if (const std::string* instead = table.retired(f.key)) message = "is no longer a parameter: " + *instead;
        else if (auto s = table.suggestions(f.key); !s.empty()) message += "; did you mean '" + s.front() + "'?";
        add(*key_node, f.key, message);
        continue;
      }
      if (!seen.insert(f.key).second) {
        add(*key_node, f.key, "declared as a factor twice");
        continue;
      }
      const auto& spec = entry->spec;
      f.type = spec.type;
      f.unit = spec.unit;
      f.source = spec.source;
      if (spec.type == ParamType::real_list || spec.type == ParamType::choice_list) {
        add(*key_node, f.key, "a list parameter cannot be a sweep factor");
        continue;
      }
      const bool numeric = spec.type == ParamType::integer || spec.type == ParamType::real;
      const auto* values = t.get("values");
      const auto* min = t.get("min");
      const auto* max = t.get("max");
      if (values != nullptr && (min != nullptr || max != nullptr)) {
        add(*values, f.key, "give either values or min and max, not both");
        continue;
      }
      if (values != nullptr) {
        const auto* list = values->as_array();
        if (list == nullptr || list->empty()) {
          add(*values, f.key, "values: expected a non-empty list");
          continue;
        }
        for (const auto& v : *list) {
          if (auto value = convert(spec, v)) f.values.push_back(*value);
        }
      } else if (min != nullptr && max != nullptr) {
        if (!numeric) {
          add(*min, f.key, "a range needs a numeric parameter; list the values of a " +
                               std::string(sim::type_name(spec.type)) + " parameter instead");
          continue;
        }
        const auto lo = convert(spec, *min);
        const auto hi = convert(spec, *max);
        if (!lo || !hi) continue;
        const auto as_double = [](const ParamValue& v) {
          return std::holds_alternative<double>(v) ? std::get<double>(v) : static_cast<double>(std::get<std::int64_t>(v));
        };
        f.min = as_double(*lo);
        f.max = as_double(*hi);
        if (!(*f.min < *f.max)) {
          add(*min, f.key, "min must be below max");
          continue;
        }
      } else {
        add(f.line, 0, f.key, "needs values = [...] or both min and max");
        continue;
      }
      if (def.design == SweepDesign::grid && f.values.empty()) {
        add(f.line, 0, f.key, "the grid design needs values = [...] for every factor");
        continue;
      }
      def.factors.push_back(std::move(f));
    }
  }

  std::optional<ParamValue> convert(const sim::ParamSpec& spec, const toml::node& n) {
    std::optional<ParamValue> value;
    switch (spec.type) {
      case ParamType::integer:
        if (const auto* i = n.as_integer()) value = ParamValue{i->get()};
        else if (const auto* f = n.as_floating_point(); f && std::floor(f->get()) == f->get() && std::abs(f->get()) < 9e18)
          value = ParamValue{static_cast<std::int64_t>(f->get())};
        break;
      case ParamType::real:
        if (const auto* i = n.as_integer()) value = ParamValue{static_cast<double>(i->get())};
        else if (const auto* f = n.as_floating_point()) value = ParamValue{f->get()};
        break;
      case ParamType::boolean:
        if (const auto* b = n.as_boolean()) value = ParamValue{b->get()};
        break;
      case ParamType::choice:
        if (const auto* s = n.as_string()) value = ParamValue{std::string(s->get())};
        break;
      default:
        break;
    }
    if (!value) {
      add(n, spec.key, "expected " + std::string(sim::type_name(spec.type)) + " values (" + sim::describe_range(spec) + ")");
      return std::nullopt;
    }
    if (auto problem = sim::check_value(spec, *value)) {
      add(n, spec.key, *problem);
      return std::nullopt;
    }
    return value;
  }

  // The largest point decides: up to `threads` of its runs may be in memory at once. The diagnostic
  // points at the driving key where it is varied or set: a factor, [set], the base scenario.
  void check_memory(const SweepDefinition& def, const toml::table& doc, const MemoryBudget& budget) {
    const SweepMemory m = estimate_sweep_memory(def, budget.threads);
    const MemoryDemand& d = m.demand;
    const std::size_t largest = m.largest_point;
    if (d.total_bytes <= budget.limit_bytes) return;
    std::string what = "the sweep's " + std::to_string(def.run_count()) + " runs";
    if (!def.points.empty()) {
      what += " (largest at point " + std::to_string(largest);
      for (std::size_t f = 0; f < def.factors.size() && f < 3; ++f) {
        what += (f == 0 ? ": " : ", ") + def.factors[f].key + " = " + sim::format_value(def.points[largest].values[f]);
      }
      what += def.factors.size() > 3 ? ", ...)" : ")";
    }
    MemoryDemand shown = d;
    std::string key = d.driver_key;
    if (key.empty()) key = def.series.empty() ? "points" : "timeseries";  // the kept results outweigh the runs
    shown.driver_key = key;
    add_at_key(def, doc, key, memory_message(shown, budget, what));
  }

  // Reports a problem of `key` where its value comes from: a factor, [set], the base scenario.
  void add_at_key(const SweepDefinition& def, const toml::table& doc, const std::string& key, const std::string& message) {
    for (const auto& f : def.factors) {
      if (f.key == key) return add(f.line, 0, key, message);
    }
    if (const auto it = set_lines_.find(key); it != set_lines_.end()) return add(it->second, 0, "set." + key, message);
    if (const auto it = def.base.origins.find(key); it != def.base.origins.end()) {
      diagnostics_.push_back({it->second.file, it->second.line, it->second.column, it->second.key, message});
      return;
    }
    if (const auto* node = doc.get(key)) return add(*node, key, message);
    add(0, 0, key, message);
  }

  // Every point must be a scenario `run` would accept: the keys that must agree are checked at each
  // (cross_key_problems), each problem reported once with how many points have it and the first. And
  // stored series need runs of equal length.
  void check_points(const SweepDefinition& def, const toml::table& doc) {
    if (!def.series.empty()) {
      for (const auto& f : def.factors) {
        if (f.key != "sim.weeks") continue;
        add(f.line, 0, f.key,
            "varies the weeks simulated, so the runs' time series differ in length and cannot be stored together; "
            "leave out timeseries, or give sim.weeks one value in [set]");
      }
    }
    struct Found {
      std::size_t first_point = 0;
      std::size_t points = 0;
      std::string message;
    };
    std::map<std::string, Found> found;
    std::vector<std::string> order;
    for (std::size_t p = 0; p < def.points.size(); ++p) {
      for (auto& problem : cross_key_problems(def.point_params(p))) {
        auto [it, fresh] = found.try_emplace(problem.key, Found{p, 0, problem.message});
        if (fresh) order.push_back(problem.key);
        ++it->second.points;
      }
    }
    for (const auto& key : order) {
      const Found& f = found.at(key);
      std::string where = f.points == def.points.size()
                              ? "at every point"
                              : "at " + std::to_string(f.points) + " of the " + std::to_string(def.points.size()) + " points";
      where += ", the first point " + std::to_string(f.first_point);
      for (std::size_t i = 0; i < def.factors.size() && i < 3; ++i) {
        where += (i == 0 ? " (" : ", ") + def.factors[i].key + " = " + sim::format_value(def.points[f.first_point].values[i]);
      }
      if (!def.factors.empty()) where += def.factors.size() > 3 ? ", ...)" : ")";
      add_at_key(def, doc, key, f.message + "; " + where);
    }
  }

  void expand(SweepDefinition& def) {
    const std::size_t k = def.factors.size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto from_unit = [&](const sim::Design& d) {
      def.points.reserve(d.rows());
      for (std::size_t r = 0; r < d.rows(); ++r) {
        SweepPoint p;
        for (std::size_t f = 0; f < k; ++f) {
          p.unit.push_back(d.at(r, f));
          p.values.push_back(def.factors[f].at(d.at(r, f)));
        }
        def.points.push_back(std::move(p));
      }
    };
    const auto n = static_cast<std::size_t>(def.points_requested);
    switch (def.design) {
      case SweepDesign::grid: {
        const std::uint64_t total = planned_points(def);
        if (total > kMaxGridPoints) {
          add(0, 0, "factor", "the grid has " + (total == kMany ? "more than " : std::string()) + std::to_string(total) +
                                  " points; at most " + std::to_string(kMaxGridPoints));
          return;
        }
        def.points.reserve(total);
        for (std::size_t i = 0; i < total; ++i) {
          SweepPoint p;
          std::size_t rest = i;
          std::vector<std::size_t> index(k);
          for (std::size_t f = k; f-- > 0;) {  // the first factor varies slowest
            index[f] = rest % def.factors[f].values.size();
            rest /= def.factors[f].values.size();
          }
          for (std::size_t f = 0; f < k; ++f) {
            p.values.push_back(def.factors[f].values[index[f]]);
            p.unit.push_back(nan);
          }
          def.points.push_back(std::move(p));
        }
        break;
      }
      case SweepDesign::lhs: from_unit(sim::latin_hypercube(n, k, def.design_seed)); break;
      case SweepDesign::sobol: from_unit(sim::sobol_points(n, k)); break;  // Boost already leaves out the origin
      case SweepDesign::saltelli:
        def.saltelli = sim::saltelli_design(n, k);
        from_unit(def.saltelli->points);
        break;
      case SweepDesign::morris:
        def.morris = sim::morris_design(n, k, static_cast<std::size_t>(def.levels), def.design_seed);
        from_unit(def.morris->points);
        break;
    }
    const auto& table = models::parameter_table();
    std::string identity = std::string(sim::kEngineVersion) + "\n" + sim::kEngineCommit + "\n" + def.base.content_hash +
                           "\nreplications " + std::to_string(def.replications) + "\nseries";
    for (const auto& s : def.series) identity += " " + s;
    identity += "\n";
    for (std::size_t p = 0; p < def.points.size(); ++p) {
      models::ModelParams params = def.base.params;
      for (std::size_t f = 0; f < k; ++f) table.find(def.factors[f].key)->set(params, def.points[p].values[f]);
      def.points[p].content_hash = "sha256:" + sha256_hex(canonical_toml(params));
      identity += def.points[p].content_hash + "\n";
    }
    def.identity = "sha256:" + sha256_hex(identity);
  }

  std::string shown_;
  fs::path base_dir_;
  SweepLoadOptions options_;
  std::vector<Diagnostic> diagnostics_;
  std::map<std::string, int> set_lines_;
};

}  // namespace

SweepDefinition load_sweep_text(std::string_view text, std::string_view source_name, const fs::path& base_dir,
                                const SweepLoadOptions& options) {
  SweepLoader loader{std::string(source_name), base_dir, options};
  return loader.load(text);
}

bool looks_like_sweep_file(const fs::path& path) {
  std::string text;
  if (read_input_file(path, "sweep", text) || check_toml_limits(text)) return false;  // the scenario loader says why
  try {
    const toml::table doc = toml::parse(text);
    return doc.contains("design") || doc.contains("factor");
  } catch (const std::exception&) {
    return false;
  }
}

SweepDefinition load_sweep_file(const fs::path& path, const SweepLoadOptions& options) {
  std::string text;
  if (const auto problem = read_input_file(path, "sweep", text)) {
    throw ScenarioError({{path.string(), 0, 0, "", problem->message}});
  }
  return load_sweep_text(text, path.string(), path.parent_path(), options);
}

}  // namespace regiosim::scenarios
