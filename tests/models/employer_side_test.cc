// Covers the employer side (issue 3): trust dynamics (gains, losses, slow regain, drift, handover,
// contact persons), the progression of an employer through the employer tiles, the werkprofiel's
// effect on requirements and on how the employer sees a candidate, group placements, account-manager
// turnover and the bookkeeping of employers by stage.
#include "model_test_support.h"
#include "models/employer_tiles.h"
#include "models/matching.h"
#include "models/region_model.h"
#include "models/trust.h"
#include "sim/executor.h"
#include "sim/simulation.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <vector>

using namespace regiosim;
using namespace regiosim::models;

namespace {

Employer employer_with_trust(float trust) {
  Employer e;
  e.trust = trust;
  e.trust_base = trust;
  e.trust_peak = trust;
  return e;
}

const sim::SeriesTable& series_of(const RegionModel& m, const std::string& name) {
  const auto* t = m.series(name);
  REQUIRE(t != nullptr);
  return *t;
}

std::size_t column(const sim::SeriesTable& t, const std::string& name) {
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c] == name) return c;
  }
  FAIL("no column " << name);
  return 0;
}

void run(RegionModel& model, int threads = 2) {
  sim::WeekPlan plan;
  model.describe(plan);
  sim::TbbExecutor exec(threads);
  sim::Simulation(exec).run(plan, model.horizon());
}

}  // namespace

TEST_CASE("Trust is gained slowly and lost quickly", "[employers][trust]") {
  const auto p = parameter_table().defaults();
  const TrustRules rules(p);
  Employer e = employer_with_trust(0.5F);
  rules.gain(e, 0.1);
  CHECK(e.trust == Approx(0.55));  // a tenth of the gap to 1
  CHECK(e.trust_peak == Approx(0.55));
  rules.lose(e, 0.2);
  CHECK(e.trust == Approx(0.44));  // a fifth of its value
  CHECK(e.trust_peak == Approx(0.55));  // the peak is remembered

  // Below its peak trust is slow to regain: the same gain moves it less than before the loss.
  Employer fresh = employer_with_trust(0.44F);
  Employer hurt = e;
  rules.gain(fresh, 0.1);
  rules.gain(hurt, 0.1);
  CHECK(fresh.trust - 0.44F == Approx(0.056));
  CHECK(hurt.trust - 0.44F == Approx(0.056 * p.trust.recovery_factor));
  CHECK(hurt.trust < fresh.trust);

  // Trust stays within [0, 1].
  Employer low = employer_with_trust(0.01F);
  for (int k = 0; k < 50; ++k) rules.lose(low, 0.9);
  CHECK(low.trust >= 0.0F);
  Employer high = employer_with_trust(0.99F);
  for (int k = 0; k < 50; ++k) rules.gain(high, 0.9);
  CHECK(high.trust <= 1.0F);
}

TEST_CASE("Without contact trust drifts back to its base and the remembered peak fades", "[employers][trust]") {
  const auto p = parameter_table().defaults();
  const TrustRules rules(p);
  Employer e = employer_with_trust(0.4F);
  e.trust = 0.8F;
  e.trust_peak = 0.8F;
  for (int k = 0; k < 52; ++k) rules.week(e, true);
  CHECK(e.trust == Approx(0.8F));  // contact every week: no drift
  for (int k = 0; k < static_cast<int>(p.trust.drift_weeks); ++k) rules.week(e, false);
  // After one time constant about 63% of the way back to the base.
  CHECK(e.trust == Approx(0.4 + 0.4 * std::exp(-1.0)).epsilon(0.01));
  CHECK(e.trust_peak < 0.8F);
  CHECK(e.trust_peak >= e.trust);
}

TEST_CASE("A new account manager keeps only part of the trust above the base", "[employers][trust]") {
  const auto p = parameter_table().defaults();
  const TrustRules rules(p);
  Employer e = employer_with_trust(0.4F);
  e.trust = 0.8F;
  rules.new_contact_person(e, 0.25);
  CHECK(e.trust == Approx(0.5));
  Employer below = employer_with_trust(0.4F);
  below.trust = 0.3F;
  rules.new_contact_person(below, 0.25);
  CHECK(below.trust == Approx(0.3));  // nothing personal to lose
  CHECK(rules.breaks_off(employer_with_trust(static_cast<float>(p.trust.break_off_below) - 0.01F)));
  CHECK_FALSE(rules.breaks_off(employer_with_trust(static_cast<float>(p.trust.break_off_below) + 0.01F)));
}

