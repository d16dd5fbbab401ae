// EnumSet (tile sets as bit masks): the hot loops of the week visit a set's members with for_each
// and take differences with without(); both must agree with has() for every set.
#include "models/domain.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace regiosim::models;

namespace {

TileSet tile_set_from_bits(unsigned bits) {
  TileSet s;
  for (std::size_t t = 0; t < kTileCount; ++t) {
    if ((bits >> t) & 1U) s.add(static_cast<Tile>(t));
  }
  return s;
}

}  // namespace

TEST_CASE("A tile set visits exactly its members, in ascending order", "[domain]") {
  for (unsigned bits = 0; bits < (1U << kTileCount); ++bits) {
    const TileSet s = tile_set_from_bits(bits);
    std::vector<Tile> visited;
    s.for_each([&](Tile t) { visited.push_back(t); });
    std::vector<Tile> expected;
    for (std::size_t t = 0; t < kTileCount; ++t) {
      if (s.has(static_cast<Tile>(t))) expected.push_back(static_cast<Tile>(t));
    }
    REQUIRE(visited == expected);
    REQUIRE(visited.size() == static_cast<std::size_t>(s.size()));
    // The members are read before the first call: emptying the set on the way visits them all.
    TileSet changing = s;
    std::vector<Tile> visited_while_changing;
    changing.for_each([&](Tile t) {
      visited_while_changing.push_back(t);
      changing = TileSet{};
    });
    REQUIRE(visited_while_changing == expected);
  }
}

TEST_CASE("A tile set without another keeps the members the other lacks", "[domain]") {
  int wrong = 0;
  for (unsigned a = 0; a < (1U << kTileCount); ++a) {
    for (unsigned b = 0; b < (1U << kTileCount); ++b) {
      const TileSet sa = tile_set_from_bits(a);
      const TileSet sb = tile_set_from_bits(b);
      const TileSet d = sa.without(sb);
      for (std::size_t t = 0; t < kTileCount; ++t) {
        const auto tile = static_cast<Tile>(t);
        wrong += d.has(tile) != (sa.has(tile) && !sb.has(tile));
      }
    }
  }
  REQUIRE(wrong == 0);
  REQUIRE(tile_set_from_bits(0b101).without(tile_set_from_bits(0b001)) == tile_set_from_bits(0b100));
}
