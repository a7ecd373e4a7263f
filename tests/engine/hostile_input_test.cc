// Hostile and odd input: every case gets an exact answer (findings at the right line and column,
// or an error naming what is wrong), never a crash, a hang or silent garbage.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "support/test_support.h"

namespace hirelint {
namespace {

using testing::Contains;

// (line, column, rule) of every finding, in report order.
using Spot = std::pair<std::pair<size_t, size_t>, std::string>;
std::vector<Spot> Spots(const FileResult& r) {
  std::vector<Spot> out;
  for (const Finding& f : r.findings) {
    Position p = r.source.PositionOf(f.begin);
    out.push_back({{p.line, p.column}, f.rule});
  }
  return out;
}

// The position of the first finding of `rule`; {0, 0} when there is none.
Position FirstOf(const FileResult& r, const std::string& rule) {
  for (const Finding& f : r.findings) {
    if (f.rule == rule) return r.source.PositionOf(f.begin);
  }
  return {};
}

std::string WriteFile(const std::string& name, const std::string& bytes) {
  std::string path = testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST_CASE("Hostile: CRLF and CR-only line endings give the same findings on the same lines as LF") {
  std::string lf =
      "## Experience\n\n- Responsible for various pipelines\n- Helped with the model\n";
  std::string crlf, cr;
  for (char c : lf) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  for (const char* name : {"cv.md", "cv.txt"}) {
    FileResult a = testing::ProcessText(name, lf);
    FileResult b = testing::ProcessText(name, crlf);
    FileResult c = testing::ProcessText(name, cr);
    REQUIRE_FALSE(a.error.has_value());
    REQUIRE_FALSE(a.findings.empty());
    CHECK(Spots(a) == Spots(b));
    CHECK(Spots(a) == Spots(c));
    CHECK(FirstOf(c, "hedge-filler").line == 3);
    CHECK(FirstOf(c, "hedge-filler").column == 19);
    const std::vector<Spot> spots = Spots(b);
    CHECK(std::count(spots.begin(), spots.end(), Spot{{3, 3}, "verb-weak-opener"}) == 1);
    CHECK(std::count(spots.begin(), spots.end(), Spot{{4, 3}, "verb-weak-opener"}) == 1);
  }
}

TEST_CASE("Hostile: a BOM is not a column and does not hide the first bullet") {
  FileResult r =
      testing::ProcessText("cv.md", "\xEF\xBB\xBF- Worked on various pipelines for the team\n");
  REQUIRE_FALSE(r.error.has_value());
  REQUIRE(r.items.size() == 1);
  CHECK(r.items[0].text.rfind("Worked on", 0) == 0);
  CHECK(FirstOf(r, "hedge-filler").line == 1);
  CHECK(FirstOf(r, "hedge-filler").column == 13);
  CHECK(FirstOf(r, "verb-weak-opener").column == 3);
}

TEST_CASE("Hostile: columns count code points past emoji, combining marks and right-to-left text") {
  // "café" spelled with a combining acute (2 code points), a rocket (1 code point, 4 bytes),
  // a family emoji joined with ZWJ (5 code points), and Hebrew and Arabic words.
  std::string line =
      "- Built a cafe\xCC\x81 app \xF0\x9F\x9A\x80 for \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9"
      "\xE2\x80\x8D\xF0\x9F\x91\xA7 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D "
      "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8"
      "\xD8\xA7 with various teams\n";
  FileResult r = testing::ProcessText("cv.md", line);
  REQUIRE_FALSE(r.error.has_value());
  REQUIRE(r.items.size() == 1);
  // "- Built a " 10, "café" 5, " app " 5, rocket 1, " for " 5, family 5, " " 1, Hebrew 4,
  // " " 1, Arabic 5, " with " 6: "various" starts at code point 49.
  CHECK(FirstOf(r, "hedge-filler").line == 1);
  CHECK(FirstOf(r, "hedge-filler").column == 49);
  // The whole bullet is kept: nothing after the non-Latin text is lost.
  CHECK(r.items[0].text.size() + 2 == line.size() - 1);
}

TEST_CASE("Hostile: right-to-left bullets are read, tokenized and tagged") {
  FileResult r = testing::ProcessText(
      "cv.md", "- \xD7\x91\xD7\xA0\xD7\x99\xD7\xAA\xD7\x99 model serving for 2M users\n");
  REQUIRE_FALSE(r.error.has_value());
  REQUIRE(r.items.size() == 1);
  REQUIRE(r.tags.size() == 1);
  CHECK_FALSE(r.tags[0].metrics.empty());
}

TEST_CASE("Hostile: an empty file is linted with no findings and exit 0") {
  FileResult r = testing::ProcessText("cv.md", "");
  CHECK_FALSE(r.error.has_value());
  CHECK(r.items.empty());
  CHECK(r.findings.empty());
  auto cli = testing::RunHirelint({WriteFile("empty.md", "")});
  CHECK(cli.exit_code == 0);
  CHECK(cli.out == "no findings in 1 file\n");
  CHECK(cli.err.empty());
}

TEST_CASE("Hostile: a file with no bullets gives no bullet findings, only prose ones") {
  FileResult r = testing::ProcessText(
      "cv.md", "# Jane Doe\n\nI build ML systems. Worked on various things.\n");
  REQUIRE_FALSE(r.error.has_value());
  for (const Item& item : r.items) CHECK(item.kind != ItemKind::kBullet);
  CHECK(Spots(r) == std::vector<Spot>{{{3, 31}, "hedge-filler"}});
}

TEST_CASE("Hostile: NUL bytes, a PNG and a ZIP given as .md exit 2 with what they look like") {
  auto nul = testing::RunHirelint({WriteFile("nul.md", std::string("- Built a \0 thing\n", 18))});
  CHECK(nul.exit_code == 2);
  CHECK(Contains(nul.err, "nul.md:1:11: not a text file: contains a NUL byte"));
  CHECK(nul.out.empty());
  auto png = testing::RunHirelint(
      {WriteFile("photo.md", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16))});
  CHECK(png.exit_code == 2);
  CHECK(Contains(png.err, "photo.md: not a text file: looks like PNG"));
  CHECK(png.out.empty());
  auto zip = testing::RunHirelint({WriteFile("cv.md", std::string("PK\x03\x04\x14\0\0\0", 8))});
  CHECK(zip.exit_code == 2);
  CHECK(Contains(zip.err, "cv.md: not a text file: looks like ZIP (or DOCX)"));
  CHECK(zip.out.empty());
}

TEST_CASE("Hostile: a lexicon value of the wrong type names the key and its position") {
  std::string dir = testing::TempDir();
  std::ofstream(dir + "/hedges.yaml") << "hedges: various\n";
  EngineOptions options;
  options.lexicon_dirs.push_back(dir);
  auto engine = Engine::Create(options);
  REQUIRE_FALSE(engine.ok());
  CHECK(engine.error().kind == ErrorKind::kLexicon);
  CHECK(engine.error().path == dir + "/hedges.yaml");
  CHECK(engine.error().line == 1);
  CHECK(engine.error().column == 9);
  CHECK(engine.error().message == "hedges must be a list of phrases");

  std::ofstream(dir + "/scoring.yaml") << "bullet:\n  quantified: lots\n";
  std::filesystem::remove(dir + "/hedges.yaml");
  auto scoring = Engine::Create(options);
  REQUIRE_FALSE(scoring.ok());
  CHECK(scoring.error().line == 2);
  CHECK(scoring.error().column == 15);
  CHECK(Contains(scoring.error().message, "quantified"));
  CHECK(Contains(scoring.error().message, "must be a number"));
}

}  // namespace
}  // namespace hirelint
