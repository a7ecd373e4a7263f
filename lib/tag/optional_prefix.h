#pragma once
// The optional head of an RE2 pattern: `X? Y` matches somewhere in a text exactly when `Y`
// does, so the prefilter Set (MetricRecognizer) can drop `X?` from its copy of the pattern.
// Every metric pattern that starts with {QUAL} ("over", "nearly", "up to", ...) carries that
// list in front of its number; in one Set, twenty copies of it made the DFA track every
// "over" and "about" of the text twenty times over (measured on one two-page CV, cold: about 3
// times slower to match, and 7.5 against 10.5 ms to compile).

#include <cstddef>
#include <string_view>

namespace hirelint {

// The length of the longest run of leading atoms of `re` that may match the empty string by
// their quantifier (`?`, `*`, `{0,n}`, lazy or not), or that are groups made only of such
// atoms. The run stops at anything else, and at anything the scan does not understand (flag
// groups, \Q...\E, an unbalanced bracket), so 0 is always a safe answer. Only the first branch
// of a top-level alternation is shortened, which keeps "matches somewhere" unchanged.
size_t OptionalPrefixLength(std::string_view re);

}  // namespace hirelint
