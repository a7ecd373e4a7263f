// libFuzzer target: the embedded lexicon blob, damaged as the input says, read back with
// DeserializeLexiconData: it must give LexiconData or an Error, never a crash or a read out of
// bounds. The input's first 4 bytes pick an offset; the rest overwrite the blob from there, and
// when the 5th byte is odd the blob is cut right after them. Shorter inputs are read as blobs.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "lexicon/embedded.h"
#include "lexicon/lexicon_serializer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const char* bytes = reinterpret_cast<const char*>(data);
  if (size < 5) {
    hirelint::DeserializeLexiconData(std::string_view(bytes, size));
    return 0;
  }
  std::string blob(hirelint::EmbeddedLexiconBlob());
  uint32_t at = static_cast<uint32_t>(data[0]) | static_cast<uint32_t>(data[1]) << 8 |
                static_cast<uint32_t>(data[2]) << 16 | static_cast<uint32_t>(data[3]) << 24;
  size_t offset = at % blob.size();
  size_t n = size - 4;
  blob.replace(offset, std::min(n, blob.size() - offset), bytes + 4, n);
  if (data[4] & 1) blob.resize(offset + n);
  hirelint::DeserializeLexiconData(blob);
  return 0;
}
