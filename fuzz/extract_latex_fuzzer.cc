// libFuzzer target: the latex extractor on arbitrary bytes, in bullets and stories mode.

#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return hirelint::fuzz::FuzzExtractor("latex", "cv.tex", data, size);
}
