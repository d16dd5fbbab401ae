#include "output/hdf5_library.h"

#include "output/hdf5_handles.h"

#include <cstdio>

namespace regiosim::output {

Hdf5Shutdown::Hdf5Shutdown() { H5dont_atexit(); }

Hdf5Shutdown::~Hdf5Shutdown() {
  std::lock_guard<std::mutex> lock(detail::hdf5_mutex());
  // Every identifier of every file: files, groups, datasets, datatypes, attributes.
  const ssize_t open = H5Fget_obj_count(H5F_OBJ_ALL, H5F_OBJ_ALL);
  if (open == 0) {
    H5close();
    return;
  }
#ifndef NDEBUG
  std::fprintf(stderr, "regiosim: %zd HDF5 objects are still open at exit; the HDF5 library is not shut down\n", open);
#endif
}

}  // namespace regiosim::output
