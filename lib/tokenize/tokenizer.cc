#include "tokenize/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <stdexcept>

#include "core/ascii.h"

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

// Word_Break property values of the ASCII characters, as ICU's root word rules use them
// (UAX #29; ICU takes ':' out of MidLetter). Double_Quote only matters next to Hebrew letters,
// so in ASCII text it behaves as Other. The table is read from ICU's own property data, so it
// follows the ICU version, and the root rules' own additions are asked of ICU ('@' is an
// ALetter in ICU 72's rules, though not in the property); a class the fast path does not
// implement sends the text to ICU.
enum class AsciiWordBreak : uint8_t {
  kOther,
  kCr,
  kLf,
  kNewline,       // VT, FF
  kSpace,         // WSegSpace: ' ' (a tab is Other)
  kLetter,        // ALetter: A-Z, a-z, '@'
  kNumeric,       // 0-9
  kMidNumLet,     // '.'
  kSingleQuote,   // '\''
  kMidNum,        // ',', ';'
  kExtendNumLet,  // '_'
  kUnsupported,   // not ASCII, or a class the fast path does not implement
};

struct AsciiClassTable {
  AsciiWordBreak of[256];
  // What AddToken asks ICU of a token's first character, for each ASCII character.
  bool white_space[128];  // u_isUWhiteSpace
  bool currency[128];     // u_charType == U_CURRENCY_SYMBOL
  AsciiClassTable() {
    for (int c = 0; c < 256; ++c) {
      of[c] = c < 0x80 ? ClassOf(static_cast<UChar32>(c)) : AsciiWordBreak::kUnsupported;
    }
    if (IcuJoins("a@b")) of[static_cast<unsigned char>('@')] = AsciiWordBreak::kLetter;
    for (int c = 0; c < 128; ++c) {
      white_space[c] = u_isUWhiteSpace(c);
      currency[c] = u_charType(c) == U_CURRENCY_SYMBOL;
    }
  }
  // Whether ICU's word iterator keeps all of `text` in one segment.
  static bool IcuJoins(std::string_view text) {
    bool one = false;
    ForEachBreak(ThreadIterator(BreakKind::kWord), text,
                 [&](size_t b, size_t e, int32_t) { one = b == 0 && e == text.size(); });
    return one;
  }
  static AsciiWordBreak ClassOf(UChar32 c) {
    switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
      case U_WB_OTHER:
      case U_WB_DOUBLE_QUOTE:
        return AsciiWordBreak::kOther;
      case U_WB_MIDLETTER:  // ':' in ASCII, which ICU's root rules do not treat as MidLetter
        return c == ':' ? AsciiWordBreak::kOther : AsciiWordBreak::kUnsupported;
      case U_WB_CR:
        return AsciiWordBreak::kCr;
      case U_WB_LF:
        return AsciiWordBreak::kLf;
      case U_WB_NEWLINE:
        return AsciiWordBreak::kNewline;
      case U_WB_WSEGSPACE:
        return AsciiWordBreak::kSpace;
      case U_WB_ALETTER:
        return AsciiWordBreak::kLetter;
      case U_WB_NUMERIC:
        return AsciiWordBreak::kNumeric;
      case U_WB_MIDNUMLET:
        return AsciiWordBreak::kMidNumLet;
      case U_WB_SINGLE_QUOTE:
        return AsciiWordBreak::kSingleQuote;
      case U_WB_MIDNUM:
        return AsciiWordBreak::kMidNum;
      case U_WB_EXTENDNUMLET:
        return AsciiWordBreak::kExtendNumLet;
      default:
        return AsciiWordBreak::kUnsupported;
    }
  }
};

const AsciiClassTable& AsciiClasses() {
  static const AsciiClassTable kTable;
  return kTable;
}

