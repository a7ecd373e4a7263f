#include "suggest/words.h"

#include "tokenize/tokenizer.h"

namespace hirelint {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Opening brackets and quotes split from the front of a piece; closing ones and sentence
// punctuation from its back. Multi-byte quotes are matched as whole UTF-8 sequences.
constexpr std::string_view kOpeners[] = {"(", "[", "\"", "\xE2\x80\x9C" /* “ */,
                                         "\xE2\x80\x98" /* ‘ */};
constexpr std::string_view kClosers[] = {
    ",", ";", ":", ".", "!", "?", ")", "]", "\"", "\xE2\x80\x9D" /* ” */, "\xE2\x80\x99" /* ’ */};

// No opener ends and no closer starts with an ASCII letter or digit: most words need no look.
bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

Word Piece(std::string_view text, size_t begin, size_t end, bool space_before) {
  Word w;
  w.text = std::string(text.substr(begin, end - begin));
  w.fold = Tokenizer::Fold(w.text);
  w.space_before = space_before;
  w.begin = begin;
  w.end = end;
  return w;
}

}  // namespace

std::vector<Word> SplitWords(std::string_view text) {
  std::vector<Word> out;
  out.reserve(text.size() / 4 + 2);  // a word and its space average more than 4 bytes
  size_t i = 0;
  bool space = false;
  while (i < text.size()) {
    if (IsSpace(text[i])) {
      space = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && !IsSpace(text[j])) ++j;
    size_t b = i, e = j;
    bool first = true;
    // Leading openers, each a word.
    for (bool again = true; again && b < e && !IsAsciiAlnum(text[b]);) {
      again = false;
      for (std::string_view op : kOpeners) {
        if (e - b > op.size() && StartsWith(text.substr(b, e - b), op)) {
          out.push_back(Piece(text, b, b + op.size(), first ? space : false));
          first = false;
          b += op.size();
          again = true;
          break;
        }
      }
    }
    // Trailing closers, collected back to front (per-thread scratch: one per word otherwise).
    thread_local std::vector<std::pair<size_t, size_t>> tail;
    tail.clear();
    for (bool again = true; again && e > b && !IsAsciiAlnum(text[e - 1]);) {
      again = false;
      for (std::string_view cl : kClosers) {
        if (e - b > cl.size() && EndsWith(text.substr(b, e - b), cl)) {
          tail.emplace_back(e - cl.size(), e);
          e -= cl.size();
          again = true;
          break;
        }
      }
    }
    out.push_back(Piece(text, b, e, first ? space : false));
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) {
      out.push_back(Piece(text, it->first, it->second, false));
    }
    space = false;
    i = j;
  }
  return out;
}

std::string JoinWords(const std::vector<Word>& words) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && words[i].space_before) out += ' ';
    out += words[i].text;
  }
  return out;
}

Word MakeWord(const std::string& text, bool space_before) {
  Word w;
  w.text = text;
  w.fold = Tokenizer::Fold(text);
  w.space_before = space_before;
  w.generated = true;
  return w;
}

bool IsPunctuation(const Word& word) {
  if (word.text.empty()) return false;
  for (std::string_view c : kClosers) {
    if (word.text == c) return true;
  }
  for (std::string_view o : kOpeners) {
    if (word.text == o) return true;
  }
  return false;
}

std::string Capitalize(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

std::string Uncapitalize(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] + 32);
  return text;
}

bool StartsUpper(const std::string& text) {
  return !text.empty() && text[0] >= 'A' && text[0] <= 'Z';
}

}  // namespace hirelint