TEST_CASE("The contact log counts distinct contact persons within a window", "[employers][trust]") {
  ContactLog log;
  CHECK(log.distinct(10, 52) == 0);
  CHECK(log.record(7, 10, 52));        // a first contact person
  CHECK_FALSE(log.record(7, 20, 52));  // the same person again
  CHECK(log.distinct(20, 52) == 1);
  CHECK(log.record(8, 21, 52));  // someone else
  CHECK(log.distinct(21, 52) == 2);
  CHECK(log.distinct(72, 52) == 1);  // person 7 was last seen in week 20, more than 52 weeks before
  CHECK(log.record(7, 80, 52));      // after a year person 7 is new again
  // More persons than slots: the oldest are forgotten, the count stays bounded.
  for (int k = 0; k < 20; ++k) log.record(100 + k, 90 + k, 52);
  CHECK(log.distinct(110, 52) == static_cast<int>(ContactLog::kSize));
}

TEST_CASE("An employer advances through the employer tiles to Kandidaat fit", "[employers][tiles]") {
  auto p = parameter_table().defaults();
  const TrustRules rules(p);
  Employer e = employer_with_trust(0.5F);
  e.willing = true;
  e.hr_department = false;  // needs its supervisors trained (seed 003 §5)
  e.simple_jobs = 10.0F;
  e.account_manager = 0;
  e.stage = EmployerStage::contacted;
  e.training_granted = true;  // the participation budget pays the training (no cap)

  const auto step_week = [&](int week, float intensity) {
    sim::RandomStream rng(99, e.id, static_cast<std::uint32_t>(week), 1);
    const EmployerTileContext ctx{p, rules, rng, week, intensity, 1.0F};
    e.tiles = employer_tiles_wanted(e, p, week);
    // An oriented employer works on its werkprofiel, its supervisors, or is ready for candidates.
    CHECK((e.stage != EmployerStage::oriented || e.tiles.has(EmployerTile::opstellen_werkprofiel) ||
           e.tiles.has(EmployerTile::opleiden) || e.tiles.has(EmployerTile::kandidaat_fit)));
    const EmployerTileSet running = e.tiles;
    for (std::size_t t = 0; t < kEmployerTileCount; ++t) {
      if (running.has(static_cast<EmployerTile>(t))) employer_tile(static_cast<EmployerTile>(t)).step(e, ctx);
    }
  };

  // Without account-manager time nothing moves.
  for (int w = 0; w < 52; ++w) step_week(w, 0.0F);
  CHECK(e.stage == EmployerStage::contacted);
  CHECK(e.trust == Approx(0.5F));

  // With time the employer is oriented, gets a werkprofiel and trained supervisors, and becomes ready.
  std::map<EmployerStage, int> first_week;
  for (int w = 52; w < 52 + 200 && e.stage != EmployerStage::ready; ++w) {
    if (!first_week.count(e.stage)) first_week[e.stage] = w;
    step_week(w, 1.0F);
  }
  REQUIRE(e.stage == EmployerStage::ready);
  CHECK(e.werkprofiel);
  CHECK(e.supervisors_trained);
  CHECK(first_week.count(EmployerStage::oriented) == 1);
  CHECK(e.trust > 0.5F);  // the visits built trust
  CHECK_FALSE(e.carving);  // job carving only under the integral approach

  // Ready: Kandidaat fit, and a Voorzorg visit when it has been quiet for a while.
  const int later = 52 + 400;
  const EmployerTileSet ready = employer_tiles_wanted(e, p, later);
  CHECK(ready.has(EmployerTile::kandidaat_fit));
  CHECK(ready.has(EmployerTile::voorzorg));
  CHECK_FALSE(ready.has(EmployerTile::orientatie));

  // Under the integral approach the werkprofiel carves jobs out (with enough simple jobs).
  p.policy.employer_approach = EmployerApproach::integral;
  Employer f = e;
  f.stage = EmployerStage::oriented;
  f.werkprofiel = false;
  f.carving = false;
  sim::RandomStream rng(1, 1, 1, 1);
  const EmployerTileContext ctx{p, rules, rng, later, 1.0F, 1.0F};
  CHECK(employer_tile(EmployerTile::opstellen_werkprofiel).step(f, ctx));
  CHECK(f.werkprofiel);
  CHECK(f.carving);
}

