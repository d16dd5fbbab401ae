// The per-person event history (output.events = true): one record per thing that happens to a
// seeker, for pathway and sequence analysis.
#pragma once

#include "models/domain.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace regiosim::models {

enum class EventKind : std::uint8_t {
  melding,             // registered; waiting for a case manager
  assigned,            // got a case manager
  tile_start,
  tile_end,
  conversation,        // a Diagnostiek conversation was held
  training_completed,
  training_failed,
  placement,           // started a job
  outflow_work,        // left benefit through work
  converted,           // temporary contract became permanent
  dropout,             // job ended early
  contract_end,        // temporary contract not continued
  return_to_benefit,
  coach_released,      // left the caseload
  exit_other,
  exit_pension,
  problem_onset,       // a life domain fell to a problem score
  problem_resolved,    // a life-domain score rose above the problem score
  rung_up,
  instrument_start,    // an instrument comes with a placement (see the instrument column)
  contract_start,      // after a trial placement or traineeship, or at once
  trial_not_converted, // a trial placement ended without a contract
  coaching_start,
  coaching_end,
  subsidy_end,         // the loonkostensubsidie stopped (maximum reached or loonwaarde 100%)
  dismissed_at_subsidy_end,
  referred,            // referred to the purchased trajectory
  trajectory_end,      // returned from the purchased trajectory without a placement
  ww_start,            // a lost job gave WW (on WW alone, or with a bijstand top-up)
  ww_end,              // the WW ran out or a new job ended it
  exit_work,           // followed for careers.follow_up_weeks off benefit in work: leaves scope
  renewed,             // a temporary contract was followed by a new temporary contract
};
inline constexpr std::size_t kEventKindCount = 32;
inline constexpr std::array<std::string_view, kEventKindCount> kEventKindKeys = {
    "melding", "assigned", "tile_start", "tile_end", "conversation", "training_completed", "training_failed",
    "placement", "outflow_work", "converted", "dropout", "contract_end", "return_to_benefit", "coach_released",
    "exit_other", "exit_pension", "problem_onset", "problem_resolved", "rung_up", "instrument_start",
    "contract_start", "trial_not_converted", "coaching_start", "coaching_end", "subsidy_end",
    "dismissed_at_subsidy_end", "referred", "trajectory_end", "ww_start", "ww_end", "exit_work", "renewed"};

struct EventRecord {
  std::int32_t week;
  std::uint32_t seeker;
  EventKind kind;
  std::int8_t tile;        // Tile or -1
  std::int32_t employer;   // employer id or -1
  std::int8_t instrument;  // instrument or -1 (instruments arrive with the instruments issue)
};

// Where a step function reports events; null when the event history is off.
class EventSink {
 public:
  explicit EventSink(std::vector<EventRecord>* buffer = nullptr) noexcept : buffer_(buffer) {}
  void emit(std::int32_t week, std::uint32_t seeker, EventKind kind, int tile = -1, std::int32_t employer = -1,
            int instrument = -1) const {
    if (buffer_ != nullptr) {
      buffer_->push_back(EventRecord{week, seeker, kind, static_cast<std::int8_t>(tile), employer,
                                     static_cast<std::int8_t>(instrument)});
    }
  }
  bool enabled() const noexcept { return buffer_ != nullptr; }

 private:
  std::vector<EventRecord>* buffer_;
};

}  // namespace regiosim::models
