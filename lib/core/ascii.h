#pragma once
// ASCII case folding for the hot paths: the tokenizer's ASCII fast path and the metric
// recognizer's lower-cased copy. Bytes outside A-Z, UTF-8 included, are left as they are, so
// offsets into the result are offsets into the original.

#include <string>

namespace hirelint {

inline void LowerAsciiInPlace(std::string* text) {
  for (char& c : *text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

}  // namespace hirelint