// The class of each byte of `text` into *classes; false when one is a class the fast path
// does not implement (kUnsupported, which non-ASCII bytes are).
bool ClassifyBytes(const AsciiClassTable& table, std::string_view text,
                   std::vector<AsciiWordBreak>* classes) {
  classes->resize(text.size());
  bool all_supported = true;
  for (size_t i = 0; i < text.size(); ++i) {
    AsciiWordBreak c = table.of[static_cast<unsigned char>(text[i])];
    all_supported = all_supported && c != AsciiWordBreak::kUnsupported;
    (*classes)[i] = c;
  }
  return all_supported;
}

// Whether UAX #29 keeps the characters at `i - 1` and `i` of ASCII text in one segment, given
// the classes of its n characters (rules WB3 to WB13b; WB4 has nothing to skip in ASCII).
bool AsciiNoBreakBefore(const AsciiWordBreak* classes, size_t n, size_t i) {
  using W = AsciiWordBreak;
  auto cls = [&](size_t k) { return classes[k]; };
  W a = cls(i - 1);
  W b = cls(i);
  if (a == W::kCr && b == W::kLf) return true;                       // WB3
  if (a == W::kCr || a == W::kLf || a == W::kNewline) return false;  // WB3a
  if (b == W::kCr || b == W::kLf || b == W::kNewline) return false;  // WB3b
  if (a == W::kSpace && b == W::kSpace) return true;                 // WB3d
  bool a_mid_letter = a == W::kMidNumLet || a == W::kSingleQuote;
  bool b_mid_letter = b == W::kMidNumLet || b == W::kSingleQuote;
  if (a == W::kLetter && b == W::kLetter) return true;  // WB5
  if (a == W::kLetter && b_mid_letter && i + 1 < n && cls(i + 1) == W::kLetter) {
    return true;  // WB6
  }
  if (a_mid_letter && b == W::kLetter && i >= 2 && cls(i - 2) == W::kLetter) return true;  // WB7
  if (a == W::kNumeric && b == W::kNumeric) return true;                                   // WB8
  if (a == W::kLetter && b == W::kNumeric) return true;                                    // WB9
  if (a == W::kNumeric && b == W::kLetter) return true;                                    // WB10
  bool a_mid_num = a == W::kMidNum || a_mid_letter;
  bool b_mid_num = b == W::kMidNum || b_mid_letter;
  if (a_mid_num && b == W::kNumeric && i >= 2 && cls(i - 2) == W::kNumeric) return true;  // WB11
  if (a == W::kNumeric && b_mid_num && i + 1 < n && cls(i + 1) == W::kNumeric) {
    return true;  // WB12
  }
  if ((a == W::kLetter || a == W::kNumeric || a == W::kExtendNumLet) && b == W::kExtendNumLet) {
    return true;  // WB13a
  }
  if (a == W::kExtendNumLet && (b == W::kLetter || b == W::kNumeric)) return true;  // WB13b
  return false;                                                                     // WB999
}

// AsciiNoBreakBefore for a pair of classes, when the pair alone decides it: only the rules
// with a MidLetter, MidNum or MidNumLet class in the pair (WB6, WB7, WB11, WB12) look further.
enum class PairRule : uint8_t { kBreak, kJoin, kLookFurther };
struct PairRuleTable {
  static constexpr int kClasses = static_cast<int>(AsciiWordBreak::kUnsupported) + 1;
  PairRule rule[kClasses][kClasses];
  PairRuleTable() {
    using W = AsciiWordBreak;
    auto mid = [](W w) { return w == W::kMidNumLet || w == W::kSingleQuote || w == W::kMidNum; };
    for (int a = 0; a < kClasses; ++a) {
      for (int b = 0; b < kClasses; ++b) {
        const W pair[2] = {static_cast<W>(a), static_cast<W>(b)};
        rule[a][b] = mid(pair[0]) || mid(pair[1])     ? PairRule::kLookFurther
                     : AsciiNoBreakBefore(pair, 2, 1) ? PairRule::kJoin
                                                      : PairRule::kBreak;
      }
    }
  }
};

