// A farm of independent jobs (e.g. the runs of a sweep) spread over worker threads and, when the
// program was started by mpirun or srun, over MPI ranks, with dynamic load balancing: a worker asks
// rank 0 for the next job whenever it finishes one, so long and short runs mix without idle ranks.
// Every result travels to rank 0 as bytes and is handed to one sink there. Jobs must be pure
// functions of their index; then the set of results does not depend on the rank or thread count, only
// the order in which the sink sees them does.
//
//   sim::MpiSession mpi;                          // initialises MPI only under mpirun/srun
//   sim::run_job_farm(mpi, order, threads,
//       [&](std::size_t job) { return encode(run(job)); },          // any rank, any thread
//       [&](std::size_t job, std::string bytes) { store(job, bytes); });  // rank 0, one call at a time
//   if (mpi.rank() != 0) return 0;                // other ranks are done
//
// Rank 0 both coordinates (its main thread answers requests) and works (its worker threads take jobs
// directly). Uses the MPI C API of the installed MPI (Open MPI on Debian).
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace regiosim::sim {

// One process's view of the MPI world. Initialises MPI (thread level SERIALIZED) when the process
// was launched by an MPI starter (mpirun, mpiexec, srun with PMI/PMIx), and finalises it on
// destruction; otherwise it is a world of one and never touches MPI.
class MpiSession {
 public:
  MpiSession();
  ~MpiSession();
  MpiSession(const MpiSession&) = delete;
  MpiSession& operator=(const MpiSession&) = delete;

  bool active() const noexcept { return active_; }
  int rank() const noexcept { return rank_; }
  int size() const noexcept { return size_; }

  // Host name of every rank, by rank (collective: every rank must call it).
  std::vector<std::string> host_names() const;
  // Rank 0's value of `bytes` on every rank (collective).
  void broadcast(std::string& bytes) const;
  // Logical AND of `ok` over all ranks (collective).
  bool all(bool ok) const;
  // Ends every rank with `code` (MPI_Abort); in a world of one, std::exit.
  [[noreturn]] void abort(int code) const;

  // True when the environment says an MPI starter launched this process.
  static bool launched_by_mpi_starter();

 private:
  bool active_ = false;
  int rank_ = 0;
  int size_ = 1;
};

// Job(index) -> result bytes; runs on any rank and any worker thread.
using FarmJob = std::function<std::string(std::size_t job)>;
// Sink(index, bytes) on rank 0, never called concurrently.
using FarmSink = std::function<void(std::size_t job, std::string bytes)>;

// Runs every job in `order` (dispatch order: put the longest first) with `threads` worker threads per
// rank. Returns on every rank when all jobs are done, or, when *stop becomes true, once the jobs
// already started are done (nothing new is dispatched). A job that throws ends the farm: in a
// world of one the first exception is rethrown after the other threads finish their jobs; under MPI
// the message is printed and every rank is aborted with exit code 1.
// Returns the number of jobs whose results reached the sink (on rank 0; 0 elsewhere).
std::size_t run_job_farm(const MpiSession& mpi, const std::vector<std::size_t>& order, int threads,
                         const FarmJob& job, const FarmSink& sink, const std::atomic<bool>* stop = nullptr);

}  // namespace regiosim::sim
