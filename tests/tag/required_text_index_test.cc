// RequiredTextIndex answers as SatisfiesRequiredText does, requirement by requirement.

#include "tag/required_text_index.h"

#include <doctest/doctest.h>

#include <random>

namespace hirelint {
namespace {

TEST_CASE("RequiredTextIndex: the same answer as checking each requirement") {
  std::mt19937 rng(7);
  static const char kChars[] = "ab0%x\xce\xbc";  // with the bytes of a two-byte character
  auto random_string = [&](size_t max) {
    std::string s;
    for (size_t n = 1 + rng() % max; n > 0; --n) s += kChars[rng() % (sizeof kChars - 1)];
    return s;
  };
  size_t satisfied = 0, checked = 0;
  for (int round = 0; round < 200; ++round) {
    std::vector<RequiredText> requirements(1 + rng() % 12);
    for (RequiredText& r : requirements) {
      for (size_t c = rng() % 4; c > 0; --c) {
        std::vector<std::string> clause;
        for (size_t n = 1 + rng() % 4; n > 0; --n) clause.push_back(random_string(4));
        r.clauses.push_back(clause);
      }
    }
    RequiredTextIndex index(requirements);
    for (int t = 0; t < 50; ++t) {
      const std::string text = rng() % 10 == 0 ? "" : random_string(20);
      std::vector<int> expected, got;
      for (size_t r = 0; r < requirements.size(); ++r) {
        if (SatisfiesRequiredText(text, requirements[r])) expected.push_back(static_cast<int>(r));
      }
      index.Satisfied(text, &got);
      CAPTURE(text);
      CHECK(got == expected);
      satisfied += expected.size();
      checked += requirements.size();
    }
  }
  // Both answers occur often.
  CHECK(satisfied > checked / 5);
  CHECK(satisfied < checked * 4 / 5);
}

}  // namespace
}  // namespace hirelint
