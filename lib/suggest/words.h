#pragma once
// A bullet's cleaned text as a list of words the rewriter can drop, replace and move without
// touching the bytes of the words it keeps: every kept number, unit and name prints exactly as
// it was written.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hirelint {

struct Word {
  std::string text;          // as printed
  std::string fold;          // case-folded `text`, for lexicon lookups
  bool space_before = true;  // printed after a space (ignored for the first word)
  size_t begin = 0;          // span in the item's cleaned text; begin == end when generated
  size_t end = 0;
  bool generated = false;  // added by the rewriter (a verb, a slot), not from the bullet
};

// Splits on whitespace, then splits leading opening brackets and quotes and trailing
// punctuation (",", ";", ":", ".", "!", "?", closing brackets and quotes) into words of their
// own, so "offline)," is three words. Joining the result gives `text` back (whitespace runs in
// `text` are already single spaces in cleaned text).
std::vector<Word> SplitWords(std::string_view text);

// The words printed with their spacing; the first word never has a space before it.
std::string JoinWords(const std::vector<Word>& words);

// A generated word, e.g. the verb that replaces a weak opener.
Word MakeWord(const std::string& text, bool space_before = true);

// True for words that are only punctuation ("," "." ")" ...).
bool IsPunctuation(const Word& word);

// `text` with its first letter upper-cased (ASCII only; other scripts are left as they are).
std::string Capitalize(std::string text);
// `text` with its first letter lower-cased (ASCII only).
std::string Uncapitalize(std::string text);
bool StartsUpper(const std::string& text);

}  // namespace hirelint
