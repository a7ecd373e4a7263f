#include "tag/phrase_matcher.h"

#include <doctest/doctest.h>

#include "support/test_support.h"

namespace hirelint {
namespace {

TEST_CASE("PhraseMatcher: exact, prefix and any-word terms; joiners ignored") {
  Tokenizer tokenizer;
  PhraseMatcher m;
  REQUIRE(m.Add("deploy*", 1, tokenizer));
  REQUIRE(m.Add("a/b test*", 2, tokenizer));
  REQUIRE(m.Add("served * customers", 3, tokenizer));
  REQUIRE(m.Add("fine tuned", 4, tokenizer));
  CHECK_FALSE(m.Add("* leading", 5, tokenizer));
  auto tokens = tokenizer.Tokenize("Deployment of fine-tuned models; A/B tested them and served 200 customers");
  auto hits = m.FindAll(tokens);
  std::vector<uint32_t> labels;
  for (const auto& h : hits) labels.push_back(h.label);
  CHECK(labels == std::vector<uint32_t>{1, 4, 2, 3});
  CHECK(m.PhraseText(hits[1].phrase) == "fine tuned");
}

TEST_CASE("PhraseMatcher: punctuation other than joiners breaks a phrase") {
  Tokenizer tokenizer;
  PhraseMatcher m;
  REQUIRE(m.Add("data model", 1, tokenizer));
  CHECK(m.FindAll(tokenizer.Tokenize("data, model")).empty());
  CHECK(m.FindAll(tokenizer.Tokenize("the Data Model")).size() == 1);
}

TEST_CASE("PhraseMatcher: a lower-case ASCII word is one term, as the tokenizer gives it") {
  // Add takes such a word as itself without tokenizing it; that holds only while the
  // tokenizer gives one token, the word itself, for every one the lexicons hold.
  const Tokenizer& tokenizer = testing::SharedEngine().tagger().tokenizer();
  const LexiconData& data = testing::SharedEngine().lexicons();
  std::vector<const std::vector<PhraseEntry>*> lists;
  for (const auto& [stage, vocabulary] : data.stages) {
    lists.push_back(&vocabulary.phrases);
    lists.push_back(&vocabulary.not_phrases);
  }
  for (const auto& [name, entries] : data.categories) lists.push_back(&entries);
  for (const auto& [name, entries] : data.story_cues) lists.push_back(&entries);
  std::vector<std::string> words = {"ms", "k", "x", "a", "qps", "gpus"};  // units, and short
  for (const auto* list : lists) {
    for (const PhraseEntry& e : *list) {
      size_t i = 0;
      while (i < e.text.size()) {
        size_t j = e.text.find(' ', i);
        if (j == std::string::npos) j = e.text.size();
        std::string word = e.text.substr(i, j - i);
        if (!word.empty() && word.back() == '*') word.pop_back();
        words.push_back(word);
        i = j + 1;
      }
    }
  }
  size_t checked = 0;
  for (const std::string& word : words) {
    if (!PhraseMatcher::IsLowerAsciiWord(word)) continue;
    ++checked;
    auto tokens = tokenizer.Tokenize(word);
    CAPTURE(word);
    REQUIRE(tokens.size() == 1);
    CHECK_FALSE(PhraseMatcher::IsJoiner(tokens[0]));
    CHECK(tokens[0].norm == word);
  }
  CHECK(checked > 2000);
  CHECK_FALSE(PhraseMatcher::IsLowerAsciiWord("Data"));
  CHECK_FALSE(PhraseMatcher::IsLowerAsciiWord("a/b"));
  CHECK_FALSE(PhraseMatcher::IsLowerAsciiWord(""));
}

}  // namespace
}  // namespace hirelint
