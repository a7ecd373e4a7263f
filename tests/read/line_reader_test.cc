// LineReader: lines, numbers and offsets through a fixed buffer; over-long lines skipped.

#include "read/line_reader.h"

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

#include "support/test_support.h"

namespace hirelint {
namespace {

struct ReadLine {
  std::string text;
  size_t number;
  uint64_t offset;
  bool too_long;
};

std::vector<ReadLine> ReadAll(const std::string& bytes, size_t max_line) {
  std::string path = testing::TempDir() + "/in.jsonl";
  std::ofstream(path, std::ios::binary) << bytes;
  auto reader = LineReader::Open(path, max_line);
  REQUIRE(reader.ok());
  std::vector<ReadLine> out;
  ReadLine l;
  while (reader.value()->Next(&l.text, &l.number, &l.offset, &l.too_long)) out.push_back(l);
  CHECK_FALSE(reader.value()->error());
  CHECK(reader.value()->bytes_read() == bytes.size());
  return out;
}

TEST_CASE("LineReader: LF and CRLF lines, a last line without a break, a BOM") {
  auto lines = ReadAll(
      "\xEF\xBB\xBF"
      "one\r\ntwo\n\nthree",
      100);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].text == "one");
  CHECK(lines[0].offset == 3);
  CHECK(lines[1].text == "two");
  CHECK(lines[1].number == 2);
  CHECK(lines[1].offset == 8);
  CHECK(lines[2].text.empty());
  CHECK(lines[3].text == "three");
  CHECK(lines[3].number == 4);
  CHECK(lines[3].offset == 13);
}

TEST_CASE("LineReader: lines longer than the buffer are whole") {
  std::string big(200000, 'x');
  auto lines = ReadAll(big + "\nshort\n", 1 << 20);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == big);
  CHECK(lines[1].text == "short");
  CHECK(lines[1].offset == big.size() + 1);
}

TEST_CASE("LineReader: a line past the limit is skipped, the next one is read") {
  std::string big(150000, 'y');
  auto lines = ReadAll("ok\n" + big + "\nafter\n", 1000);
  REQUIRE(lines.size() == 3);
  CHECK(lines[1].too_long);
  CHECK(lines[1].text.empty());
  CHECK(lines[1].number == 2);
  CHECK_FALSE(lines[2].too_long);
  CHECK(lines[2].text == "after");
  CHECK(lines[2].number == 3);
}

TEST_CASE("LineReader: a missing file or a directory is an error") {
  CHECK_FALSE(LineReader::Open(testing::TempDir() + "/missing.jsonl", 10).ok());
  auto dir = LineReader::Open(testing::TempDir(), 10);
  REQUIRE_FALSE(dir.ok());
  CHECK(dir.error().message.find("directory") != std::string::npos);
}

}  // namespace
}  // namespace hirelint
