// The municipality's job hunters (seed 003 §2.2.2 TilburgatWork, §2.2.3 Weert, §4.3): staff who go
// to employers "met een specifieke kandidaat in het hoofd" and look for a place that fits the
// employer and the candidate. They work for the seekers of the supply and the integral approach
// (models/employer_approach.h) who are in Bemiddeling, from relations of their own: a network with
// trust, moved by the same rules as the provider's (models/provider_network.h), so a refusal or a
// doubted candidate costs the job hunters' relationship, not the account managers'.
//
// Their hours are a policy lever (policy.job_hunters.fte): the visits they can make in a week,
// fte x account_manager.hours_per_week / job_hunters.visit_hours, are shared over the seekers who
// asked for them the week before, at most supply.place_requests_per_week each.
//
//   JobHunters hunters(params);
//   hunters.build(employers, seed, slots, slot_of);   // only when an approach uses them
//   double mean = hunters.visits_per_candidate();     // this week's visits per seeker (Poisson mean)
//   auto e = hunters.network().pick(slot, all, rng);  // whom they visit
//   hunters.plan(candidates);                         // after the week: how many asked
#pragma once

#include "models/agents.h"
#include "models/parameters.h"
#include "models/provider_network.h"

#include <cstdint>
#include <functional>
#include <span>

namespace regiosim::models {

class JobHunters {
 public:
  explicit JobHunters(const ModelParams& p) : p_(p), network_(p, NetworkSettings::job_hunters(p)) {}

  // Whether any seeker gets job hunters: the supply or the integral approach is in use and there are
  // job-hunter hours.
  bool in_use() const noexcept;
  void build(std::span<const Employer> employers, std::uint64_t seed, std::size_t slots,
             const std::function<std::size_t(const Employer&)>& slot_of);

  // Employer visits they can make per week.
  double capacity() const noexcept;
  // Their salary cost per week, at `hourly_eur`.
  double cost_eur_per_week(double hourly_eur) const noexcept;
  // This week's mean number of visits with one seeker who asks for them.
  double visits_per_candidate() const noexcept { return visits_; }
  // The week's count of seekers who asked for visits sets next week's share of the hours (serial).
  void plan(std::int64_t candidates) noexcept;
  // Seekers who asked for visits in the last week.
  std::int64_t candidates() const noexcept { return candidates_; }

  ProviderNetwork& network() noexcept { return network_; }
  const ProviderNetwork& network() const noexcept { return network_; }

 private:
  const ModelParams& p_;
  ProviderNetwork network_;
  double visits_ = 0.0;
  std::int64_t candidates_ = 0;
};

}  // namespace regiosim::models
