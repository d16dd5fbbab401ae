// Agent state: job seekers (with the coach's belief, the klantbeeld), case managers,
// employers, vacancies and employment spells. Plain data; behaviour lives in the tile,
// service-rule, matching and employment code.
#pragma once

#include "models/domain.h"

#include <array>
#include <cstdint>
#include <limits>
#include <string_view>

namespace regiosim::models {

inline constexpr std::int32_t kNone = -1;

enum class SeekerStatus : std::uint8_t {
  waiting,     // registered (Melding), no case manager yet
  in_service,  // has a case manager, not in work
  employed,    // in a job (possibly still on partial benefit, possibly in Nazorg)
  exited,      // left scope: followed long enough off benefit in work, or other reasons (models/careers.h)
  on_ww        // lost a job and lives on WW that covers the bijstand norm (UWV's, not the municipality's)
};

// work: followed for careers.follow_up_weeks off benefit in work; other: moving, partner income,
// ...; pension: state pension age.
enum class ExitReason : std::uint8_t { none, work, other, pension };

// Instruments of the Plaatsing tile and LCR point 11 (seed 004), plus the purchased trajectory.
enum class InstrumentKind : std::uint8_t {
  lks, trial_placement, traineeship, job_coaching, workplace_adaptation, no_risk, werkmakelaar
};
inline constexpr std::size_t kInstrumentCount = 7;
inline constexpr std::array<std::string_view, kInstrumentCount> kInstrumentKeys = {
    "lks", "trial_placement", "traineeship", "job_coaching", "workplace_adaptation", "no_risk", "werkmakelaar"};
constexpr std::uint16_t bit(InstrumentKind k) noexcept { return static_cast<std::uint16_t>(1U << static_cast<unsigned>(k)); }

// Where a seeker's route to work is run: in-house, or by a purchased provider (Werkmakelaar).
// in_house_team: the municipality's own team doing the same intensive work (the comparison arm).
enum class Trajectory : std::uint8_t { none, werkmakelaar, in_house_team };
// Werkmakelaar tracks (seed 002): direct placement with LKS, via a traineeship, after activation.
enum class WmTrack : std::uint8_t { none, wm1, wm2, wm3 };

// Small-scale growth: learn in at the employer's own workplace; large-scale growth: learn at a
// training centre, social enterprise or ROC, often certified (seed 001, Figures 1 and 2).
enum class GrowthRoute : std::uint8_t { small_scale, large_scale };
inline constexpr std::size_t kGrowthRouteCount = 2;
inline constexpr std::array<std::string_view, kGrowthRouteCount> kGrowthRouteKeys = {"small_scale", "large_scale"};

// The seeker's side of a trajectory (JobSeeker::growth); the job's side is GrowthJob (models/growth.h).
enum class GrowthState : std::uint8_t {
  none,
  matched,   // chosen for a future job; the learning plan is being fixed
  learning,  // learning in (the Opleiden tile runs the leerwerktraject)
  ready,     // learned in; waiting for the job to start
  dropped    // left the trajectory this week (the growth phase releases the job)
};

// Per-week flags a seeker sets on itself; aggregated in bookkeeping.
enum WeekFlag : std::uint16_t {
  kFlagRenewed = 1U << 0,  // a temporary contract was followed by a new temporary contract
  kFlagDropout = 1U << 1,
  kFlagContractEnd = 1U << 2,
  kFlagConverted = 1U << 3,
  kFlagOutflowWork = 1U << 4,
  kFlagOutflowOther = 1U << 5,
  kFlagReturnToBenefit = 1U << 6,
  kFlagTrainingDone = 1U << 7,
  kFlagTrialConverted = 1U << 8,
  kFlagTrialEnded = 1U << 9,
  kFlagTraineeshipDone = 1U << 10,
  kFlagChaserDismissal = 1U << 11,
  kFlagBenefitReturn = 1U << 12,  // back on benefit after earnings (or WW) had ended it
  kFlagWwStart = 1U << 13,        // a lost job gave WW
  kFlagFollowedUp = 1U << 14,     // left scope after careers.follow_up_weeks off benefit in work
  kFlagOutflowWw = 1U << 15,      // left benefit for a WW that covers the norm
};

// Where a job came from: the seeker's own application, a case manager's proposal for a vacancy of an
// employer outside or inside the municipality's network, a vacancy reserved under a social-return
// clause, a job carved out for the target group, a group placement, or a place found for this one
// candidate (candidate first), or a future job the seeker learned in for on a growth route (seed 001),
// or a job an employer opened only because a wage-cost subsidy covers its cost (models/labour_demand.h).
enum class PlacementRoute : std::uint8_t {
  own_application, mediated_public, mediated_network, social_return, carved, group, candidate_first,
  growth_small_scale, growth_large_scale, subsidised_job
};
inline constexpr std::size_t kPlacementRouteCount = 10;
inline constexpr std::array<std::string_view, kPlacementRouteCount> kPlacementRouteKeys = {
    "own_application", "mediated_public", "mediated_network", "social_return", "carved", "group", "candidate_first",
    "growth_small_scale", "growth_large_scale", "subsidised_job"};

// The case manager's belief about a seeker (klantbeeld): what the service rules read instead of the
// hidden attributes. It changes only at contacts (models/klantbeeld.h): Diagnostiek conversations,
// sessions of Maatschappelijk fit and Werk fit, the evaluation at the end of a tile, the provider's
// reports; between contacts it stays as it was while the truth moves. `insight` (how well the case
// manager knows the person) grows with every conversation (seed 000 §Diagnostiek) and is partly lost
// at a change of case manager and after a life event. Stored small: a national run holds millions.
inline constexpr float kZrmBeliefScale = 40.0F;         // scale definition: believed ZRM in steps of 1/40 point
inline constexpr float kSkillBeliefScale = 255.0F;      // scale definition: believed vocational skill in steps of 1/255
struct Belief {
  float insight = 0.0F;          // 0: only registered data, 1: fully known
  float employee_skills = 0.0F;  // believed
  float motivation = 0.0F;       // believed
  std::array<std::uint8_t, kLifeDomainCount> zrm{};       // believed ZRM score x kZrmBeliefScale
  std::array<std::uint8_t, kSectorCount> vocational{};  // believed vocational skill x kSkillBeliefScale
  bool wish_known = false;  // Oriëntatie made the preferred sector clear
};

// Fields are ordered within each group so that the record has no padding to speak of (432 bytes): a
// national run holds about four million of them.
struct JobSeeker {
  std::uint32_t id = 0;

