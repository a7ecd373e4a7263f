#include "core/utf8.h"
#include "extract/yaml_scalar.h"

#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

namespace hirelint {
namespace {

bool IsBreak(char c) { return c == '\n' || c == '\r'; }
bool IsWhite(char c) { return c == ' ' || c == '\t'; }
bool IsFlowIndicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

// Offset just past the line break at `at` ("\n", "\r\n" or "\r").
size_t SkipBreak(const std::string& s, size_t at) {
  if (s[at] == '\r' && at + 1 < s.size() && s[at + 1] == '\n') return at + 2;
  return at + 1;
}

size_t LineEndFrom(const std::string& s, size_t at) {
  while (at < s.size() && !IsBreak(s[at])) ++at;
  return at;
}


// Skips a node's properties (&anchor, !tag, !<verbatim>) and the blanks, comments and line
// breaks after them, so `at` lands on the scalar's first byte.
size_t SkipProperties(const std::string& s, size_t at) {
  bool had_property = false;
  while (at < s.size()) {
    char c = s[at];
    if (c == '&' || c == '!') {
      had_property = true;
      if (c == '!' && at + 1 < s.size() && s[at + 1] == '<') {
        while (at < s.size() && s[at] != '>' && !IsBreak(s[at])) ++at;
        if (at < s.size() && s[at] == '>') ++at;
      } else {
        while (at < s.size() && !IsWhite(s[at]) && !IsBreak(s[at])) ++at;
      }
      continue;
    }
    if (!had_property) break;
    if (IsWhite(c)) {
      ++at;
    } else if (IsBreak(c)) {
      at = SkipBreak(s, at);
    } else if (c == '#') {
      at = LineEndFrom(s, at);
    } else {
      break;
    }
  }
  return at;
}

// One line of a plain scalar from `from`: returns one past its last non-blank byte before the
// end of the line, a ": " (or ':' before a flow indicator in flow context), a " #" comment, or
// (in flow context) a flow indicator.
size_t ScanPlainLine(const std::string& s, size_t from, bool in_flow) {
  size_t last = from;
  for (size_t j = from; j < s.size(); ++j) {
    char c = s[j];
    if (IsBreak(c)) break;
    if (c == ':' && (j + 1 >= s.size() || IsWhite(s[j + 1]) || IsBreak(s[j + 1]) ||
                     (in_flow && IsFlowIndicator(s[j + 1])))) {
      break;
    }
    if (c == '#' && j > from && IsWhite(s[j - 1])) break;
    if (in_flow && IsFlowIndicator(c)) break;
    if (!IsWhite(c)) last = j + 1;
  }
  return last;
}

// After a line break at `at` inside a flow scalar (plain or quoted): skips the break, the empty
// lines after it and the next line's leading blanks. Returns where the next content starts and
// sets *empty_lines; `at` may be s.size() when the file ends.
size_t SkipFold(const std::string& s, size_t at, size_t* empty_lines) {
  *empty_lines = 0;
  at = SkipBreak(s, at);
  while (true) {
    while (at < s.size() && IsWhite(s[at])) ++at;
    if (at < s.size() && IsBreak(s[at])) {
      ++*empty_lines;
      at = SkipBreak(s, at);
      continue;
    }
    return at;
  }
}

std::string FoldText(size_t empty_lines) {
  return empty_lines == 0 ? std::string(" ") : std::string(empty_lines, '\n');
}

void DecodePlain(const std::string& s, size_t at, bool in_flow, const std::string& expected,
                 YamlScalar* out) {
  size_t e = ScanPlainLine(s, at, in_flow);
  out->value.AppendVerbatim(s, at, e);
  out->end = e;
  // The continuation lines are read while the value is still shorter than yaml-cpp's: where a
  // multi-line plain scalar ends depends on the indentation of its parent, which yaml-cpp
  // already resolved.
  while (out->value.text().size() < expected.size()) {
    size_t p = e;
    while (p < s.size() && IsWhite(s[p])) ++p;
    if (p >= s.size() || !IsBreak(s[p])) break;
    size_t empty = 0;
    p = SkipFold(s, p, &empty);
    if (p >= s.size() || s[p] == '#') break;
    size_t next = ScanPlainLine(s, p, in_flow);
    if (next == p) break;
    out->value.AppendDecoded(FoldText(empty), out->end, p);
    out->value.AppendVerbatim(s, p, next);
    out->end = e = next;
  }
}

Error Unterminated(const SourceFile& file, size_t open, char quote) {
  return InputErrorAt(file, open,
                      std::string("invalid YAML: unterminated ") +
                          (quote == '"' ? "double" : "single") +
                          "-quoted string; add the closing " + quote);
}

// Decodes a double-quoted escape at `at` (a '\\' not before a line break): its text and
// length, or nullopt when it is not a YAML escape.
std::optional<std::pair<std::string, size_t>> DecodeEscape(const std::string& s, size_t at) {
  if (at + 1 >= s.size()) return std::nullopt;
  char e = s[at + 1];
  const char* simple = nullptr;
  switch (e) {
    case '0':
      return std::make_pair(std::string(1, '\0'), size_t{2});
    case 'a':
      simple = "\a";
      break;
    case 'b':
      simple = "\b";
      break;
    case 't':
    case '\t':
      simple = "\t";
      break;
    case 'n':
      simple = "\n";
      break;
    case 'v':
      simple = "\v";
      break;
    case 'f':
      simple = "\f";
      break;
    case 'r':
      simple = "\r";
      break;
    case 'e':
      simple = "\x1b";
      break;
    case ' ':
      simple = " ";
      break;
    case '"':
      simple = "\"";
      break;
    case '/':
      simple = "/";
      break;
    case '\\':
      simple = "\\";
      break;
    case 'N':
      simple = "\xC2\x85";
      break;
    case '_':
      simple = "\xC2\xA0";
      break;
    case 'L':
      simple = "\xE2\x80\xA8";
      break;
    case 'P':
      simple = "\xE2\x80\xA9";
      break;
    default:
      break;
  }
  if (simple != nullptr) return std::make_pair(std::string(simple), size_t{2});
  size_t digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
  if (digits == 0 || at + 2 + digits > s.size()) return std::nullopt;
  uint32_t cp = 0;
  for (size_t k = at + 2; k < at + 2 + digits; ++k) {
    char c = s[k];
    cp <<= 4;
    if (c >= '0' && c <= '9') {
      cp |= static_cast<uint32_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      cp |= static_cast<uint32_t>(c - 'a' + 10);
    } else if (c >= 'A' && c <= 'F') {
      cp |= static_cast<uint32_t>(c - 'A' + 10);
    } else {
      return std::nullopt;
    }
  }
  if (cp > 0x10FFFF) return std::nullopt;
  std::string text;
  AppendUtf8(cp, &text);
  return std::make_pair(text, 2 + digits);
}

// A quoted scalar with its opening quote at `open`. Line breaks fold (trailing and leading
// blanks dropped, one break -> space, n empty lines -> n newlines); in double quotes a '\\'
// before a break joins the lines without a space.
std::optional<Error> DecodeQuoted(const SourceFile& file, size_t open, YamlScalar* out) {
  const std::string& s = file.bytes();
  const char quote = s[open];
  MappedText& v = out->value;
  size_t i = open + 1;
  size_t run = i;
  size_t trailing_blanks = 0;  // verbatim blanks at the end of the current line's text
  auto flush = [&](size_t upto) { v.AppendVerbatim(s, run, upto); };
  while (true) {
    if (i >= s.size()) return Unterminated(file, open, quote);
    char c = s[i];
    if (c == quote) {
      if (quote == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
        flush(i);
        v.AppendDecoded("'", i, i + 2);
        i += 2;
        run = i;
        trailing_blanks = 0;
        continue;
      }
      flush(i);
      out->end = i;
      return std::nullopt;
    }
    if (quote == '"' && c == '\\') {
      flush(i);
      if (i + 1 < s.size() && IsBreak(s[i + 1])) {  // escaped line break: no space
        size_t j = SkipBreak(s, i + 1);
        while (j < s.size() && IsWhite(s[j])) ++j;
        i = j;
        run = i;
        trailing_blanks = 0;
        continue;
      }
      auto decoded = DecodeEscape(s, i);
      size_t len = decoded ? decoded->second : 2;
      // An unknown escape is left as written; yaml-cpp's value then differs and the scalar
      // falls back to pointing at its start.
      if (decoded) {
        v.AppendDecoded(decoded->first, i, i + len);
      } else {
        v.AppendVerbatim(s, i, std::min(i + len, s.size()));
      }
      i = std::min(i + len, s.size());
      run = i;
      trailing_blanks = 0;
      continue;
    }
    if (IsBreak(c)) {
      flush(i);
      v.DropVerbatimTail(trailing_blanks);
      size_t fold_begin = i - trailing_blanks;
      size_t empty = 0;
      size_t j = SkipFold(s, i, &empty);
      if (j >= s.size()) return Unterminated(file, open, quote);
      v.AppendDecoded(FoldText(empty), fold_begin, j);
      i = j;
      run = i;
      trailing_blanks = 0;
      continue;
    }
    trailing_blanks = IsWhite(c) ? trailing_blanks + 1 : 0;
    ++i;
  }
}

struct BlockLine {
  size_t start;    // first byte of the line
  size_t content;  // first content byte (start + indentation)
  size_t end;      // one past the last byte before the line break
  bool empty;      // only blanks
};

// A block scalar whose header ('|' or '>') is at `header`, with its content indented by
// `indent` spaces; `lines` are the lines after the header that may belong to it.
void DecodeBlock(const std::string& s, size_t header, const std::vector<BlockLine>& lines,
                 size_t indent, bool literal, char chomp, YamlScalar* out) {
  MappedText& v = out->value;
  size_t header_end = LineEndFrom(s, header);
  // Lines that belong to the scalar: empty ones and those indented at least `indent`.
  size_t count = 0;
  for (const BlockLine& l : lines) {
    if (!l.empty && l.content - l.start < indent) break;
    ++count;
  }
  size_t last_content = count;  // index of the last non-empty line
  for (size_t k = 0; k < count; ++k) {
    if (!lines[k].empty) last_content = k;
  }
  if (last_content == count) {  // no content at all
    out->begin = out->end = header_end;
    if (chomp == '+' && count > 0)
      v.AppendDecoded(std::string(count, '\n'), header_end, header_end);
    return;
  }
  size_t prev_end = header_end;  // end of the previous content line (or the header)
  bool prev_more_indented = false;
  bool first = true;
  size_t empties = 0;
  for (size_t k = 0; k <= last_content; ++k) {
    const BlockLine& l = lines[k];
    if (l.empty) {
      ++empties;
      continue;
    }
    size_t content = l.start + indent;
    bool more_indented = content < l.end && IsWhite(s[content]);
    std::string sep;
    if (first) {
      sep.assign(empties, '\n');
      out->begin = content;
    } else if (literal || prev_more_indented || more_indented) {
      sep.assign(empties + 1, '\n');
    } else {
      sep = FoldText(empties);
    }
    v.AppendDecoded(sep, prev_end, content);
    v.AppendVerbatim(s, content, l.end);
    prev_end = l.end;
    prev_more_indented = more_indented;
    first = false;
    empties = 0;
  }
  out->end = prev_end;
  if (chomp == '-') return;
  size_t trailing = 1 + (chomp == '+' ? count - 1 - last_content : 0);
  v.AppendDecoded(std::string(trailing, '\n'), prev_end, prev_end);
}

void DecodeBlockScalar(const std::string& s, size_t header, const std::string& expected,
                       YamlScalar* out) {
  const bool literal = s[header] == '|';
  char chomp = 0;
  size_t explicit_indent = 0;
  size_t i = header + 1;
  for (int k = 0; k < 2 && i < s.size(); ++k, ++i) {
    if (s[i] == '+' || s[i] == '-') {
      chomp = s[i];
    } else if (s[i] >= '1' && s[i] <= '9') {
      explicit_indent = static_cast<size_t>(s[i] - '0');
    } else {
      break;
    }
  }
  std::vector<BlockLine> lines;
  size_t at = LineEndFrom(s, header);
  size_t auto_indent = 0;
  while (at < s.size()) {
    at = SkipBreak(s, at);
    if (at >= s.size()) break;
    BlockLine l;
    l.start = at;
    size_t j = at;
    while (j < s.size() && s[j] == ' ') ++j;
    l.content = j;
    size_t k = j;
    while (k < s.size() && IsWhite(s[k])) ++k;
    l.end = LineEndFrom(s, at);
    l.empty = k == l.end;
    if (!l.empty) {
      size_t line_indent = j - at;
      if (auto_indent == 0) {
        auto_indent = line_indent;
        if (auto_indent == 0) break;  // the scalar is empty; this line is the next node
      }
      // A line indented less than any candidate indentation ends the scalar.
      if (line_indent < (explicit_indent > 0 ? explicit_indent : auto_indent)) break;
    }
    lines.push_back(l);
    at = l.end;
  }
  // The content indentation is auto-detected from the first content line. An explicit
  // indentation indicator counts from the parent's indentation, which the caller does not
  // know, so then every indentation up to the detected one is tried against yaml-cpp's value.
  size_t lowest = explicit_indent > 0 ? explicit_indent : auto_indent;
  for (size_t indent = auto_indent; indent >= lowest && indent > 0; --indent) {
    YamlScalar attempt;
    DecodeBlock(s, header, lines, indent, literal, chomp, &attempt);
    if (attempt.value.text() == expected || indent == lowest) {
      out->value = std::move(attempt.value);
      out->begin = attempt.begin;
      out->end = attempt.end;
      return;
    }
  }
  out->begin = out->end = LineEndFrom(s, header);
}

}  // namespace

Result<YamlScalar> MapYamlScalar(const SourceFile& file, size_t mark, bool in_flow,
                                 const std::string& expected) {
  const std::string& s = file.bytes();
  YamlScalar out;
  size_t at = SkipProperties(s, std::min(mark, s.size()));
  if (at >= s.size()) {
    out.begin = out.end = s.size();
  } else if (s[at] == '"' || s[at] == '\'') {
    out.quoted = true;
    out.begin = at + 1;
    if (auto e = DecodeQuoted(file, at, &out)) return *e;
  } else if (s[at] == '|' || s[at] == '>') {
    out.quoted = true;
    DecodeBlockScalar(s, at, expected, &out);
  } else {
    out.begin = at;
    DecodePlain(s, at, in_flow, expected, &out);
  }
  if (out.value.text() != expected) {
    out.exact = false;
    out.value = MappedText();
    out.value.AppendDecoded(expected, out.begin, out.begin);
    out.end = std::max(out.end, out.begin);
  }
  return out;
}

}  // namespace hirelint
