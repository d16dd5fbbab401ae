#include "sim/job_farm.h"

#include <mpi.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

namespace regiosim::sim {

namespace {

constexpr int kTagRequest = 7101;
constexpr int kTagReply = 7102;
constexpr std::uint64_t kNoJob = ~std::uint64_t{0};

// What a worker rank sends to rank 0: its first request, a finished job, or a failure.
enum class MessageKind : std::uint64_t { request = 0, result = 1, error = 2 };

std::string message(MessageKind kind, std::uint64_t job, std::string_view body) {
  std::string m(2 * sizeof(std::uint64_t), '\0');
  const auto k = static_cast<std::uint64_t>(kind);
  std::memcpy(m.data(), &k, sizeof k);
  std::memcpy(m.data() + sizeof k, &job, sizeof job);
  m.append(body);
  return m;
}

int as_int(std::size_t n) {
  if (n > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    throw std::length_error("run_job_farm: a result of " + std::to_string(n) + " bytes is too large for one MPI message");
  }
  return static_cast<int>(n);
}

// Hands out jobs in dispatch order until they run out, a stop is requested or a job failed.
class Dispenser {
 public:
  Dispenser(const std::vector<std::size_t>& order, const std::atomic<bool>* stop) : order_(order), stop_(stop) {}
  std::optional<std::size_t> take() {
    std::lock_guard lock(mutex_);
    if (closed_ || (stop_ != nullptr && stop_->load()) || next_ == order_.size()) return std::nullopt;
    return order_[next_++];
  }
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }

 private:
  std::mutex mutex_;
  const std::vector<std::size_t>& order_;
  const std::atomic<bool>* stop_;
  std::size_t next_ = 0;
  bool closed_ = false;
};

// The sink, called under one lock; counts deliveries and remembers the first failure anywhere.
class Collector {
 public:
  explicit Collector(const FarmSink& sink) : sink_(sink) {}
  void deliver(std::size_t job, std::string bytes) {
    std::lock_guard lock(mutex_);
    sink_(job, std::move(bytes));
    ++delivered_;
  }
  void fail(std::exception_ptr e) {
    std::lock_guard lock(mutex_);
    if (!error_) error_ = e;
  }
  std::exception_ptr error() {
    std::lock_guard lock(mutex_);
    return error_;
  }
  std::size_t delivered() {
    std::lock_guard lock(mutex_);
    return delivered_;
  }

 private:
  std::mutex mutex_;
  const FarmSink& sink_;
  std::size_t delivered_ = 0;
  std::exception_ptr error_;
};

std::string what_of(std::exception_ptr e) {
  try {
    std::rethrow_exception(e);
  } catch (const std::exception& x) {
    return x.what();
  } catch (...) {
    return "unknown exception";
  }
}

// Worker threads of the rank that owns the dispenser (rank 0, or the only process).
std::vector<std::thread> start_local_workers(int threads, Dispenser& dispenser, Collector& collector, const FarmJob& job) {
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      while (auto j = dispenser.take()) {
        try {
          collector.deliver(*j, job(*j));
        } catch (...) {
          collector.fail(std::current_exception());
          dispenser.close();
          return;
        }
      }
    });
  }
  return workers;
}

void join_all(std::vector<std::thread>& threads) {
  for (auto& t : threads) t.join();
}

}  // namespace

bool MpiSession::launched_by_mpi_starter() {
  for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK", "PMI_SIZE"}) {
    if (std::getenv(name) != nullptr) return true;
  }
  return false;
}

MpiSession::MpiSession() {
  if (!launched_by_mpi_starter()) return;
  int provided = 0;
  if (MPI_Init_thread(nullptr, nullptr, MPI_THREAD_SERIALIZED, &provided) != MPI_SUCCESS) {
    throw std::runtime_error("MpiSession: MPI_Init_thread failed");
  }
  active_ = true;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
  if (provided < MPI_THREAD_SERIALIZED) {
    if (rank_ == 0) std::cerr << "MpiSession: the MPI library does not support MPI_THREAD_SERIALIZED\n";
    MPI_Abort(MPI_COMM_WORLD, 1);
  }
}

MpiSession::~MpiSession() {
  if (active_) MPI_Finalize();
}

std::vector<std::string> MpiSession::host_names() const {
  char name[MPI_MAX_PROCESSOR_NAME] = {};
  int length = 0;
  if (active_) {
    MPI_Get_processor_name(name, &length);
  } else {
    ::gethostname(name, sizeof name - 1);
    length = static_cast<int>(std::strlen(name));
  }
  if (!active_) return {std::string(name, static_cast<std::size_t>(length))};
  std::vector<char> all(static_cast<std::size_t>(size_) * MPI_MAX_PROCESSOR_NAME, '\0');
  MPI_Allgather(name, MPI_MAX_PROCESSOR_NAME, MPI_CHAR, all.data(), MPI_MAX_PROCESSOR_NAME, MPI_CHAR, MPI_COMM_WORLD);
  std::vector<std::string> names;
  for (int r = 0; r < size_; ++r) {
    const char* p = all.data() + static_cast<std::size_t>(r) * MPI_MAX_PROCESSOR_NAME;
    names.emplace_back(p, strnlen(p, MPI_MAX_PROCESSOR_NAME));
  }
  return names;
}

