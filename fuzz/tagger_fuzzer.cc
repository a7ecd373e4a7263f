// libFuzzer target: the tagger built from the embedded lexicons, on arbitrary valid UTF-8.

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/utf8.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (hirelint::FindInvalidUtf8(bytes).has_value()) return 0;
  hirelint::fuzz::SharedEngine().tagger().Tag(bytes);
  return 0;
}
