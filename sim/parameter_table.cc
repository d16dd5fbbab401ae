#include "sim/parameter_table.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace regiosim::sim {

std::string_view type_name(ParamType type) noexcept {
  switch (type) {
    case ParamType::integer: return "integer";
    case ParamType::real: return "number";
    case ParamType::boolean: return "boolean";
    case ParamType::choice: return "string";
    case ParamType::real_list: return "list of numbers";
    case ParamType::choice_list: return "list of strings";
  }
  return "?";
}

namespace {

std::string number(double x) {
  std::ostringstream os;
  os.precision(15);
  os << x;
  return os.str();
}

std::string join(const std::vector<std::string>& words, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) out += sep;
    out += words[i];
  }
  return out;
}

// A list of two labelled min and max (or lowest and highest) is a range: its elements are in order.
bool ordered_pair(const ParamSpec& s) {
  return s.type == ParamType::real_list && !s.any_length && s.labels.size() == 2 &&
         ((s.labels[0] == "min" && s.labels[1] == "max") || (s.labels[0] == "lowest" && s.labels[1] == "highest"));
}

std::optional<std::string> check_bounds(const ParamSpec& s, double x, const std::string& shown) {
  const bool low_bad = s.min && (s.min_exclusive ? !(x > *s.min) : !(x >= *s.min));
  const bool high_bad = s.max && (s.max_exclusive ? !(x < *s.max) : !(x <= *s.max));
  if (std::isnan(x) || low_bad || high_bad) return "must be " + describe_range(s) + ", got " + shown;
  return std::nullopt;
}

}  // namespace

std::string describe_range(const ParamSpec& s) {
  switch (s.type) {
    case ParamType::boolean: return "true or false";
    case ParamType::choice: return "one of: " + join(s.choices, ", ");
    case ParamType::choice_list: return "any of: " + join(s.choices, ", ");
    default: break;
  }
  std::string r;
  if (s.min && s.max) {
    r = std::string(s.min_exclusive ? "(" : "[") + number(*s.min) + ", " + number(*s.max) + (s.max_exclusive ? ")" : "]");
    if (s.type == ParamType::integer) r = "an integer in " + r;
    else r = "in " + r;
  } else if (s.min) {
    r = std::string(s.min_exclusive ? "> " : ">= ") + number(*s.min);
  } else if (s.max) {
    r = std::string(s.max_exclusive ? "< " : "<= ") + number(*s.max);
  } else {
    r = "any value";
  }
  if (s.type == ParamType::real_list && s.any_length) {
    r = "one or more numbers, each " + r;
  } else if (s.type == ParamType::real_list) {
    r = std::to_string(s.labels.size()) + " numbers (" + join(s.labels, ", ") + "), each " + r;
    if (s.sums_to_one) r += ", summing to 1";
    if (ordered_pair(s)) r += ", " + s.labels[0] + " <= " + s.labels[1];
  }
  return r;
}

std::optional<std::string> check_prior(const ParamSpec& s) {
  if (!s.prior) return std::nullopt;
  const ParamPrior& p = *s.prior;
  if (p.reason.empty()) return "lacks a reason";
  if (!p.uncertain()) return std::nullopt;
  if (s.type != ParamType::integer && s.type != ParamType::real) return "only integer and real parameters can be uncertain";
  if (auto problem = p.problem(); !problem.empty()) return problem;
  if (check_bounds(s, p.low, number(p.low)) || check_bounds(s, p.high, number(p.high))) {
    return "support [" + number(p.low) + ", " + number(p.high) + "] leaves the valid range " + describe_range(s);
  }
  const double d = s.type == ParamType::integer ? static_cast<double>(std::get<std::int64_t>(s.default_value))
                                                : std::get<double>(s.default_value);
  if (!(d >= p.low && d <= p.high)) {
    return "support [" + number(p.low) + ", " + number(p.high) + "] does not hold the default " + number(d);
  }
  return std::nullopt;
}

std::string format_value(const ParamValue& value) {
  struct V {
    std::string operator()(std::int64_t i) const { return std::to_string(i); }
    std::string operator()(double d) const {
      std::string s = number(d);
      if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
      return s;
    }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(const std::string& s) const { return "\"" + s + "\""; }
    std::string operator()(const std::vector<double>& v) const {
      std::string out = "[";
      for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + (*this)(v[i]);
      return out + "]";
    }
    std::string operator()(const std::vector<std::string>& v) const {
      std::string out = "[";
      for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + (*this)(v[i]);
      return out + "]";
    }
  };
  return std::visit(V{}, value);
}

std::optional<std::string> check_value(const ParamSpec& s, const ParamValue& value) {
  switch (s.type) {
    case ParamType::integer: {
      const auto* i = std::get_if<std::int64_t>(&value);
      if (!i) return "must be an integer";
      return check_bounds(s, static_cast<double>(*i), std::to_string(*i));
    }
    case ParamType::real: {
      const auto* d = std::get_if<double>(&value);
      if (!d) return "must be a number";
      if (!std::isfinite(*d)) return "must be a finite number, got " + format_value(value);
      return check_bounds(s, *d, format_value(value));
    }
    case ParamType::boolean:
      if (!std::holds_alternative<bool>(value)) return "must be true or false";
      return std::nullopt;
    case ParamType::choice: {
      const auto* w = std::get_if<std::string>(&value);
      if (!w) return "must be a string";
      if (std::find(s.choices.begin(), s.choices.end(), *w) == s.choices.end()) {
        return "must be " + describe_range(s) + ", got \"" + *w + "\"";
      }
      return std::nullopt;
    }
    case ParamType::choice_list: {
      const auto* v = std::get_if<std::vector<std::string>>(&value);
      if (!v) return "must be a list of strings";
      for (const auto& w : *v) {
        if (std::find(s.choices.begin(), s.choices.end(), w) == s.choices.end()) {
          return "contains \"" + w + "\"; allowed: " + join(s.choices, ", ");
        }
      }
      return std::nullopt;
    }
    case ParamType::real_list: {
      const auto* v = std::get_if<std::vector<double>>(&value);
      if (!v) return "must be a list of numbers";
      if (s.any_length ? v->empty() : v->size() != s.labels.size()) {
        if (s.any_length) return "must have at least one element";
        return "must have " + std::to_string(s.labels.size()) + " elements (" + join(s.labels, ", ") + "), got " +
               std::to_string(v->size());
      }
      double sum = 0.0;
      for (std::size_t i = 0; i < v->size(); ++i) {
        const double x = (*v)[i];
        const std::string name = s.any_length ? std::to_string(i + 1) : s.labels[i];
        if (!std::isfinite(x)) return "element " + name + " must be a finite number";
        ParamSpec element = s;
        element.type = ParamType::real;
        if (auto p = check_bounds(element, x, number(x))) return "element " + name + " " + *p;
        sum += x;
      }
      if (s.sums_to_one && std::abs(sum - 1.0) > 1e-6) return "must sum to 1, got " + number(sum);
      // A range written as a pair, [min, max] or [lowest, highest], is in order.
      if (ordered_pair(s) && v->size() == 2) {
        if ((*v)[0] > (*v)[1]) {
          return s.labels[0] + " (" + number((*v)[0]) + ") must not exceed " + s.labels[1] + " (" + number((*v)[1]) + ")";
        }
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace regiosim::sim
