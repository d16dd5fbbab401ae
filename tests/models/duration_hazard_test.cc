// Duration dependence of the exit hazard at the level of a region: the weekly chance of starting a
// job falls with the time out of work, and part of that fall is what the careers mechanisms do (skills
// wearing off, motivation and self-confidence falling, the employer's stigma of a long spell), the
// rest selection (the better candidates leave first; models/careers.h).
#include "models/region_model.h"
#include "sim/executor.h"
#include "sim/simulation.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

using namespace regiosim;
using namespace regiosim::models;

namespace {

// Out-of-work durations in weeks: [0, 26), [26, 52), [52, 104), [104, ...).
constexpr std::array<int, 4> kBinStart = {0, 26, 52, 104};
constexpr std::size_t kBins = kBinStart.size();
constexpr std::size_t kShort = 0;
constexpr std::size_t kLong = kBins - 1;

std::size_t duration_bin(int weeks) {
  std::size_t b = 0;
  while (b + 1 < kBins && weeks >= kBinStart[b + 1]) ++b;
  return b;
}

// The empirical weekly hazard of leaving benefit for work, by out-of-work duration. The risk set of a
// week is every seeker on benefit and out of work at the end of the week before (waiting for a case
// manager or in service, no job; NUG without benefit and WW alone, the UWV's, are not counted); the
// event is being in a job (a trial placement or traineeship included) at the end of this week. Leaving scope for
// other reasons ends the spell without the event (censoring). The duration is the time since the
// current spell without work began (JobSeeker::out_of_work_since): the Melding for a new seeker, the
// end of the last job for one who came back.
struct Hazards {
  std::array<double, kBins> weeks_at_risk{};
  std::array<double, kBins> job_starts{};
  double rate(std::size_t b) const { return weeks_at_risk[b] > 0.0 ? job_starts[b] / weeks_at_risk[b] : 0.0; }
};

bool at_risk(const JobSeeker& s) {
  return (s.status == SeekerStatus::waiting || s.status == SeekerStatus::in_service) && s.spell == kNone &&
         s.on_benefit;
}

// Only the inflow of the run counts: their whole spell was simulated, so the drift out of work has
// acted on every week of the duration. The initial stock enters with durations reached before the run
// (up to years) but with attributes drawn without that drift, and would mix left truncation into the
// long-duration bin.
Hazards run_hazards(const ModelParams& p, std::uint64_t seed) {
  RegionModel model(p, seed);
  sim::WeekPlan plan;
  model.describe(plan);
  sim::SerialExecutor exec;
  Hazards h;
  std::vector<std::int8_t> at_risk_bin;  // per seeker: the bin it was at risk in last week, -1: not at risk
  sim::Simulation(exec).run(plan, model.horizon(), [&](const sim::Week& w) {
    const auto& seekers = model.seekers();
    at_risk_bin.resize(seekers.size(), -1);
    for (std::size_t i = 0; i < seekers.size(); ++i) {
      const JobSeeker& s = seekers[i];
      if (at_risk_bin[i] >= 0) {
        const auto b = static_cast<std::size_t>(at_risk_bin[i]);
        h.weeks_at_risk[b] += 1.0;
        if (s.status == SeekerStatus::employed) h.job_starts[b] += 1.0;
      }
      at_risk_bin[i] = !s.from_initial_stock && at_risk(s)
                           ? static_cast<std::int8_t>(duration_bin(w.index - s.out_of_work_since))
                           : std::int8_t{-1};
    }
  });
  return h;
}

struct MeanSe {
  double mean = 0.0;
  double se = 0.0;
};

MeanSe mean_se(const std::vector<double>& x) {
  const auto n = static_cast<double>(x.size());
  MeanSe m;
  for (double v : x) m.mean += v / n;
  double var = 0.0;
  for (double v : x) var += (v - m.mean) * (v - m.mean) / (n - 1.0);
  m.se = std::sqrt(var / n);
  return m;
}

}  // namespace

