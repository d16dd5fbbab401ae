// The KPI table: per scenario the mean and 95% interval over replications, and for every variant
// the difference with the baseline, paired by replication (the runs share random numbers).
#pragma once

#include "output/calibration_file.h"
#include "output/findings_file.h"
#include "output/results_file.h"
#include "output/sweep_file.h"

#include <ostream>
#include <string>
#include <vector>

namespace regiosim::app {

void print_summary(const output::ResultsReader& reader, const std::string& path, std::ostream& out);
void print_summary_json(const output::ResultsReader& reader, const std::string& path, std::ostream& out);

// A sweep file: the analysed KPIs per point (mean and 95% interval over replications) and, for
// saltelli and morris designs, the factors ranked by their sensitivity indices.
void print_sweep_summary(const output::SweepRecord& sweep, const std::string& path, std::ostream& out);
void print_sweep_summary_json(const output::SweepRecord& sweep, const std::string& path, std::ostream& out);

// A calibration file: per parameter the prior, the estimate and its 90% posterior interval (ABC) or
// local profile (optimisers); per target the fit on the fitting seeds and on held-out seeds
// (app/calibration_summary.cc).
void print_calibration_summary(const output::CalibrationRecord& calibration, const std::string& path, std::ostream& out);
void print_calibration_summary_json(const output::CalibrationRecord& calibration, const std::string& path, std::ostream& out);

// A findings file: per claim the effect under the priors and its verdict (finding_result).
void print_findings_summary(const output::FindingsRecord& findings, const std::string& path, std::ostream& out);

// What a claim's row says: "holds (27 of 30 draws)" when it has the claimed sign in at least 90% of the
// draws, else "does not hold (...)".
std::string finding_result(const output::FindingRow& row);

// JSON text of a number (null when not finite; 17 significant digits) and of a string (quoted, escaped),
// for the --json outputs. Bytes that are not UTF-8 (a damaged or foreign file) become U+FFFD, so the
// output is always valid UTF-8.
std::string json_number(double x);
std::string json_string(const std::string& s);

// Rows of cells aligned in columns (widths in UTF-8 code points), the last column unpadded.
void print_table(const std::vector<std::vector<std::string>>& rows, std::ostream& out);

// "mean (low to high)" in the summary's number format (one format per cell, no -0.000).
std::string interval_text(double mean, double low, double high, int n, const std::string& unit, bool sign);

}  // namespace regiosim::app