  // Registered attributes (LCR point 2).
  std::int32_t entry_week = 0;        // week of Melding (0 for the initial stock)
  std::int32_t exit_week = kNone;
  float age_at_entry = 0.0F;          // years
  float experience_years = 0.0F;
  std::int32_t out_of_work_since = 0;  // week from which the current spell without work counts (may be < 0)
  // Event clocks of the two constant weekly chances (RegionModel::start_clocks): the weeks, this one
  // included, until leaving scope for other reasons (counted in weeks waiting or in service) and until
  // the next problem onset in a life domain (counted in every week in scope).
  std::int32_t outflow_clock = 0;
  std::int32_t onset_clock = 0;
  SeekerStatus status = SeekerStatus::waiting;
  ExitReason exit_reason = ExitReason::none;
  bool female = false;
  Education education = Education::primary;
  BenefitType benefit = BenefitType::bijstand;
  bool disability = false;
  bool driving_licence = false;
  bool from_initial_stock = false;

  // Hidden attributes (revealed to the coach through the klantbeeld).
  float complexity = 0.0F;             // latent, standard normal
  float employee_skills = 0.0F;        // 0..1
  float motivation = 0.0F;             // 0..1
  float self_confidence = 0.0F;        // 0..1
  std::array<float, kSectorCount> vocational{};  // 0..1 per sector
  std::array<float, kSectorCount> affinity{};    // 0..1 per sector
  std::array<std::uint8_t, kLifeDomainCount> zrm{};  // 1..5
  std::uint8_t wish_sector = 0;        // sector of highest affinity (the work wish)
  std::uint8_t experience_sector = 0;  // sector of earlier work (registered work history)
  std::uint8_t rung = 1;               // participatieladder 1..6
  std::uint8_t entry_rung = 1;         // rung at the first Melding

