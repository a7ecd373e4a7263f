// libFuzzer target: a metric cache file, as anything could have left it in the cache directory,
// read with MetricMemo::Parse. It must give a memo or an empty one, never a crash or a read out
// of bounds, and a metric it gives for an item must lie inside that item. The input's first
// byte picks whether the rest is the file itself or overwrites a valid file from an offset.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "tag/metric_memo.h"

namespace {

const char kId[] = "fuzz-build-0123456789abcdef";

// A valid file to damage: what a run remembered for a few bullets.
const char kBullet[] = "Cut 120 ms to 68 ms at p99.";

std::string ValidFile() {
  hirelint::MetricMemo memo(kId);
  hirelint::Metric m;
  m.kind = "latency";
  m.begin = 4;
  m.end = 19;
  m.text = "120 ms to 68 ms";
  m.value = 68;
  m.unit = "ms";
  m.before = "120 ms";
  m.after = "68 ms";
  m.stage = "serving";
  memo.Remember(kBullet, {m});
  memo.Remember("Led the migration.", {});
  return memo.Serialize();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string file;
  if (data[0] & 1) {
    file.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  } else {
    static const std::string valid = ValidFile();
    file = valid;
    size_t offset = size > 1 ? data[1] % file.size() : 0;
    size_t n = size > 2 ? size - 2 : 0;
    file.replace(offset, std::min(n, file.size() - offset),
                 reinterpret_cast<const char*>(data) + (size > 2 ? 2 : size), n);
  }
  hirelint::MetricMemo memo = hirelint::MetricMemo::Parse(file, kId);
  const std::string bullet = kBullet;
  if (auto metrics = memo.Lookup(bullet)) {
    for (const hirelint::Metric& m : *metrics) {
      if (m.begin > m.end || m.end > bullet.size()) std::abort();
    }
  }
  // What was looked up is what is written, and it reads back the same.
  std::string written = memo.Serialize();
  hirelint::MetricMemo again = hirelint::MetricMemo::Parse(written, kId);
  if (again.Lookup(bullet).has_value() != memo.Lookup(bullet).has_value()) std::abort();
  return 0;
}
