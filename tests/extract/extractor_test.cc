// ChooseExtractor on standard input, which has no extension: the content decides.

#include "extract/extractor.h"

#include <doctest/doctest.h>

#include <string>

namespace hirelint {
namespace {

std::string StdinFormat(const std::string& bytes) {
  const ExtractorEntry* e = ChooseExtractor("-", SourceFile("-", bytes), "");
  REQUIRE(e != nullptr);
  return e->name;
}

TEST_CASE("ChooseExtractor: standard input is read as its content looks") {
  CHECK(StdinFormat("Built a model.\nShipped it.\n") == "text");
  CHECK(StdinFormat("# Experience\n- Built a model\n") == "markdown");
  // One object a line is a story bank; before, it was read as one plain-text story.
  CHECK(StdinFormat(
            "{\"id\": \"s1\", \"text\": \"Cut p99 by 40%.\"}\n{\"text\": \"We shipped.\"}\n") ==
        "jsonl");
  CHECK(StdinFormat("\xEF\xBB\xBF  {\"text\": \"one story, no newline\"}") == "jsonl");
  // JSON Resume, pretty-printed or on one line, and other JSON.
  CHECK(StdinFormat("{\n  \"basics\": {\"name\": \"A\"},\n  \"work\": []\n}\n") == "json-resume");
  CHECK(StdinFormat("{\"basics\": {\"name\": \"A\"}, \"work\": []}\n") == "json-resume");
  CHECK(StdinFormat("{\n  \"profile\": {}\n}\n") == "json");
  CHECK(StdinFormat("[{\"title\": \"x\"}]\n") == "json");
  // --input-format still wins.
  CHECK(std::string(ChooseExtractor("-", SourceFile("-", "{\"text\": \"x\"}\n"), "text")->name) ==
        "text");
}

}  // namespace
}  // namespace hirelint
