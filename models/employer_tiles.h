// The ten employer tiles of the Werklandschap (seed 000, Werklandschap - Werkgevers) as behaviours
// behind one small interface, and the rule that picks an employer's tiles each week.
//
// Account managers work through the tiles with employers: a first contact (Werkgever contact)
// brings an employer into the network; Oriëntatie visits make it ready to think about candidates;
// Opstellen werkprofiel brings stated requirements back to the real minimum (and, under the
// integral approach, carves simpler jobs out); Opleiden trains supervisors of employers that need
// the support; Kandidaat fit is the state of being ready for candidates; Werving en selectie,
// Bemiddeling and Plaatsing are the work around vacancies, candidates and hires; Nazorg keeps in
// touch after a hire; Voorzorg keeps the relationship going in between. The hours of the last
// four are charged when the work arises (vacancies shared, candidates presented, hires); the
// development tiles get what is left of the account manager's week (the intensity).
//
//   EmployerTileSet next = employer_tiles_wanted(employer, params, week);
//   double h = employer_tile(EmployerTile::orientatie).hours_demand(employer, params);
//   bool done = employer_tile(EmployerTile::orientatie).step(employer, ctx);
#pragma once

#include "models/agents.h"
#include "models/parameters.h"
#include "models/trust.h"
#include "sim/random.h"

namespace regiosim::models {

struct EmployerTileContext {
  const ModelParams& params;
  const TrustRules& trust;
  sim::RandomStream& rng;
  std::int32_t week;
  float intensity;      // share of the development hours the account manager could give, 0..1
  float effectiveness;  // account manager's skill and ramp-up: 0.5 + skill, times the ramp-up factor
};

class EmployerTileBehaviour {
 public:
  virtual ~EmployerTileBehaviour() = default;
  virtual EmployerTile tile() const noexcept = 0;
  // Account-manager hours the tile asks for this week.
  virtual double hours_demand(const Employer& e, const ModelParams& p) const = 0;
  // Development tiles are served from what is left of the account manager's week; the work around
  // vacancies, candidates and hires comes first.
  virtual bool development() const noexcept { return true; }
  // One week in the tile; returns true when it is finished.
  virtual bool step(Employer& e, const EmployerTileContext& ctx) const = 0;
};

const EmployerTileBehaviour& employer_tile(EmployerTile t);

// The tiles an employer in the network is in this week (first contacts are chosen by the account
// managers' acquisition, not here).
EmployerTileSet employer_tiles_wanted(const Employer& e, const ModelParams& p, std::int32_t week);

// Whether an employer needs its supervisors trained before it is ready (no HR department, or hiring
// under a social-return clause: seed 003 §5).
bool needs_supervisor_training(const Employer& e);

// Account-manager effectiveness: 0.5 + skill, scaled from half to full over the ramp-up weeks.
float account_manager_effectiveness(const Coach& am, std::int32_t week, const ModelParams& p);

// The vocational-skill requirement of a job at this employer: what the work needs (real) and what the
// employer asks for (stated, inflated by e.requirement_inflation until a werkprofiel brings it back to
// the real minimum; seed 003 §4.3).
struct Requirements {
  float real;
  float stated;
};
Requirements requirements_of(const Employer& e, float stated_as_posted);

// Chance that a first contact brings the employer into the network.
double acquisition_success(const Employer& e, bool cold, float effectiveness, const ModelParams& p);

}  // namespace regiosim::models
