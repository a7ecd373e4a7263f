// Limits answer with a clear error, never exhaustion or a silent truncation.

#include <doctest/doctest.h>

#include <fstream>

#include "support/test_support.h"

namespace hirelint {
namespace {

TEST_CASE("Engine: an item over the size limit is an error at its position") {
  RunOptions options;
  options.max_item_bytes = 1024;
  std::string text = "## Experience\n\n- short bullet\n- " + std::string(2000, 'x') + "\n";
  FileResult r = testing::SharedEngine().Process(SourceFile("cv.md", text), options);
  REQUIRE(r.error.has_value());
  CHECK(r.error->kind == ErrorKind::kLimit);
  CHECK(r.error->line == 4);
  CHECK(r.error->column == 3);
  CHECK(r.error->message.find("raise it with --max-item-size") != std::string::npos);
}

TEST_CASE("CLI: a 100 MB single line is refused by the file limit, and read when it is raised") {
  std::string dir = testing::TempDir();
  {
    std::ofstream out(dir + "/huge.txt", std::ios::binary);
    std::string chunk = "Cut latency by 30% for 2M users and ";
    for (size_t written = 0; written < (100u << 20); written += chunk.size()) out << chunk;
    out << "\n";
  }
  auto refused = testing::RunHirelint({dir + "/huge.txt"});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("file is larger than the limit of 64 MiB; raise it with --max-file-size") !=
        std::string::npos);
  auto item_limit = testing::RunHirelint({"--max-file-size", "200", dir + "/huge.txt"});
  CHECK(item_limit.exit_code == 2);
  CHECK(item_limit.err.find(dir + "/huge.txt:1:1: item is") != std::string::npos);
}

TEST_CASE("CLI: a million bullets are all read") {
  std::string dir = testing::TempDir();
  {
    std::ofstream out(dir + "/many.txt", std::ios::binary);
    for (int i = 0; i < 1000000; ++i) out << "- Shipped it\n";
  }
  auto r = testing::RunHirelint({"tag", "--format", "jsonl", dir + "/many.txt"});
  CHECK(r.exit_code == 0);
  size_t lines = 0;
  for (char c : r.out) lines += c == '\n';
  CHECK(lines == 1000000);
}

}  // namespace
}  // namespace hirelint