TEST_CASE("A werkprofiel brings stated requirements back to what the work needs", "[employers][werkprofiel]") {
  const auto p = parameter_table().defaults();
  Employer e;
  e.requirement_inflation = 0.15F;
  const Requirements before = requirements_of(e, 0.5F);
  CHECK(before.stated == Approx(0.5F));
  CHECK(before.real == Approx(0.35F));
  e.werkprofiel = true;
  const Requirements after = requirements_of(e, 0.5F);
  CHECK(after.stated == Approx(0.35F));
  CHECK(after.real == Approx(0.35F));
  CHECK(requirements_of(e, 0.1F).real == 0.0F);  // never below zero

  // A candidate whose skill lies between the real and the stated requirement looks better to the
  // employer once the werkprofiel is made; what the work needs (true quality) does not change.
  JobSeeker s;
  s.vocational.fill(0.4F);
  s.affinity.fill(0.5F);
  s.employee_skills = 0.6F;
  s.motivation = 0.6F;
  s.zrm.fill(4);
  const float seen_before = match_quality(s, 0, before.stated, p);
  const float seen_after = match_quality(s, 0, after.stated, p);
  CHECK(seen_after > seen_before);
  CHECK(match_quality(s, 0, before.real, p) == match_quality(s, 0, after.real, p));
}

TEST_CASE("First contacts: warm ones succeed more often than cold ones", "[employers][acquisition]") {
  const auto p = parameter_table().defaults();
  Employer e;
  e.willing = true;
  CHECK(acquisition_success(e, false, 1.0F, p) == Approx(p.acquisition.warm_success));
  CHECK(acquisition_success(e, true, 1.0F, p) == Approx(p.acquisition.cold_success));
  CHECK(acquisition_success(e, true, 1.0F, p) < acquisition_success(e, false, 1.0F, p));
  e.willing = false;
  CHECK(acquisition_success(e, false, 1.0F, p) == Approx(p.acquisition.warm_success * p.acquisition.unwilling_factor));
  e.social_return = true;  // obliged: treated as willing
  CHECK(acquisition_success(e, false, 1.0F, p) == Approx(p.acquisition.warm_success));
  Coach am;
  am.skill = 0.5F;
  am.hired_week = 100;
  CHECK(account_manager_effectiveness(am, 100, p) == Approx(0.5F));  // half on the first day
  CHECK(account_manager_effectiveness(am, 100 + static_cast<int>(p.account_manager.ramp_up_weeks), p) == Approx(1.0F));
}

TEST_CASE("Group placements hire several candidates at once, never more than the places",
          "[employers][groups]") {
  auto p = test::small_region(800, 156, 52);
  p.employers.size_shares = {0.5, 0.2, 0.3};  // many large employers
  p.groups.vacancies_per_year = 12.0;
  p.output.spells = true;
  RegionModel model(p, 5);
  sim::WeekPlan plan;
  model.describe(plan);
  sim::TbbExecutor exec(2);
  // Checked at the end of every week, while the week's vacancies are still kept (the model forgets a
  // closed vacancy once it is older than every open one).
  std::map<std::uint32_t, int> hires;  // group hires so far, per vacancy
  std::size_t spells_seen = 0;
  int several = 0, group_vacancies = 0;
  sim::Simulation(exec).run(plan, model.horizon(), [&](const sim::Week&) {
    const auto& spells = model.spells();
    for (; spells_seen < spells.size(); ++spells_seen) {
      const Spell& sp = spells[spells_seen];
      if (sp.route != PlacementRoute::group) continue;
      const int n = ++hires[sp.vacancy];
      REQUIRE(sp.vacancy >= model.vacancies().first_kept());
      const Vacancy& v = model.vacancies()[sp.vacancy];
      CHECK(v.kind == VacancyKind::group);
      CHECK(v.reserved);
      CHECK(n <= v.positions);
      several += n == 2;
    }
    for (const auto& [vid, n] : hires) {
      if (vid >= model.vacancies().first_kept()) CHECK(model.vacancies()[vid].filled == n);
    }
    // Group vacancies come only from large employers, and only regular applicants never fill them.
    for (const auto& v : model.vacancies().kept()) {
      if (v.kind != VacancyKind::group) continue;
      ++group_vacancies;
      CHECK(model.employers()[v.employer].size == SizeClass::large);
      CHECK(v.state != VacancyState::filled_regular);
    }
  });
  REQUIRE_FALSE(hires.empty());
  CHECK(group_vacancies > 0);
  CHECK(several > 0);
}

