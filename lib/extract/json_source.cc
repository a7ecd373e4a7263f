#include "core/utf8.h"
#include "extract/json_source.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hirelint {
namespace {

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsDelimiter(char c) { return IsJsonSpace(c) || c == ',' || c == ']' || c == '}'; }


// The character at `at` for a message: one UTF-8 sequence, or a control character by number.
std::string Describe(const std::string& s, size_t at) {
  unsigned char c = static_cast<unsigned char>(s[at]);
  if (c < 0x20 || c == 0x7F) {
    static const char kHex[] = "0123456789ABCDEF";
    return std::string("U+00") + kHex[c >> 4] + kHex[c & 0xF];
  }
  size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return "'" + s.substr(at, len) + "'";
}

// At most 40 bytes of `text` for a message, cut at a character boundary.
std::string Shorten(const std::string& text) {
  size_t n = std::min<size_t>(text.size(), 40);
  while (n > 0 && n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  return text.substr(0, n);
}

class JsonParser {
 public:
  explicit JsonParser(const SourceFile& file) : file_(file), s_(file.bytes()) {}

  Result<DocTree> Parse() {
    i_ = file_.bom_length();
    SkipSpace();
    if (i_ >= s_.size())
      return Fail(i_, "empty file: expected a JSON value such as {\"basics\": {...}}");
    bool want_value = true;
    while (true) {
      if (want_value) {
        if (auto e = ParseValue()) return *e;
        want_value = opened_;  // a non-empty container was opened: its first value is next
        continue;
      }
      SkipSpace();
      if (stack_.empty()) {
        if (i_ < s_.size()) {
          return Fail(i_, "unexpected " + Describe(s_, i_) +
                              " after the end of the JSON value; a file holds one value");
        }
        break;
      }
      const Frame& top = stack_.back();
      const char close = top.object ? '}' : ']';
      if (i_ >= s_.size()) return Unclosed(top);
      char c = s_[i_];
      if (c == ',') {
        size_t comma = i_++;
        SkipSpace();
        if (i_ >= s_.size()) return Unclosed(top);
        if (s_[i_] == '}' || s_[i_] == ']') {
          return Fail(comma, std::string("trailing comma before '") + s_[i_] +
                                 "'; JSON does not allow one, remove it");
        }
        if (top.object) {
          if (auto e = ParseKey()) return *e;
        }
        want_value = true;
        continue;
      }
      if (c == close) {
        Close();
        continue;
      }
      if (c == '/') return Fail(i_, "JSON does not allow comments; remove it");
      if (c == '}' || c == ']') {
        Position open = file_.PositionOf(top.open);
        return Fail(i_, std::string("'") + c + "' does not match the '" + (top.object ? '{' : '[') +
                            "' at line " + std::to_string(open.line) + ", column " +
                            std::to_string(open.column) + "; close it with '" + close + "'");
      }
      return Fail(i_, std::string("expected ',' or '") + close + "' after " +
                          (top.object ? "an object member" : "an array element") + ", found " +
                          Describe(s_, i_));
    }
    return std::move(tree_);
  }

 private:
  struct Frame {
    size_t node;
    bool object;
    size_t open;  // offset of the '{' or '['
  };

  Error Fail(size_t offset, std::string message) const {
    return InputErrorAt(file_, offset, "invalid JSON: " + std::move(message));
  }

  Error Unclosed(const Frame& f) const {
    return Fail(f.open, std::string("this ") + (f.object ? "object" : "array") +
                            " is never closed; the file ends before its '" +
                            (f.object ? '}' : ']') + "'");
  }

  void SkipSpace() {
    while (i_ < s_.size() && IsJsonSpace(s_[i_])) ++i_;
  }

  // Adds `node` where the grammar expects a value: the root, an array element or the value of
  // the key just read.
  size_t Attach(DocNode node) {
    size_t index = tree_.Add(std::move(node));
    if (stack_.empty()) {
      tree_.roots().push_back(index);
    } else {
      tree_.at(stack_.back().node).items.push_back(index);
    }
    return index;
  }

  void Close() {
    tree_.at(stack_.back().node).end = i_ + 1;
    stack_.pop_back();
    ++i_;
  }

  // Reads one value; for '{' or '[' only the opening (and the first key), leaving opened_ set
  // when the container's first value comes next, so nesting needs no recursion.
  std::optional<Error> ParseValue() {
    opened_ = false;
    SkipSpace();
    if (i_ >= s_.size()) {
      if (stack_.empty()) return Fail(i_, "the file ends where a value is expected");
      return Unclosed(stack_.back());
    }
    char c = s_[i_];
    if (c == '{' || c == '[') {
      if (stack_.size() >= kMaxDocumentDepth) {
        return Fail(i_, "nested deeper than " + std::to_string(kMaxDocumentDepth) +
                            " levels; hirelint stops here (no CV nests this deep)");
      }
      DocNode node;
      node.kind = c == '{' ? DocKind::kMapping : DocKind::kSequence;
      node.begin = i_;
      size_t index = Attach(std::move(node));
      stack_.push_back({index, c == '{', i_});
      ++i_;
      SkipSpace();
      if (i_ < s_.size() && s_[i_] == (c == '{' ? '}' : ']')) {
        Close();
        return std::nullopt;
      }
      opened_ = true;
      if (c == '{') return ParseKey();
      return std::nullopt;
    }
    if (c == '"') {
      DocNode node;
      if (auto e = ParseString(&node)) return e;
      Attach(std::move(node));
      return std::nullopt;
    }
    if (c == '-' || IsDigit(c)) return ParseNumber();
    for (const char* word : {"true", "false", "null"}) {
      size_t len = std::char_traits<char>::length(word);
      if (s_.compare(i_, len, word) == 0 && (i_ + len >= s_.size() || IsDelimiter(s_[i_ + len]))) {
        DocNode node;
        node.kind = word[0] == 'n' ? DocKind::kNull : DocKind::kScalar;
        node.begin = i_;
        node.end = i_ + len;
        node.value.AppendVerbatim(s_, i_, i_ + len);
        Attach(std::move(node));
        i_ += len;
        return std::nullopt;
      }
    }
    return BadValue();
  }

  // Explains what stands where a value should be.
  Error BadValue() const {
    char c = s_[i_];
    if (c == '\'') return Fail(i_, "strings are written in double quotes in JSON, not single");
    if (c == '/') return Fail(i_, "JSON does not allow comments; remove it");
    if (c == '}' || c == ']') {
      return Fail(i_, std::string("expected a value before '") + c + "'");
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      size_t j = i_;
      while (j < s_.size() && j - i_ < 40 &&
             ((s_[j] >= 'a' && s_[j] <= 'z') || (s_[j] >= 'A' && s_[j] <= 'Z') || IsDigit(s_[j]))) {
        ++j;
      }
      return Fail(i_, "unexpected word '" + s_.substr(i_, j - i_) +
                          "'; a value is a \"string\", a number, an object, an array, true, "
                          "false or null");
    }
    return Fail(i_, "unexpected " + Describe(s_, i_) +
                        "; a value is a \"string\", a number, an object, an array, true, false "
                        "or null");
  }

  std::optional<Error> ParseKey() {
    SkipSpace();
    if (i_ >= s_.size()) return Unclosed(stack_.back());
    if (s_[i_] != '"') {
      if (s_[i_] == '}') return Fail(i_, "expected a \"key\" before '}'");
      return Fail(i_, "object keys must be strings in double quotes, found " + Describe(s_, i_));
    }
    DocNode key;
    if (auto e = ParseString(&key)) return e;
    std::string name = key.value.text();
    size_t index = tree_.Add(std::move(key));
    tree_.at(stack_.back().node).keys.push_back(index);
    SkipSpace();
    if (i_ >= s_.size() || s_[i_] != ':') {
      if (i_ >= s_.size()) return Unclosed(stack_.back());
      return Fail(i_, "expected ':' after the key \"" + Shorten(name) + "\"");
    }
    ++i_;
    return std::nullopt;
  }

  std::optional<Error> ParseNumber() {
    size_t begin = i_;
    size_t j = i_;
    if (s_[j] == '-') ++j;
    if (j >= s_.size() || !IsDigit(s_[j]))
      return Fail(begin, "invalid number: a digit must follow '-'");
    if (s_[j] == '0' && j + 1 < s_.size() && IsDigit(s_[j + 1])) {
      return Fail(begin, "invalid number: JSON numbers have no leading zeros");
    }
    while (j < s_.size() && IsDigit(s_[j])) ++j;
    if (j < s_.size() && s_[j] == '.') {
      ++j;
      if (j >= s_.size() || !IsDigit(s_[j]))
        return Fail(begin, "invalid number: a digit must follow '.'");
      while (j < s_.size() && IsDigit(s_[j])) ++j;
    }
    if (j < s_.size() && (s_[j] == 'e' || s_[j] == 'E')) {
      ++j;
      if (j < s_.size() && (s_[j] == '+' || s_[j] == '-')) ++j;
      if (j >= s_.size() || !IsDigit(s_[j])) {
        return Fail(begin, "invalid number: a digit must follow the exponent");
      }
      while (j < s_.size() && IsDigit(s_[j])) ++j;
    }
    if (j < s_.size() && !IsDelimiter(s_[j])) {
      return Fail(begin, "invalid number: unexpected " + Describe(s_, j) + " after its digits");
    }
    DocNode node;
    node.kind = DocKind::kScalar;
    node.begin = begin;
    node.end = j;
    node.value.AppendVerbatim(s_, begin, j);
    Attach(std::move(node));
    i_ = j;
    return std::nullopt;
  }

  // Reads four hex digits at `at` into *cp.
  bool Hex4(size_t at, uint32_t* cp) const {
    if (at + 4 > s_.size()) return false;
    uint32_t v = 0;
    for (size_t k = at; k < at + 4; ++k) {
      char c = s_[k];
      v <<= 4;
      if (IsDigit(c)) {
        v |= static_cast<uint32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        v |= static_cast<uint32_t>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        v |= static_cast<uint32_t>(c - 'A' + 10);
      } else {
        return false;
      }
    }
    *cp = v;
    return true;
  }

  // Reads the string at i_ (a '"') into `node`: decoded text, spans back to the source, and
  // the content span between the quotes.
  std::optional<Error> ParseString(DocNode* node) {
    const size_t open = i_;
    node->kind = DocKind::kScalar;
    node->quoted = true;
    node->begin = open + 1;
    MappedText& v = node->value;
    size_t run = ++i_;
    while (true) {
      if (i_ >= s_.size()) {
        return Fail(open, "unterminated string; add the closing '\"'");
      }
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        v.AppendVerbatim(s_, run, i_);
        node->end = i_;
        ++i_;
        return std::nullopt;
      }
      if (c == '\n' || c == '\r') {
        return Fail(open,
                    "unterminated string; add the closing '\"' (a line break inside a string "
                    "is written \\n)");
      }
      if (c < 0x20) {
        return Fail(i_, "raw control character " + Describe(s_, i_) +
                            " inside a string; write it as an escape such as \\t");
      }
      if (c != '\\') {
        ++i_;
        continue;
      }
      v.AppendVerbatim(s_, run, i_);
      const size_t esc = i_;
      if (i_ + 1 >= s_.size()) return Fail(open, "unterminated string; add the closing '\"'");
      char e = s_[i_ + 1];
      const char* simple = nullptr;
      switch (e) {
        case '"':
          simple = "\"";
          break;
        case '\\':
          simple = "\\";
          break;
        case '/':
          simple = "/";
          break;
        case 'b':
          simple = "\b";
          break;
        case 'f':
          simple = "\f";
          break;
        case 'n':
          simple = "\n";
          break;
        case 'r':
          simple = "\r";
          break;
        case 't':
          simple = "\t";
          break;
        default:
          break;
      }
      if (simple != nullptr) {
        v.AppendDecoded(simple, esc, esc + 2);
        i_ = esc + 2;
        run = i_;
        continue;
      }
      if (e != 'u') {
        return Fail(
            esc, "invalid escape " + std::string("'\\") +
                     (static_cast<unsigned char>(e) < 0x80 ? std::string(1, e) : std::string("…")) +
                     "'; JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX");
      }
      uint32_t cp = 0;
      if (!Hex4(esc + 2, &cp)) return Fail(esc, "\\u must be followed by four hex digits");
      size_t esc_end = esc + 6;
      if (cp >= 0xDC00 && cp <= 0xDFFF) {
        return Fail(esc, "unpaired low surrogate " + s_.substr(esc, 6) +
                             "; it must follow a high surrogate (\\uD800-\\uDBFF)");
      }
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        uint32_t low = 0;
        if (esc_end + 1 < s_.size() && s_[esc_end] == '\\' && s_[esc_end + 1] == 'u' &&
            Hex4(esc_end + 2, &low) && low >= 0xDC00 && low <= 0xDFFF) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          esc_end += 6;
        } else {
          return Fail(esc, "unpaired high surrogate " + s_.substr(esc, 6) +
                               "; write the pair (e.g. \\ud83d\\ude80) or the character itself");
        }
      }
      std::string utf8;
      AppendUtf8(cp, &utf8);
      v.AppendDecoded(utf8, esc, esc_end);
      i_ = esc_end;
      run = i_;
    }
  }

  const SourceFile& file_;
  const std::string& s_;
  size_t i_ = 0;
  DocTree tree_;
  std::vector<Frame> stack_;
  bool opened_ = false;
};

}  // namespace

Result<DocTree> ParseJson(const SourceFile& file) { return JsonParser(file).Parse(); }

}  // namespace hirelint
