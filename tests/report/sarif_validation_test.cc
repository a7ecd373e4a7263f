// hirelint's SARIF, checked by Microsoft's SARIF Multitool (`Sarif.Multitool validate`, from the
// npm package @microsoft/sarif-multitool-linux): the JSON schema of SARIF 2.1.0 plus the
// tool's own rules. The test needs the tool, so a plain `hirelint_tests` run skips it; ctest
// runs it as the `sarif_multitool` test (`--no-skip`), and `make test` installs the tool first
// (`make sarif-tool`), so it always runs there and fails when the tool is missing.
//
// Errors must be none. The one warning hirelint gets is explained and expected:
//   SARIF2005 (ProvideToolProperties): tool.driver has no informationUri. hirelint has no
//   public web page to point to; naming one that does not exist would be worse.
// The tool's "note" level results (suggestions such as help URIs or code snippets) are not
// requested.

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "support/test_support.h"

namespace hirelint {
namespace {

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

void WriteSarif(const std::vector<std::string>& args, const std::string& path) {
  auto r = testing::RunHirelint(args);
  INFO(r.err);
  REQUIRE(r.exit_code <= 1);
  REQUIRE(r.out.rfind("{", 0) == 0);
  std::ofstream(path) << r.out;
}

// The effective level of each validation result, grouped by the file it is about.
std::map<std::string, std::multiset<std::string>> Validate(const std::vector<std::string>& files,
                                                           const std::string& dir) {
  const std::string tool = HIRELINT_SARIF_MULTITOOL;
  REQUIRE_MESSAGE(std::filesystem::exists(tool),
                  "SARIF Multitool not found at " << tool << "; install it with `make sarif-tool`");
  const std::string log = dir + "/validation.sarif";
  std::string cmd = "cd " + ShellQuote(dir) + " && " + ShellQuote(tool) +
                    " validate --level 'Error;Warning' --output " + ShellQuote(log);
  for (const auto& f : files) cmd += " " + ShellQuote(f);
  cmd += " >" + ShellQuote(dir + "/validate.out") + " 2>&1";
  int status = std::system(cmd.c_str());
  std::string console = testing::ReadFileOrDie(dir + "/validate.out");
  INFO(console);
  REQUIRE(status == 0);
  auto validation = nlohmann::json::parse(testing::ReadFileOrDie(log));
  const auto& run = validation["runs"][0];
  std::map<std::string, std::string> default_levels;
  for (const auto& rule : run["tool"]["driver"].value("rules", nlohmann::json::array())) {
    default_levels[rule["id"]] = rule.contains("defaultConfiguration")
                                     ? rule["defaultConfiguration"].value("level", "warning")
                                     : "warning";
  }
  std::map<std::string, std::multiset<std::string>> out;
  for (const auto& result : run.value("results", nlohmann::json::array())) {
    std::string id = result["ruleId"];
    std::string level = result.contains("level")   ? result["level"].get<std::string>()
                        : default_levels.count(id) ? default_levels[id]
                                                   : "warning";
    std::string uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    std::string file = uri.substr(uri.find_last_of('/') + 1);
    out[file].insert(level + " " + id);
  }
  return out;
}

TEST_CASE("SARIF Multitool: hirelint's SARIF validates; a broken log does not" * doctest::skip()) {
  std::string dir = testing::TempDir();
  WriteSarif({"--format", "sarif", "samples/cv.md"}, dir + "/cv-md.sarif");
  WriteSarif({"--format", "sarif", "samples/cv.txt"}, dir + "/cv-txt.sarif");
  // The other input formats: source maps from LaTeX, YAML and JSON back to the original bytes,
  // and a PDF, whose regions carry the page in their property bag.
  WriteSarif({"--format", "sarif", "samples/cv.tex", "samples/cv.rendercv.yaml",
              "samples/cv.resume.json", "tests/fixtures/pdf/cv-libreoffice.pdf"},
             dir + "/other-formats.sarif");
  // Configs, errors, several files, and unused suppressions whose fixes are edits.
  WriteSarif({"--format", "sarif", "tests/fixtures/resume-repo"}, dir + "/resume-repo.sarif");
  // A file that cannot be read becomes a tool execution notification.
  std::ofstream(dir + "/bad.md", std::ios::binary) << "- caf\xE9\n";
  auto failed = testing::RunHirelint({"--format", "sarif", dir + "/bad.md", "samples/cv.md"});
  CHECK(failed.exit_code == 2);
  std::ofstream(dir + "/with-error.sarif") << failed.out;
  // The control: valid JSON, invalid SARIF (a line number of 0), to show the validator runs
  // and would fail this test.
  std::string broken = testing::ReadFileOrDie(dir + "/cv-md.sarif");
  size_t at = broken.find("\"startLine\": ");
  REQUIRE(at != std::string::npos);
  size_t end = broken.find(',', at);
  broken.replace(at, end - at, "\"startLine\": 0");
  std::ofstream(dir + "/broken.sarif") << broken;

  auto results = Validate({"cv-md.sarif", "cv-txt.sarif", "other-formats.sarif",
                           "resume-repo.sarif", "with-error.sarif", "broken.sarif"},
                          dir);
  const std::multiset<std::string> expected = {"warning SARIF2005"};
  for (const char* file : {"cv-md.sarif", "cv-txt.sarif", "other-formats.sarif",
                           "resume-repo.sarif", "with-error.sarif"}) {
    CAPTURE(file);
    // Exactly the explained warning, which also shows the file was read.
    CHECK(results[file] == expected);
  }
  bool broken_has_error = false;
  for (const auto& r : results["broken.sarif"]) broken_has_error |= r.rfind("error ", 0) == 0;
  CHECK(broken_has_error);
}

}  // namespace
}  // namespace hirelint
