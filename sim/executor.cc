#include "sim/executor.h"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/partitioner.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace regiosim::sim {

void SerialExecutor::for_each_chunk(std::size_t n_items, const std::function<void(const Chunk&)>& body) {
  const std::size_t n_chunks = chunk_count(n_items);
  for (std::size_t c = 0; c < n_chunks; ++c) {
    body(Chunk{c, c * kChunkSize, std::min(n_items, (c + 1) * kChunkSize)});
  }
}

void SerialExecutor::for_each_index(std::size_t n, const std::function<void(std::size_t)>& body) {
  for (std::size_t i = 0; i < n; ++i) body(i);
}

namespace {

#if defined(__SANITIZE_THREAD__)
// ThreadSanitizer builds (build.sh tsan): Debian's oneTBB is not instrumented, so TSan cannot see
// how it hands tasks between threads and reports its internals as races. There the executor runs
// the same chunks on plain std::threads, which TSan sees completely; chunking is unchanged.
constexpr bool kPlainThreads = true;
#else
constexpr bool kPlainThreads = false;
#endif

// Calls body(i) for i in [0, n) on `threads` std::threads taking indices from a shared counter;
// the first exception is rethrown after all threads have finished.
[[maybe_unused]] void on_plain_threads(int threads, std::size_t n, const std::function<void(std::size_t)>& body) {
  std::atomic<std::size_t> next{0};
  std::exception_ptr error;
  std::mutex error_mutex;
  const auto work = [&] {
    for (std::size_t i = next++; i < n; i = next++) {
      try {
        body(i);
      } catch (...) {
        std::lock_guard lock(error_mutex);
        if (!error) error = std::current_exception();
        next = n;
      }
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::min<int>(threads, static_cast<int>(n)); ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace

struct TbbExecutor::Impl {
  explicit Impl(int threads) : arena(threads) {
    // More threads than cores: raise oneTBB's worker limit for this executor's lifetime (the
    // process-wide limit is the smallest of the live controls, so this never lowers another's).
    if (threads > tbb::info::default_concurrency()) {
      limit = std::make_unique<tbb::global_control>(tbb::global_control::max_allowed_parallelism,
                                                    static_cast<std::size_t>(threads));
    }
  }
  std::unique_ptr<tbb::global_control> limit;
  tbb::task_arena arena;
};

TbbExecutor::TbbExecutor(int threads)
    : threads_(threads > 0 ? threads : tbb::info::default_concurrency()) {
  impl_ = std::make_unique<Impl>(threads_);
}

TbbExecutor::~TbbExecutor() = default;

void TbbExecutor::for_each_chunk(std::size_t n_items, const std::function<void(const Chunk&)>& body) {
  const std::size_t n_chunks = chunk_count(n_items);
  if (n_chunks <= 1) {
    if (n_chunks == 1) body(Chunk{0, 0, n_items});
    return;
  }
  if constexpr (kPlainThreads) {
    on_plain_threads(threads_, n_chunks, [&](std::size_t c) {
      body(Chunk{c, c * kChunkSize, std::min(n_items, (c + 1) * kChunkSize)});
    });
    return;
  }
  impl_->arena.execute([&] {
    tbb::parallel_for(
        tbb::blocked_range<std::size_t>(0, n_chunks, 1),
        [&](const tbb::blocked_range<std::size_t>& r) {
          for (std::size_t c = r.begin(); c != r.end(); ++c) {
            body(Chunk{c, c * kChunkSize, std::min(n_items, (c + 1) * kChunkSize)});
          }
        },
        tbb::simple_partitioner());
  });
}

void TbbExecutor::for_each_index(std::size_t n, const std::function<void(std::size_t)>& body) {
  if (n <= 1) {  // nothing to share: no hand-over to the arena
    if (n == 1) body(0);
    return;
  }
  if constexpr (kPlainThreads) {
    on_plain_threads(threads_, n, body);
    return;
  }
  impl_->arena.execute([&] {
    tbb::parallel_for(
        tbb::blocked_range<std::size_t>(0, n, 1),
        [&](const tbb::blocked_range<std::size_t>& r) {
          for (std::size_t i = r.begin(); i != r.end(); ++i) body(i);
        },
        tbb::simple_partitioner());
  });
}

std::unique_ptr<Executor> make_executor(int threads) {
  if (threads == 1) return std::make_unique<SerialExecutor>();
  return std::make_unique<TbbExecutor>(threads);
}

}  // namespace regiosim::sim
