#include "models/employer_tiles.h"

#include "models/employer_approach.h"

#include <algorithm>

namespace regiosim::models {

namespace {

// A visit by the account manager: the contact is logged and trust grows a little.
void visit(Employer& e, const EmployerTileContext& ctx) {
  e.last_visit_week = ctx.week;
  if (e.account_manager != kNone) {
    e.contacts.record(kAccountManagerPerson + e.account_manager, ctx.week,
                      static_cast<std::int32_t>(ctx.params.trust.contact_window_weeks));
  }
  ctx.trust.gain(e, ctx.params.trust.visit_gain);
}

double motive_factor(const Employer& e, const ModelParams& p) {
  return e.willing || e.social_return ? 1.0 : p.acquisition.unwilling_factor;
}

// Voorzorg: relationship upkeep with a ready employer (developments, instruments, staff at risk).
class Voorzorg final : public EmployerTileBehaviour {
 public:
  EmployerTile tile() const noexcept override { return EmployerTile::voorzorg; }
  double hours_demand(const Employer&, const ModelParams& p) const override { return p.employer_tiles.voorzorg_hours; }
  bool step(Employer& e, const EmployerTileContext& ctx) const override {
    if (!ctx.rng.bernoulli(ctx.intensity)) return false;  // the visit waits for time
    visit(e, ctx);
    return true;
  }
};

// Werkgever contact: a first contact; a willing employer with a need joins the network.
class WerkgeverContact final : public EmployerTileBehaviour {
 public:
  EmployerTile tile() const noexcept override { return EmployerTile::werkgever_contact; }
  double hours_demand(const Employer&, const ModelParams& p) const override { return p.employer_tiles.contact_hours; }
  bool development() const noexcept override { return false; }  // acquisition has its own hours
  bool step(Employer& e, const EmployerTileContext& ctx) const override {
    if (ctx.rng.bernoulli(acquisition_success(e, e.cold_approach, ctx.effectiveness, ctx.params))) {
      e.stage = EmployerStage::contacted;
      e.joined_week = ctx.week;
      visit(e, ctx);
    } else {
      if (e.cold_approach) ctx.trust.lose(e, ctx.params.trust.cold_call_loss);
      e.account_manager = kNone;
    }
    return true;
  }
};

// Oriëntatie: visits on the options of inclusive employment, with examples and realistic
// expectations; one every two weeks at full intensity, until the employer is ready to think about
// candidates.
class Orientatie final : public EmployerTileBehaviour {
 public:
  EmployerTile tile() const noexcept override { return EmployerTile::orientatie; }
  double hours_demand(const Employer&, const ModelParams& p) const override {
    return p.employer_tiles.orientatie_hours * p.employer_tiles.orientatie_visits_per_week;
  }
  bool step(Employer& e, const EmployerTileContext& ctx) const override {
    if (!ctx.rng.bernoulli(ctx.params.employer_tiles.orientatie_visits_per_week * ctx.intensity)) return false;
    visit(e, ctx);
    const double finish = ctx.effectiveness * motive_factor(e, ctx.params) / ctx.params.employer_tiles.orientatie_visits;
    if (!ctx.rng.bernoulli(std::min(1.0, finish))) return false;
    e.stage = EmployerStage::oriented;
    return true;
  }
};

// Opleiden: supervisors learn to guide people from the target group.
class Opleiden final : public EmployerTileBehaviour {
 public:
  EmployerTile tile() const noexcept override { return EmployerTile::opleiden; }
  double hours_demand(const Employer&, const ModelParams& p) const override { return p.employer_tiles.opleiden_hours; }
  bool step(Employer& e, const EmployerTileContext& ctx) const override {
    if (!e.training_granted) return false;  // the participation budget could not pay for it
    if (!ctx.rng.bernoulli(ctx.intensity)) return false;
    e.supervisors_trained = true;
    e.week_eur += static_cast<float>(ctx.params.employer_tiles.opleiden_eur);
    visit(e, ctx);
    return true;
  }
};

// Kandidaat fit: the employer is ready for candidates (a state more than an activity).
class KandidaatFit final : public EmployerTileBehaviour {
 public:
  EmployerTile tile() const noexcept override { return EmployerTile::kandidaat_fit; }
  double hours_demand(const Employer&, const ModelParams&) const override { return 0.0; }
  bool step(Employer& e, const EmployerTileContext&) const override {
    e.stage = EmployerStage::ready;
    return false;
  }
};

// Opstellen werkprofiel: the work in competences and its real minimum requirements; under the
// integral approach simpler tasks are carved out into jobs for the target group.
class OpstellenWerkprofiel final : public EmployerTileBehaviour {
 public:
  EmployerTile tile() const noexcept override { return EmployerTile::opstellen_werkprofiel; }
  double hours_demand(const Employer&, const ModelParams& p) const override { return p.employer_tiles.werkprofiel_hours; }
  bool step(Employer& e, const EmployerTileContext& ctx) const override {
    if (!ctx.rng.bernoulli(ctx.intensity)) return false;
    e.werkprofiel = true;
    e.carving = approach_in_use(EmployerApproach::integral, ctx.params) &&
                e.simple_jobs >= static_cast<float>(ctx.params.carving.min_simple_jobs);
    visit(e, ctx);
    return true;
  }
};

// Werving en selectie, Bemiddeling, Plaatsing: the work around last week's shared vacancies,
// presented candidates and hires (hours per item); their effects are in the vacancy and hiring
// phases.
class WorkAround final : public EmployerTileBehaviour {
 public:
  WorkAround(EmployerTile t, std::int16_t Employer::*count, double ModelParams::EmployerTiles::*hours)
      : tile_(t), count_(count), hours_(hours) {}
  EmployerTile tile() const noexcept override { return tile_; }
  double hours_demand(const Employer& e, const ModelParams& p) const override {
    return e.*count_ * p.employer_tiles.*hours_;
  }
  bool development() const noexcept override { return false; }
  bool step(Employer&, const EmployerTileContext&) const override { return true; }

