// MetricRecognizer's own contracts, on small pattern lists written here (the built-in lexicon's
// behaviour is the metric table's job, metric_cases_test.cc).

#include <doctest/doctest.h>

#include <atomic>
#include <iterator>
#include <thread>

#include <re2/re2.h>

#include "tag/metric_recognizer.h"
#include "tag/required_text_index.h"

namespace hirelint {
namespace {

MetricPatternSpec Spec(const std::string& kind, const std::string& re) {
  MetricPatternSpec s;
  s.kind = kind;
  s.pattern = re;
  s.where = {"<test>", 1, 1};
  return s;
}

std::shared_ptr<const MetricRecognizer> Build(const std::vector<MetricPatternSpec>& specs,
                                              const std::vector<std::string>& number_words) {
  auto built = MetricRecognizer::Build(specs, number_words);
  REQUIRE(built.ok());
  return built.value();
}

TEST_CASE("MetricRecognizer: a match needs a digit or a number word") {
  std::vector<MetricPatternSpec> specs = {Spec("count", R"(\b(?:plenty|dozens) of users\b)"),
                                          Spec("count", R"(\b\d+ regions\b)")};
  auto without = Build(specs, {"dozens"});
  // No trigger anywhere in the bullet: nothing is matched.
  CHECK(without->Find("Served plenty of users").empty());
  // A number word is a trigger, in any case.
  auto words = without->Find("Served Dozens of users");
  REQUIRE(words.size() == 1);
  CHECK(words[0].text == "Dozens of users");
  // A trigger elsewhere in the bullet does not lend itself to a match that holds none.
  auto mixed = without->Find("Served plenty of users in 3 regions");
  REQUIRE(mixed.size() == 1);
  CHECK(mixed[0].text == "3 regions");
  // The same word made a number word counts.
  auto with = Build(specs, {"plenty"});
  REQUIRE(with->Find("Served plenty of users").size() == 1);
}

TEST_CASE("MetricRecognizer: a number word is a whole run of letters") {
  auto r = Build({Spec("multiplier", R"(doubled)")}, {"doubled"});
  CHECK(r->Find("throughput doubled").size() == 1);
  // "redoubled" is one run of letters, not the word "doubled".
  CHECK(r->Find("throughput redoubled").empty());
}

TEST_CASE(
    "MetricRecognizer: patterns compiled on first use give the same answers on many threads") {
  auto r = Build({Spec("percent", R"(\d+(?:\.\d+)?\s*%)"), Spec("latency", R"(\d+\s*ms\b)"),
                  Spec("exclude", R"(\b(?:19|20)\d{2}\b)")},
                 {});
  const std::string text = "Cut p99 from 120 ms to 80 ms (33%) in 2021";
  std::vector<std::vector<Metric>> seen(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&, t] { seen[t] = r->Find(text); });
  }
  for (auto& t : threads) t.join();
  for (const auto& metrics : seen) {
    REQUIRE(metrics.size() == 2);
    CHECK(metrics[0].kind == "latency");
    CHECK(metrics[0].before == "120 ms");
    CHECK(metrics[0].after == "80 ms");
    CHECK(metrics[1].kind == "percent");
  }
}

