#include "tag/phrase_matcher.h"

#include <algorithm>

namespace hirelint {

bool PhraseMatcher::IsJoiner(const Token& token) {
  if (token.kind != TokenKind::kSymbol) return false;
  const std::string& n = token.norm;
  return n == "-" || n == "/" || n == "\xE2\x80\x90" /* ‐ */ || n == "\xE2\x80\x91" /* ‑ */ ||
         n == "&";
}

bool PhraseMatcher::Add(std::string_view phrase, uint32_t label, const Tokenizer& tokenizer) {
  Phrase p;
  p.text = std::string(phrase);
  p.label = label;
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
    std::vector<Token> tokens = tokenizer.Tokenize(word);
    std::vector<Token> kept;
    for (auto& t : tokens) {
      if (!IsJoiner(t)) kept.push_back(std::move(t));
    }
    for (size_t k = 0; k < kept.size(); ++k) {
      Term term{kept[k].norm, Term::Kind::kExact};
      if (prefix && k + 1 == kept.size()) term.kind = Term::Kind::kPrefix;
      p.terms.push_back(std::move(term));
    }
  }
  if (p.terms.empty() || p.terms[0].kind == Term::Kind::kAny) return false;
  uint32_t id = static_cast<uint32_t>(phrases_.size());
  const Term& first = p.terms[0];
  if (first.kind == Term::Kind::kPrefix) {
    by_prefix_first_[first.text].push_back(id);
    max_prefix_length_ = std::max(max_prefix_length_, first.text.size());
  } else {
    by_exact_first_[first.text].push_back(id);
  }
  phrases_.push_back(std::move(p));
  return true;
}

bool PhraseMatcher::MatchFrom(const Phrase& phrase, const std::vector<Token>& tokens,
                              const std::vector<uint32_t>& order, size_t start,
                              uint32_t* last) const {
  if (start + phrase.terms.size() > order.size()) return false;
  for (size_t k = 0; k < phrase.terms.size(); ++k) {
    const Term& term = phrase.terms[k];
    const std::string& norm = tokens[order[start + k]].norm;
    switch (term.kind) {
      case Term::Kind::kExact:
        if (norm != term.text) return false;
        break;
      case Term::Kind::kPrefix:
        if (norm.compare(0, term.text.size(), term.text) != 0) return false;
        break;
      case Term::Kind::kAny:
        break;
    }
  }
  *last = order[start + phrase.terms.size() - 1];
  return true;
}

std::vector<PhraseHit> PhraseMatcher::FindAll(const std::vector<Token>& tokens) const {
  std::vector<uint32_t> order;  // token indices without joiners
  order.reserve(tokens.size());
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    if (!IsJoiner(tokens[i])) order.push_back(i);
  }
  std::vector<PhraseHit> hits;
  auto try_list = [&](const std::vector<uint32_t>& ids, size_t start) {
    for (uint32_t id : ids) {
      uint32_t last = 0;
      if (MatchFrom(phrases_[id], tokens, order, start, &last)) {
        hits.push_back({order[start], last, phrases_[id].label, id});
      }
    }
  };
  for (size_t start = 0; start < order.size(); ++start) {
    const std::string& norm = tokens[order[start]].norm;
    auto exact = by_exact_first_.find(norm);
    if (exact != by_exact_first_.end()) try_list(exact->second, start);
    if (!by_prefix_first_.empty()) {
      size_t longest = std::min(norm.size(), max_prefix_length_);
      for (size_t len = 1; len <= longest; ++len) {
        auto prefix = by_prefix_first_.find(norm.substr(0, len));
        if (prefix != by_prefix_first_.end()) try_list(prefix->second, start);
      }
    }
  }
  std::stable_sort(hits.begin(), hits.end(), [](const PhraseHit& a, const PhraseHit& b) {
    if (a.first_token != b.first_token) return a.first_token < b.first_token;
    return a.last_token > b.last_token;
  });
  return hits;
}

}  // namespace hirelint
