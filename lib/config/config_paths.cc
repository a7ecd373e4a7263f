// Where configs are found and which paths their globs cover.

#include <filesystem>

#include "config/config.h"
#include "config/glob.h"

namespace hirelint {
namespace fs = std::filesystem;

std::optional<std::string> FindConfigFile(const std::string& start_dir) {
  std::error_code ec;
  fs::path dir = fs::path(start_dir).lexically_normal();
  while (true) {
    fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (fs::exists(dir / ".git", ec)) return std::nullopt;  // the repository's root
    fs::path parent = dir.parent_path();
    if (parent.empty() || parent == dir) return std::nullopt;  // the file system's root
    dir = parent;
  }
}

std::optional<std::string> PathRelativeToConfig(const Config& config, const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(fs::path(path), ec).lexically_normal();
  if (ec) return std::nullopt;
  fs::path relative = absolute.lexically_relative(fs::path(config.dir));
  if (relative.empty()) return std::nullopt;
  auto first = relative.begin();
  if (first == relative.end() || *first == "..") return std::nullopt;
  return relative.generic_string();
}

bool IsIgnored(const Config& config, const std::string& path) {
  if (config.ignore.empty()) return false;
  auto relative = PathRelativeToConfig(config, path);
  if (!relative) return false;
  for (const std::string& glob : config.ignore) {
    if (GlobMatches(glob, *relative)) return true;
  }
  return false;
}

std::vector<size_t> MatchingOverrides(const Config& config, const std::string& path) {
  std::vector<size_t> out;
  if (config.overrides.empty()) return out;
  auto relative = PathRelativeToConfig(config, path);
  if (!relative) return out;
  for (size_t i = 0; i < config.overrides.size(); ++i) {
    for (const std::string& glob : config.overrides[i].files) {
      if (GlobMatches(glob, *relative)) {
        out.push_back(i);
        break;
      }
    }
  }
  return out;
}

}  // namespace hirelint
