#include "engine/metric_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <system_error>

#include "core/atomic_write.h"
#include "core/build_id.h"
#include "core/fnv1a.h"

namespace hirelint {

std::string MetricCacheId(uint64_t recognizer_fingerprint) {
  const std::string& build = CodeBuildId();
  if (build.empty()) return "";
  return build + "-" + Hex16(recognizer_fingerprint);
}

std::string MetricCachePath(const std::string& cache_dir, const std::string& document_path) {
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(document_path, ec);
  std::string key = ec ? document_path : absolute.lexically_normal().string();
  return (std::filesystem::path(cache_dir) / ("metrics-" + Hex16(Fnv1a(key)))).string();
}

MetricMemo LoadMetricMemo(const std::string& cache_path, const std::string& id, size_t max_bytes) {
  // Only a regular file of this user's, and not a symlink: a FIFO would block, /dev/zero would
  // never end, and another user's file could say anything.
  int fd = open(cache_path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return MetricMemo(id);
  struct stat st {};
  std::string bytes;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() &&
      static_cast<uint64_t>(st.st_size) <= max_bytes) {
    bytes.resize(static_cast<size_t>(st.st_size));
    size_t got = 0;
    while (got < bytes.size()) {
      ssize_t n = read(fd, &bytes[got], bytes.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    bytes.resize(got);
  }
  close(fd);
  return MetricMemo::Parse(bytes, id);
}

std::optional<Error> SaveMetricMemo(const std::string& cache_path, const MetricMemo& memo) {
  if (!memo.changed()) return std::nullopt;
  // The files hold the CV's bullets: the directory is the user's alone (0700), its files 0600.
  std::filesystem::path dir = std::filesystem::path(cache_path).parent_path();
  if (!dir.empty()) {
    std::error_code ec;
    if (dir.has_parent_path()) std::filesystem::create_directories(dir.parent_path(), ec);
    if (mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
      ec = std::error_code(errno, std::generic_category());
    } else {
      ec.clear();
    }
    if (ec || !std::filesystem::is_directory(dir)) {
      Error e;
      e.kind = ErrorKind::kInput;
      e.path = dir.string();
      e.message = "cannot create the metric cache directory" +
                  (ec ? ": " + ec.message() : std::string(": not a directory"));
      return e;
    }
  }
  auto error = WriteFileAtomically(cache_path, memo.Serialize(), ExistingFile::kReplace,
                                   ErrorKind::kInput, Durability::kNoFlush, 0600);
  if (error) error->message = "cannot write the metric cache: " + error->message;
  return error;
}

}  // namespace hirelint
