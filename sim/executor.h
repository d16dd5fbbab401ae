// Executors run the per-agent part of a phase over fixed-size chunks of agents.
//
// Chunk boundaries depend only on the number of agents (kChunkSize), never on the thread
// count, so anything a model keeps per chunk (proposal buffers, partial sums) is combined in
// the same order whether one thread or many ran the chunks; proposals, concatenated in chunk
// order, come out in agent order whatever the chunk size. SerialExecutor is the plain
// reference; TbbExecutor runs chunks in parallel on a oneTBB task arena. Tests run the same
// model on both and require identical results.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>

namespace regiosim::sim {

inline constexpr std::size_t kChunkSize = 64;

// A contiguous range [begin, end) of agent indices; `index` is the chunk's position.
struct Chunk {
  std::size_t index;
  std::size_t begin;
  std::size_t end;
};

inline constexpr std::size_t chunk_count(std::size_t n_items) noexcept {
  return (n_items + kChunkSize - 1) / kChunkSize;
}

class Executor {
 public:
  virtual ~Executor() = default;
  // Calls body once per chunk of [0, n_items); chunks may run concurrently.
  virtual void for_each_chunk(std::size_t n_items, const std::function<void(const Chunk&)>& body) = 0;
  // Calls body(i) for i in [0, n); calls may run concurrently (used for independent runs).
  virtual void for_each_index(std::size_t n, const std::function<void(std::size_t)>& body) = 0;
  // Number of threads this executor may use.
  virtual int concurrency() const noexcept = 0;
};

class SerialExecutor final : public Executor {
 public:
  void for_each_chunk(std::size_t n_items, const std::function<void(const Chunk&)>& body) override;
  void for_each_index(std::size_t n, const std::function<void(std::size_t)>& body) override;
  int concurrency() const noexcept override { return 1; }
};

class TbbExecutor final : public Executor {
 public:
  // threads <= 0 means: all hardware threads.
  explicit TbbExecutor(int threads);
  ~TbbExecutor() override;
  void for_each_chunk(std::size_t n_items, const std::function<void(const Chunk&)>& body) override;
  void for_each_index(std::size_t n, const std::function<void(std::size_t)>& body) override;
  int concurrency() const noexcept override { return threads_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  int threads_;
};

// A TbbExecutor for threads > 1, else a SerialExecutor.
std::unique_ptr<Executor> make_executor(int threads);

}  // namespace regiosim::sim
