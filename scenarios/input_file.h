// Limits on the files regiosim reads (scenario, sweep and calibration files), checked before a file
// is parsed, so that no input can block the program, exhaust its memory or overflow its stack:
//   - only regular files are read (a named pipe, device or socket is refused without opening it for
//     reading), of at most kMaxInputFileBytes;
//   - TOML text is scanned first (check_toml_limits): tables, dotted keys, lists and inline tables
//     nest at most kMaxTomlDepth levels, and no key is longer than kMaxTomlKeyLength bytes;
//   - an `extends` chain holds at most kMaxExtendsChain files (the scenario loader counts).
// docs/scenarios.md lists the limits.
//
//   std::string text;
//   if (auto problem = read_input_file(path, "scenario", text)) report(problem->message);
//   else if (auto over = check_toml_limits(text)) report(over->line, over->column, over->message);
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace regiosim::scenarios {

// The shipped files are a few kilobytes; the largest calibration file about 10 KiB.
inline constexpr std::uintmax_t kMaxInputFileBytes = 4 * 1024 * 1024;
// The deepest key of a scenario (variants.NAME.tiles.maatschappelijk_fit.resolve_weeks, a list) is 6 deep.
inline constexpr int kMaxTomlDepth = 32;
// Keys name parameters (at most about 50 bytes), variants (at most 64) or, quoted, a whole dotted key.
inline constexpr std::size_t kMaxTomlKeyLength = 256;
// Files in one chain of `extends`, the main file included.
inline constexpr int kMaxExtendsChain = 16;

struct InputFileProblem {
  enum class Kind { missing, directory, not_regular, too_large, unreadable };
  Kind kind = Kind::unreadable;
  std::string message;  // e.g. "is a named pipe, not a regular file"
};

// Reads the regular file at `path` (symbolic links followed) into `text`. `what` names the kind of
// file in messages ("scenario": "is a directory, not a scenario file"). Never blocks on a pipe or
// reads more than kMaxInputFileBytes.
std::optional<InputFileProblem> read_input_file(const std::filesystem::path& path, std::string_view what,
                                                std::string& text);

struct TomlLimitProblem {
  int line = 0;  // 1-based, where the key or bracket that goes too far starts
  int column = 0;
  std::string message;  // e.g. "tables, keys and lists nested 33 levels deep; at most 32"
};

// Scans TOML text (respecting strings and comments, without parsing values) for nesting deeper than
// kMaxTomlDepth and keys longer than kMaxTomlKeyLength; the first such place, or nothing. The depth
// of a value is the parts of its table header, plus the parts of every key leading to it (through
// inline tables), plus one per enclosing list. Text that is not valid TOML is left to the parser.
std::optional<TomlLimitProblem> check_toml_limits(std::string_view text);

// `text` with control characters (bytes below 0x20 and 0x7f) written as \xNN, so that a message
// that quotes a file or key cannot move the terminal's cursor or change its colours. Newlines are
// escaped too unless `keep_newlines`.
std::string escape_control(std::string_view text, bool keep_newlines = false);

}  // namespace regiosim::scenarios
