#pragma once
// Multi-word phrase matching over folded tokens in one pass: phrases are indexed by their first
// term, so each token position looks up only the phrases that can start there.
//
// Phrase syntax (lexicon files): words separated by spaces, matched against folded tokens;
// a word ending in "*" matches any token with that prefix ("deploy*": deployed, deployment);
// a lone "*" matches any one token. Hyphens and slashes are ignored on both sides, so
// "fine-tuned" matches "fine tuned" and "A/B test" matches "A B test".

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tokenize/token.h"
#include "tokenize/tokenizer.h"

namespace hirelint {

struct PhraseHit {
  uint32_t first_token;  // indices into the token vector, inclusive
  uint32_t last_token;
  uint32_t label;        // the caller's label given to Add()
  uint32_t phrase;       // index of the phrase, for PhraseText()
};

class PhraseMatcher {
 public:
  // Returns false when the phrase has no token (nothing to match).
  bool Add(std::string_view phrase, uint32_t label, const Tokenizer& tokenizer);
  // Every hit, sorted by first token, then longer first. Overlapping hits are all reported.
  std::vector<PhraseHit> FindAll(const std::vector<Token>& tokens) const;
  const std::string& PhraseText(uint32_t phrase) const { return phrases_[phrase].text; }
  size_t size() const { return phrases_.size(); }

  // True for tokens that phrase matching skips ("-", "/").
  static bool IsJoiner(const Token& token);

 private:
  struct Term {
    std::string text;
    enum class Kind { kExact, kPrefix, kAny } kind = Kind::kExact;
  };
  struct Phrase {
    std::string text;
    std::vector<Term> terms;
    uint32_t label;
  };
  bool MatchFrom(const Phrase& phrase, const std::vector<Token>& tokens,
                 const std::vector<uint32_t>& order, size_t start, uint32_t* last) const;

  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_exact_first_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_prefix_first_;
  size_t max_prefix_length_ = 0;
};

}  // namespace hirelint
