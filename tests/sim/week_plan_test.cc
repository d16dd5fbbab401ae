// WeekPlan and Simulation: phases run in their fixed order every week; proposals reach the resolver
// in agent order whatever the executor; a stop request ends the run after the current week.
#include "sim/random.h"
#include "sim/simulation.h"
#include "sim/week_plan.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

using namespace regiosim::sim;

namespace {

struct Bid {
  std::size_t agent;
  std::uint64_t value;
};

// A toy model: agents make random bids; the resolver keeps the highest bids in arrival order.
std::vector<std::uint64_t> run_toy(Executor& exec, std::size_t agents, int weeks) {
  std::vector<double> wealth(agents, 0.0);
  std::vector<std::uint64_t> log;
  WeekPlan plan;
  plan.agents("grow", [&] { return agents; },
              [&](const Chunk& c, const Week& w) {
                for (std::size_t i = c.begin; i < c.end; ++i) {
                  RandomStream rng(7, i, static_cast<std::uint32_t>(w.index), 1);
                  wealth[i] += rng.uniform();
                }
              })
      .proposals<Bid>(
          "bid", [&] { return agents; },
          [&](const Chunk& c, const Week& w, std::vector<Bid>& out) {
            for (std::size_t i = c.begin; i < c.end; ++i) {
              RandomStream rng(7, i, static_cast<std::uint32_t>(w.index), 2);
              if (rng.bernoulli(0.3)) out.push_back({i, rng()});
            }
          },
          [&](std::span<const Bid> bids, const Week&) {
            std::size_t previous = 0;
            for (const auto& b : bids) {
              REQUIRE(b.agent >= previous);  // agent order
              previous = b.agent;
              log.push_back(b.agent * 1000003 + (b.value % 1000));
            }
          })
      .serial("sum", [&](const Week&) {
        double total = 0.0;
        for (double x : wealth) total += x;
        log.push_back(static_cast<std::uint64_t>(total * 1e6));
      });
  Simulation(exec).run(plan, Horizon{2, weeks});
  return log;
}

}  // namespace

TEST_CASE("Proposals and results are identical for the serial and the parallel executor", "[simulation]") {
  SerialExecutor serial;
  TbbExecutor two(2);
  TbbExecutor four(4);
  const auto reference = run_toy(serial, 3000, 6);
  CHECK(!reference.empty());
  CHECK(run_toy(two, 3000, 6) == reference);
  CHECK(run_toy(four, 3000, 6) == reference);
}

TEST_CASE("Phases run in declaration order every week and are timed by name", "[simulation]") {
  std::vector<std::string> trace;
  WeekPlan plan;
  const auto label = [](char phase, const Week& w) {
    std::string s(1, phase);
    s += std::to_string(w.index);
    if (phase == 'c') s += w.in_burn_in() ? std::string("burn") : std::string("obs") + std::to_string(w.observed());
    return s;
  };
  plan.serial("a", [&](const Week& w) { trace.push_back(label('a', w)); })
      .agents("b", [] { return std::size_t{10}; }, [&](const Chunk&, const Week& w) { trace.push_back(label('b', w)); })
      .serial("c", [&](const Week& w) { trace.push_back(label('c', w)); });
  SerialExecutor exec;
  Simulation sim(exec);
  CHECK(sim.run(plan, Horizon{1, 3}) == 3);
  CHECK(trace == std::vector<std::string>{"a0", "b0", "c0burn", "a1", "b1", "c1obs0", "a2", "b2", "c2obs1"});
  CHECK(sim.timings().names == std::vector<std::string>{"a", "b", "c"});
  CHECK(sim.timings().seconds.size() == 3);
  // Serial phases run alone throughout, agents phases never.
  CHECK(sim.timings().serial_seconds == std::vector<double>{sim.timings().seconds[0], 0.0, sim.timings().seconds[2]});
}

TEST_CASE("A tasks phase runs every task once per week, in parallel, and counts as parallel", "[simulation]") {
  constexpr std::size_t kTasks = 37;
  const auto run = [&](Executor& exec) {
    std::vector<std::atomic<int>> runs(kTasks);
    std::vector<std::uint64_t> sums(kTasks, 0);
    WeekPlan plan;
    plan.tasks("t", [&] { return kTasks; }, [&](std::size_t task, const Week& w) {
      ++runs[task];
      RandomStream rng(3, task, static_cast<std::uint32_t>(w.index), 1);
      sums[task] += rng() % 1000;  // each task writes only its own entry
    });
    Simulation sim(exec);
    sim.run(plan, Horizon{1, 5});
    for (const auto& r : runs) CHECK(r.load() == 5);
    CHECK(sim.timings().names == std::vector<std::string>{"t"});
    CHECK(sim.timings().serial_seconds == std::vector<double>{0.0});
    return sums;
  };
  SerialExecutor serial;
  TbbExecutor four(4);
  const auto reference = run(serial);
  CHECK(run(four) == reference);
}

TEST_CASE("The resolve step of a proposals phase counts as run alone, the proposing as parallel", "[simulation]") {
  using namespace std::chrono_literals;
  WeekPlan plan;
  plan.proposals<int>(
      "p", [] { return std::size_t{200}; },
      [](const Chunk& c, const Week&, std::vector<int>& out) {
        if (c.index == 0) std::this_thread::sleep_for(3ms);
        out.push_back(static_cast<int>(c.index));
      },
      [](std::span<const int> proposals, const Week&) {
        REQUIRE(proposals.size() == chunk_count(200));
        std::this_thread::sleep_for(2ms);
      });
  SerialExecutor exec;
  Simulation sim(exec);
  sim.run(plan, Horizon{0, 4});
  const double total = sim.timings().seconds[0];
  const double alone = sim.timings().serial_seconds[0];
  CHECK(alone >= 4 * 0.002);      // the resolver's sleeps
  CHECK(total - alone >= 4 * 0.003);  // the proposing chunk's sleeps are not in it
}

TEST_CASE("A stop request ends the run after the current week", "[simulation]") {
  std::atomic<bool> stop{false};
  int weeks_seen = 0;
  WeekPlan plan;
  plan.serial("tick", [&](const Week& w) {
    ++weeks_seen;
    if (w.index == 4) stop = true;
  });
  SerialExecutor exec;
  CHECK(Simulation(exec).run(plan, Horizon{0, 100}, {}, &stop) == 5);
  CHECK(weeks_seen == 5);
}

TEST_CASE("A horizon whose burn-in exceeds it is refused", "[simulation]") {
  WeekPlan plan;
  SerialExecutor exec;
  CHECK_THROWS_AS(Simulation(exec).run(plan, Horizon{5, 3}), std::invalid_argument);
}
