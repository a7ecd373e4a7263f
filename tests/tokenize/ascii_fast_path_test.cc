// The differential test of the tokenizer's ASCII fast path: Tokenize must give exactly the
// tokens of TokenizeIcu (ICU's word break iterator): the same boundaries, kinds and norms, for
// ASCII text and for text where only some space-delimited chunks go to ICU. Checked
// exhaustively on short strings over one character of every ASCII word-break class, on short
// strings mixing ASCII with non-ASCII characters of the classes that join across chunk
// edges, and on a generated corpus of bullets and stories.

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "bench/corpus_generator.h"
#include "support/test_support.h"
#include "tokenize/tokenizer.h"

namespace hirelint {
namespace {

std::string Describe(const std::vector<Token>& tokens, const std::string& text) {
  std::ostringstream out;
  for (const Token& t : tokens) {
    out << "[" << text.substr(t.begin, t.end - t.begin) << "|" << TokenKindName(t.kind) << "|"
        << t.norm << "]";
  }
  return out.str();
}

bool Same(const std::vector<Token>& a, const std::vector<Token>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].begin != b[i].begin || a[i].end != b[i].end || a[i].kind != b[i].kind ||
        a[i].norm != b[i].norm) {
      return false;
    }
  }
  return true;
}

// Counts the texts whose tokens differ, and reports the first few.
size_t CountMismatches(const Tokenizer& tokenizer, const std::vector<std::string>& texts) {
  size_t mismatches = 0;
  for (const std::string& text : texts) {
    std::vector<Token> fast = tokenizer.Tokenize(text);
    std::vector<Token> icu = tokenizer.TokenizeIcu(text);
    if (Same(fast, icu)) continue;
    if (++mismatches <= 5) {
      MESSAGE("text:     '" << text << "'\nfast:     " << Describe(fast, text)
                            << "\nICU:      " << Describe(icu, text));
    }
  }
  return mismatches;
}

// Every string of length 1 to `max_length` over `alphabet`.
std::vector<std::string> AllStrings(const std::string& alphabet, size_t max_length) {
  std::vector<std::string> out;
  std::vector<std::string> level = {""};
  for (size_t length = 1; length <= max_length; ++length) {
    std::vector<std::string> next;
    for (const std::string& prefix : level) {
      for (char c : alphabet) next.push_back(prefix + c);
    }
    out.insert(out.end(), next.begin(), next.end());
    level = std::move(next);
  }
  return out;
}

TEST_CASE("Tokenizer::Tokenize: the ASCII fast path agrees with ICU on every short string") {
  const Tokenizer& tokenizer = testing::SharedEngine().tagger().tokenizer();
  // One character of each Word_Break class found in ASCII (letters of both cases, digits, CR,
  // LF, VT and FF, space, tab and other controls, '.', '\'', ',', ';', ':', '_', '"', and '@',
  // a letter since ICU 72), plus symbols with their own token kinds ('%', '$', '-').
  const std::string every_class = std::string("aZ5 \t\r\n\v\f.',;:_\"@%$-") + '\x01' + '\x7f';
  std::vector<std::string> texts = AllStrings(every_class, 4);
  CHECK(texts.size() > 240000);
  CHECK(CountMismatches(tokenizer, texts) == 0);
  // Longer contexts (WB6/7 and WB11/12 look two characters away) over the classes that join.
  CHECK(CountMismatches(tokenizer, AllStrings("a1.',_@:", 6)) == 0);
}

TEST_CASE("Tokenizer::Tokenize: ASCII chunks beside non-ASCII ones agree with ICU") {
  const Tokenizer& tokenizer = testing::SharedEngine().tagger().tokenizer();
  // ASCII letters, digits, space and the Mid classes, beside non-ASCII characters that join
  // words or spaces: a letter (é), a combining mark (Extend, joins what precedes, a space
  // too), a right single quote (MidNumLet), an em space (WSegSpace), ZWJ, a Thai letter
  // (dictionary break) and a currency sign.
  const std::vector<std::string> symbols = {"a",
                                            "1",
                                            " ",
                                            ".",
                                            "'",
                                            ",",
                                            "\xC3\xA9",
                                            "\xCC\x81",
                                            "\xE2\x80\x99",
                                            "\xE2\x80\x83",
                                            "\xE2\x80\x8D",
                                            "\xE0\xB8\x81",
                                            "\xE2\x82\xAC"};
  std::vector<std::string> texts;
  std::vector<std::string> level = {""};
  for (int length = 1; length <= 4; ++length) {
    std::vector<std::string> next;
    for (const std::string& prefix : level) {
      for (const std::string& symbol : symbols) next.push_back(prefix + symbol);
    }
    texts.insert(texts.end(), next.begin(), next.end());
    level = std::move(next);
  }
  CHECK(texts.size() > 30000);
  CHECK(CountMismatches(tokenizer, texts) == 0);
  // Longer ASCII runs on both sides of a non-ASCII chunk.
  CHECK(CountMismatches(tokenizer, {"Cut p99 by 40% \xE2\x80\x94 from 120ms to 68 ms, don't",
                                    "caf\xC3\xA9 team's 3.5x e.g. v2.1 \xE2\x80\x9C"
                                    "fast\xE2\x80\x9D ok",
                                    "  \xCC\x81x  1,000\xE2\x80\x99s  "}) == 0);
}

TEST_CASE("Tokenizer::Tokenize: the ASCII fast path agrees with ICU on a generated corpus") {
  const Tokenizer& tokenizer = testing::SharedEngine().tagger().tokenizer();
  std::vector<std::string> samples = bench::SampleBullets(testing::SourcePath("samples"));
  REQUIRE(!samples.empty());
  for (double non_ascii : {0.0, 0.3}) {
    bench::CorpusOptions options;
    options.seed = 20;
    options.non_ascii_share = non_ascii;
    bench::CorpusGenerator generator(testing::SharedEngine().lexicons(), samples, options);
    std::vector<std::string> texts;
    size_t ascii = 0;
    for (int i = 0; i < 4000; ++i) texts.push_back(generator.Bullet());
    for (int i = 0; i < 200; ++i) texts.push_back(generator.Story());
    texts.push_back(generator.MarkdownCv(7000));  // headings, markup and line breaks
    texts.push_back(generator.TextBullets(5000));
    for (const std::string& t : texts) {
      bool is_ascii = true;
      for (unsigned char c : t) is_ascii = is_ascii && c < 0x80;
      ascii += is_ascii;
    }
    CAPTURE(non_ascii);
    CHECK(ascii > 1000);  // the fast path is really exercised
    CHECK(CountMismatches(tokenizer, texts) == 0);
  }
}

TEST_CASE("Tokenizer::Tokenize: kinds on the ASCII fast path") {
  const Tokenizer& tokenizer = testing::SharedEngine().tagger().tokenizer();
  std::string text = "p99 fell 40% to 68 ms, $12k saved; v2.3.1 x86_64 1_000 e.g. don't";
  std::vector<Token> tokens = tokenizer.Tokenize(text);
  CHECK(Describe(tokens, text) ==
        "[p99|number|p99][fell|word|fell][40|number|40][%|percent|%][to|word|to][68|number|68]"
        "[ms|unit|ms][,|symbol|,][$|currency|$][12k|unit|12k][saved|word|saved][;|symbol|;]"
        "[v2.3.1|number|v2.3.1][x86_64|number|x86_64][1_000|number|1_000][e.g|word|e.g]"
        "[.|symbol|.][don't|word|don't]");
}

}  // namespace
}  // namespace hirelint
