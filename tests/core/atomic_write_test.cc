#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "core/atomic_write.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

size_t FilesIn(const std::string& dir) {
  size_t n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    (void)entry;
    ++n;
  }
  return n;
}

TEST_CASE("Atomic write: replaces a file and leaves no temporary file") {
  std::string dir = testing::TempDir();
  std::string path = dir + "/baseline.json";
  std::ofstream(path) << "old";
  REQUIRE_FALSE(WriteFileAtomically(path, "new\n", ExistingFile::kReplace, ErrorKind::kConfig));
  CHECK(testing::ReadFileOrDie(path) == "new\n");
  CHECK(FilesIn(dir) == 1);
}

TEST_CASE("Atomic write: kKeep never overwrites") {
  std::string dir = testing::TempDir();
  std::string path = dir + "/.hirelint.yaml";
  REQUIRE_FALSE(WriteFileAtomically(path, "a: 1\n", ExistingFile::kKeep, ErrorKind::kUsage));
  CHECK(testing::ReadFileOrDie(path) == "a: 1\n");
  auto again = WriteFileAtomically(path, "b: 2\n", ExistingFile::kKeep, ErrorKind::kUsage);
  REQUIRE(again);
  CHECK(again->kind == ErrorKind::kUsage);
  CHECK(again->path == path);
  CHECK(again->message == "file exists; hirelint does not overwrite it");
  CHECK(testing::ReadFileOrDie(path) == "a: 1\n");
  CHECK(FilesIn(dir) == 1);
}

TEST_CASE("Atomic write: the new file gets ordinary permissions, not mkstemp's 0600") {
  std::string dir = testing::TempDir();
  mode_t old_mask = umask(022);
  auto error = WriteFileAtomically(dir + "/f", "x", ExistingFile::kReplace, ErrorKind::kConfig);
  umask(old_mask);
  REQUIRE_FALSE(error);
  struct stat st;
  REQUIRE(stat((dir + "/f").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0644);
}

TEST_CASE("Atomic write: an unwritable directory is an error naming the file") {
  auto error = WriteFileAtomically("/nonexistent-dir-hirelint/x.json", "x", ExistingFile::kReplace,
                                   ErrorKind::kConfig);
  REQUIRE(error);
  CHECK(error->path == "/nonexistent-dir-hirelint/x.json");
  CHECK(error->message.find("cannot create a temporary file next to it") == 0);
}

}  // namespace
}  // namespace hirelint