void MpiSession::broadcast(std::string& bytes) const {
  if (!active_ || size_ == 1) return;
  std::uint64_t n = bytes.size();
  MPI_Bcast(&n, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD);
  bytes.resize(static_cast<std::size_t>(n));
  MPI_Bcast(bytes.data(), as_int(bytes.size()), MPI_BYTE, 0, MPI_COMM_WORLD);
}

bool MpiSession::all(bool ok) const {
  if (!active_ || size_ == 1) return ok;
  int mine = ok ? 1 : 0;
  int result = 0;
  MPI_Allreduce(&mine, &result, 1, MPI_INT, MPI_LAND, MPI_COMM_WORLD);
  return result != 0;
}

void MpiSession::abort(int code) const {
  std::cerr.flush();
  if (active_) MPI_Abort(MPI_COMM_WORLD, code);
  std::exit(code);
}

std::size_t run_job_farm(const MpiSession& mpi, const std::vector<std::size_t>& order, int threads, const FarmJob& job,
                         const FarmSink& sink, const std::atomic<bool>* stop) {
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  Collector collector(sink);

  if (!mpi.active() || mpi.size() == 1) {
    Dispenser dispenser(order, stop);
    auto workers = start_local_workers(threads, dispenser, collector, job);
    join_all(workers);
    if (auto e = collector.error()) {
      if (mpi.active()) {
        std::cerr << "rank 0: " << what_of(e) << "\n";
        mpi.abort(1);
      }
      std::rethrow_exception(e);
    }
    return collector.delivered();
  }

  // How many worker threads every rank brings; rank 0 waits for a final request from each remote one.
  std::vector<int> slots(static_cast<std::size_t>(mpi.size()), 0);
  MPI_Gather(&threads, 1, MPI_INT, slots.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);

  if (mpi.rank() == 0) {
    int remote_threads = 0;
    for (std::size_t r = 1; r < slots.size(); ++r) remote_threads += slots[r];
    Dispenser dispenser(order, stop);
    auto workers = start_local_workers(threads, dispenser, collector, job);
    int stopped = 0;
    std::string buffer;
    while (stopped < remote_threads) {
      if (auto e = collector.error()) {
        std::cerr << "rank 0: " << what_of(e) << "\n";
        mpi.abort(1);
      }
      int flag = 0;
      MPI_Status status;
      MPI_Iprobe(MPI_ANY_SOURCE, kTagRequest, MPI_COMM_WORLD, &flag, &status);
      if (flag == 0) {
        // Polling with a short sleep instead of a blocking probe, which would spin a core that
        // rank 0's worker threads need.
        std::this_thread::sleep_for(std::chrono::microseconds(500));
        continue;
      }
      int count = 0;
      MPI_Get_count(&status, MPI_BYTE, &count);
      buffer.resize(static_cast<std::size_t>(count));
      MPI_Recv(buffer.data(), count, MPI_BYTE, status.MPI_SOURCE, kTagRequest, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      std::uint64_t kind = 0;
      std::uint64_t finished = 0;
      std::memcpy(&kind, buffer.data(), sizeof kind);
      std::memcpy(&finished, buffer.data() + sizeof kind, sizeof finished);
      const std::size_t header = 2 * sizeof(std::uint64_t);
      if (kind == static_cast<std::uint64_t>(MessageKind::error)) {
        std::cerr << "rank " << status.MPI_SOURCE << ": " << buffer.substr(header) << "\n";
        mpi.abort(1);
      }
      if (kind == static_cast<std::uint64_t>(MessageKind::result)) {
        try {
          collector.deliver(static_cast<std::size_t>(finished), buffer.substr(header));
        } catch (...) {
          std::cerr << "rank 0: " << what_of(std::current_exception()) << "\n";
          mpi.abort(1);
        }
      }
      const auto next = dispenser.take();
      std::uint64_t reply = next ? static_cast<std::uint64_t>(*next) : kNoJob;
      if (!next) ++stopped;
      MPI_Send(&reply, 1, MPI_UINT64_T, status.MPI_SOURCE, kTagReply, MPI_COMM_WORLD);
    }
    join_all(workers);
    if (auto e = collector.error()) {
      std::cerr << "rank 0: " << what_of(e) << "\n";
      mpi.abort(1);
    }
    return collector.delivered();
  }

  // A worker rank: each thread asks rank 0 for work, handing in its previous result.
  std::mutex mpi_mutex;
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      std::string outgoing = message(MessageKind::request, kNoJob, {});
      for (;;) {
        std::uint64_t next = kNoJob;
        {
          std::lock_guard lock(mpi_mutex);
          MPI_Send(outgoing.data(), as_int(outgoing.size()), MPI_BYTE, 0, kTagRequest, MPI_COMM_WORLD);
          MPI_Recv(&next, 1, MPI_UINT64_T, 0, kTagReply, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        }
        if (next == kNoJob) return;
        try {
          outgoing = message(MessageKind::result, next, job(static_cast<std::size_t>(next)));
        } catch (...) {
          const std::string failure = message(MessageKind::error, next, what_of(std::current_exception()));
          std::lock_guard lock(mpi_mutex);
          MPI_Send(failure.data(), as_int(failure.size()), MPI_BYTE, 0, kTagRequest, MPI_COMM_WORLD);
          // Rank 0 aborts the world; wait for it.
          for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
        }
      }
    });
  }
  join_all(workers);
  return 0;
}

}  // namespace regiosim::sim
