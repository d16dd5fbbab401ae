// One table declares every parameter once: key, type, default, unit, valid range, meaning and
// source. The scenario loader validates files against it, `regiosim params` prints it, and the
// model reads typed values from a plain struct filled through it (no string lookups in hot code).
//
//   ParameterTable<Params> t;
//   t.bind([](auto& p) -> auto& { return p.policy.caseload_per_coach; },
//          {.key = "policy.caseload_per_coach", .type = ParamType::real, .unit = "seekers per coach",
//           .default_value = 80.0, .min = 0.0, .min_exclusive = true,
//           .meaning = "...", .source = "assumption: ..."});
//   Params p = t.defaults();
//
// The table is domain-free: it knows types and ranges, not labour markets.
#pragma once

#include "sim/prior.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace regiosim::sim {

enum class ParamType { integer, real, boolean, choice, real_list, choice_list };

using ParamValue =
    std::variant<std::int64_t, double, bool, std::string, std::vector<double>, std::vector<std::string>>;

struct ParamSpec {
  std::string key;                 // dotted path, e.g. "policy.aftercare.weeks"
  ParamType type = ParamType::real;
  std::string unit;                // "weeks", "EUR", "share", "seekers per coach", ...
  ParamValue default_value;
  std::optional<double> min;       // bounds for integer, real and every real_list element
  std::optional<double> max;
  bool min_exclusive = false;
  bool max_exclusive = false;
  std::vector<std::string> choices;  // choice / choice_list: the allowed words
  std::vector<std::string> labels;   // real_list: one label per element; the list has this length
  bool sums_to_one = false;          // real_list: elements must sum to 1 (within 1e-6)
  bool any_length = false;           // real_list without labels: one or more elements (e.g. one per year)
  std::string meaning;             // one line
  std::string source;              // "seed 002 §Nazorg", "data: ...", "assumption: <reason>"
  // How uncertain the value is (integer and real parameters; see sim/prior.h). Given here or attached
  // later with ParameterTable::set_prior; a table that uses priors calls require_priors() when complete.
  std::optional<ParamPrior> prior;
};

// Problems of spec.prior against the spec: support outside the hard range, default outside the
// support, a shape's own problem; nothing when it fits (or there is no prior).
std::optional<std::string> check_prior(const ParamSpec& spec);

std::string_view type_name(ParamType type) noexcept;
// Human-readable valid range, e.g. "> 0", "[0, 1]", "one of: integral, demand, supply".
std::string describe_range(const ParamSpec& spec);
// Value as TOML would write it: 3, 0.25, true, "integral", [0.5, 0.5].
std::string format_value(const ParamValue& value);
// Checks value against the spec (type must already match); returns the problem, e.g.
// "must be > 0, got -5", or nothing.
std::optional<std::string> check_value(const ParamSpec& spec, const ParamValue& value);
// Edit distance used for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

namespace detail {

template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};

template <class Field>
void assign(Field& field, const ParamValue& value, const ParamSpec& spec) {
  if constexpr (std::is_same_v<Field, bool>) {
    field = std::get<bool>(value);
  } else if constexpr (std::is_enum_v<Field>) {
    const auto& word = std::get<std::string>(value);
    for (std::size_t i = 0; i < spec.choices.size(); ++i) {
      if (spec.choices[i] == word) {
        field = static_cast<Field>(i);
        return;
      }
    }
    throw std::invalid_argument(spec.key + ": unknown choice " + word);
  } else if constexpr (std::is_integral_v<Field>) {
    field = static_cast<Field>(std::get<std::int64_t>(value));
  } else if constexpr (std::is_floating_point_v<Field>) {
    field = static_cast<Field>(std::get<double>(value));
  } else if constexpr (std::is_same_v<Field, std::string>) {
    field = std::get<std::string>(value);
  } else if constexpr (std::is_same_v<Field, std::vector<std::string>>) {
    field = std::get<std::vector<std::string>>(value);
  } else if constexpr (is_vector<Field>::value) {
    const auto& v = std::get<std::vector<double>>(value);
    field.assign(v.begin(), v.end());
  } else {
    // std::array<double, N>
    const auto& v = std::get<std::vector<double>>(value);
    if (v.size() != field.size()) throw std::invalid_argument(spec.key + ": wrong list length");
    for (std::size_t i = 0; i < field.size(); ++i) field[i] = v[i];
  }
}

template <class Field>
ParamValue read(const Field& field, const ParamSpec& spec) {
  if constexpr (std::is_same_v<Field, bool>) {
    return field;
  } else if constexpr (std::is_enum_v<Field>) {
    return spec.choices.at(static_cast<std::size_t>(field));
  } else if constexpr (std::is_integral_v<Field>) {
    return static_cast<std::int64_t>(field);
  } else if constexpr (std::is_floating_point_v<Field>) {
    return static_cast<double>(field);
  } else if constexpr (std::is_same_v<Field, std::string>) {
    return field;
  } else if constexpr (std::is_same_v<Field, std::vector<std::string>>) {
    return field;
  } else {
    return std::vector<double>(field.begin(), field.end());
  }
}

}  // namespace detail