TEST_CASE("MetricRecognizer: threads that meet the Sets unbuilt share building them") {
  // Two patterns in each split Set, each slow to compile (a list of 300 words): the threads
  // start together and cold, claim Sets the others are not building, wait for the rest, and
  // then every Set answers for every thread.
  const char* const nouns[] = {"users", "regions", "models", "teams", "nodes", "tests",
                               "jobs",  "pods",    "rows",   "files", "cores", "apps",
                               "sites", "tasks",   "repos",  "alerts"};
  static_assert(std::size(nouns) == 2 * MetricRecognizer::kSetGroups);
  std::vector<MetricPatternSpec> specs;
  std::string text = "Served";
  for (size_t i = 0; i < std::size(nouns); ++i) {
    std::string words = nouns[i];
    for (int w = 0; w < 300; ++w) words += "|" + std::string(nouns[i]) + "x" + std::to_string(w);
    specs.push_back(Spec("count", R"(\b\d+ (?:)" + words + R"()\b)"));
    text += " " + std::to_string(i + 2) + " " + nouns[i] + ";";
  }
  for (int round = 0; round < 5; ++round) {
    auto r = Build(specs, {});
    std::vector<std::vector<Metric>> seen(4);
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (size_t t = 0; t < seen.size(); ++t) {
      threads.emplace_back([&, t] {
        while (!go.load()) std::this_thread::yield();
        seen[t] = r->Find(text);
      });
    }
    go = true;
    for (auto& t : threads) t.join();
    for (const auto& metrics : seen) {
      REQUIRE(metrics.size() == std::size(nouns));
      for (size_t i = 0; i < metrics.size(); ++i) {
        CHECK(metrics[i].text == std::to_string(i + 2) + " " + nouns[i]);
      }
    }
  }
}

TEST_CASE("MetricRecognizer: text of any case matches, and patterns may hold capitals") {
  // Patterns run over the text lower-cased; escapes (\d, \S) and group names are not letters.
  auto lower = Build({Spec("latency", R"((?P<m>\d+\s*ms)\b\S*)")}, {});
  auto upper_text = lower->Find("p99 of 120 MS");
  REQUIRE(upper_text.size() == 1);
  CHECK(upper_text[0].text == "120 MS");  // the span's text is the original's
  // A pattern written with a capital still matches either case (it is compiled with (?i:)).
  auto upper = Build({Spec("count", R"(\b\d+ GPUs\b)"), Spec("count", R"(\Q3 TPU\E)")}, {});
  CHECK(upper->Find("Trained on 8 gpus").size() == 1);
  CHECK(upper->Find("Trained on 8 GPUs").size() == 1);
  CHECK(upper->Find("and 3 tpu pods").size() == 1);
  // A quote without its \E runs to the end of the pattern, and the (?i:...) around it still
  // closes (it did not compile before; found in review).
  auto open_quote = Build({Spec("count", R"(\d+ \QGPU)")}, {});
  CHECK(open_quote->Find("Trained on 8 gpu").size() == 1);
}

TEST_CASE("MetricRecognizer: the group named m may come after any number of groups") {
  // Found by fuzzing a user metrics.yaml: `m` as group 17 once read past a 16-entry array.
  auto r = Build({Spec("percent", R"(()()()()()()()()()()()()()()()()(?P<m>\d+)%)")}, {});
  auto metrics = r->Find("cut costs 40%");
  REQUIRE(metrics.size() == 1);
  CHECK(metrics[0].text == "40");
}

TEST_CASE("MetricRecognizer: a prefilter stands in for its pattern in the Set") {
  MetricPatternSpec gated = Spec("count", R"(\b\d+ users\b)");
  gated.prefilter = R"(\d+ users)";
  CHECK(Build({gated}, {})->Find("served 40 users").size() == 1);
  // The pattern is tried only where its prefilter matches: that is the prefilter's contract.
  gated.prefilter = R"(\d+ members)";
  CHECK(Build({gated}, {})->Find("served 40 users").empty());
}

TEST_CASE("MetricRecognizer: an invalid pattern or prefilter is an error at its position") {
  MetricPatternSpec spec = Spec("count", R"(\d+ users)");
  spec.prefilter = "(\\d+";
  spec.prefilter_where = {"metrics.yaml", 7, 16};
  auto bad_prefilter = MetricRecognizer::Build({spec}, {});
  REQUIRE_FALSE(bad_prefilter.ok());
  CHECK(bad_prefilter.error().line == 7);
  CHECK(bad_prefilter.error().column == 16);
  CHECK(bad_prefilter.error().message.find("prefilter") != std::string::npos);
  // A pattern with a prefilter is not in the Set, and is still checked at Build.
  spec.pattern = "(\\d+ users";
  spec.prefilter = R"(\d+)";
  spec.where = {"metrics.yaml", 6, 9};
  auto bad_pattern = MetricRecognizer::Build({spec}, {});
  REQUIRE_FALSE(bad_pattern.ok());
  CHECK(bad_pattern.error().line == 6);
  CHECK(bad_pattern.error().column == 9);
}

