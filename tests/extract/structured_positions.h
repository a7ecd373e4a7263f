#pragma once
// Position checks shared by the JSON and YAML extractor tests: an item's reported line and
// column, turned back into a byte offset, must land on the item's first word in the file as
// written (escapes decoded: `\u00e9`, `\"`, `''`).

#include "core/utf8.h"
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/source_file.h"
#include "extract/item.h"

namespace hirelint::testing {

// Byte offset of a 1-based line and column (column in code points), the inverse of
// SourceFile::PositionOf.
inline size_t OffsetOf(const SourceFile& file, Position p) {
  const std::string& b = file.bytes();
  size_t at = file.LineStart(p.line);
  if (p.line == 1) at += file.bom_length();
  for (size_t column = 1; column < p.column && at < b.size(); ++column) {
    ++at;
    while (at < b.size() && (static_cast<unsigned char>(b[at]) & 0xC0) == 0x80) ++at;
  }
  return at;
}


// The first `length` bytes of the text written at `offset`, with JSON/YAML escapes decoded
// (\uXXXX incl. surrogate pairs, \xXX, \n, \", \\, \/ and YAML's '' for ').
inline std::string UnescapedAt(const std::string& b, size_t offset, size_t length) {
  std::string out;
  size_t i = offset;
  auto hex = [&](size_t at, size_t digits) -> long {
    if (at + digits > b.size()) return -1;
    return std::stol(b.substr(at, digits), nullptr, 16);
  };
  while (i < b.size() && out.size() < length) {
    if (b[i] == '\\' && i + 1 < b.size()) {
      char e = b[i + 1];
      if (e == 'u') {
        long cp = hex(i + 2, 4);
        size_t used = 6;
        if (cp >= 0xD800 && cp <= 0xDBFF && b.compare(i + 6, 2, "\\u") == 0) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (hex(i + 8, 4) - 0xDC00);
          used = 12;
        }
        AppendUtf8(static_cast<uint32_t>(cp), &out);
        i += used;
        continue;
      }
      if (e == 'x') {
        AppendUtf8(static_cast<uint32_t>(hex(i + 2, 2)), &out);
        i += 4;
        continue;
      }
      out.push_back(e == 'n' ? '\n' : e == 't' ? '\t' : e);
      i += 2;
      continue;
    }
    if (b[i] == '\'' && i + 1 < b.size() && b[i + 1] == '\'') {
      out.push_back('\'');
      i += 2;
      continue;
    }
    out.push_back(b[i++]);
  }
  return out;
}

inline std::string FirstWord(const std::string& text) { return text.substr(0, text.find(' ')); }

// True when the item's reported position (line and column of SourceBegin) holds its first word.
inline bool FirstWordAtReportedPosition(const SourceFile& file, const Item& item) {
  std::string word = FirstWord(item.text);
  size_t at = OffsetOf(file, file.PositionOf(item.SourceBegin()));
  return !word.empty() && UnescapedAt(file.bytes(), at, word.size()) == word;
}

// The first word of the item's text that does not sit, unescaped, at the source offset its
// map gives; "" when every word does. Stronger than the first-word check: it proves the map
// for escapes, folded lines and removed Markdown inside the item. A word is compared up to its
// first ASCII punctuation ("engineering" of "engineering," written "**engineering**,"), or
// whole when it starts with punctuation.
inline std::string MisplacedWord(const SourceFile& file, const Item& item) {
  size_t i = 0;
  while (i < item.text.size()) {
    size_t end = item.text.find(' ', i);
    if (end == std::string::npos) end = item.text.size();
    std::string word = item.text.substr(i, end - i);
    size_t stem = 0;
    while (stem < word.size() && !std::ispunct(static_cast<unsigned char>(word[stem]))) ++stem;
    std::string compared = stem > 0 ? word.substr(0, stem) : word;
    size_t at = item.map.ToSource(i);
    if (UnescapedAt(file.bytes(), at, compared.size()) != compared) return word;
    i = end + 1;
  }
  return "";
}

}  // namespace hirelint::testing
