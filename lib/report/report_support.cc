#include "report/report_support.h"

#include <algorithm>

#include "report/json_writer.h"

namespace hirelint {

SpanPosition PositionsOf(const SourceFile& source, size_t begin, size_t end) {
  return {source.PositionOf(begin), source.PositionOf(std::max(begin, end))};
}

void WriteLocated(const std::string& path, const Position& at, JsonWriter* w) {
  w->Key("file");
  w->String(path);
  if (at.page > 0) {
    w->Key("page");
    w->Uint(at.page);
  }
  w->Key("line");
  w->Uint(at.line);
  w->Key("column");
  w->Uint(at.column);
}

size_t ByteColumn(const SourceFile& source, size_t offset) {
  offset = std::min(offset, source.bytes().size());
  Position p = source.PositionOf(offset);
  size_t start = source.LineStart(p.line);
  if (p.line == 1) start = std::max(start, std::min(source.bom_length(), offset));
  return offset - start + 1;
}

std::string XmlEscape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\t':
        out += "&#9;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += "\xEF\xBF\xBD";
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string MessageOf(const SourceFile& source, const Finding& finding) {
  if (!source.paged()) return finding.message;
  return "page " + std::to_string(source.PositionOf(finding.begin).page) + ": " + finding.message;
}

std::string MessageWithSuggestion(const SourceFile& source, const Finding& finding) {
  std::string message = MessageOf(source, finding);
  if (finding.suggestion.empty()) return message;
  return message + " (suggestion: " + finding.suggestion + ")";
}

}  // namespace hirelint
