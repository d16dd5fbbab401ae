#include "output/hdf5_write_driver.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <new>

namespace regiosim::output::detail {

namespace {

// What the property list carries (copied by HDF5 with fapl_copy, freed with fapl_free).
struct DriverInfo {
  std::shared_ptr<WriteStatus> status;
};

// One open file. `pub` first: HDF5 sees an H5FD_t and fills its fields.
struct DriverFile {
  H5FD_t pub;
  int fd;
  haddr_t eoa;  // end of the address space HDF5 has allocated
  haddr_t eof;  // end of what was written (or would have been, once writing stopped)
  dev_t device;
  ino_t inode;
  std::shared_ptr<WriteStatus>* status;
};

// sec2's largest address: the largest signed off_t.
constexpr haddr_t kMaxAddress = (static_cast<haddr_t>(1) << (8 * sizeof(off_t) - 1)) - 1;

DriverFile* as_file(H5FD_t* f) { return reinterpret_cast<DriverFile*>(f); }
const DriverFile* as_file(const H5FD_t* f) { return reinterpret_cast<const DriverFile*>(f); }
WriteStatus& status_of(const DriverFile* f) { return **f->status; }
bool writing(const DriverFile* f) { return status_of(f).error == 0 && !status_of(f).discarding; }
void keep_first_error(const DriverFile* f, int error) {
  if (status_of(f).error == 0) status_of(f).error = error != 0 ? error : EIO;
}

void* info_copy(const void* info) noexcept {
  try {
    return new DriverInfo(*static_cast<const DriverInfo*>(info));
  } catch (...) {
    return nullptr;
  }
}

herr_t info_free(void* info) noexcept {
  delete static_cast<DriverInfo*>(info);
  return 0;
}

void* info_get(H5FD_t* file) noexcept {
  try {
    return new DriverInfo{*as_file(file)->status};
  } catch (...) {
    return nullptr;
  }
}

H5FD_t* open_file(const char* name, unsigned flags, hid_t fapl, haddr_t maxaddr) noexcept {
  const auto* info = static_cast<const DriverInfo*>(H5Pget_driver_info(fapl));
  if (info == nullptr || !info->status || name == nullptr || maxaddr == 0 || maxaddr > kMaxAddress) return nullptr;
  // HDF5 first tries to open an existing file without H5F_ACC_CREAT; this driver only creates.
  if ((flags & H5F_ACC_CREAT) == 0) return nullptr;
  const int fd = ::open(name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
  if (fd < 0) {
    info->status->open_error = errno;
    return nullptr;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    info->status->open_error = errno;
    ::close(fd);
    return nullptr;
  }
  auto* file = new (std::nothrow) DriverFile{};
  auto* status = new (std::nothrow) std::shared_ptr<WriteStatus>(info->status);
  if (file == nullptr || status == nullptr) {
    delete file;
    delete status;
    ::close(fd);
    info->status->open_error = ENOMEM;
    return nullptr;
  }
  file->fd = fd;
  file->eof = static_cast<haddr_t>(st.st_size);
  file->device = st.st_dev;
  file->inode = st.st_ino;
  file->status = status;
  return &file->pub;
}

herr_t close_file(H5FD_t* f) noexcept {
  DriverFile* file = as_file(f);
  if (::close(file->fd) != 0 && writing(file)) keep_first_error(file, errno);
  delete file->status;
  delete file;
  return 0;
}

int compare(const H5FD_t* a, const H5FD_t* b) noexcept {
  const DriverFile* x = as_file(a);
  const DriverFile* y = as_file(b);
  if (x->device != y->device) return x->device < y->device ? -1 : 1;
  if (x->inode != y->inode) return x->inode < y->inode ? -1 : 1;
  return 0;
}

herr_t query(const H5FD_t*, unsigned long* flags) noexcept {
  if (flags != nullptr) {
    // As sec2, so that HDF5 lays the file out as it would with the default driver.
    *flags = H5FD_FEAT_AGGREGATE_METADATA | H5FD_FEAT_ACCUMULATE_METADATA | H5FD_FEAT_DATA_SIEVE |
             H5FD_FEAT_AGGREGATE_SMALLDATA | H5FD_FEAT_POSIX_COMPAT_HANDLE | H5FD_FEAT_DEFAULT_VFD_COMPATIBLE;
  }
  return 0;
}

haddr_t get_eoa(const H5FD_t* f, H5FD_mem_t) noexcept { return as_file(f)->eoa; }

herr_t set_eoa(H5FD_t* f, H5FD_mem_t, haddr_t addr) noexcept {
  as_file(f)->eoa = addr;
  return 0;
}

haddr_t get_eof(const H5FD_t* f, H5FD_mem_t) noexcept { return as_file(f)->eof; }

herr_t get_handle(H5FD_t* f, hid_t, void** handle) noexcept {
  if (handle == nullptr) return -1;
  *handle = &as_file(f)->fd;
  return 0;
}

bool out_of_range(const DriverFile* file, haddr_t addr, size_t size) {
  return addr == HADDR_UNDEF || addr > kMaxAddress || size > kMaxAddress - addr || addr + size > file->eoa;
}

herr_t read(H5FD_t* f, H5FD_mem_t, hid_t, haddr_t addr, size_t size, void* buffer) noexcept {
  DriverFile* file = as_file(f);
  if (out_of_range(file, addr, size)) return -1;
  auto* out = static_cast<unsigned char*>(buffer);
  while (size > 0) {
    const ssize_t n = ::pread(file->fd, out, size, static_cast<off_t>(addr));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -1;
    if (n == 0) {  // past the end of the file (or of what reached it): zeros, as sec2 reads
      std::memset(out, 0, size);
      break;
    }
    out += n;
    addr += static_cast<haddr_t>(n);
    size -= static_cast<size_t>(n);
  }
  return 0;
}

herr_t write(H5FD_t* f, H5FD_mem_t, hid_t, haddr_t addr, size_t size, const void* buffer) noexcept {
  DriverFile* file = as_file(f);
  if (out_of_range(file, addr, size)) return -1;
  const haddr_t end = addr + size;
  const auto* in = static_cast<const unsigned char*>(buffer);
  while (size > 0 && writing(file)) {
    const ssize_t n = ::pwrite(file->fd, in, size, static_cast<off_t>(addr));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      keep_first_error(file, n < 0 ? errno : EIO);  // HDF5 is told the write succeeded (see the header)
      break;
    }
    in += n;
    addr += static_cast<haddr_t>(n);
    size -= static_cast<size_t>(n);
  }
  if (end > file->eof) file->eof = end;
  return 0;
}

herr_t truncate(H5FD_t* f, hid_t, hbool_t) noexcept {
  DriverFile* file = as_file(f);
  if (file->eoa != file->eof && writing(file) && ::ftruncate(file->fd, static_cast<off_t>(file->eoa)) != 0) {
    keep_first_error(file, errno);
  }
  file->eof = file->eoa;
  return 0;
}

// No locks: the file has a fresh, unpredictable name nobody else opens.
herr_t lock(H5FD_t*, hbool_t) noexcept { return 0; }
herr_t unlock(H5FD_t*) noexcept { return 0; }

const H5FD_class_t kDriver = {
    "regiosim-write",          // name
    kMaxAddress,               // maxaddr
    H5F_CLOSE_WEAK,            // fc_degree (the file access property list sets the one used)
    nullptr,                   // terminate
    nullptr, nullptr, nullptr,  // sb_size, sb_encode, sb_decode: no driver information in the file
    sizeof(DriverInfo),        // fapl_size
    info_get, info_copy, info_free,
    0, nullptr, nullptr,       // dxpl_size, dxpl_copy, dxpl_free
    open_file, close_file, compare, query,
    nullptr, nullptr, nullptr,  // get_type_map, alloc, free: HDF5's defaults
    get_eoa, set_eoa, get_eof, get_handle,
    read, write,
    nullptr,                   // flush: nothing is buffered here
    truncate, lock, unlock,
    H5FD_FLMAP_DICHOTOMY,
};

hid_t driver_id(const Context& ctx) {
  static hid_t id = H5I_INVALID_HID;
  if (id < 0 || H5Iis_valid(id) <= 0) id = ctx.check_id(H5FDregister(&kDriver), "", "cannot register the HDF5 file driver");
  return id;
}

}  // namespace

PlistHandle write_driver_fapl(const Context& ctx, std::shared_ptr<WriteStatus> status) {
  PlistHandle fapl(ctx.check_id(H5Pcreate(H5P_FILE_ACCESS), "", "cannot create a file access property list"));
  const DriverInfo info{std::move(status)};
  ctx.check_rc(H5Pset_driver(fapl.get(), driver_id(ctx), &info), "", "cannot set the HDF5 file driver");
  return fapl;
}

}  // namespace regiosim::output::detail
