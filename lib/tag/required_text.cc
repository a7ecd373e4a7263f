#include "tag/required_text.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <utility>

#include "core/utf8.h"

namespace hirelint {
namespace {

// An exact set larger than this becomes a clause, as in RE2's own prefilter: a cross product of
// sets grows fast, and one clause of many strings tells as much for our use.
constexpr size_t kMaxExact = 256;
// Joined strings and known prefixes or suffixes are kept up to this many ("0" and the 40 time
// units of "\d+\s*(?:ms|sec|...)").
constexpr size_t kMaxJoined = 256;
// A class of more characters than this requires nothing ([a-z] could be any letter).
constexpr size_t kMaxClass = 10;
// x{n,m} is joined as n copies of x up to this n.
constexpr size_t kMaxCopies = 8;
// A range wider than this is not expanded ([0-9] is, and normalizes to one "0").
constexpr uint32_t kMaxRange = 64;

// A set of normalized strings, sorted and unique.
using Strings = std::vector<std::string>;

template <typename T>
void SortUnique(std::vector<T>* s) {
  std::sort(s->begin(), s->end());
  s->erase(std::unique(s->begin(), s->end()), s->end());
}

Strings Product(const Strings& a, const Strings& b) {
  Strings out;
  out.reserve(a.size() * b.size());
  for (const std::string& x : a) {
    for (const std::string& y : b) out.push_back(x + y);
  }
  SortUnique(&out);
  return out;
}

bool HasEmpty(const Strings& s) { return !s.empty() && s.front().empty(); }  // sorted: "" first

// What a piece of a pattern matches, normalized. Exact: precisely one of `strings` ("" when it
// can match the empty string). Otherwise every clause has a string in the match, and the match
// starts with one of `prefixes` and ends with one of `suffixes` ({""}: nothing known), unless
// it is `optional`: empty (then it has no clause).
struct Info {
  bool exact = false;
  bool optional = false;
  Strings strings;
  std::vector<Strings> clauses;
  Strings prefixes{""};
  Strings suffixes{""};
};

Info Exact(Strings strings) {
  Info info;
  info.exact = true;
  SortUnique(&strings);
  info.strings = std::move(strings);
  return info;
}

Info EmptyString() { return Exact({""}); }

Info Anything() { return Info(); }

const Strings& PrefixesOf(const Info& info) { return info.exact ? info.strings : info.prefixes; }
const Strings& SuffixesOf(const Info& info) { return info.exact ? info.strings : info.suffixes; }

// The walk builds raw strings: the text as a match would have it, with every ASCII digit '0',
// any of RE2's \s ' ', and two marks for what a pattern says about text it does not consume:
// kBoundary for \b, kMaybeSpace for \s* (spaces or none). Clauses are normalized at the end
// (NormalizeRaw), when each letter's context is known as far as it can be.
constexpr char kBoundary = '\x01';
constexpr char kMaybeSpace = '\x02';
// In normalized text: after the last byte of every word (a run of \w).
constexpr char kWordEnd = '\x03';

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool IsWordByte(char c) {  // RE2's \w, which its \b looks at: ASCII only
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// A raw string of a code point; false for the two code points the walk uses as marks.
bool RawCodePoint(uint32_t cp, std::string* out) {
  out->clear();
  if (cp == static_cast<unsigned char>(kBoundary) ||
      cp == static_cast<unsigned char>(kMaybeSpace) || cp == static_cast<unsigned char>(kWordEnd)) {
    return false;
  }
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    *out += IsSpace(c) ? ' ' : c >= '0' && c <= '9' ? '0' : c;
  } else {
    AppendUtf8(cp, out);
  }
  return true;
}

// A raw string's normalized forms (see NormalizeForRequiredText). A letter reads upper-case at
// the start of a word, and kWordEnd follows a word's last byte, so each needs to know what
// stands next to it: where the raw string does not say (its first letter, its last byte, or a
// \w before \s* before a \w), the form starts after it, ends before it, or keeps both readings
// (up to kMaxForms forms, else it ends there). Where a text has a match that holds the raw
// string, one of the forms is a substring of the text normalized.
constexpr size_t kMaxForms = 4;

Strings NormalizeRaw(const std::string& raw) {
  Strings forms{""};
  auto append = [&forms](const std::string& s) {
    for (std::string& f : forms) f += s;
  };
  enum { kUnknown, kWord, kNotWord } before = kUnknown;       // the byte before, as far as known
  bool space = false, maybe_space = false, boundary = false;  // what stands between
  for (char c : raw) {
    if (c == ' ') {
      space = true;
      continue;
    }
    if (c == kMaybeSpace) {
      maybe_space = true;
      continue;
    }
    if (c == kBoundary) {
      boundary = true;
      continue;
    }
    const bool word = IsWordByte(c);
    const bool letter = c >= 'a' && c <= 'z';
    const std::string lower(1, c);
    const std::string upper(1, letter ? static_cast<char>(c - 'a' + 'A') : c);
    if (before == kUnknown) {
      if (letter && !space && !boundary) {  // a word's start or not: the form starts after it
        before = kWord;
        space = maybe_space = boundary = false;
        continue;
      }
      append(space || boundary ? upper : lower);
    } else if (before == kNotWord) {
      append(upper);  // no word ends here, and a letter starts one
    } else if (space || boundary || !word) {
      append(std::string(1, kWordEnd) + upper);  // a word ends, and a letter starts one
    } else if (!maybe_space) {
      append(lower);                             // inside a word
    } else if (forms.size() * 2 <= kMaxForms) {  // \w, \s*, \w: a space or not
      Strings both;
      for (const std::string& f : forms) {
        both.push_back(f + lower);
        both.push_back(f + kWordEnd + upper);
      }
      forms = std::move(both);
    } else {
      break;
    }
    before = word ? kWord : kNotWord;
    space = maybe_space = boundary = false;
  }
  if (before == kWord && (space || boundary)) append(std::string(1, kWordEnd));
  return forms;
}

// Adds a clause of `strings`, unless one of them is "" (then it requires nothing).
void AddClause(Strings strings, std::vector<Strings>* clauses) {
  if (!strings.empty() && !HasEmpty(strings)) clauses->push_back(std::move(strings));
}

// An exact piece as an inexact one: its strings become a clause, and its affixes.
Info Inexact(Info info) {
  if (!info.exact) return info;
  if (HasEmpty(info.strings)) {  // "" or one of the others
    Info out;
    out.optional = true;
    if (info.strings.size() > 1) out.prefixes.assign(info.strings.begin() + 1, info.strings.end());
    out.suffixes = out.prefixes;
    return out;
  }
  Info out;
  out.prefixes = info.strings;
  out.suffixes = info.strings;
  AddClause(std::move(info.strings), &out.clauses);
  return out;
}

// The clause that narrows most: its shortest string longest, then the fewest strings.
const Strings& BestClause(const Info& info) {
  auto shortest = [](const Strings& clause) {
    size_t n = SIZE_MAX;
    for (const std::string& s : clause) n = std::min(n, s.size());
    return n;
  };
  const Strings* best = &info.clauses.front();
  for (const auto& clause : info.clauses) {
    size_t a = shortest(clause), b = shortest(*best);
    if (a > b || (a == b && clause.size() < best->size())) best = &clause;
  }
  return *best;
}

// The union of the branches' affixes, or {""} when any is unknown or there are too many.
Strings UnionOf(const std::vector<Info>& branches, const Strings& (*affixes)(const Info&)) {
  Strings all;
  for (const Info& b : branches) {
    const Strings& s = affixes(b);
    if (HasEmpty(s)) return {""};
    all.insert(all.end(), s.begin(), s.end());
  }
  SortUnique(&all);
  if (all.size() > kMaxJoined) return {""};
  return all;
}

Info Alternate(std::vector<Info> branches) {
  if (branches.size() == 1) return std::move(branches.front());
  bool exact = std::all_of(branches.begin(), branches.end(), [](const Info& b) { return b.exact; });
  if (exact) {
    Strings all;
    for (const Info& b : branches) all.insert(all.end(), b.strings.begin(), b.strings.end());
    SortUnique(&all);
    if (all.size() <= kMaxExact) return Exact(std::move(all));
  }
  // A match is one branch's, so it holds a string of that branch's clause: of the union.
  for (Info& b : branches) b = Inexact(std::move(b));
  Info info;
  info.optional =
      std::any_of(branches.begin(), branches.end(), [](const Info& b) { return b.optional; });
  info.prefixes = UnionOf(branches, PrefixesOf);
  info.suffixes = UnionOf(branches, SuffixesOf);
  if (info.optional) return info;
  Strings either;
  for (const Info& b : branches) {
    if (b.clauses.empty()) return info;
    const Strings& best = BestClause(b);
    either.insert(either.end(), best.begin(), best.end());
  }
  SortUnique(&either);
  info.clauses.push_back(std::move(either));
  return info;
}

constexpr size_t kUnbounded = SIZE_MAX;

// The strings' last bytes, as many as keep at most `limit` different ones ({""} at worst): the
// match ends with one of them as it does with one of the strings.
Strings LastBytes(Strings strings, size_t limit) {
  SortUnique(&strings);
  size_t longest = 0;
  for (const std::string& s : strings) longest = std::max(longest, s.size());
  for (size_t k = longest;; --k) {
    Strings ends;
    for (const std::string& s : strings) ends.push_back(s.size() > k ? s.substr(s.size() - k) : s);
    SortUnique(&ends);
    if (ends.size() <= limit || k == 0) return ends;
  }
}

// Whether a raw string stands only for spaces (or nothing).
bool IsBlank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == kMaybeSpace; });
}

