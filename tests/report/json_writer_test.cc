// JsonWriter against DumpJson (nlohmann's dump) on the same values: compact and indented,
// generated trees, every escape, numbers at the edges, and strings that are not UTF-8.

#include "report/json_writer.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <random>
#include <sstream>

#include "core/json_dump.h"

namespace hirelint {
namespace {

using Json = nlohmann::ordered_json;

std::string Written(const Json& j, int indent) {
  std::ostringstream out;
  JsonWriter w(out, indent);
  w.Value(j);  // walks the tree through Begin/Key/String/Int/.../End
  return out.str();
}

// Strings that reach every branch of the escaping and of the UTF-8 check.
const std::vector<std::string>& Strings() {
  static const std::vector<std::string> kStrings = {
      "",
      "plain",
      "quote \" backslash \\ slash /",
      "\b\f\n\r\t",
      std::string("nul \0 and \x01 \x1f \x7f", 15),  // 15: the NUL is inside
      "é — 🚀 ภาษาไทย 한국어",
      "bad \xff byte",
      "cut \xe2\x82",                    // a sequence cut short at the end
      "cut \xe2\x82 inside",             // ... and in the middle
      "overlong \xc0\xaf",               // overlong "/"
      "surrogate \xed\xa0\x80",          // U+D800
      "past U+10FFFF \xf4\x90\x80\x80",  // U+110000
      "lone continuation \x80 byte",
      "\xf0\x9f\x9a",  // a 4-byte sequence missing its last byte
  };
  return kStrings;
}

Json RandomValue(std::mt19937& rng, int depth) {
  const int kind = static_cast<int>(rng() % (depth > 3 ? 6 : 8));
  switch (kind) {
    case 0:
      return Strings()[rng() % Strings().size()];
    case 1:
      return static_cast<int64_t>(rng()) - (1ll << 31);
    case 2:
      return static_cast<uint64_t>(rng()) * 1000003u;
    case 3: {
      const double doubles[] = {0.0,  -0.0, 5.0,    2e6,      0.1,   1.0 / 3,
                                1e20, 1e-7, 123.45, -2.5e300, 4e-320};
      return doubles[rng() % std::size(doubles)];
    }
    case 4:
      return rng() % 2 == 0;
    case 5:
      return nullptr;
    case 6: {
      Json a = Json::array();
      for (size_t n = rng() % 4; n > 0; --n) a.push_back(RandomValue(rng, depth + 1));
      return a;
    }
    default: {
      Json o = Json::object();
      for (size_t n = rng() % 4; n > 0; --n) {
        o[Strings()[rng() % 6] + std::to_string(n)] = RandomValue(rng, depth + 1);
      }
      return o;
    }
  }
}

TEST_CASE("JsonWriter: writes what DumpJson writes, compact and indented") {
  std::mt19937 rng(7);
  for (int i = 0; i < 2000; ++i) {
    Json j = RandomValue(rng, 0);
    for (int indent : {-1, 2}) {
      CAPTURE(indent);
      REQUIRE(Written(j, indent) == DumpJson(j, indent));
    }
  }
}

TEST_CASE("JsonWriter: edge values and empty containers") {
  Json j = Json::object();
  j["empty object"] = Json::object();
  j["empty array"] = Json::array();
  j["nested"] = Json::array({Json::object(), Json::array(), Json::array({1, 2})});
  j["inf"] = std::numeric_limits<double>::infinity();
  j["nan"] = std::nan("");
  j["max"] = std::numeric_limits<int64_t>::max();
  j["min"] = std::numeric_limits<int64_t>::min();
  j["umax"] = std::numeric_limits<uint64_t>::max();
  for (size_t i = 0; i < Strings().size(); ++i) j["s" + std::to_string(i)] = Strings()[i];
  for (int indent : {-1, 2, 4}) {
    CAPTURE(indent);
    CHECK(Written(j, indent) == DumpJson(j, indent));
  }
  // A bad byte is written as U+FFFD, never thrown (a file name may hold any byte).
  CHECK(Written(Json("bad \xff byte"), -1) == "\"bad \xef\xbf\xbd byte\"");
}

}  // namespace
}  // namespace hirelint
