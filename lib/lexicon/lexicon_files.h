#pragma once
// The set of lexicon files one run uses: the embedded defaults, overlaid by each --lexicons
// directory in order. A file with the same relative path replaces the default; a new path adds.

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace hirelint {

struct LexiconFile {
  std::string name;    // relative path, e.g. "stages.yaml"
  std::string origin;  // what errors name: "<embedded>/stages.yaml" or the real path
  // The file's bytes: the embedded ones where the binary holds them (copying them cost every
  // run ~100 kB of fresh memory that only --lexicons ever reads), else in `owned`.
  std::string_view text;
  std::shared_ptr<const std::string> owned;
};

class LexiconFiles {
 public:
  static LexiconFiles Embedded();
  // Adds or replaces files from `dir` (every *.yaml below it). Errors when `dir` is unreadable.
  Result<bool> Overlay(const std::string& dir);
  // Adds or replaces one file from memory (fuzzers, tests); `origin` is what errors name.
  void Set(const std::string& name, const std::string& origin, std::string text);

  const std::map<std::string, LexiconFile>& files() const { return files_; }
  const LexiconFile* Find(const std::string& name) const;
  // True while the files are exactly the embedded ones: made by Embedded(), then no Set and no
  // Overlay that found a .yaml file. Then LoadLexicons reads the blob the build parsed from
  // them instead of parsing their YAML.
  bool unmodified_embedded() const { return unmodified_embedded_; }

 private:
  std::map<std::string, LexiconFile> files_;
  bool unmodified_embedded_ = false;
};

}  // namespace hirelint
