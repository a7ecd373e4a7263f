#pragma once
// FNV-1a, 64 bits: the one hash hirelint writes into files (baseline fingerprints, the metric
// cache) and uses for short keys (terms). Its value is the same in every build and on every
// machine, which std::hash does not promise.

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace hirelint {

constexpr uint64_t kFnv1aOffset = 14695981039346656037ull;

// The hash of `s`; pass a previous result as `hash` to continue it over more bytes.
inline uint64_t Fnv1a(std::string_view s, uint64_t hash = kFnv1aOffset) {
  for (unsigned char c : s) hash = (hash ^ c) * 1099511628211ull;
  return hash;
}

// `value` as 16 lower-case hex digits.
inline std::string Hex16(uint64_t value) {
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(value));
  return out;
}

}  // namespace hirelint
