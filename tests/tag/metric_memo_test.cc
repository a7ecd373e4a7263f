// MetricMemo: what Find returned per item text, kept between runs by the metric cache.

#include "tag/metric_memo.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "support/test_support.h"

namespace hirelint {
namespace {

Metric SampleMetric() {
  Metric m;
  m.kind = "latency";
  m.begin = 17;  // in "Cut p99 latency: 120 ms to 68 ms."
  m.end = 32;
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
         std::memcmp(&a.value, &b.value, sizeof a.value) == 0 && a.unit == b.unit &&
         a.before == b.before && a.after == b.after && a.stage == b.stage;
}

using testing::ResignMetricMemo;

TEST_CASE("MetricMemo: what Serialize writes, Parse reads back exactly") {
  MetricMemo memo("build-1");
  // Strings with every separator the format uses, and bytes that are not UTF-8.
  const std::string odd = "cut p99 from\n120 ms to 68 ms: 4:2 \xff\x01 t 3\nm 1 2 3\n";
  Metric odd_metric = SampleMetric();
  odd_metric.begin = odd.find("120 ms");
  odd_metric.end = odd_metric.begin + odd_metric.text.size();
  odd_metric.unit = "4:ms\n";
  odd_metric.stage = "";
  memo.Remember("Cut p99 latency: 120 ms to 68 ms.", {SampleMetric()});
  memo.Remember(odd, {odd_metric, odd_metric});
  memo.Remember("Led the team.", {});
  // Values no short decimal can carry: they come back as the same bits.
  const std::string kOdd = "Cut 1e999 costs by -0";
  Metric inf = SampleMetric();
  inf.begin = 4;
  inf.end = 9;
  inf.text = "1e999";
  inf.before = inf.after = "";
  inf.value = std::numeric_limits<double>::infinity();
  Metric negative_zero = inf;
  negative_zero.value = -0.0;
  Metric nan = inf;
  nan.value = std::nan("");
  memo.Remember(kOdd, {inf, negative_zero, nan});

  MetricMemo back = MetricMemo::Parse(memo.Serialize(), "build-1");
  CHECK(back.size() == 4);
  auto odd_values = back.Lookup(kOdd);
  REQUIRE(odd_values.has_value());
  REQUIRE(odd_values->size() == 3);
  CHECK(SameMetric((*odd_values)[0], inf));
  CHECK(SameMetric((*odd_values)[1], negative_zero));
  CHECK(SameMetric((*odd_values)[2], nan));
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

TEST_CASE("MetricMemo: another id, a failed checksum, or a broken invariant reads as empty") {
  MetricMemo memo("build-1");
  memo.Remember("Cut p99 latency: 120 ms to 68 ms.", {SampleMetric()});
  memo.Remember("Led the team.", {});
  const std::string bytes = memo.Serialize();
  CHECK(MetricMemo::Parse(bytes, "build-1").size() == 2);
  CHECK(MetricMemo::Parse(bytes, "build-2").size() == 0);
  CHECK(MetricMemo::Parse("", "build-1").size() == 0);
  CHECK(MetricMemo::Parse("not a cache", "build-1").size() == 0);
  // Every cut, even between two entries, fails the checksum: a file is taken whole or not at all.
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    CHECK_MESSAGE(MetricMemo::Parse(bytes.substr(0, cut), "build-1").size() == 0, "cut at " << cut);
  }
  // One metric left out, count and all: the checksum catches it.
  std::string dropped = bytes;
  size_t metric = dropped.find("\nm ");
  size_t metric_end = dropped.find("\nt ", metric + 1);
  dropped.erase(metric + 1, metric_end - metric);
  dropped.replace(dropped.rfind("\n1\n", metric + 1), 3, "\n0\n");
  CHECK(MetricMemo::Parse(dropped, "build-1").size() == 0);
  // Even with a matching checksum, a metric that breaks Find's invariants is refused.
  CHECK(MetricMemo::Parse(ResignMetricMemo(bytes), "build-1").size() == 2);
  std::string past_end = bytes;
  past_end.replace(past_end.find("m 17 32 "), 8, "m 17 99 ");
  CHECK(MetricMemo::Parse(ResignMetricMemo(past_end), "build-1").size() == 0);
  std::string not_its_span = bytes;
  not_its_span.replace(not_its_span.find("m 17 32 "), 8, "m 16 31 ");
  CHECK(MetricMemo::Parse(ResignMetricMemo(not_its_span), "build-1").size() == 0);
}

TEST_CASE("MetricMemo: a count far beyond the bytes there are costs nothing") {
  std::string file = "hirelint-metric-memo 2\n8:build-1\nt 2:ab\n999999999999999999\n";
  file += "sum 0000000000000000\n";
  CHECK(MetricMemo::Parse(ResignMetricMemo(file), "build-1").size() == 0);
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