template <class Params>
class ParameterTable {
 public:
  struct Entry {
    ParamSpec spec;
    std::function<void(Params&, const ParamValue&)> set;
    std::function<ParamValue(const Params&)> get;
  };

  // Declares a parameter stored at access(params). Throws std::logic_error on a duplicate key
  // or a default that violates the declared range (a programming error caught at start-up).
  template <class Access>
  const ParamSpec& bind(Access access, ParamSpec spec) {
    if (index_.contains(spec.key)) throw std::logic_error("duplicate parameter " + spec.key);
    if (spec.source.empty() || spec.meaning.empty() || spec.unit.empty()) {
      throw std::logic_error("parameter " + spec.key + " lacks a unit, meaning or source");
    }
    if (auto problem = check_value(spec, spec.default_value)) {
      throw std::logic_error("default of " + spec.key + " " + *problem);
    }
    if (auto problem = check_prior(spec)) throw std::logic_error("prior of " + spec.key + ": " + *problem);
    Entry e;
    e.spec = std::move(spec);
    e.set = [access, s = e.spec](Params& p, const ParamValue& v) { detail::assign(access(p), v, s); };
    e.get = [access, s = e.spec](const Params& p) -> ParamValue { return detail::read(access(p), s); };
    index_.emplace(e.spec.key, entries_.size());
    entries_.push_back(std::move(e));
    return entries_.back().spec;
  }

  const Entry* find(std::string_view key) const {
    auto it = index_.find(std::string(key));
    return it == index_.end() ? nullptr : &entries_[it->second];
  }

  std::span<const Entry> entries() const noexcept { return entries_; }

  // A key that is no longer a parameter (its meaning changed), with what to use instead: loaders refuse
  // it with that message rather than "unknown key".
  void retire(std::string key, std::string instead) {
    if (index_.contains(key)) throw std::logic_error("retired key " + key + " is still a parameter");
    retired_.emplace(std::move(key), std::move(instead));
  }
  const std::string* retired(std::string_view key) const {
    const auto it = retired_.find(key);
    return it == retired_.end() ? nullptr : &it->second;
  }

  // Attaches (or replaces) the prior of a declared parameter. Throws std::logic_error for an unknown
  // key or a prior that does not fit the spec (check_prior).
  void set_prior(std::string_view key, ParamPrior prior) {
    auto it = index_.find(std::string(key));
    if (it == index_.end()) throw std::logic_error("prior for undeclared parameter " + std::string(key));
    ParamSpec& spec = entries_[it->second].spec;
    spec.prior = std::move(prior);
    if (auto problem = check_prior(spec)) throw std::logic_error("prior of " + spec.key + ": " + *problem);
    // The accessors keep a copy of the spec for choices and keys only; the prior is not needed there.
  }

  // Throws std::logic_error naming every integer or real parameter without a prior (a programming
  // error caught at start-up, like a missing source).
  void require_priors() const {
    std::string missing;
    for (const auto& e : entries_) {
      if ((e.spec.type == ParamType::integer || e.spec.type == ParamType::real) && !e.spec.prior) {
        missing += (missing.empty() ? "" : ", ") + e.spec.key;
      }
    }
    if (!missing.empty()) throw std::logic_error("parameters without a prior: " + missing);
  }

  Params defaults() const {
    Params p{};
    for (const auto& e : entries_) e.set(p, e.spec.default_value);
    return p;
  }

  // Keys close to an unknown key, best first (for "did you mean"): the distance to the whole key,
  // or to the last segment when the sections agree, within a third of the last segment's length.
  std::vector<std::string> suggestions(std::string_view key, std::size_t max_count = 1) const {
    const auto split = [](std::string_view k) {
      const auto dot = k.rfind('.');
      return dot == std::string_view::npos ? std::pair{std::string_view{}, k} : std::pair{k.substr(0, dot), k.substr(dot + 1)};
    };
    const auto [section, last] = split(key);
    const std::size_t limit = std::max<std::size_t>(2, last.size() / 3);
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const auto& e : entries_) {
      const auto [e_section, e_last] = split(e.spec.key);
      std::size_t d = edit_distance(key, e.spec.key);
      if (section == e_section) d = std::min(d, edit_distance(last, e_last));
      if (d <= limit) scored.emplace_back(d, e.spec.key);
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < scored.size() && i < max_count; ++i) out.push_back(scored[i].second);
    return out;
  }

 private:
  std::vector<Entry> entries_;
  std::map<std::string, std::size_t, std::less<>> index_;
  std::map<std::string, std::string, std::less<>> retired_;
};

}  // namespace regiosim::sim
