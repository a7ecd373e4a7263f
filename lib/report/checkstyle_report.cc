// lint, checkstyle: Checkstyle's XML report, which many CI systems and review bots read
// (Jenkins Warnings NG, reviewdog -f=checkstyle, GitLab via converters). Every linted file is
// listed, with no <error> when it has no findings, as Checkstyle itself does.

#include "report/report.h"
#include "report/report_support.h"

namespace hirelint {

void WriteLintCheckstyle(const std::vector<FileResult>& files, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  for (const FileResult& file : files) {
    out << "  <file name=\"" << XmlEscape(file.path) << "\">\n";
    if (file.error) {
      const Error& e = *file.error;
      out << "    <error line=\"" << e.line << "\"";
      if (e.column > 0) out << " column=\"" << e.column << "\"";
      out << " severity=\"error\" message=\"" << XmlEscape(e.message)
          << "\" source=\"hirelint.input-error\"/>\n";
    }
    for (const Finding& f : file.findings) {
      Position p = file.source.PositionOf(f.begin);
      out << "    <error line=\"" << p.line << "\" column=\"" << p.column << "\" severity=\""
          << SeverityName(f.severity) << "\" message=\""
          << XmlEscape(MessageWithSuggestion(file.source, f)) << "\" source=\"hirelint."
          << XmlEscape(f.rule) << "\"/>\n";
    }
    out << "  </file>\n";
  }
  out << "</checkstyle>\n";
}

}  // namespace hirelint
