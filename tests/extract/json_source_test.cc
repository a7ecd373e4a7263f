// The positional JSON reader: structure, decoded strings mapped back to their escapes, and a
// clear PATH:LINE:COL error for every kind of malformed input, deep nesting included.

#include <doctest/doctest.h>

#include <string>

#include "extract/json_source.h"

namespace hirelint {
namespace {

Result<DocTree> Parse(const std::string& text) { return ParseJson(SourceFile("t.json", text)); }

const DocNode& Root(const DocTree& tree) { return tree.at(tree.roots().at(0)); }

struct BadCase {
  const char* name;
  std::string text;
  size_t line;
  size_t column;
  const char* message;  // a part of the message
};

TEST_CASE("JSON: objects, arrays and scalars keep their order and spans") {
  const std::string text = "{\"a\": [1, -2.5e3, true, null, \"x\"], \"b\": {}}";
  auto tree = Parse(text);
  REQUIRE(tree.ok());
  const DocTree& t = tree.value();
  const DocNode& root = Root(t);
  REQUIRE(root.kind == DocKind::kMapping);
  REQUIRE(root.keys.size() == 2);
  CHECK(t.at(root.keys[0]).value.text() == "a");
  CHECK(t.at(root.keys[1]).value.text() == "b");
  const DocNode* a = t.Get(root, "a");
  REQUIRE(a != nullptr);
  REQUIRE(a->kind == DocKind::kSequence);
  REQUIRE(a->items.size() == 5);
  CHECK(t.at(a->items[0]).value.text() == "1");
  CHECK(t.at(a->items[1]).value.text() == "-2.5e3");
  CHECK_FALSE(t.at(a->items[1]).quoted);
  CHECK(t.at(a->items[2]).value.text() == "true");
  CHECK(t.at(a->items[3]).kind == DocKind::kNull);
  const DocNode& x = t.at(a->items[4]);
  CHECK(x.quoted);
  CHECK(x.begin == text.find("x\""));    // the first content byte, after the quote
  CHECK(x.end == text.find("x\"") + 1);  // the closing quote
  CHECK(t.Get(root, "b")->kind == DocKind::kMapping);
  CHECK(t.Get(root, "missing") == nullptr);
  CHECK(a->begin == text.find('['));
  CHECK(a->end == text.find(']') + 1);
}

TEST_CASE("JSON: escapes decode, and each decoded character maps to its escape") {
  //                            0         1         2         3         4
  //                            01234567890123456789012345678901234567890123456
  const std::string text = R"({"s": "caf\u00e9 \"q\" a\nb \ud83d\ude80 \/ \\ z"})";
  auto tree = Parse(text);
  REQUIRE(tree.ok());
  const DocNode* s = tree.value().Get(Root(tree.value()), "s");
  REQUIRE(s != nullptr);
  const MappedText& v = s->value;
  CHECK(v.text() == "caf\xC3\xA9 \"q\" a\nb \xF0\x9F\x9A\x80 / \\ z");
  // "é" (two bytes) maps to the six bytes of \u00e9.
  size_t e = v.text().find("\xC3\xA9");
  CHECK(v.SourceOf(e) == text.find("\\u00e9"));
  CHECK(v.SourceEndOf(e + 2) == text.find("\\u00e9") + 6);
  CHECK(v.SourceOf(v.text().find('"')) == text.find("\\\"q"));
  CHECK(v.SourceOf(v.text().find('\n')) == text.find("\\n"));
  CHECK(v.SourceOf(v.text().find('b')) == text.find("b \\ud83d"));
  // A surrogate pair is one character standing for twelve bytes.
  size_t rocket = v.text().find("\xF0\x9F\x9A\x80");
  CHECK(v.SourceOf(rocket) == text.find("\\ud83d"));
  CHECK(v.SourceEndOf(rocket + 4) == text.find("\\ude80") + 6);
  CHECK(v.SourceOf(v.text().find('/')) == text.find("\\/"));
  CHECK(v.SourceOf(v.text().find('z')) == text.find('z'));
}

TEST_CASE("JSON: a byte order mark is skipped and positions stay file offsets") {
  const std::string text = "\xEF\xBB\xBF{\"k\": \"v\"}";
  SourceFile file("bom.json", text);
  auto tree = ParseJson(file);
  REQUIRE(tree.ok());
  const DocNode* v = tree.value().Get(Root(tree.value()), "k");
  REQUIRE(v != nullptr);
  CHECK(v->begin == text.find("v\""));
  CHECK(file.PositionOf(v->begin).column == 8);  // the BOM is not a column
}

