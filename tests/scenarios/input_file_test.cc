// Limits on input files (scenarios/input_file.h): the TOML pre-scan for nesting depth and key
// length (respecting strings, comments, lists and inline tables), reading only regular files of a
// bounded size without blocking, and control characters escaped in messages.
#include "scenarios/input_file.h"

#include <catch2/catch.hpp>

#include "tests/support/temp_dir.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

using namespace regiosim::scenarios;
namespace fs = std::filesystem;
using regiosim::testing::TempDir;

namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// A dotted key of `parts` parts: a.a.a...
std::string dotted(int parts) {
  std::string key = "a";
  for (int i = 1; i < parts; ++i) key += ".a";
  return key;
}

}  // namespace

TEST_CASE("The pre-scan passes ordinary scenario text", "[input-limits]") {
  CHECK_FALSE(check_toml_limits(""));
  CHECK_FALSE(check_toml_limits("schema_version = 1\nname = \"a.b.c\" # a.b.c.d\n[policy]\naftercare.weeks = 13\n"
                                "[variants.v1]\ntiles.maatschappelijk_fit.resolve_weeks = [1, 2, 3, 4, 5, 6]\n"
                                "x = { a.b = [[1, 2], [3]], c = \"]]]}}}\" }\n[[factor]]\nkey = 'k'\n"
                                "s = \"\"\"\nmulti [[[ line \"quoted\" \\\"\"\" \n"
                                "t = '''\n{{{ literal '''\n\"quoted.key\".b = 1\n"));
  // Exactly at the limits.
  CHECK_FALSE(check_toml_limits(dotted(kMaxTomlDepth) + " = 1\n"));
  CHECK_FALSE(check_toml_limits("x = " + repeat("[", kMaxTomlDepth - 1) + repeat("]", kMaxTomlDepth - 1) + "\n"));
  CHECK_FALSE(check_toml_limits(std::string(kMaxTomlKeyLength, 'k') + " = 1\n"));
  CHECK_FALSE(check_toml_limits("\"" + std::string(kMaxTomlKeyLength, 'k') + "\" = 1\n"));
}

TEST_CASE("The pre-scan refuses deep dotted keys and table headers at the key", "[input-limits]") {
  const auto key = check_toml_limits("# deep\n" + dotted(50000) + " = 1\n");
  REQUIRE(key);
  CHECK(key->line == 2);
  CHECK(key->column == 1);
  CHECK(key->message == "tables, dotted keys and lists nested 33 levels deep; at most 32");

  const auto header = check_toml_limits("a = 1\n[" + dotted(50000) + "]\nb = 2\n");
  REQUIRE(header);
  CHECK(header->line == 2);
  CHECK(header->column == 1);

  // The header's parts count towards the keys under it, and [[array]] one more.
  CHECK(check_toml_limits("[" + dotted(20) + "]\n" + dotted(13) + " = 1\n"));
  CHECK_FALSE(check_toml_limits("[" + dotted(20) + "]\n" + dotted(12) + " = 1\n"));
  CHECK(check_toml_limits("[[" + dotted(20) + "]]\n" + dotted(12) + " = 1\n"));
}

TEST_CASE("The pre-scan refuses deep lists and inline tables", "[input-limits]") {
  const auto lists = check_toml_limits("x = " + repeat("[", 50000) + repeat("]", 50000) + "\n");
  REQUIRE(lists);
  CHECK(lists->line == 1);
  CHECK(lists->column == 5 + kMaxTomlDepth - 1);  // the bracket that opens level 33
  const auto tables = check_toml_limits("x = " + repeat("{ a = ", 50000) + "1" + repeat("}", 50000) + "\n");
  REQUIRE(tables);
  CHECK(tables->message.find("at most 32") != std::string::npos);
  // Lists spread over lines, with comments.
  CHECK(check_toml_limits("x = [\n" + repeat("[ # c\n", 40) + repeat("]\n", 40) + "]\n"));
}

