#include "tokenize/tokenizer.h"

#include <doctest/doctest.h>

namespace hirelint {
namespace {

TEST_CASE("Tokenizer: kinds, folding and byte offsets") {
  Tokenizer tokenizer({"ms"});
  std::string text = "Cut p99 latency 40% to 68 ms, saving $12k — 3x faster";
  auto tokens = tokenizer.Tokenize(text);
  std::vector<std::string> norms;
  for (const auto& t : tokens) norms.push_back(t.norm);
  CHECK(norms == std::vector<std::string>{"cut", "p99", "latency", "40", "%", "to", "68", "ms", ",",
                                          "saving", "$", "12k", "—", "3x", "faster"});
  CHECK(tokens[3].kind == TokenKind::kNumber);
  CHECK(tokens[4].kind == TokenKind::kPercent);
  CHECK(tokens[7].kind == TokenKind::kUnit);      // a unit word
  CHECK(tokens[10].kind == TokenKind::kCurrency);
  CHECK(tokens[11].kind == TokenKind::kUnit);     // "12k": number with a suffix
  CHECK(tokens[12].kind == TokenKind::kSymbol);
  CHECK(tokens[0].kind == TokenKind::kWord);
  CHECK(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin) == "latency");
}

TEST_CASE("Tokenizer::Fold applies NFKC and case folding") {
  CHECK(Tokenizer::Fold("Deployed") == "deployed");
  CHECK(Tokenizer::Fold("\xEF\xAC\x81ne-tuned") == "fine-tuned");  // the "ﬁ" ligature
  CHECK(Tokenizer::Fold("STRASSE") == "strasse");
  CHECK(Tokenizer::Fold("Stra\xC3\x9F" "e") == "strasse");          // ß folds to ss
  CHECK(Tokenizer::Fold("\xEF\xBC\xA1\xEF\xBC\xA9") == "ai");       // full-width "ＡＩ"
}

TEST_CASE("Tokenizer: non-ASCII words keep their offsets") {
  Tokenizer tokenizer;
  std::string text = "Naïve Bayes über 2 Modelle";
  auto tokens = tokenizer.Tokenize(text);
  REQUIRE(tokens.size() == 5);
  CHECK(tokens[0].norm == "naïve");
  CHECK(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin) == "über");
}

TEST_CASE("Tokenizer::Sentences splits prose into sentences") {
  Tokenizer tokenizer;
  std::string text = "The model drifted. I added alerts! Did it work? Yes, p99 fell to 68 ms.";
  auto sentences = tokenizer.Sentences(text);
  REQUIRE(sentences.size() == 4);
  CHECK(text.substr(sentences[1].first, sentences[1].second - sentences[1].first) == "I added alerts!");
}

}  // namespace
}  // namespace hirelint