 private:
  EmployerTile tile_;
  std::int16_t Employer::*count_;
  double ModelParams::EmployerTiles::*hours_;
};

// Nazorg: contact moments with the employer after a hire, by its account manager; at the intensity it
// got, problems are signalled early (RegionModel::employer_nazorg) and trust is kept up.
class Nazorg final : public EmployerTileBehaviour {
 public:
  EmployerTile tile() const noexcept override { return EmployerTile::nazorg; }
  double hours_demand(const Employer& e, const ModelParams& p) const override {
    return e.workers_in_nazorg * p.employer_tiles.nazorg_hours_per_worker;
  }
  bool step(Employer& e, const EmployerTileContext& ctx) const override {
    e.last_visit_week = ctx.week;
    ctx.trust.gain(e, ctx.params.trust.nazorg_gain * ctx.intensity);
    return false;
  }
};

}  // namespace

Requirements requirements_of(const Employer& e, float stated_as_posted) {
  const float real = std::max(0.0F, stated_as_posted - e.requirement_inflation);
  return Requirements{real, e.werkprofiel ? real : stated_as_posted};
}

bool needs_supervisor_training(const Employer& e) { return !e.hr_department || e.social_return; }

float account_manager_effectiveness(const Coach& am, std::int32_t week, const ModelParams& p) {
  const double ramp = p.account_manager.ramp_up_weeks;
  const double tenure = week - am.hired_week;
  const double start = p.account_manager.start_effectiveness;
  const double factor = ramp <= 0.0 ? 1.0 : std::min(1.0, start + (1.0 - start) * tenure / ramp);
  return static_cast<float>((p.account_manager.skill_offset + am.skill) * factor);
}

double acquisition_success(const Employer& e, bool cold, float effectiveness, const ModelParams& p) {
  const double base = cold ? p.acquisition.cold_success : p.acquisition.warm_success;
  return std::clamp(base * motive_factor(e, p) * effectiveness, 0.0, 1.0);
}

EmployerTileSet employer_tiles_wanted(const Employer& e, const ModelParams& p, std::int32_t week) {
  EmployerTileSet next;
  if (e.stage == EmployerStage::unknown) return next;
  if (e.stage == EmployerStage::contacted) next.add(EmployerTile::orientatie);
  if (e.stage == EmployerStage::oriented) {
    if (!e.werkprofiel) next.add(EmployerTile::opstellen_werkprofiel);
    const bool training_due = needs_supervisor_training(e) && !e.supervisors_trained;
    if (training_due) next.add(EmployerTile::opleiden);
    if (e.werkprofiel && !training_due) next.add(EmployerTile::kandidaat_fit);
  }
  if (e.stage == EmployerStage::ready) next.add(EmployerTile::kandidaat_fit);
  if (e.week_new_shared > 0) next.add(EmployerTile::werving_en_selectie);
  if (p.policy.single_contact && e.week_proposals > 0) next.add(EmployerTile::bemiddeling);
  if (e.week_hires > 0) next.add(EmployerTile::plaatsing);
  // Nazorg for every mediated placement at an employer in the network, with or without one contact
  // person (its effect on dropout: employment.employer_nazorg_hazard_ratio).
  if (e.workers_in_nazorg > 0) next.add(EmployerTile::nazorg);
  if (e.stage == EmployerStage::ready && !next.has(EmployerTile::nazorg) &&
      week - e.last_visit_week >= p.employer_tiles.voorzorg_interval_weeks) {
    next.add(EmployerTile::voorzorg);
  }
  return next;
}

namespace {
// The behaviours (stateless), made at start-up as seeker_tile()'s are: no guard checked per call.
const Voorzorg voorzorg;
const WerkgeverContact contact;
const Orientatie orientatie;
const Opleiden opleiden;
const KandidaatFit kandidaat_fit;
const OpstellenWerkprofiel werkprofiel;
using Hours = ModelParams::EmployerTiles;
const WorkAround werving(EmployerTile::werving_en_selectie, &Employer::week_new_shared, &Hours::werving_hours_per_vacancy);
const WorkAround bemiddeling(EmployerTile::bemiddeling, &Employer::week_proposals, &Hours::bemiddeling_hours_per_candidate);
const WorkAround plaatsing(EmployerTile::plaatsing, &Employer::week_hires, &Hours::plaatsing_hours);
const Nazorg nazorg;
}  // namespace

const EmployerTileBehaviour& employer_tile(EmployerTile t) {
  switch (t) {
    case EmployerTile::voorzorg: return voorzorg;
    case EmployerTile::werkgever_contact: return contact;
    case EmployerTile::orientatie: return orientatie;
    case EmployerTile::opleiden: return opleiden;
    case EmployerTile::kandidaat_fit: return kandidaat_fit;
    case EmployerTile::opstellen_werkprofiel: return werkprofiel;
    case EmployerTile::werving_en_selectie: return werving;
    case EmployerTile::bemiddeling: return bemiddeling;
    case EmployerTile::plaatsing: return plaatsing;
    case EmployerTile::nazorg: return nazorg;
  }
  return voorzorg;
}

}  // namespace regiosim::models
