// Contact time: what a case manager does with the client hours the tiles of the caseload leave.
//
// The tiles state the hours they ask (tiles.*_hours_per_week, tiles.base_contact_hours_per_week);
// when the caseload asks fewer hours than the case manager has for clients, the rest is not idle:
// it goes into more frequent conversations with the clients in service (Böheim, Eppel & Mahringer
// 2023: in a randomised trial in an Austrian public employment office, lower caseloads gave more
// meetings with the unemployed, more job offers and more sanctions, and shorter unemployment;
// Hainmueller et al. 2016: offices with lower caseloads monitored more and searched more actively).
// The hours left are spread evenly over the clients in service, at contact.conversation_hours a
// conversation and at most contact.max_per_week conversations per client a week; each client has a
// conversation in a week with that chance. A conversation works through three named channels:
//   - the klantbeeld: a conversation is a contact; the insight grows as in a conversation and the
//     belief moves contact.belief_weight of the way to what is seen (klantbeeld.h);
//   - search effort: in the week of a conversation the seeker sends 1 + contact.search_boost times
//     the own applications (agreements on applying, and the follow-up of them);
//   - mediation effort: a client in Bemiddeling gets contact.proposals_per_conversation more
//     proposals to vacancies (the case manager searches for the client).
// Where the caseload asks more hours than the case manager has, no time is left and nothing here
// happens: the tiles' intensity (below 1) is then what a larger caseload costs.
#pragma once

#include "models/agents.h"
#include "models/klantbeeld.h"
#include "models/parameters.h"
#include "sim/random.h"

#include <cstdint>
#include <span>
#include <vector>

namespace regiosim::models {

class ContactTime {
 public:
  explicit ContactTime(const ModelParams& p);

  // The week's chance of a conversation for each client in service of a case manager with `spare`
  // client hours left after the tiles and `clients` clients in service: the hours spread evenly, at
  // most contact.max_per_week.
  double chance(double spare_hours, std::int32_t clients) const;

  // Per case manager (`coaches`, their demand_hours summed for the week; clients in service in
  // `clients`): the client hours (Coach::client_hours) less the hours the tiles ask; sets the
  // week's chance per case manager.
  void plan_week(std::span<const Coach> coaches, std::span<const std::int32_t> clients);
  double chance_for(std::int32_t coach) const {
    return coach < 0 || static_cast<std::size_t>(coach) >= chance_.size() ? 0.0 : chance_[static_cast<std::size_t>(coach)];
  }

  // Whether a client in service of `coach` has a conversation this week (a draw only where the
  // chance is above 0, so a caseload without time left draws nothing).
  bool converses(std::uint64_t seed, const JobSeeker& s, std::int32_t coach, int week) const;
  // The conversation's contact: the insight grows (a conversation with a coach of `coach_skill`) and
  // the belief moves contact.belief_weight of the way to what is seen.
  void converse(JobSeeker& s, const Priors& prior, float coach_skill, const ModelParams& p, std::uint64_t seed,
                int week) const;

  // Own applications in the week of a conversation, as a factor on the usual mean.
  double own_applications_factor() const { return 1.0 + search_boost_; }
  // The extra proposals to vacancies for a client in Bemiddeling who had a conversation.
  int extra_proposals(std::uint64_t seed, std::uint32_t seeker, int week) const;
  // Case-manager hours of one conversation.
  float hours() const { return static_cast<float>(hours_); }

 private:
  double hours_;
  double max_per_week_;
  double search_boost_;
  double proposals_;
  double client_time_share_;
  float belief_weight_;
  std::vector<double> chance_;  // per case manager, this week
};

}  // namespace regiosim::models
