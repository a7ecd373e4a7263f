// `hirelint rewrite`: golden files for every format over samples/cv.md, the JSONL contract,
// the Markdown document (everything but the rewritten bullets byte for byte, the input file
// untouched), --lexicons overrides, and rewrites carried by lint's suggestions.
//
// To regenerate the golden files after an intended change, run the tests with
// HIRELINT_UPDATE_GOLDEN=1 and review the diff.

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "report/report.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

namespace fs = std::filesystem;

// Output paths are shown relative to the source tree, so golden files do not depend on where
// the tree is checked out.
std::string Relative(std::string text) {
  const std::string root = testing::SourcePath("");
  for (size_t at = text.find(root); at != std::string::npos; at = text.find(root, at)) {
    text.erase(at, root.size());
  }
  return text;
}

void CheckGolden(const std::string& golden, const std::string& actual) {
  const std::string path = testing::SourcePath("tests/golden/rewrite/" + golden);
  const char* update = std::getenv("HIRELINT_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << actual;
  }
  CAPTURE(golden);
  CHECK(actual == testing::ReadFileOrDie(path));
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

TEST_CASE("rewrite: golden output for every format over samples/cv.md") {
  const std::string cv = testing::SourcePath("samples/cv.md");
  for (const char* format : {"text", "json", "jsonl", "markdown"}) {
    CAPTURE(format);
    testing::CommandResult r = testing::RunHirelint({"rewrite", "--format", format, cv});
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    const std::string ext = std::string(format) == "markdown" ? "md" : format;
    CheckGolden("cv." + ext, Relative(r.out));
  }
}

TEST_CASE("rewrite: JSONL follows the contract, one object per bullet") {
  const std::string cv = testing::SourcePath("samples/cv.md");
  testing::CommandResult r = testing::RunHirelint({"rewrite", "--format", "jsonl", cv});
  REQUIRE(r.exit_code == 0);
  FileResult file = testing::SharedEngine().Run(cv, RunOptions());
  size_t bullets = 0;
  for (const Item& item : file.items) bullets += item.kind == ItemKind::kBullet ? 1 : 0;
  std::vector<std::string> lines = Lines(r.out);
  REQUIRE(lines.size() == bullets);
  size_t rewrites = 0;
  size_t last_line = 0;
  for (const std::string& line : lines) {
    CAPTURE(line);
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(line);
    std::vector<std::string> keys;
    for (const auto& kv : j.items()) keys.push_back(kv.key());
    CHECK(keys == std::vector<std::string>{"file", "line", "column", "text", "rewrite", "slots",
                                           "reasons"});
    CHECK(j["file"] == cv);
    CHECK(j["line"].get<size_t>() > last_line);  // file order
    last_line = j["line"].get<size_t>();
    CHECK(j["column"].get<size_t>() >= 1);
    CHECK(j["slots"].is_array());
    CHECK(j["reasons"].is_array());
    if (j["rewrite"].is_null()) {
      CHECK(j["slots"].empty());
      CHECK(j["reasons"].empty());
      continue;
    }
    ++rewrites;
    const std::string rewrite = j["rewrite"];
    CHECK(j["slots"].size() <= 2);
    CHECK(!j["reasons"].empty());
    for (const auto& slot : j["slots"]) {
      CHECK(StageIndex(slot["stage"]) >= 0);
      CHECK(rewrite.find(slot["text"].get<std::string>()) != std::string::npos);
    }
    for (const auto& rule : j["reasons"]) {
      CHECK(testing::SharedEngine().checker().FindRule(rule) != nullptr);
    }
  }
  CHECK(rewrites >= 8);
}

TEST_CASE("rewrite: the DESIGN example, line by line") {
  testing::CommandResult r = testing::RunHirelint(
      {"rewrite", "--format", "jsonl", "-"},
      "## Experience\n\n- Responsible for training a churn model in PyTorch.\n");
  REQUIRE(r.exit_code == 0);
  nlohmann::json j = nlohmann::json::parse(r.out);
  CHECK(j["file"] == "<stdin>");
  CHECK(j["line"] == 3);
  CHECK(j["column"] == 3);
  CHECK(j["text"] == "Responsible for training a churn model in PyTorch.");
  CHECK(j["rewrite"] ==
        "Trained a churn model in PyTorch, [evaluation: offline metric or A/B result], [serving: "
        "where it runs, latency or throughput].");
  CHECK(j["slots"] ==
        nlohmann::json::parse(
            R"([{"stage":"evaluation","text":"[evaluation: offline metric or A/B result]"},
                              {"stage":"serving","text":"[serving: where it runs, latency or throughput]"}])"));
  CHECK(j["reasons"] ==
        nlohmann::json::parse(
            R"(["impact-unquantified","verb-weak-opener","lifecycle-training-only"])"));
}

TEST_CASE("rewrite: markdown keeps everything but the rewritten bullets byte for byte") {
  const std::string cv = testing::SourcePath("samples/cv.md");
  const std::string original = testing::ReadFileOrDie(cv);
  testing::CommandResult r = testing::RunHirelint({"rewrite", "--format", "markdown", cv});
  REQUIRE(r.exit_code == 0);
  FileResult file = testing::SharedEngine().Run(cv, RunOptions());
  // samples/cv.md has one line per bullet, so the documents align line by line.
  std::map<size_t, const Rewrite*> rewritten_lines;
  for (size_t i = 0; i < file.items.size(); ++i) {
    if (file.rewrites[i].rewritten()) {
      rewritten_lines[file.source.PositionOf(file.items[i].SourceBegin()).line] = &file.rewrites[i];
    }
  }
  REQUIRE(rewritten_lines.size() >= 8);
  std::vector<std::string> in = Lines(original), out = Lines(r.out);
  REQUIRE(in.size() == out.size());
  CHECK(r.out.back() == original.back());
  for (size_t n = 1; n <= in.size(); ++n) {
    CAPTURE(n);
    auto it = rewritten_lines.find(n);
    if (it == rewritten_lines.end()) {
      CHECK(out[n - 1] == in[n - 1]);
      continue;
    }
    // The marker and indentation stay; the rest is the rewrite (its label bytes kept as written).
    size_t content = in[n - 1].find_first_not_of(" -*");
    CHECK(out[n - 1].compare(0, content, in[n - 1], 0, content) == 0);
    const Rewrite& rw = *it->second;
    for (const RewriteSlot& s : rw.slots) CHECK(out[n - 1].find(s.text) != std::string::npos);
  }
  // "**Docs assistant**: built ..." keeps its bold label.
  CHECK(r.out.find("- **Docs assistant**: built a RAG chatbot") != std::string::npos);
}

TEST_CASE("rewrite: hard-wrapped bullets become one line; other lines stay") {
  const std::string path =
      testing::SourcePath("tests/fixtures/corpus/markdown/software-engineer-wrapped-bullets.md");
  const std::string original = testing::ReadFileOrDie(path);
  testing::CommandResult r = testing::RunHirelint({"rewrite", "--format", "markdown", path});
  REQUIRE(r.exit_code == 0);
  CHECK(Lines(r.out).size() < Lines(original).size());
  // The front matter, headings and dates are untouched.
  for (const char* line : {"---", "layout: page", "## Capital One", "April 2018 - January 2020",
                           "[Resume download](https://example.com/resume.pdf)"}) {
    CAPTURE(line);
    bool at_start = r.out.rfind(std::string(line) + "\n", 0) == 0;
    bool inside = r.out.find(std::string("\n") + line + "\n") != std::string::npos;
    CHECK((at_start || inside));
  }
  CHECK(r.out.find(
            "* Used CQRS patterns, Distributed Tracing with Zipkin, 12 factor application "
            "development, Kafka, Cassandra, and Spring State Machine to develop an in-house "
            "microservices framework, [scale: users, requests or data volume], [impact: metric "
            "before → after]\n") != std::string::npos);
}

TEST_CASE("rewrite: the user's file is never changed") {
  const std::string dir = testing::TempDir();
  const std::string path = dir + "/cv.md";
  const std::string original = testing::ReadFileOrDie(testing::SourcePath("samples/cv.md"));
  WriteFile(path, original);
  auto mtime = fs::last_write_time(path);
  for (const char* format : {"text", "json", "jsonl", "markdown"}) {
    testing::CommandResult r = testing::RunHirelint({"rewrite", "--format", format, path});
    CHECK(r.exit_code == 0);
  }
  CHECK(testing::ReadFileOrDie(path) == original);
  CHECK(fs::last_write_time(path) == mtime);
  CHECK(fs::directory_iterator(dir) != fs::directory_iterator());
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir)) files += e.is_regular_file() ? 1 : 0;
  CHECK(files == 1);
}