  // Service.
  TileSet tiles;                       // active tiles
  Belief belief;
  std::int32_t coach = kNone;
  std::int32_t coach_since = kNone;    // week the current (or last) case manager took the seeker on
  std::int32_t queued_since = 0;       // week the seeker (re)joined the waiting queue
  float diag_hours = 0.0F;             // hours accumulated toward the next conversation
  std::int32_t last_review_week = 0;
  float orient_progress = 0.0F;        // full-intensity weeks
  float werk_fit_weeks = 0.0F;
  float nazorg_intensity = 0.0F;       // this week's Nazorg intensity (0 when not in Nazorg)
  float werk_fit_rung_progress = 0.0F;
  float training_weeks_left = 0.0F;
  std::int32_t last_training_week = std::numeric_limits<std::int32_t>::min() / 2;
  bool diagnosed = false;              // a klantbeeld exists
  bool oriented = false;
  std::uint8_t diag_conversations = 0; // held in the current Diagnostiek
  std::uint8_t diag_needed = 0;
  std::uint8_t training_sector = 0;
  // Paid tiles need a grant from the participation budget (models/budgets.h): granted and not yet
  // started, the weeks left of the grant of a running weekly tile (Maatschappelijk fit, Werk fit), and
  // the week of the oldest request still waiting (kNone: none).
  TileSet tile_grants;
  std::array<std::int16_t, 2> grant_weeks_left{};
  std::int32_t request_since = kNone;
  // Tiles whose request the budget refused in budget year `refused_year`: a request that waits is
  // asked again every week but counted as refused once a year.
  TileSet tiles_refused;
  std::int16_t refused_year = -1;

  // This week's demand and use of case-manager time and money (own state, summed serially).
  TileSet week_tiles;                  // tiles the seeker was in during this week (for stocks)
  float demand_hours = 0.0F;
  float granted_hours = 0.0F;
  std::array<float, kTileCount> hours_by_tile{};
  std::array<float, kTileCount> eur_by_tile{};  // partner costs this week per tile
  std::uint16_t week_flags = 0;

  // Employment.
  bool coaching_active = false;        // mirrors the current spell: Nazorg waits until coaching ends
  bool on_benefit = true;
  std::int32_t spell = kNone;          // current spell, index into the spell table
  std::int32_t last_spell = kNone;     // the spell that ended last
  std::int32_t first_placement_week = kNone;
  std::int32_t placements = 0;
  std::int32_t hired_week = kNone;     // set by the hiring resolution, consumed by the services phase
  std::int32_t aftercare_weeks_left = 0;
  float earnings_eur_per_week = 0.0F;
  // Careers (models/careers.h): the clock of leaving scope while in work or on WW (counted in those
  // weeks only), the week earnings last ended the benefit (kNone: on benefit or never), and the WW of
  // the last lost job: its wage base, the weeks left and the weeks paid.
  std::int32_t work_exit_clock = 0;
  std::int32_t benefit_end_week = kNone;
  float ww_wage_eur_per_week = 0.0F;
  std::int16_t ww_weeks_left = 0;
  std::int16_t ww_weeks_paid = 0;

  // Purchased trajectory, and the growth route (Nieuwe Banen, seed 001): the trajectory for a
  // future job (GrowthJob).
  std::int32_t trajectory_start_week = kNone;
  std::int32_t growth_job = kNone;
  std::int32_t growth_weeks_left = 0;  // of the learning plan
  Trajectory trajectory = Trajectory::none;
  WmTrack wm_track = WmTrack::none;
  bool referral_candidate = false;  // first klantbeeld just formed: may be referred this week
  bool ever_referred = false;
  // Occupies one of the intensive trajectory's places (before placement): the provider's, or in the
  // in-house arm the municipal team's (`trajectory` says which).
  bool provider_slot = false;
  GrowthState growth = GrowthState::none;
  GrowthRoute growth_route = GrowthRoute::small_scale;
  std::uint8_t growth_sector = 0;
  std::int8_t learned_sector = -1;     // learned in for a job in this sector: the case manager knows the skill
  std::int8_t certified_sector = -1;   // certified on the large-scale route: employers trust the skill

