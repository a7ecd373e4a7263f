#pragma once
// Writing a whole file so that readers see either the old content or the new one, never a
// part: the bytes go to a temporary file in the same directory (same file system), are flushed
// to disk, and the temporary file is then moved into place.

#include <optional>
#include <string>

#include "core/error.h"

namespace hirelint {

enum class ExistingFile {
  kReplace,  // rename over an existing file (baselines are rewritten on purpose)
  kKeep,     // fail when the file exists, even if it appears while writing (hirelint init)
};

enum class Durability {
  kFlush,    // wait until the bytes are on disk before the rename (configs, baselines, CVs)
  kNoFlush,  // a cache: a file torn by a crash is read as empty and rebuilt
};

// Writes `contents` to `path`, a new file getting `permissions` less the umask. On any failure the
// target is untouched, the temporary file is removed, and the Error (kind `kind`) names `path` and
// the reason. With ExistingFile::kKeep an existing `path` is an error whose message says so.
std::optional<Error> WriteFileAtomically(const std::string& path, const std::string& contents,
                                         ExistingFile existing, ErrorKind kind,
                                         Durability durability = Durability::kFlush,
                                         unsigned permissions = 0666);

}  // namespace hirelint
