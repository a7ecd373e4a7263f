// MetricRecognizer's own contracts, on small pattern lists written here (the built-in lexicon's
// behaviour is the metric table's job, metric_cases_test.cc).

#include <doctest/doctest.h>

#include <thread>

#include "tag/metric_recognizer.h"

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

}  // namespace
}  // namespace hirelint
