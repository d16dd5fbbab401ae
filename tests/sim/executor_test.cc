// Executors: every agent index is visited exactly once, in chunks whose boundaries depend only on
// the number of agents, with the serial and the parallel executor alike.
#include "sim/executor.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <set>
#include <vector>

using namespace regiosim::sim;

namespace {
std::set<std::tuple<std::size_t, std::size_t, std::size_t>> chunks_of(Executor& exec, std::size_t n) {
  std::mutex m;
  std::set<std::tuple<std::size_t, std::size_t, std::size_t>> out;
  exec.for_each_chunk(n, [&](const Chunk& c) {
    std::lock_guard lock(m);
    out.emplace(c.index, c.begin, c.end);
  });
  return out;
}
}  // namespace

TEST_CASE("Chunks cover every index once, with boundaries independent of the thread count", "[executor]") {
  SerialExecutor serial;
  TbbExecutor two(2);
  TbbExecutor four(4);
  for (std::size_t n : {std::size_t{0}, std::size_t{1}, kChunkSize - 1, kChunkSize, kChunkSize + 1, std::size_t{10000}}) {
    const auto reference = chunks_of(serial, n);
    CHECK(reference.size() == chunk_count(n));
    std::size_t expected_begin = 0;
    std::size_t expected_index = 0;
    for (const auto& [index, begin, end] : reference) {
      CHECK(index == expected_index++);
      CHECK(begin == expected_begin);
      CHECK(end > begin);
      CHECK(end - begin <= kChunkSize);
      expected_begin = end;
    }
    CHECK(expected_begin == n);
    CHECK(chunks_of(two, n) == reference);
    CHECK(chunks_of(four, n) == reference);
  }
}

TEST_CASE("for_each_index visits every index once", "[executor]") {
  TbbExecutor exec(3);
  std::vector<std::atomic<int>> hits(1000);
  exec.for_each_index(hits.size(), [&](std::size_t i) { hits[i].fetch_add(1); });
  for (const auto& h : hits) CHECK(h.load() == 1);
  CHECK(exec.concurrency() == 3);
  CHECK(make_executor(1)->concurrency() == 1);
}
