#include "scenarios/memory_check.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <utility>

namespace regiosim::scenarios {

namespace {

constexpr std::uint64_t kGiB = 1ULL << 30;

std::uint64_t saturating_add(std::uint64_t a, std::uint64_t b) { return a > ~b ? ~std::uint64_t{0} : a + b; }
std::uint64_t saturating_mul(std::uint64_t a, std::uint64_t b) {
  return b != 0 && a > ~std::uint64_t{0} / b ? ~std::uint64_t{0} : a * b;
}

// The key whose items weigh most in a run's estimate.
std::string heaviest_key(const models::RunMemory& m) {
  std::map<std::string, std::uint64_t> by_key;
  for (const auto& i : m.items) by_key[i.key] = saturating_add(by_key[i.key], i.bytes);
  std::string best;
  std::uint64_t most = 0;
  for (const auto& [key, bytes] : by_key) {
    if (best.empty() || bytes > most) best = key, most = bytes;
  }
  return best;
}

}  // namespace

MemoryDemand estimate_memory(const std::vector<const Scenario*>& scenarios, int threads) {
  MemoryDemand d;
  struct Entry {
    const Scenario* scenario;
    models::RunMemory memory;
    std::uint64_t run_bytes;
    std::uint64_t replications;
  };
  std::vector<Entry> entries;
  for (const Scenario* s : scenarios) {
    auto m = models::estimate_run_memory(s->params);
    const auto bytes = m.run_bytes();
    const auto r = static_cast<std::uint64_t>(std::max<std::int64_t>(s->params.sim.replications, 0));
    d.runs += r;
    d.held_bytes = std::max(d.held_bytes, saturating_mul(r, m.result_bytes));
    entries.push_back({s, std::move(m), bytes, r});
  }
  if (entries.empty()) return d;
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.run_bytes > b.run_bytes; });
  d.concurrent = std::min<std::size_t>(d.runs, static_cast<std::size_t>(std::max(threads, 1)));
  std::size_t left = d.concurrent;
  for (const auto& e : entries) {  // the largest runs that can be in memory at once
    const auto n = std::min<std::uint64_t>(left, e.replications);
    d.concurrent_bytes = saturating_add(d.concurrent_bytes, saturating_mul(n, e.run_bytes));
    left -= static_cast<std::size_t>(n);
  }
  d.total_bytes = saturating_add(saturating_add(models::kProgramBytes, d.concurrent_bytes), d.held_bytes);
  d.largest = entries.front().scenario;
  d.largest_run = entries.front().memory;
  d.driver_key = heaviest_key(d.largest_run);
  return d;
}

SweepMemory estimate_sweep_memory(const SweepDefinition& sweep, int threads) {
  SweepMemory out;
  std::uint64_t most = 0;
  for (std::size_t p = 0; p < sweep.points.size(); ++p) {
    const auto bytes = models::estimate_run_memory(sweep.point_params(p)).run_bytes();
    if (p == 0 || bytes > most) out.largest_point = p, most = bytes;
  }
  const auto params = sweep.points.empty() ? sweep.base.params : sweep.point_params(out.largest_point);
  const std::size_t stored_series =
      !sweep.series.empty() && sweep.series.front() == "*" ? params.output.timeseries.size() : sweep.series.size();
  const std::size_t runs = sweep.run_count();
  MemoryDemand& d = out.demand;
  d.runs = runs;
  d.largest = &sweep.base;
  d.largest_run = models::estimate_run_memory(params);
  d.concurrent = std::min<std::size_t>(runs, static_cast<std::size_t>(std::max(threads, 1)));
  d.concurrent_bytes = saturating_mul(d.concurrent, d.largest_run.run_bytes());
  d.held_bytes = saturating_mul(runs, d.largest_run.sweep_result_bytes(stored_series));
  d.total_bytes = saturating_add(saturating_add(models::kProgramBytes, d.concurrent_bytes), d.held_bytes);
  d.driver_key = d.held_bytes > d.concurrent_bytes ? std::string() : heaviest_key(d.largest_run);
  return out;
}

std::string memory_message(const MemoryDemand& d, const MemoryBudget& budget, std::string_view what) {
  using models::format_bytes;
  std::string m = std::string(what) + " need an estimated " + format_bytes(d.total_bytes) +
                  " of memory, more than the limit of " + format_bytes(budget.limit_bytes) + " (" + budget.limit_source + "): ";
  m += std::to_string(d.concurrent) + (d.concurrent == 1 ? " run" : " runs") + " at a time";
  if (!d.largest_run.items.empty()) {
    const auto& top = d.largest_run.largest();
    m += " of up to " + format_bytes(d.largest_run.run_bytes()) + " each (mostly " + top.what + ": " +
         format_bytes(top.bytes) + ")";
  }
  const bool held = d.held_bytes > 0 && d.held_bytes * 4 >= d.total_bytes;
  if (held) m += ", and " + format_bytes(d.held_bytes) + " of results held until they are written";
  // How to proceed: lower the driving value, run fewer at once when that alone would do, or raise the limit.
  const bool replications_too = held && d.driver_key.rfind("region.", 0) == 0;
  std::vector<std::string> ways = {"lower " + d.driver_key + (replications_too ? " or sim.replications" : "")};
  const std::uint64_t fixed = models::kProgramBytes + d.held_bytes;
  const std::uint64_t per_run = std::max<std::uint64_t>(d.largest_run.run_bytes(), 1);
  if (d.concurrent > 1 && fixed + per_run <= budget.limit_bytes) {
    const auto fit = std::min<std::uint64_t>((budget.limit_bytes - fixed) / per_run, d.concurrent - 1);
    ways.push_back("run fewer at once (--threads " + std::to_string(fit) + ")");
  }
  const auto suggested = (d.total_bytes + kGiB - 1) / kGiB;
  ways.push_back("raise the limit (e.g. --memory-limit " + std::to_string(suggested) + "GiB, if the machine has it)");
  m += ". To proceed, ";
  for (std::size_t i = 0; i < ways.size(); ++i) m += (i == 0 ? "" : i + 1 == ways.size() ? ", or " : ", ") + ways[i];
  return m;
}

