// lint, junit: JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure
// Pipelines, CircleCI). As in ESLint's junit formatter, each file is a <testsuite> and each
// finding a <testcase> with a <failure>; a file without findings is one passing <testcase>, and
// a file that could not be read is a <testcase> with an <error>.

#include "report/report.h"
#include "report/report_support.h"

namespace hirelint {

void WriteLintJunit(const std::vector<FileResult>& files, std::ostream& out) {
  size_t tests = 0, failures = 0, errors = 0;
  for (const FileResult& file : files) {
    if (file.error) {
      ++tests;
      ++errors;
    } else if (file.findings.empty()) {
      ++tests;
    } else {
      tests += file.findings.size();
      failures += file.findings.size();
    }
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"hirelint\" tests=\"" << tests << "\" failures=\"" << failures
      << "\" errors=\"" << errors << "\">\n";
  for (const FileResult& file : files) {
    const std::string path = XmlEscape(file.path);
    size_t file_tests = file.error || file.findings.empty() ? 1 : file.findings.size();
    out << "  <testsuite name=\"" << path << "\" tests=\"" << file_tests << "\" failures=\""
        << (file.error ? 0 : file.findings.size()) << "\" errors=\"" << (file.error ? 1 : 0)
        << "\">\n";
    if (file.error) {
      out << "    <testcase name=\"read " << path << "\" classname=\"" << path << "\">\n"
          << "      <error message=\"" << XmlEscape(file.error->message) << "\">"
          << XmlEscape(file.error->ToString()) << "</error>\n    </testcase>\n";
    } else if (file.findings.empty()) {
      out << "    <testcase name=\"" << path << "\" classname=\"" << path << "\"/>\n";
    }
    for (const Finding& f : file.findings) {
      Position p = file.source.PositionOf(f.begin);
      std::string where = file.path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
      out << "    <testcase name=\""
          << XmlEscape(f.rule + " at " + std::to_string(p.line) + ":" + std::to_string(p.column))
          << "\" classname=\"" << path << "\">\n"
          << "      <failure message=\"" << XmlEscape(MessageOf(file.source, f)) << "\" type=\""
          << SeverityName(f.severity) << "\">"
          << XmlEscape(where + ": " + SeverityName(f.severity) + ": " + MessageOf(file.source, f) +
                       " [" + f.rule + "]" +
                       (f.suggestion.empty() ? "" : "\nsuggestion: " + f.suggestion))
          << "</failure>\n    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace hirelint