TEST_CASE("The pre-scan refuses long keys, bare or quoted", "[input-limits]") {
  const auto bare = check_toml_limits("[sim]\n" + std::string(2'000'000, 'k') + " = 1\n");
  REQUIRE(bare);
  CHECK(bare->line == 2);
  CHECK(bare->message == "a key of 2000000 bytes; at most 256");
  const auto quoted = check_toml_limits("a.\"" + std::string(300, 'q') + "\" = 1\n");
  REQUIRE(quoted);
  CHECK(quoted->column == 3);
  CHECK(quoted->message == "a key of 300 bytes; at most 256");
  // A long value is not a key.
  CHECK_FALSE(check_toml_limits("description = \"" + std::string(100000, 'v') + "\"\n"));
}

TEST_CASE("Brackets and dots inside strings and comments are not nesting", "[input-limits]") {
  const std::string deep_text = repeat("[", 100) + dotted(100);
  CHECK_FALSE(check_toml_limits("a = \"" + deep_text + "\"\n"));
  CHECK_FALSE(check_toml_limits("a = '" + deep_text + "'\n"));
  CHECK_FALSE(check_toml_limits("# " + deep_text + "\n"));
  CHECK_FALSE(check_toml_limits("a = \"\"\"\n" + deep_text + "\n\"\"\"\n"));
  CHECK_FALSE(check_toml_limits("a = [\"" + deep_text + "\", '" + deep_text + "'] # " + deep_text + "\n"));
  CHECK_FALSE(check_toml_limits("a = \"\\\"" + deep_text + "\"\n"));  // an escaped quote does not end the string
}

TEST_CASE("Text that is not TOML ends the scan without a false alarm", "[input-limits]") {
  CHECK_FALSE(check_toml_limits("= = = ]]] }}} ,,, \"unterminated\n'also\n[[[\n"));
  CHECK_FALSE(check_toml_limits(std::string("\0\x01\xff", 3)));
  CHECK_FALSE(check_toml_limits("a = \"\"\"never closed"));
}

TEST_CASE("Only regular files are read: directories, pipes, devices and link loops are refused", "[input-limits]") {
  TempDir dir("input");
  std::string text;
  const fs::path ok = dir.path() / "ok.toml";
  std::ofstream(ok) << "a = 1\n";
  CHECK_FALSE(read_input_file(ok, "scenario", text));
  CHECK(text == "a = 1\n");

  const auto missing = read_input_file(dir.path() / "none.toml", "scenario", text);
  REQUIRE(missing);
  CHECK(missing->kind == InputFileProblem::Kind::missing);

  const auto folder = read_input_file(dir.path(), "sweep", text);
  REQUIRE(folder);
  CHECK(folder->message == "is a directory, not a sweep file");

  const fs::path fifo = dir.path() / "fifo.toml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto pipe = read_input_file(fifo, "scenario", text);  // would block forever if it were opened for reading
  REQUIRE(pipe);
  CHECK(pipe->message == "is a named pipe, not a regular file");

  const auto device = read_input_file("/dev/zero", "scenario", text);
  REQUIRE(device);
  CHECK(device->message == "is a character device, not a regular file");

  fs::create_symlink("loop2.toml", dir.path() / "loop1.toml");
  fs::create_symlink("loop1.toml", dir.path() / "loop2.toml");
  const auto loop = read_input_file(dir.path() / "loop1.toml", "scenario", text);
  REQUIRE(loop);
  CHECK(loop->message == "cannot open: too many levels of symbolic links (a loop of links?)");

  const fs::path big = dir.path() / "big.toml";
  std::ofstream(big) << std::string(kMaxInputFileBytes + 1, '#');
  const auto large = read_input_file(big, "scenario", text);
  REQUIRE(large);
  CHECK(large->kind == InputFileProblem::Kind::too_large);
  CHECK(large->message == "is 4194305 bytes; a scenario file may have at most 4 MiB");
  CHECK(text.empty());
}

TEST_CASE("Control characters are escaped, printable text and UTF-8 kept", "[input-limits]") {
  CHECK(escape_control("bad\x1b[31mkey\x7f\t\n") == "bad\\x1b[31mkey\\x7f\\x09\\x0a");
  CHECK(escape_control("a\nb", true) == "a\nb");
  CHECK(escape_control("Oriëntatie -> ok") == "Oriëntatie -> ok");
}
