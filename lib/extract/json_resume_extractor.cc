// JSON files: JSON Resume (resume.json) and any other JSON CV, read by the strict positional
// JSON reader (json_source.h) and the schema walkers (cv_schemas.h).

#include "extract/cv_schemas.h"
#include "extract/extractor.h"
#include "extract/json_source.h"

namespace hirelint {
namespace {

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

Result<Extraction> ExtractJsonAs(const SourceFile& file, ExtractMode mode, const char* format,
                                 std::optional<CvSchema> schema) {
  if (mode == ExtractMode::kStories) return CvFileHasNoStories(file, format);
  auto tree = ParseJson(file);
  if (!tree.ok()) return tree.error();
  return ExtractCvItems(tree.value(), file.bytes(), schema);
}

}  // namespace

bool LooksLikeJsonResume(const SourceFile& file) {
  // Scans the top-level object's keys without building a tree: strings at depth 1 followed by
  // ':' are keys. Malformed input simply does not match (the extractor reports the error).
  const std::string& s = file.bytes();
  size_t i = file.bom_length();
  while (i < s.size() && IsJsonSpace(s[i])) ++i;
  if (i >= s.size() || s[i] != '{') return false;
  int depth = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) return false;
    } else if (c == '"') {
      size_t start = ++i;
      while (i < s.size() && s[i] != '"') i += s[i] == '\\' ? 2 : 1;
      if (i >= s.size()) return false;
      if (depth != 1) continue;
      std::string key = s.substr(start, i - start);
      size_t j = i + 1;
      while (j < s.size() && IsJsonSpace(s[j])) ++j;
      if (j < s.size() && s[j] == ':' && (key == "basics" || key == "work")) return true;
    }
  }
  return false;
}

Result<Extraction> ExtractJsonResume(const SourceFile& file, ExtractMode mode) {
  return ExtractJsonAs(file, mode, "JSON Resume", CvSchema::kJsonResume);
}

Result<Extraction> ExtractJson(const SourceFile& file, ExtractMode mode) {
  return ExtractJsonAs(file, mode, "JSON", std::nullopt);
}

}  // namespace hirelint