TEST_CASE("JSON: malformed input gives PATH:LINE:COL and what is wrong") {
  const BadCase cases[] = {
      {"trailing comma in an array", "{\"work\": [1, 2,]}", 1, 15, "trailing comma before ']'"},
      {"trailing comma in an object", "{\n  \"a\": 1,\n}", 2, 9, "trailing comma before '}'"},
      {"unterminated string at the end", "{\"a\": \"abc", 1, 7, "unterminated string"},
      {"unterminated string at a line break", "{\n  \"a\": \"abc\n}", 2, 8, "unterminated string"},
      {"bad word", "{\"a\": tru}", 1, 7, "unexpected word 'tru'"},
      {"single quotes", "{\"a\": 'x'}", 1, 7, "double quotes"},
      {"comment", "{\"a\": 1 // note\n}", 1, 9, "does not allow comments"},
      {"comment where a value goes", "[// note\n1]", 1, 2, "comments"},
      {"missing colon", "{\"a\" 1}", 1, 6, "expected ':' after the key \"a\""},
      {"missing comma", "[1 2]", 1, 4, "expected ',' or ']'"},
      {"unquoted key", "{a: 1}", 1, 2, "keys must be strings in double quotes"},
      {"leading zero", "[01]", 1, 2, "leading zeros"},
      {"bad exponent", "[1e]", 1, 2, "exponent"},
      {"bad escape", "[\"a\\qb\"]", 1, 4, "invalid escape '\\q'"},
      {"short \\u", "[\"\\u12\"]", 1, 3, "four hex digits"},
      {"lone high surrogate", "[\"\\ud83d x\"]", 1, 3, "unpaired high surrogate"},
      {"lone low surrogate", "[\"\\ude80\"]", 1, 3, "unpaired low surrogate"},
      {"raw tab in a string", "[\"a\tb\"]", 1, 4, "raw control character U+0009"},
      {"mismatched bracket", "{\"a\": [1}", 1, 9, "does not match the '[' at line 1, column 7"},
      {"unclosed object", "{\"a\": 1", 1, 1, "never closed"},
      {"unclosed nested array", "{\"a\": [1,\n  2", 1, 7, "this array is never closed"},
      {"two values", "{} {}", 1, 4, "after the end of the JSON value"},
      {"empty file", "", 1, 1, "empty file"},
      {"only blanks", " \n ", 2, 2, "empty file"},
      {"value expected before a bracket", "[1, ]", 1, 3, "trailing comma"},
      {"nothing before a close", "{\"a\": }", 1, 7, "expected a value before '}'"},
  };
  for (const BadCase& c : cases) {
    CAPTURE(c.name);
    auto tree = Parse(c.text);
    REQUIRE_FALSE(tree.ok());
    const Error& e = tree.error();
    CHECK(e.path == "t.json");
    CHECK(e.kind == ErrorKind::kInput);
    CHECK(e.line == c.line);
    CHECK(e.column == c.column);
    CHECK(e.message.find(c.message) != std::string::npos);
    CHECK(e.message.rfind("invalid JSON: ", 0) == 0);
  }
}

TEST_CASE("JSON: columns of errors count code points, not bytes") {
  auto tree = Parse("{\"café\": \"é\", }");
  REQUIRE_FALSE(tree.ok());
  CHECK(tree.error().line == 1);
  CHECK(tree.error().column == 13);  // the comma, after two 2-byte characters
}

TEST_CASE("JSON: a long key in a message is cut at a character boundary") {
  std::string key;
  for (int i = 0; i < 30; ++i) key += "é";  // 60 bytes
  auto tree = Parse("{\"" + key + "\" 1}");
  REQUIRE_FALSE(tree.ok());
  std::string twenty;
  for (int i = 0; i < 20; ++i) twenty += "é";
  CHECK(tree.error().message == "invalid JSON: expected ':' after the key \"" + twenty + "\"");
}

TEST_CASE("JSON: 100,000 levels of nesting give an error, not a stack overflow") {
  const size_t n = 100000;
  SUBCASE("arrays") {
    auto tree = Parse(std::string(n, '[') + std::string(n, ']'));
    REQUIRE_FALSE(tree.ok());
    CHECK(tree.error().line == 1);
    CHECK(tree.error().column == kMaxDocumentDepth + 1);
    CHECK(tree.error().message.find("nested deeper than 256 levels") != std::string::npos);
  }
  SUBCASE("objects") {
    std::string text;
    for (size_t i = 0; i < n; ++i) text += "{\"a\":";
    text += "1" + std::string(n, '}');
    auto tree = Parse(text);
    REQUIRE_FALSE(tree.ok());
    CHECK(tree.error().column == kMaxDocumentDepth * 5 + 1);
  }
  SUBCASE("unclosed") {
    auto tree = Parse(std::string(n, '['));
    REQUIRE_FALSE(tree.ok());
    CHECK(tree.error().message.find("nested deeper") != std::string::npos);
  }
}

TEST_CASE("JSON: nesting up to the limit is read") {
  const size_t n = kMaxDocumentDepth;
  auto tree = Parse(std::string(n, '[') + "\"deep\"" + std::string(n, ']'));
  REQUIRE(tree.ok());
  size_t node = tree.value().roots().at(0);
  for (size_t depth = 1; depth < n; ++depth) node = tree.value().at(node).items.at(0);
  const DocNode& innermost = tree.value().at(tree.value().at(node).items.at(0));
  CHECK(innermost.value.text() == "deep");
  CHECK_FALSE(Parse(std::string(n + 1, '[') + std::string(n + 1, ']')).ok());
}

}  // namespace
}  // namespace hirelint
