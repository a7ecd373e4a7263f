#include "extract/yaml_source.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <cstdint>
#include <cstring>
#include <sstream>
#include <vector>

#include "extract/yaml_guard.h"
#include "extract/yaml_scalar.h"

namespace hirelint {
namespace {

Error ErrorAt(const SourceFile& file, size_t offset, std::string message) {
  return InputErrorAt(file, offset, "invalid YAML: " + std::move(message));
}

// Thrown out of yaml-cpp's parser by the handler to stop at the first error it records.
struct StopParsing {};

// Builds the DocTree from yaml-cpp's events. Each collection on the stack counts the nodes
// below it with aliases expanded, so the size an alias stands for is known when it appears.
class TreeBuilder : public YAML::EventHandler {
 public:
  explicit TreeBuilder(const SourceFile& file) : file_(file) {}

  DocTree TakeTree() { return std::move(tree_); }
  const std::optional<Error>& error() const { return error_; }

  // yaml-cpp 0.7 starts a document's node only with a token it knows how to start one with;
  // at any other token (a ',' outside brackets, a '?' it opened no mapping for) it reports a
  // null and leaves the token unread, so Parser::HandleNextDocument returns true again at the
  // same token, forever. A document that starts where the one before started, when that one
  // was a lone null there, is that loop: stop at the token.
  void OnDocumentStart(const YAML::Mark& mark) override {
    stack_.clear();
    anchor_sizes_.clear();
    const size_t at = Offset(mark);
    if (at == stuck_at_) Fail(ErrorAt(file_, at, UnreadTokenMessage(at)));
    document_start_ = at;
    document_first_root_ = tree_.roots().size();
  }
  void OnDocumentEnd() override {
    const std::vector<size_t>& roots = tree_.roots();
    const bool lone_null = roots.size() == document_first_root_ + 1 &&
                           tree_.at(roots.back()).kind == DocKind::kNull &&
                           tree_.at(roots.back()).begin == document_start_;
    stuck_at_ = lone_null ? document_start_ : std::string::npos;
  }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    DocNode node;
    node.kind = DocKind::kNull;
    node.begin = node.end = Offset(mark);
    Attach(std::move(node));
    Count(1, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    DocNode node;
    node.kind = DocKind::kAlias;
    node.begin = node.end = Offset(mark);
    Attach(std::move(node));
    uint64_t size = anchor < anchor_sizes_.size() ? anchor_sizes_[anchor] : 1;
    alias_expansion_ = Add(alias_expansion_, size);
    if (alias_expansion_ > kMaxAliasExpansion) {
      Fail(ErrorAt(file_, Offset(mark),
                   "aliases expand to more than " + std::to_string(kMaxAliasExpansion) +
                       " nodes by this one (an alias bomb such as \"billion laughs\"); "
                       "hirelint refuses the file"));
    }
    Count(size, 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string& value) override {
    auto mapped = MapYamlScalar(file_, Offset(mark), InFlow(), value);
    if (!mapped.ok()) Fail(mapped.error());
    DocNode node;
    node.kind = DocKind::kScalar;
    node.quoted = mapped.value().quoted;
    node.begin = mapped.value().begin;
    node.end = mapped.value().end;
    node.value = std::move(mapped.value().value);
    Attach(std::move(node));
    Count(1, anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    Open(DocKind::kSequence, mark, anchor, style);
  }
  void OnSequenceEnd() override { Close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    Open(DocKind::kMapping, mark, anchor, style);
  }
  void OnMapEnd() override { Close(); }

 private:
  struct Frame {
    size_t node;
    bool flow;
    bool key_next;      // mappings: the next child is a key
    uint64_t expanded;  // nodes below, aliases expanded
    YAML::anchor_t anchor;
  };

  static uint64_t Add(uint64_t a, uint64_t b) {
    return a > UINT64_MAX - b ? UINT64_MAX : a + b;  // saturate: only "too many" matters
  }

  size_t Offset(const YAML::Mark& mark) const {
    // yaml-cpp counts bytes from after the byte order mark.
    if (mark.pos < 0) return file_.bytes().size();
    return std::min(file_.bytes().size(), static_cast<size_t>(mark.pos) + file_.bom_length());
  }

  bool InFlow() const { return !stack_.empty() && stack_.back().flow; }

  std::string UnreadTokenMessage(size_t at) const {
    const std::string& s = file_.bytes();
    const char c = at < s.size() ? s[at] : '\0';
    if (c == ',') {
      return "a ',' outside brackets where a document's value should start; commas separate "
             "items only inside [ ] or { } (yaml-cpp cannot read past it)";
    }
    if (c == '?') {
      return "a '?' (an explicit key) where yaml-cpp cannot start a mapping; write the key "
             "as \"key: value\" (yaml-cpp cannot read past it)";
    }
    return "yaml-cpp cannot start a document's value with this token and cannot read past it";
  }

  [[noreturn]] void Fail(Error e) {
    error_ = std::move(e);
    throw StopParsing();
  }

  void Attach(DocNode node) {
    size_t index = tree_.Add(std::move(node));
    if (stack_.empty()) {
      tree_.roots().push_back(index);
      return;
    }
    Frame& top = stack_.back();
    DocNode& parent = tree_.at(top.node);
    if (parent.kind == DocKind::kMapping && top.key_next) {
      parent.keys.push_back(index);
    } else {
      parent.items.push_back(index);
    }
    if (parent.kind == DocKind::kMapping) top.key_next = !top.key_next;
  }

  // Records a finished node of `size` expanded nodes in its parent and under its anchor.
  void Count(uint64_t size, YAML::anchor_t anchor) {
    if (!stack_.empty()) stack_.back().expanded = Add(stack_.back().expanded, size);
    if (anchor != 0) {
      if (anchor_sizes_.size() <= anchor) anchor_sizes_.resize(anchor + 1, 1);
      anchor_sizes_[anchor] = size;
    }
  }

  void Open(DocKind kind, const YAML::Mark& mark, YAML::anchor_t anchor,
            YAML::EmitterStyle::value style) {
    if (stack_.size() >= kMaxDocumentDepth) {
      Fail(ErrorAt(file_, Offset(mark),
                   "nested deeper than " + std::to_string(kMaxDocumentDepth) +
                       " levels; hirelint stops here (no CV nests this deep)"));
    }
    DocNode node;
    node.kind = kind;
    node.begin = node.end = Offset(mark);
    bool flow = InFlow() || style == YAML::EmitterStyle::Flow;
    Attach(std::move(node));
    stack_.push_back({tree_.size() - 1, flow, true, 0, anchor});
  }

  void Close() {
    Frame frame = stack_.back();
    stack_.pop_back();
    Count(Add(frame.expanded, 1), frame.anchor);
  }

  const SourceFile& file_;
  DocTree tree_;
  std::vector<Frame> stack_;
  std::vector<uint64_t> anchor_sizes_;   // by yaml-cpp's anchor id, per document
  uint64_t alias_expansion_ = 0;         // over the whole stream
  size_t document_start_ = 0;            // where the current document's first token is
  size_t document_first_root_ = 0;       // its first root's index in tree_.roots()
  size_t stuck_at_ = std::string::npos;  // where the last document started, if a lone null
  std::optional<Error> error_;
};

// The first tab in the indentation of the line holding `offset`, or npos.
size_t IndentationTab(const std::string& s, size_t line_start) {
  for (size_t i = line_start; i < s.size(); ++i) {
    if (s[i] == '\t') return i;
    if (s[i] != ' ') break;
  }
  return std::string::npos;
}

Error FromYamlCpp(const SourceFile& file, const YAML::Exception& ex) {
  const std::string& s = file.bytes();
  size_t offset = ex.mark.is_null() || ex.mark.pos < 0
                      ? s.size()
                      : std::min(s.size(), static_cast<size_t>(ex.mark.pos) + file.bom_length());
  // yaml-cpp names a tab in the indentation only sometimes ("illegal block entry" otherwise);
  // a tab at the start of the failing line is almost always the cause.
  size_t line = file.PositionOf(offset).line;
  size_t tab = IndentationTab(s, file.LineStart(line));
  if (tab != std::string::npos) {
    return ErrorAt(
        file, tab,
        "a tab is used for indentation; YAML indents with spaces only (yaml-cpp: " + ex.msg + ")");
  }
  std::string hint;
  const std::string& m = ex.msg;
  if (m == YAML::ErrorMsg::END_OF_MAP || m == YAML::ErrorMsg::END_OF_SEQ ||
      m == YAML::ErrorMsg::BLOCK_ENTRY || m == YAML::ErrorMsg::MAP_VALUE ||
      m == YAML::ErrorMsg::MAP_KEY) {
    hint =
        "; check this line's indentation against the lines above (YAML nests by "
        "indentation, in spaces)";
  } else if (m == YAML::ErrorMsg::END_OF_SEQ_FLOW) {
    hint = "; a '[' is not closed with ']'";
  } else if (m == YAML::ErrorMsg::END_OF_MAP_FLOW) {
    hint = "; a '{' is not closed with '}'";
  } else if (m == YAML::ErrorMsg::UNKNOWN_ANCHOR) {
    hint = "; define the anchor (&name) before its alias (*name)";
  }
  return ErrorAt(file, offset, m + hint);
}

}  // namespace

Result<DocTree> ParseYaml(const SourceFile& file) {
  if (auto e = CheckYamlNesting(file, kMaxDocumentDepth)) return *e;
  std::istringstream in(file.bytes());
  TreeBuilder builder(file);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const StopParsing&) {
    return *builder.error();
  } catch (const YAML::DeepRecursion& ex) {
    // A backstop: CheckYamlNesting stops the forms it knows before yaml-cpp recurses.
    size_t at = ex.mark.pos < 0 ? file.bytes().size()
                                : static_cast<size_t>(ex.mark.pos) + file.bom_length();
    return ErrorAt(file, at,
                   "nested too deeply for the YAML parser; hirelint stops here (no CV nests "
                   "this deep)");
  } catch (const YAML::Exception& ex) {
    return FromYamlCpp(file, ex);
  }
  return builder.TakeTree();
}

}  // namespace hirelint