TEST_CASE("rewrite: several documents in markdown are each introduced by their path") {
  const std::string dir = testing::TempDir();
  WriteFile(dir + "/a.md", "## Experience\n\n- Helped with the migration to Kubernetes.\n");
  WriteFile(dir + "/b.txt", "EXPERIENCE\n- Helped with the migration to Kubernetes.\n");
  testing::CommandResult r = testing::RunHirelint({"rewrite", "--format", "markdown", dir});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out ==
        "<!-- hirelint rewrite: " + dir +
            "/a.md -->\n## Experience\n\n- Delivered the migration "
            "to Kubernetes, [scale: users, requests or data volume], [impact: metric before → "
            "after].\n\n<!-- hirelint rewrite: " +
            dir +
            "/b.txt -->\nEXPERIENCE\n- Delivered the "
            "migration to Kubernetes, [scale: users, requests or data volume], [impact: metric "
            "before → after].\n");
}

TEST_CASE("rewrite: markdown escapes a rewritten bullet only where its source had markup") {
  FileResult file =
      testing::ProcessText("cv.md",
                           "## Experience\n\n- Helped build a *fraud* model in snake_case_repo.\n"
                           "- Helped build a fraud model in snake_case_repo.\n");
  std::ostringstream out;
  WriteRewriteDocument(file, RewriteDocument::kMarkdownSource, out);
  CHECK(out.str().find("- Built a fraud model in snake\\_case\\_repo, [evaluation: ") !=
        std::string::npos);
  CHECK(out.str().find("- Built a fraud model in snake_case_repo, [evaluation: ") !=
        std::string::npos);
}

