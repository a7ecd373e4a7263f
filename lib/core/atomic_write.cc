#include "core/atomic_write.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace hirelint {
namespace {

Error WriteError(const std::string& path, ErrorKind kind, const std::string& message) {
  Error e;
  e.kind = kind;
  e.path = path;
  e.message = message;
  return e;
}

std::string Reason(int err) { return std::strerror(err); }

}  // namespace

std::optional<Error> WriteFileAtomically(const std::string& path, const std::string& contents,
                                         ExistingFile existing, ErrorKind kind,
                                         Durability durability, unsigned permissions) {
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (existing == ExistingFile::kKeep) {
    std::error_code ec;
    if (fs::exists(fs::symlink_status(target, ec))) {
      return WriteError(path, kind, "file exists; hirelint does not overwrite it");
    }
  }
  // O_EXCL with mode 0666 (the default) lets the kernel apply the umask, so the file gets the
  // permissions an ordinary new file would (a config or baseline is shared through git). The
  // leading dot keeps the temporary file out of hirelint's own directory walks (hidden entries are
  // skipped).
  std::string tmpl;
  int fd = -1;
  static std::atomic<unsigned> counter{0};
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    tmpl = (dir / ("." + target.filename().string() + ".tmp-" + std::to_string(getpid()) + "-" +
                   std::to_string(counter++)))
               .string();
    fd = open(tmpl.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
              static_cast<mode_t>(permissions));
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) {
    return WriteError(path, kind, "cannot create a temporary file next to it: " + Reason(errno));
  }
  auto fail = [&](const std::string& what) {
    int err = errno;
    close(fd);
    unlink(tmpl.c_str());
    return WriteError(path, kind, what + ": " + Reason(err));
  };
  size_t written = 0;
  while (written < contents.size()) {
    ssize_t n = write(fd, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("cannot write");
    }
    written += static_cast<size_t>(n);
  }
  if (durability == Durability::kFlush && fsync(fd) != 0) return fail("cannot flush to disk");
  if (close(fd) != 0) {
    int err = errno;
    unlink(tmpl.c_str());
    return WriteError(path, kind, "cannot write: " + Reason(err));
  }
  if (existing == ExistingFile::kKeep) {
    // link() fails with EEXIST when the target exists, so a file created after the check above
    // is still never replaced.
    if (link(tmpl.c_str(), path.c_str()) != 0) {
      int err = errno;
      unlink(tmpl.c_str());
      if (err == EEXIST)
        return WriteError(path, kind, "file exists; hirelint does not overwrite it");
      return WriteError(path, kind, "cannot create: " + Reason(err));
    }
    unlink(tmpl.c_str());
    return std::nullopt;
  }
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    int err = errno;
    unlink(tmpl.c_str());
    return WriteError(path, kind, "cannot replace: " + Reason(err));
  }
  return std::nullopt;
}

}  // namespace hirelint
