#pragma once
// MetricMemo: what MetricRecognizer::Find returned for each item text of one document, kept
// between runs by the metric cache (engine/metric_cache.h). Finding metrics is most of a
// one-CV run, and nearly all of it is compiling RE2 state no process can keep (issue 8); an
// item whose text is in the memo needs none of it.
//
// Safe to use from many threads at once (the items of one file are tagged in parallel).

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tag/metric.h"

namespace hirelint {

class MetricMemo {
 public:
  // `id` names the recognizer (and the build) the metrics came from; a memo read with another
  // id is empty.
  explicit MetricMemo(std::string id) : id_(std::move(id)) {}
  MetricMemo(MetricMemo&& other) noexcept;

  // The metrics remembered for exactly `text`, marking the entry as used.
  std::optional<std::vector<Metric>> Lookup(std::string_view text) const;
  void Remember(std::string_view text, const std::vector<Metric>& metrics);

  // Whether the memo now differs from what was read: a text was remembered, or an entry read
  // was never looked up (its item changed or went away).
  bool changed() const;
  size_t size() const;

  // The used and remembered entries (what the document holds now), sorted by text, so the same
  // document always gives the same bytes.
  std::string Serialize() const;
  // Reads what Serialize wrote. Anything else gives an empty memo: another format version or id,
  // a file whose checksum does not match (torn, truncated, edited by hand), or a metric that
  // breaks Find's invariants (a span outside its item or not its text). So damage costs a
  // recomputation; only a file forged with a matching checksum could change a result, and the
  // cache directory is the user's own (engine/metric_cache.h).
  static MetricMemo Parse(std::string_view bytes, const std::string& id);

 private:
  struct Entry {
    std::vector<Metric> metrics;
    bool used = false;  // looked up or remembered in this run
  };
  std::string id_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, Entry> entries_;
  bool remembered_ = false;
};

}  // namespace hirelint
