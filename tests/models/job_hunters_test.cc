// The municipality's job hunters (supply and integral approach) and job carving out of existing
// tasks: how their hours become visits, whose relationship a visit moves, and that a carved job
// takes its hours from the employer's regular vacancies instead of adding a job.
#include "models/job_hunters.h"
#include "models/region_model.h"
#include "models/region_run.h"
#include "sim/executor.h"
#include "sim/simulation.h"
#include "sim/week_plan.h"

#include "model_test_support.h"

#include <catch2/catch.hpp>

#include <string>

using namespace regiosim;
using namespace regiosim::models;

using test::column_sum;
using test::kpi;
using test::series;

TEST_CASE("The job hunters' hours are shared over the seekers who ask for visits", "[job_hunters]") {
  auto p = test::small_region();
  p.policy.employer_approach = EmployerApproach::supply;
  p.policy.job_hunter_fte = 1.0;
  p.account_manager.hours_per_week = 36.0;
  p.job_hunters.visit_hours = 2.0;
  p.supply.place_requests_per_week = 0.5;
  JobHunters hunters(p);
  REQUIRE(hunters.in_use());
  CHECK(hunters.capacity() == Approx(18.0));
  hunters.plan(10);  // room for more than the most a seeker gets
  CHECK(hunters.visits_per_candidate() == Approx(0.5));
  hunters.plan(100);  // 18 visits over 100 seekers
  CHECK(hunters.visits_per_candidate() == Approx(0.18));
  CHECK(hunters.cost_eur_per_week(75.0) == Approx(36.0 * 75.0));

  p.policy.job_hunter_fte = 0.0;
  CHECK_FALSE(JobHunters(p).in_use());
  p.policy.job_hunter_fte = 1.0;
  p.policy.employer_approach = EmployerApproach::demand;  // nobody needs them
  CHECK_FALSE(JobHunters(p).in_use());
  CHECK(JobHunters(p).cost_eur_per_week(75.0) == 0.0);
}

TEST_CASE("Under the supply approach places are asked for by job hunters, and only their relationship moves",
          "[job_hunters][stochastic]") {
  auto p = test::small_region(1500, 156, 52);
  p.policy.employer_approach = EmployerApproach::supply;
  p.policy.job_hunter_fte = 4.0;
  RegionModel model(p, 3);
  sim::WeekPlan plan;
  model.describe(plan);
  sim::TbbExecutor exec(2);
  sim::Simulation(exec).run(plan, model.horizon());
  std::size_t places = 0;
  for (const auto& sp : model.spells()) {
    if (sp.route != PlacementRoute::candidate_first) continue;
    ++places;
    CHECK(sp.job_hunter);  // nobody else asks for places under this approach (no provider here)
  }
  CHECK(places > 10);
  // The job hunters know more employers than at the start: those that made a place joined.
  const auto& net = model.job_hunters().network();
  REQUIRE(net.built());
  std::int64_t at_start = 0;
  for (const auto& e : model.employers()) {
    const auto& r = net.relation(e.id);
    at_start += r.trust_base == static_cast<float>(p.job_hunters.network_trust);
  }
  CHECK(net.members() > at_start);
}

TEST_CASE("Without job-hunter hours the supply approach makes no places", "[job_hunters]") {
  auto p = test::small_region(1000, 104, 26);
  p.policy.employer_approach = EmployerApproach::supply;
  p.policy.job_hunter_fte = 0.0;
  sim::SerialExecutor exec;
  const auto r = run_region(p, RunSpec{.scenario = "none", .seed = 5}, exec);
  CHECK(column_sum(series(r, "vacancies"), "place_requests") == 0.0);
  CHECK(kpi(r, "cost_staff_eur") > 0.0);
}

TEST_CASE("More job-hunter hours bring more visits and more places made", "[job_hunters][stochastic]") {
  // Paired over seeds: the same region and course of chance, only the hours differ.
  auto few = test::small_region(1500, 156, 52);
  few.policy.employer_approach = EmployerApproach::supply;
  few.policy.job_hunter_fte = 0.5;
  auto many = few;
  many.policy.job_hunter_fte = 4.0;
  sim::TbbExecutor exec(2);
  int ahead = 0;
  constexpr int kSeeds = 5;
  for (int seed = 1; seed <= kSeeds; ++seed) {
    const auto a = run_region(few, RunSpec{.scenario = "few", .seed = static_cast<std::uint64_t>(seed)}, exec);
    const auto b = run_region(many, RunSpec{.scenario = "many", .seed = static_cast<std::uint64_t>(seed)}, exec);
    const double visits_a = column_sum(series(a, "vacancies"), "place_requests");
    const double visits_b = column_sum(series(b, "vacancies"), "place_requests");
    INFO("seed " << seed << ": visits " << visits_a << " vs " << visits_b);
    CHECK(visits_b > visits_a);
    ahead += column_sum(series(b, "vacancies"), "places_made") > column_sum(series(a, "vacancies"), "places_made");
    CHECK(kpi(b, "cost_staff_eur") > kpi(a, "cost_staff_eur"));
  }
  CHECK(ahead >= kSeeds - 1);
}

TEST_CASE("A carved job takes its hours from the employer's regular vacancies", "[job_hunters][carving]") {
  // The same seed under the demand and the integral approach draws the same regular vacancies (the
  // employers' channel choices have streams of their own). Under the integral approach the hours
  // of carved jobs are no longer asked of the employer's next regular vacancies, so fewer of them
  // open: carving reorganises work, it adds no job.
  auto demand = test::small_region(2000, 156, 52);
  demand.policy.employer_approach = EmployerApproach::demand;
  auto integral = demand;
  integral.policy.employer_approach = EmployerApproach::integral;
  sim::SerialExecutor exec;
  const auto a = run_region(demand, RunSpec{.scenario = "demand", .seed = 9}, exec);
  const auto b = run_region(integral, RunSpec{.scenario = "integral", .seed = 9}, exec);
  // Regular vacancies (social return ones included: they are regular vacancies the employer
  // reserves) = all new ones less carved, group and subsidised jobs.
  const auto regular = [&](const sim::RunResult& r) {
    const auto& v = series(r, "vacancies");
    return column_sum(v, "new") - column_sum(v, "carved_new") - column_sum(v, "group_new") -
           column_sum(series(r, "labour_demand"), "subsidised_new");
  };
  const double absorbed = regular(a) - regular(b);
  const double carved = column_sum(series(b, "vacancies"), "carved_new");
  const double carved_placed = column_sum(series(b, "placements_by_route"), "carved");
  INFO("regular vacancies: demand " << regular(a) << ", integral " << regular(b) << "; carved jobs opened " << carved
                                    << ", carved placements " << carved_placed);
  REQUIRE(carved > 20.0);
  CHECK(absorbed > 0.0);
  // A regular vacancy goes when the carved hours owed cover it; a carved job's hours are about one
  // regular job's, so the vacancies that no longer open are of the order of the carved jobs.
  CHECK(absorbed >= 0.3 * carved);
  CHECK(absorbed <= 2.0 * (carved + carved_placed));
  CHECK(column_sum(series(a, "vacancies"), "carved_new") == 0.0);
}
