// libFuzzer target: arbitrary bytes as stages.yaml overlaid on the embedded lexicons; building
// the engine must give an engine or an Error, never a crash.

#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return hirelint::fuzz::FuzzLexiconFile("stages.yaml", data, size);
}
