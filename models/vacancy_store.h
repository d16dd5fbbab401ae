// The region's vacancies by id. Ids count the vacancies posted in the run (0, 1, 2, ...) and key
// their random streams, so they are never reused; but only the vacancies from the oldest one still
// open on are kept. A vacancy older than every open one is closed and nothing reads it again, and a
// national run posts tens of millions of them (about 2.3 GiB), where a few weeks' worth are open.
#pragma once

#include "models/agents.h"

#include <cassert>
#include <cstdint>
#include <span>
#include <vector>

namespace regiosim::models {

class VacancyStore {
 public:
  // Room for `n` kept vacancies: the store does not reallocate while it keeps no more.
  void reserve(std::size_t n) { kept_.reserve(n); }
  // Vacancies posted so far: the id of the next one.
  [[nodiscard]] std::size_t size() const noexcept { return first_ + kept_.size(); }
  void push_back(const Vacancy& v) {
    assert(v.id == size());
    kept_.push_back(v);
  }
  [[nodiscard]] Vacancy& back() noexcept { return kept_.back(); }
  [[nodiscard]] const Vacancy& back() const noexcept { return kept_.back(); }
  // A kept vacancy (id >= first_kept()).
  [[nodiscard]] Vacancy& operator[](std::size_t id) noexcept {
    assert(id >= first_ && id < size());
    return kept_[id - first_];
  }
  [[nodiscard]] const Vacancy& operator[](std::size_t id) const noexcept {
    assert(id >= first_ && id < size());
    return kept_[id - first_];
  }
  // Forgets the vacancies with ids below `oldest` (no later call may ask for them) once they are at
  // least half of those kept, so that the copying is amortised; the buffer is kept.
  void forget_before(std::size_t oldest) {
    assert(oldest >= first_ && oldest <= size());
    const std::size_t dead = oldest - first_;
    if (dead == 0 || 2 * dead < kept_.size()) return;
    kept_.erase(kept_.begin(), kept_.begin() + static_cast<std::ptrdiff_t>(dead));
    first_ = oldest;
  }
  [[nodiscard]] std::size_t first_kept() const noexcept { return first_; }
  [[nodiscard]] std::span<const Vacancy> kept() const noexcept { return kept_; }
  [[nodiscard]] const Vacancy* data() const noexcept { return kept_.data(); }
  [[nodiscard]] std::size_t capacity() const noexcept { return kept_.capacity(); }

 private:
  std::size_t first_ = 0;  // id of kept_[0]
  std::vector<Vacancy> kept_;
};

}  // namespace regiosim::models
