// OptionalPrefixLength: what it drops, what stops it, and, over the built-in metric patterns,
// that the pattern less its optional head matches a text exactly when the whole pattern does.

#include <doctest/doctest.h>

#include <re2/re2.h>

#include "bench/corpus_generator.h"
#include "support/test_support.h"
#include "tag/optional_prefix.h"

namespace hirelint {
namespace {

std::string Rest(const std::string& re) { return re.substr(OptionalPrefixLength(re)); }

TEST_CASE("OptionalPrefixLength: drops leading atoms that may match nothing") {
  CHECK(Rest(R"((?:over|about)?\s*\d+%)") == R"(\d+%)");
  CHECK(Rest(R"(~?\d+)") == R"(\d+)");
  CHECK(Rest(R"([~≈]*\d+)") == R"(\d+)");
  CHECK(Rest(R"((?:a|b){0,3}?x)") == "x");
  CHECK(Rest(R"(\s*(?P<m>\d+))") == R"((?P<m>\d+))");
  // A group whose content is all optional is optional too ({QUAL} expands to one).
  CHECK(Rest(R"((?:(?:(?:~|over)\s*)?)(?:\+|-)?\d+)") == R"(\d+)");
  CHECK(Rest(R"((?P<q>(?:up to)?\s*)\d+)") == R"(\d+)");
  // Brackets and escapes inside an optional group do not end it early.
  CHECK(Rest(R"((?:[)(]|\)|x)?\d)") == R"(\d)");
  CHECK(Rest(R"((?:µs|μs)?\d)") == R"(\d)");
}

TEST_CASE("OptionalPrefixLength: stops at what is required or not understood") {
  CHECK(OptionalPrefixLength(R"(\b\d+)") == 0);          // an assertion is required
  CHECK(OptionalPrefixLength(R"(\d+)") == 0);            // '+' needs one
  CHECK(OptionalPrefixLength(R"((?:a|b){2,3}x)") == 0);  // so does {2,3}
  CHECK(OptionalPrefixLength(R"((?:a?|b)x)") == 0);      // a branch that is not optional
  CHECK(OptionalPrefixLength(R"((?i)a?x)") == 0);        // a flag group changes what follows
  CHECK(OptionalPrefixLength(R"(\Q(\E?x)") == 0);        // \Q...\E is not parsed
  CHECK(OptionalPrefixLength(R"((?:a)?)") == 0);         // nothing would be left
  CHECK(OptionalPrefixLength(R"(a?|b)") == 0);           // nor of the first branch
  CHECK(OptionalPrefixLength(R"((?:a)?x{)") == 6);       // what follows is not scanned
  CHECK(OptionalPrefixLength(R"(x{,2}y)") == 0);         // not a repetition RE2 reads
  CHECK(OptionalPrefixLength(R"((?:a)?(unclosed)") == 6);
  CHECK(OptionalPrefixLength("") == 0);
}

// The claim the prefilter Set relies on, checked pattern by pattern.
TEST_CASE("OptionalPrefixLength: each built-in pattern matches where it did without its head") {
  const LexiconData& lexicons = testing::SharedEngine().lexicons();
  std::vector<std::string> texts = {"over 40% of users", "nearly 3x faster", "up to 120 ms",
                                    "about $2M a year", "well over 10k requests per second"};
  bench::CorpusOptions options;
  options.seed = 47;
  bench::CorpusGenerator generator(lexicons, bench::SampleBullets(testing::SourcePath("samples")),
                                   options);
  for (int i = 0; i < 1500; ++i) texts.push_back(generator.Bullet());
  size_t shortened = 0;
  size_t matched = 0;
  for (const MetricPatternSpec& spec : lexicons.metrics) {
    for (const std::string& re : {spec.pattern, spec.prefilter}) {
      size_t cut = OptionalPrefixLength(re);
      if (cut == 0) continue;
      ++shortened;
      RE2::Options o;
      o.set_case_sensitive(false);
      RE2 whole(re, o);
      RE2 rest(re.substr(cut), o);
      REQUIRE(whole.ok());
      REQUIRE(rest.ok());
      CAPTURE(re);
      for (const std::string& text : texts) {
        CAPTURE(text);
        bool m = RE2::PartialMatch(text, whole);
        matched += m;
        CHECK(m == RE2::PartialMatch(text, rest));
      }
    }
  }
  CHECK(shortened >= 15);
  CHECK(matched > 500);
}

}  // namespace
}  // namespace hirelint
