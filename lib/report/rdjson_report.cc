// lint, rdjson: reviewdog's Diagnostic Format (DiagnosticResult as JSON), for
// `reviewdog -f=rdjson`. Columns count UTF-8 bytes and ranges end exclusively, as the format
// defines (reviewdog/proto/rdf/reviewdog.proto).

#include <nlohmann/json.hpp>

#include "core/json_dump.h"
#include "report/report.h"
#include "report/report_support.h"

namespace hirelint {
namespace {

using Json = nlohmann::ordered_json;

const char* RdjsonSeverity(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "ERROR";
    case Severity::kWarning:
      return "WARNING";
    case Severity::kInfo:
      return "INFO";
  }
  return "UNKNOWN_SEVERITY";
}

Json Range(const SourceFile& source, size_t begin, size_t end) {
  Json range;
  Position b = source.PositionOf(begin);
  Position e = source.PositionOf(end < begin ? begin : end);
  range["start"]["line"] = b.line;
  range["start"]["column"] = ByteColumn(source, begin);
  range["end"]["line"] = e.line;
  range["end"]["column"] = ByteColumn(source, end < begin ? begin : end);
  return range;
}

}  // namespace

void WriteLintRdjson(const std::vector<FileResult>& files, std::ostream& out) {
  Json result;
  result["source"]["name"] = "hirelint";
  result["diagnostics"] = Json::array();
  for (const FileResult& file : files) {
    if (file.error) continue;  // reported on stderr; rdjson has no place for tool errors
    for (const Finding& f : file.findings) {
      Json d;
      d["message"] = MessageWithSuggestion(file.source, f);
      d["location"]["path"] = file.path;
      d["location"]["range"] = Range(file.source, f.begin, f.end);
      d["severity"] = RdjsonSeverity(f.severity);
      d["code"]["value"] = f.rule;
      if (f.fix) {
        Json suggestion;
        suggestion["range"] = Range(file.source, f.fix->begin, f.fix->end);
        suggestion["text"] = f.fix->replacement;
        d["suggestions"] = Json::array({suggestion});
      }
      result["diagnostics"].push_back(std::move(d));
    }
  }
  out << DumpJson(result, 2) << "\n";
}

}  // namespace hirelint
