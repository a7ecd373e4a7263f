// The metric table (tests/data/metric_cases.tsv): for each sentence, whether it is quantified
// and which metric kinds are found. Written by us from shared/eval/GUIDE.md's definitions and
// its borderline decisions; the `note` column says why each exclusion is one.

#include <doctest/doctest.h>

#include <set>
#include <sstream>

#include "bench/corpus_generator.h"
#include "lexicon/embedded.h"
#include "support/test_support.h"
#include "tag/metric_recognizer.h"

namespace hirelint {
namespace {

struct Row {
  std::string text;
  bool quantified;
  std::set<std::string> kinds;
  std::string note;
};

std::vector<std::string> SplitOn(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(s);
  while (std::getline(in, field, sep)) out.push_back(field);
  if (!s.empty() && s.back() == sep) out.push_back("");
  return out;
}

std::vector<Row> LoadRows(const std::string& path) {
  std::istringstream in(testing::ReadFileOrDie(path));
  std::string line;
  std::getline(in, line);  // header
  std::vector<Row> rows;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto f = SplitOn(line, '\t');
    REQUIRE(f.size() == 4);
    Row r{f[0], f[1] == "1", {}, f[3]};
    for (const auto& k : SplitOn(f[2], ',')) {
      if (!k.empty()) r.kinds.insert(k);
    }
    rows.push_back(r);
  }
  return rows;
}

TEST_CASE("MetricRecognizer: the metric table") {
  auto rows = LoadRows(testing::SourcePath("tests/data/metric_cases.tsv"));
  REQUIRE(rows.size() >= 200);
  size_t excluded = 0;
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CAPTURE(row.note);
    ItemTags tags = testing::SharedEngine().tagger().Tag(row.text);
    std::set<std::string> kinds;
    for (const Metric& m : tags.metrics) kinds.insert(m.kind);
    CHECK(tags.quantified() == row.quantified);
    CHECK(kinds == row.kinds);
    if (!row.quantified) ++excluded;
  }
  CHECK(excluded >= 80);
}

