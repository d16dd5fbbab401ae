#include "output/file_digest.h"

#include "output/atomic_file.h"

#include <openssl/evp.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace regiosim::output::detail {

namespace {

constexpr std::string_view kMagic = "regiosim-file 1\n";
constexpr std::string_view kMagicPrefix = "regiosim-file ";
constexpr std::array<unsigned char, 8> kHdf5Signature = {0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
constexpr std::size_t kBlock = 1 << 20;

// Closes a file descriptor.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const noexcept { return fd_; }
  int release() noexcept { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

struct DigestContext {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
};

// Full read of `size` bytes at `offset`; false with errno set on failure, errno 0 at a short file.
bool read_at(int fd, unsigned char* data, std::size_t size, off_t offset) {
  while (size > 0) {
    const ssize_t n = ::pread(fd, data, size, offset);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = 0;
      return false;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
    offset += n;
  }
  return true;
}

// SHA-256 (lowercase hex) of the bytes from kUserBlockSize to the end, read in blocks; `total`
// receives the file's length. Throws through ctx on a read error.
std::string content_digest(const Context& ctx, int fd, std::uint64_t& total) {
  DigestContext digest;
  if (!digest.md || EVP_DigestInit_ex(digest.md.get(), EVP_sha256(), nullptr) != 1) {
    ctx.fail("", "cannot compute the content digest (OpenSSL failed)");
  }
  std::vector<unsigned char> buffer(kBlock);
  off_t offset = static_cast<off_t>(kUserBlockSize);
  for (;;) {
    const ssize_t n = ::pread(fd, buffer.data(), buffer.size(), offset);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) ctx.fail("", "cannot read the file: " + system_error_text(errno));
    if (n == 0) break;
    if (EVP_DigestUpdate(digest.md.get(), buffer.data(), static_cast<std::size_t>(n)) != 1) {
      ctx.fail("", "cannot compute the content digest (OpenSSL failed)");
    }
    offset += n;
  }
  unsigned char value[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(digest.md.get(), value, &length) != 1) {
    ctx.fail("", "cannot compute the content digest (OpenSSL failed)");
  }
  total = static_cast<std::uint64_t>(offset);
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += hex[value[i] >> 4];
    out += hex[value[i] & 15];
  }
  return out;
}

std::string header_text(std::uint64_t bytes, const std::string& sha256) {
  std::string text(kMagic);
  text += "bytes " + std::to_string(bytes) + "\n";
  text += "sha256 " + sha256 + "\n";
  text.resize(kUserBlockSize, '\0');
  return text;
}

struct Parsed {
  std::uint64_t bytes = 0;
  std::string sha256;
};

// The header's values where it is exactly what header_text() writes for them, else nullopt.
std::optional<Parsed> parse_header(std::string_view block) {
  if (block.substr(0, kMagic.size()) != kMagic) return std::nullopt;
  std::size_t pos = kMagic.size();
  constexpr std::string_view kBytes = "bytes ";
  if (block.substr(pos, kBytes.size()) != kBytes) return std::nullopt;
  pos += kBytes.size();
  Parsed parsed;
  std::size_t digits = 0;
  while (pos < block.size() && block[pos] >= '0' && block[pos] <= '9' && digits < 19) {
    parsed.bytes = parsed.bytes * 10 + static_cast<std::uint64_t>(block[pos] - '0');
    ++pos;
    ++digits;
  }
  if (digits == 0) return std::nullopt;
  constexpr std::string_view kSha = "\nsha256 ";
  if (block.substr(pos, kSha.size()) != kSha) return std::nullopt;
  pos += kSha.size();
  if (pos + 64 > block.size()) return std::nullopt;
  parsed.sha256 = std::string(block.substr(pos, 64));
  for (char c : parsed.sha256) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return std::nullopt;
  }
  // Anything else (a changed padding byte, leading zeros) makes it a different header.
  if (header_text(parsed.bytes, parsed.sha256) != block) return std::nullopt;
  return parsed;
}

// A file verified before, identified by what changes whenever its bytes do.
struct Identity {
  dev_t device = 0;
  ino_t inode = 0;
  off_t size = 0;
  timespec modified{};
  timespec changed{};

  bool operator==(const Identity& o) const noexcept {
    return device == o.device && inode == o.inode && size == o.size && modified.tv_sec == o.modified.tv_sec &&
           modified.tv_nsec == o.modified.tv_nsec && changed.tv_sec == o.changed.tv_sec &&
           changed.tv_nsec == o.changed.tv_nsec;
  }
};

Identity identity_of(const struct stat& st) {
  return Identity{st.st_dev, st.st_ino, st.st_size, st.st_mtim, st.st_ctim};
}

std::mutex verified_mutex;
std::vector<Identity> verified;  // a few recent ones

}  // namespace

