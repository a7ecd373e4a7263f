#pragma once
// The metric cache (`lint --cache`): for each document linted, one file in the cache directory
// holding its MetricMemo, so that the next run of the same document finds the metrics of every
// unchanged item without compiling any RE2 state (issue 8: a CV on every save in an editor or
// pre-commit hook). Like ESLint's --cache, it is used only when asked for.
//
// A file is named by the document's absolute path and starts with the cache id, which names the
// binary (its build ID) and the metric patterns: another build or other lexicons read it as
// empty, and it is rewritten. Cached metrics are exactly what the recognizer would compute, so
// the output is the same with or without the cache.

#include <optional>
#include <string>

#include "core/error.h"
#include "tag/metric_memo.h"

namespace hirelint {

// The id for a recognizer's fingerprint, or "" when the binary has no build ID to name its
// code: then nothing is cached.
std::string MetricCacheId(uint64_t recognizer_fingerprint);

// The cache file of the document at `document_path` (made absolute) in `cache_dir`.
std::string MetricCachePath(const std::string& cache_dir, const std::string& document_path);

// The memo in `cache_path`; empty when the file is missing, unreadable or not of this `id`.
MetricMemo LoadMetricMemo(const std::string& cache_path, const std::string& id);

// Writes the memo to `cache_path` (creating the directory) when it changed, atomically and
// without waiting for the disk: a torn file reads as empty. An Error says why it could not.
std::optional<Error> SaveMetricMemo(const std::string& cache_path, const MetricMemo& memo);

}  // namespace hirelint
