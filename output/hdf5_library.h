// The HDF5 library's shutdown at the end of a program, done by the program rather than by HDF5's
// own exit handler. Create one Hdf5Shutdown first thing in main(), before any HDF5 call:
//
//   int main(int argc, char** argv) {
//     regiosim::output::Hdf5Shutdown hdf5;  // H5close() when main returns, if it is safe
//     ...
//   }
//
// HDF5 normally shuts itself down at exit and closes whatever is still open then. A file that
// could not be closed (HDF5 1.10 after a failed write of its metadata) makes that shutdown crash
// (SIGSEGV in H5F__close_cb). With this guard the library is shut down when main returns and only
// when no HDF5 object is open any more; otherwise the process ends without shutting it down (the
// operating system reclaims everything; no file is left open for writing: writers remove their
// temporary files before that).
#pragma once

namespace regiosim::output {

class Hdf5Shutdown {
 public:
  Hdf5Shutdown();   // switches off HDF5's exit handler (H5dont_atexit)
  ~Hdf5Shutdown();  // H5close() when no object is open; in debug builds reports objects left open
  Hdf5Shutdown(const Hdf5Shutdown&) = delete;
  Hdf5Shutdown& operator=(const Hdf5Shutdown&) = delete;
};

}  // namespace regiosim::output