  // Money of this week (summed serially into the weekly costs) and received in total.
  float week_benefit_eur = 0.0F;
  std::array<float, kInstrumentCount> week_eur_by_instrument{};
  double benefit_received_eur = 0.0;    // the seeker's side of the benefit account
};

enum class CoachRole : std::uint8_t { case_manager, job_coach, account_manager };

struct Coach {
  std::uint32_t id = 0;
  CoachRole role = CoachRole::case_manager;
  bool accepting = true;   // takes new clients; a coach not accepting leaves when the caseload is empty
  bool employed = true;    // still on the staff (paid)
  float hours_per_week = 0.0F;
  float skill = 0.5F;      // repertoire breadth, 0..1
  std::int32_t hired_week = 0;  // tenure counts from here
  std::int32_t caseload = 0;    // seekers, spells (job coach) or employers in the portfolio (account manager)
  double demand_hours = 0.0;   // summed over the caseload this week
  double supply_ratio = 1.0;   // share of demanded hours that can be given this week
  double used_hours = 0.0;     // hours given this week (account managers)
  double growth_hours = 0.0;   // account managers: hours left this week for growth conversations and trajectories

  // The week's hours for clients: the rest goes to administration and meetings (coach.client_time_share).
  double client_hours(double client_time_share) const noexcept { return hours_per_week * client_time_share; }
};

// Contact persons are identified by one number: a case manager's id, an account manager's id plus
// kAccountManagerPerson, kJobHunterPerson for the job hunter who keeps the relationship with an
// employer, kProviderPerson for the purchased provider, or kTeamPerson for a coach of the
// municipality's in-house team.
inline constexpr std::int32_t kAccountManagerPerson = 1 << 24;
inline constexpr std::int32_t kJobHunterPerson = 1 << 29;
inline constexpr std::int32_t kProviderPerson = 1 << 30;
inline constexpr std::int32_t kTeamPerson = kProviderPerson + 1;

// Contact persons from the municipality an employer dealt with recently (seed 003 §4.3: employers
// want one contact person; many different ones cost trust and may end the contact).
struct ContactLog {
  static constexpr std::size_t kSize = 6;
  std::array<std::int32_t, kSize> person{-1, -1, -1, -1, -1, -1};
  std::array<std::int32_t, kSize> week{};
  // Records a contact; returns true when the person is new among those seen within `window` weeks.
  bool record(std::int32_t who, std::int32_t now, std::int32_t window) noexcept;
  // Distinct persons seen within `window` weeks.
  int distinct(std::int32_t now, std::int32_t window) const noexcept;
  void clear() noexcept { person.fill(-1); }
};

struct Employer {
  std::uint32_t id = 0;
  Sector sector = Sector::other;
  SizeClass size = SizeClass::small;
  std::int32_t employees = 0;
  float simple_jobs = 0.0F;
  float vacancies_per_week = 0.0F;
  bool willing = false;
  float willingness = 0.0F;          // uniform draw: willing while below the willing share (moves with tightness)
  bool hr_department = false;
  EmployerMotive motive = EmployerMotive::economic;
  bool municipal_contract = false;   // supplies the municipality (procurement)
  bool social_return = false;        // that contract carries a social-return clause
  float requirement_inflation = 0.0F;  // stated minus real skill requirement of its vacancies
  float subsidy_sensitivity = 0.0F;  // share of a compensated productivity gap that moves the hiring decision
  // Vacancies posted so far from the employer's ordinary flow, and of the openings a policy brings
  // (carved, group, subsidised): they number its vacancies' random streams (Vacancy::serial).
  std::uint32_t flow_posted = 0;
  std::uint32_t other_posted = 0;
  bool subsidy_chaser = false;
  std::int32_t hires_target_group = 0;
  double adaptation_received_eur = 0.0;  // the employer's side of the workplace-adaptation account

