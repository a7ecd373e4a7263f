// The command line as a user meets it: exit codes, stdin, directories, errors.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "support/test_support.h"

namespace hirelint {
namespace {

using testing::Contains;

using testing::RunHirelint;

TEST_CASE("CLI: exit codes follow --fail-on") {
  CHECK(RunHirelint({"samples/cv.md"}).exit_code == 0);  // warnings only; default is error
  CHECK(RunHirelint({"--fail-on", "warning", "samples/cv.md"}).exit_code == 1);
  CHECK(RunHirelint({"lint", "--fail-on", "info", "samples/cv.md"}).exit_code == 1);
  CHECK(RunHirelint({"lint", "--fail-on", "none", "samples/cv.md"}).exit_code == 0);
  auto clean = RunHirelint({"--fail-on", "info", "-"},
                           "- Cut p99 latency of the ranking API from 120 ms to 68 ms for 2M users.\n");
  CHECK(clean.exit_code == 0);
  CHECK(Contains(clean.out, "no findings in 1 file"));
}

TEST_CASE("CLI: standard input") {
  auto r = RunHirelint({"--fail-on", "warning", "-"}, "- Responsible for the ranking service.\n");
  CHECK(r.exit_code == 1);
  CHECK(Contains(r.out, "<stdin>:1:3: warning: 'Responsible for' describes a role, not what you did [verb-weak-opener]"));
  auto tag = RunHirelint({"tag", "--format", "jsonl", "-"}, "Cut costs by $12k/month\n");
  CHECK(tag.exit_code == 0);
  CHECK(Contains(tag.out, "\"file\":\"<stdin>\",\"line\":1,\"column\":1,\"kind\":\"bullet\""));
  CHECK(Contains(tag.out, "\"kind\":\"money\""));
}

TEST_CASE("CLI: JSONL piped to score is read as a story bank") {
  auto r = RunHirelint({"score", "--format", "jsonl", "--fail-on", "none", "-"},
                       "{\"id\": \"s1\", \"text\": \"I cut p99 latency by 40% for 2M users.\"}\n"
                       "{\"id\": \"s2\", \"text\": \"We shipped a model.\"}\n");
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.out, "{\"file\":\"<stdin>\",\"line\":1,\"id\":\"s1\","));
  CHECK(Contains(r.out, "{\"file\":\"<stdin>\",\"line\":2,\"id\":\"s2\","));
}

TEST_CASE("CLI: a directory is walked; one without CVs is an error") {
  std::string dir = testing::TempDir();
  std::filesystem::copy_file(testing::SourcePath("samples/cv.md"), dir + "/a.md");
  std::filesystem::copy_file(testing::SourcePath("samples/cv.txt"), dir + "/b.txt");
  std::ofstream(dir + "/photo.png") << "not read";
  auto r = RunHirelint({"--format", "json", dir});
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.out, dir + "/a.md"));
  CHECK(Contains(r.out, dir + "/b.txt"));
  CHECK(r.out.find(dir + "/a.md") < r.out.find(dir + "/b.txt"));
  std::filesystem::create_directories(dir + "/empty");
  auto empty = RunHirelint({dir + "/empty"});
  CHECK(empty.exit_code == 2);
  CHECK(Contains(empty.err, "hirelint: error: " + dir + "/empty: directory holds no file hirelint reads"));
}

TEST_CASE("CLI: a file name that is not UTF-8 is written to JSON as U+FFFD, not a crash") {
  // Linux file names may hold any byte; nlohmann's dump() threw on one and the run aborted.
  const std::string dir = testing::TempDir();
  const std::string path = dir + "/cv\xff.md";
  std::ofstream(path) << "- Responsible for building a model\n";
  const std::string shown = dir + "/cv\xef\xbf\xbd.md";
  for (std::vector<std::string> args : {std::vector<std::string>{"lint", "--format", "json", path},
                                        {"lint", "--format", "rdjson", path},
                                        {"tag", "--format", "jsonl", path},
                                        {"tag", "--format", "json", path},
                                        {"rewrite", "--format", "jsonl", path}}) {
    CAPTURE(args[0] + " " + args[2]);
    auto r = RunHirelint(args);
    CHECK(r.exit_code == 0);
    CHECK(Contains(r.out, shown));
  }
  // A baseline holds the name as JSON can (U+FFFD), and still matches the file.
  auto written = RunHirelint({"lint", "--write-baseline", dir + "/baseline.json", path});
  CHECK(written.exit_code == 0);
  CHECK(Contains(written.err, "recorded 2 findings"));
  auto again = RunHirelint({"lint", "--baseline", dir + "/baseline.json", path});
  CHECK(again.exit_code == 0);
  CHECK(Contains(again.out, "no findings in 1 file"));
}

TEST_CASE("CLI: a missing file exits 2 naming the path; other files are still linted") {
  auto r = RunHirelint({"missing.md", "samples/cv.md"});
  CHECK(r.exit_code == 2);
  CHECK(Contains(r.err, "hirelint: error: missing.md: no such file or directory"));
  CHECK(Contains(r.out, "samples/cv.md:"));
}

