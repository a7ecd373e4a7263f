#pragma once

#include <cstddef>
#include <string>

namespace hirelint {

// One number that measures an outcome or the scale of the work.
struct Metric {
  std::string kind;   // percent, percentage_points, money, duration, latency, throughput,
                      // multiplier, count, size, score, rank
  size_t begin = 0;   // byte offsets into the item's cleaned text
  size_t end = 0;
  std::string text;   // the cleaned text of the span
  double value = 0;   // the (after) value, with k/M/B suffixes applied; 0 when not numeric
  std::string unit;   // "ms", "%", "$", "users", ...
  std::string before;  // for a before -> after change: the two sides' text
  std::string after;
  std::string stage;  // the stage this metric is evidence for, or ""
};

}  // namespace hirelint