  // The relationship with the municipality (employer tiles, seed 000; trust, seed 003 §4.3).
  EmployerStage stage = EmployerStage::unknown;
  EmployerTileSet tiles;       // tiles running this week
  std::int32_t account_manager = kNone;
  float trust = 0.5F;          // gunfactor 0..1: willingness to think along about placements
  float trust_base = 0.5F;     // where trust drifts back to without contact
  float trust_peak = 0.5F;     // highest trust reached (recently): below it, trust is slow to regain
  bool werkprofiel = false;    // requirements brought back to the real minimum
  bool carving = false;        // simpler tasks split off into jobs for the target group
  // Hours of work moved into carved jobs that the employer's next regular vacancies no longer need
  // (job carving reorganises existing tasks: seed 000 werkprofiel, seed 003 §4.4).
  float carved_hours_owed = 0.0F;
  bool supervisors_trained = false;
  bool training_granted = false;  // the participation budget pays the supervisors' training
  bool approached_this_week = false;
  bool cold_approach = false;  // this week's first contact was cold acquisition
  std::int32_t closed_until = std::numeric_limits<std::int32_t>::min() / 2;   // contact broken off until
  std::int32_t last_approach_week = std::numeric_limits<std::int32_t>::min() / 2;
  std::int32_t last_visit_week = std::numeric_limits<std::int32_t>::min() / 2;
  std::int32_t last_vacancy_week = std::numeric_limits<std::int32_t>::min() / 2;
  std::int32_t last_growth_ask_week = std::numeric_limits<std::int32_t>::min() / 2;  // asked about future growth
  std::int32_t joined_week = kNone;      // entered the network
  ContactLog contacts;
  // This week's work with the employer (set in serial phases, read by the employer tiles).
  std::int16_t week_new_shared = 0;      // vacancies shared with the municipality
  std::int16_t week_proposals = 0;       // candidates presented
  std::int16_t week_hires = 0;           // target-group hires
  std::int16_t workers_in_nazorg = 0;    // placed workers still in their first weeks
  std::int16_t social_return_hires = 0;  // in the current budget year
  float week_hours = 0.0F;               // account-manager hours given this week
  float intensity = 0.0F;                // share of the hours its tiles asked that could be given
  float week_eur = 0.0F;                 // partner costs of its tiles this week
};

enum class VacancyState : std::uint8_t { open, filled_target_group, filled_regular, expired };

// What kind of opening a vacancy is: an ordinary one, one reserved under a social-return clause,
// a job carved out for the target group, a group of places, a place an employer makes for one
// proposed candidate, a future job filled by the candidate who learned in for it (seed 001), or a job
// opened because a wage-cost subsidy covers its cost, for a candidate who comes with one.
enum class VacancyKind : std::uint8_t { regular, social_return, carved, group, place, growth, subsidised };

// Ordered without padding (56 bytes): a national run posts tens of millions of vacancies, of which
// VacancyStore keeps a few weeks' worth.
struct Vacancy {
  std::uint32_t id = 0;
  std::uint32_t employer = 0;
  // With the employer, names the vacancy's random streams (regular applicants, its turn in the
  // decisions, interviews) whatever else is posted: the employer's n-th vacancy of its ordinary flow
  // is the same vacancy in two scenarios that differ in what policies add (stream_key()).
  std::uint32_t serial = 0;
  std::int32_t open_week = 0;
  std::int32_t close_week = kNone;
  float skill_requirement = 0.0F;   // real requirement: what the work needs
  float stated_requirement = 0.0F;  // what the employer asks for (higher without a werkprofiel)
  float hours_per_week = 0.0F;
  float wage_eur_per_hour = 0.0F;
  float best_regular = -1.0F;  // best perceived score of regular applicants so far
  std::int32_t growth_job = kNone;  // the future job (GrowthJob) this vacancy is, if any
  Sector sector = Sector::other;
  VacancyState state = VacancyState::open;
  VacancyKind kind = VacancyKind::regular;
  bool shared = false;    // offered to the municipality (Werving en selectie)
  bool reserved = false;  // for the target group only: regular applicants do not compete
  std::uint8_t positions = 1;
  std::uint8_t filled = 0;
  std::uint8_t language_requirement = 1;
  bool licence_required = false;
  bool permanent = false;
};

// Serial classes (the top two bits): the employer's ordinary flow, openings a policy brings, a growth
// job (with its id), a place made for one candidate (with the seeker's id).
inline constexpr std::uint32_t kSerialPolicy = 1U << 30;
inline constexpr std::uint32_t kSerialGrowth = 2U << 30;
inline constexpr std::uint32_t kSerialPlace = 3U << 30;
inline constexpr std::uint32_t kSerialMask = (1U << 30) - 1;
constexpr std::uint64_t stream_key(const Vacancy& v) noexcept { return (std::uint64_t{v.employer} << 32) | v.serial; }

enum class SpellEnd : std::uint8_t {
  ongoing, dropout, contract_end, exit_other, trial_not_converted, dismissed_at_subsidy_end
};
inline constexpr std::array<std::string_view, 6> kSpellEndKeys = {
    "ongoing", "dropout", "contract_end", "exit_other", "trial_not_converted", "dismissed_at_subsidy_end"};

// How a job spell is going: a trial placement or traineeship (benefit retained, no wage) before the
// contract, then a temporary or permanent contract.
enum class SpellForm : std::uint8_t { trial_placement, traineeship, temporary_contract, permanent_contract };
inline constexpr std::array<std::string_view, 4> kSpellFormKeys = {
    "trial_placement", "traineeship", "temporary_contract", "permanent_contract"};

enum class CoachingState : std::uint8_t { none, waiting, active, done };

struct Spell {  // ordered to keep the padding small (128 bytes)
  std::uint32_t seeker = 0;
  std::uint32_t employer = 0;
  std::uint32_t vacancy = 0;
  std::int32_t start_week = 0;
  std::int32_t form_end_week = kNone;      // end of a trial placement or traineeship
  std::int32_t contract_start_week = kNone;
  std::int32_t end_week = kNone;
  std::int32_t contract_end_week = kNone;  // end of the running temporary contract
  std::int32_t converted_week = kNone;     // a temporary contract became permanent
  float quality = 0.0F;
  float hours_per_week = 0.0F;
  float wage_eur_per_hour = 0.0F;
  float loonwaarde = 1.0F;                 // assessed at the hire (the spell's start, before any trial)
  float loonwaarde_now = 1.0F;             // at the contract's start; every policy.lks.reassessment_weeks while LKS is paid
  float lks_loonwaarde = 0.0F;             // the loonwaarde the LKS was granted on (contract start); 0: no LKS
  std::int32_t lks_weeks_granted = 0;
  std::int32_t lks_weeks_paid = 0;
  float skill_requirement = 0.0F;          // the vacancy's real requirement, copied at the hire (the weekly
                                           // employment step then need not read the vacancy table)
  std::int32_t coach = kNone;              // job coach (municipal coaching)
  std::int32_t coaching_weeks_left = 0;
  std::int32_t provider_aftercare_weeks_left = 0;  // the provider's aftercare after its coaching
  std::int32_t no_risk_weeks_left = 0;
  std::uint16_t instruments = 0;           // bit(InstrumentKind) of everything that came with the hire
  Sector sector = Sector::other;
  bool mediated = false;
  PlacementRoute route = PlacementRoute::own_application;
  bool network = false;                    // the employer was in the municipality's network
  bool job_hunter = false;                 // a job hunter made the place (their relationship moves)
  Trajectory provider = Trajectory::none;
  SpellForm first_form = SpellForm::temporary_contract;
  SpellForm form = SpellForm::temporary_contract;
  bool permanent_offer = false;            // the vacancy offered a permanent contract
  SpellEnd end = SpellEnd::ongoing;
  CoachingState coaching = CoachingState::none;
  std::uint8_t rung = 0;                   // the seeker's participatieladder rung just before the hire
  std::uint8_t entry_rung = 0;             // the seeker's rung at the first Melding
  std::uint8_t age_band = 0;               // the seeker's age band at the hire (kAgeBandKeys)
  BenefitType benefit = BenefitType::bijstand;
  bool disability = false;
  std::uint8_t renewals = 0;               // temporary contracts renewed (the chain holds renewals + 1)
  double lks_paid_eur = 0.0;
  double lks_committed_eur = 0.0;          // committed from the income budget at the hire: payments stop there

  bool in_contract() const noexcept {
    return form == SpellForm::temporary_contract || form == SpellForm::permanent_contract;
  }
  bool has(InstrumentKind k) const noexcept { return (instruments & bit(k)) != 0; }
};

}  // namespace regiosim::models
