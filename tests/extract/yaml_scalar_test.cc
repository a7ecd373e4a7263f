// MapYamlScalar on its own: each style's content span, the decoded value checked against
// yaml-cpp's, and the fallback when they disagree.

#include <doctest/doctest.h>

#include <string>

#include "extract/yaml_scalar.h"

namespace hirelint {
namespace {

YamlScalar Map(const std::string& text, const std::string& at, const std::string& expected,
               bool in_flow = false) {
  SourceFile file("s.yaml", text);
  size_t mark = text.find(at);
  REQUIRE(mark != std::string::npos);
  auto mapped = MapYamlScalar(file, mark, in_flow, expected);
  REQUIRE(mapped.ok());
  return mapped.value();
}

TEST_CASE("YAML scalars: spans, styles and decoded values") {
  SUBCASE("plain, ended by a comment") {
    YamlScalar s = Map("k: plain text  # note\n", "plain", "plain text");
    CHECK(s.exact);
    CHECK_FALSE(s.quoted);
    CHECK(s.value.text() == "plain text");
    CHECK(s.begin == 3);
    CHECK(s.end == 13);
  }
  SUBCASE("plain in a flow sequence stops at the comma") {
    YamlScalar s = Map("k: [one two, three]\n", "one", "one two", true);
    CHECK(s.exact);
    CHECK(s.end == std::string("k: [one two").size());
  }
  SUBCASE("plain over lines, with an empty line kept as a newline") {
    std::string text = "k: first\n  second\n\n  third\nn: x\n";
    YamlScalar s = Map(text, "first", "first second\nthird");
    CHECK(s.exact);
    CHECK(s.value.text() == "first second\nthird");
    CHECK(s.value.SourceOf(s.value.text().find("third")) == text.find("third"));
    CHECK(s.end == text.find("third") + 5);
  }
  SUBCASE("double-quoted with escapes and trailing blanks before a fold") {
    std::string text = "k: \"a\\tb  \n   c\\x41\"\n";
    YamlScalar s = Map(text, "\"", "a\tb cA");
    CHECK(s.exact);
    CHECK(s.quoted);
    CHECK(s.begin == 4);
    CHECK(s.end == text.rfind('"'));
    CHECK(s.value.SourceOf(s.value.text().find('A')) == text.find("\\x41"));
  }
  SUBCASE("single-quoted with '' and a property before it") {
    std::string text = "k: &a !!str 'it''s'\n";
    YamlScalar s = Map(text, "&a", "it's");
    CHECK(s.exact);
    CHECK(s.begin == text.find("it"));
    CHECK(s.value.SourceOf(2) == text.find("''"));
    CHECK(s.value.SourceEndOf(3) == text.find("''") + 2);
  }
  SUBCASE("literal block with keep chomping") {
    std::string text = "k: |+\n  one\n\n  two\n\nn: x\n";
    YamlScalar s = Map(text, "|", "one\n\ntwo\n\n");
    CHECK(s.exact);
    CHECK(s.begin == text.find("one"));
    CHECK(s.end == text.find("two") + 3);
  }
  SUBCASE("folded block: more-indented lines keep their breaks") {
    std::string text = "k: >\n  a\n  b\n    code\n  c\n";
    YamlScalar s = Map(text, ">", "a b\n  code\nc\n");
    CHECK(s.exact);
    CHECK(s.value.SourceOf(s.value.text().find("code")) == text.find("code"));
  }
  SUBCASE("an empty block scalar") {
    YamlScalar s = Map("k: |\nn: x\n", "|", "");
    CHECK(s.exact);
    CHECK(s.value.empty());
  }
}

TEST_CASE("YAML scalars: a value the decoder does not reproduce points at its start") {
  std::string text = "k: written text\n";
  YamlScalar s = Map(text, "written", "another value");
  CHECK_FALSE(s.exact);
  CHECK(s.value.text() == "another value");
  CHECK(s.value.SourceOf(0) == text.find("written"));
  CHECK(s.value.SourceOf(8) == text.find("written"));
}

TEST_CASE("YAML scalars: an unterminated quote is an error at the quote") {
  SourceFile file("s.yaml", "a: 1\nk: 'never closed\n");
  auto mapped = MapYamlScalar(file, file.bytes().find('\''), false, "never closed");
  REQUIRE_FALSE(mapped.ok());
  CHECK(mapped.error().line == 2);
  CHECK(mapped.error().column == 4);
  CHECK(mapped.error().message ==
        "invalid YAML: unterminated single-quoted string; add the "
        "closing '");
}

}  // namespace
}  // namespace hirelint
