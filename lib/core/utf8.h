#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hirelint {

// Appends the UTF-8 encoding of code point `cp` (which the caller has checked is valid).
void AppendUtf8(uint32_t cp, std::string* out);

// Offset of the first byte that is not well-formed UTF-8 (overlong forms, surrogates and
// code points above U+10FFFF included), or nullopt when all of `bytes` is valid.
std::optional<size_t> FindInvalidUtf8(std::string_view bytes);

}  // namespace hirelint
