#include "core/utf8.h"

#include <doctest/doctest.h>

namespace hirelint {
namespace {

TEST_CASE("FindInvalidUtf8") {
  CHECK_FALSE(FindInvalidUtf8("plain ascii").has_value());
  CHECK_FALSE(FindInvalidUtf8("caf\xC3\xA9 \xE2\x86\x92 \xF0\x9F\x9A\x80").has_value());
  CHECK(FindInvalidUtf8("ab\xFF") == 2u);            // never valid
  CHECK(FindInvalidUtf8("\xC0\xAF") == 0u);          // overlong
  CHECK(FindInvalidUtf8("x\xED\xA0\x80") == 1u);     // UTF-16 surrogate
  CHECK(FindInvalidUtf8("\xF4\x90\x80\x80") == 0u);  // above U+10FFFF
  CHECK(FindInvalidUtf8("ok\xE2\x82") == 2u);        // truncated at the end
}

}  // namespace
}  // namespace hirelint