PlistHandle user_block_fcpl(const Context& ctx) {
  PlistHandle fcpl(ctx.check_id(H5Pcreate(H5P_FILE_CREATE), "", "cannot create a file creation property list"));
  ctx.check_rc(H5Pset_userblock(fcpl.get(), kUserBlockSize), "", "cannot reserve the file's user block");
  return fcpl;
}

void stamp_digest(const Context& ctx, const std::filesystem::path& file) {
  Fd fd(::open(file.c_str(), O_RDWR | O_NOFOLLOW | O_CLOEXEC));
  if (fd.get() < 0) ctx.fail("", "cannot open the written file to stamp its digest: " + system_error_text(errno));
  std::uint64_t total = 0;
  const std::string sha = content_digest(ctx, fd.get(), total);
  if (total < kUserBlockSize) ctx.fail("", "internal error: the written file is shorter than its user block");
  const std::string header = header_text(total, sha);
  const char* data = header.data();
  std::size_t left = header.size();
  off_t offset = 0;
  while (left > 0) {
    const ssize_t n = ::pwrite(fd.get(), data, left, offset);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) ctx.fail("", "cannot write the file: " + system_error_text(n < 0 ? errno : EIO));
    data += n;
    left -= static_cast<std::size_t>(n);
    offset += n;
  }
  if (::close(fd.release()) != 0) ctx.fail("", "cannot write the file: " + system_error_text(errno));
}

void verify_digest(const Context& ctx) {
  Fd fd(::open(ctx.file().c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) ctx.fail("", "cannot open: " + system_error_text(errno));
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) ctx.fail("", "cannot open: " + system_error_text(errno));
  if (!S_ISREG(st.st_mode)) ctx.fail("", "not a regular file");
  const Identity identity = identity_of(st);
  {
    std::lock_guard lock(verified_mutex);
    for (const auto& known : verified) {
      if (known == identity) return;
    }
  }
  timespec started{};
  ::clock_gettime(CLOCK_REALTIME, &started);

  if (st.st_size == 0) ctx.fail("", "is empty: not a regiosim file");
  std::string block(kUserBlockSize, '\0');
  const std::size_t head = std::min<std::size_t>(kUserBlockSize, static_cast<std::size_t>(st.st_size));
  if (!read_at(fd.get(), reinterpret_cast<unsigned char*>(block.data()), head, 0)) {
    ctx.fail("", "cannot read the file: " + system_error_text(errno != 0 ? errno : EIO));
  }
  if (std::memcmp(block.data(), kHdf5Signature.data(), kHdf5Signature.size()) == 0) {
    ctx.fail("", "has no content digest: written by a regiosim older than this one, or by another program; "
                 "this version reads only files whose content it can verify (run it again to write the file anew)");
  }
  if (block.compare(0, kMagicPrefix.size(), kMagicPrefix) != 0) {
    ctx.fail("", "not a regiosim file (it does not start with a regiosim header)");
  }
  if (block.compare(0, kMagic.size(), kMagic) != 0) {
    const auto end = block.find('\n');
    if (end != std::string::npos && end < 40) {
      bool printable = true;
      for (std::size_t i = kMagicPrefix.size(); i < end; ++i) printable = printable && block[i] >= '0' && block[i] <= '9';
      if (printable && end > kMagicPrefix.size()) {
        ctx.fail("", "header version " + block.substr(kMagicPrefix.size(), end - kMagicPrefix.size()) +
                         " is not supported by this build (reads 1)");
      }
    }
    ctx.fail("", "damaged: its regiosim header is not valid (the file was changed after it was written)");
  }
  const auto parsed = parse_header(block);
  if (!parsed) ctx.fail("", "damaged: its regiosim header is not valid (the file was changed after it was written)");
  if (static_cast<std::uint64_t>(st.st_size) != parsed->bytes) {
    ctx.fail("", "damaged: " + std::to_string(st.st_size) + " bytes, but it was written with " +
                     std::to_string(parsed->bytes) + " (the file was truncated or extended after it was written)");
  }
  std::uint64_t total = 0;
  const std::string sha = content_digest(ctx, fd.get(), total);
  if (total != parsed->bytes) {
    ctx.fail("", "damaged: the file changed its length while it was read");
  }
  if (sha != parsed->sha256) {
    ctx.fail("", "damaged: content digest does not match (the file was changed after it was written)");
  }
  // Remembered only where a later change could not keep the change time (its resolution can be
  // coarse): a file changed within two seconds of its verification is verified again next time.
  const bool settled = st.st_ctim.tv_sec + 2 <= started.tv_sec;
  if (settled) {
    std::lock_guard lock(verified_mutex);
    if (verified.size() >= 16) verified.erase(verified.begin());
    verified.push_back(identity);
  }
}

}  // namespace regiosim::output::detail
