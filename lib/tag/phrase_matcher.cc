#include "tag/phrase_matcher.h"

#include <algorithm>

namespace hirelint {

bool PhraseMatcher::IsJoiner(const Token& token) {
  if (token.kind != TokenKind::kSymbol) return false;
  // string_view comparisons check the length first, inline; this runs for every token.
  const std::string_view n = token.norm;
  return n == "-" || n == "/" || n == "\xE2\x80\x90" /* ‐ */ || n == "\xE2\x80\x91" /* ‑ */ ||
         n == "&";
}

bool PhraseMatcher::IsLowerAsciiWord(std::string_view word) {
  return !word.empty() &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool PhraseMatcher::Add(std::string_view phrase, uint32_t label, const Tokenizer& tokenizer) {
  Phrase p;
  p.text = std::string(phrase);
  p.label = label;
  // About one term a word: Add runs for each of the lexicons' ~4,000 phrases in every process.
  p.terms.reserve(static_cast<size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1);
  // Split on spaces first so "deploy*" and "*" survive, then tokenize each word like the text.
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ') ++i;
    size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ') ++j;
    if (j == i) break;
    std::string_view word = phrase.substr(i, j - i);
    i = j;
    if (word == "*") {
      p.terms.push_back({"", Term::Kind::kAny});
      continue;
    }
    bool prefix = word.size() > 1 && word.back() == '*';
    if (prefix) word.remove_suffix(1);
    const size_t first_term = p.terms.size();
    if (IsLowerAsciiWord(word)) {
      // Most lexicon words: the tokenizer gives one token, the word itself (a test holds it to
      // that for every lexicon word), and skipping it saved a third of Add's time.
      p.terms.push_back({std::string(word), Term::Kind::kExact});
    } else {
      for (Token& t : tokenizer.Tokenize(word)) {
        if (!IsJoiner(t)) p.terms.push_back({std::move(t.norm), Term::Kind::kExact});
      }
    }
    if (prefix && p.terms.size() > first_term) p.terms.back().kind = Term::Kind::kPrefix;
  }
  if (p.terms.empty() || p.terms[0].kind == Term::Kind::kAny) return false;
  uint32_t id = static_cast<uint32_t>(phrases_.size());
  for (Term& term : p.terms) {
    if (term.kind == Term::Kind::kExact) term.id = term_ids_.Add(term.text);
  }
  by_first_term_.resize(term_ids_.size());
  const Term& first = p.terms[0];
  if (first.kind == Term::Kind::kPrefix) {
    trie_[AddPath(first.text)].prefix.push_back(id);
  } else {
    uint32_t second = p.terms.size() == 1                     ? kOneTerm
                      : p.terms[1].kind == Term::Kind::kExact ? p.terms[1].id
                                                              : kNoTerm;
    by_first_term_[first.id].push_back({id, second, label});
  }
  phrases_.push_back(std::move(p));
  return true;
}

uint32_t PhraseMatcher::Child(uint32_t node, unsigned char byte) const {
  const auto& children = trie_[node].children;
  auto it = std::lower_bound(
      children.begin(), children.end(), byte,
      [](const std::pair<unsigned char, uint32_t>& c, unsigned char b) { return c.first < b; });
  return it != children.end() && it->first == byte ? it->second : 0;
}

uint32_t PhraseMatcher::AddPath(std::string_view text) {
  uint32_t node = 0;
  for (char c : text) {
    unsigned char byte = static_cast<unsigned char>(c);
    uint32_t next = Child(node, byte);
    if (next == 0) {
      next = static_cast<uint32_t>(trie_.size());
      trie_.emplace_back();  // may move trie_'s nodes: index, never hold references across it
      auto& children = trie_[node].children;
      auto at = std::lower_bound(
          children.begin(), children.end(), byte,
          [](const std::pair<unsigned char, uint32_t>& c, unsigned char b) { return c.first < b; });
      children.insert(at, {byte, next});
      if (node == 0) root_children_[byte] = next;
    }
    node = next;
  }
  return node;
}

bool PhraseMatcher::MatchFrom(const Phrase& phrase, const std::vector<Token>& tokens,
                              const std::vector<uint32_t>& order, const std::vector<uint32_t>& ids,
                              size_t start, uint32_t* last) const {
  if (start + phrase.terms.size() > order.size()) return false;
  for (size_t k = 0; k < phrase.terms.size(); ++k) {
    const Term& term = phrase.terms[k];
    switch (term.kind) {
      case Term::Kind::kExact:
        if (ids[start + k] != term.id) return false;
        break;
      case Term::Kind::kPrefix:
        if (tokens[order[start + k]].norm.compare(0, term.text.size(), term.text) != 0) {
          return false;
        }
        break;
      case Term::Kind::kAny:
        break;
    }
  }
  *last = order[start + phrase.terms.size() - 1];
  return true;
}

std::vector<PhraseHit> PhraseMatcher::FindAll(const std::vector<Token>& tokens) const {
  // Per-thread scratch: FindAll runs once per item, and these would be the item's allocations.
  thread_local std::vector<uint32_t> order;  // token indices without joiners
  thread_local std::vector<uint32_t> ids;    // their term numbers
  thread_local std::vector<uint32_t> prefix_nodes;
  order.clear();
  ids.clear();
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    if (IsJoiner(tokens[i])) continue;
    order.push_back(i);
    ids.push_back(term_ids_.Find(tokens[i].norm));
  }
  std::vector<PhraseHit> hits;
  hits.reserve(order.size());  // about one hit a token in bullets; fewer regrowths
  auto try_list = [&](const std::vector<uint32_t>& list, size_t start) {
    for (uint32_t id : list) {
      uint32_t last = 0;
      if (MatchFrom(phrases_[id], tokens, order, ids, start, &last)) {
        hits.push_back({order[start], last, phrases_[id].label, id});
      }
    }
  };