// The rule status ICU's root word rules give the segment [b, e) of ASCII text: it comes from
// the last rule the segment's final character was matched by, so it depends on that character
// and the one before it. Checked against ICU by tests/tokenize/ascii_fast_path_test.cc.
int32_t AsciiRuleStatus(const AsciiWordBreak* classes, size_t b, size_t e) {
  using W = AsciiWordBreak;
  W last = classes[e - 1];
  if (last == W::kLetter) return UBRK_WORD_LETTER;
  if (last == W::kNumeric) return UBRK_WORD_NUMBER;
  if (last == W::kExtendNumLet && e - b > 1) {
    W before = classes[e - 2];
    return before == W::kNumeric ? UBRK_WORD_NUMBER : UBRK_WORD_LETTER;
  }
  return UBRK_WORD_NONE;
}

// What AddToken asks of a token's first character, from the tables for ASCII (built from the
// same ICU properties) and from ICU otherwise.
inline bool IsWhiteSpace(const AsciiClassTable& table, UChar32 first) {
  return first < 0x80 ? table.white_space[first] : u_isUWhiteSpace(first);
}

// The kind of a token from its rule status, first character and folded text: the one rule for
// the ICU path and the ASCII path.
inline TokenKind KindOf(const Tokenizer& tokenizer, const AsciiClassTable& table, int32_t rule,
                        UChar32 first, const std::string& norm) {
  if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) return TokenKind::kNumber;
  if (rule == UBRK_WORD_NONE) {
    if (first == '%' || first == 0x2030 /* ‰ */) return TokenKind::kPercent;
    bool currency = first < 0x80 ? table.currency[first] : u_charType(first) == U_CURRENCY_SYMBOL;
    return currency ? TokenKind::kCurrency : TokenKind::kSymbol;
  }
  bool digit = first < 0x80 ? first >= '0' && first <= '9' : u_isdigit(first);
  // "120ms", "3x", "10k", or a unit word like "ms"
  return digit || tokenizer.IsUnit(norm) ? TokenKind::kUnit : TokenKind::kWord;
}

