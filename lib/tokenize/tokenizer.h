#pragma once
// tokenize: ICU word and sentence breaking over UTF-8 (no conversion of the whole text),
// NFKC + case folding per token, and a token kind. Thread-safe: each thread uses its own clone
// of the break iterators, so one Tokenizer serves every worker.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "tokenize/token.h"

namespace hirelint {

class Tokenizer {
 public:
  // `units` are folded unit words ("ms", "gb", "qps") that get TokenKind::kUnit.
  explicit Tokenizer(std::unordered_set<std::string> units = {});

  // ASCII text takes a fast path that gives the same tokens as TokenizeIcu (boundaries,
  // kinds and norms; tests/tokenize/ascii_fast_path_test.cc compares them); in other text only
  // the space-delimited chunks that hold non-ASCII characters run ICU's word break iterator.
  std::vector<Token> Tokenize(std::string_view text) const;
  // Always ICU's word break iterator: the reference the ASCII fast path is tested against.
  std::vector<Token> TokenizeIcu(std::string_view text) const;
  // Sentence spans [begin, end) in byte offsets, trailing whitespace excluded.
  std::vector<std::pair<size_t, size_t>> Sentences(std::string_view text) const;

  // NFKC + case folding of one piece of UTF-8 (ASCII takes a fast path with identical output).
  static std::string Fold(std::string_view text);
  // Whether a folded token is one of the units (TokenKind::kUnit).
  bool IsUnit(std::string_view norm) const;

 private:
  // Appends the token for text[b, e) with ICU rule status `rule`, unless it is whitespace.
  void AddToken(std::string_view text, size_t b, size_t e, int32_t rule,
                std::vector<Token>* tokens) const;

  std::unordered_set<std::string> units_;
  size_t longest_unit_ = 0;  // most words are longer than any unit: no lookup for them
  // The units of at most 8 bytes as (size, bytes packed into a number), sorted.
  std::vector<std::pair<size_t, uint64_t>> short_units_;
};

}  // namespace hirelint
