// Private to output/: RAII ownership of HDF5 identifiers and the process-wide HDF5 lock.
//
// The HDF5 library is treated as not thread-safe: every call into it from output/ happens while
// hdf5_mutex() is held, whichever writer or reader makes it. Handles close their identifier in
// their destructor, so they too must be destroyed while the lock is held.
#pragma once

#include <hdf5.h>

#include <mutex>
#include <utility>

namespace regiosim::output::detail {

inline std::mutex& hdf5_mutex() {
  static std::mutex mutex;
  return mutex;
}

// Silences HDF5's automatic error stack printing; failures become ResultsFileError instead. The
// setting belongs to the calling thread's error stack in thread-safe HDF5 builds, so it is made
// once per thread. Call with hdf5_mutex() held.
inline void silence_hdf5_errors() {
  thread_local bool done = false;
  if (!done) {
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    done = true;
  }
}

// Held by every public entry point of output/: the HDF5 lock, with error printing silenced.
class Hdf5Lock {
 public:
  Hdf5Lock() : guard_(hdf5_mutex()) { silence_hdf5_errors(); }

 private:
  std::lock_guard<std::mutex> guard_;
};

// Owns one HDF5 identifier and closes it with Close. Move-only.
template <herr_t (*Close)(hid_t)>
class Handle {
 public:
  Handle() noexcept = default;
  explicit Handle(hid_t id) noexcept : id_(id) {}
  ~Handle() { reset(); }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  Handle(Handle&& other) noexcept : id_(std::exchange(other.id_, H5I_INVALID_HID)) {}
  Handle& operator=(Handle&& other) noexcept {
    if (this != &other) {
      reset();
      id_ = std::exchange(other.id_, H5I_INVALID_HID);
    }
    return *this;
  }

  hid_t get() const noexcept { return id_; }
  bool valid() const noexcept { return id_ >= 0; }
  hid_t release() noexcept { return std::exchange(id_, H5I_INVALID_HID); }
  void reset() noexcept {
    if (id_ >= 0) {
      Close(id_);
    }
    id_ = H5I_INVALID_HID;
  }

 private:
  hid_t id_ = H5I_INVALID_HID;
};

using FileHandle = Handle<H5Fclose>;
using GroupHandle = Handle<H5Gclose>;
using DatasetHandle = Handle<H5Dclose>;
using DataspaceHandle = Handle<H5Sclose>;
using TypeHandle = Handle<H5Tclose>;
using PlistHandle = Handle<H5Pclose>;
using AttributeHandle = Handle<H5Aclose>;

}  // namespace regiosim::output::detail
