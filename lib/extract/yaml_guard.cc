#include "extract/yaml_guard.h"

#include <string>
#include <vector>

namespace hirelint {
namespace {

bool IsBreak(char c) { return c == '\n' || c == '\r'; }
bool IsWhite(char c) { return c == ' ' || c == '\t'; }

class NestingScan {
 public:
  NestingScan(const SourceFile& file, size_t max_depth)
      : file_(file), s_(file.bytes()), max_depth_(max_depth) {}

  std::optional<Error> Run() {
    size_t i = file_.bom_length();
    while (i < s_.size()) {
      size_t line_end = i;
      while (line_end < s_.size() && !IsBreak(s_[line_end])) ++line_end;
      size_t next = line_end;
      if (next < s_.size()) {
        next += (s_[next] == '\r' && next + 1 < s_.size() && s_[next + 1] == '\n') ? 2 : 1;
      }
      if (auto e = Line(i, line_end)) return e;
      i = next;
    }
    return std::nullopt;
  }

 private:
  struct Level {
    size_t column;
    bool sequence;
  };

  size_t Depth() const { return block_.size() + flow_; }

  std::optional<Error> Push(size_t column, bool sequence, size_t at) {
    block_.push_back({column, sequence});
    return Check(at);
  }

  std::optional<Error> Check(size_t at) const {
    if (Depth() <= max_depth_) return std::nullopt;
    return InputErrorAt(file_, at,
                        "invalid YAML: nested deeper than " + std::to_string(max_depth_) +
                            " levels; hirelint stops here (no CV nests this deep)");
  }

  bool IsDash(size_t at, size_t end) const {
    return at < end && s_[at] == '-' && (at + 1 == end || IsWhite(s_[at + 1]));
  }

  size_t SkipBlanks(size_t at, size_t end) const {
    while (at < end && IsWhite(s_[at])) ++at;
    return at;
  }

  // The ':' of a "key: value" pair on [at, end) (outside quotes), or npos. A flow collection
  // is not taken for a key, so "[a: b]" is not a block mapping.
  size_t MappingColon(size_t at, size_t end) const {
    if (at < end && (s_[at] == '[' || s_[at] == '{')) return std::string::npos;
    char quote = 0;
    for (size_t j = at; j < end; ++j) {
      char c = s_[j];
      if (quote != 0) {
        if (c == quote) quote = 0;
        continue;
      }
      if ((c == '"' || c == '\'') && j == at) {
        quote = c;
      } else if (c == '#' && j > at && IsWhite(s_[j - 1])) {
        return std::string::npos;
      } else if (c == ':' && (j + 1 == end || IsWhite(s_[j + 1]))) {
        return j;
      }
    }
    return std::string::npos;
  }

  std::optional<Error> Line(size_t begin, size_t end) {
    size_t p = begin;
    while (p < end && s_[p] == ' ') ++p;
    const size_t column = p - begin;
    const bool blank = SkipBlanks(p, end) == end;
    if (block_scalar_) {
      if (blank || column > block_parent_) return std::nullopt;
      block_scalar_ = false;
    }
    if (quote_ != 0 || flow_ > 0) return Inline(begin, end, column);
    if (blank || s_[p] == '#') return std::nullopt;
    if (column == 0 && end - p >= 3 &&
        (s_.compare(p, 3, "---") == 0 || s_.compare(p, 3, "...") == 0) &&
        (end - p == 3 || IsWhite(s_[p + 3]))) {
      block_.clear();  // a new document
      return Value(SkipBlanks(p + 3, end), end, column);
    }
    while (!block_.empty() && block_.back().column > column) block_.pop_back();
    const bool dash = IsDash(p, end);
    // Only a sequence entry or a "key:" line opens a block collection; a line holding just a
    // scalar or a flow collection does not.
    if (!dash && MappingColon(p, end) == std::string::npos) return Value(p, end, column);
    if (block_.empty() || block_.back().column < column) {
      if (auto e = Push(column, dash, p)) return e;
    } else if (dash && !block_.back().sequence) {
      if (auto e = Push(column, true, p)) return e;  // "key:\n- item" at the key's column
    } else if (!dash && block_.back().sequence) {
      block_.pop_back();
      if (block_.empty() || block_.back().column < column) {
        if (auto e = Push(column, false, p)) return e;
      }
    }
    size_t at = p;
    while (IsDash(at, end)) {  // compact entries: "- - x", "- key: value"
      at = SkipBlanks(at + 1, end);
      if (at >= end) break;
      if (IsDash(at, end)) {
        if (auto e = Push(at - begin, true, at)) return e;
        continue;
      }
      if (MappingColon(at, end) != std::string::npos) {
        if (auto e = Push(at - begin, false, at)) return e;
      }
      break;
    }
    return Value(at, end, column);
  }