std::vector<Diagnostic> check_memory(const std::vector<const Scenario*>& scenarios, const MemoryBudget& budget) {
  std::vector<const Scenario*> all = scenarios;
  for (const auto& s : budget.alongside) all.push_back(&s);
  const MemoryDemand d = estimate_memory(all, budget.threads);
  if (d.total_bytes <= budget.limit_bytes || d.largest == nullptr) return {};
  Diagnostic diag{d.largest->source, 0, 0, d.driver_key, memory_message(d, budget, "the runs")};
  if (const auto it = d.largest->origins.find(d.driver_key); it != d.largest->origins.end()) {
    diag.file = it->second.file;
    diag.line = it->second.line;
    diag.column = it->second.column;
    diag.key = it->second.key;
  }
  return {std::move(diag)};
}

std::optional<std::uint64_t> parse_byte_size(std::string_view text) {
  const auto trim = [](std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
  };
  text = trim(text);
  std::size_t end = 0;
  while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.')) ++end;
  if (end == 0) return std::nullopt;
  double number = 0.0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + end, number);
  if (ec != std::errc() || ptr != text.data() + end || !(number > 0.0)) return std::nullopt;
  std::string unit;
  for (char c : trim(text.substr(end))) unit += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const std::map<std::string, double> units = {
      {"", 1.0},          {"b", 1.0},
      {"kb", 1e3},        {"mb", 1e6},           {"gb", 1e9},           {"tb", 1e12},
      {"k", 1024.0},      {"m", 1048576.0},      {"g", 1073741824.0},   {"t", 1099511627776.0},
      {"kib", 1024.0},    {"mib", 1048576.0},    {"gib", 1073741824.0}, {"tib", 1099511627776.0}};
  const auto it = units.find(unit);
  if (it == units.end()) return std::nullopt;
  const double bytes = std::round(number * it->second);
  if (!(bytes >= 1.0) || bytes >= 1.8e19) return std::nullopt;
  return static_cast<std::uint64_t>(bytes);
}

namespace {

// The first line of a cgroup limit file, as a number of bytes; nothing for "max", a limit at or
// above 2^62 bytes (cgroup v1 writes "no limit" as the largest page-aligned 63-bit number) or text
// that is not a size.
std::optional<std::uint64_t> read_limit_file(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::string text;
  if (!in || !std::getline(in, text)) return std::nullopt;
  const auto bytes = parse_byte_size(text);
  if (!bytes || *bytes >= (std::uint64_t{1} << 62)) return std::nullopt;
  return bytes;
}

}  // namespace

std::optional<std::uint64_t> cgroup_memory_limit(const std::filesystem::path& self_cgroup,
                                                 const std::filesystem::path& cgroup_root) {
  namespace fs = std::filesystem;
  std::ifstream in(self_cgroup);
  if (!in) return std::nullopt;
  // Lines are "id:controllers:path": v2 is "0::/path"; v1 has a line whose controllers include memory.
  std::optional<fs::path> v1_group, v2_group;
  for (std::string line; std::getline(in, line);) {
    const auto first = line.find(':');
    const auto second = first == std::string::npos ? std::string::npos : line.find(':', first + 1);
    if (second == std::string::npos) continue;
    const std::string controllers = line.substr(first + 1, second - first - 1);
    const fs::path group = fs::path(line.substr(second + 1)).relative_path();
    if (controllers.empty() && line.compare(0, first, "0") == 0) v2_group = group;
    std::istringstream names(controllers);
    for (std::string name; std::getline(names, name, ',');) {
      if (name == "memory") v1_group = group;
    }
  }
  // The smallest limit on the way from the group up to the root of the hierarchy (a parent's limit
  // binds its children). Inside a container whose cgroup namespace hides the group's path, the
  // container's own group is the root of the mount.
  const auto smallest_limit = [](const fs::path& root, const fs::path& group, const char* file) {
    std::error_code ec;
    fs::path dir = !group.empty() && fs::is_directory(root / group, ec) ? root / group : root;
    std::optional<std::uint64_t> limit;
    for (;;) {
      if (const auto bytes = read_limit_file(dir / file); bytes && (!limit || *bytes < *limit)) limit = bytes;
      if (dir == root || dir.parent_path() == dir) break;
      dir = dir.parent_path();
    }
    return limit;
  };
  std::error_code ec;
  if (v1_group && fs::is_directory(cgroup_root / "memory", ec)) {
    return smallest_limit(cgroup_root / "memory", *v1_group, "memory.limit_in_bytes");
  }
  if (v2_group) return smallest_limit(cgroup_root, *v2_group, "memory.max");
  return std::nullopt;
}

}  // namespace regiosim::scenarios
