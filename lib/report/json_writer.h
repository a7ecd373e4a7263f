#pragma once
// Writes JSON to a stream as it goes, byte for byte what DumpJson (core/json_dump.h) writes for
// the same values (compact, or indented), without building nlohmann's tree first. tag's JSONL and
// JSON were a sixth of a tag run, most of it building and freeing nlohmann objects (issue 8).
//
// The caller keeps the structure valid: a Key before each value in an object, none in an
// array, and every Begin matched by its End.

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace hirelint {

class JsonWriter {
 public:
  // indent < 0: compact, as dump(); otherwise as dump(indent).
  JsonWriter(std::ostream& out, int indent);

  void BeginObject() { Begin('{', true); }
  void EndObject() { End('}'); }
  void BeginArray() { Begin('[', false); }
  void EndArray() { End(']'); }
  void Key(std::string_view key);

  // Valid UTF-8 is written as is, with nlohmann's escapes; a string that is not UTF-8 as
  // DumpJson writes it (U+FFFD for bad bytes).
  void String(std::string_view s);
  void Int(int64_t v);
  void Uint(uint64_t v);
  void Double(double v);  // nlohmann's shortest form ("5.0", "1e+20"); inf and NaN are null
  void Bool(bool v);
  void Null();
  // A value already parsed (a story's carried-through input fields), as DumpJson writes it.
  void Value(const nlohmann::ordered_json& v);

 private:
  struct Frame {
    bool object;
    size_t count;  // values written so far
  };
  // Before a value: the comma and the line break and indent of an array element; nothing in
  // an object (Key wrote them) or at the top.
  void BeforeValue();
  void NewLine(size_t depth);
  void Begin(char open, bool object);
  void End(char close);
  void WriteQuoted(std::string_view s);  // a string or key, quoted and escaped
  std::ostream& out_;
  int indent_;
  std::vector<Frame> frames_;
  bool after_key_ = false;
};

}  // namespace hirelint
