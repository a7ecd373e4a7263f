#include <doctest/doctest.h>

#include "config/glob.h"

namespace hirelint {
namespace {

TEST_CASE("Glob: a name without '/' matches at any depth, files and folders") {
  CHECK(GlobMatches("*.txt", "cv.txt"));
  CHECK(GlobMatches("*.txt", "old/cv.txt"));
  CHECK_FALSE(GlobMatches("*.txt", "cv.md"));
  CHECK(GlobMatches("drafts", "drafts/cv.md"));
  CHECK(GlobMatches("drafts", "a/drafts/b/cv.md"));
  CHECK(GlobMatches("drafts", "drafts"));  // a file named drafts
  CHECK_FALSE(GlobMatches("drafts", "drafts-2024/cv.md"));
}

TEST_CASE("Glob: a trailing '/' matches folders only") {
  CHECK(GlobMatches("drafts/", "drafts/cv.md"));
  CHECK(GlobMatches("drafts/", "x/drafts/cv.md"));
  CHECK_FALSE(GlobMatches("drafts/", "drafts"));
}

TEST_CASE("Glob: a '/' inside anchors at the config's directory") {
  CHECK(GlobMatches("old/*.md", "old/cv.md"));
  CHECK_FALSE(GlobMatches("old/*.md", "x/old/cv.md"));
  CHECK(GlobMatches("/cv.md", "cv.md"));
  CHECK_FALSE(GlobMatches("/cv.md", "x/cv.md"));
  CHECK(GlobMatches("applications/ml", "applications/ml/cv.md"));  // a folder prefix
  CHECK_FALSE(GlobMatches("old/*.md", "old/cv.txt"));
}

TEST_CASE("Glob: ** spans any number of folders") {
  CHECK(GlobMatches("**/cv.md", "cv.md"));
  CHECK(GlobMatches("**/cv.md", "a/b/cv.md"));
  CHECK(GlobMatches("stories/**", "stories/a.md"));
  CHECK(GlobMatches("stories/**", "stories/x/y/a.md"));
  CHECK_FALSE(GlobMatches("stories/**", "cv/stories.md"));
  CHECK(GlobMatches("a/**/b.md", "a/b.md"));
  CHECK(GlobMatches("a/**/b.md", "a/x/y/b.md"));
  CHECK_FALSE(GlobMatches("a/**/b.md", "b/x/b.md"));
}

TEST_CASE("Glob: ? and classes stay within one segment") {
  CHECK(GlobMatches("cv-?.md", "cv-1.md"));
  CHECK_FALSE(GlobMatches("cv-?.md", "cv-12.md"));
  CHECK(GlobMatches("cv-[ab].md", "cv-a.md"));
  CHECK_FALSE(GlobMatches("cv-[ab].md", "cv-c.md"));
  CHECK(GlobMatches("cv-[!ab].md", "cv-c.md"));
  CHECK_FALSE(GlobMatches("a*b", "a/b"));
}

TEST_CASE("Glob: syntax errors") {
  CHECK(GlobSyntaxError("*.md") == std::nullopt);
  CHECK(GlobSyntaxError("[]]x") == std::nullopt);
  CHECK(GlobSyntaxError("") == std::optional<std::string>("an empty glob matches nothing"));
  CHECK(GlobSyntaxError("cv-[ab.md") ==
        std::optional<std::string>("'[' at character 4 is never closed with ']'"));
  CHECK(GlobSyntaxError("a[b/c]") != std::nullopt);
}

}  // namespace
}  // namespace hirelint
