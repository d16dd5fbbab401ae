#include "sim/journal.h"

#include <boost/crc.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

namespace regiosim::sim {

namespace {

constexpr std::string_view kFileMagic = "RSJOURN1";
constexpr std::uint32_t kRecordMagic = 0x52534A52u;  // "RJSR"

std::uint32_t crc32(std::string_view a, std::string_view b = {}) {
  boost::crc_32_type crc;
  crc.process_bytes(a.data(), a.size());
  crc.process_bytes(b.data(), b.size());
  return crc.checksum();
}

template <class T>
void put(std::string& out, T value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof(T));
}

template <class T>
bool get(std::string_view in, std::size_t& pos, T& value) {
  if (in.size() - pos < sizeof(T)) return false;
  std::memcpy(&value, in.data() + pos, sizeof(T));
  pos += sizeof(T);
  return true;
}

std::string header_bytes(const std::string& identity) {
  std::string h(kFileMagic);
  put<std::uint64_t>(h, identity.size());
  h += identity;
  put<std::uint32_t>(h, crc32(identity));
  return h;
}

std::string errno_text() { return std::strerror(errno); }

}  // namespace

Journal::Journal(std::filesystem::path path, std::string identity, Mode mode)
    : path_(std::move(path)), identity_(std::move(identity)) {
  if (mode == Mode::fresh || !std::filesystem::exists(path_)) {
    create();
    return;
  }
  std::string bytes;
  {
    std::ifstream in(path_, std::ios::binary);
    if (!in) throw JournalError(path_.string() + ": cannot read the journal");
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  const std::string header = header_bytes(identity_);
  if (bytes.size() < kFileMagic.size() || std::string_view(bytes).substr(0, kFileMagic.size()) != kFileMagic) {
    throw JournalError(path_.string() + ": not a regiosim journal");
  }
  if (std::string_view(bytes).substr(0, header.size()) != header) {
    throw JournalError(path_.string() +
                       ": the journal belongs to a different definition (it was written for other runs); "
                       "remove it or run without --resume");
  }
  std::size_t pos = header.size();
  std::size_t valid_end = pos;
  const std::string_view view(bytes);
  while (pos < view.size()) {
    std::uint32_t magic = 0;
    std::uint64_t key = 0;
    std::uint64_t length = 0;
    std::uint32_t crc = 0;
    if (!get(view, pos, magic) || magic != kRecordMagic || !get(view, pos, key) || !get(view, pos, length)) break;
    if (view.size() - pos < length) break;
    const std::string_view payload = view.substr(pos, static_cast<std::size_t>(length));
    pos += static_cast<std::size_t>(length);
    if (!get(view, pos, crc)) break;
    std::string key_bytes;
    put<std::uint64_t>(key_bytes, key);
    if (crc != crc32(key_bytes, payload)) break;
    recovered_.push_back({key, std::string(payload)});
    valid_end = pos;
  }
  repaired_ = valid_end != bytes.size();
  // O_NOFOLLOW: the journal's name is predictable (FILE.h5.journal); a symbolic link planted there
  // is refused, never followed.
  fd_ = ::open(path_.c_str(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd_ < 0) throw JournalError(path_.string() + ": cannot open the journal: " + errno_text());
  if (::ftruncate(fd_, static_cast<off_t>(valid_end)) != 0 || ::lseek(fd_, 0, SEEK_END) < 0) {
    throw JournalError(path_.string() + ": cannot cut the torn tail of the journal: " + errno_text());
  }
}

Journal::~Journal() {
  if (fd_ >= 0) ::close(fd_);
}

void Journal::create() {
  fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);  // see the constructor
  if (fd_ < 0) throw JournalError(path_.string() + ": cannot create the journal: " + errno_text());
  write_all(header_bytes(identity_));
}

void Journal::write_all(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw JournalError(path_.string() + ": cannot write the journal: " + errno_text());
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  if (::fdatasync(fd_) != 0) throw JournalError(path_.string() + ": cannot flush the journal: " + errno_text());
}

void Journal::append(std::uint64_t key, std::string_view payload) {
  if (fd_ < 0) throw JournalError(path_.string() + ": the journal is closed");
  std::string record;
  record.reserve(payload.size() + 24);
  put<std::uint32_t>(record, kRecordMagic);
  put<std::uint64_t>(record, key);
  put<std::uint64_t>(record, payload.size());
  record.append(payload);
  std::string key_bytes;
  put<std::uint64_t>(key_bytes, key);
  put<std::uint32_t>(record, crc32(key_bytes, payload));
  write_all(record);
}

void Journal::remove() {
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
  std::error_code ec;
  std::filesystem::remove(path_, ec);
}

}  // namespace regiosim::sim