TEST_CASE(
    "MetricRecognizer: a reject drops a match that holds it, and is checked like its pattern") {
  MetricPatternSpec spec = Spec("count", R"(\b\d+ (?:\w+ ){0,2}gpus\b)");
  spec.reject = R"(\bon\b)";
  auto r = Build({spec}, {});
  // "50 on 8 GPUs" is rejected, and the shorter match inside it is still found.
  auto found = r->Find("Trained 50 on 8 GPUs");
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "8 GPUs");
  // kParseNow reports an invalid reject at Build, at its pattern's position; kCheckedByBuild
  // leaves it to CheckCompiles, as the build does for the embedded lexicons.
  spec.reject = "(on";
  spec.where = {"metrics.yaml", 12, 9};
  auto bad = MetricRecognizer::Build({spec}, {});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().line == 12);
  CHECK(bad.error().message.find("reject") != std::string::npos);
  auto late = MetricRecognizer::Build({spec}, {}, PatternCheck::kCheckedByBuild);
  REQUIRE(late.ok());
  auto error = late.value()->CheckCompiles();
  REQUIRE(error.has_value());
  CHECK(error->line == 12);
  CHECK(error->message.find("reject") != std::string::npos);
  // A reject RE2 parses but will not compile (too large) is an error at Build too: lexicons
  // from --lexicons get no other check, and the pattern would silently find nothing.
  spec.reject = R"(\pL{1000})";
  auto too_large = MetricRecognizer::Build({spec}, {});
  REQUIRE_FALSE(too_large.ok());
  CHECK(too_large.error().line == 12);
  CHECK(too_large.error().message.find("reject") != std::string::npos);
}

TEST_CASE("MetricRecognizer: patterns too large for one Set are each tried alone") {
  // Within a 64 KiB budget, a literal of 700 bytes compiles alone but not as a Set: every Set
  // of the split gets two of them, and the two small patterns go with them into the last one.
  std::vector<MetricPatternSpec> specs;
  for (size_t i = 0; i < 2 * MetricRecognizer::kSetGroups; ++i) {
    specs.push_back(Spec("count", std::string(700, "vwxyz"[i % 5]) + R"(\d)"));
  }
  specs.push_back(Spec("count", R"(\b\d+ users\b)"));
  specs.push_back(Spec("count", R"(\b\d+ regions\b)"));
  MetricSetLimits small;
  small.max_mem = 64 << 10;
  auto built = MetricRecognizer::Build(specs, {}, PatternCheck::kParseNow, small);
  REQUIRE(built.ok());
  auto found = built.value()->Find("served 40 users in 3 regions");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "40 users");
  CHECK(found[1].text == "3 regions");
  CHECK(built.value()->Find("served 40 members").empty());
  CHECK(built.value()->Find(std::string(700, 'x') + "7").size() == 1);
  // What Find survives, the build's check reports.
  auto error = built.value()->CheckCompiles();
  REQUIRE(error.has_value());
  CHECK(error->message.find("too large") != std::string::npos);
  // With the default budget, the same patterns compile as Sets.
  CHECK_FALSE(Build(specs, {})->CheckCompiles().has_value());
}

