// The CI formats on hand-made results: escaping, URIs, byte columns, fixes and file errors,
// which the golden files over the samples do not all reach.

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "report/report.h"
#include "report/report_support.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

FileResult OneFinding(const std::string& path, const std::string& text, const std::string& marked,
                      const std::string& message) {
  FileResult r;
  r.path = path;
  r.source = SourceFile(path, text);
  Finding f;
  f.rule = "verb-weak-opener";
  f.severity = Severity::kWarning;
  f.begin = text.find(marked);
  f.end = f.begin + marked.size();
  f.message = message;
  f.suggestion = "open with the action";
  r.findings.push_back(f);
  return r;
}

TEST_CASE("github: properties and data are escaped as @actions/core does") {
  std::vector<FileResult> files = {
      OneFinding("cv, final: v2.md", "- Helped\n", "Helped", "100% vague,\r\nreally: yes")};
  std::ostringstream out;
  WriteLintGithub(files, out);
  CHECK(out.str() ==
        "::warning file=cv%2C final%3A v2.md,line=1,col=3,endLine=1,endColumn=9,"
        "title=verb-weak-opener::100%25 vague,%0D%0Areally: yes%0Asuggestion: open with the "
        "action\n");
}

TEST_CASE("github: a file that could not be read is an error annotation") {
  FileResult r;
  r.path = "cv.md";
  Error e;
  e.path = "cv.md";
  e.line = 3;
  e.column = 14;
  e.message = "invalid UTF-8 byte 0xE9";
  r.error = e;
  std::ostringstream out;
  WriteLintGithub({r}, out);
  CHECK(out.str() == "::error file=cv.md,line=3,col=14,title=hirelint::invalid UTF-8 byte 0xE9\n");
}

TEST_CASE("rdjson: columns count UTF-8 bytes; fixes become suggestions") {
  FileResult r = OneFinding("cv.md", "- Café: Helped\n", "Helped", "m");
  Fix fix;
  fix.begin = r.findings[0].begin;
  fix.end = r.findings[0].end;
  fix.replacement = "Led";
  r.findings[0].fix = fix;
  std::ostringstream out;
  WriteLintRdjson({r}, out);
  auto d = nlohmann::json::parse(out.str())["diagnostics"][0];
  CHECK(d["location"]["range"]["start"]["column"] == 10);  // "é" is 2 bytes; code points say 9
  CHECK(d["location"]["range"]["end"]["column"] == 16);
  CHECK(d["severity"] == "WARNING");
  CHECK(d["code"]["value"] == "verb-weak-opener");
  CHECK(d["suggestions"][0]["text"] == "Led");
  CHECK(d["suggestions"][0]["range"]["start"]["column"] == 10);
  CHECK(r.source.PositionOf(r.findings[0].begin).column == 9);
}

TEST_CASE("checkstyle and junit: XML special characters are escaped") {
  std::vector<FileResult> files = {
      OneFinding("a&b.md", "- Helped\n", "Helped", "'<tag>' & \"quotes\"\tand\nlines\x01")};
  std::ostringstream checkstyle, junit;
  WriteLintCheckstyle(files, checkstyle);
  WriteLintJunit(files, junit);
  CHECK(checkstyle.str().find("<file name=\"a&amp;b.md\">") != std::string::npos);
  CHECK(checkstyle.str().find(
            "message=\"&apos;&lt;tag&gt;&apos; &amp; &quot;quotes&quot;&#9;and&#10;"
            "lines\xEF\xBF\xBD (suggestion: open with the action)\"") != std::string::npos);
  CHECK(
      junit.str().find("<testsuites name=\"hirelint\" tests=\"1\" failures=\"1\" errors=\"0\">") !=
      std::string::npos);
  CHECK(junit.str().find("<testcase name=\"verb-weak-opener at 1:3\" classname=\"a&amp;b.md\">") !=
        std::string::npos);
}

