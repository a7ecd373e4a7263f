// libFuzzer target: ICU word and sentence breaking and folding on arbitrary valid UTF-8; every
// token and sentence span must lie inside the text, in order.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/utf8.h"
#include "fuzz_support.h"
#include "tokenize/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (hirelint::FindInvalidUtf8(bytes).has_value()) return 0;
  static const hirelint::Tokenizer tokenizer({"ms", "gb", "qps"});
  size_t last = 0;
  for (const hirelint::Token& token : tokenizer.Tokenize(bytes)) {
    if (token.begin < last || token.begin > token.end || token.end > bytes.size()) std::abort();
    last = token.end;
  }
  for (const auto& [begin, end] : tokenizer.Sentences(bytes)) {
    if (begin > end || end > bytes.size()) std::abort();
  }
  hirelint::Tokenizer::Fold(bytes);
  return 0;
}
