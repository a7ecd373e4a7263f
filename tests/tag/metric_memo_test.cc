// MetricMemo: what Find returned per item text, kept between runs by the metric cache.

#include "tag/metric_memo.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace hirelint {
namespace {

Metric SampleMetric() {
  Metric m;
  m.kind = "latency";
  m.begin = 5;
  m.end = 22;
  m.text = "120 ms to 68 ms";
  m.value = 68.000000000000014;  // not a short decimal: must come back bit for bit
  m.unit = "ms";
  m.before = "120 ms";
  m.after = "68 ms";
  m.stage = "serving";
  return m;
}

bool SameMetric(const Metric& a, const Metric& b) {
  return a.kind == b.kind && a.begin == b.begin && a.end == b.end && a.text == b.text &&
         a.value == b.value && a.unit == b.unit && a.before == b.before && a.after == b.after &&
         a.stage == b.stage;
}

TEST_CASE("MetricMemo: what Serialize writes, Parse reads back exactly") {
  MetricMemo memo("build-1");
  // Strings with every separator the format uses, and bytes that are not UTF-8.
  const std::string odd = "cut p99 from\n120 ms to 68 ms: 4:2 \xff\x01 t 3\nm 1 2 3\n";
  Metric odd_metric = SampleMetric();
  odd_metric.unit = "4:ms\n";
  odd_metric.stage = "";
  memo.Remember("Cut p99 latency: 120 ms to 68 ms.", {SampleMetric()});
  memo.Remember(odd, {odd_metric, SampleMetric()});
  memo.Remember("Led the team.", {});

  MetricMemo back = MetricMemo::Parse(memo.Serialize(), "build-1");
  CHECK(back.size() == 3);
  auto plain = back.Lookup("Cut p99 latency: 120 ms to 68 ms.");
  REQUIRE(plain.has_value());
  REQUIRE(plain->size() == 1);
  CHECK(SameMetric((*plain)[0], SampleMetric()));
  auto with_odd = back.Lookup(odd);
  REQUIRE(with_odd.has_value());
  REQUIRE(with_odd->size() == 2);
  CHECK(SameMetric((*with_odd)[0], odd_metric));
  auto none = back.Lookup("Led the team.");
  REQUIRE(none.has_value());
  CHECK(none->empty());
  CHECK_FALSE(back.Lookup("Led the team").has_value());
  // Serializing what was read gives the same bytes: entries are written sorted by text.
  CHECK(back.Serialize() == memo.Serialize());
}

TEST_CASE("MetricMemo: another id, or any damage, reads as an empty memo") {
  MetricMemo memo("build-1");
  memo.Remember("Cut p99 latency: 120 ms to 68 ms.", {SampleMetric()});
  const std::string bytes = memo.Serialize();
  CHECK(MetricMemo::Parse(bytes, "build-1").size() == 1);
  CHECK(MetricMemo::Parse(bytes, "build-2").size() == 0);
  CHECK(MetricMemo::Parse("", "build-1").size() == 0);
  CHECK(MetricMemo::Parse("not a cache", "build-1").size() == 0);
  // Every cut inside the entry leaves nothing: an entry is taken whole or not at all.
  const size_t header_end = bytes.find("t ");
  for (size_t cut = header_end + 1; cut < bytes.size(); ++cut) {
    CHECK_MESSAGE(MetricMemo::Parse(bytes.substr(0, cut), "build-1").size() == 0, "cut at " << cut);
  }
  // A span past the end of its item could only be damage.
  std::string past_end = bytes;
  past_end.replace(past_end.find("m 5 22 "), 7, "m 5 99 ");
  CHECK(MetricMemo::Parse(past_end, "build-1").size() == 0);
  std::string bad_value = bytes;
  bad_value.replace(bad_value.find(" 68."), 4, " x8.");
  CHECK(MetricMemo::Parse(bad_value, "build-1").size() == 0);
}

TEST_CASE("MetricMemo: changed, and what is written, follow this run's items") {
  const std::string kLift = "Cut p99 latency: 120 ms to 68 ms.";
  MetricMemo first("id");
  CHECK_FALSE(first.changed());
  first.Remember(kLift, {SampleMetric()});
  first.Remember("an old bullet", {});
  CHECK(first.changed());

  // The next run looks up every item it has: nothing changed, nothing to write.
  MetricMemo same = MetricMemo::Parse(first.Serialize(), "id");
  CHECK(same.Lookup(kLift).has_value());
  CHECK(same.Lookup("an old bullet").has_value());
  CHECK_FALSE(same.changed());

  // A run where one bullet went away: changed, and the file keeps only what was used.
  MetricMemo shrunk = MetricMemo::Parse(first.Serialize(), "id");
  CHECK(shrunk.Lookup(kLift).has_value());
  CHECK(shrunk.changed());
  MetricMemo after = MetricMemo::Parse(shrunk.Serialize(), "id");
  CHECK(after.size() == 1);
  CHECK_FALSE(after.Lookup("an old bullet").has_value());
}

}  // namespace
}  // namespace hirelint
