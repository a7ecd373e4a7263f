// Loading the ZIP reader module hirelint-zip.so (lib/extract/zip_module_loader.cc), which reads
// a DOCX's members: where it is looked for, what it reads, and what a user sees when it cannot be
// loaded. The failures run the binary with HIRELINT_ZIP_MODULE set, since this process keeps the
// module it loaded.

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "extract/zip_module_loader.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

using testing::Contains;
using testing::EndsWith;

void KeepMember(void* context, const char* bytes, size_t size) {
  static_cast<std::string*>(context)->assign(bytes, size);
}

const char* kDocx = "tests/fixtures/docx/cv-libreoffice.docx";

TEST_CASE("ZIP module: looked for next to the executable, then in the installed lib/hirelint") {
  testing::ScopedEnvironmentVariable unset("HIRELINT_ZIP_MODULE", nullptr);
  std::vector<std::string> candidates = ZipModuleCandidates();
  REQUIRE(candidates.size() == 2);
  CHECK(EndsWith(candidates[0], "/hirelint-zip.so"));
  CHECK(std::ifstream(candidates[0]).good());
  CHECK(Contains(candidates[1], "/../"));
  CHECK(EndsWith(candidates[1], "/hirelint/hirelint-zip.so"));
  testing::ScopedEnvironmentVariable forced("HIRELINT_ZIP_MODULE", "/somewhere/else.so");
  CHECK(ZipModuleCandidates() == std::vector<std::string>{"/somewhere/else.so"});
}

TEST_CASE("ZIP module: reads a member whole, and says why it cannot") {
  testing::ScopedEnvironmentVariable unset("HIRELINT_ZIP_MODULE", nullptr);
  Result<HirelintZipReadMemberFunction> read = LoadZipModule();
  REQUIRE(read.ok());
  const std::string docx = testing::ReadFileOrDie(testing::SourcePath(kDocx));
  std::string member;
  REQUIRE(read.value()(docx.data(), docx.size(), "word/document.xml", 1 << 20, &KeepMember,
                       &member) == HIRELINT_ZIP_OK);
  CHECK(member.compare(0, 5, "<?xml") == 0);
  CHECK(Contains(member, "chargeback prediction pipeline"));
  std::string none;
  CHECK(read.value()(docx.data(), docx.size(), "word/missing.xml", 1 << 20, &KeepMember, &none) ==
        HIRELINT_ZIP_NO_MEMBER);
  // A member larger than the caller allows is not read.
  CHECK(read.value()(docx.data(), docx.size(), "word/document.xml", 16, &KeepMember, &none) ==
        HIRELINT_ZIP_NO_MEMBER);
  CHECK(none.empty());
  const std::string half = docx.substr(0, docx.size() / 2);
  CHECK(read.value()(half.data(), half.size(), "word/document.xml", 1 << 20, &KeepMember, &none) ==
        HIRELINT_ZIP_DAMAGED);
  // The member's compressed bytes overwritten: the archive opens, the member does not inflate.
  std::string corrupt = docx;
  size_t header = corrupt.find("word/document.xml");
  REQUIRE(header != std::string::npos);
  for (size_t i = header + 40; i < header + 240 && i < corrupt.size(); ++i) corrupt[i] = '\x5a';
  CHECK(read.value()(corrupt.data(), corrupt.size(), "word/document.xml", 1 << 20, &KeepMember,
                     &none) == HIRELINT_ZIP_UNREADABLE);
  CHECK(none.empty());
  FileResult linted = testing::ProcessText("cv.docx", corrupt);
  REQUIRE(linted.error);
  CHECK(linted.error->message.find("cannot read this DOCX: word/document.xml cannot be "
                                   "decompressed") == 0);
}

TEST_CASE("ZIP module: a missing or foreign module is an input error for DOCX files only") {
  testing::ScopedEnvironmentVariable unset("HIRELINT_ZIP_MODULE", nullptr);
  const std::string missing = testing::TempDir() + "/missing/hirelint-zip.so";
  auto r = testing::RunHirelint({kDocx}, "", {"HIRELINT_ZIP_MODULE=" + missing});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(Contains(r.err, std::string("hirelint: error: ") + kDocx +
                            ": cannot load the ZIP reader module hirelint-zip.so (tried " +
                            missing + ": "));
  CHECK(Contains(r.err, "No such file or directory"));
  CHECK(Contains(r.err, "set HIRELINT_ZIP_MODULE"));
  auto foreign = testing::RunHirelint({kDocx}, "", {"HIRELINT_ZIP_MODULE=libm.so.6"});
  CHECK(foreign.exit_code == 2);
  CHECK(Contains(foreign.err, "libm.so.6: not a hirelint ZIP reader module"));
  // The PDF module, next to the ZIP module in the build, is not the ZIP module.
  std::string zip_module = ZipModuleCandidates()[0];
  std::string pdf_module = zip_module.substr(0, zip_module.rfind('/')) + "/hirelint-pdf.so";
  auto pdf = testing::RunHirelint({kDocx}, "", {"HIRELINT_ZIP_MODULE=" + pdf_module});
  CHECK(pdf.exit_code == 2);
  CHECK(Contains(pdf.err, "not a hirelint ZIP reader module"));
  // Other formats never need the module.
  auto markdown = testing::RunHirelint({"samples/cv.md"}, "", {"HIRELINT_ZIP_MODULE=" + missing});
  CHECK(markdown.exit_code < 2);
  CHECK_FALSE(Contains(markdown.err, "ZIP reader module"));
}

}  // namespace
}  // namespace hirelint
