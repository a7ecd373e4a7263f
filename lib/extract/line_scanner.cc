#include "extract/line_scanner.h"

#include <cstring>

namespace hirelint {

std::vector<Line> SplitLines(const std::string& bytes, size_t begin) {
  std::vector<Line> lines;
  size_t start = begin;
  const size_t n = bytes.size();
  for (size_t i = begin; i < n; ++i) {
    if (bytes[i] == '\n') {
      lines.push_back({start, i});
      start = i + 1;
    } else if (bytes[i] == '\r') {
      lines.push_back({start, i});
      if (i + 1 < n && bytes[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  if (start < n) lines.push_back({start, n});
  return lines;
}

size_t CountWords(const std::string& text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool blank = c == ' ';
    if (!blank && !in_word) ++words;
    in_word = !blank;
  }
  return words;
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

size_t SkipBlanks(const std::string& bytes, size_t at, size_t end) {
  while (at < end && IsBlank(bytes[at])) ++at;
  return at;
}

size_t TrimBlanksEnd(const std::string& bytes, size_t begin, size_t end) {
  while (end > begin && IsBlank(bytes[end - 1])) --end;
  return end;
}

size_t BulletMarkerLength(const std::string& bytes, size_t at, size_t end, bool allow_numbers) {
  static const char* const kGlyphs[] = {"-", "*", "+", "\xE2\x80\xA2" /* • */,
                                        "\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */,
                                        "\xE2\x96\xAA" /* ▪ */, "\xE2\x97\xA6" /* ◦ */,
                                        "\xE2\x97\x8F" /* ● */, "\xC2\xB7" /* · */,
                                        "\xE2\x9E\xA2" /* ➢ */, "\xE2\x96\xBA" /* ► */,
                                        "\xE2\x9C\x93" /* ✓ */, "\xE2\x80\xA3" /* ‣ */,
                                        "\xE2\x81\x83" /* ⁃ */};
  size_t marker = 0;
  for (const char* g : kGlyphs) {
    size_t len = std::strlen(g);
    if (at + len <= end && bytes.compare(at, len, g) == 0) {
      marker = len;
      break;
    }
  }
  if (marker == 0 && allow_numbers) {
    size_t i = at;
    while (i < end && i - at < 3 && bytes[i] >= '0' && bytes[i] <= '9') ++i;
    if (i > at && i < end && (bytes[i] == '.' || bytes[i] == ')')) marker = i + 1 - at;
  }
  if (marker == 0) return 0;
  size_t after = at + marker;
  if (after == end) return marker;
  if (!IsBlank(bytes[after])) return 0;
  return SkipBlanks(bytes, after, end) - at;
}

}  // namespace hirelint
