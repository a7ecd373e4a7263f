#pragma once
// What text every match of an RE2 pattern must contain, read from the pattern's syntax: a
// conjunction of clauses, each a set of strings at least one of which occurs in the match
// ("\d+\s*(?:ms|sec)" needs a digit just before "ms" or "sec", spaces aside). MetricRecognizer
// uses it to pick the patterns worth running on an item without compiling RE2::Sets (issue 8).
//
// Strings are compared with texts put through NormalizeForRequiredText, in which every ASCII
// digit is '0' and the characters of RE2's \s are gone, so that \d stands for one character and
// \s for none; and in which words (runs of RE2's \w) start upper-case and end in a mark, so
// that "\br\s*\d" ("r 3") is not found in "for 3". The walk is conservative: what it does not
// understand (a case-insensitive group, an octal escape, a large class) requires nothing, so an
// answer can be weak but is never wrong, and a pattern with no clause may match any text.

#include <string>
#include <string_view>
#include <vector>

namespace hirelint {

struct RequiredText {
  std::vector<std::vector<std::string>> clauses;  // all must hold; each holds one of its strings
};

// The requirement of a pattern RE2 accepts, to be matched against text lower-cased in ASCII
// (MetricRecognizer's convention: a letter matches itself only). For a pattern RE2 rejects the
// answer is meaningless, but never a crash.
RequiredText RequiredTextOf(std::string_view re);

// `text` with ASCII digits as '0', without ' ', '\t', '\n', '\f' and '\r' (RE2's \s), with a
// letter a-z that starts a word (has no \w byte before it) in upper case, and with the byte
// 0x03 after each word's last byte. Where a pattern matches in a text, the text normalized
// holds a string of each clause of RequiredTextOf(pattern).
void NormalizeForRequiredText(std::string_view text, std::string* out);

// Whether `normalized` satisfies `required` (every clause has a string in it): the slow,
// obvious evaluation, for tests and for checking the fast one.
bool SatisfiesRequiredText(std::string_view normalized, const RequiredText& required);

}  // namespace hirelint
