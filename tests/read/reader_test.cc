#include "read/reader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "support/test_support.h"

namespace hirelint {
namespace {

TEST_CASE("SourceFile::PositionOf counts lines for LF, CRLF and CR and columns in code points") {
  SourceFile lf("a", "one\ntwo\n");
  CHECK(lf.PositionOf(4).line == 2);
  CHECK(lf.PositionOf(4).column == 1);
  SourceFile crlf("a", "one\r\ntwo\r\nthree");
  CHECK(crlf.PositionOf(5).line == 2);
  CHECK(crlf.PositionOf(12).line == 3);
  CHECK(crlf.PositionOf(12).column == 3);
  SourceFile cr("a", "one\rtwo\rthree");
  CHECK(cr.PositionOf(8).line == 3);
  SourceFile wide("a", "- caf\xC3\xA9 50%");
  CHECK(wide.PositionOf(8).column == 8);  // "50%" after a two-byte é
  SourceFile bom("a", "\xEF\xBB\xBFhello");
  CHECK(bom.bom_length() == 3);
  CHECK(bom.PositionOf(3).column == 1);  // the BOM is not a column
}

TEST_CASE("SourceFile pages: PositionOf gives the page and the line within it") {
  SourceFile view("cv.pdf", "a\nb\nc\nd\ne");
  view.SetPageStarts({1, 3, 3, 5});  // page 3 has no text
  Position first = view.PositionOf(0);
  CHECK(first.page == 1);
  CHECK(first.line == 1);
  Position c = view.PositionOf(4);  // "c": line 3 of the file, the first of page 3
  CHECK(c.page == 3);
  CHECK(c.line == 1);
  Position d = view.PositionOf(6);
  CHECK(d.page == 3);
  CHECK(d.line == 2);
  CHECK(view.FileLine(d) == 4);
  Position e = view.PositionOf(8);
  CHECK(e.page == 4);
  CHECK(e.line == 1);
  CHECK(SourceFile("x", "a\nb").PositionOf(2).page == 0);
}

TEST_CASE("Binary documents are read only as .pdf or .docx with their signature") {
  CHECK(IsBinaryDocument("cv.pdf", "%PDF-1.7\n"));
  CHECK(IsBinaryDocument("dir/CV.PDF", "%PDF-1.4"));
  CHECK(IsBinaryDocument("cv.docx", std::string("PK\x03\x04", 4)));
  CHECK_FALSE(IsBinaryDocument("cv.txt", "%PDF-1.7\n"));
  CHECK_FALSE(IsBinaryDocument("cv.zip", std::string("PK\x03\x04", 4)));
  CHECK_FALSE(IsBinaryDocument("cv.pdf", std::string("PK\x03\x04", 4)));
  CHECK_FALSE(IsBinaryDocument("cv.docx", "%PDF-1.7"));
  std::string dir = testing::TempDir();
  std::ofstream(dir + "/cv.pdf", std::ios::binary) << "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  auto pdf = ReadSource(dir + "/cv.pdf", ReadOptions());
  CHECK(pdf.ok());
  std::ofstream(dir + "/cv.zip", std::ios::binary) << std::string("PK\x03\x04rest", 8);
  auto zip = ReadSource(dir + "/cv.zip", ReadOptions());
  REQUIRE_FALSE(zip.ok());
  CHECK(zip.error().message.find("not a text file: looks like ZIP") == 0);
}

TEST_CASE("ValidateText names binary formats and the first bad byte") {
  auto pdf = ValidateText(SourceFile("cv.pdf", "%PDF-1.7\n..."));
  REQUIRE(pdf.has_value());
  CHECK(pdf->message.find("not a text file: looks like PDF") == 0);
  auto png = ValidateText(SourceFile("x.txt", "\x89PNG\r\n"));
  REQUIRE(png.has_value());
  CHECK(png->message.find("looks like PNG") != std::string::npos);
  auto zip = ValidateText(SourceFile("cv.txt", std::string("PK\x03\x04rest", 8)));
  REQUIRE(zip.has_value());
  CHECK(zip->message.find("ZIP") != std::string::npos);
  auto bad = ValidateText(SourceFile("cv.md", "line one\n- caf\xE9 bullet\n"));
  REQUIRE(bad.has_value());
  CHECK(bad->line == 2);
  CHECK(bad->column == 6);
  CHECK(bad->message.find("invalid UTF-8 byte 0xE9") == 0);
  auto nul = ValidateText(SourceFile("cv.md", std::string("ab\0cd", 5)));
  REQUIRE(nul.has_value());
  CHECK(nul->message.find("NUL") != std::string::npos);
  CHECK_FALSE(ValidateText(SourceFile("cv.md", "fine\n")).has_value());
}

TEST_CASE("ReadSource: a missing file and a limit") {
  ReadOptions options;
  auto missing = ReadSource("/nonexistent/cv.md", options);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message == "no such file or directory");
  std::string dir = testing::TempDir();
  { std::ofstream(dir + "/big.txt") << std::string(2048, 'a'); }
  options.max_file_bytes = 1024;
  auto big = ReadSource(dir + "/big.txt", options);
  REQUIRE_FALSE(big.ok());
  CHECK(big.error().kind == ErrorKind::kLimit);
}

TEST_CASE("ExpandInputs walks directories in sorted order and reports bad paths") {
  std::string dir = testing::TempDir();
  std::filesystem::create_directories(dir + "/sub");
  std::filesystem::create_directories(dir + "/.git");
  for (const char* f : {"/b.md", "/a.txt", "/sub/c.md", "/notes.pdf", "/.git/x.md"}) std::ofstream(dir + f) << "x";
  std::vector<Error> errors;
  auto is_cv = [](const std::string& p) { return p.size() > 3 && (p.substr(p.size() - 3) == ".md" || p.substr(p.size() - 4) == ".txt"); };
  auto files = ExpandInputs({dir, "/nonexistent.md"}, is_cv, ".md, .txt", &errors);
  REQUIRE(files.size() == 3);
  CHECK(files[0] == dir + "/a.txt");
  CHECK(files[1] == dir + "/b.md");
  CHECK(files[2] == dir + "/sub/c.md");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].path == "/nonexistent.md");
  std::filesystem::create_directories(dir + "/empty");
  errors.clear();
  ExpandInputs({dir + "/empty"}, is_cv, ".md, .txt", &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message.find("directory holds no file hirelint reads (.md, .txt)") == 0);
}

}  // namespace
}  // namespace hirelint