TEST_CASE("The trust row of the last week is the trust of the employers as they end the run", "[employers]") {
  // The employer totals are counted per chunk in a parallel phase: their sums, the contacted
  // employers' mean and quantiles (found by selection) must be those of the final records.
  auto p = test::small_region(800, 104, 0);
  RegionModel model(p, 12);
  run(model);
  const auto& trust = series_of(model, "employer_trust");
  REQUIRE(trust.rows == 104);
  const std::size_t last = trust.rows - 1;
  const int week = static_cast<int>(last);  // no burn-in: week index = row
  const auto window = static_cast<std::int32_t>(p.trust.contact_window_weeks);
  std::vector<float> contacted;
  double all = 0.0;
  for (const auto& e : model.employers()) {
    all += e.trust;
    if (e.contacts.distinct(week, window) > 0) contacted.push_back(e.trust);
  }
  REQUIRE(contacted.size() > 20);
  CHECK(trust.at(last, column(trust, "in_contact")) == static_cast<double>(contacted.size()));
  double sum = 0.0;
  for (float x : contacted) sum += x;
  CHECK(trust.at(last, column(trust, "mean")) == sum / static_cast<double>(contacted.size()));
  CHECK(trust.at(last, column(trust, "all_mean")) == Approx(all / static_cast<double>(model.employers().size())).epsilon(1e-12));
  std::sort(contacted.begin(), contacted.end());
  const std::array<std::pair<const char*, double>, 5> quantiles = {
      {{"p10", 0.10}, {"p25", 0.25}, {"p50", 0.50}, {"p75", 0.75}, {"p90", 0.90}}};
  for (const auto& [name, q] : quantiles) {
    const double pos = q * static_cast<double>(contacted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const auto hi = std::min(contacted.size() - 1, lo + 1);
    const double expected = contacted[lo] + (pos - static_cast<double>(lo)) * (contacted[hi] - contacted[lo]);
    INFO(name);
    CHECK(trust.at(last, column(trust, name)) == expected);
  }
}

TEST_CASE("Employers by stage add up, portfolios match the network, trust stays in [0, 1]", "[employers][conservation]") {
  auto p = test::small_region(600, 156, 0);
  p.account_manager.turnover_per_year = 2.0;  // turnover happens in a short run
  RegionModel model(p, 8);
  run(model);
  const auto& stages = series_of(model, "employers_by_stage");
  const auto& tiles = series_of(model, "employers_by_tile");
  const auto& trust = series_of(model, "employer_trust");
  const double employers = static_cast<double>(p.region.employers);
  double ever_ready = 0.0;
  for (std::size_t w = 0; w < stages.rows; ++w) {
    double sum = 0.0;
    for (const auto& key : kEmployerStageKeys) sum += stages.at(w, column(stages, std::string(key)));
    CHECK(sum == employers);
    CHECK(stages.at(w, column(stages, "closed")) <= stages.at(w, column(stages, "unknown")));
    // Kandidaat fit is the state of every ready employer (and of oriented ones turning ready).
    CHECK(tiles.at(w, column(tiles, "kandidaat_fit")) >= stages.at(w, column(stages, "ready")));
    ever_ready = std::max(ever_ready, stages.at(w, column(stages, "ready")));
    for (const char* q : {"p10", "p50", "p90", "mean", "all_mean"}) {
      const double x = trust.at(w, column(trust, q));
      if (!std::isnan(x)) {
        CHECK(x >= 0.0);
        CHECK(x <= 1.0);
      }
    }
  }
  CHECK(ever_ready > 0.0);
  // Portfolios: every employer in the network has an account manager on the staff.
  std::map<std::int32_t, int> portfolio;
  int network = 0;
  for (const auto& e : model.employers()) {
    CHECK(e.trust >= 0.0F);
    CHECK(e.trust <= 1.0F);
    if (e.stage == EmployerStage::unknown) continue;
    ++network;
    REQUIRE(e.account_manager != kNone);
    CHECK(model.account_managers()[static_cast<std::size_t>(e.account_manager)].employed);
    ++portfolio[e.account_manager];
  }
  CHECK(network > 0);
  int staff = 0;
  for (const auto& am : model.account_managers()) staff += am.employed;
  CHECK(staff == p.region.account_managers);                                // departures are replaced
  CHECK(model.account_managers().size() > static_cast<std::size_t>(staff));  // and there were departures
}
