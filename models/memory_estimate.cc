#include "models/memory_estimate.h"

#include "models/agents.h"
#include "models/events.h"
#include "models/job_hunters.h"
#include "models/kpis.h"
#include "models/matching.h"
#include "models/seeker_tiles.h"
#include "models/trust.h"
#include "sim/random.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace regiosim::models {

namespace {

// Calibrated against measured peak resident memory (see the header); per week of the horizon and
// job seeker of the initial stock unless said otherwise.
constexpr double kSpellsPerSeekerWeek = 0.0035;   // default region: 0.0033 (job starts, all kinds)
constexpr double kEventsPerSeekerWeek = 0.21;     // default region: 0.20 (output.events)
constexpr double kWorkingBytesPerSeeker = 300.0;  // weekly proposals, applications, chunk totals, queues
constexpr double kWorkingBytesPerEmployer = 64.0;  // open-vacancy lists, sector indexes, contact queues
constexpr double kWorkingBytesPerAccountManager = 64.0;  // development hours, growth portfolio, successor
constexpr double kOtherVacancyShare = 0.05;       // carved, group and candidate-first vacancies on top
constexpr double kColumnsPerSeries = 9.0;         // mean columns of the model's weekly series (155 / 19)
constexpr double kBytesPerMetric = 400.0;        // value, name, unit, description, condition
constexpr double kGrowth = 1.5;  // a table grown by doubling: up to twice its size at the last reallocation

// Packed rows the results writer holds per record (HDF5 compound: replication + columns).
constexpr double kSpellRowBytes = 4 + 16 * 8 + 7 * 2;  // spells: 16 integer, 7 enum columns
constexpr double kEventRowBytes = 4 + 3 * 8 + 3 * 2;   // events: 3 integer, 3 enum columns
constexpr double kPersonRowBytes = 4 + 14 * 8 + 5 * 2;  // persons: 14 integer, 5 enum columns
constexpr double kSpellColumns = 23;
constexpr double kEventColumns = 6;
constexpr double kPersonColumns = 19;

template <std::size_t N>
double mean_of(const std::array<double, N>& shares, const std::array<double, N>& values) {
  const double total = std::accumulate(shares.begin(), shares.end(), 0.0);
  if (total <= 0.0) return 0.0;
  double sum = 0.0;
  for (std::size_t i = 0; i < N; ++i) sum += shares[i] * values[i];
  return sum / total;
}

std::uint64_t bytes(double x) { return x <= 0.0 ? 0 : static_cast<std::uint64_t>(std::min(x, 1.8e19)); }

std::string count_text(double n) {
  char buf[48];
  if (n >= 1e9) std::snprintf(buf, sizeof buf, "%.3g billion", n / 1e9);
  else if (n >= 1e6) std::snprintf(buf, sizeof buf, "%.3g million", n / 1e6);
  else std::snprintf(buf, sizeof buf, "%.0f", n);
  if (n >= 1e6) return buf;
  std::string out;  // 948000 -> 948,000
  const std::string digits = buf;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

struct Counts {
  double weeks = 0;           // burn-in plus observed weeks
  double observed = 0;
  double seekers = 0;         // initial stock plus inflow over the horizon
  double stock_weeks = 0;     // initial stock x weeks
  double employers = 0;
  double vacancies = 0;
  double vacancies_kept = 0;
  double spells = 0;
  double observed_spells = 0;
  double events = 0;
  double series_values = 0;   // weekly series, all columns
};

Counts counts(const ModelParams& p) {
  Counts c;
  c.weeks = static_cast<double>(p.sim.weeks + p.sim.burn_in_weeks);
  c.observed = static_cast<double>(p.sim.weeks);
  const double stock = static_cast<double>(p.region.job_seekers);
  c.seekers = stock * (1.0 + p.flows.inflow_per_year * c.weeks / 52.0);
  c.stock_weeks = stock * c.weeks;
  c.employers = static_cast<double>(p.region.employers);
  const auto& e = p.employers;
  const double simple_jobs = mean_of(e.size_shares, e.mean_employees) * mean_of(e.sector_shares, e.low_skilled_share);
  c.vacancies = c.employers * simple_jobs * e.turnover_per_year / 52.0 * c.weeks * (1.0 + kOtherVacancyShare);
  const double open_weeks = std::max(1.0, static_cast<double>(p.vacancies.open_weeks));
  c.vacancies_kept = c.weeks > 0 ? std::min(c.vacancies, c.vacancies / c.weeks * 2.0 * (open_weeks + 2.0)) : 0.0;
  c.spells = kSpellsPerSeekerWeek * c.stock_weeks;
  c.observed_spells = c.weeks > 0 ? c.spells * c.observed / c.weeks : 0.0;
  c.events = p.output.events ? kEventsPerSeekerWeek * c.stock_weeks : 0.0;
  c.series_values = c.observed * kColumnsPerSeries * static_cast<double>(p.output.timeseries.size());
  return c;
}

}  // namespace

std::uint64_t RunMemory::run_bytes() const {
  std::uint64_t sum = 0;
  for (const auto& i : items) sum += i.bytes;
  return sum;
}

const MemoryItem& RunMemory::largest() const { return items.front(); }

namespace {

MemoryCounts public_counts(const Counts& c) {
  return {c.seekers, c.employers, c.vacancies, c.vacancies_kept, c.spells, c.events};
}

}  // namespace

MemoryCounts expected_counts(const ModelParams& p) { return public_counts(counts(p)); }

RunMemory estimate_run_memory(const ModelParams& p) {
  const Counts c = counts(p);
  RunMemory m;
  m.counts = public_counts(c);
  // Per seeker: the record, the case manager's beliefs and the mean of the own applications
  // (RegionModel::SearchCache), two 32-bit ids and hire()'s flag.
  const double seeker_bytes = sizeof(JobSeeker) + sizeof(std::array<BelievedMatch, 2>) + sizeof(sim::PoissonMean) +
                              2 * sizeof(std::uint32_t) +
                              sizeof(std::uint8_t) + (p.output.events ? sizeof(std::vector<EventRecord>) : 0);
  const std::string horizon = std::to_string(static_cast<long long>(c.weeks)) + " weeks";
  m.items.push_back({"job seekers: the initial stock and the inflow over " + horizon + " (" + count_text(c.seekers) + ")",
                     "region.job_seekers", bytes(c.seekers * seeker_bytes)});
  m.items.push_back({"weekly working data of the job seekers (proposals, applications, queues)", "region.job_seekers",
                     bytes(static_cast<double>(p.region.job_seekers) * kWorkingBytesPerSeeker)});
  m.items.push_back({"employers (" + count_text(c.employers) + ")", "region.employers",
                     bytes(c.employers * (sizeof(Employer) + kWorkingBytesPerEmployer))});
  // The employer networks kept apart from the municipality's (the provider's, the job hunters'): per
  // employer a relationship, its membership and contact flags, its slot and a place in a slot list.
  {
    const double networks = (p.policy.werkmakelaar_share > 0.0 && !p.policy.werkmakelaar_in_house ? 1.0 : 0.0) +
                            (JobHunters(p).in_use() ? 1.0 : 0.0);
    if (networks > 0.0) {
      m.items.push_back({"employer networks of the provider and the job hunters", "region.employers",
                         bytes(networks * c.employers *
                               (sizeof(Relation) + 2 * sizeof(std::uint8_t) + sizeof(std::size_t) + sizeof(std::uint32_t)))});
    }
  }
  // Staff: case managers (fixed, or hired to the caseload norm as the caseload grows: at most one per
  // policy.caseload_per_coach of everyone in scope over the horizon), job coaches, account managers
  // and Werkmakelaar coaches, each a record and its week's working data.
  {
    const bool to_norm = p.region.case_managers == 0;
    const double case_managers =
        to_norm ? std::ceil(std::max(c.seekers, 1.0) / std::max(p.policy.caseload_per_coach, 1.0))
                : static_cast<double>(p.region.case_managers);
    m.items.push_back({"case managers (" + count_text(case_managers) + (to_norm ? " at most, staffed to the norm)" : ")"),
                       to_norm ? "policy.caseload_per_coach" : "region.case_managers",
                       bytes(case_managers * (sizeof(Coach) + sizeof(MfChances)) * (to_norm ? kGrowth : 1.0))});
    const double job_coaches = static_cast<double>(p.region.job_coaches);
    const double account_managers = static_cast<double>(p.region.account_managers);
    const double werkmakelaar = static_cast<double>(p.policy.werkmakelaar_coaches);
    m.items.push_back({"job coaches, account managers and Werkmakelaar coaches (" +
                           count_text(job_coaches + account_managers + werkmakelaar) + ")",
                       account_managers >= job_coaches ? "region.account_managers" : "region.job_coaches",
                       bytes((job_coaches + werkmakelaar) * sizeof(Coach) +
                             account_managers * (sizeof(Coach) + kWorkingBytesPerAccountManager))});
  }
  m.items.push_back({"vacancies kept (" + count_text(c.vacancies_kept) + " of the " + count_text(c.vacancies) +
                         " posted over " + horizon + ")",
                     "region.employers", bytes(c.vacancies_kept * kVacanciesKeptMargin * sizeof(Vacancy))});
  m.items.push_back({"job spells (" + count_text(c.spells) + ") and their output table", "region.job_seekers",
                     bytes(c.spells * sizeof(Spell) +  // reserved up front
                           (p.output.spells ? c.observed_spells * kSpellColumns * 8.0 * kGrowth : 0.0))});
  // The person table (with spells or events): at most every person of the horizon.
  const bool persons = p.output.spells || p.output.events;
  if (persons) {
    m.items.push_back({"person table (up to " + count_text(c.seekers) + " persons)", "region.job_seekers",
                       bytes(c.seekers * kPersonColumns * 8.0)});
  }
  if (p.output.events) {
    m.items.push_back({"event history (" + count_text(c.events) + " events)", "output.events",
                       bytes(c.events * (sizeof(EventRecord) + kEventColumns * 8.0) * kGrowth)});
  }
  m.items.push_back({"weekly series", "output.timeseries", bytes(c.series_values * 8.0 * 2.0 * kGrowth)});
  std::stable_sort(m.items.begin(), m.items.end(), [](const auto& a, const auto& b) { return a.bytes > b.bytes; });

  m.metric_bytes = bytes(static_cast<double>(kpi_definitions().size()) * kBytesPerMetric);
  m.series_bytes_each = bytes(c.observed * kColumnsPerSeries * 8.0);
  m.result_bytes = m.metric_bytes + bytes((p.output.spells ? c.observed_spells * kSpellRowBytes : 0.0) + c.events * kEventRowBytes +
                         (persons ? c.seekers * kPersonRowBytes : 0.0) + c.series_values * 8.0);
  return m;
}

std::uint64_t estimated_peak_bytes(const ModelParams& p) {
  const RunMemory m = estimate_run_memory(p);
  return kProgramBytes + m.run_bytes() + static_cast<std::uint64_t>(std::max<std::int64_t>(p.sim.replications, 1)) * m.result_bytes;
}

std::string format_bytes(std::uint64_t n) {
  static constexpr std::array<const char*, 6> units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
  double x = static_cast<double>(n);
  std::size_t u = 0;
  while (x >= 1024.0 && u + 1 < units.size()) {
    x /= 1024.0;
    ++u;
  }
  char buf[32];
  if (u == 0) std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(n));
  else std::snprintf(buf, sizeof buf, x >= 100 ? "%.0f %s" : x >= 10 ? "%.1f %s" : "%.2f %s", x, units[u]);
  return buf;
}

}  // namespace regiosim::models
