#include "extract/markdown_inline.h"

#include <cctype>

#include "extract/line_scanner.h"

#include <cstring>
#include <string>

namespace hirelint {
namespace {

bool IsAsciiPunct(char c) { return std::strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) && c; }
bool IsSpaceOrEdge(const std::string& s, size_t i, size_t begin, size_t end) {
  if (i < begin || i >= end) return true;
  char c = s[i];
  return c == ' ' || c == '\t' || IsAsciiPunct(c);
}

// Finds the ']' closing the '[' at `open`, honouring nesting and escapes; npos if none.
size_t MatchBracket(const std::string& s, size_t open, size_t end) {
  int depth = 0;
  for (size_t i = open; i < end; ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '[') {
      ++depth;
    } else if (s[i] == ']' && --depth == 0) {
      return i;
    }
  }
  return std::string::npos;
}

size_t MatchParen(const std::string& s, size_t open, size_t end) {
  int depth = 0;
  for (size_t i = open; i < end; ++i) {
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && --depth == 0) return i;
  }
  return std::string::npos;
}

struct Entity {
  const char* name;
  const char* text;
};
const Entity kEntities[] = {{"&amp;", "&"},   {"&lt;", "<"},    {"&gt;", ">"},
                            {"&quot;", "\""}, {"&#39;", "'"},   {"&apos;", "'"},
                            {"&nbsp;", " "},  {"&ndash;", "–"}, {"&mdash;", "—"},
                            {"&rarr;", "→"},  {"&times;", "×"}, {"&middot;", "·"}};

}  // namespace

void AppendInlineMarkdown(const std::string& s, size_t begin, size_t end,
                          CleanTextBuilder* b) {
  size_t run = begin;  // start of the pending verbatim run
  auto flush = [&](size_t upto) {
    if (upto > run) b->AppendSource(run, upto);
  };
  size_t i = begin;
  while (i < end) {
    char c = s[i];
    if (c == '\\' && i + 1 < end && IsAsciiPunct(s[i + 1])) {
      flush(i);
      b->AppendReplacement(std::string(1, s[i + 1]), i, i + 2);
      i += 2;
      run = i;
      continue;
    }
    if (c == '`') {  // code span markers go; the code inside stays (tool names live there)
      flush(i);
      size_t j = i;
      while (j < end && s[j] == '`') ++j;
      i = j;
      run = i;
      continue;
    }
    if ((c == '*' || c == '_' || c == '~')) {
      size_t j = i;
      while (j < end && s[j] == c) ++j;
      bool left_edge = IsSpaceOrEdge(s, i - 1, begin, end) || i == begin;
      bool right_edge = IsSpaceOrEdge(s, j, begin, end);
      // A marker run is emphasis when it touches a word on one side only, or is doubled.
      // "snake_case" and "2*3" keep their characters.
      if ((left_edge != right_edge) || j - i >= 2) {
        if (c == '~' && j - i < 2) {
          i = j;
          continue;
        }
        flush(i);
        i = j;
        run = i;
        continue;
      }
      i = j;
      continue;
    }
    if (c == '!' && i + 1 < end && s[i + 1] == '[') {
      flush(i);
      ++i;
      run = i;
      continue;  // the image's alt text is handled as a link's text below
    }
    if (c == '[') {
      size_t close = MatchBracket(s, i, end);
      if (close != std::string::npos) {
        size_t after = close + 1;
        size_t target_end = std::string::npos;
        if (after < end && s[after] == '(') target_end = MatchParen(s, after, end);
        if (after < end && s[after] == '[') target_end = MatchBracket(s, after, end);
        if (target_end != std::string::npos || (close > i + 1 && s[i + 1] != ' ')) {
          flush(i);
          AppendInlineMarkdown(s, i + 1, close, b);
          i = target_end != std::string::npos ? target_end + 1 : close + 1;
          run = i;
          continue;
        }
      }
    }
    if (c == '<') {
      size_t close = s.find('>', i);
      bool tag = close != std::string::npos && close < end && i + 1 < end &&
                 (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/');
      if (tag) {
        flush(i);
        b->AppendBreak(i);  // <br>, <li>, <td>: a word break; inline tags rarely split words
        i = close + 1;
        run = i;
        continue;
      }
    }
    if (c == '&') {
      bool matched = false;
      for (const Entity& e : kEntities) {
        size_t len = std::strlen(e.name);
        if (i + len <= end && s.compare(i, len, e.name) == 0) {
          flush(i);
          b->AppendReplacement(e.text, i, i + len);
          i += len;
          run = i;
          matched = true;
          break;
        }
      }
      if (matched) continue;
    }
    if ((c == 'h' || c == 'w') &&
        (s.compare(i, 8, "https://") == 0 || s.compare(i, 7, "http://") == 0 ||
         s.compare(i, 4, "www.") == 0) &&
        (i == begin || IsBlank(s[i - 1]) || s[i - 1] == '(')) {
      flush(i);  // a bare URL is an address, not prose
      size_t j = i;
      while (j < end && !IsBlank(s[j]) && s[j] != ')') ++j;
      b->AppendBreak(i);
      i = j;
      run = i;
      continue;
    }
    ++i;
  }
  flush(end);
}

}  // namespace hirelint
