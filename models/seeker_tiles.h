// The nine seeker tiles of the Werklandschap (seed 000) as behaviours behind one small interface.
// Each tile states how many case-manager hours it asks for this week and what one week in it does
// to the seeker, given the share of those hours the coach could give (the intensity). Which tiles a
// seeker is in is decided by the ServiceRules; a tile's step reports when it is done.
//
//   const SeekerTile& t = seeker_tile(Tile::werk_fit);
//   double h = t.hours_demand(seeker, params);
//   bool done = t.step(seeker, ctx);
#pragma once

#include "models/agents.h"
#include "models/events.h"
#include "models/klantbeeld.h"
#include "models/parameters.h"
#include "sim/random.h"

#include <array>

namespace regiosim::models {

// The weekly chances of Maatschappelijk fit at one intensity: that a believed problem in each life
// domain is resolved, and that a seeker climbs a rung (1 - exp(-dose / mean weeks)). They are the
// same for every client of a case manager in a week, so the services phase works them out once per
// case manager (RegionModel::allocate_hours) instead of once per client and domain.
struct MfChances {
  std::array<double, kLifeDomainCount> resolve{};
  double participation = 0.0;
};
MfChances mf_chances(float intensity, const ModelParams& p);

struct TileContext {
  const ModelParams& params;
  const Priors& priors;
  sim::RandomStream& rng;
  const EventSink& events;
  std::int32_t week;        // week index (burn-in included): for clocks such as review dates
  std::int32_t event_week;  // observed week (negative during burn-in): for the event history
  float intensity;    // granted / demanded case-manager hours this week, 0..1
  float coach_skill;  // 0..1
  const MfChances* mf = nullptr;  // mf_chances(intensity, params) when worked out already
  std::uint64_t seed = 0;         // the run's seed: the klantbeeld's contact streams (contact_stream)
};

class SeekerTile {
 public:
  virtual ~SeekerTile() = default;
  virtual Tile tile() const noexcept = 0;
  // Case-manager hours this tile asks for this week.
  virtual double hours_demand(const JobSeeker& s, const ModelParams& p) const = 0;
  // Called when the seeker enters the tile (one-off costs, resets).
  virtual void enter(JobSeeker& s, const TileContext& ctx) const;
  // One week in the tile; returns true when the tile is finished for this seeker.
  virtual bool step(JobSeeker& s, const TileContext& ctx) const = 0;
};

const SeekerTile& seeker_tile(Tile t);

}  // namespace regiosim::models
