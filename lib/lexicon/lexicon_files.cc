#include "lexicon/lexicon_files.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <utility>

#include "lexicon/embedded.h"

namespace hirelint {
namespace fs = std::filesystem;

LexiconFiles LexiconFiles::Embedded() {
  LexiconFiles out;
  for (const EmbeddedFile& f : EmbeddedLexicons()) {
    out.files_[f.name] = LexiconFile{f.name, std::string("<embedded>/lexicons/") + f.name,
                                     std::string_view(f.data, f.size), nullptr};
  }
  out.unmodified_embedded_ = true;
  return out;
}

Result<bool> LexiconFiles::Overlay(const std::string& dir) {
  Error error;
  error.kind = ErrorKind::kLexicon;
  error.path = dir;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    error.message = "lexicon directory not found; --lexicons takes a directory of .yaml files";
    return error;
  }
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->path().extension() != ".yaml") continue;
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) {
      error.path = it->path().string();
      error.message = "cannot read lexicon file";
      return error;
    }
    std::string name = fs::relative(it->path(), dir, ec).generic_string();
    Set(name, it->path().string(), std::string(std::istreambuf_iterator<char>(in), {}));
  }
  return true;
}

void LexiconFiles::Set(const std::string& name, const std::string& origin, std::string text) {
  unmodified_embedded_ = false;
  auto owned = std::make_shared<const std::string>(std::move(text));
  files_[name] = LexiconFile{name, origin, *owned, owned};
}

const LexiconFile* LexiconFiles::Find(const std::string& name) const {
  auto it = files_.find(name);
  return it == files_.end() ? nullptr : &it->second;
}

}  // namespace hirelint
