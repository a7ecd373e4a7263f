// MappedText: decoded text emitted into a CleanTextBuilder keeps pointing at the file, and
// inline Markdown is removed from decoded text with the map intact.

#include <doctest/doctest.h>

#include <string>

#include "extract/mapped_text.h"

namespace hirelint {
namespace {

// Decoded text for `source` where each "\e" stands for an é (as a JSON escape would).
MappedText Decode(const std::string& source) {
  MappedText t;
  size_t run = 0;
  for (size_t i = 0; i + 1 < source.size(); ++i) {
    if (source[i] == '\\' && source[i + 1] == 'e') {
      t.AppendVerbatim(source, run, i);
      t.AppendDecoded("é", i, i + 2);
      run = i + 2;
      ++i;
    }
  }
  t.AppendVerbatim(source, run, source.size());
  return t;
}

std::string Markdown(const std::string& source, SourceMap* map = nullptr) {
  MappedText t = Decode(source);
  CleanTextBuilder b(source);
  AppendMappedMarkdown(t, 0, t.text().size(), &b);
  SourceMap local;
  std::string text = b.TakeText(map != nullptr ? map : &local);
  return text;
}

TEST_CASE("MappedText: emitting a range keeps escapes and verbatim bytes mapped") {
  const std::string source = "  caf\\e au lait\\e  ";
  MappedText t = Decode(source);
  CHECK(t.text() == "  café au laité  ");
  CleanTextBuilder b(source);
  t.Emit(0, t.text().size(), &b);
  SourceMap map;
  std::string text = b.TakeText(&map);
  CHECK(text == "café au laité");
  CHECK(map.ToSource(0) == 2);
  CHECK(map.ToSource(text.find("é")) == source.find("\\e"));
  CHECK(map.ToSourceEnd(text.find("é") + 2) == source.find("\\e") + 2);
  CHECK(map.ToSource(text.find("au")) == source.find("au"));
  // A sub-range.
  CleanTextBuilder part(source);
  t.Emit(t.text().find("au"), t.text().find("lait") + 4, &part);
  SourceMap part_map;
  CHECK(part.TakeText(&part_map) == "au lait");
  CHECK(part_map.ToSource(0) == source.find("au"));
}

TEST_CASE("MappedText: Markdown markers go, prose and positions stay") {
  SourceMap map;
  const std::string source = "**Bold\\e:** see [the docs](https://x.example/a_b) *now*";
  CHECK(Markdown(source, &map) == "Boldé: see the docs now");
  CHECK(map.ToSource(0) == source.find("Bold"));
  CHECK(map.ToSource(std::string("Boldé: see ").size()) == source.find("the docs"));
  CHECK(Markdown("snake_case and 2*3 stay") == "snake_case and 2*3 stay");
  CHECK(Markdown("![diagram](d.png) shows `kubectl` use") == "diagram shows kubectl use");
  CHECK(Markdown("see https://example.com/x now") == "see now");
  CHECK(Markdown("a \\*literal\\* star") == "a *literal* star");
  CHECK(Markdown("[unclosed link text") == "[unclosed link text");
  CHECK(Markdown("~~gone~~ kept") == "gone kept");
}

}  // namespace
}  // namespace hirelint
