#include "app/options.h"

#include "scenarios/memory_check.h"

#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>

#include <filesystem>
#include <iostream>

namespace regiosim::app {

std::optional<int> parse_options(const Args& args, const std::string& usage, const po::options_description& options,
                                 const po::positional_options_description& positional, po::variables_map& vm) {
  po::options_description all;
  all.add(options);
  all.add_options()("help,h", "show this help");
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "regiosim: " << e.what() << "\n" << usage << "\n" << all;
    return kExitBadInput;
  }
  if (vm.count("help")) {
    std::cout << usage << "\n" << all;
    return kExitOk;
  }
  return std::nullopt;
}

std::uint64_t physical_memory_bytes() {
  const long pages = sysconf(_SC_PHYS_PAGES);
  const long page_size = sysconf(_SC_PAGE_SIZE);
  if (pages <= 0 || page_size <= 0) return 0;
  return static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(page_size);
}

std::optional<int> memory_budget(const po::variables_map& vm, int threads, const std::string& command,
                                 std::optional<scenarios::MemoryBudget>& budget, bool report) {
  budget.reset();
  scenarios::MemoryBudget b;
  b.threads = threads;
  if (vm.count("memory-limit")) {
    const std::string text = vm["memory-limit"].as<std::string>();
    if (text == "none") return std::nullopt;
    const auto bytes = scenarios::parse_byte_size(text);
    if (!bytes) {
      if (report) {
        std::cerr << "regiosim " << command << ": --memory-limit: expected a size such as 8GiB, 500MB or a number of "
                  << "bytes, or none; got '" << text << "'\n";
      }
      return kExitBadInput;
    }
    b.limit_bytes = *bytes;
    b.limit_source = "--memory-limit " + text;
  } else {
    // The machine's memory, or the container's share of it where its cgroup sets a lower limit.
    const std::uint64_t physical = physical_memory_bytes();
    const auto cgroup = scenarios::cgroup_memory_limit();
    if (cgroup && (physical == 0 || *cgroup < physical)) {
      b.limit_bytes = *cgroup / 5 * 4;
      b.limit_source = "80% of the " + models::format_bytes(*cgroup) + " memory limit of this process's cgroup";
    } else {
      if (physical == 0) return std::nullopt;  // unknown: no check
      b.limit_bytes = physical / 5 * 4;
      b.limit_source = "80% of the " + models::format_bytes(physical) + " of physical memory";
    }
  }
  budget = std::move(b);
  return std::nullopt;
}

scenarios::ScenarioSet load_scenarios(const std::string& path, const scenarios::LoadOptions& options) {
  if (path.empty()) {
    return scenarios::load_scenario_text(scenarios::default_scenario_text(), scenarios::kDefaultScenarioName,
                                         std::filesystem::current_path(), options);
  }
  return scenarios::load_scenario_file(path, options);
}

void print_diagnostics(const scenarios::ScenarioError& e) {
  for (const auto& d : e.diagnostics()) std::cerr << d.format() << "\n";
  std::cerr << e.diagnostics().size() << (e.diagnostics().size() == 1 ? " problem" : " problems")
            << "; nothing was run or written\n";
}

std::optional<std::string> output_path_problem(const std::filesystem::path& out) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(out, ec)) return out.string() + " is a directory";
  fs::path dir = out.parent_path();
  while (!dir.empty() && !fs::exists(dir, ec) && dir.parent_path() != dir) dir = dir.parent_path();
  if (dir.empty()) dir = ".";
  if (!fs::is_directory(dir, ec)) return "cannot write " + out.string() + ": " + dir.string() + " is not a directory";
  if (::access(dir.c_str(), W_OK | X_OK) != 0) {
    return "cannot write " + out.string() + ": no permission to write in " + dir.string() + " (" + std::strerror(errno) + ")";
  }
  return std::nullopt;
}

std::optional<int> refuse_existing_output(const std::filesystem::path& out, bool force, const std::string& command) {
  std::error_code ec;
  if (force || !std::filesystem::exists(out, ec)) return std::nullopt;
  std::cerr << "regiosim " << command << ": " << out.string()
            << " exists; add --force to replace it, or name another file with --out\n";
  return kExitBadInput;
}

std::string utc_now() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace regiosim::app
