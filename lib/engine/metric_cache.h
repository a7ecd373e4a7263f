#pragma once
// The metric cache (`lint --cache`): for each document linted, one file in the cache directory
// holding its MetricMemo, so that the next run of the same document finds the metrics of every
// unchanged item without compiling any RE2 state (issue 8: a CV on every save in an editor or
// pre-commit hook). Like ESLint's --cache, it is used only when asked for.
//
// A file is named by the document's absolute path and starts with the cache id, which names the
// code (the build IDs of the executable and the libraries it was started with) and the metric
// patterns: another build, library or lexicon reads it as empty, and it is rewritten. Cached
// metrics are exactly what the recognizer computed, so the output is the same with or without
// the cache. Files are never pruned: one per document ever linted with --cache.

#include <optional>
#include <string>

#include "core/error.h"
#include "tag/metric_memo.h"

namespace hirelint {

// The id for a recognizer's fingerprint, or "" when the executable has no build ID to name its
// code: then nothing can be cached.
std::string MetricCacheId(uint64_t recognizer_fingerprint);

// The cache file of the document at `document_path` (made absolute) in `cache_dir`.
std::string MetricCachePath(const std::string& cache_dir, const std::string& document_path);

// The memo in `cache_path`; empty unless it is a regular file (not a symlink) of this user's,
// at most `max_bytes` long, that MetricMemo::Parse reads with this `id`.
MetricMemo LoadMetricMemo(const std::string& cache_path, const std::string& id, size_t max_bytes);

// Writes the memo to `cache_path` when it changed: the directory is made (0700) if missing, and
// the file (0600, it holds the document's bullets) replaced atomically, without waiting for the
// disk; a file torn by a crash fails its checksum and reads as empty. An Error says why not.
std::optional<Error> SaveMetricMemo(const std::string& cache_path, const MetricMemo& memo);

}  // namespace hirelint
