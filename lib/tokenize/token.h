#pragma once

#include <cstdint>
#include <string>

namespace hirelint {

enum class TokenKind { kWord, kNumber, kPercent, kCurrency, kUnit, kSymbol };

// "word", "number", "percent", "currency", "unit", "symbol".
const char* TokenKindName(TokenKind kind);

// One token of an item's cleaned text. Whitespace is not a token.
struct Token {
  uint32_t begin = 0;  // byte offsets into the item's cleaned text
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  std::string norm;  // NFKC + case folded text ("Deployed" -> "deployed", "ﬁne" -> "fine")
};

}  // namespace hirelint
