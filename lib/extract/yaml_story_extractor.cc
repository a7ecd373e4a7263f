// YAML stories: a list of {id, title, text} mappings, one per story. Other keys are carried
// through to `hirelint score`'s output like a JSONL object's. Unlike a JSONL batch the file is
// one document, so a malformed entry is the file's error.

#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

#include "core/json_dump.h"
#include "core/yaml_one_document.h"
#include "extract/extractor.h"
#include "extract/line_scanner.h"

namespace hirelint {
namespace {

Error YamlError(const SourceFile& file, const YAML::Mark& mark, std::string message) {
  Error e;
  e.kind = ErrorKind::kInput;
  e.path = file.path();
  if (mark.line >= 0) {
    e.line = static_cast<size_t>(mark.line) + 1;
    e.column = static_cast<size_t>(mark.column) + 1;
  }
  e.message = std::move(message);
  return e;
}

// Byte offset of a yaml-cpp mark (0-based line, column in characters).
size_t OffsetOf(const SourceFile& file, const YAML::Mark& mark) {
  if (mark.line < 0) return file.bom_length();
  size_t at = file.LineStart(static_cast<size_t>(mark.line) + 1);
  if (at == 0) at = file.bom_length();
  const std::string& b = file.bytes();
  for (int col = 0; col < mark.column && at < b.size() && b[at] != '\n'; ++col) {
    ++at;
    while (at < b.size() && (static_cast<unsigned char>(b[at]) & 0xC0) == 0x80) ++at;
  }
  return at;
}

nlohmann::ordered_json ToJson(const YAML::Node& node) {
  if (node.IsSequence()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& child : node) out.push_back(ToJson(child));
    return out;
  }
  if (node.IsMap()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& kv : node) out[kv.first.Scalar()] = ToJson(kv.second);
    return out;
  }
  if (node.IsNull()) return nullptr;
  return node.Scalar();
}

const char* kShape = "a story file is a list of {id, title, text} entries";

}  // namespace

bool SniffYamlStories(const SourceFile& file) {
  const std::string& bytes = file.bytes();
  bool list = false, text_key = false;
  for (const Line& line : SplitLines(bytes, file.bom_length())) {
    size_t b = SkipBlanks(bytes, line.begin, line.end);
    if (b == line.end || bytes[b] == '#') continue;
    if (!list) {
      if (bytes.compare(b, 3, "---") == 0 || bytes[b] == '%') continue;
      // The first content line must open a top-level list.
      if (b != line.begin || bytes[b] != '-' || (b + 1 < line.end && bytes[b + 1] != ' ')) {
        return false;
      }
      list = true;
    }
    if (bytes[b] == '-') b = SkipBlanks(bytes, b + 1, line.end);
    if (bytes.compare(b, 4, "text") == 0) {
      size_t after = SkipBlanks(bytes, b + 4, line.end);
      if (after < line.end && bytes[after] == ':') text_key = true;
    }
    if (text_key) return true;
  }
  return false;
}

Result<Extraction> ExtractYamlStories(const SourceFile& file, ExtractMode) {
  YAML::Node root;
  try {
    root = LoadOneYamlDocument(file.bytes().substr(file.bom_length()));
  } catch (const YAML::ParserException& e) {
    return YamlError(file, e.mark, "YAML syntax error: " + e.msg);
  }
  if (!root.IsSequence()) {
    return YamlError(file, root.Mark(), std::string("expected a list of stories; ") + kShape);
  }
  Extraction out;
  for (const YAML::Node& entry : root) {
    if (!entry.IsMap()) {
      return YamlError(file, entry.Mark(), std::string("a story must be a mapping; ") + kShape);
    }
    const YAML::Node text = entry["text"];
    if (!text) return YamlError(file, entry.Mark(), std::string("story has no 'text'; ") + kShape);
    if (!text.IsScalar()) return YamlError(file, text.Mark(), "'text' must be a string");
    const std::string& raw = text.Scalar();
    size_t b = 0, e = raw.size();
    while (b < e && (IsBlank(raw[b]) || raw[b] == '\n' || raw[b] == '\r')) ++b;
    while (e > b && (IsBlank(raw[e - 1]) || raw[e - 1] == '\n' || raw[e - 1] == '\r')) --e;
    if (b == e) return YamlError(file, text.Mark(), "'text' is empty; a story needs its text");
    Item item;
    item.kind = ItemKind::kStory;
    item.begin = OffsetOf(file, entry.Mark());
    item.end = item.begin;
    nlohmann::ordered_json extra = nlohmann::ordered_json::object();
    for (const auto& kv : entry) {
      const std::string key = kv.first.Scalar();
      if (key == "text") continue;
      if (key == "id" || key == "title") {
        if (!kv.second.IsScalar()) {
          return YamlError(file, kv.second.Mark(), "'" + key + "' must be a string");
        }
        (key == "id" ? item.id : item.section) = kv.second.Scalar();
      }
      if (key != "id") extra[key] = ToJson(kv.second);
    }
    if (!extra.empty()) item.extra_json = DumpJson(extra);
    static const std::string kNoSource;
    CleanTextBuilder builder(kNoSource);
    builder.AppendReplacement(std::string_view(raw).substr(b, e - b), item.begin, item.begin + 1);
    item.text = builder.TakeText(&item.map);
    out.items.push_back(std::move(item));
  }
  return out;
}

}  // namespace hirelint
