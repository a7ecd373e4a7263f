#pragma once
// Shared pieces of the libFuzzer targets: the engine built once from the embedded lexicons, and
// the same gate the real pipeline applies before extracting (UTF-8 and binary signatures).

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "core/source_file.h"
#include "engine/engine.h"
#include "extract/extractor.h"
#include "lexicon/lexicon_files.h"
#include "read/reader.h"

namespace hirelint::fuzz {

inline const Engine& SharedEngine() {
  static std::shared_ptr<const Engine> engine = [] {
    auto created = Engine::Create(EngineOptions{});
    if (!created.ok()) std::abort();  // the embedded lexicons must always build
    return created.value();
  }();
  return *engine;
}

// Sets `out` to the bytes as a SourceFile and returns true when ReadSource would accept them;
// false for what it refuses (invalid UTF-8, binary signatures), which never reaches extractors.
inline bool AcceptedSource(const uint8_t* data, size_t size, const std::string& name,
                           SourceFile* out) {
  SourceFile file(name, std::string(reinterpret_cast<const char*>(data), size));
  if (ValidateText(file).has_value()) return false;
  *out = std::move(file);
  return true;
}

// Builds an engine with the bytes as lexicon file `name` over the embedded lexicons: it must
// give an engine or an Error, never a crash; an engine must then lint a bullet.
inline int FuzzLexiconFile(const char* name, const uint8_t* data, size_t size) {
  static const LexiconFiles embedded = LexiconFiles::Embedded();
  LexiconFiles files = embedded;
  files.Set(name, std::string("fuzz/") + name,
            std::string(reinterpret_cast<const char*>(data), size));
  auto engine = Engine::Create(files);
  if (engine.ok()) {
    RunOptions options;
    engine.value()->Process(SourceFile("cv.md", "- Reduced p99 latency by 40% for 2M users\n"),
                            options);
  }
  return 0;
}

// Runs the extractor named `format` in both modes and checks what every extractor promises:
// item spans lie inside the file.
inline int FuzzExtractor(const char* format, const char* name, const uint8_t* data, size_t size) {
  SourceFile file;
  if (!AcceptedSource(data, size, name, &file)) return 0;
  const ExtractorEntry* entry = FindExtractor(format);
  if (entry == nullptr) std::abort();
  for (ExtractMode mode : {ExtractMode::kBullets, ExtractMode::kStories}) {
    auto extraction = entry->extract(file, mode);
    if (!extraction.ok()) continue;
    for (const Item& item : extraction.value().items) {
      // Every item's span and its mapped start lie inside the file.
      if (item.begin > item.end || item.end > file.bytes().size()) std::abort();
      if (item.SourceBegin() > file.bytes().size()) std::abort();
      file.PositionOf(item.SourceBegin());
    }
  }
  return 0;
}

}  // namespace hirelint::fuzz
