#include "report/json_writer.h"

#include <algorithm>
#include <cassert>
#include <charconv>

#include <nlohmann/json.hpp>

#include "core/json_dump.h"
#include "core/utf8.h"

namespace hirelint {
JsonWriter::JsonWriter(std::ostream& out, int indent) : out_(out), indent_(indent) {}

void JsonWriter::NewLine(size_t depth) {
  if (indent_ < 0) return;
  static const std::string kSpaces(64, ' ');
  out_ << '\n';
  for (size_t n = depth * static_cast<size_t>(indent_); n > 0;) {
    const size_t k = std::min(n, kSpaces.size());
    out_.write(kSpaces.data(), static_cast<std::streamsize>(k));
    n -= k;
  }
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (frames_.empty()) return;
  Frame& frame = frames_.back();
  if (frame.count++ > 0) out_ << ',';
  NewLine(frames_.size());
}

void JsonWriter::Begin(char open, bool object) {
  BeforeValue();
  out_ << open;
  frames_.push_back({object, 0});
}

void JsonWriter::End(char close) {
  const bool empty = frames_.back().count == 0;
  frames_.pop_back();
  if (!empty) NewLine(frames_.size());
  out_ << close;
}

void JsonWriter::Key(std::string_view key) {
  assert(!frames_.empty() && frames_.back().object && !after_key_);
  Frame& frame = frames_.back();
  if (frame.count++ > 0) out_ << ',';
  NewLine(frames_.size());
  WriteQuoted(key);
  out_ << (indent_ < 0 ? ":" : ": ");
  after_key_ = true;
}

void JsonWriter::String(std::string_view s) {
  BeforeValue();
  WriteQuoted(s);
}

void JsonWriter::WriteQuoted(std::string_view s) {
  if (FindInvalidUtf8(s)) {
    out_ << DumpJson(nlohmann::json(std::string(s)));  // U+FFFD for each bad byte, as DumpJson
    return;
  }
  static const char kHex[] = "0123456789abcdef";
  out_ << '"';
  size_t run = 0;  // bytes at the end of what was scanned that need no escape
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const char* escape = nullptr;
    switch (c) {
      case '"':
        escape = "\\\"";
        break;
      case '\\':
        escape = "\\\\";
        break;
      case '\b':
        escape = "\\b";
        break;
      case '\f':
        escape = "\\f";
        break;
      case '\n':
        escape = "\\n";
        break;
      case '\r':
        escape = "\\r";
        break;
      case '\t':
        escape = "\\t";
        break;
      default:
        if (c >= 0x20) {
          ++run;
          continue;
        }
    }
    out_.write(s.data() + i - run, static_cast<std::streamsize>(run));
    run = 0;
    if (escape != nullptr) {
      out_ << escape;
    } else {
      const char u[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out_.write(u, sizeof u);
    }
  }
  out_.write(s.data() + s.size() - run, static_cast<std::streamsize>(run));
  out_ << '"';
}

void JsonWriter::Int(int64_t v) {
  BeforeValue();
  char buf[24];
  auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;  // no locale, as nlohmann
  out_.write(buf, end - buf);
}

void JsonWriter::Uint(uint64_t v) {
  BeforeValue();
  char buf[24];
  auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  out_.write(buf, end - buf);
}

void JsonWriter::Double(double v) {
  BeforeValue();
  out_ << nlohmann::json(v).dump();
}

void JsonWriter::Bool(bool v) {
  BeforeValue();
  out_ << (v ? "true" : "false");
}

void JsonWriter::Null() {
  BeforeValue();
  out_ << "null";
}

void JsonWriter::Value(const nlohmann::ordered_json& v) {
  using Json = nlohmann::ordered_json;
  switch (v.type()) {
    case Json::value_t::object:
      BeginObject();
      for (const auto& [key, value] : v.items()) {
        Key(key);
        Value(value);
      }
      EndObject();
      break;
    case Json::value_t::array:
      BeginArray();
      for (const Json& element : v) Value(element);
      EndArray();
      break;
    case Json::value_t::string:
      String(v.get_ref<const std::string&>());
      break;
    case Json::value_t::boolean:
      Bool(v.get<bool>());
      break;
    case Json::value_t::number_integer:
      Int(v.get<int64_t>());
      break;
    case Json::value_t::number_unsigned:
      Uint(v.get<uint64_t>());
      break;
    case Json::value_t::number_float:
      Double(v.get<double>());
      break;
    default:  // null, and the binary and discarded values a parse never gives
      BeforeValue();
      out_ << DumpJson(v);
  }
}

}  // namespace hirelint