Info Repeat(Info atom, size_t min, size_t max) {
  if (atom.exact && std::all_of(atom.strings.begin(), atom.strings.end(), IsBlank)) {
    // \s*, \s+, (?:\s|\s\s)?: spaces for sure, or maybe.
    bool spaces =
        min > 0 && std::all_of(atom.strings.begin(), atom.strings.end(), [](const std::string& s) {
          return s.find(' ') != std::string::npos;
        });
    return Exact({spaces ? " " : std::string(1, kMaybeSpace)});
  }
  if (min == 0 && max == 1 && atom.exact && atom.strings.size() < kMaxExact) {
    atom.strings.insert(atom.strings.begin(), "");
    return atom;
  }
  if (atom.exact && min >= 1 && min <= kMaxCopies) {
    // x{3,}: three copies at least, so the match holds, starts and ends with xxx.
    Strings copies = atom.strings;
    for (size_t k = 1; k < min && copies.size() * atom.strings.size() <= kMaxJoined; ++k) {
      copies = Product(copies, atom.strings);
      if (k + 1 == min && min == max) return Exact(std::move(copies));
    }
    if (min == 1 && max == 1) return atom;
    Info info;
    info.prefixes = copies;
    info.suffixes = copies;
    info.optional = HasEmpty(copies);
    if (!info.optional) AddClause(std::move(copies), &info.clauses);
    return info;
  }
  // At least one copy: the match holds what one copy must, starts as one and ends as one.
  Info info = Inexact(std::move(atom));
  if (min == 0) {  // or it is empty
    info.optional = true;
    info.clauses.clear();
  }
  return info;
}

