// A week is a fixed list of phases; a model describes them once in a WeekPlan and the
// Simulation runs the list every week.
//
// Four kinds of phase:
//  - agents:    body(chunk, week) for every chunk of [0, count()); chunks may run in parallel,
//               so the body may write only the state of the agents in its chunk.
//  - tasks:     body(task, week) for every task of [0, count()); tasks may run in parallel, so
//               each may write only what the model made its own (one sector's search, one
//               range of a grouping). For work split by the model's own key, not into agents.
//  - proposals: like agents, but each chunk also appends proposals to its own buffer; the
//               buffers are concatenated in chunk order (= agent order, whatever the thread
//               count) and handed to resolve(), which runs alone and may touch any state.
//               This is the plan/commit step for cross-agent effects such as hiring.
//  - serial:    body(week) runs alone (bookkeeping, queues, aggregates).
//
//   sim::WeekPlan plan;
//   plan.serial("inflow", [&](const sim::Week& w) { ... })
//       .agents("services", [&] { return seekers.size(); },
//               [&](const sim::Chunk& c, const sim::Week& w) { for (auto i = c.begin; i < c.end; ++i) ... })
//       .proposals<Application>("applications", count, propose, resolve)
//       .tasks("search", [] { return kSectors; }, [&](std::size_t k, const sim::Week& w) { ... });
#pragma once

#include "sim/executor.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace regiosim::sim {

// The clock as seen by a phase. `index` runs from 0 over burn-in and observed weeks;
// `observed` is the week number after burn-in (negative during burn-in).
struct Week {
  int index = 0;
  int burn_in = 0;
  int total = 0;
  int observed() const noexcept { return index - burn_in; }
  bool in_burn_in() const noexcept { return index < burn_in; }
};

class WeekPlan {
 public:
  using CountFn = std::function<std::size_t()>;
  using AgentBody = std::function<void(const Chunk&, const Week&)>;
  using SerialBody = std::function<void(const Week&)>;
  using TaskBody = std::function<void(std::size_t, const Week&)>;

  // run() returns the wall seconds of the part of a parallel phase that ran alone on one thread:
  // the merge and resolve() of a proposals phase, nothing of an agents phase; a serial phase runs
  // alone throughout (`serial`). The serial share bounds what more threads can give (Amdahl);
  // `regiosim bench` reports it.
  struct Phase {
    std::string name;
    std::function<double(Executor&, const Week&)> run;
    bool serial = false;
  };

  WeekPlan& agents(std::string name, CountFn count, AgentBody body) {
    phases_.push_back(Phase{std::move(name), [count = std::move(count), body = std::move(body)](
                                                 Executor& exec, const Week& week) {
                              exec.for_each_chunk(count(), [&](const Chunk& c) { body(c, week); });
                              return 0.0;
                            }});
    return *this;
  }

  WeekPlan& tasks(std::string name, CountFn count, TaskBody body) {
    phases_.push_back(Phase{std::move(name), [count = std::move(count), body = std::move(body)](
                                                 Executor& exec, const Week& week) {
                              exec.for_each_index(count(), [&](std::size_t task) { body(task, week); });
                              return 0.0;
                            }});
    return *this;
  }

  WeekPlan& serial(std::string name, SerialBody body) {
    phases_.push_back(Phase{std::move(name),
                            [body = std::move(body)](Executor&, const Week& week) {
                              body(week);
                              return 0.0;
                            },
                            true});
    return *this;
  }

  template <class Proposal>
  WeekPlan& proposals(std::string name, CountFn count,
                      std::function<void(const Chunk&, const Week&, std::vector<Proposal>&)> propose,
                      std::function<void(std::span<const Proposal>, const Week&)> resolve) {
    struct Buffers {
      std::vector<std::vector<Proposal>> per_chunk;
      std::vector<Proposal> merged;
    };
    auto buffers = std::make_shared<Buffers>();
    phases_.push_back(Phase{
        std::move(name),
        [buffers, count = std::move(count), propose = std::move(propose), resolve = std::move(resolve)](
            Executor& exec, const Week& week) {
          const std::size_t n = count();
          const std::size_t n_chunks = chunk_count(n);
          if (buffers->per_chunk.size() < n_chunks) buffers->per_chunk.resize(n_chunks);
          for (std::size_t c = 0; c < n_chunks; ++c) buffers->per_chunk[c].clear();
          exec.for_each_chunk(n, [&](const Chunk& c) { propose(c, week, buffers->per_chunk[c.index]); });
          const auto t0 = Clock::now();
          buffers->merged.clear();
          for (std::size_t c = 0; c < n_chunks; ++c) {
            const auto& b = buffers->per_chunk[c];
            buffers->merged.insert(buffers->merged.end(), b.begin(), b.end());
          }
          resolve(std::span<const Proposal>(buffers->merged), week);
          return seconds_since(t0);
        }});
    return *this;
  }

  std::span<const Phase> phases() const noexcept { return phases_; }

 private:
  using Clock = std::chrono::steady_clock;
  static double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

  std::vector<Phase> phases_;
};

}  // namespace regiosim::sim
