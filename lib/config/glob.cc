#include "config/glob.h"

#include <fnmatch.h>

#include <vector>

namespace hirelint {
namespace {

std::vector<std::string> Segments(const std::string& path) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    if (slash > start) out.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

bool SegmentMatches(const std::string& glob, const std::string& name) {
  // One segment holds no '/', so fnmatch needs no FNM_PATHNAME; without FNM_PERIOD a '*' also
  // matches a leading dot, as in .gitignore.
  return fnmatch(glob.c_str(), name.c_str(), 0) == 0;
}

// Whether glob segments [gi, end) match path segments [pi, pend) exactly; "**" matches zero
// or more whole segments.
bool MatchSegments(const std::vector<std::string>& glob, size_t gi,
                   const std::vector<std::string>& path, size_t pi, size_t pend) {
  if (gi == glob.size()) return pi == pend;
  if (glob[gi] == "**") {
    for (size_t k = pi; k <= pend; ++k) {
      if (MatchSegments(glob, gi + 1, path, k, pend)) return true;
    }
    return false;
  }
  if (pi == pend) return false;
  return SegmentMatches(glob[gi], path[pi]) && MatchSegments(glob, gi + 1, path, pi + 1, pend);
}

}  // namespace

bool GlobMatches(const std::string& glob, const std::string& relative_path) {
  std::string g = glob;
  bool dir_only = !g.empty() && g.back() == '/';
  while (!g.empty() && g.back() == '/') g.pop_back();
  bool anchored = g.find('/') != std::string::npos;
  if (!g.empty() && g[0] == '/') g.erase(0, 1);
  std::vector<std::string> glob_segments = Segments(g);
  std::vector<std::string> path_segments = Segments(relative_path);
  if (glob_segments.empty() || path_segments.empty()) return false;
  // The file itself is the last segment; every shorter prefix names a directory holding it.
  const size_t n = path_segments.size();
  const size_t last = dir_only ? n - 1 : n;
  if (!anchored) {
    for (size_t j = 0; j < last; ++j) {
      if (SegmentMatches(glob_segments[0], path_segments[j])) return true;
    }
    return false;
  }
  for (size_t k = 1; k <= last; ++k) {
    if (MatchSegments(glob_segments, 0, path_segments, 0, k)) return true;
  }
  return false;
}

std::optional<std::string> GlobSyntaxError(const std::string& glob) {
  if (glob.empty() || glob == "/") return std::string("an empty glob matches nothing");
  for (size_t i = 0; i < glob.size(); ++i) {
    if (glob[i] == '\\') {
      ++i;
      continue;
    }
    if (glob[i] != '[') continue;
    // A class ends at the first ']' after an optional '!' and one member (so "[]]" is valid);
    // it cannot span a '/'.
    size_t j = i + 1;
    if (j < glob.size() && glob[j] == '!') ++j;
    if (j < glob.size()) ++j;
    while (j < glob.size() && glob[j] != ']' && glob[j] != '/') ++j;
    if (j >= glob.size() || glob[j] != ']') {
      return "'[' at character " + std::to_string(i + 1) + " is never closed with ']'";
    }
    i = j;
  }
  return std::nullopt;
}

}  // namespace hirelint
