#include "scenarios/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace regiosim::scenarios {

namespace {

std::string type_name(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a named pipe";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

std::optional<InputFileProblem> file_type_problem(mode_t mode, std::string_view what) {
  using Kind = InputFileProblem::Kind;
  if (S_ISDIR(mode)) return InputFileProblem{Kind::directory, "is a directory, not a " + std::string(what) + " file"};
  if (!S_ISREG(mode)) return InputFileProblem{Kind::not_regular, "is " + type_name(mode) + ", not a regular file"};
  return std::nullopt;
}

InputFileProblem too_large(std::uintmax_t size, std::string_view what) {
  return {InputFileProblem::Kind::too_large,
          "is " + std::to_string(size) + " bytes; a " + std::string(what) + " file may have at most " +
              std::to_string(kMaxInputFileBytes / (1024 * 1024)) + " MiB"};
}

InputFileProblem open_problem(int error) {
  using Kind = InputFileProblem::Kind;
  if (error == ENOENT || error == ENOTDIR) return {Kind::missing, "no such file"};
  if (error == ELOOP) return {Kind::unreadable, "cannot open: too many levels of symbolic links (a loop of links?)"};
  return {Kind::unreadable, "cannot open: " + std::string(std::strerror(error))};
}

}  // namespace

std::optional<InputFileProblem> read_input_file(const std::filesystem::path& path, std::string_view what,
                                                std::string& text) {
  text.clear();
  // The type is checked before opening: opening some devices has effects of its own.
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return open_problem(errno);
  if (auto problem = file_type_problem(st.st_mode, what)) return problem;
  if (static_cast<std::uintmax_t>(st.st_size) > kMaxInputFileBytes) return too_large(static_cast<std::uintmax_t>(st.st_size), what);
  // O_NONBLOCK: should the file have been replaced by a pipe since, opening it does not wait.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return open_problem(errno);
  std::optional<InputFileProblem> problem;
  if (::fstat(fd, &st) != 0) problem = open_problem(errno);
  else problem = file_type_problem(st.st_mode, what);
  std::vector<char> buffer(64 * 1024);
  while (!problem) {
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      problem = InputFileProblem{InputFileProblem::Kind::unreadable, "cannot read: " + std::string(std::strerror(errno))};
    } else if (n == 0) {
      break;
    } else {
      text.append(buffer.data(), static_cast<std::size_t>(n));
      if (text.size() > kMaxInputFileBytes) problem = too_large(text.size(), what);  // it grew while read
    }
  }
  ::close(fd);
  if (problem) text.clear();
  return problem;
}

namespace {

bool bare_key_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
}

// One pass over the text; no recursion, so any nesting is scanned in constant stack.
class LimitScanner {
 public:
  explicit LimitScanner(std::string_view text) : t_(text) {}

  std::optional<TomlLimitProblem> run() {
    enum class Mode { key, value, after };
    struct Frame {
      bool table = false;  // an inline table (else a list)
      int depth = 0;       // list: the depth of its elements; table: the depth of the key that names it
    };
    std::vector<Frame> stack;
    Mode mode = Mode::key;
    int header_depth = 0;  // of the current [table] or [[array of tables]]
    int value_depth = 0;   // of the key whose value is being read
    const auto after_value = [&] { mode = stack.empty() ? Mode::after : Mode::value; };
    while (!problem_ && i_ < t_.size()) {
      const char c = t_[i_];
      if (c == ' ' || c == '\t' || c == '\r') {
        ++i_;
      } else if (c == '\n') {
        next_line();
        if (stack.empty()) mode = Mode::key;
      } else if (c == '#') {
        while (i_ < t_.size() && t_[i_] != '\n') ++i_;
      } else if (mode == Mode::after) {
        if (c == '"' || c == '\'') skip_string();
        else ++i_;
      } else if (mode == Mode::key && stack.empty() && c == '[') {
        const int line = line_, column = this->column();
        ++i_;
        const bool array = i_ < t_.size() && t_[i_] == '[';
        if (array) ++i_;
        const int parts = key(array ? 1 : 0, line, column);
        header_depth = parts + (array ? 1 : 0);
        mode = Mode::after;
      } else if (mode == Mode::key && (c == '}' || c == ',')) {
        if (c == '}' && !stack.empty() && stack.back().table) stack.pop_back();
        ++i_;
        if (c == '}') after_value();
      } else if (mode == Mode::key) {
        const int base = stack.empty() ? header_depth : stack.back().depth;
        const int parts = key(base, line_, column());
        while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t')) ++i_;
        if (parts > 0 && i_ < t_.size() && t_[i_] == '=') {
          ++i_;
          value_depth = base + parts;
          mode = Mode::value;
        } else if (parts == 0) {
          ++i_;  // not a key: the parser reports it
        }
      } else {  // Mode::value
        const int depth = !stack.empty() && !stack.back().table ? stack.back().depth : value_depth;
        if (c == '"' || c == '\'') {
          skip_string();
          after_value();
        } else if (c == '[') {
          if (depth + 1 > kMaxTomlDepth) too_deep(depth + 1, line_, column());
          stack.push_back({false, depth + 1});
          ++i_;
        } else if (c == '{') {
          stack.push_back({true, depth});
          mode = Mode::key;
          ++i_;
        } else if (c == ']' || c == '}') {
          if (!stack.empty() && stack.back().table == (c == '}')) stack.pop_back();
          ++i_;
          after_value();
        } else if (c == ',') {
          ++i_;
          if (!stack.empty()) mode = stack.back().table ? Mode::key : Mode::value;
        } else {
          ++i_;  // part of a number, boolean or date
        }
      }
    }
    return problem_;
  }

