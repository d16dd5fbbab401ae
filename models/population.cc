#include "models/population.h"
#include "models/klantbeeld.h"

#include "models/purposes.h"
#include "models/rates.h"
#include "sim/random.h"

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>

namespace regiosim::models {

namespace {

// Numerical guard, not behaviour: the normal quantile is finite strictly inside (0, 1).
constexpr double kQuantileGuard = 1e-12;

double std_normal_quantile(double p) {
  p = std::clamp(p, kQuantileGuard, 1.0 - kQuantileGuard);
  return boost::math::quantile(boost::math::normal(), p);
}

// A uniform draw on [0, 2m] has mean m.
constexpr double kUniformSpanPerMean = 2.0;

// Numerical guard, not behaviour: a beta trait's mean stays this far from 0 and 1 so that both shape
// parameters are positive whatever shifts the parameters add up to.
constexpr double kBetaMeanGuard = 0.02;

float beta_trait(sim::RandomStream& rng, double mean, double concentration) {
  mean = std::clamp(mean, kBetaMeanGuard, 1.0 - kBetaMeanGuard);
  return static_cast<float>(rng.beta(mean * concentration, (1.0 - mean) * concentration));
}

}  // namespace

PopulationProfile::PopulationProfile(const ModelParams& p) {
  for (std::size_t d = 0; d < kLifeDomainCount; ++d) {
    problem_threshold[d] = std_normal_quantile(1.0 - p.population.problem_shares[d]);
  }
  double cumulative = 0.0;
  for (std::size_t r = 0; r < 3; ++r) {
    cumulative += p.population.rung_shares[r];
    rung_threshold[r] = std_normal_quantile(cumulative);
  }
}

JobSeeker draw_seeker(const ModelParams& p, const PopulationProfile& profile, std::uint64_t seed,
                      std::uint32_t id, std::int32_t entry_week, bool from_stock) {
  sim::RandomStream rng(seed, id, 0, models::id(Purpose::seeker_attributes));
  const auto& pop = p.population;
  JobSeeker s;
  s.id = id;
  s.entry_week = entry_week;
  s.from_initial_stock = from_stock;
  s.status = SeekerStatus::waiting;

  const std::size_t band = rng.categorical(pop.age_band_shares);
  s.age_at_entry = static_cast<float>(rng.uniform(kAgeBandEdges[band], kAgeBandEdges[band + 1]));
  s.female = rng.bernoulli(pop.female_share);
  s.education = static_cast<Education>(rng.categorical(pop.education_shares));
  s.benefit = static_cast<BenefitType>(rng.categorical(pop.benefit_type_shares));
  s.disability = rng.bernoulli(pop.disability_share);
  s.driving_licence = rng.bernoulli(pop.driving_licence_share);
  s.experience_years = static_cast<float>(rng.uniform() * pop.max_work_share * (s.age_at_entry - kAgeBandEdges[0]));

  // Complexity: one latent factor behind problems in several life domains.
  s.complexity = static_cast<float>(rng.normal() + (from_stock ? 0.0 : pop.inflow_complexity_shift));
  const double a = pop.problem_correlation;
  const double b = std::sqrt(1.0 - a * a);
  for (std::size_t d = 0; d < kLifeDomainCount; ++d) {
    const double latent = a * s.complexity + b * rng.normal();
    if (latent > profile.problem_threshold[d]) {
      s.zrm[d] = rng.bernoulli(pop.severe_problem_share) ? 1 : 2;
    } else {
      const double u = rng.uniform();
      s.zrm[d] = u < pop.zrm_spread_share ? 3 : (u < 1.0 - pop.zrm_spread_share ? 4 : 5);
    }
  }

  const double shift = pop.complexity_effect * s.complexity;
  s.employee_skills = beta_trait(rng, pop.employee_skills_mean - shift, pop.trait_concentration);
  s.motivation = beta_trait(rng, pop.motivation_mean - shift, pop.trait_concentration);
  s.self_confidence = beta_trait(rng, pop.self_confidence_mean - shift, pop.trait_concentration);

  // Vocational skill: general level from education and experience, varied per sector; extra in
  // the sector of earlier work.
  const double general =
      pop.vocational_base + pop.vocational_per_education * static_cast<double>(s.education) +
      pop.vocational_per_experience_year * std::min(pop.vocational_experience_cap_years, double(s.experience_years));
  const std::size_t previous = rng.categorical(p.employers.sector_shares);
  for (std::size_t k = 0; k < kSectorCount; ++k) {
    double v = general * rng.uniform(pop.vocational_draw_low, 1.0);
    if (k == previous) v += pop.vocational_own_sector_bonus * std::min(1.0, s.experience_years / pop.vocational_own_sector_years);
    s.vocational[k] = static_cast<float>(std::min(1.0, v));
    s.affinity[k] = static_cast<float>(rng.uniform());
  }
  s.experience_sector = static_cast<std::uint8_t>(previous);
  s.wish_sector = static_cast<std::uint8_t>(std::max_element(s.affinity.begin(), s.affinity.end()) - s.affinity.begin());

  // Ladder rung 1..4 from a participation score that falls with complexity.
  const double loading = pop.complexity_rung_loading;
  const double participation = -loading * s.complexity + std::sqrt(1.0 - loading * loading) * rng.normal();
  s.rung = 4;
  for (std::size_t r = 0; r < 3; ++r) {
    if (participation < profile.rung_threshold[r]) {
      s.rung = static_cast<std::uint8_t>(r + 1);
      break;
    }
  }
  s.entry_rung = s.rung;

  s.out_of_work_since = from_stock ? -static_cast<std::int32_t>(std::lround(rng.exponential(pop.stock_mean_duration_weeks)))
                                   : entry_week;
  s.on_benefit = s.benefit != BenefitType::nug;

  // Before any contact the case manager knows only registered data: the belief is the prior.
  start_belief(s, Priors(p));
  return s;
}

Employer draw_employer(const ModelParams& p, std::uint64_t seed, std::uint32_t id) {
  sim::RandomStream rng(seed, id, 0, models::id(Purpose::employer_attributes));
  const auto& e = p.employers;
  Employer m;
  m.id = id;
  m.sector = static_cast<Sector>(rng.categorical(e.sector_shares));
  m.size = static_cast<SizeClass>(rng.categorical(e.size_shares));
  const double mean = e.mean_employees[static_cast<std::size_t>(m.size)];
  m.employees = std::max<std::int32_t>(1, static_cast<std::int32_t>(std::lround(rng.uniform(1.0 - e.size_spread, 1.0 + e.size_spread) * mean)));
  m.simple_jobs = static_cast<float>(m.employees * e.low_skilled_share[static_cast<std::size_t>(m.sector)]);
  m.vacancies_per_week = static_cast<float>(m.simple_jobs * e.turnover_per_year / kWeeksPerYear);
  m.willingness = static_cast<float>(rng.uniform());
  m.willing = m.willingness < e.willing_share;
  m.hr_department = rng.bernoulli(e.hr_department_share[static_cast<std::size_t>(m.size)]);
  m.subsidy_chaser = rng.bernoulli(e.subsidy_chaser_share);
  m.subsidy_sensitivity =
      m.subsidy_chaser ? 1.0F : beta_trait(rng, std::max(kBetaMeanGuard, e.subsidy_sensitivity_mean), e.subsidy_sensitivity_concentration);

  // The employer side: motive, procurement, inflated requirements, trust before any contact.
  sim::RandomStream side(seed, id, 0, models::id(Purpose::employer_attributes), 1);
  const auto size = static_cast<std::size_t>(m.size);
  const double idealism = e.idealism_share[size] + (m.sector == Sector::care ? e.idealism_care_bonus : 0.0);
  m.motive = side.bernoulli(idealism) ? EmployerMotive::idealism : EmployerMotive::economic;
  if (m.motive == EmployerMotive::economic && !m.subsidy_chaser) {
    m.subsidy_sensitivity = std::min(1.0F, m.subsidy_sensitivity * static_cast<float>(e.economic_subsidy_factor));
  }
  const bool procurement_sector = m.sector == Sector::cleaning || m.sector == Sector::green_maintenance ||
                                  m.sector == Sector::transport || m.sector == Sector::care || m.sector == Sector::other;
  m.municipal_contract = procurement_sector && side.bernoulli(e.municipal_contract_share[size]);
  m.social_return = m.municipal_contract && side.bernoulli(p.policy.social_return_share);
  m.requirement_inflation = static_cast<float>(side.uniform(0.0, kUniformSpanPerMean * e.requirement_inflation_mean));
  const double base = p.trust.mean + (m.motive == EmployerMotive::idealism ? p.trust.idealism_bonus : 0.0);
  m.trust_base = beta_trait(side, base, p.trust.concentration);
  m.trust = m.trust_base;
  m.trust_peak = m.trust_base;
  return m;
}

Coach draw_coach(const ModelParams& p, std::uint64_t seed, std::uint32_t id, CoachRole role) {
  const Purpose purpose = role == CoachRole::job_coach         ? Purpose::job_coach_attributes
                          : role == CoachRole::account_manager ? Purpose::account_manager_attributes
                                                               : Purpose::coach_attributes;
  sim::RandomStream rng(seed, id, 0, models::id(purpose));
  Coach c;
  c.id = id;
  c.role = role;
  if (role == CoachRole::account_manager) {
    c.hours_per_week = static_cast<float>(p.account_manager.hours_per_week);
    c.skill = static_cast<float>(
        std::clamp(rng.normal(p.account_manager.skill_mean, p.account_manager.skill_sd), 0.0, 1.0));
    return c;
  }
  c.hours_per_week = static_cast<float>(p.coach.hours_per_week);
  c.skill = static_cast<float>(std::clamp(rng.normal(p.coach.skill_mean, p.coach.skill_sd), 0.0, 1.0));
  return c;
}

}  // namespace regiosim::models