TEST_CASE("MetricRecognizer: kCheckedByBuild parses nothing in Build, and finds the same") {
  MetricPatternSpec bad = Spec("count", "(\\d+ users");
  bad.where = {"metrics.yaml", 4, 9};
  // kParseNow reports the error at its position; kCheckedByBuild leaves it to the build's
  // check, which is why only the embedded lexicons (checked by tools/lexicon_blob.cc) use it.
  CHECK_FALSE(MetricRecognizer::Build({bad}, {}).ok());
  auto unchecked = MetricRecognizer::Build({bad}, {}, PatternCheck::kCheckedByBuild);
  REQUIRE(unchecked.ok());
  auto error = unchecked.value()->CheckCompiles();
  REQUIRE(error.has_value());
  CHECK(error->line == 4);

  std::vector<MetricPatternSpec> specs = {Spec("count", R"(\b\d+ users\b)"),
                                          Spec("percent", R"(\d+(?:\.\d+)?\s*%)")};
  specs[0].prefilter = R"(\d+ users)";
  auto late = MetricRecognizer::Build(specs, {"dozen"}, PatternCheck::kCheckedByBuild);
  REQUIRE(late.ok());
  auto found = late.value()->Find("Grew to 40 users, up 12.5 %");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "40 users");
  CHECK(found[1].text == "12.5 %");
  CHECK(late.value()->fingerprint() == Build(specs, {"dozen"})->fingerprint());
}

TEST_CASE("MetricRecognizer: the fingerprint changes with any pattern field or number word") {
  std::vector<MetricPatternSpec> specs = {Spec("count", R"(\b\d+ users\b)")};
  const uint64_t base = Build(specs, {"dozen"})->fingerprint();
  CHECK(Build(specs, {"dozen"})->fingerprint() == base);
  CHECK(Build(specs, {"dozens"})->fingerprint() != base);
  auto changed = [&](auto edit) {
    std::vector<MetricPatternSpec> copy = specs;
    edit(copy[0]);
    return Build(copy, {"dozen"})->fingerprint() != base;
  };
  CHECK(changed([](MetricPatternSpec& s) { s.kind = "size"; }));
  CHECK(changed([](MetricPatternSpec& s) { s.stage = "scale"; }));
  CHECK(changed([](MetricPatternSpec& s) { s.pattern = R"(\b\d+ user\b)"; }));
  CHECK(changed([](MetricPatternSpec& s) { s.prefilter = R"(\d)"; }));
  CHECK(changed([](MetricPatternSpec& s) { s.reject = "x"; }));
  CHECK(changed([](MetricPatternSpec& s) { s.tier = 2; }));
  CHECK(changed([](MetricPatternSpec& s) { s.stage_min = 10; }));
  CHECK(changed([](MetricPatternSpec& s) { s.stage_min = 1e-7; }));  // below to_string's 6 digits
}

