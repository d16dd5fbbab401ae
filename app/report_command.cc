// regiosim report RESULTS.h5 --out DIR [--lang nl|en] [--no-pdf] [--quiet]
// Runs the analysis package (analysis/report.py) on a results file: a short council report as
// HTML and PDF plus every chart as PNG and SVG. The analysis is Python (Debian's python3-h5py,
// -numpy, -pandas, -matplotlib); this command only finds it and runs it, forwarding the arguments
// and the exit code (0 ok, 1 runtime failure, 2 bad input).
//
// Where things are:
//   analysis folder   $REGIOSIM_ANALYSIS_DIR, else the source tree's analysis/ (compiled in)
//   Python            $REGIOSIM_PYTHON, else /usr/bin/python3 (Debian's, which has the packages)
// The script gets this program's path in $REGIOSIM_BIN (unless already set), so that it can ask it for
// what the C++ computes (`regiosim summary --json` of an uncertainty run) instead of computing it again.
#include "app/cli.h"

#include "output/results_file.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>

#ifndef REGIOSIM_ANALYSIS_DIR
#define REGIOSIM_ANALYSIS_DIR "analysis"
#endif

namespace regiosim::app {

namespace {

std::string env_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? std::string(value) : fallback;
}

// The input file among the script's arguments: the first that is neither an option nor an
// option's value.
std::optional<std::string> input_argument(const Args& args, const std::vector<std::string>& value_options) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--") return i + 1 < args.size() ? std::optional<std::string>(args[i + 1]) : std::nullopt;
    if (a.size() > 1 && a[0] == '-') {
      if (std::find(value_options.begin(), value_options.end(), a) != value_options.end()) ++i;
      continue;
    }
    return a;
  }
  return std::nullopt;
}

}  // namespace

int run_analysis_script(const std::string& command, const std::string& script, const Args& args,
                        const std::vector<std::string>& value_options) {
  namespace fs = std::filesystem;
  const std::string prog = "regiosim " + command;
  // A damaged file is refused here, before Python (whose HDF5 does not survive damaged bytes) reads
  // it. A missing file is left to the script, which says so in its own words.
  if (const auto input = input_argument(args, value_options)) {
    std::error_code ec;
    if (fs::is_regular_file(*input, ec)) {
      try {
        output::verify_file(*input);
      } catch (const output::ResultsFileError& e) {
        std::cerr << prog << ": " << e.what() << "\n";
        return kExitBadInput;
      }
    }
  }
  const fs::path dir = env_or("REGIOSIM_ANALYSIS_DIR", REGIOSIM_ANALYSIS_DIR);
  const fs::path path = dir / script;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    std::cerr << prog << ": the analysis package is not at " << path.string()
              << " (set REGIOSIM_ANALYSIS_DIR to the folder holding " << script << ")\n";
    return kExitFailure;
  }
  const std::string python = env_or("REGIOSIM_PYTHON", "/usr/bin/python3");
  if (::access(python.c_str(), X_OK) != 0) {
    std::cerr << prog << ": needs Python 3 at " << python
              << " with the Debian packages python3-h5py, python3-numpy, python3-pandas and "
                 "python3-matplotlib (./build.sh deps installs them; REGIOSIM_PYTHON names another "
                 "interpreter)\n";
    return kExitFailure;
  }

  std::vector<std::string> argv_strings{python, path.string()};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);

  // The running program, for the script (a symlink's target: /proc/self/exe names the binary itself).
  if (std::getenv("REGIOSIM_BIN") == nullptr) {
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec && !self.empty()) ::setenv("REGIOSIM_BIN", self.c_str(), 1);
  }

  std::cout.flush();
  std::cerr.flush();
  const pid_t pid = ::fork();
  if (pid < 0) {
    std::cerr << prog << ": cannot start " << python << ": " << std::strerror(errno) << "\n";
    return kExitFailure;
  }
  if (pid == 0) {
    ::execv(python.c_str(), argv.data());
    const std::string message = prog + ": cannot run " + python + ": " + std::strerror(errno) + "\n";
    [[maybe_unused]] auto written = ::write(STDERR_FILENO, message.data(), message.size());
    ::_exit(kExitFailure);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      std::cerr << prog << ": lost the analysis process: " << std::strerror(errno) << "\n";
      return kExitFailure;
    }
  }
  if (WIFEXITED(status)) {
    const int code = WEXITSTATUS(status);
    // The script's own codes are 0, 1 and 2; anything else is a failure of the interpreter.
    return code == kExitOk || code == kExitBadInput ? code : kExitFailure;
  }
  std::cerr << prog << ": the analysis was stopped by signal " << WTERMSIG(status) << "\n";
  return kExitFailure;
}

int report_command(const Args& args) { return run_analysis_script("report", "report.py", args, {"--out", "--lang"}); }

}  // namespace regiosim::app
