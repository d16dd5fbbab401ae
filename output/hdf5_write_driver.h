// Private to output/: the HDF5 file driver with which regiosim writes its files.
//
// It is HDF5's POSIX driver (sec2) with two differences:
//   * It only creates: open(2) with O_CREAT|O_EXCL|O_NOFOLLOW. It never opens an existing file and
//     never follows a symbolic link, whatever flags HDF5 passes.
//   * A write, truncate or close the system refuses (a full disk, a file-size limit, an I/O error)
//     is not reported to HDF5: the driver keeps the first error in its WriteStatus and from then on
//     writes nothing and reports success. HDF5 1.10 cannot recover from a write that fails while
//     it flushes its metadata cache: every later flush and close of the file fail ("slist already
//     enabled?"), the file stays open, and the library crashes on it at exit. With this driver HDF5
//     never sees such a failure, so a failed file is closed like any other; the writer checks the
//     WriteStatus after each step and at commit, and removes the file, whose content no longer
//     matters.
// The files are ordinary HDF5 files: the superblock holds no driver information and the default
// driver reads them; the layout is the one sec2 writes (same features, same free-list map).
// Call everything with hdf5_mutex() held.
#pragma once

#include "output/hdf5_io.h"

#include <memory>

namespace regiosim::output::detail {

struct WriteStatus {
  int open_error = 0;       // errno of the open(2) that failed
  int error = 0;            // errno of the first write, truncate or close that failed; 0: none
  bool discarding = false;  // nothing more is written (the file will be removed)
};

// A file access property list that writes through the driver and reports to `status`.
PlistHandle write_driver_fapl(const Context& ctx, std::shared_ptr<WriteStatus> status);

}  // namespace regiosim::output::detail
