// The job farm in one process (no mpirun): every job once, results independent of the thread
// count, a failing job ends the farm with its exception, a stop request dispatches nothing new.
// Runs under mpirun are tested end to end by the sweep command's tests (tests/app).
#include "sim/job_farm.h"

#include <catch2/catch.hpp>

#include <map>
#include <numeric>
#include <stdexcept>

using namespace regiosim::sim;

TEST_CASE("Every job runs once and reaches the sink, whatever the thread count", "[farm]") {
  MpiSession mpi;
  REQUIRE_FALSE(mpi.active());
  CHECK(mpi.size() == 1);
  std::vector<std::size_t> order(200);
  std::iota(order.rbegin(), order.rend(), std::size_t{0});
  for (int threads : {1, 2, 5}) {
    std::map<std::size_t, std::string> got;
    const auto delivered = run_job_farm(
        mpi, order, threads, [](std::size_t j) { return std::to_string(j * j); },
        [&](std::size_t j, std::string bytes) { CHECK(got.emplace(j, std::move(bytes)).second); });
    CHECK(delivered == 200);
    REQUIRE(got.size() == 200);
    CHECK(got.at(13) == "169");
  }
}

TEST_CASE("A failing job ends the farm with its exception", "[farm]") {
  MpiSession mpi;
  std::vector<std::size_t> order(50);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::size_t seen = 0;
  CHECK_THROWS_WITH(run_job_farm(
                        mpi, order, 2,
                        [](std::size_t j) -> std::string {
                          if (j == 10) throw std::runtime_error("job 10 failed");
                          return "ok";
                        },
                        [&](std::size_t, std::string) { ++seen; }),
                    "job 10 failed");
  CHECK(seen < 50);
}

TEST_CASE("A stop request lets started jobs finish and dispatches nothing new", "[farm]") {
  MpiSession mpi;
  std::vector<std::size_t> order(100);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::atomic<bool> stop{false};
  std::size_t seen = 0;
  const auto delivered = run_job_farm(
      mpi, order, 1,
      [&](std::size_t j) {
        if (j == 4) stop = true;
        return std::string("r");
      },
      [&](std::size_t, std::string) { ++seen; }, &stop);
  CHECK(delivered == 5);
  CHECK(seen == 5);
}
