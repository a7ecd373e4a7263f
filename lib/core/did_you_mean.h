#pragma once

#include <string>
#include <vector>

namespace hirelint {

// The candidate closest to `word` by edit distance, if it is close enough to be a typo
// (at most a third of the word's length, and at least 1); "" otherwise.
std::string DidYouMean(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace hirelint
