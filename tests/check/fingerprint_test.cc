#include <doctest/doctest.h>

#include "check/fingerprint.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

// The fingerprint of the first finding of `rule` in `text` (a Markdown file).
std::string FingerprintOf(const std::string& text, const std::string& rule) {
  FileResult r = testing::ProcessText("cv.md", text);
  for (const Finding& f : r.findings) {
    if (f.rule == rule) return Fingerprint(r.source, r.items, f);
  }
  FAIL("no finding of " << rule);
  return "";
}

TEST_CASE("Fingerprint: rule id plus the bullet's normalised text") {
  FileResult r =
      testing::ProcessText("cv.md", "## Experience\n\n- Helped   with the\n  MIGRATION.\n");
  REQUIRE(!r.findings.empty());
  CHECK(FingerprintText(r.source, r.items, r.findings[0]) == "helped with the migration.");
  std::string fp = Fingerprint(r.source, r.items, r.findings[0]);
  CHECK(fp.size() == 16);
  CHECK(fp.find_first_not_of("0123456789abcdef") == std::string::npos);
}

TEST_CASE("Fingerprint: moving the bullet keeps it; editing it or another rule changes it") {
  const std::string bullet = "- Helped with the migration to Kubernetes.\n";
  std::string here = FingerprintOf("## Experience\n\n" + bullet, "verb-weak-opener");
  std::string moved =
      FingerprintOf("# Name\n\n## Experience\n\n- Cut costs by 30% for 4 teams.\n\n" + bullet,
                    "verb-weak-opener");
  std::string reflowed = FingerprintOf(
      "## Experience\n\n- Helped with the\n  migration to Kubernetes.\n", "verb-weak-opener");
  std::string edited =
      FingerprintOf("## Experience\n\n- Helped with the migration to Nomad.\n", "verb-weak-opener");
  std::string other_rule = FingerprintOf("## Experience\n\n" + bullet, "impact-unquantified");
  CHECK(here == moved);
  CHECK(here == reflowed);
  CHECK(here != edited);
  CHECK(here != other_rule);
}

TEST_CASE("Fingerprint: case and compatibility forms fold; a file-level finding uses its span") {
  SourceFile source("cv.md", "<!-- x -->\nＨｅｌｌｏ\n");
  Finding f;
  f.rule = "unused-suppression";
  f.begin = 11;
  f.end = source.bytes().size() - 1;
  CHECK(FingerprintText(source, {}, f) == "hello");
  f.end = f.begin;
  CHECK(FingerprintText(source, {}, f).empty());
}

}  // namespace
}  // namespace hirelint
