// Service rules decide, every week, which tiles a seeker should be in, from the case manager's
// belief (klantbeeld), never from the seeker's true state. The Werklandschap is not a flowchart
// (seed 000): tiles overlap, repeat and come in any order; these rules are one maintained rule set
// whose thresholds are scenario parameters (service.*).
#pragma once

#include "models/agents.h"
#include "models/klantbeeld.h"
#include "models/parameters.h"

#include <array>
#include <cstddef>
#include <vector>

namespace regiosim::models {

class ServiceRules {
 public:
  virtual ~ServiceRules() = default;
  // The tiles the seeker should be in this week (s.tiles holds the running ones; tiles that
  // finished last week are already removed). Whether the budget pays for a tile with partner costs
  // is not the rules' decision: the region model grants it or not (models/budgets.h).
  virtual TileSet choose(const JobSeeker& s, int week) const = 0;
};

// The default rule set:
//  - waiting for a case manager: Melding;
//  - hired last week: Plaatsing, then Nazorg while aftercare weeks remain and no job coaching runs;
//    Maatschappelijk fit may continue next to work;
//  - with the purchased provider: only Maatschappelijk fit (the provider does the rest);
//  - no klantbeeld yet, or a review is due: Diagnostiek, alone;
//  - otherwise, in order of urgency and up to service.max_concurrent_tiles: Maatschappelijk fit for
//    believed life-domain problems or rungs 1-2; Werk fit for believed low employee skills or
//    motivation; Oriëntatie while the work wish is unclear; Opleiden when believed vocational skill
//    in the target sector is low (at most once a year); Bemiddeling when the believed readiness is
//    high enough and the rung allows it.
class DefaultServiceRules final : public ServiceRules {
 public:
  DefaultServiceRules(const ModelParams& p, const Priors& priors) : p_(p), priors_(priors) {}
  TileSet choose(const JobSeeker& s, int week) const override;

  // Tiles in order of urgency, at most five: a fixed-size list, so that choosing a seeker's tiles
  // allocates nothing (it runs for every seeker in service every week).
  class TileList {
   public:
    void push_back(Tile t) noexcept { tiles_[n_++] = t; }
    const Tile* begin() const noexcept { return tiles_.data(); }
    const Tile* end() const noexcept { return tiles_.data() + n_; }
    std::size_t size() const noexcept { return n_; }
    Tile operator[](std::size_t i) const noexcept { return tiles_[i]; }

   private:
    std::array<Tile, 8> tiles_{};
    std::size_t n_ = 0;
  };
  // Tiles wanted in order of urgency, before the concurrency cap and the budget (exposed for tests).
  TileList wanted(const JobSeeker& s, int week) const;

 private:
  bool review_due(const JobSeeker& s, int week) const;
  const ModelParams& p_;
  const Priors& priors_;
};

}  // namespace regiosim::models
