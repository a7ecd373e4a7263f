#include <doctest/doctest.h>

#include <string>

#include "tag/term_table.h"

namespace hirelint {
namespace {

TEST_CASE("TermTable: numbers terms in order, once each") {
  TermTable table;
  CHECK(table.Find("model") == TermTable::kNone);  // empty table
  CHECK(table.Add("model") == 0);
  CHECK(table.Add("serving") == 1);
  CHECK(table.Add("model") == 0);
  CHECK(table.size() == 2);
  CHECK(table.Find("serving") == 1);
  CHECK(table.Find("serv") == TermTable::kNone);
  CHECK(table.Find("") == TermTable::kNone);
  CHECK(table.Add("") == 2);  // the empty string is a term like any other
  CHECK(table.Find("") == 2);
}

TEST_CASE("TermTable: every term stays findable as the table grows") {
  TermTable table;
  for (int i = 0; i < 5000; ++i) REQUIRE(table.Add("t" + std::to_string(i)) == uint32_t(i));
  for (int i = 0; i < 5000; ++i) CHECK(table.Find("t" + std::to_string(i)) == uint32_t(i));
  CHECK(table.Find("t5000") == TermTable::kNone);
  CHECK(table.Find(std::string("t1\0", 3)) == TermTable::kNone);  // bytes, not C strings
}

}  // namespace
}  // namespace hirelint
