// regiosim: parallel agent-based simulator of regional labour-market policy.
#include "app/cli.h"
#include "output/hdf5_library.h"
#include "scenarios/input_file.h"
#include "sim/version.h"

#include <csignal>
#include <iostream>
#include <string>

namespace {

constexpr const char* kUsage = R"(usage: regiosim <command> [options]

commands:
  run [SCENARIO.toml]      simulate a scenario (default: the built-in default region) and its
                           variants; writes an HDF5 file and prints the KPI table
  sweep SWEEP.toml --out FILE.h5 [--resume]
                           many runs over a design of parameter values (grid, lhs, sobol,
                           saltelli, morris); runs unchanged under mpirun
  findings [REGION.toml]   check the published findings (TNO report, Werklandschap) as paired
                           experiments on a region; exits 1 when one does not hold
  calibrate CALIBRATION.toml --out FILE.h5
                           fit parameters to target statistics (NLopt bobyqa/subplex or
                           ABC-SMC), check the fit on held-out seeds, write the results and a
                           ready scenario file
  check FILE.toml          validate a scenario, sweep or calibration file without running it
  params [--markdown | --json]
                           list every parameter with unit, default, range, meaning, source and prior
  summary FILE.h5 [--json] KPI table per scenario with 95% intervals and differences with the baseline
                           (of a sweep: per point; of a calibration: estimates and fit)
  compare A.h5 B.h5 [--json]
                           KPI by KPI, the difference between two results files with its 95%
                           interval (e.g. the program before and after a change)
  bench [SCENARIO.toml]    measure speed (seeker-weeks per second) and memory
  report FILE.h5 --out DIR [--lang nl|en]
                           council report (PDF, HTML) and every chart (PNG, SVG); Dutch by default
  export FILE.h5 --csv DIR CSV files (KPIs, differences, time series) for spreadsheets

`regiosim <command> --help` shows the options of a command.
exit codes: 0 ok, 1 runtime failure, 2 bad input
)";

}  // namespace

int main(int argc, char** argv) {
  using namespace regiosim::app;
  using regiosim::scenarios::escape_control;
  const regiosim::output::Hdf5Shutdown hdf5;  // before any HDF5 call (output/hdf5_library.h)
  if (argc < 2) {
    std::cerr << kUsage;
    return kExitBadInput;
  }
  const std::string command = argv[1];
  Args args(argv + 2, argv + argc);
  std::string command_line;
  for (int i = 0; i < argc; ++i) {
    if (i > 0) command_line += ' ';
    command_line += argv[i];
  }

  // Past a file-size limit (ulimit -f) a write then fails with EFBIG ("File too large") and is
  // handled like a full disk: a message, the temporary file removed, exit 1. By default SIGXFSZ
  // would kill the process and leave the temporary file. export and report inherit this.
  std::signal(SIGXFSZ, SIG_IGN);

  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (command == "--version") {
    std::cout << regiosim::sim::kEngineName << " " << regiosim::sim::kEngineVersion << " ("
              << regiosim::sim::kEngineCommit << ")\n";
    return kExitOk;
  }
  try {
    if (command == "run") return run_command(args, command_line);
    if (command == "sweep") return sweep_command(args, command_line);
    if (command == "findings") return findings_command(args, command_line);
    if (command == "calibrate") return calibrate_command(args, command_line);
    if (command == "check") return check_command(args);
    if (command == "params") return params_command(args);
    if (command == "summary") return summary_command(args);
    if (command == "compare") return compare_command(args);
    if (command == "bench") return bench_command(args);
    if (command == "report") return report_command(args);
    if (command == "export") return export_command(args);
  } catch (const std::exception& e) {
    std::cerr << escape_control("regiosim " + command + ": " + e.what(), true) << "\n";
    return kExitFailure;
  }
  std::cerr << "regiosim: unknown command '" << escape_control(command) << "'\n\n" << kUsage;
  return kExitBadInput;
}
