#include "app/options.h"

#include "scenarios/input_file.h"
#include "scenarios/memory_check.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>

#include <filesystem>
#include <iostream>
#include <thread>

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
    std::cerr << "regiosim: " << scenarios::escape_control(e.what()) << "\n" << usage << "\n" << all;
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

int max_threads() {
  const unsigned cores = std::thread::hardware_concurrency();
  return kThreadsPerCore * static_cast<int>(std::max(1U, cores));
}

std::optional<std::string> threads_problem(long long threads) {
  if (threads < 0) return "--threads must be >= 0";
  if (threads > max_threads()) {
    const unsigned cores = std::max(1U, std::thread::hardware_concurrency());
    return "--threads " + std::to_string(threads) + ": at most " + std::to_string(max_threads()) + " (" +
           std::to_string(kThreadsPerCore) + " per core, " + std::to_string(cores) + (cores == 1 ? " core" : " cores") +
           "); 0 uses all cores";
  }
  return std::nullopt;
}

void add_scenario_inputs(std::vector<InputFile>& inputs, const scenarios::Scenario& scenario, const std::string& role) {
  for (std::size_t i = 0; i < scenario.files.size(); ++i) {
    inputs.push_back({scenario.files[i], i == 0 ? role : "a file that " + role + " extends"});
  }
}

namespace {

std::string file_type_name(const struct stat& st) {
  if (S_ISDIR(st.st_mode)) return "a directory";
  if (S_ISCHR(st.st_mode)) return "a character device";
  if (S_ISBLK(st.st_mode)) return "a block device";
  if (S_ISFIFO(st.st_mode)) return "a named pipe";
  if (S_ISSOCK(st.st_mode)) return "a socket";
  return "not a regular file";
}

}  // namespace

std::optional<std::string> output_path_problem(const std::filesystem::path& out, const std::vector<InputFile>& inputs,
                                               const std::string& option, bool create_folder) {
  namespace fs = std::filesystem;
  const std::string text = out.string();
  if (text.empty()) return option + ": the file name is empty";
  const std::string named = option + " " + text + ": ";
  struct stat st {};
  // stat follows a symbolic link: what counts is the file a write would reach.
  const bool exists = ::stat(out.c_str(), &st) == 0;
  const int stat_error = exists ? 0 : errno;
  if (exists && S_ISDIR(st.st_mode)) return named + "is a directory, not a file";
  if (text.back() == '/' || out.filename() == "." || out.filename() == "..") {
    return named + "names a folder, not a file (e.g. " + (fs::path(text) / "results.h5").lexically_normal().string() + ")";
  }
  if (exists && !S_ISREG(st.st_mode)) return named + "is " + file_type_name(st) + ", not a regular file";
  // ENOTDIR: a part of the folder is a file; the folder check below says which.
  if (!exists && stat_error != ENOENT && stat_error != ENOTDIR) {
    return named + "cannot be checked (" + std::strerror(stat_error) + ")";
  }

  const fs::path folder = out.parent_path().empty() ? fs::path(".") : out.parent_path();
  struct stat dir {};
  bool make_folder = false;
  if (::stat(folder.c_str(), &dir) != 0) {
    if (errno == ENOTDIR) return named + folder.string() + " is not a folder";
    if (errno != ENOENT) return named + "cannot use the folder " + folder.string() + " (" + std::strerror(errno) + ")";
    if (!create_folder) return named + "the folder " + folder.string() + " does not exist";
    // The nearest existing folder must be writable for the missing ones to be made.
    fs::path up = folder;
    std::error_code ec;
    while (!up.empty() && !fs::exists(up, ec) && up.parent_path() != up) up = up.parent_path();
    if (up.empty()) up = ".";
    if (!fs::is_directory(up, ec)) return named + up.string() + " is not a folder";
    if (::access(up.c_str(), W_OK | X_OK) != 0) {
      return named + "cannot write in the folder " + up.string() + " (" + std::strerror(errno) + ")";
    }
    make_folder = true;
  } else if (!S_ISDIR(dir.st_mode)) {
    return named + folder.string() + " is not a folder";
  } else if (::access(folder.c_str(), W_OK | X_OK) != 0) {
    return named + "cannot write in the folder " + folder.string() + " (" + std::strerror(errno) + ")";
  }

  if (exists) {
    for (const auto& input : inputs) {
      struct stat in {};
      if (!input.path.empty() && ::stat(input.path.c_str(), &in) == 0 && in.st_dev == st.st_dev && in.st_ino == st.st_ino) {
        return named + "is an input of this command (" + input.role + "); name another output file";
      }
    }
  }
  if (make_folder) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) return named + "cannot create the folder " + folder.string() + " (" + ec.message() + ")";
  }
  return std::nullopt;
}

std::string shown(const std::filesystem::path& p) { return scenarios::escape_control(p.string()); }
std::string shown(const std::string& p) { return scenarios::escape_control(p); }

std::optional<std::string> input_file_problem(const std::string& path) {
  std::error_code ec;
  const auto type = std::filesystem::status(path, ec).type();
  if (type == std::filesystem::file_type::not_found) return "no such file";
  if (type == std::filesystem::file_type::directory) return "is a directory, not a results file";
  return std::nullopt;
}

std::optional<int> refuse_existing_output(const std::filesystem::path& out, bool force, const std::string& command) {
  std::error_code ec;
  if (force || !std::filesystem::exists(out, ec)) return std::nullopt;
  std::cerr << "regiosim " << command << ": " << shown(out)
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
