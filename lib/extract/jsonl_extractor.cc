// JSONL: one story object per line. As a whole file (lint, tag) the first malformed line is
// the file's error; `hirelint score` streams the file instead (engine/story_feed.cc) and skips
// malformed lines after reporting each.

#include <nlohmann/json.hpp>

#include "core/json_dump.h"
#include "core/utf8.h"
#include "extract/extractor.h"
#include "extract/jsonl_story.h"
#include "extract/line_scanner.h"
#include "read/reader.h"

namespace hirelint {
namespace {

size_t CodePointsBefore(std::string_view s, size_t byte) {
  size_t n = 0;
  for (size_t i = 0; i < byte && i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Column (1-based, in code points) of the first `"key"` followed by ':' in the line; 1 when
// the key is not written there (a missing field).
size_t KeyColumn(std::string_view line, const std::string& key) {
  const std::string quoted = "\"" + key + "\"";
  for (size_t at = line.find(quoted); at != std::string_view::npos;
       at = line.find(quoted, at + 1)) {
    size_t j = at + quoted.size();
    while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
    if (j < line.size() && line[j] == ':') return CodePointsBefore(line, at) + 1;
  }
  return 1;
}

// nlohmann's message without its "[json.exception...] parse error at line 1, column N: " prefix.
std::string ParseErrorText(const std::string& what) {
  size_t column = what.find("column ");
  if (column != std::string::npos) {
    size_t colon = what.find(": ", column);
    if (colon != std::string::npos) return what.substr(colon + 2);
  }
  size_t bracket = what.find("] ");
  return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

// Column (1-based, in code points) of the number `token` written as a value (after '{', '[',
// ':' or ','; not inside a string); 1 when it is not found.
size_t NumberColumn(std::string_view line, const std::string& token) {
  if (token.empty()) return 1;
  for (size_t at = line.find(token); at != std::string_view::npos; at = line.find(token, at + 1)) {
    size_t j = at;
    while (j > 0 && (line[j - 1] == ' ' || line[j - 1] == '\t')) --j;
    if (j == 0 || line[j - 1] == ':' || line[j - 1] == ',' || line[j - 1] == '[' ||
        line[j - 1] == '{') {
      return CodePointsBefore(line, at) + 1;
    }
  }
  return 1;
}

const char* kShape = "each line must be one object like {\"id\": \"...\", \"text\": \"...\"}";

}  // namespace

bool IsBlankLine(std::string_view line) {
  for (char c : line) {
    if (!IsBlank(c)) return false;
  }
  return true;
}

Result<Item> ParseJsonlStory(std::string_view line, const std::string& path, size_t line_number,
                             size_t offset) {
  Error e;
  e.kind = ErrorKind::kInput;
  e.path = path;
  e.line = line_number;
  e.column = 1;
  if (std::optional<size_t> bad = FindInvalidUtf8(line)) {
    e.column = CodePointsBefore(line, *bad) + 1;
    e.message = "invalid UTF-8 byte; save the file as UTF-8";
    return e;
  }
  nlohmann::ordered_json object;
  try {
    object = nlohmann::ordered_json::parse(line.begin(), line.end());
  } catch (const nlohmann::json::parse_error& error) {
    size_t byte = error.byte > 0 ? error.byte - 1 : 0;
    e.column = CodePointsBefore(line, byte) + 1;
    e.message = "malformed JSON: " + ParseErrorText(error.what()) + "; " + kShape;
    return e;
  } catch (const nlohmann::json::out_of_range& error) {
    // nlohmann refuses a number beyond a double ("1e999") with out_of_range 406, which names
    // the number but not its place.
    const std::string what = error.what();
    const size_t open = what.find("parsing '");
    std::string number;
    if (open != std::string::npos && what.size() > open + 10 && what.back() == '\'') {
      number = what.substr(open + 9, what.size() - open - 10);
    }
    e.column = NumberColumn(line, number);
    e.message = "number out of range: '" + number + "' is beyond a double; " + kShape;
    return e;
  }
  if (!object.is_object()) {
    e.message = std::string("expected a JSON object, found ") + object.type_name() + "; " + kShape;
    return e;
  }
  Item item;
  item.kind = ItemKind::kStory;
  item.begin = offset;
  item.end = offset + line.size();
  auto text = object.find("text");
  if (text == object.end()) {
    e.message = std::string("no \"text\" field; ") + kShape;
    return e;
  }
  if (!text->is_string()) {
    e.column = KeyColumn(line, "text");
    e.message = std::string("\"text\" must be a string, not ") + text->type_name();
    return e;
  }
  const std::string& raw = text->get_ref<const std::string&>();
  size_t b = 0, end = raw.size();
  while (b < end && (IsBlank(raw[b]) || raw[b] == '\n' || raw[b] == '\r')) ++b;
  while (end > b && (IsBlank(raw[end - 1]) || raw[end - 1] == '\n' || raw[end - 1] == '\r')) --end;
  if (b == end) {
    e.column = KeyColumn(line, "text");
    e.message = "\"text\" is empty; a story needs its text";
    return e;
  }
  auto id = object.find("id");
  if (id != object.end()) {
    if (id->is_string()) {
      item.id = id->get<std::string>();
    } else if (id->is_number()) {
      item.id = id->dump();
    } else if (!id->is_null()) {
      e.column = KeyColumn(line, "id");
      e.message = std::string("\"id\" must be a string or a number, not ") + id->type_name();
      return e;
    }
  }
  static const std::string kNoSource;
  CleanTextBuilder builder(kNoSource);
  builder.AppendReplacement(std::string_view(raw).substr(b, end - b), offset, offset + line.size());
  item.text = builder.TakeText(&item.map);
  object.erase("text");
  object.erase("id");
  if (!object.empty()) item.extra_json = DumpJson(object);
  return item;
}

Result<Extraction> ExtractJsonl(const SourceFile& file, ExtractMode) {
  Extraction out;
  const std::string& bytes = file.bytes();
  for (const Line& line : SplitLines(bytes, file.bom_length())) {
    std::string_view text(bytes.data() + line.begin, line.end - line.begin);
    if (IsBlankLine(text)) continue;
    Position p = file.PositionOf(line.begin);
    auto item = ParseJsonlStory(text, file.path(), p.line, line.begin);
    if (!item.ok()) return item.error();
    out.items.push_back(std::move(item.value()));
  }
  return out;
}

}  // namespace hirelint