TEST_CASE("AnchoredSource: anchored, it matches what the pattern matches unanchored") {
  struct Case {
    const char* pattern;
    const char* text;
  };
  // A top-level alternation, flag groups, a named group, a word boundary that needs the
  // byte before the search's start, anchors, empty matches, \Q quotes with and without their
  // \E (and a backslash before it), and starts inside a UTF-8 character or at a byte that is
  // none (a first version, `.*?` in place of `\C*?`, could not step over those; found in
  // review).
  const Case cases[] = {{R"(\d+ ms|\d+%)", "cut it 40% and 120 ms"},
                        {R"((?i)\bgpus?\b)", "on 8 gpus, not gpusx"},
                        {R"((?P<m>\d+)\s*users)", "served 40 users and 7 users"},
                        {R"(\b\d+)", "a1 22 b3"},
                        {R"(^\d+)", "12 then 34"},
                        {R"((?m)^\d+$)", "a\n12\nb 3"},
                        {R"((?U)\d+)", "123 45"},
                        {R"(x*)", "axxb"},
                        {R"(\Qa)b)", "xa)by"},
                        {R"(\Qa)\E\d)", "a)1 a)b"},
                        {R"(\Qab\)", "xab\\y"},
                        {R"(\Qa\\Eb)", "a\\b ab"},
                        {R"(x\\Q)", "x\\Q"},
                        {R"(\d+)", "\xe2\x89\x88" "5 and \xc3\xa9 7"},
                        {R"(\d+%)", "x\xff 30% \xc0\xaf 4%"},
                        {R"(\C\d)", "\xc3\xa9" "5"}};
  for (const Case& c : cases) {
    CAPTURE(c.pattern);
    RE2 plain(c.pattern);
    RE2 anchored(AnchoredSource(c.pattern));
    REQUIRE(plain.ok());
    REQUIRE(anchored.ok());
    REQUIRE(anchored.NumberOfCapturingGroups() == plain.NumberOfCapturingGroups() + 1);
    const re2::StringPiece text(c.text);
    // Every start a search loop can take, to the text's end.
    for (size_t pos = 0; pos <= text.size(); ++pos) {
      CAPTURE(pos);
      const int groups = plain.NumberOfCapturingGroups() + 1;
      std::vector<re2::StringPiece> a(static_cast<size_t>(groups) + 1),
          p(static_cast<size_t>(groups));
      bool found = plain.Match(text, pos, text.size(), RE2::UNANCHORED, p.data(), groups);
      CHECK(anchored.Match(text, pos, text.size(), RE2::ANCHOR_START, a.data(), groups + 1) ==
            found);
      if (!found) continue;
      for (int g = 0; g < groups; ++g) {
        CHECK(a[static_cast<size_t>(g) + 1].data() == p[static_cast<size_t>(g)].data());
        CHECK(a[static_cast<size_t>(g) + 1].size() == p[static_cast<size_t>(g)].size());
      }
    }
  }
}

TEST_CASE("MetricRecognizer: anchored searches find what unanchored ones find") {
  const std::vector<MetricPatternSpec> specs = {
      Spec("latency", R"((?P<m>\d+\s*ms)\b)"), Spec("percent", R"(\d+(?:\.\d+)?%)"),
      Spec("count", R"(\b\d+ (?:users|gpus)\b)"), Spec("count", R"(\Q1 pod)"),
      Spec("money", R"(\$\d+[km]?|\d+ dollars)")};
  auto plain = Build(specs, {"two"});
  // The first prefilter needs an index written for these patterns.
  const std::string index =
      RequiredTextIndex(plain->Requirements()).Serialize(plain->fingerprint());
  MetricSetLimits limits;
  limits.anchored_until_bytes = SIZE_MAX;
  limits.sets_after_bytes = SIZE_MAX;
  auto built = MetricRecognizer::Build(specs, {"two"}, PatternCheck::kParseNow, limits, index);
  REQUIRE(built.ok());
  auto anchored = built.value();
  anchored->AnnounceText(1, 1);  // one short item: search anchored
  std::string long_text;         // longer than BitState takes: the pattern itself serves
  for (int i = 0; i < 200; ++i) long_text += "p50 " + std::to_string(i) + " ms for 3 users; ";
  const std::vector<std::string> texts = {"cut p99 from 120 ms to 40ms for 2 users",
                                          "grew 12.5% and 7% on $3k, 40 dollars",
                                          "ran 1 pod and 1 pods, 8 gpus",
                                          "120ms120 ms 5 users5 users",
                                          "two users and 40 USERS at 9 MS, $12M",
                                          long_text};
  auto describe = [](const std::vector<Metric>& metrics) {
    std::string out;
    for (const Metric& m : metrics) {
      out += m.kind + "[" + std::to_string(m.begin) + "," + std::to_string(m.end) + ") ";
    }
    return out;
  };
  for (const std::string& text : texts) {
    CAPTURE(text.substr(0, 80));
    std::string expected = describe(plain->Find(text));
    CHECK(!expected.empty());
    CHECK(describe(anchored->Find(text)) == expected);
  }
}

}  // namespace
}  // namespace hirelint