// A hexadecimal digit's value, or -1.
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A recursive descent over RE2's syntax. Anything it does not know sets failed_, and then the
// whole pattern requires nothing.
class Walker {
 public:
  explicit Walker(std::string_view re) : re_(re) {}

  RequiredText Run() {
    Info top = Alternation(0);
    if (failed_ || pos_ != re_.size()) return {};
    top = Inexact(std::move(top));
    std::vector<Strings> clauses;
    for (const Strings& raw : top.clauses) {
      Strings clause;
      for (const std::string& r : raw) {
        for (std::string& form : NormalizeRaw(r)) clause.push_back(std::move(form));
      }
      SortUnique(&clause);
      if (HasEmpty(clause)) continue;  // a form that is "" holds anywhere
      // A string holding another of its clause adds nothing: where it occurs, so does the other.
      std::stable_sort(
          clause.begin(), clause.end(),
          [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
      Strings kept;
      for (std::string& s : clause) {
        bool redundant = std::any_of(kept.begin(), kept.end(), [&](const std::string& k) {
          return s.find(k) != std::string::npos;
        });
        if (!redundant) kept.push_back(std::move(s));
      }
      SortUnique(&kept);
      clauses.push_back(std::move(kept));
    }
    SortUnique(&clauses);
    // A clause that another implies goes: each string of {"0%"} holds one of {"0"}.
    auto implies = [](const Strings& strong, const Strings& weak) {
      return std::all_of(strong.begin(), strong.end(), [&](const std::string& s) {
        return std::any_of(weak.begin(), weak.end(),
                           [&](const std::string& w) { return s.find(w) != std::string::npos; });
      });
    };
    RequiredText out;
    for (size_t i = 0; i < clauses.size(); ++i) {
      bool implied = false;
      for (size_t j = 0; j < clauses.size() && !implied; ++j) {
        implied = j != i && implies(clauses[j], clauses[i]) &&
                  (!implies(clauses[i], clauses[j]) || j < i);
      }
      if (!implied) out.clauses.push_back(clauses[i]);
    }
    return out;
  }

 private:
  bool AtEnd() const { return pos_ >= re_.size(); }
  char Peek() const { return re_[pos_]; }

  // Whether a quantifier may start at pos_ ('{' is one only before a count, but a false "yes"
  // only gives up).
  bool QuantifierNext() const { return !AtEnd() && std::strchr("*+?{", Peek()) != nullptr; }

  Info Fail() {
    failed_ = true;
    return Anything();
  }

  Info Alternation(int depth) {
    // Deeper than any lexicon goes; a guard against a stack overflow on hostile input.
    if (depth > 200) return Fail();
    std::vector<Info> branches;
    branches.push_back(Concatenation(depth));
    while (!failed_ && !AtEnd() && Peek() == '|') {
      ++pos_;
      branches.push_back(Concatenation(depth));
    }
    return Alternate(std::move(branches));
  }

  // Adjacent exact pieces are joined ("t", "i", "m", "e", "s" into "times") while their cross
  // product stays small, and with the prefixes and suffixes of the pieces around them ("0" and
  // "%" of "\d+\s*%" into "0%"); what the rest requires is kept as clauses.
  Info Concatenation(int depth) {
    std::vector<Strings> clauses;
    Strings run{""};       // the match holds one of these, and so far ends with it
    bool exact = true;     // no inexact piece yet: `run` is all the match can be
    bool optional = true;  // every piece may be empty
    Strings prefixes;
    while (!failed_ && !AtEnd() && Peek() != '|' && Peek() != ')') {
      Info piece = Repetition(depth);
      optional = optional && (piece.exact ? HasEmpty(piece.strings) : piece.optional);
      const Strings& head = PrefixesOf(piece);
      if (run.size() * head.size() > kMaxJoined) {
        // Too many to join: what came before is a clause, and only its last bytes are joined.
        if (exact) prefixes = run;
        exact = false;
        AddClause(run, &clauses);
        run = head.size() > kMaxJoined ? Strings{""} : LastBytes(run, kMaxJoined / head.size());
      }
      if (piece.exact) {
        run = run.size() == 1 && head.size() == 1 ? Strings{run[0] + head[0]} : Product(run, head);
        continue;
      }
      if (exact) prefixes = piece.optional ? run : Product(run, head);
      exact = false;
      if (piece.optional) {        // ends as before, or as the piece
        AddClause(run, &clauses);  // which occurred either way
        if (HasEmpty(piece.suffixes)) {
          run = {""};
        } else {
          run.insert(run.end(), piece.suffixes.begin(), piece.suffixes.end());
          run = LastBytes(run, kMaxJoined);
        }
      } else {
        AddClause(Product(run, head), &clauses);
        for (Strings& clause : piece.clauses) clauses.push_back(std::move(clause));
        run = std::move(piece.suffixes);
      }
    }
    if (exact) return Exact(std::move(run));
    Info info;
    info.optional = optional;
    if (!optional) {
      AddClause(run, &clauses);
      info.clauses = std::move(clauses);
    }
    info.prefixes = std::move(prefixes);
    info.suffixes = std::move(run);
    return info;
  }

  Info Repetition(int depth) {
    Info atom = Atom(depth);
    while (!failed_ && !AtEnd()) {
      size_t min = 0, max = kUnbounded;
      char c = Peek();
      if (c == '*') {
        ++pos_;
      } else if (c == '+') {
        min = 1;
        ++pos_;
      } else if (c == '?') {
        max = 1;
        ++pos_;
      } else if (c != '{' || !Braces(&min, &max)) {
        break;
      }
      if (!AtEnd() && Peek() == '?') ++pos_;  // lazy: the same strings
      atom = Repeat(std::move(atom), min, max);
    }
    return atom;
  }

  // {n}, {n,} or {n,m} at pos_; otherwise false, and '{' is a literal (RE2's reading).
  bool Braces(size_t* min, size_t* max) {
    size_t i = pos_ + 1;
    auto number = [&](size_t* value) {
      size_t start = i;
      *value = 0;
      while (i < re_.size() && re_[i] >= '0' && re_[i] <= '9' && i - start < 6) {
        *value = *value * 10 + static_cast<size_t>(re_[i] - '0');
        ++i;
      }
      return i > start;
    };
    size_t lo = 0, hi = 0;
    if (!number(&lo)) return false;
    hi = lo;
    if (i < re_.size() && re_[i] == ',') {
      ++i;
      if (!number(&hi)) hi = kUnbounded;
    }
    if (i >= re_.size() || re_[i] != '}') return false;
    pos_ = i + 1;
    *min = lo;
    *max = hi;
    return true;
  }

  // One UTF-8 code point at pos_, consumed; failed_ when it is cut short.
  uint32_t CodePoint() {
    unsigned char lead = static_cast<unsigned char>(re_[pos_]);
    size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (pos_ + n > re_.size()) {
      failed_ = true;
      pos_ = re_.size();
      return 0;
    }
    uint32_t cp = n == 1 ? lead : n == 2 ? lead & 0x1F : n == 3 ? lead & 0x0F : lead & 0x07;
    for (size_t k = 1; k < n; ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(re_[pos_ + k]) & 0x3F);
    }
    pos_ += n;
    return cp;
  }

  Info Atom(int depth) {
    char c = Peek();
    if (c == '(') return Group(depth);
    if (c == '[') return Class();
    if (c == '\\') return Escape();
    if (c == '.') {
      ++pos_;
      return Anything();
    }
    if (c == '^' || c == '$') {
      ++pos_;
      return EmptyString();
    }
    if (c == '*' || c == '+' || c == '?') return Fail();  // RE2 rejects a bare repetition
    return Literal(CodePoint());
  }

  Info Literal(uint32_t cp) {
    std::string raw;
    if (failed_ || !RawCodePoint(cp, &raw)) return Fail();
    return Exact({raw});
  }

  Info Group(int depth) {
    ++pos_;  // '('
    if (!AtEnd() && Peek() == '?') {
      ++pos_;
      if (!AtEnd() && Peek() == 'P') ++pos_;
      if (!AtEnd() && Peek() == '<') {  // (?P<name>...) or (?<name>...)
        size_t close = re_.find('>', pos_);
        if (close == std::string_view::npos) return Fail();
        pos_ = close + 1;
      } else {
        // Flags: only `i` changes what a literal matches, and then we give up.
        while (!AtEnd() && (std::isalpha(static_cast<unsigned char>(Peek())) || Peek() == '-')) {
          if (Peek() == 'i') return Fail();
          ++pos_;
        }
        if (AtEnd()) return Fail();
        if (Peek() == ')') {  // (?s): flags for the rest, nothing to match
          ++pos_;
          // RE2 applies a quantifier after it to the atom before it: give up rather than
          // follow ("ab(?s)?" is "a(?:b)?").
          if (QuantifierNext()) return Fail();
          return EmptyString();
        }
        if (Peek() != ':') return Fail();
        ++pos_;
      }
    }
    Info inner = Alternation(depth + 1);
    if (failed_ || AtEnd() || Peek() != ')') return Fail();
    ++pos_;
    return inner;
  }

  // Past the name of a Unicode class after \p or \P: one letter, or {Greek}. False when the
  // brace is not closed.
  bool SkipClassName() {
    if (!AtEnd() && Peek() == '{') {
      size_t close = re_.find('}', pos_);
      if (close == std::string_view::npos) return false;
      pos_ = close + 1;
    } else if (!AtEnd()) {
      ++pos_;
    }
    return true;
  }

  // \x41, \x{10FFFF}; pos_ is past the 'x'.
  bool Hex(uint32_t* cp) {
    *cp = 0;
    if (!AtEnd() && Peek() == '{') {
      size_t close = re_.find('}', pos_);
      if (close == std::string_view::npos || close == pos_ + 1 || close - pos_ > 9) return false;
      for (size_t i = pos_ + 1; i < close; ++i) {
        if (HexValue(re_[i]) < 0) return false;
        *cp = *cp * 16 + static_cast<uint32_t>(HexValue(re_[i]));
      }
      pos_ = close + 1;
      return *cp <= 0x10FFFF;
    }
    if (pos_ + 2 > re_.size() || HexValue(re_[pos_]) < 0 || HexValue(re_[pos_ + 1]) < 0) {
      return false;
    }
    *cp = static_cast<uint32_t>(HexValue(re_[pos_]) * 16 + HexValue(re_[pos_ + 1]));
    pos_ += 2;
    return true;
  }

  // An escape that stands for one character, after the backslash: true and *cp, or false.
  bool EscapedCharacter(char e, uint32_t* cp) {
    switch (e) {
      case 't':
        *cp = '\t';
        return true;
      case 'n':
        *cp = '\n';
        return true;
      case 'r':
        *cp = '\r';
        return true;
      case 'f':
        *cp = '\f';
        return true;
      case 'v':
        *cp = '\v';
        return true;
      case 'a':
        *cp = '\a';
        return true;
      case 'x':
        return Hex(cp);
      default:
        // Punctuation stands for itself; letters and digits have meanings of their own.
        if (static_cast<unsigned char>(e) < 0x80 && !std::isalnum(static_cast<unsigned char>(e))) {
          *cp = static_cast<unsigned char>(e);
          return true;
        }
        return false;
    }
  }

  Info Escape() {
    ++pos_;  // '\'
    if (AtEnd()) return Fail();
    char e = re_[pos_++];
    switch (e) {
      case 'd':
        return Exact({"0"});
      case 's':
        return Exact({" "});
      case 'D':
      case 'S':
      case 'w':
      case 'W':
      case 'C':
        return Anything();
      case 'p':
      case 'P':
        return SkipClassName() ? Anything() : Fail();
      case 'b':
        return Exact({std::string(1, kBoundary)});
      case 'B':
      case 'A':
      case 'z':
        return EmptyString();
      case 'Q': {
        size_t end = re_.find("\\E", pos_);
        std::string_view quoted =
            re_.substr(pos_, end == std::string_view::npos ? std::string_view::npos : end - pos_);
        pos_ = end == std::string_view::npos ? re_.size() : end + 2;
        std::string literal, raw;
        for (char q : quoted) {
          // Bytes as they are: RawCodePoint would encode one above 0x7F as a code point.
          if (static_cast<unsigned char>(q) >= 0x80) {
            literal += q;
          } else if (!RawCodePoint(static_cast<unsigned char>(q), &raw)) {
            return Fail();
          } else {
            literal += raw;
          }
        }
        const size_t code_points = static_cast<size_t>(
            std::count_if(quoted.begin(), quoted.end(), [](char q) { return (q & 0xC0) != 0x80; }));
        // A quantifier after \E repeats the last character only, or, after an empty \Q\E,
        // the atom before it: give up rather than follow.
        if (code_points != 1 && QuantifierNext()) return Fail();
        return Exact({literal});
      }
      default: {
        uint32_t cp = 0;
        if (!EscapedCharacter(e, &cp)) return Fail();
        return Literal(cp);
      }
    }
  }

  // [...]: the set of its characters, normalized, when small; nothing otherwise.
  Info Class() {
    ++pos_;  // '['
    bool negated = false;
    if (!AtEnd() && Peek() == '^') {
      negated = true;
      ++pos_;
    }
    Strings members;
    bool large = false;
    bool first = true;
    for (;;) {
      if (AtEnd()) return Fail();
      if (Peek() == ']' && !first) {
        ++pos_;
        break;
      }
      first = false;
      if (re_.compare(pos_, 2, "[:") == 0) {  // [:alpha:]
        size_t close = re_.find(":]", pos_ + 2);
        if (close == std::string_view::npos) return Fail();
        pos_ = close + 2;
        large = true;
        continue;
      }
      uint32_t lo = 0;
      if (Peek() == '\\') {
        ++pos_;
        if (AtEnd()) return Fail();
        char e = re_[pos_++];
        if (e == 'd') {
          members.push_back("0");
          continue;
        }
        if (e == 's') {
          members.push_back(" ");
          continue;
        }
        if (e == 'D' || e == 'S' || e == 'w' || e == 'W') {
          large = true;
          continue;
        }
        if (e == 'p' || e == 'P') {
          if (!SkipClassName()) return Fail();
          large = true;
          continue;
        }
        if (!EscapedCharacter(e, &lo)) return Fail();
      } else {
        lo = CodePoint();
        if (failed_) return Anything();
      }
      uint32_t hi = lo;
      if (pos_ + 1 < re_.size() && Peek() == '-' && re_[pos_ + 1] != ']') {
        ++pos_;
        if (Peek() == '\\') {
          ++pos_;
          if (AtEnd() || !EscapedCharacter(re_[pos_++], &hi)) return Fail();
        } else {
          hi = CodePoint();
          if (failed_) return Anything();
        }
        if (hi < lo) return Fail();
      }
      if (hi - lo > kMaxRange) {
        large = true;
        continue;
      }
      for (uint32_t cp = lo; cp <= hi && members.size() <= kMaxClass; ++cp) {
        std::string raw;
        if (!RawCodePoint(cp, &raw)) return Fail();
        members.push_back(raw);
        SortUnique(&members);
      }
    }
    SortUnique(&members);
    if (negated || large || members.empty() || members.size() > kMaxClass) return Anything();
    return Exact(std::move(members));
  }

  std::string_view re_;
  size_t pos_ = 0;
  bool failed_ = false;
};

}  // namespace

RequiredText RequiredTextOf(std::string_view re) { return Walker(re).Run(); }

void NormalizeForRequiredText(std::string_view text, std::string* out) {
  out->clear();
  bool after_word = false;  // the byte before is \w; at the start it is not
  for (char c : text) {
    const bool word = IsWordByte(c);
    if (after_word && !word) *out += kWordEnd;
    if (c >= '0' && c <= '9') {
      *out += '0';
    } else if (c >= 'a' && c <= 'z' && !after_word) {
      *out += static_cast<char>(c - 'a' + 'A');
    } else if (!IsSpace(c)) {
      *out += c;
    }
    after_word = word;
  }
  if (after_word) *out += kWordEnd;
}

bool SatisfiesRequiredText(std::string_view normalized, const RequiredText& required) {
  return std::all_of(required.clauses.begin(), required.clauses.end(), [&](const auto& clause) {
    return std::any_of(clause.begin(), clause.end(), [&](const std::string& s) {
      return normalized.find(s) != std::string_view::npos;
    });
  });
}

}  // namespace hirelint
