#include "tag/phrase_matcher.h"

#include <doctest/doctest.h>

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

}  // namespace
}  // namespace hirelint
