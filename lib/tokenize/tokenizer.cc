#include "tokenize/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>
#include <stdexcept>

namespace hirelint {
namespace {

enum class BreakKind { kWord, kSentence };

// The ICU iterators are built once per process (their rules load from ICU's data) and cloned
// once per thread; a BreakIterator is not safe to share between threads.
icu::BreakIterator& ThreadIterator(BreakKind kind) {
  static const std::unique_ptr<icu::BreakIterator> kPrototypes[2] = {
      [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) throw std::runtime_error("ICU word break iterator unavailable");
        return it;
      }(),
      [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) throw std::runtime_error("ICU sentence break iterator unavailable");
        return it;
      }()};
  thread_local std::unique_ptr<icu::BreakIterator> clones[2];
  int index = kind == BreakKind::kWord ? 0 : 1;
  if (!clones[index]) clones[index].reset(kPrototypes[index]->clone());
  return *clones[index];
}

// Runs `it` over UTF-8 `text` without copying it into UTF-16; offsets are UTF-8 bytes.
template <typename Fn>
void ForEachBreak(icu::BreakIterator& it, std::string_view text, Fn fn) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return;
  it.setText(ut, status);
  if (U_SUCCESS(status)) {
    int32_t start = it.first();
    for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
      fn(static_cast<size_t>(start), static_cast<size_t>(end), it.getRuleStatus());
    }
  }
  // Detach before closing: the iterator must not keep a pointer into `text`. setText keeps
  // its own clone, so `empty` is closed too (opening it allocates, even on the stack).
  UText empty = UTEXT_INITIALIZER;
  UErrorCode ignored = U_ZERO_ERROR;
  utext_openUTF8(&empty, "", 0, &ignored);
  it.setText(&empty, ignored);
  utext_close(&empty);
  utext_close(ut);
  // setText cloned `empty` into the iterator; the UTF-8 provider allocated buffer space for the
  // stack UText itself, which only closing frees.
  utext_close(&empty);
}

bool IsAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

}  // namespace

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPercent:
      return "percent";
    case TokenKind::kCurrency:
      return "currency";
    case TokenKind::kUnit:
      return "unit";
    case TokenKind::kSymbol:
      return "symbol";
  }
  return "word";
}

Tokenizer::Tokenizer(std::unordered_set<std::string> units) : units_(std::move(units)) {}

std::string Tokenizer::Fold(std::string_view text) {
  if (IsAscii(text)) {
    std::string out(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString folded = nfkc_cf->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
      status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  folded.toUTF8String(out);
  return out;
}

std::vector<Token> Tokenizer::Tokenize(std::string_view text) const {
  std::vector<Token> tokens;
  ForEachBreak(ThreadIterator(BreakKind::kWord), text, [&](size_t b, size_t e, int32_t rule) {
    std::string_view piece = text.substr(b, e - b);
    UChar32 first;
    int32_t i = 0;
    U8_NEXT(piece.data(), i, static_cast<int32_t>(piece.size()), first);
    if (rule == UBRK_WORD_NONE && u_isUWhiteSpace(first)) return;
    Token t;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.norm = Fold(piece);
    if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
      t.kind = TokenKind::kNumber;
    } else if (rule == UBRK_WORD_NONE) {
      if (first == '%' || first == 0x2030 /* ‰ */) {
        t.kind = TokenKind::kPercent;
      } else if (u_charType(first) == U_CURRENCY_SYMBOL) {
        t.kind = TokenKind::kCurrency;
      } else {
        t.kind = TokenKind::kSymbol;
      }
    } else if (u_isdigit(first) || units_.count(t.norm) > 0) {
      t.kind = TokenKind::kUnit;  // "120ms", "3x", "10k", or a unit word like "ms"
    } else {
      t.kind = TokenKind::kWord;
    }
    tokens.push_back(std::move(t));
  });
  return tokens;
}

std::vector<std::pair<size_t, size_t>> Tokenizer::Sentences(std::string_view text) const {
  std::vector<std::pair<size_t, size_t>> out;
  ForEachBreak(ThreadIterator(BreakKind::kSentence), text, [&](size_t b, size_t e, int32_t) {
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t')) --e;
    if (e > b) out.emplace_back(b, e);
  });
  return out;
}

}  // namespace hirelint
