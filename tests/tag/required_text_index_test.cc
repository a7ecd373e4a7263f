// RequiredTextIndex answers as SatisfiesRequiredText does, requirement by requirement.

#include "tag/required_text_index.h"

#include <doctest/doctest.h>

#include <random>

#include "lexicon/embedded.h"
#include "support/test_support.h"
#include "tag/metric_recognizer.h"

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

TEST_CASE("RequiredTextIndex: the build's copy is that of the embedded patterns, and reads back") {
  const LexiconData& lexicons = testing::SharedEngine().lexicons();
  auto built = MetricRecognizer::Build(lexicons.metrics, lexicons.number_words);
  REQUIRE(built.ok());
  const uint64_t fingerprint = built.value()->fingerprint();
  const std::string fresh = RequiredTextIndex(built.value()->Requirements()).Serialize(fingerprint);
  // Stale, it would be ignored (the fingerprint differs) and every run would build the index.
  auto embedded = RequiredTextIndex::Deserialize(EmbeddedMetricPrefilterIndex(), fingerprint);
  REQUIRE(embedded != nullptr);
  CHECK(embedded->Serialize(fingerprint) == fresh);
  CHECK(embedded->size() == lexicons.metrics.size());

  CHECK(RequiredTextIndex::Deserialize(fresh, fingerprint + 1) == nullptr);  // other patterns
  for (size_t cut = 0; cut < fresh.size(); cut += 1 + fresh.size() / 300) {
    CHECK(RequiredTextIndex::Deserialize(std::string_view(fresh).substr(0, cut), fingerprint) ==
          nullptr);
  }
  CHECK(RequiredTextIndex::Deserialize(fresh + "x", fingerprint) == nullptr);
  // Bytes flipped anywhere give an index that is consistent, or none: never a read out of
  // bounds (the sanitizer build runs this).
  std::mt19937 rng(3);
  const std::string text = "cut p99 latency from 120 ms to 45 ms for 2,000 users";
  std::string normalized;
  NormalizeForRequiredText(text, &normalized);
  for (int i = 0; i < 300; ++i) {
    std::string bytes = fresh;
    bytes[8 + rng() % (bytes.size() - 8)] ^= static_cast<char>(1 + rng() % 255);
    auto index = RequiredTextIndex::Deserialize(bytes, fingerprint);
    std::vector<int> which;
    if (index) index->Satisfied(normalized, &which);
  }
}

TEST_CASE(
    "RequiredTextIndex: a clause holding \"\" holds anywhere, as SatisfiesRequiredText says") {
  std::vector<RequiredText> requirements(2);
  requirements[0].clauses = {{"", "x"}};
  requirements[1].clauses = {{"", "x"}, {"y"}};
  RequiredTextIndex index(requirements);
  std::vector<int> which;
  index.Satisfied("ab", &which);
  CHECK(which == std::vector<int>{0});
  CHECK(SatisfiesRequiredText("ab", requirements[0]));
  auto back = RequiredTextIndex::Deserialize(index.Serialize(1), 1);
  REQUIRE(back != nullptr);
  which.clear();
  back->Satisfied("aby", &which);
  CHECK(which == std::vector<int>{0, 1});
}

// Read back, an index answers as the one it was written from.
TEST_CASE("RequiredTextIndex: serialized and read back, the same answers") {
  std::vector<RequiredText> requirements(3);
  requirements[0].clauses = {{"0Ms", "0ms"}};
  requirements[1].clauses = {{"%"}, {"Cut", "Reduced"}};
  requirements[2].clauses = {};
  RequiredTextIndex index(requirements);
  auto back = RequiredTextIndex::Deserialize(index.Serialize(7), 7);
  REQUIRE(back != nullptr);
  for (const char* text : {"Cut0ms", "Cut00%", "Reduced0%", "", "0Ms%"}) {
    std::vector<int> a, b;
    index.Satisfied(text, &a);
    back->Satisfied(text, &b);
    CAPTURE(text);
    CHECK(a == b);
  }
}

}  // namespace
}  // namespace hirelint
