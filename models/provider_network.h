// The purchased provider's own employer network (seed 002 §intro and §Bemiddeling): "wij maken
// gebruik van ons bestaande werkgeversnetwerk in de regio" and extend it by cold acquisition, going
// to employers together with a specific client. The provider's relationship with an employer is a
// Relation moved by the same trust rules as the municipality's (models/trust.h): built by contact
// and by placements that last, lost by early dropouts, by candidates the employer doubts and by
// cold calls that come to nothing. The employer decides on a provider's candidate exactly as on
// the municipality's, with the provider's relationship in place of its trust in the municipality.
//
//   ProviderNetwork network(params);
//   network.build(employers, seed, slot_of);          // the network the provider brings along
//   auto e = network.pick(slot, all_in_slot, rng);    // whom the job coach visits with a client
//   network.placed(e); network.good_placement(e);     // an employer made a place; it lasted
//   network.week();                                   // drift without contact, once a week
//
// Touched only in serial phases (the week's referrals, hiring, bookkeeping); read in parallel ones.
#pragma once

#include "models/agents.h"
#include "models/parameters.h"
#include "models/trust.h"
#include "sim/random.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace regiosim::models {

// Who keeps a network of this kind: the provider (policy.werkmakelaar.*) or the municipality's
// job hunters (job_hunters.*, models/job_hunters.h); the same rules with their own sizes.
struct NetworkSettings {
  double share;       // share of the region's employers in the network at the start
  double trust;       // their trust at the start (the base it drifts back to)
  double cold_share;  // share of visits made cold (any employer of the slot)
  std::uint32_t stream;  // sub-stream of Purpose::provider_network that draws the members
  static NetworkSettings provider(const ModelParams& p) noexcept;
  static NetworkSettings job_hunters(const ModelParams& p) noexcept;
};

// A visit with a client to an employer of `slot`'s list: cold (any employer of the slot, `all`) with
// probability `cold_share` or when `network` is empty, else an employer of `network`. nullopt: nobody
// to visit. The rule of every mediator who goes to employers with a client (ProviderNetwork::pick,
// the in-house team with the municipality's network).
std::optional<std::uint32_t> pick_visit(std::span<const std::uint32_t> network, std::span<const std::uint32_t> all,
                                        double cold_share, sim::RandomStream& rng);

class ProviderNetwork {
 public:
  explicit ProviderNetwork(const ModelParams& p) : ProviderNetwork(p, NetworkSettings::provider(p)) {}
  ProviderNetwork(const ModelParams& p, NetworkSettings settings) : p_(p), settings_(settings), rules_(p) {}

  // The existing network: each employer belongs with probability NetworkSettings::share (its own
  // random stream), at trust NetworkSettings::trust;
  // an employer outside it starts where its trust in any mediator starts (Employer::trust_base).
  // `slot_of` gives the (market, sector) slot of an employer; `slots` their number.
  void build(std::span<const Employer> employers, std::uint64_t seed, std::size_t slots,
             const std::function<std::size_t(const Employer&)>& slot_of);
  bool built() const noexcept { return !relations_.empty(); }

  bool member(std::uint32_t employer) const noexcept { return member_[employer] != 0; }
  const Relation& relation(std::uint32_t employer) const noexcept { return relations_[employer]; }
  std::int64_t members() const noexcept { return members_; }
  // Mean trust over the employers in the network (nullopt when it is empty).
  std::optional<double> member_trust_mean() const;

  // The employer visited with a client who looks for work in `slot`: cold acquisition (any employer
  // of the slot, `all_in_slot`) with probability NetworkSettings::cold_share or when
  // the network has nobody there, else an employer of the network. nullopt: nobody to visit.
  std::optional<std::uint32_t> pick(std::size_t slot, std::span<const std::uint32_t> all_in_slot,
                                    sim::RandomStream& rng) const;

  // What happened with an employer (serial phases only).
  void contact(std::uint32_t employer) noexcept { contact_[employer] = 1; }
  void refused(std::uint32_t employer);         // asked for a place and said no
  void placed(std::uint32_t employer);          // took a provider's client: it joins the network
  void doubted(std::uint32_t employer);         // was shown a candidate it clearly doubts
  void good_placement(std::uint32_t employer);  // a provider's placement lasted trust.good_match_weeks
  void bad_placement(std::uint32_t employer);   // a provider's placement ended early
  // One week passes: relations without contact drift to their base, the remembered peaks fade.
  void week();

 private:
  void join(std::uint32_t employer);

  const ModelParams& p_;
  NetworkSettings settings_;
  TrustRules rules_;
  std::vector<Relation> relations_;
  std::vector<std::uint8_t> member_;
  std::vector<std::uint8_t> contact_;
  std::vector<std::size_t> slot_;
  std::vector<std::vector<std::uint32_t>> by_slot_;  // members per slot, in the order they joined
  std::int64_t members_ = 0;
};

}  // namespace regiosim::models
