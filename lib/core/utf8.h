#pragma once

#include <cstdint>
#include <string>

namespace hirelint {

// Appends the UTF-8 encoding of code point `cp` (which the caller has checked is valid).
void AppendUtf8(uint32_t cp, std::string* out);

}  // namespace hirelint
