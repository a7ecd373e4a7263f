// RequiredTextOf: what it finds in patterns of each shape, and that it is never wrong: over
// random patterns and texts, and over every embedded metric pattern on a generated corpus and
// the tests' sentences, every text RE2 finds a match in holds a string of each clause.

#include "tag/required_text.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <sstream>

#include <re2/re2.h>

#include "bench/corpus_generator.h"
#include "core/ascii.h"
#include "support/test_support.h"
#include "tag/metric_recognizer.h"

namespace hirelint {
namespace {

using Clauses = std::vector<std::vector<std::string>>;

// The clauses, with the end-of-word mark (a control byte) shown as '|'.
Clauses Of(const std::string& re) {
  Clauses clauses = RequiredTextOf(re).clauses;
  for (auto& clause : clauses) {
    for (std::string& s : clause) std::replace(s.begin(), s.end(), '\x03', '|');
  }
  return clauses;
}

TEST_CASE("RequiredTextOf: literals, digits, spaces and words") {
  // \d is '0' and \s is nothing, a letter that starts a word reads upper-case and '|' follows
  // a word: "3 ms" reads "0|Ms|", "3ms" "0ms|". Where the pattern cannot say, both are kept...
  CHECK(Of(R"(\d+\s*ms\b)") == Clauses{{"0|Ms|", "0ms|"}});
  CHECK(Of(R"(\b\d+(?:\.\d+)?\s*%)") == Clauses{{"0|%"}});
  // ...and after \b or a space, a word starts: "r 3" holds "R|0", "for 3" ("For|0|") does not.
  CHECK(Of(R"(\bv\d+)") == Clauses{{"V0"}});
  CHECK(Of(R"(\b(?:python|r)\s*\d)") == Clauses{{"Python|0", "Python0", "R|0", "R0"}});
  CHECK(Of(R"(\s+users)") == Clauses{{"Users"}});
  CHECK(Of("p99 latency") == Clauses{{"00|Latency"}});
  // A first letter with nothing before it is left out: it could start a word or not.
  CHECK(Of("latency") == Clauses{{"atency"}});
  CHECK(Of(R"(\Q1+1\E)") == Clauses{{"0|+0"}});
  CHECK(Of(R"(\x{3bc}s)") == Clauses{{"\xce\xbcS"}});  // \b is ASCII: after μ, a word starts
}

TEST_CASE("RequiredTextOf: alternation, classes and repetition") {
  CHECK(Of(R"(\d(?:ms|sec))") == Clauses{{"0ms", "0sec"}});
  CHECK(Of(R"(\d+(?:k|m|b)\b)") == Clauses{{"0b|", "0k|", "0m|"}});
  CHECK(Of(R"(\d[kmb])") == Clauses{{"0b", "0k", "0m"}});
  // A string that holds another of its clause is dropped: "0ms" is in "0msec".
  CHECK(Of(R"(\d(?:ms|msec))") == Clauses{{"0ms"}});
  // An optional piece requires nothing, and its neighbours are still joined with it or not.
  CHECK(Of(R"(\dab?c)") == Clauses{{"0abc", "0ac"}});
  CHECK(Of(R"(\btop (?:rank )?#\d)") == Clauses{{"Top|#0", "Top|Rank|#0"}});
  CHECK(Of(R"(\da*b)") == Clauses{{"0"}, {"b"}});
  CHECK(Of(R"(\dx{2,3}y)") == Clauses{{"0xx"}, {"xy"}});  // two x at least, one just before y
  // Two clauses when the pieces are apart.
  CHECK(Of(R"(\d+ users .* per day)") == Clauses{{"0|Users|"}, {"Per|Day"}});
  // A class with spaces in it: "3 h" reads "0|H|", "3-h" "0|-H|", "3h" "0h|".
  CHECK(Of(R"(\d[\s-]*h)") == Clauses{{"0"}, {"0h", "H"}});
}

TEST_CASE("RequiredTextOf: what it does not know requires nothing") {
  CHECK(Of("(?i:ms)").empty());  // case folding could match other letters (K is also U+212A)
  CHECK(Of("(?i)ms").empty());
  // A quantifier after a flag group or an empty \Q\E repeats the atom before it.
  CHECK(Of("ab(?s)?").empty());
  CHECK(Of(R"(ab\Q\E*)").empty());
  CHECK(Of(R"(\101)").empty());  // an octal escape
  CHECK(Of("[^a]").empty());     // a negated class
  CHECK(Of("[a-z]").empty());    // a large class
  CHECK(Of(R"(\w+)").empty());
  CHECK(Of("a|.").empty());  // one branch requires nothing
  CHECK(Of("(?:ab)?").empty());
  CHECK(Of("").empty());
  CHECK(Of("(unclosed").empty());  // RE2 rejects it; the answer is only not a crash
}

TEST_CASE(
    "NormalizeForRequiredText: digits read 0, spaces go, words start upper-case and end in a "
    "mark") {
  std::string out;
  NormalizeForRequiredText("cut 3 ms\tto\n12,5%\v_a-b", &out);
  std::replace(out.begin(), out.end(), '\x03', '|');
  CHECK(out == "Cut|0|Ms|To|00|,0|%\v_a|-B|");  // \v is not in RE2's \s; '_' is a word's
}

// A random pattern over a small alphabet, with every construct the walk knows.
std::string RandomPattern(std::mt19937& rng, int depth) {
  static const char* const kAtoms[] = {
      "a",   "b",   "x",        "0",       "7",    " ",      "%",    "_",      "-",
      "\\d", "\\s", "\\b",      ".",       "[ab]", "[0-9]",  "[a ]", "[\\s-]", "[^a]",
      "\\w", "\\.", "\\Qa.\\E", "\\Qa\\E", "ab",   "\\Q\\E", "(?s)", "(?m)"};
  static const char* const kRepeats[] = {"", "", "", "?", "*", "+", "{2}", "{0,2}", "{1,}", "??"};
  std::string out;
  for (size_t n = 1 + rng() % 4; n > 0; --n) {
    std::string atom;
    if (depth < 3 && rng() % 4 == 0) {
      atom = "(?:" + RandomPattern(rng, depth + 1);
      if (rng() % 2) atom += "|" + RandomPattern(rng, depth + 1);
      atom += ")";
    } else {
      atom = kAtoms[rng() % (sizeof kAtoms / sizeof *kAtoms)];
    }
    out += atom + kRepeats[rng() % (sizeof kRepeats / sizeof *kRepeats)];
  }
  return out;
}

std::string RandomText(std::mt19937& rng) {
  static const char kChars[] = "abx07 %.\t_-";
  std::string out;
  for (size_t n = rng() % 12; n > 0; --n) out += kChars[rng() % (sizeof kChars - 1)];
  return out;
}

TEST_CASE("RequiredTextOf: every match of random patterns holds a string of each clause") {
  std::mt19937 rng(20261123);
  size_t matched = 0, narrowed = 0, valid = 0;
  for (int i = 0; i < 3000; ++i) {
    const std::string pattern = RandomPattern(rng, 0);
    RE2 re(pattern, RE2::Quiet);
    // A quantifier with nothing before it to repeat ("(?s)*" first) is an error in RE2.
    if (!re.ok()) continue;
    ++valid;
    const RequiredText required = RequiredTextOf(pattern);
    narrowed += !required.clauses.empty();
    for (int t = 0; t < 30; ++t) {
      const std::string text = RandomText(rng);
      if (!RE2::PartialMatch(text, re)) continue;
      ++matched;
      std::string normalized;  // of the whole text, as MetricRecognizer has it
      NormalizeForRequiredText(text, &normalized);
      CAPTURE(pattern);
      CAPTURE(text);
      CHECK(SatisfiesRequiredText(normalized, required));
    }
  }
  CHECK(valid > 2000);
  CHECK(matched > 10000);
  CHECK(narrowed > 600);
}

TEST_CASE("RequiredTextOf: every match of the embedded metric patterns holds its requirement") {
  const LexiconData& lexicons = testing::SharedEngine().lexicons();
  auto built = MetricRecognizer::Build(lexicons.metrics, lexicons.number_words);
  REQUIRE(built.ok());
  const std::vector<RequiredText> required = built.value()->Requirements();
  REQUIRE(required.size() == lexicons.metrics.size());
  bench::CorpusOptions options;
  options.seed = 47;
  bench::CorpusGenerator generator(lexicons, bench::SampleBullets(testing::SourcePath("samples")),
                                   options);
  std::vector<std::string> texts;
  for (int i = 0; i < 2000; ++i) texts.push_back(generator.Bullet());
  // The metric and stage tables' sentences, each exclusion among them, and every line of the
  // samples and the test corpus.
  std::vector<std::string> files = {testing::SourcePath("tests/data/metric_cases.tsv"),
                                    testing::SourcePath("tests/data/stage_cases.tsv")};
  for (const char* dir : {"samples", "tests/fixtures/corpus"}) {
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(testing::SourcePath(dir))) {
      if (entry.is_regular_file()) files.push_back(entry.path().string());
    }
  }
  for (const std::string& file : files) {
    std::istringstream lines(testing::ReadFileOrDie(file));
    for (std::string line; std::getline(lines, line);) texts.push_back(line);
  }
  for (std::string& text : texts) LowerAsciiInPlace(&text);  // as MetricRecognizer matches
  size_t checked = 0, narrowed = 0;
  for (size_t p = 0; p < lexicons.metrics.size(); ++p) {
    narrowed += !required[p].clauses.empty();
    RE2 re(lexicons.metrics[p].pattern);
    REQUIRE(re.ok());
    for (const std::string& text : texts) {
      if (!RE2::PartialMatch(text, re)) continue;
      ++checked;
      std::string normalized;  // of the whole text, as MetricRecognizer has it
      NormalizeForRequiredText(text, &normalized);
      CAPTURE(lexicons.metrics[p].pattern);
      CAPTURE(text);
      CHECK(SatisfiesRequiredText(normalized, required[p]));
    }
  }
  CHECK(checked > 3000);
  CHECK(narrowed == lexicons.metrics.size());  // each embedded pattern requires something
}

}  // namespace
}  // namespace hirelint