TEST_CASE("The weekly hazard of leaving benefit for work falls with the time out of work, and less without "
          "skill depreciation, discouragement and stigma",
          "[careers][duration][region]") {
  // A region of 2500 seekers over five years (a year of burn-in before): the inflow, about 600 a
  // year, gives each seed tens of thousands of weeks at risk beyond two years out of work.
  auto with = test::small_region(2500, 260, 52);
  // The same region and seeds without the three mechanisms of duration dependence: what is left of the
  // fall is selection from the heterogeneity of the population.
  auto without = with;
  without.careers.skill_depreciation_per_year = 0.0;
  without.careers.discouragement_per_year = 0.0;
  without.hiring.stigma_per_year = 0.0;

  constexpr int kSeeds = 8;
  std::array<std::vector<double>, kBins> h_with, h_without;
  std::vector<double> ratio_with, ratio_without, long_gain, ratio_gain, fall_with;
  double at_risk_long = 0.0, starts_long = 0.0;  // per seed, with the defaults
  for (int seed = 1; seed <= kSeeds; ++seed) {
    const Hazards a = run_hazards(with, static_cast<std::uint64_t>(seed));
    const Hazards b = run_hazards(without, static_cast<std::uint64_t>(seed));
    for (std::size_t k = 0; k < kBins; ++k) {
      h_with[k].push_back(a.rate(k));
      h_without[k].push_back(b.rate(k));
    }
    at_risk_long += a.weeks_at_risk[kLong] / kSeeds;
    starts_long += a.job_starts[kLong] / kSeeds;
    ratio_with.push_back(a.rate(kLong) / a.rate(kShort));
    ratio_without.push_back(b.rate(kLong) / b.rate(kShort));
    fall_with.push_back(a.rate(kShort) - a.rate(kLong));
    long_gain.push_back(b.rate(kLong) - a.rate(kLong));
    ratio_gain.push_back(ratio_without.back() - ratio_with.back());
  }

  // The figures, so a reader sees the size of the duration dependence and of the mechanisms' part.
  std::printf("Weekly hazard of starting a job by weeks out of work (inflow, %d paired seeds, mean +- SE):\n", kSeeds);
  for (std::size_t k = 0; k < kBins; ++k) {
    const auto a = mean_se(h_with[k]);
    const auto b = mean_se(h_without[k]);
    char label[16];
    if (k + 1 < kBins) std::snprintf(label, sizeof label, "%d-%d", kBinStart[k], kBinStart[k + 1] - 1);
    else std::snprintf(label, sizeof label, "%d+", kBinStart[k]);
    std::printf("  %-7s defaults %.5f +- %.5f   mechanisms off %.5f +- %.5f\n", label, a.mean, a.se, b.mean, b.se);
  }
  const auto rw = mean_se(ratio_with);
  const auto rwo = mean_se(ratio_without);
  const auto fall = mean_se(fall_with);
  const auto gain = mean_se(long_gain);
  const auto rgain = mean_se(ratio_gain);
  std::printf("  long/short ratio: defaults %.3f +- %.3f, mechanisms off %.3f +- %.3f\n", rw.mean, rw.se, rwo.mean,
              rwo.se);
  std::printf("  paired: long-duration hazard off minus defaults %.5f +- %.5f; ratio off minus defaults %.3f +- %.3f\n",
              gain.mean, gain.se, rgain.mean, rgain.se);
  std::printf("  at 104+ weeks, per seed with the defaults: %.0f weeks at risk, %.1f job starts\n", at_risk_long,
              starts_long);
  INFO("short minus long hazard (defaults) " << fall.mean << " +- " << fall.se);
  INFO("long-duration hazard, mechanisms off minus defaults " << gain.mean << " +- " << gain.se);
  INFO("long/short ratio, mechanisms off minus defaults " << rgain.mean << " +- " << rgain.se);

  // Enough exposure and job starts that the long-duration hazard is measured, not guessed.
  REQUIRE(at_risk_long > 10000.0);
  REQUIRE(starts_long >= 10.0);
  // 1. With the defaults the hazard falls with duration: beyond two years out of work it is lower
  //    than in the first half year, by more than two standard errors over the seeds.
  CHECK(fall.mean > 2.0 * fall.se);
  // 2. Without the mechanisms the same drawn population (paired seeds) leaves faster at long
  //    durations, and the long/short ratio is closer to 1: the mechanisms cause part of the fall. The
  //    mechanisms act from the first week out of work (the stigma grows from zero, the drift is weekly),
  //    so they lower the short-duration hazard too; the ratio says they lower the long one more. Both
  //    differences exceed two standard errors of the paired means, so a single lucky seed does not decide.
  CHECK(gain.mean > 2.0 * gain.se);
  CHECK(rgain.mean > 2.0 * rgain.se);
  // What remains without them is selection: still a fall, a smaller one.
  CHECK(1.0 - rwo.mean > 2.0 * rwo.se);
}
