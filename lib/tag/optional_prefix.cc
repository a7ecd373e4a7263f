#include "tag/optional_prefix.h"

namespace hirelint {
namespace {

constexpr size_t kNone = std::string_view::npos;

// One past the ']' closing the class that opens at re[i]; kNone when unbalanced.
size_t ClassEnd(std::string_view re, size_t i) {
  size_t j = i + 1;
  if (j < re.size() && re[j] == '^') ++j;
  if (j < re.size() && re[j] == ']') ++j;  // a ']' first in the class is literal
  while (j < re.size()) {
    if (re[j] == '\\') {
      j += 2;
    } else if (re.compare(j, 2, "[:") == 0) {  // [:alpha:]
      size_t e = re.find(":]", j + 2);
      if (e == kNone) return kNone;
      j = e + 2;
    } else if (re[j] == ']') {
      return j + 1;
    } else {
      ++j;
    }
  }
  return kNone;
}

// One past the ')' closing the group that opens at re[i]; kNone when not understood.
size_t GroupEnd(std::string_view re, size_t i) {
  int depth = 0;
  size_t j = i;
  while (j < re.size()) {
    char c = re[j];
    if (c == '\\') {
      if (j + 1 < re.size() && re[j + 1] == 'Q') return kNone;  // \Q...\E may hold parentheses
      j += 2;
      continue;
    }
    if (c == '[') {
      j = ClassEnd(re, j);
      if (j == kNone) return kNone;
      continue;
    }
    if (c == '(') ++depth;
    if (c == ')' && --depth == 0) return j + 1;
    ++j;
  }
  return kNone;
}

// One past the atom that starts at re[i]: a group, a class, an escape or one character.
// kNone for what is not an atom here ('|', ')', a quantifier, an anchor) or is not understood.
size_t AtomEnd(std::string_view re, size_t i) {
  char c = re[i];
  if (c == '(') return GroupEnd(re, i);
  if (c == '[') return ClassEnd(re, i);
  if (c == '\\') {
    if (i + 1 >= re.size()) return kNone;
    char e = re[i + 1];
    if ((e == 'p' || e == 'P' || e == 'x') && i + 2 < re.size() && re[i + 2] == '{') {
      size_t close = re.find('}', i + 2);
      return close == kNone ? kNone : close + 1;
    }
    if (e == 'p' || e == 'P') return i + 3 <= re.size() ? i + 3 : kNone;  // \pL
    if (e == 'Q' || e == 'x' || (e >= '0' && e <= '9')) return kNone;     // literals, octal, hex
    return i + 2;
  }
  if (c == '|' || c == ')' || c == '?' || c == '*' || c == '+' || c == '{' || c == '^' ||
      c == '$') {
    return kNone;
  }
  unsigned char lead = static_cast<unsigned char>(c);
  size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;  // UTF-8
  return i + length <= re.size() ? i + length : kNone;
}

// One past the quantifier after an atom ending at re[i] (i when there is none); *zero tells
// whether it allows no repetition. kNone for a '{' that is not a repetition RE2 reads.
size_t QuantifierEnd(std::string_view re, size_t i, bool* zero) {
  *zero = false;
  if (i >= re.size()) return i;
  size_t j = i;
  if (re[j] == '?' || re[j] == '*') {
    *zero = true;
    ++j;
  } else if (re[j] == '+') {
    ++j;
  } else if (re[j] == '{') {
    size_t k = j + 1;
    size_t digits = 0;
    bool min_zero = true;
    for (; k < re.size() && re[k] >= '0' && re[k] <= '9'; ++k, ++digits) {
      min_zero = min_zero && re[k] == '0';
    }
    if (digits == 0) return kNone;
    if (k < re.size() && re[k] == ',') {
      ++k;
      while (k < re.size() && re[k] >= '0' && re[k] <= '9') ++k;
    }
    if (k >= re.size() || re[k] != '}') return kNone;
    *zero = min_zero;
    j = k + 1;
  } else {
    return i;
  }
  if (j < re.size() && re[j] == '?') ++j;  // lazy
  return j;
}

size_t SkipOptionalAtoms(std::string_view re);

// Whether the group re[begin, end) can match the empty string because all of its content is
// optional atoms. Flag groups ("(?i)") and unknown group syntax are not understood: false.
bool GroupIsOptional(std::string_view re, size_t begin, size_t end) {
  size_t content = begin + 1;
  if (re.compare(begin, 3, "(?:") == 0) {
    content = begin + 3;
  } else if (re.compare(begin, 4, "(?P<") == 0) {
    size_t close = re.find('>', begin);
    if (close == kNone || close >= end) return false;
    content = close + 1;
  } else if (re.compare(begin, 2, "(?") == 0) {
    return false;
  }
  std::string_view inside = re.substr(content, end - 1 - content);
  return SkipOptionalAtoms(inside) == inside.size();
}

size_t SkipOptionalAtoms(std::string_view re) {
  size_t i = 0;
  while (i < re.size()) {
    size_t end = AtomEnd(re, i);
    if (end == kNone) break;
    bool zero = false;
    size_t next = QuantifierEnd(re, end, &zero);
    if (next == kNone) break;
    if (!zero && (next != end || re[i] != '(' || !GroupIsOptional(re, i, end))) break;
    i = next;
  }
  return i;
}

}  // namespace

size_t OptionalPrefixLength(std::string_view re) {
  size_t n = SkipOptionalAtoms(re);
  // All of the first branch is optional: the pattern matches the empty string anywhere, and
  // so would what is left. Keep the pattern whole rather than leave "" or "|...".
  if (n == re.size() || re[n] == '|') return 0;
  return n;
}

}  // namespace hirelint