  // A node starting at `at` (a key or a value) on a block-context line indented `column`.
  std::optional<Error> Value(size_t at, size_t end, size_t column) {
    while (true) {
      at = SkipBlanks(at, end);
      while (at < end && (s_[at] == '&' || s_[at] == '!')) {  // properties
        while (at < end && !IsWhite(s_[at])) ++at;
        at = SkipBlanks(at, end);
      }
      if (at >= end || s_[at] == '#') return std::nullopt;
      char c = s_[at];
      if (c == '|' || c == '>') {
        block_scalar_ = true;
        block_parent_ = column;
        return std::nullopt;
      }
      if (c == '[' || c == '{' || c == '"' || c == '\'') return Inline(at, end, column);
      size_t colon = MappingColon(at, end);
      if (colon == std::string::npos) return std::nullopt;  // a plain scalar
      at = colon + 1;
    }
  }

  // Flow collections and quoted scalars from `at`, possibly continuing from earlier lines.
  std::optional<Error> Inline(size_t at, size_t end, size_t column) {
    for (size_t j = at; j < end; ++j) {
      char c = s_[j];
      if (quote_ != 0) {
        if (quote_ == '"' && c == '\\') {
          ++j;
        } else if (c == quote_) {
          if (quote_ == '\'' && j + 1 < end && s_[j + 1] == '\'') {
            ++j;
          } else {
            quote_ = 0;
            if (flow_ == 0) {  // a quoted key or value in block context ends here
              size_t colon = MappingColon(j + 1, end);
              if (colon == std::string::npos) return std::nullopt;
              return Value(colon + 1, end, column);
            }
          }
        }
        continue;
      }
      if (c == '#' && (j == at || IsWhite(s_[j - 1]))) return std::nullopt;
      if (c == '"' || c == '\'') {
        // Quotes open a scalar only where a node starts, so "it's" inside a flow plain
        // scalar is not taken for a quote.
        size_t k = j;
        while (k > at && IsWhite(s_[k - 1])) --k;
        if (k == at || s_[k - 1] == '[' || s_[k - 1] == '{' || s_[k - 1] == ',' ||
            s_[k - 1] == ':') {
          quote_ = c;
        }
        continue;
      }
      if (c == '[' || c == '{') {
        ++flow_;
        if (auto e = Check(j)) return e;
      } else if ((c == ']' || c == '}') && flow_ > 0) {
        if (--flow_ == 0) return std::nullopt;
      }
    }
    return std::nullopt;
  }

  const SourceFile& file_;
  const std::string& s_;
  const size_t max_depth_;
  std::vector<Level> block_;
  size_t flow_ = 0;
  char quote_ = 0;  // inside a quoted scalar that continues on the next line
  bool block_scalar_ = false;
  size_t block_parent_ = 0;  // a block scalar's lines are those indented more than this
};

}  // namespace

std::optional<Error> CheckYamlNesting(const SourceFile& file, size_t max_depth) {
  return NestingScan(file, max_depth).Run();
}

}  // namespace hirelint
