#pragma once
// Metric recognition: RE2 patterns from metrics.yaml, prefiltered by one RE2::Set pass, then
// only the patterns that can match are run for spans. Exclusion patterns (years, versions,
// names with digits, team sizes, ...) compete with metrics for the same text: candidates are
// taken by tier (exclusions 0, specific metrics 1, counts 2, unless the YAML says otherwise),
// then longest span, then the earlier pattern (exclusions are listed first); a candidate
// overlapping one already taken is dropped. Adjacent metrics joined by "to", "→" or "->"
// become one before → after metric.

#include <memory>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "core/error.h"
#include "lexicon/lexicon_data.h"
#include "tag/metric.h"

namespace hirelint {

class MetricRecognizer {
 public:
  // Compiles every pattern; an invalid one is an error at its file, line and column.
  static Result<std::shared_ptr<const MetricRecognizer>> Build(
      const std::vector<MetricPatternSpec>& specs);

  std::vector<Metric> Find(std::string_view text) const;

 private:
  struct Pattern {
    std::unique_ptr<RE2> re;
    int metric_group = 0;  // 0: the whole match; otherwise the group named "m"
    std::unique_ptr<RE2> reject;  // drops a match whose text contains it
    int tier = 1;
    bool exclude = false;
    std::string kind;
    std::string stage;
    double stage_min = 0;
  };
  MetricRecognizer() = default;
  std::vector<Pattern> patterns_;
  std::unique_ptr<RE2::Set> prefilter_;
  std::unique_ptr<RE2> arrow_;        // the text joining before and after
  std::unique_ptr<RE2> bare_before_;  // "from 120 to " before a metric
};

// Parses the leading number of a metric's text: "1.2M" -> 1.2e6, "$12k" -> 12000,
// "doubled" -> 2. Returns 0 when there is none.
double ParseMetricValue(std::string_view text, std::string* unit);

}  // namespace hirelint
