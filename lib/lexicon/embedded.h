#pragma once
// The lexicon and rule files under lexicons/, compiled into the binary by
// cmake/embed_lexicons.cmake.

#include <cstddef>
#include <vector>

namespace hirelint {

struct EmbeddedFile {
  const char* name;  // path under lexicons/, e.g. "stages.yaml", "rules/hedge-filler.yaml"
  const char* data;
  size_t size;
};

const std::vector<EmbeddedFile>& EmbeddedLexicons();

}  // namespace hirelint
