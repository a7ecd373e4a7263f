// Memory stays flat while stories are scored: after a warm-up (RE2 caches, ICU iterators),
// scoring thousands more stories must not grow the heap. glibc only (mallinfo2).

#include <doctest/doctest.h>

#include <string>
#include <vector>

#if defined(__GLIBC__)  // defined by <string> through <features.h>
#include <malloc.h>
#endif

#include "support/story_support.h"

namespace hirelint {
namespace {

#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
size_t HeapInUse() { return mallinfo2().uordblks; }

TEST_CASE("Scoring stories does not grow the heap") {
  const std::vector<std::string> texts = {
      "Situation: our nightly ETL failed twice a week. Task: I had to make it reliable. "
      "Action: I rewrote the scheduler and ran it in shadow mode. Result: failures fell 85%.",
      "At my last company the fraud model drifted. I chose a smaller model over the deep one "
      "because it kept p99 latency under 40 ms. As a result, chargebacks fell from 0.31% to "
      "0.18%.\nWe now retrain weekly.",
      "S- Search was stale. A- We rebuilt the ranker and I added drift alerts. R- CTR rose 4%."};
  auto score_all = [&](int rounds) {
    for (int i = 0; i < rounds; ++i) {
      for (const std::string& t : texts) {
        StoryResult r = testing::ScoreStoryText(t);
        CHECK(r.score.total > 0);
      }
    }
  };
  // Warm: past the metric recognizer's first 192 kB of text, after which it builds its RE2
  // Sets (MetricSetLimits::sets_after_bytes), once.
  score_all(1000);
  const size_t before = HeapInUse();
  score_all(1000);  // 3,000 stories
  const size_t after = HeapInUse();
  CAPTURE(before);
  CAPTURE(after);
  // A leak of even 100 bytes a story would show as 300 KB.
  CHECK(after < before + 64 * 1024);
}
#endif

}  // namespace
}  // namespace hirelint
