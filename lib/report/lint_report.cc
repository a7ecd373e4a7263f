// lint's text and JSON formats.

#include "report/json_writer.h"
#include "report/report.h"
#include "report/report_support.h"

namespace hirelint {
namespace {

const char* SeverityColor(Severity s) {
  switch (s) {
    case Severity::kError:
      return "\x1b[1;31m";
    case Severity::kWarning:
      return "\x1b[1;33m";
    case Severity::kInfo:
      return "\x1b[1;36m";
  }
  return "";
}

// Number of code points in bytes[begin, end).
size_t CodePoints(const std::string& bytes, size_t begin, size_t end) {
  size_t n = 0;
  for (size_t i = begin; i < end && i < bytes.size(); ++i) {
    if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

void WriteSourceExcerpt(const SourceFile& source, const Finding& f, const TextStyle& style,
                        std::ostream& out) {
  Position start = source.PositionOf(f.begin);
  const size_t file_line = source.FileLine(start);
  size_t line_begin = source.LineStart(file_line);
  size_t line_end = source.LineEnd(file_line);
  if (line_begin == 0) line_begin = std::min(source.bom_length(), line_end);
  std::string number = std::to_string(start.line);
  std::string gutter(number.size(), ' ');
  std::string text = source.bytes().substr(line_begin, line_end - line_begin);
  for (char& c : text) {
    if (c == '\t') c = ' ';  // keep the marker under the right column
  }
  out << " " << number << " | " << text << "\n";
  size_t mark_end = std::min(f.end, line_end);
  size_t width = mark_end > f.begin ? CodePoints(source.bytes(), f.begin, mark_end) : 1;
  out << " " << gutter << " | " << std::string(start.column - 1, ' ');
  if (style.color) out << "\x1b[1;32m";
  out << "^" << std::string(width > 1 ? width - 1 : 0, '~');
  if (style.color) out << "\x1b[0m";
  out << "\n";
}

}  // namespace

std::string FormatLocation(const std::string& path, const Position& p) {
  if (p.page > 0) return path + ":" + std::to_string(p.page) + ":" + std::to_string(p.line);
  return path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

FindingCounts CountFindings(const std::vector<FileResult>& files) {
  FindingCounts c;
  for (const auto& file : files) {
    for (const auto& f : file.findings) {
      if (f.severity == Severity::kError) ++c.errors;
      if (f.severity == Severity::kWarning) ++c.warnings;
      if (f.severity == Severity::kInfo) ++c.infos;
    }
  }
  return c;
}

void WriteLintText(const std::vector<FileResult>& files, const TextStyle& style,
                   std::ostream& out) {
  size_t linted = 0;
  for (const FileResult& file : files) {
    if (file.error) continue;
    ++linted;
    for (const Finding& f : file.findings) {
      Position p = file.source.PositionOf(f.begin);
      if (style.color) out << "\x1b[1m";
      out << FormatLocation(file.path, p) << ": ";
      if (style.color) out << "\x1b[0m" << SeverityColor(f.severity);
      out << SeverityName(f.severity) << ":";
      if (style.color) out << "\x1b[0m\x1b[1m";
      out << " " << f.message;
      if (style.color) out << "\x1b[0m";
      out << " [" << f.rule << "]\n";
      if (f.item >= 0) WriteSourceExcerpt(file.source, f, style, out);
      if (!f.suggestion.empty()) out << "  suggestion: " << f.suggestion << "\n";
    }
  }
  if (linted == 0) return;  // every input failed; the errors on stderr say why
  FindingCounts c = CountFindings(files);
  size_t total = c.errors + c.warnings + c.infos;
  std::string files_word = std::to_string(linted) + (linted == 1 ? " file" : " files");
  if (total == 0) {
    out << "no findings in " << files_word << "\n";
    return;
  }
  out << total << (total == 1 ? " finding" : " findings") << " (" << c.errors
      << (c.errors == 1 ? " error, " : " errors, ") << c.warnings
      << (c.warnings == 1 ? " warning, " : " warnings, ") << c.infos << " info) in " << files_word
      << "\n";
}

void WriteLintJson(const std::vector<FileResult>& files, std::ostream& out) {
  JsonWriter w(out, 2);
  w.BeginArray();
  for (const FileResult& file : files) {
    if (file.error) continue;
    for (const Finding& f : file.findings) {
      Position b = file.source.PositionOf(f.begin);
      Position e = file.source.PositionOf(f.end);
      w.BeginObject();
      WriteLocated(file.path, b, &w);
      w.Key("end_line");
      w.Uint(e.line);
      w.Key("end_column");
      w.Uint(e.column);
      w.Key("rule");
      w.String(f.rule);
      w.Key("severity");
      w.String(SeverityName(f.severity));
      w.Key("message");
      w.String(f.message);
      w.Key("suggestion");
      if (f.suggestion.empty()) {
        w.Null();
      } else {
        w.String(f.suggestion);
      }
      w.EndObject();
    }
  }
  w.EndArray();
  out << "\n";
}

}  // namespace hirelint
