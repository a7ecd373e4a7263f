// lint, github: GitHub Actions workflow commands, which GitHub shows as annotations on the
// pull request's lines: `::warning file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MSG`.

#include "report/report.h"
#include "report/report_support.h"

namespace hirelint {
namespace {

const char* CommandFor(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "notice";
  }
  return "warning";
}

// The escaping of @actions/core (toolkit/packages/core/src/command.ts): the message escapes
// '%', CR and LF; property values also ':' and ',', which would end the property.
std::string EscapeData(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else {
      out += c;
    }
  }
  return out;
}

std::string EscapeProperty(const std::string& text) {
  std::string out;
  for (char c : EscapeData(text)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

void WriteLintGithub(const std::vector<FileResult>& files, std::ostream& out) {
  for (const FileResult& file : files) {
    if (file.error) {
      // A file that could not be read still shows up on the pull request.
      const Error& e = *file.error;
      out << "::error file=" << EscapeProperty(file.path);
      if (e.line > 0) out << ",line=" << e.line;
      if (e.column > 0) out << ",col=" << e.column;
      out << ",title=hirelint::" << EscapeData(e.message) << "\n";
      continue;
    }
    for (const Finding& f : file.findings) {
      SpanPosition span = PositionsOf(file.source, f.begin, f.end);
      out << "::" << CommandFor(f.severity) << " file=" << EscapeProperty(file.path)
          << ",line=" << span.begin.line << ",col=" << span.begin.column
          << ",endLine=" << span.end.line << ",endColumn=" << span.end.column
          << ",title=" << EscapeProperty(f.rule) << "::" << EscapeData(MessageOf(file.source, f));
      if (!f.suggestion.empty()) out << EscapeData("\nsuggestion: " + f.suggestion);
      out << "\n";
    }
  }
}

}  // namespace hirelint
