#include "models/service_rules.h"

namespace regiosim::models {

bool DefaultServiceRules::review_due(const JobSeeker& s, int week) const {
  return week - s.last_review_week >= p_.tiles.diagnostiek_review_weeks;
}

DefaultServiceRules::TileList DefaultServiceRules::wanted(const JobSeeker& s, int week) const {
  TileList out;
  const float threshold_wf = static_cast<float>(p_.service.work_fit_below);
  if (believed_problem_count(s, priors_, p_) > 0 || s.rung <= 2) out.push_back(Tile::maatschappelijk_fit);
  if (s.rung >= 2 && (believed_employee_skills(s, priors_) < threshold_wf || believed_motivation(s, priors_) < threshold_wf)) {
    out.push_back(Tile::werk_fit);
  }
  if (!s.oriented && s.rung >= 3) out.push_back(Tile::orientatie);
  if (s.oriented && s.rung >= 3 && week - s.last_training_week >= p_.service.training_interval_weeks &&
      believed_vocational(s, target_sector(s), priors_) < static_cast<float>(p_.service.training_below) &&
      !believed_problem(s, LifeDomain::finances, priors_, p_)) {
    out.push_back(Tile::opleiden);
  }
  if (s.rung >= p_.service.mediation_min_rung &&
      believed_readiness(s, priors_, p_) >= static_cast<float>(p_.service.mediation_readiness)) {
    out.push_back(Tile::bemiddeling);
  }
  return out;
}

TileSet DefaultServiceRules::choose(const JobSeeker& s, int week) const {
  TileSet next;
  switch (s.status) {
    case SeekerStatus::exited:
    case SeekerStatus::on_ww:  // the UWV's client, not the municipality's
      return next;
    case SeekerStatus::waiting:
      next.add(Tile::melding);
      return next;
    case SeekerStatus::employed:
      if (s.coach == kNone) return next;
      if (s.hired_week == week - 1) next.add(Tile::plaatsing);
      if (s.aftercare_weeks_left > 0 && !s.coaching_active) next.add(Tile::nazorg);
      if (s.tiles.has(Tile::maatschappelijk_fit) && believed_problem_count(s, priors_, p_) > 0) {
        next.add(Tile::maatschappelijk_fit);
      }
      return next;
    case SeekerStatus::in_service:
      break;
  }
  // A candidate on a growth route: the trajectory takes the place of Bemiddeling, Oriëntatie and
  // courses; the case manager goes on with life domains and employee skills next to it (seed 001
  // Figure 1). Learning in runs in the Opleiden tile.
  if (s.growth != GrowthState::none) {
    if (s.growth == GrowthState::learning) next.add(Tile::opleiden);
    for (Tile t : {Tile::maatschappelijk_fit, Tile::werk_fit}) {
      if (s.tiles.has(t)) next.add(t);
    }
    for (Tile t : wanted(s, week)) {
      if ((t != Tile::maatschappelijk_fit && t != Tile::werk_fit) || next.has(t)) continue;
      if (next.size() < p_.service.max_concurrent_tiles) next.add(t);
    }
    return next;
  }
  // Diagnostiek first, and alone, until the klantbeeld is (re)formed.
  if (s.tiles.has(Tile::diagnostiek) || !s.diagnosed || review_due(s, week)) {
    next.add(Tile::diagnostiek);
    return next;
  }
  // With the purchased provider (or the in-house team) the case manager keeps only Maatschappelijk fit going.
  if (s.provider_slot) {
    if (believed_problem_count(s, priors_, p_) > 0) {
      next.add(Tile::maatschappelijk_fit);
    }
    return next;
  }
  // Running tiles with a natural end continue; Bemiddeling continues only while still wanted.
  for (Tile t : {Tile::maatschappelijk_fit, Tile::orientatie, Tile::werk_fit, Tile::opleiden}) {
    if (s.tiles.has(t)) next.add(t);
  }
  // The cap limits preparation tiles; Bemiddeling (being ready for work) always gets a place.
  for (Tile t : wanted(s, week)) {
    if (next.has(t)) continue;
    if (t == Tile::bemiddeling || next.size() < p_.service.max_concurrent_tiles) next.add(t);
  }
  return next;
}

}  // namespace regiosim::models