 private:
  int column() const { return static_cast<int>(i_ - line_start_) + 1; }

  void next_line() {
    ++i_;
    ++line_;
    line_start_ = i_;
  }

  void too_deep(int depth, int line, int column) {
    if (problem_) return;
    problem_ = TomlLimitProblem{line, column,
                                "tables, dotted keys and lists nested " + std::to_string(depth) +
                                    " levels deep; at most " + std::to_string(kMaxTomlDepth)};
  }

  // A dotted key (bare and quoted parts) from i_; returns its parts, 0 when there is no key here.
  // Stops at the first part that makes it deeper than kMaxTomlDepth or longer than kMaxTomlKeyLength.
  int key(int base, int line, int column) {
    int parts = 0;
    while (!problem_ && i_ < t_.size()) {
      while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t')) ++i_;
      if (i_ >= t_.size()) break;
      const char c = t_[i_];
      const std::size_t start = i_;
      const int part_column = this->column();
      std::size_t length = 0;
      if (c == '"' || c == '\'') {
        length = skip_string();
      } else if (bare_key_char(c)) {
        while (i_ < t_.size() && bare_key_char(t_[i_])) ++i_;
        length = i_ - start;
      } else {
        break;
      }
      ++parts;
      if (length > kMaxTomlKeyLength) {
        problem_ = TomlLimitProblem{line_, part_column,
                                    "a key of " + std::to_string(length) + " bytes; at most " +
                                        std::to_string(kMaxTomlKeyLength)};
      } else if (base + parts > kMaxTomlDepth) {
        too_deep(base + parts, line, column);
      }
      while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t')) ++i_;
      if (i_ < t_.size() && t_[i_] == '.') ++i_;
      else break;
    }
    return parts;
  }

  // Skips a string that starts at i_ ("...", '...', """...""", '''...'''); returns the length of
  // its content in bytes. An unterminated one ends at the end of its line (or of the text).
  std::size_t skip_string() {
    const char q = t_[i_];
    const bool triple = i_ + 2 < t_.size() && t_[i_ + 1] == q && t_[i_ + 2] == q;
    i_ += triple ? 3 : 1;
    const std::size_t start = i_;
    while (i_ < t_.size()) {
      const char c = t_[i_];
      if (c == '\\' && q == '"' && i_ + 1 < t_.size() && t_[i_ + 1] != '\n') {
        i_ += 2;
      } else if (c == '\n') {
        if (!triple) return i_ - start;
        next_line();
      } else if (c == q && (!triple || (i_ + 2 < t_.size() && t_[i_ + 1] == q && t_[i_ + 2] == q))) {
        const std::size_t length = i_ - start;
        i_ += triple ? 3 : 1;
        // """a"""" ends with a quote in the content: up to two more quotes belong to it.
        for (int extra = 0; triple && extra < 2 && i_ < t_.size() && t_[i_] == q; ++extra) ++i_;
        return length;
      } else {
        ++i_;
      }
    }
    return i_ - start;
  }

  std::string_view t_;
  std::size_t i_ = 0;
  int line_ = 1;
  std::size_t line_start_ = 0;
  std::optional<TomlLimitProblem> problem_;
};

}  // namespace

std::optional<TomlLimitProblem> check_toml_limits(std::string_view text) { return LimitScanner(text).run(); }

std::string escape_control(std::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && !(keep_newlines && c == '\n')) || u == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace regiosim::scenarios