// Appends the tokens of `text`, which the fast path handles, with offsets moved by `offset`;
// cls[i] is the class of text[i].
void TokenizeAscii(const Tokenizer& tokenizer, std::string_view text, size_t offset,
                   const AsciiWordBreak* cls, std::vector<Token>* tokens) {
  // The same segments and rule statuses as ICU's word iterator, and the same kinds and norms as
  // AddToken (proven by the differential test), without a UText or the rule tables.
  static const PairRuleTable kPairs;
  const AsciiClassTable& table = AsciiClasses();
  size_t b = 0;
  for (size_t i = 1; i <= text.size(); ++i) {
    if (i < text.size()) {
      PairRule r = kPairs.rule[static_cast<int>(cls[i - 1])][static_cast<int>(cls[i])];
      if (r == PairRule::kJoin ||
          (r == PairRule::kLookFurther && AsciiNoBreakBefore(cls, text.size(), i))) {
        continue;
      }
    }
    int32_t rule = AsciiRuleStatus(cls, b, i);
    UChar32 first = static_cast<unsigned char>(text[b]);
    if (rule != UBRK_WORD_NONE || !IsWhiteSpace(table, first)) {
      Token& t = tokens->emplace_back();
      t.begin = static_cast<uint32_t>(offset + b);
      t.end = static_cast<uint32_t>(offset + i);
      t.norm.assign(text.data() + b, i - b);
      LowerAsciiInPlace(&t.norm);
      t.kind = KindOf(tokenizer, table, rule, first, t.norm);
    }
    b = i;
  }
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

namespace {
// A string of at most 8 bytes as a number, for unit lookups without hashing.
uint64_t PackShort(std::string_view s) {
  uint64_t packed = 0;
  std::memcpy(&packed, s.data(), s.size());
  return packed;
}
}  // namespace

Tokenizer::Tokenizer(std::unordered_set<std::string> units) : units_(std::move(units)) {
  for (const std::string& unit : units_) {
    longest_unit_ = std::max(longest_unit_, unit.size());
    if (unit.size() <= 8) short_units_.push_back({unit.size(), PackShort(unit)});
  }
  std::sort(short_units_.begin(), short_units_.end());
}

bool Tokenizer::IsUnit(std::string_view norm) const {
  if (norm.size() > longest_unit_) return false;
  if (norm.size() <= 8) {
    return std::binary_search(short_units_.begin(), short_units_.end(),
                              std::make_pair(norm.size(), PackShort(norm)));
  }
  return units_.count(std::string(norm)) > 0;
}

std::string Tokenizer::Fold(std::string_view text) {
  if (IsAscii(text)) {
    std::string out(text);
    LowerAsciiInPlace(&out);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString folded =
      nfkc_cf->normalize(icu::UnicodeString::fromUTF8(
                             icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
                         status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  folded.toUTF8String(out);
  return out;
}

std::vector<Token> Tokenizer::Tokenize(std::string_view text) const {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 1);
  thread_local std::vector<AsciiWordBreak> classes;  // per-thread scratch, one item at a time
  if (ClassifyBytes(AsciiClasses(), text, &classes)) {
    TokenizeAscii(*this, text, 0, classes.data(), &tokens);
    return tokens;
  }
  // Text with some non-ASCII: ICU runs only over the chunks that hold it. UAX #29 breaks
  // before and after every run of spaces, except that Extend, Format and ZWJ characters after
  // a space join it (WB4), so a chunk starts wherever an ASCII character other than a space
  // follows a space; ICU gives a chunk the segments and statuses it gives it in the whole.
  auto fast_path = [&](size_t begin, size_t end) {
    if (begin < end) {
      TokenizeAscii(*this, text.substr(begin, end - begin), begin, classes.data() + begin, &tokens);
    }
  };
  size_t fast_begin = 0;  // the chunks since here take the fast path
  size_t chunk = 0;
  for (size_t p = 1; p <= text.size(); ++p) {
    if (p < text.size() &&
        !(text[p - 1] == ' ' && text[p] != ' ' && static_cast<unsigned char>(text[p]) < 0x80)) {
      continue;
    }
    if (std::find(classes.begin() + chunk, classes.begin() + p, AsciiWordBreak::kUnsupported) !=
        classes.begin() + p) {
      fast_path(fast_begin, chunk);
      ForEachBreak(ThreadIterator(BreakKind::kWord), text.substr(chunk, p - chunk),
                   [&](size_t b, size_t e, int32_t rule) {
                     AddToken(text, chunk + b, chunk + e, rule, &tokens);
                   });
      fast_begin = p;
    }
    chunk = p;
  }
  fast_path(fast_begin, text.size());
  return tokens;
}

std::vector<Token> Tokenizer::TokenizeIcu(std::string_view text) const {
  std::vector<Token> tokens;
  ForEachBreak(ThreadIterator(BreakKind::kWord), text,
               [&](size_t b, size_t e, int32_t rule) { AddToken(text, b, e, rule, &tokens); });
  return tokens;
}

void Tokenizer::AddToken(std::string_view text, size_t b, size_t e, int32_t rule,
                         std::vector<Token>* tokens) const {
  std::string_view piece = text.substr(b, e - b);
  UChar32 first;
  int32_t i = 0;
  U8_NEXT(piece.data(), i, static_cast<int32_t>(piece.size()), first);
  const AsciiClassTable& table = AsciiClasses();
  if (rule == UBRK_WORD_NONE && IsWhiteSpace(table, first)) return;
  Token t;
  t.begin = static_cast<uint32_t>(b);
  t.end = static_cast<uint32_t>(e);
  t.norm = Fold(piece);
  t.kind = KindOf(*this, table, rule, first, t.norm);
  tokens->push_back(std::move(t));
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
