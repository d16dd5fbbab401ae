// The klantbeeld: what the case manager believes about a seeker's hidden attributes.
//
// The belief is state (JobSeeker::belief) and changes only at contacts. What one contact shows of
// an attribute is the truth of that moment seen through what the case manager believes already (the
// stored belief; before any contact, the population prior), with an error that shrinks with insight:
//   seen = (1 - insight) * belief + insight * (truth + (1 - insight) * error_sd * z)
// with z a fresh standard-normal draw per contact (a stream of Purpose::klantbeeld per seeker, week
// and contact). The belief moves the share `weight` of the way to what is seen: a Diagnostiek
// conversation (after it raised the insight) and the evaluation at the end of a tile re-form the
// picture (weight 1); a week of Maatschappelijk fit or Werk fit shows the life domains, resp. the
// employee skills and motivation, at klantbeeld.session_weight x the week's intensity. Between
// contacts the belief stays as it was: a skill gained or a problem that arises is seen at the next
// contact, not at once. A change of case manager costs klantbeeld.handover_insight_loss of the
// insight; the successor takes over the recorded klantbeeld (seed 000 §Diagnostiek: it is 'vastgelegd')
// less what the file does not hold, klantbeeld.handover_belief_loss of the way back to the prior
// (seed 003 §5: transfer between colleagues is often poor). With less insight the next contacts show
// the successor less clearly and move the belief more. A life event costs
// klantbeeld.life_event_insight_loss of the insight. Service rules and pre-selection use only
// beliefs; employers and dropout hazards see the truth. A problem the coach has not seen is not
// treated.
#pragma once

#include "models/agents.h"
#include "models/parameters.h"
#include "sim/random.h"

namespace regiosim::models {

struct Priors {
  explicit Priors(const ModelParams& p);
  std::array<float, kLifeDomainCount> zrm;
  float employee_skills;
  float motivation;
  float vocational;
  float zrm_error_sd;    // klantbeeld.zrm_error_sd
  float trait_error_sd;  // klantbeeld.trait_error_sd
};

// The beliefs (the prior is passed for a uniform interface; beliefs are stored).
float believed_zrm(const JobSeeker& s, LifeDomain d, const Priors& prior);
float believed_employee_skills(const JobSeeker& s, const Priors& prior);
float believed_motivation(const JobSeeker& s, const Priors& prior);
float believed_vocational(const JobSeeker& s, std::size_t sector, const Priors& prior);

// The coach believes domain d is a problem (at or below service.problem_score, rounded).
bool believed_problem(const JobSeeker& s, LifeDomain d, const Priors& prior, const ModelParams& p);
int believed_problem_count(const JobSeeker& s, const Priors& prior, const ModelParams& p);

// Sector the coach works towards: the work wish once Oriëntatie made it clear, before that the
// sector of earlier work.
std::size_t target_sector(const JobSeeker& s);

// Believed readiness for work in the target sector (matching weights applied to beliefs, minus a
// penalty for believed problems at home: seed 003 §4.3, 'thuis goed geregeld').
float believed_readiness(const JobSeeker& s, const Priors& prior, const ModelParams& p);

// Insight after one more conversation with a coach of the given skill.
float insight_after_conversation(float insight, float coach_skill, const ModelParams& p);

// Conversations a first klantbeeld takes by what the case manager believes now: one, one more for
// every believed problem and for believed weak employee skills, at most tiles.diagnostiek.max_conversations.
int diagnosis_conversations(const JobSeeker& s, const Priors& prior, const ModelParams& p);

// Kinds of contact; each has its own sub-stream of Purpose::klantbeeld (with an index within the week).
enum class Contact : std::uint32_t {
  stock, conversation, session_life_domains, session_work_fit, evaluation, provider, job_coach, regular
};
// The stream of one contact with seeker `id` in `week`.
sim::RandomStream contact_stream(std::uint64_t seed, std::uint32_t id, std::int32_t week, Contact c, std::uint32_t index = 0);

// What a contact shows.
enum ObservedPart : unsigned { kSeeLifeDomains = 1U, kSeeWorkFit = 2U, kSeeVocational = 4U, kSeeAll = 7U };

// The belief before any contact: the prior (insight 0).
void start_belief(JobSeeker& s, const Priors& prior);
// One contact: the parts shown move the share `weight` (0..1) of the way to what is seen at the current
// insight (draws from `rng` for the parts shown only: one per life domain, skills, motivation, and one
// error for vocational skill in all sectors).
void observe(JobSeeker& s, const Priors& prior, sim::RandomStream& rng, float weight, unsigned parts = kSeeAll);
// The belief of a case manager with the given insight who saw without error, from the prior (tests,
// fixed pictures).
void observe_exactly(JobSeeker& s, const Priors& prior, float insight);
// Another case manager takes over: the share `insight_loss` of the insight is lost, and the belief
// falls back the share `belief_loss` of the way to the prior (what the file does not hold).
void hand_over(JobSeeker& s, const Priors& prior, float insight_loss, float belief_loss);
// A life event: the share `loss` of the insight is lost; the belief stays until a contact shows more.
void lose_insight(JobSeeker& s, float loss);

}  // namespace regiosim::models
