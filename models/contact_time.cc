#include "models/contact_time.h"

#include "models/purposes.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace regiosim::models {

namespace {
// Sub-streams of Purpose::contact.
constexpr std::uint64_t kConverseSub = 0;
constexpr std::uint64_t kProposalSub = 1;
}  // namespace

ContactTime::ContactTime(const ModelParams& p)
    : hours_(p.contact.conversation_hours),
      max_per_week_(p.contact.max_per_week),
      search_boost_(p.contact.search_boost),
      proposals_(p.contact.proposals_per_conversation),
      client_time_share_(p.coach.client_time_share),
      belief_weight_(static_cast<float>(p.contact.belief_weight)) {}

double ContactTime::chance(double spare_hours, std::int32_t clients) const {
  if (spare_hours <= 0.0 || clients <= 0) return 0.0;
  const double per_client = spare_hours / (hours_ * static_cast<double>(clients));
  // A chance per week: more than one conversation a week is counted as one, so the cap is at most 1.
  return std::min({per_client, max_per_week_, 1.0});
}

void ContactTime::plan_week(std::span<const Coach> coaches, std::span<const std::int32_t> clients) {
  assert(coaches.size() == clients.size());
  chance_.resize(coaches.size());
  for (std::size_t k = 0; k < chance_.size(); ++k) {
    chance_[k] = chance(coaches[k].client_hours(client_time_share_) - coaches[k].demand_hours, clients[k]);
  }
}

bool ContactTime::converses(std::uint64_t seed, const JobSeeker& s, std::int32_t coach, int week) const {
  const double c = chance_for(coach);
  if (c <= 0.0) return false;
  sim::RandomStream rng(seed, s.id, static_cast<std::uint32_t>(week), id(Purpose::contact), kConverseSub);
  return rng.bernoulli(c);
}

void ContactTime::converse(JobSeeker& s, const Priors& prior, float coach_skill, const ModelParams& p,
                           std::uint64_t seed, int week) const {
  s.belief.insight = insight_after_conversation(s.belief.insight, coach_skill, p);
  sim::RandomStream rng = contact_stream(seed, s.id, week, Contact::regular);
  observe(s, prior, rng, belief_weight_);
}

int ContactTime::extra_proposals(std::uint64_t seed, std::uint32_t seeker, int week) const {
  const double whole = std::floor(proposals_);
  int n = static_cast<int>(whole);
  if (proposals_ > whole) {
    sim::RandomStream rng(seed, seeker, static_cast<std::uint32_t>(week), id(Purpose::contact), kProposalSub);
    n += rng.bernoulli(proposals_ - whole) ? 1 : 0;
  }
  return n;
}

}  // namespace regiosim::models
