// Parameters of contact time (models/contact_time.h): the conversations a case manager has with
// clients in the hours the tiles of the caseload leave, and what a conversation does.
#include "models/parameters.h"

namespace regiosim::models::detail {

namespace {

using sim::ParamType;

#define FIELD(path) [](auto& p) -> auto& { return p.path; }

const std::string kTrial =
    "Böheim, Eppel & Mahringer (2023), 'The impact of lower caseloads in public employment services on the "
    "unemployed', Journal for Labour Market Research 57:31 (randomised trial, Austria): lower caseloads gave more "
    "meetings, more job offers, more programme assignments and more sanctions, and 36 fewer days in unemployment "
    "over two years; Hainmueller et al. (2016), Scand. J. Econ. 118(4): offices with lower caseloads monitored more, "
    "searched more actively and registered more vacancies";

}  // namespace

void declare_contact(ParameterTable& t) {
  t.bind(FIELD(contact.conversation_hours),
         {.key = "contact.conversation_hours", .type = ParamType::real, .unit = "hours", .default_value = 1.0,
          .min = 0.0, .max = 40.0, .min_exclusive = true,
          .meaning = "case-manager time of one conversation with a client in service outside the tiles, preparation "
                     "and report included; the client hours the caseload's tiles leave are spread over the clients "
                     "in service at this many hours a conversation",
          .source = "assumption: a follow-up conversation is shorter than a Diagnostiek conversation "
                    "(tiles.diagnostiek.hours_per_conversation, 1.5 hours with preparation and report); range 0.5-1.5"});
  t.bind(FIELD(contact.max_per_week),
         {.key = "contact.max_per_week", .type = ParamType::real, .unit = "conversations per week", .default_value = 0.5,
          .min = 0.0, .max = 1.0,
          .meaning = "most conversations a client in service has in a week outside the tiles, however much time the "
                     "case manager has left (the client's own week, and what a conversation can move, set a limit)",
          .source = kTrial + "; assumption: a conversation every two weeks at most, range 0.25 (monthly) to 1 "
                             "(weekly, the most intensive guidance)"});
  t.bind(FIELD(contact.belief_weight),
         {.key = "contact.belief_weight", .type = ParamType::real, .unit = "share", .default_value = 0.5,
          .min = 0.0, .max = 1.0,
          .meaning = "share of the way a conversation outside the tiles moves the klantbeeld to what it shows (a "
                     "Diagnostiek conversation or a tile's evaluation moves it all the way)",
          .source = "seed 000 §Diagnostiek: the klantbeeld is extended and adjusted continuously; assumption: a "
                    "follow-up conversation shows half of what a conversation about the klantbeeld shows, "
                    "range 0.25-1"});
  t.bind(FIELD(contact.search_boost),
         {.key = "contact.search_boost", .type = ParamType::real, .unit = "share", .default_value = 0.3,
          .min = 0.0, .max = 5.0,
          .meaning = "relative increase of a seeker's own applications in a week with a conversation (agreements on "
                     "applying and their follow-up)",
          .source = kTrial + "; the size is an assumption, range 0-0.6"});
  t.bind(FIELD(contact.proposals_per_conversation),
         {.key = "contact.proposals_per_conversation", .type = ParamType::real, .unit = "proposals", .default_value = 1.0,
          .min = 0.0, .max = 10.0,
          .meaning = "extra proposals to vacancies a client in Bemiddeling gets in a week with a conversation (the "
                     "case manager searches for the client); a fraction is a chance of one more",
          .source = kTrial + " (more job offers); the size is an assumption, range 0.5-2"});
}

}  // namespace regiosim::models::detail
