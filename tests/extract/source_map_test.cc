#include "extract/source_map.h"

#include <doctest/doctest.h>

namespace hirelint {
namespace {

TEST_CASE("CleanTextBuilder maps cleaned offsets back to the source") {
    std::string source = "Cut  cost\n by 30\\%.";
  CleanTextBuilder b(source);
  b.AppendSource(0, 16);                 // "Cut  cost\n by 30" -> "Cut cost by 30"
  b.AppendReplacement("%", 16, 18);      // "\%" -> "%"
  b.AppendSource(18, 19);                // "."
  SourceMap map;
  std::string text = b.TakeText(&map);
  CHECK(text == "Cut cost by 30%.");
  CHECK(map.ToSource(0) == 0);
  CHECK(map.ToSource(4) == 5);           // "cost" after the collapsed double space
  CHECK(map.ToSource(12) == 14);         // "30"
  CHECK(map.ToSource(14) == 16);         // "%" points at "\%"
  CHECK(map.ToSourceEnd(15) == 18);      // the end of "30%" is after "\%"
}

TEST_CASE("CleanTextBuilder trims and collapses whitespace") {
  std::string source = "  a \t b  ";
  CleanTextBuilder b(source);
  b.AppendSource(0, source.size());
  SourceMap map;
  CHECK(b.TakeText(&map) == "a b");
  CHECK(map.ToSource(2) == 6);
}

}  // namespace
}  // namespace hirelint
