// The checkpoint journal: records survive reopening, a torn tail is cut off, a journal of another
// definition is refused, a fresh journal forgets old records, a link planted at its name is refused.
#include "sim/journal.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <unistd.h>

using namespace regiosim::sim;

namespace {

std::filesystem::path temp_journal(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("regiosim-journal-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return dir / name;
}

}  // namespace

TEST_CASE("Journal records are recovered in order after reopening", "[journal]") {
  const auto path = temp_journal("a.journal");
  {
    Journal j(path, "sweep-1", Journal::Mode::fresh);
    j.append(3, "three");
    j.append(1, std::string(100000, 'x'));
    j.append(2, "");
  }
  Journal j(path, "sweep-1", Journal::Mode::resume);
  REQUIRE(j.recovered().size() == 3);
  CHECK(j.recovered()[0].key == 3);
  CHECK(j.recovered()[0].payload == "three");
  CHECK(j.recovered()[1].payload.size() == 100000);
  CHECK(j.recovered()[2].key == 2);
  CHECK_FALSE(j.repaired());
  j.append(4, "four");
  j.remove();
  CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("A torn or corrupt tail is cut off and appending continues after the valid prefix", "[journal]") {
  const auto path = temp_journal("b.journal");
  {
    Journal j(path, "id", Journal::Mode::fresh);
    j.append(1, "one");
    j.append(2, "two");
  }
  const auto full = std::filesystem::file_size(path);
  for (std::uintmax_t cut = 1; cut < 10; ++cut) {
    // Rewrite the two records, then tear the last one at a different place each time.
    {
      Journal j(path, "id", Journal::Mode::fresh);
      j.append(1, "one");
      j.append(2, "two");
    }
    std::filesystem::resize_file(path, full - cut);
    Journal j(path, "id", Journal::Mode::resume);
    REQUIRE(j.recovered().size() == 1);
    CHECK(j.recovered()[0].payload == "one");
    CHECK(j.repaired());
    j.append(5, "five");
  }
  {
    Journal j(path, "id", Journal::Mode::resume);
    REQUIRE(j.recovered().size() == 2);
    CHECK(j.recovered()[1].key == 5);
  }
  // A flipped payload byte fails the checksum: that record and everything after it are dropped.
  {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(std::filesystem::file_size(path) - 6));
    f.put('X');
  }
  Journal j(path, "id", Journal::Mode::resume);
  CHECK(j.recovered().size() == 1);
  CHECK(j.repaired());
  j.remove();
}

TEST_CASE("A journal of another definition is refused and a fresh one starts empty", "[journal]") {
  const auto path = temp_journal("c.journal");
  {
    Journal j(path, "definition-A", Journal::Mode::fresh);
    j.append(1, "one");
  }
  CHECK_THROWS_AS(Journal(path, "definition-B", Journal::Mode::resume), JournalError);
  {
    std::ofstream f(path, std::ios::binary);
    f << "not a journal at all";
  }
  CHECK_THROWS_AS(Journal(path, "definition-A", Journal::Mode::resume), JournalError);
  Journal fresh(path, "definition-A", Journal::Mode::fresh);
  CHECK(fresh.recovered().empty());
  fresh.remove();
}

TEST_CASE("A symbolic link planted at the journal's name is refused, its target unchanged", "[journal]") {
  const auto victim = temp_journal("victim.txt");
  const auto path = temp_journal("linked.journal");
  std::filesystem::remove(path);
  {
    std::ofstream out(victim, std::ios::binary | std::ios::trunc);
    out << "must stay as it is";
  }
  std::filesystem::create_symlink(victim, path);
  CHECK_THROWS_AS(Journal(path, "sweep-1", Journal::Mode::fresh), JournalError);
  CHECK_THROWS_AS(Journal(path, "sweep-1", Journal::Mode::resume), JournalError);
  std::ifstream in(victim, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text == "must stay as it is");
  std::filesystem::remove(path);
  std::filesystem::remove(victim);
}