// metrics.yaml's prefilters: each must be contained in every match of its pattern, or the
// pattern is not tried where it would match. Built with and without them, the recognizer must
// find the same metrics, over the metric table, sentences aimed at each gated pattern, and a
// generated corpus.
TEST_CASE(
    "MetricRecognizer: the built-in prefilters and the three kinds of prefilter change no result") {
  const LexiconData& lexicons = testing::SharedEngine().lexicons();
  std::vector<MetricPatternSpec> plain = lexicons.metrics;
  size_t prefilters = 0;
  for (MetricPatternSpec& spec : plain) {
    prefilters += !spec.prefilter.empty();
    spec.prefilter.clear();
  }
  REQUIRE(prefilters >= 3);
  // The build's index of what the embedded patterns require, as the engine passes it (without
  // it, a recognizer has no first prefilter). `without` has other patterns, so it ignores it.
  const std::string_view index_bytes = EmbeddedMetricPrefilterIndex();
  auto with = MetricRecognizer::Build(lexicons.metrics, lexicons.number_words,
                                      PatternCheck::kParseNow, {}, index_bytes);
  auto without =
      MetricRecognizer::Build(plain, lexicons.number_words, PatternCheck::kParseNow, {}, index_bytes);
  REQUIRE(with.ok());
  REQUIRE(without.ok());

  std::vector<std::string> texts = {
      "Worked part-time at 20 hours per week while studying",
      "Part-time role, about 15 hrs a week, on the data team",
      "Built the first prototype in 3 days and shipped it within two weeks",
      "Developed a fraud model, retrained it, and delivered it in under 48 hours",
      "Cut p99 latency on the checkout search page from 900 ms to 120 ms",
      "Response times for the ranking service fell to 40ms at peak",
      "Reduced end-to-end inference time to 1.5 seconds for 2M daily requests",
      // A rejected match that starts with a character of three bytes: the search goes on one
      // byte after it, inside the character.
      "Led \u224812 engineers over 3-4 sprints."};
  for (const Row& row : LoadRows(testing::SourcePath("tests/data/metric_cases.tsv"))) {
    texts.push_back(row.text);
  }
  bench::CorpusOptions options;
  options.seed = 31;
  bench::CorpusGenerator generator(lexicons, bench::SampleBullets(testing::SourcePath("samples")),
                                   options);
  for (int i = 0; i < 3000; ++i) texts.push_back(generator.Bullet());
  // Items longer than RE2's BitState takes, where an anchored search gives way to the pattern.
  for (size_t i = 0; i + 10 <= 500; i += 10) {
    std::string joined;
    for (size_t k = i; k < i + 10; ++k) joined += texts[texts.size() - 3000 + k] + " ";
    texts.push_back(joined);
  }

  auto describe = [](const std::vector<Metric>& metrics) {
    std::string out;
    for (const Metric& m : metrics) {
      out += m.kind + "[" + std::to_string(m.begin) + "," + std::to_string(m.end) + ")" + m.stage +
             " ";
    }
    return out;
  };
  // The engine's own recognizer leaves the embedded patterns unparsed until first use
  // (PatternCheck::kCheckedByBuild): it must find exactly what one checked in Build finds.
  auto late = MetricRecognizer::Build(lexicons.metrics, lexicons.number_words,
                                      PatternCheck::kCheckedByBuild, {}, index_bytes);
  REQUIRE(late.ok());
  // The three prefilters answer the same: `with` starts with the required strings
  // (RequiredTextIndex) and goes on with the split Sets after 192 kB of text, `split` has the
  // split Sets throughout (the texts are under 4 MB), `whole` the one Set, `index` the
  // required strings, searching the patterns unanchored (it announced no items).
  MetricSetLimits at_once;
  at_once.sets_after_bytes = 0;
  at_once.whole_set_after_bytes = 0;
  auto whole = MetricRecognizer::Build(lexicons.metrics, lexicons.number_words,
                                       PatternCheck::kParseNow, at_once);
  REQUIRE(whole.ok());
  MetricSetLimits sets_only;
  sets_only.sets_after_bytes = 0;
  auto split = MetricRecognizer::Build(lexicons.metrics, lexicons.number_words,
                                       PatternCheck::kParseNow, sets_only);
  REQUIRE(split.ok());
  MetricSetLimits no_sets;
  no_sets.sets_after_bytes = SIZE_MAX;
  auto index = MetricRecognizer::Build(lexicons.metrics, lexicons.number_words,
                                       PatternCheck::kParseNow, no_sets, index_bytes);
  REQUIRE(index.ok());
  // `anchored` is `index` searching the short patterns anchored (MetricRecognizer::Searcher)
  // throughout, as on a small file of short items.
  MetricSetLimits anchored_throughout = no_sets;
  anchored_throughout.anchored_until_bytes = SIZE_MAX;
  auto anchored =
      MetricRecognizer::Build(lexicons.metrics, lexicons.number_words, PatternCheck::kParseNow,
                              anchored_throughout, index_bytes);
  REQUIRE(anchored.ok());
  anchored.value()->AnnounceText(1, 1);
  size_t found = 0;
  for (const std::string& text : texts) {
    CAPTURE(text);
    std::vector<Metric> a = with.value()->Find(text);
    found += a.size();
    CHECK(describe(a) == describe(without.value()->Find(text)));
    CHECK(describe(a) == describe(late.value()->Find(text)));
    CHECK(describe(a) == describe(whole.value()->Find(text)));
    CHECK(describe(a) == describe(split.value()->Find(text)));
    CHECK(describe(a) == describe(index.value()->Find(text)));
    CHECK(describe(a) == describe(anchored.value()->Find(text)));
  }
  CHECK(found > 1000);
}

TEST_CASE("MetricRecognizer: every embedded pattern compiles, alone and in the Set") {
  const LexiconData& lexicons = testing::SharedEngine().lexicons();
  auto built = MetricRecognizer::Build(lexicons.metrics, lexicons.number_words);
  REQUIRE(built.ok());
  auto error = built.value()->CheckCompiles();
  CHECK_MESSAGE(!error.has_value(), (error ? error->ToString() : ""));
}

}  // namespace
}  // namespace hirelint