TEST_CASE("junit: a clean file passes, an unreadable one is an error") {
  FileResult clean;
  clean.path = "ok.md";
  clean.source = SourceFile("ok.md", "- Cut costs by 30%.\n");
  FileResult bad;
  bad.path = "bad.md";
  Error e;
  e.path = "bad.md";
  e.message = "not a text file";
  bad.error = e;
  std::ostringstream out;
  WriteLintJunit({clean, bad}, out);
  CHECK(out.str() ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"hirelint\" tests=\"2\" failures=\"0\" errors=\"1\">\n"
        "  <testsuite name=\"ok.md\" tests=\"1\" failures=\"0\" errors=\"0\">\n"
        "    <testcase name=\"ok.md\" classname=\"ok.md\"/>\n"
        "  </testsuite>\n"
        "  <testsuite name=\"bad.md\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
        "    <testcase name=\"read bad.md\" classname=\"bad.md\">\n"
        "      <error message=\"not a text file\">bad.md: not a text file</error>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "</testsuites>\n");
}

TEST_CASE("sarif: URIs, rule indices, fixes, messages and notifications") {
  const auto& rules = testing::SharedEngine().checker().rules();
  FileResult abs = OneFinding("/home/sam/my cv#2.md", "- Helped\n", "Helped", "vague");
  Fix fix;
  fix.begin = 0;
  fix.end = 2;
  fix.description = "drop the marker";
  abs.findings[0].fix = fix;
  FileResult in = OneFinding("<stdin>", "- Helped\n", "Helped", "vague");
  FileResult bad;
  bad.path = "bad.md";
  Error e;
  e.path = "bad.md";
  e.line = 2;
  e.message = "invalid UTF-8 byte 0xE9";
  bad.error = e;
  Error missing;
  missing.path = "gone.md";
  missing.message = "no such file or directory";
  std::ostringstream out;
  WriteLintSarif({abs, in, bad}, rules, {missing}, out);
  auto run = nlohmann::json::parse(out.str())["runs"][0];
  auto r0 = run["results"][0];
  CHECK(r0["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "file:///home/sam/my%20cv%232.md");
  size_t index = r0["ruleIndex"];
  CHECK(run["tool"]["driver"]["rules"][index]["id"] == "verb-weak-opener");
  CHECK(r0["message"]["text"] == "Vague.");  // with a fix, the advice is the fix
  CHECK(r0["fixes"][0]["description"]["text"] == "Drop the marker.");
  CHECK(r0["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]["endColumn"] == 3);
  CHECK(r0["partialFingerprints"]["hirelint/v1"].get<std::string>().size() == 16);
  auto r1 = run["results"][1];
  CHECK(r1["locations"][0]["physicalLocation"]["artifactLocation"]["description"]["text"] ==
        "standard input");
  CHECK(r1["message"]["text"] == "Vague. Suggestion: Open with the action.");
  CHECK_FALSE(r1.contains("fixes"));
  CHECK(run["invocations"][0]["executionSuccessful"] == false);
  auto notes = run["invocations"][0]["toolExecutionNotifications"];
  REQUIRE(notes.size() == 2);
  CHECK(notes[0]["message"]["text"] == "No such file or directory.");
  CHECK(notes[1]["locations"][0]["physicalLocation"]["region"]["startLine"] == 2);
  CHECK(run["columnKind"] == "unicodeCodePoints");
}

TEST_CASE("CI formats: a paged file (a PDF's text) names the page in every message") {
  FileResult r = OneFinding("cv.pdf", "Name\nSkills\n- Helped\n", "Helped", "vague");
  r.source.SetPageStarts({1, 3});  // page 2 starts at line 3
  std::ostringstream github, rdjson, checkstyle, junit, sarif;
  WriteLintGithub({r}, github);
  WriteLintRdjson({r}, rdjson);
  WriteLintCheckstyle({r}, checkstyle);
  WriteLintJunit({r}, junit);
  WriteLintSarif({r}, testing::SharedEngine().checker().rules(), {}, sarif);
  CHECK(github.str().find("::page 2: vague%0A") != std::string::npos);
  CHECK(rdjson.str().find("\"page 2: vague (suggestion: open with the action)\"") !=
        std::string::npos);
  CHECK(checkstyle.str().find("message=\"page 2: vague") != std::string::npos);
  CHECK(junit.str().find("<failure message=\"page 2: vague\"") != std::string::npos);
  auto region = nlohmann::json::parse(
      sarif.str())["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
  CHECK(region["properties"]["page"] == 2);
  CHECK(region["startLine"] == 1);  // the line within the page
}

TEST_CASE("sarif: rule help shows message placeholders as <name>, not SARIF arguments") {
  std::ostringstream out;
  WriteLintSarif({}, testing::SharedEngine().checker().rules(), {}, out);
  auto rules = nlohmann::json::parse(out.str())["runs"][0]["tool"]["driver"]["rules"];
  bool found = false;
  for (const auto& r : rules) {
    if (r["id"] != "lifecycle-coverage") continue;
    found = true;
    std::string help = r["help"]["text"];
    CHECK(help.find("shows <missing>:") != std::string::npos);
    CHECK(help.find('{') == std::string::npos);
    CHECK(r["defaultConfiguration"]["level"] == "warning");
    CHECK(r["name"] == "LifecycleCoverage");
  }
  CHECK(found);
}

}  // namespace
}  // namespace hirelint
