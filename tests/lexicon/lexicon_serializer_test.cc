// The lexicon blob: it round-trips every field, the embedded blob is the serialization of a
// fresh parse of the embedded YAML (so it cannot be stale), LoadLexicons uses it only for the
// unmodified embedded files, and damaged bytes give an Error, never a crash.

#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <limits>
#include <string>

#include "lexicon/embedded.h"
#include "lexicon/lexicon_data.h"
#include "lexicon/lexicon_serializer.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

const LexiconData& Parsed() {
  static const LexiconData kData = [] {
    auto data = ParseLexicons(LexiconFiles::Embedded());
    REQUIRE(data.ok());
    return data.value();
  }();
  return kData;
}

void CheckSameRef(const SourceRef& a, const SourceRef& b) {
  CHECK(a.origin == b.origin);
  CHECK(a.line == b.line);
  CHECK(a.column == b.column);
}

TEST_CASE("Lexicon blob: serialize, deserialize and serialize again gives the same bytes") {
  const std::string blob = SerializeLexiconData(Parsed());
  auto back = DeserializeLexiconData(blob);
  REQUIRE(back.ok());
  CHECK(SerializeLexiconData(back.value()) == blob);

  const LexiconData& a = Parsed();
  const LexiconData& b = back.value();
  REQUIRE(b.stages.size() == a.stages.size());
  const StageVocabulary& model_a = a.stages.at("model");
  const StageVocabulary& model_b = b.stages.at("model");
  REQUIRE(model_b.phrases.size() == model_a.phrases.size());
  CHECK(model_b.phrases.back().text == model_a.phrases.back().text);
  CheckSameRef(model_b.phrases.back().where, model_a.phrases.back().where);
  CHECK(model_b.near.size() == model_a.near.size());

  REQUIRE(b.metrics.size() == a.metrics.size());
  for (size_t i = 0; i < a.metrics.size(); i += 7) {
    CHECK(b.metrics[i].kind == a.metrics[i].kind);
    CHECK(b.metrics[i].pattern == a.metrics[i].pattern);
    CHECK(b.metrics[i].tier == a.metrics[i].tier);
    CHECK(b.metrics[i].stage_min == a.metrics[i].stage_min);
    CheckSameRef(b.metrics[i].where, a.metrics[i].where);
  }
  // The positions an RE2 error would name survive: file, line and column.
  CHECK(b.metrics.front().where.origin == "<embedded>/lexicons/metrics.yaml");
  CHECK(b.metrics.front().where.line > 1);
  CHECK(b.metrics.front().where.column > 0);

  REQUIRE(b.rules.size() == a.rules.size());
  for (size_t i = 0; i < a.rules.size(); ++i) {
    CHECK(b.rules[i].id == a.rules[i].id);
    CHECK(b.rules[i].applies_to == a.rules[i].applies_to);
    CHECK(b.rules[i].at_start == a.rules[i].at_start);
    CHECK(b.rules[i].options == a.rules[i].options);
    CHECK(b.rules[i].good_examples == a.rules[i].good_examples);
    CheckSameRef(b.rules[i].where, a.rules[i].where);
  }
  CHECK(b.units == a.units);
  CHECK(b.negation_window == a.negation_window);
  CHECK(b.section_roles == a.section_roles);
  CHECK(b.weights == a.weights);
  CHECK(b.categories.size() == a.categories.size());
  CHECK(b.story_cues.size() == a.story_cues.size());
  CHECK(b.rewrite.present);
  CHECK(b.rewrite.origin == a.rewrite.origin);
  CHECK(b.rewrite.answers == a.rewrite.answers);
  CHECK(b.rewrite.co_forms == a.rewrite.co_forms);
  CHECK(b.rewrite.verbs.size() == a.rewrite.verbs.size());
  CHECK(b.rewrite.openers.size() == a.rewrite.openers.size());
}

TEST_CASE("Lexicon blob: values at the edges of each encoding round-trip") {
  LexiconData data;
  MetricPatternSpec metric;
  metric.tier = std::numeric_limits<int>::min();
  metric.stage_min = -0.125;
  metric.where = {"x.yaml", SIZE_MAX, 0};
  data.metrics.push_back(metric);
  metric.tier = std::numeric_limits<int>::max();
  metric.stage_min = 1e300;
  data.metrics.push_back(metric);
  RuleSpec rule;
  rule.applies_to.clear();  // an empty list must not read back as the default {"bullet"}
  rule.at_start = true;
  data.rules.push_back(rule);
  data.categories["empty"] = {};
  data.rewrite.present = true;
  data.rewrite.origin = std::string("a\0b", 3);

  const std::string blob = SerializeLexiconData(data);
  auto back = DeserializeLexiconData(blob);
  REQUIRE(back.ok());
  CHECK(SerializeLexiconData(back.value()) == blob);
  CHECK(back.value().metrics[0].tier == std::numeric_limits<int>::min());
  CHECK(back.value().metrics[0].stage_min == -0.125);
  CHECK(back.value().metrics[0].where.line == SIZE_MAX);
  CHECK(back.value().metrics[1].tier == std::numeric_limits<int>::max());
  CHECK(back.value().metrics[1].stage_min == 1e300);
  CHECK(back.value().rules[0].applies_to.empty());
  CHECK(back.value().rules[0].at_start);
  CHECK(back.value().categories.count("empty") == 1);
  CHECK(back.value().rewrite.origin == std::string("a\0b", 3));
}