TEST_CASE("CLI: an invalid UTF-8 byte exits 2 with its line and column") {
  std::string dir = testing::TempDir();
  std::ofstream(dir + "/bad.md", std::ios::binary) << "## Experience\n\n- Built a caf\xE9 app\n";
  auto r = RunHirelint({dir + "/bad.md"});
  CHECK(r.exit_code == 2);
  CHECK(Contains(r.err, "hirelint: error: " + dir + "/bad.md:3:14: invalid UTF-8 byte 0xE9"));
  CHECK(r.out.empty());
}

TEST_CASE("CLI: a binary file is refused by its signature") {
  std::string dir = testing::TempDir();
  std::ofstream(dir + "/cv.txt", std::ios::binary) << "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  auto r = RunHirelint({dir + "/cv.txt"});
  CHECK(r.exit_code == 2);
  CHECK(Contains(r.err, "not a text file: looks like PDF"));
}

TEST_CASE("CLI: a PDF's findings say page:line, its JSON adds page; a DOCX's line is a paragraph") {
  auto text = RunHirelint({"tests/fixtures/pdf/split-bullet.pdf"});
  CHECK(text.exit_code == 0);
  CHECK(Contains(text.out, "tests/fixtures/pdf/split-bullet.pdf:2:1: info: a bullet from page 1 continues"));
  CHECK(Contains(text.out, "tests/fixtures/pdf/split-bullet.pdf:1:5: info: bullet has 51 words"));
  auto json = RunHirelint({"--format", "json", "tests/fixtures/pdf/split-bullet.pdf"});
  CHECK(Contains(json.out, "\"page\": 2,\n    \"line\": 1,"));
  auto tag = RunHirelint({"tag", "--format", "jsonl", "tests/fixtures/pdf/split-bullet.pdf"});
  CHECK(Contains(tag.out, "{\"file\":\"tests/fixtures/pdf/split-bullet.pdf\",\"page\":2,\"line\":3,\"column\":3,\"kind\":\"bullet\""));
  auto rewrite = RunHirelint({"rewrite", "--format", "jsonl", "tests/fixtures/pdf/split-bullet.pdf"});
  CHECK(Contains(rewrite.out, "{\"file\":\"tests/fixtures/pdf/split-bullet.pdf\",\"page\":2,\"line\":3,"));
  auto docx = RunHirelint({"tag", "--format", "jsonl", "tests/fixtures/docx/broken-text.docx"});
  CHECK(Contains(docx.out, "{\"file\":\"tests/fixtures/docx/broken-text.docx\",\"line\":3,\"column\":1,\"kind\":\"bullet\""));
  CHECK_FALSE(Contains(docx.out, "\"page\""));
  auto scanned = RunHirelint({"tests/fixtures/pdf/image-only.pdf"});
  CHECK(scanned.exit_code == 1);  // parse-no-text is an error
  CHECK(Contains(scanned.out, "image-only.pdf:1:1: error: no text could be extracted"));
}

TEST_CASE("CLI: directories include .pdf and .docx files") {
  auto r = RunHirelint({"tag", "--format", "jsonl", "tests/fixtures/docx"});
  CHECK(Contains(r.out, "cv-libreoffice.docx"));
  CHECK(Contains(r.out, "broken-text.docx"));
}

TEST_CASE("CLI: --help, --version, usage errors and did-you-mean") {
  auto help = RunHirelint({"--help"});
  CHECK(help.exit_code == 0);
  CHECK(Contains(help.out, "Examples:"));
  auto version = RunHirelint({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(Contains(version.out, "hirelint " HIRELINT_VERSION));
  auto typo = RunHirelint({"tga", "samples/cv.md"});
  CHECK(typo.exit_code == 2);
  CHECK(Contains(typo.err, "unknown command 'tga'; did you mean 'tag'?"));
  auto bad_flag = RunHirelint({"--format", "yaml", "samples/cv.md"});
  CHECK(bad_flag.exit_code == 2);
  auto rule = RunHirelint({"rules", "verb-weak-openr"});
  CHECK(rule.exit_code == 2);
  CHECK(Contains(rule.err, "unknown rule 'verb-weak-openr'; did you mean 'verb-weak-opener'?"));
}

TEST_CASE("CLI: colour only when asked or on a terminal") {
  auto plain = RunHirelint({"samples/cv.md"});
  CHECK_FALSE(Contains(plain.out, "\x1b["));
  auto forced = RunHirelint({"lint", "--color", "always", "samples/cv.md"});
  CHECK(Contains(forced.out, "\x1b["));
}

TEST_CASE("CLI: a bad --lexicons directory exits 2 with the file position") {
  std::string dir = testing::TempDir();
  std::ofstream(dir + "/metrics.yaml") << "patterns:\n  - kind: count\n    re: '(unclosed'\n";
  auto r = RunHirelint({"--lexicons", dir, "samples/cv.md"});
  CHECK(r.exit_code == 2);
  CHECK(Contains(r.err, dir + "/metrics.yaml:3:9: invalid RE2 pattern"));
}

}  // namespace
}  // namespace hirelint
