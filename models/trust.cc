#include "models/trust.h"

#include <algorithm>
#include <cmath>

namespace regiosim::models {

namespace {
// Numerical tolerance, not behaviour: within this of its peak, trust counts as not lost (drift back
// towards the base level never quite reaches the peak).
constexpr float kPeakSlack = 0.02F;
}

TrustRules::TrustRules(const ModelParams& p)
    : p_(p.trust),
      drift_per_week_(1.0 - std::exp(-1.0 / p_.drift_weeks)),
      peak_fade_per_week_(1.0 - std::exp(-1.0 / p_.peak_memory_weeks)) {}

namespace {
// Employer and Relation carry the same three fields: one set of rules for both.
template <class T>
void gain_on(T& e, double amount, double recovery_factor) noexcept {
  const bool lost = e.trust < e.trust_peak - kPeakSlack;
  const double step = amount * (lost ? recovery_factor : 1.0) * (1.0 - e.trust);
  e.trust = std::clamp(static_cast<float>(e.trust + step), 0.0F, 1.0F);
  e.trust_peak = std::max(e.trust_peak, e.trust);
}

template <class T>
void lose_on(T& e, double amount) noexcept {
  e.trust = std::clamp(static_cast<float>(e.trust * (1.0 - amount)), 0.0F, 1.0F);
}

template <class T>
void week_on(T& e, bool had_contact, double drift, double fade) noexcept {
  if (!had_contact) e.trust += static_cast<float>((e.trust_base - e.trust) * drift);
  e.trust_peak += static_cast<float>((e.trust - e.trust_peak) * fade);
  e.trust_peak = std::max(e.trust_peak, e.trust);
}
}  // namespace

void TrustRules::gain(Employer& e, double amount) const noexcept { gain_on(e, amount, p_.recovery_factor); }
void TrustRules::lose(Employer& e, double amount) const noexcept { lose_on(e, amount); }
void TrustRules::week(Employer& e, bool had_contact) const noexcept {
  week_on(e, had_contact, drift_per_week_, peak_fade_per_week_);
}
void TrustRules::gain(Relation& r, double amount) const noexcept { gain_on(r, amount, p_.recovery_factor); }
void TrustRules::lose(Relation& r, double amount) const noexcept { lose_on(r, amount); }
void TrustRules::week(Relation& r, bool had_contact) const noexcept {
  week_on(r, had_contact, drift_per_week_, peak_fade_per_week_);
}

void TrustRules::new_contact_person(Employer& e, double handover_share) const noexcept {
  if (e.trust > e.trust_base) e.trust = static_cast<float>(e.trust_base + handover_share * (e.trust - e.trust_base));
}

bool ContactLog::record(std::int32_t who, std::int32_t now, std::int32_t window) noexcept {
  for (std::size_t i = 0; i < kSize; ++i) {
    if (person[i] == who) {
      const bool fresh = now - week[i] >= window;
      week[i] = now;
      return fresh;
    }
  }
  // Not seen: an empty slot, else the oldest entry.
  std::size_t slot = 0;
  for (std::size_t i = 0; i < kSize; ++i) {
    if (person[i] < 0) {
      slot = i;
      break;
    }
    if (week[i] < week[slot]) slot = i;
  }
  person[slot] = who;
  week[slot] = now;
  return true;
}

int ContactLog::distinct(std::int32_t now, std::int32_t window) const noexcept {
  int n = 0;
  for (std::size_t i = 0; i < kSize; ++i) n += person[i] >= 0 && now - week[i] < window;
  return n;
}

}  // namespace regiosim::models
