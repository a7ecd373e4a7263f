#pragma once
// Multi-word phrase matching over folded tokens in one pass. Every exact term of every phrase
// has a number; each token's folded text is looked up once, so a phrase is tried only at the
// tokens equal to its first term and its later terms are compared as numbers. Prefix first
// terms ("deploy*") sit in a small character trie walked over the token's text.
//
// Phrase syntax (lexicon files): words separated by spaces, matched against folded tokens;
// a word ending in "*" matches any token with that prefix ("deploy*": deployed, deployment);
// a lone "*" matches any one token. Hyphens and slashes are ignored on both sides, so
// "fine-tuned" matches "fine tuned" and "A/B test" matches "A B test".

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tag/term_table.h"
#include "tokenize/token.h"
#include "tokenize/tokenizer.h"

namespace hirelint {

struct PhraseHit {
  uint32_t first_token;  // indices into the token vector, inclusive
  uint32_t last_token;
  uint32_t label;   // the caller's label given to Add()
  uint32_t phrase;  // index of the phrase, for PhraseText()
};

class PhraseMatcher {
 public:
  // Returns false when the phrase has no token (nothing to match).
  bool Add(std::string_view phrase, uint32_t label, const Tokenizer& tokenizer);
  // Room for `phrases` phrases in all, so that adding them moves none: each move touched new
  // memory, page faults a process starting up pays for.
  void Reserve(size_t phrases) { phrases_.reserve(phrases); }
  // Every hit, sorted by first token, then longer first. Overlapping hits are all reported.
  std::vector<PhraseHit> FindAll(const std::vector<Token>& tokens) const;
  const std::string& PhraseText(uint32_t phrase) const { return phrases_[phrase].text; }
  size_t size() const { return phrases_.size(); }

  // True for tokens that phrase matching skips ("-", "/").
  static bool IsJoiner(const Token& token);
  // True for a word of ASCII letters a-z only, which Add takes as one term, itself, without
  // tokenizing it: the tokenizer gives exactly that for such a word.
  static bool IsLowerAsciiWord(std::string_view word);

 private:
  static constexpr uint32_t kNoTerm = TermTable::kNone;
  struct Term {
    std::string text;
    enum class Kind { kExact, kPrefix, kAny } kind = Kind::kExact;
    uint32_t id = kNoTerm;  // kExact: the number of `text` in term_ids_
  };
  struct Phrase {
    std::string text;
    std::vector<Term> terms;
    uint32_t label;
  };
  // Whether `phrase` matches the tokens order[start...]; ids[k] is the term number of
  // tokens[order[k]] (kNoTerm when no phrase has that exact term).
  bool MatchFrom(const Phrase& phrase, const std::vector<Token>& tokens,
                 const std::vector<uint32_t>& order, const std::vector<uint32_t>& ids, size_t start,
                 uint32_t* last) const;

  // A node of the prefix-term trie; node 0 is the root (the empty string).
  struct TrieNode {
    std::vector<std::pair<unsigned char, uint32_t>> children;  // sorted by byte
    std::vector<uint32_t> prefix;  // phrases whose first term is a prefix term ending here
  };
  uint32_t Child(uint32_t node, unsigned char byte) const;  // 0 when there is none
  uint32_t root_children_[256] = {};  // Child(0, byte), looked up for every token
  uint32_t AddPath(std::string_view text);                  // the node for `text`, made as needed

  TermTable term_ids_;  // every exact term's text, numbered
  // A phrase under its exact first term, with what its second term asks of the next token:
  // kOneTerm (nothing: the phrase is one term), an exact term's number, or kNoTerm (a prefix
  // or any term, left to MatchFrom). Most phrases are ruled out by `second` without a call.
  static constexpr uint32_t kOneTerm = kNoTerm - 1;
  struct Starter {
    uint32_t phrase;
    uint32_t second;
    uint32_t label;  // phrases_[phrase].label, here so a one-term hit needs no Phrase
  };
  std::vector<std::vector<Starter>> by_first_term_;  // term number -> phrases it starts
  std::vector<Phrase> phrases_;
  std::vector<TrieNode> trie_ = std::vector<TrieNode>(1);  // prefix first terms only
};

}  // namespace hirelint
