// regiosim export RESULTS.h5 --csv DIR [--dutch-excel] [--events] [--persons]
// Writes the KPIs, their summary and paired differences, every time series and the parameters of a
// results file as CSV files for spreadsheet users, by running analysis/export.py (see
// report_command.cc for how the analysis package and Python are found).
#include "app/cli.h"

namespace regiosim::app {

int export_command(const Args& args) { return run_analysis_script("export", "export.py", args, {"--csv"}); }

}  // namespace regiosim::app
