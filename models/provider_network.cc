#include "models/provider_network.h"

#include "models/purposes.h"

#include <algorithm>

namespace regiosim::models {

NetworkSettings NetworkSettings::provider(const ModelParams& p) noexcept {
  return {p.policy.werkmakelaar_network_share, p.policy.werkmakelaar_network_trust, p.policy.werkmakelaar_cold_share, 0};
}

NetworkSettings NetworkSettings::job_hunters(const ModelParams& p) noexcept {
  return {p.job_hunters.network_share, p.job_hunters.network_trust, p.job_hunters.cold_share, 1};
}

void ProviderNetwork::build(std::span<const Employer> employers, std::uint64_t seed, std::size_t slots,
                            const std::function<std::size_t(const Employer&)>& slot_of) {
  relations_.assign(employers.size(), Relation{});
  member_.assign(employers.size(), 0);
  contact_.assign(employers.size(), 0);
  slot_.assign(employers.size(), 0);
  by_slot_.assign(slots, {});
  members_ = 0;
  for (const auto& e : employers) {
    slot_[e.id] = slot_of(e);
    Relation& r = relations_[e.id];
    r.trust = r.trust_base = r.trust_peak = e.trust_base;
    sim::RandomStream rng(seed, e.id, 0, id(Purpose::provider_network), settings_.stream);
    if (rng.bernoulli(settings_.share)) {
      const auto t = static_cast<float>(settings_.trust);
      r.trust = r.trust_base = r.trust_peak = t;
      join(e.id);
    }
  }
}

void ProviderNetwork::join(std::uint32_t employer) {
  if (member_[employer] != 0) return;
  member_[employer] = 1;
  by_slot_[slot_[employer]].push_back(employer);
  ++members_;
}

std::optional<double> ProviderNetwork::member_trust_mean() const {
  if (members_ == 0) return std::nullopt;
  double sum = 0.0;
  for (std::size_t e = 0; e < relations_.size(); ++e) {
    if (member_[e] != 0) sum += relations_[e].trust;
  }
  return sum / static_cast<double>(members_);
}

std::optional<std::uint32_t> pick_visit(std::span<const std::uint32_t> network, std::span<const std::uint32_t> all,
                                        double cold_share, sim::RandomStream& rng) {
  const bool cold = rng.bernoulli(cold_share) || network.empty();
  const auto list = cold ? all : network;
  if (list.empty()) return std::nullopt;
  return list[rng.below(list.size())];
}

std::optional<std::uint32_t> ProviderNetwork::pick(std::size_t slot, std::span<const std::uint32_t> all_in_slot,
                                                   sim::RandomStream& rng) const {
  return pick_visit(by_slot_[slot], all_in_slot, settings_.cold_share, rng);
}

void ProviderNetwork::refused(std::uint32_t employer) {
  contact(employer);
  // An unannounced candidate at an employer the provider does not know (seed 003 §4.3).
  if (member_[employer] == 0) rules_.lose(relations_[employer], p_.trust.cold_call_loss);
}

void ProviderNetwork::placed(std::uint32_t employer) {
  contact(employer);
  join(employer);
}

void ProviderNetwork::doubted(std::uint32_t employer) {
  contact(employer);
  rules_.lose(relations_[employer], p_.trust.pushed_candidate_loss);
}

void ProviderNetwork::good_placement(std::uint32_t employer) {
  rules_.gain(relations_[employer], p_.trust.good_match_gain);
  join(employer);
}

void ProviderNetwork::bad_placement(std::uint32_t employer) { rules_.lose(relations_[employer], p_.trust.mismatch_loss); }

void ProviderNetwork::week() {
  for (std::size_t e = 0; e < relations_.size(); ++e) {
    rules_.week(relations_[e], contact_[e] != 0);
    contact_[e] = 0;
  }
}

}  // namespace regiosim::models