TEST_CASE("rewrite: formats without Markdown source come back as a Markdown outline") {
  FileResult file = testing::ProcessText(
      "cv.md",
      "# Jordan\n\nBackend engineer moving into ML engineering, with six years of payments "
      "work.\n\n"
      "## Experience\n\n- Helped with the migration to Kubernetes.\n- Code reviews.\n");
  std::ostringstream out;
  WriteRewriteDocument(file, RewriteDocument::kOutline, out);
  CHECK(out.str() ==
        "# Jordan\n\nBackend engineer moving into ML engineering, with six years of payments "
        "work.\n\n## Experience\n\n- Delivered the migration to Kubernetes, [scale: users, "
        "requests or data volume], [impact: metric before → after].\n- Code reviews.\n");
  CHECK(RewriteDocumentFor("markdown") == RewriteDocument::kMarkdownSource);
  CHECK(RewriteDocumentFor("text") == RewriteDocument::kPlainSource);
  CHECK(RewriteDocumentFor("latex") == RewriteDocument::kOutline);
}

TEST_CASE("rewrite: --lexicons replaces the slot texts and verbs") {
  const std::string dir = testing::TempDir();
  std::string yaml = testing::ReadFileOrDie(testing::SourcePath("lexicons/rewrite.yaml"));
  const std::string from = "text: \"[impact: metric before → after]\"";
  REQUIRE(yaml.find(from) != std::string::npos);
  yaml.replace(yaml.find(from), from.size(), "text: \"[impact: what moved, from → to]\"");
  const std::string verb = "    verb: Owned\n";
  REQUIRE(yaml.find(verb) != std::string::npos);
  yaml.replace(yaml.find(verb), verb.size(), "    verb: Ran\n");
  WriteFile(dir + "/rewrite.yaml", yaml);
  testing::CommandResult r = testing::RunHirelint(
      {"rewrite", "--format", "jsonl", "--lexicons", dir, "-"},
      "## Experience\n\n- Responsible for the on-call rotation of the payments gateway.\n");
  REQUIRE(r.exit_code == 0);
  nlohmann::json j = nlohmann::json::parse(r.out);
  CHECK(j["rewrite"] ==
        "Ran the on-call rotation of the payments gateway, [scale: users, requests or data "
        "volume], [impact: what moved, from → to].");
}

TEST_CASE("rewrite: a rewrite.yaml that would add a figure is refused with its position") {
  const std::string dir = testing::TempDir();
  std::string yaml = testing::ReadFileOrDie(testing::SourcePath("lexicons/rewrite.yaml"));
  const std::string from = "text: \"[impact: metric before → after]\"";
  yaml.replace(yaml.find(from), from.size(), "text: \"[impact: cut latency by 30%]\"");
  WriteFile(dir + "/rewrite.yaml", yaml);
  testing::CommandResult r =
      testing::RunHirelint({"rewrite", "--lexicons", dir, testing::SourcePath("samples/cv.md")});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find("hirelint: error: " + dir + "/rewrite.yaml:") == 0);
  CHECK(r.err.find("holds a digit") != std::string::npos);
}

TEST_CASE("rewrite: usage errors exit 2") {
  testing::CommandResult r = testing::RunHirelint({"rewrite", "--format", "csv", "x.md"});
  CHECK(r.exit_code == 2);
  testing::CommandResult missing =
      testing::RunHirelint({"rewrite", testing::TempDir() + "/missing.md"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("hirelint: error: ") == 0);
}

TEST_CASE("lint: a finding's suggestion carries its bullet's rewrite") {
  testing::CommandResult r = testing::RunHirelint({testing::SourcePath("samples/cv.md")});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("  suggestion: rewrite: Owned the on-call rotation of the payments gateway, "
                   "[scale: users, requests or data volume], [impact: metric before → after].\n") !=
        std::string::npos);
  // No rewrite for a tool list: the rule's own suggestion.
  CHECK(r.out.find("suggestion: name what you built with these tools") != std::string::npos);
}

}  // namespace
}  // namespace hirelint
