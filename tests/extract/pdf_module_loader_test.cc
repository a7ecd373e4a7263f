// Loading the PDF reader module hirelint-pdf.so (lib/extract/pdf_module_loader.cc): where it is
// looked for, and what a user sees when it cannot be loaded. The failures run the binary with
// HIRELINT_PDF_MODULE set, since this process keeps the module it loaded.

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "extract/pdf_module_loader.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

using testing::Contains;
using testing::EndsWith;

TEST_CASE("PDF module: looked for next to the executable, then in the installed lib/hirelint") {
  testing::ScopedEnvironmentVariable unset("HIRELINT_PDF_MODULE", nullptr);
  std::vector<std::string> candidates = PdfModuleCandidates();
  REQUIRE(candidates.size() == 2);
  // hirelint_tests is built next to hirelint and the module.
  CHECK(EndsWith(candidates[0], "/hirelint-pdf.so"));
  CHECK(std::ifstream(candidates[0]).good());
  CHECK(Contains(candidates[1], "/../"));
  CHECK(EndsWith(candidates[1], "/hirelint/hirelint-pdf.so"));
}

TEST_CASE("PDF module: HIRELINT_PDF_MODULE, when set, is the only place looked") {
  testing::ScopedEnvironmentVariable forced("HIRELINT_PDF_MODULE", "/somewhere/else.so");
  CHECK(PdfModuleCandidates() == std::vector<std::string>{"/somewhere/else.so"});
  testing::ScopedEnvironmentVariable empty("HIRELINT_PDF_MODULE", "");
  CHECK(PdfModuleCandidates().size() == 2);
}

TEST_CASE("PDF module: the build's module loads, and reads a PDF") {
  testing::ScopedEnvironmentVariable unset("HIRELINT_PDF_MODULE", nullptr);
  REQUIRE(LoadPdfModule().ok());
  CHECK_FALSE(testing::SharedEngine()
                  .Run(testing::SourcePath("tests/fixtures/pdf/split-bullet.pdf"), RunOptions())
                  .error);
}

TEST_CASE("PDF module: a missing module is an input error naming the path and dlerror") {
  const std::string missing = testing::TempDir() + "/missing/hirelint-pdf.so";
  auto r = testing::RunHirelint({"tests/fixtures/pdf/split-bullet.pdf"}, "",
                                {"HIRELINT_PDF_MODULE=" + missing});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(Contains(r.err,
                 "hirelint: error: tests/fixtures/pdf/split-bullet.pdf: cannot load the "
                 "PDF reader module hirelint-pdf.so (tried " +
                     missing + ": "));
  CHECK(Contains(r.err, "No such file or directory"));
  CHECK(Contains(r.err, "set HIRELINT_PDF_MODULE"));
  // Other formats never need the module.
  auto markdown = testing::RunHirelint({"samples/cv.md"}, "", {"HIRELINT_PDF_MODULE=" + missing});
  CHECK(markdown.exit_code < 2);
  CHECK_FALSE(Contains(markdown.err, "PDF reader module"));
}

TEST_CASE("PDF module: a file that is not a module, or not hirelint's, is refused") {
  const std::string dir = testing::TempDir();
  std::ofstream(dir + "/junk.so") << "not an ELF file\n";
  auto junk = testing::RunHirelint({"tests/fixtures/pdf/split-bullet.pdf"}, "",
                                   {"HIRELINT_PDF_MODULE=" + dir + "/junk.so"});
  CHECK(junk.exit_code == 2);
  CHECK(Contains(junk.err,
                 "cannot load the PDF reader module hirelint-pdf.so (tried " + dir + "/junk.so: "));
  // A real shared library without hirelint's entry points (the C math library).
  auto foreign = testing::RunHirelint({"tests/fixtures/pdf/split-bullet.pdf"}, "",
                                      {"HIRELINT_PDF_MODULE=libm.so.6"});
  CHECK(foreign.exit_code == 2);
  CHECK(Contains(foreign.err, "libm.so.6: not a hirelint PDF reader module"));
  // A batch of several PDFs reports each one, and still lints the other files.
  auto batch = testing::RunHirelint(
      {"tests/fixtures/pdf/split-bullet.pdf", "tests/fixtures/pdf/two-column.pdf", "samples/cv.md"},
      "", {"HIRELINT_PDF_MODULE=" + dir + "/junk.so"});
  CHECK(batch.exit_code == 2);
  CHECK(Contains(batch.err, "split-bullet.pdf: cannot load the PDF reader module"));
  CHECK(Contains(batch.err, "two-column.pdf: cannot load the PDF reader module"));
  CHECK(Contains(batch.out, "samples/cv.md:"));
}

}  // namespace
}  // namespace hirelint