TEST_CASE("Lexicon blob: the embedded blob is the serialization of the embedded YAML") {
  // The build writes the blob from the same YAML; were it stale (a lexicon changed and the blob
  // not rebuilt), the engine would run on old lexicons. This compares them byte for byte.
  const std::string_view embedded = EmbeddedLexiconBlob();
  CHECK(embedded.size() > 8);
  CHECK(std::string(embedded) == SerializeLexiconData(Parsed()));
}

TEST_CASE("Lexicon blob: LoadLexicons reads the blob only for the unmodified embedded files") {
  LexiconFiles files = LexiconFiles::Embedded();
  CHECK(files.unmodified_embedded());
  auto loaded = LoadLexicons(files);
  REQUIRE(loaded.ok());
  CHECK(SerializeLexiconData(loaded.value()) == SerializeLexiconData(Parsed()));

  SUBCASE("a file set from memory") {
    files.Set("stages.yaml", "mem/stages.yaml", "stages: {}\n");
    CHECK_FALSE(files.unmodified_embedded());
    auto parsed = LoadLexicons(files);
    REQUIRE(parsed.ok());
    CHECK(parsed.value().stages.empty());
  }
  SUBCASE("an overlay that adds a file") {
    const std::string dir = testing::TempDir();
    std::ofstream(dir + "/extra.yaml") << "extra_words: [alpha, beta]\n";
    REQUIRE(files.Overlay(dir).ok());
    CHECK_FALSE(files.unmodified_embedded());
    auto parsed = LoadLexicons(files);
    REQUIRE(parsed.ok());
    CHECK(parsed.value().categories.count("extra_words") == 1);
  }
  SUBCASE("an overlay with no YAML in it changes nothing") {
    REQUIRE(files.Overlay(testing::TempDir()).ok());
    CHECK(files.unmodified_embedded());
  }
}

TEST_CASE("Lexicon blob: a truncated blob is an Error") {
  const std::string blob = SerializeLexiconData(Parsed());
  // Every short prefix, then prefixes spread over the whole blob, then all but the last byte.
  std::vector<size_t> cuts;
  for (size_t n = 0; n < 64; ++n) cuts.push_back(n);
  for (size_t n = 64; n < blob.size(); n += blob.size() / 200 + 1) cuts.push_back(n);
  cuts.push_back(blob.size() - 1);
  for (size_t n : cuts) {
    auto back = DeserializeLexiconData(std::string_view(blob).substr(0, n), "test.blob");
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().kind == ErrorKind::kLexicon);
    CHECK(back.error().path == "test.blob");
    CHECK(back.error().message.find("corrupt lexicon blob") == 0);
  }
}

TEST_CASE("Lexicon blob: a wrong magic, version or length is an Error") {
  const std::string blob = SerializeLexiconData(Parsed());
  std::string bad = blob;
  bad[0] = 'X';
  CHECK_FALSE(DeserializeLexiconData(bad).ok());
  bad = blob;
  bad[4] = static_cast<char>(kLexiconBlobVersion + 1);
  auto version = DeserializeLexiconData(bad);
  REQUIRE_FALSE(version.ok());
  CHECK(version.error().message.find("version") != std::string::npos);
  auto trailing = DeserializeLexiconData(blob + "x");
  REQUIRE_FALSE(trailing.ok());
  CHECK(trailing.error().message.find("left over") != std::string::npos);
  // A count of 2^63 stages right after the header must not allocate or read past the end.
  std::string huge = blob.substr(0, 8) + std::string(9, '\xff') + std::string(1, '\x7f');
  CHECK_FALSE(DeserializeLexiconData(huge).ok());
  std::string endless = blob.substr(0, 8) + std::string(20, '\xff');
  CHECK_FALSE(DeserializeLexiconData(endless).ok());
}

TEST_CASE("Lexicon blob: corrupted bytes give an Error or data, never a crash") {
  const std::string blob = SerializeLexiconData(Parsed());
  uint64_t state = 0x9e3779b97f4a7c15u;
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  int errors = 0;
  for (int trial = 0; trial < 300; ++trial) {
    std::string bad = blob;
    size_t flips = 1 + next() % 4;
    for (size_t i = 0; i < flips; ++i) {
      bad[8 + next() % (bad.size() - 8)] = static_cast<char>(next() & 0xff);
    }
    auto back = DeserializeLexiconData(bad);
    if (!back.ok()) ++errors;
  }
  // Many flips land in string bytes and read back as other text (that is data, not a crash);
  // flips in counts, flags and lengths must be caught, and some always are in 300 trials.
  CHECK(errors > 0);
}

}  // namespace
}  // namespace hirelint
