#include "output/atomic_file.h"

#include "output/results_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <climits>
#include <cstring>
#include <random>
#include <system_error>

namespace regiosim::output {

namespace fs = std::filesystem;

namespace {

constexpr int kNameAttempts = 16;  // fresh names tried when one is taken (EEXIST)

fs::path folder_of(const fs::path& target) { return target.parent_path().empty() ? fs::path(".") : target.parent_path(); }

[[noreturn]] void fail(const fs::path& target, const std::string& what, int error) {
  throw ResultsFileError(target.string() + ": " + what + ": " + system_error_text(error));
}

// The pid in "<pid>" or "<pid>-<anything>", or 0 when the text is not that.
pid_t pid_in(std::string_view text) {
  long long pid = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), pid);
  if (ec != std::errc{} || end == text.data()) return 0;
  if (end != text.data() + text.size() && *end != '-') return 0;
  if (pid <= 0 || pid > INT_MAX) return 0;
  return static_cast<pid_t>(pid);
}

}  // namespace

std::string system_error_text(int error) { return std::generic_category().message(error); }

fs::path temporary_name(const fs::path& target) {
  static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::random_device random;  // getrandom(2): not guessable from the time or the pid
  std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
  std::string suffix(12, 'x');
  for (char& c : suffix) c = kAlphabet[pick(random)];
  return folder_of(target) / (target.filename().string() + ".tmp-" + std::to_string(static_cast<long long>(::getpid())) +
                              "-" + suffix);
}

void remove_stale_temporaries(const fs::path& target) noexcept {
  try {
    std::error_code ec;
    const std::string prefix = target.filename().string() + ".tmp-";
    for (fs::directory_iterator it(folder_of(target), ec), end; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (!name.starts_with(prefix)) continue;
      const pid_t pid = pid_in(std::string_view(name).substr(prefix.size()));
      if (pid == 0) continue;  // not a name regiosim makes
      std::error_code type_ec;
      if (!fs::is_regular_file(it->symlink_status(type_ec)) || type_ec) continue;
      if (::kill(pid, 0) != 0 && errno == ESRCH) fs::remove(it->path(), type_ec);
    }
  } catch (...) {
    // Cleaning up after others is a courtesy: it never stops a run.
  }
}

AtomicOutput::AtomicOutput(fs::path target, const std::function<bool(const fs::path&)>& create, const TemporaryNames& names)
    : target_(std::move(target)) {
  remove_stale_temporaries(target_);
  for (int attempt = 0;; ++attempt) {
    fs::path name = names(target_);
    errno = 0;
    if (create(name)) {
      temporary_ = std::move(name);
      return;
    }
    const int error = errno != 0 ? errno : EIO;
    if (error != EEXIST || attempt + 1 == kNameAttempts) {
      fail(target_, "cannot create a temporary file in " + folder_of(target_).string(), error);
    }
  }
}

AtomicOutput::~AtomicOutput() {
  if (!committed_) discard();
}

void AtomicOutput::discard() noexcept {
  if (discarded_ || committed_ || temporary_.empty()) return;
  ::unlink(temporary_.c_str());
  discarded_ = true;
}

void AtomicOutput::commit() {
  if (committed_ || discarded_) throw ResultsFileError(target_.string() + ": the temporary file is gone");
  try {
    // fsync: write errors a file system reports late (NFS, quotas) surface here, not after the rename.
    const int fd = ::open(temporary_.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) fail(target_, "cannot open " + temporary_.string(), errno);
    const int synced = ::fsync(fd);
    const int sync_error = errno;
    ::close(fd);
    if (synced != 0 && sync_error != EINVAL && sync_error != EROFS) fail(target_, "cannot write the file", sync_error);
    if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
      fail(target_, "cannot rename " + temporary_.string() + " to the target", errno);
    }
    committed_ = true;
  } catch (...) {
    discard();
    throw;
  }
}

std::unique_ptr<AtomicOutput> prepare_file(const fs::path& path, std::string_view text, const TemporaryNames& names) {
  int fd = -1;
  auto out = std::make_unique<AtomicOutput>(path, [&](const fs::path& name) {
    // O_EXCL: never an existing file; with O_CREAT it also refuses a symbolic link at the name.
    fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    return fd >= 0;
  }, names);
  const char* data = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = n < 0 ? errno : EIO;
      ::close(fd);
      fail(path, "cannot write the file", error);  // ~AtomicOutput removes the temporary file
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) fail(path, "cannot write the file", errno);
  return out;
}

void write_file_atomically(const fs::path& path, std::string_view text, const TemporaryNames& names) {
  prepare_file(path, text, names)->commit();
}

}  // namespace regiosim::output
