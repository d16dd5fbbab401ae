// The command-line layer: the only place that knows every part of regiosim. Each command parses
// its own options and returns the process exit code:
//   0 success, 1 runtime failure, 2 bad input (the message names file, line and key).
#pragma once

#include <string>
#include <vector>

namespace regiosim::app {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitBadInput = 2;

// Arguments after the command name.
using Args = std::vector<std::string>;

int run_command(const Args& args, const std::string& command_line);
int sweep_command(const Args& args, const std::string& command_line);
int findings_command(const Args& args, const std::string& command_line);
int calibrate_command(const Args& args, const std::string& command_line);
int check_command(const Args& args);
int params_command(const Args& args);
int summary_command(const Args& args);
int compare_command(const Args& args);
int bench_command(const Args& args);
int report_command(const Args& args);
int export_command(const Args& args);

// Runs analysis/<script> with Python on args and returns its exit code (report_command.cc). The
// input file (the first argument that is neither an option nor the value of one of
// value_options) is verified first (output::verify_file): a damaged file is refused with exit
// code 2 before Python reads any of it.
int run_analysis_script(const std::string& command, const std::string& script, const Args& args,
                        const std::vector<std::string>& value_options);

}  // namespace regiosim::app