  for (size_t start = 0; start < order.size(); ++start) {
    // The order of hits for one start is fixed: exact first terms, then prefixes by length.
    if (ids[start] != kNoTerm) {
      uint32_t next = start + 1 < ids.size() ? ids[start + 1] : kNoTerm;
      for (const Starter& s : by_first_term_[ids[start]]) {
        uint32_t last = order[start];
        if (s.second == kOneTerm ||
            (s.second == kNoTerm ? MatchFrom(phrases_[s.phrase], tokens, order, ids, start, &last)
                                 : s.second == next && MatchFrom(phrases_[s.phrase], tokens, order,
                                                                 ids, start, &last))) {
          hits.push_back({order[start], last, s.label, s.phrase});
        }
      }
    }
    // prefix_nodes: the prefix-term nodes met on the token's walk, shortest first. The trie is
    // shallow (the longest prefix term), so a walk stops at the first byte without a child.
    const std::string& norm = tokens[order[start]].norm;
    uint32_t node = root_children_[static_cast<unsigned char>(norm[0])];
    if (node == 0) continue;
    prefix_nodes.clear();
    for (size_t k = 1;; ++k) {
      if (!trie_[node].prefix.empty()) prefix_nodes.push_back(node);
      if (k == norm.size()) break;
      node = Child(node, static_cast<unsigned char>(norm[k]));
      if (node == 0) break;
    }
    for (uint32_t p : prefix_nodes) try_list(trie_[p].prefix, start);
  }
  // Hits come out by first token already (starts ascend); only a start's own hits may need
  // reordering, longer first. A stable insertion sort does that in place, in about one pass,
  // where std::stable_sort allocated a buffer for every item.
  for (size_t i = 1; i < hits.size(); ++i) {
    PhraseHit hit = hits[i];
    size_t j = i;
    while (j > 0 && hits[j - 1].first_token == hit.first_token &&
           hits[j - 1].last_token < hit.last_token) {
      hits[j] = hits[j - 1];
      --j;
    }
    hits[j] = hit;
  }
  return hits;
}

}  // namespace hirelint
