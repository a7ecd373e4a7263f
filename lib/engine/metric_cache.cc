#include "engine/metric_cache.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "core/atomic_write.h"
#include "core/build_id.h"

namespace hirelint {
namespace {

std::string Hex(uint64_t value) {
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(value));
  return out;
}

uint64_t Fnv1a(std::string_view s) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : s) hash = (hash ^ c) * 1099511628211ull;
  return hash;
}

}  // namespace

std::string MetricCacheId(uint64_t recognizer_fingerprint) {
  const std::string& build = ExecutableBuildId();
  if (build.empty()) return "";
  return build + "-" + Hex(recognizer_fingerprint);
}

std::string MetricCachePath(const std::string& cache_dir, const std::string& document_path) {
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(document_path, ec);
  std::string key = ec ? document_path : absolute.lexically_normal().string();
  return (std::filesystem::path(cache_dir) / ("metrics-" + Hex(Fnv1a(key)))).string();
}

MetricMemo LoadMetricMemo(const std::string& cache_path, const std::string& id) {
  std::ifstream in(cache_path, std::ios::binary);
  if (!in) return MetricMemo(id);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return MetricMemo::Parse(bytes.str(), id);
}

std::optional<Error> SaveMetricMemo(const std::string& cache_path, const MetricMemo& memo) {
  if (!memo.changed()) return std::nullopt;
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::path(cache_path).parent_path();
  if (!dir.empty()) std::filesystem::create_directories(dir, ec);
  if (ec) {
    Error e;
    e.kind = ErrorKind::kInput;
    e.path = dir.string();
    e.message = "cannot create the cache directory: " + ec.message();
    return e;
  }
  return WriteFileAtomically(cache_path, memo.Serialize(), ExistingFile::kReplace,
                             ErrorKind::kInput, Durability::kNoFlush);
}

}  // namespace hirelint
