#pragma once
// The value tree of a JSON or YAML file, kept with source positions: both parsers produce it and
// the CV schema walkers (JSON Resume, RenderCV, YAMLResume, generic highlights) read it. Nodes
// live in one flat vector and refer to each other by index, so a tree is never destroyed
// recursively; parsers refuse documents nested deeper than kMaxDocumentDepth, so the walkers
// may recurse.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/mapped_text.h"

namespace hirelint {

// Deepest nesting of arrays and objects either parser accepts. yaml-cpp's own recursion guard
// gives up near 500 levels with an unhelpful "bad file", so both parsers stop well before it
// with a clear message; no CV nests more than a handful of levels.
constexpr size_t kMaxDocumentDepth = 256;

enum class DocKind {
  kNull,      // JSON null, an empty YAML value
  kScalar,    // a string, number or boolean; `value` holds its decoded text
  kSequence,  // `items` are the elements
  kMapping,   // `keys[i]` maps to `items[i]`, in file order
  kAlias,     // a YAML alias (*name): not expanded, its anchor's content is read once
};

struct DocNode {
  DocKind kind = DocKind::kNull;
  bool quoted = false;  // a JSON string or a quoted/block YAML scalar (not a number or bool)
  // Source span: for scalars the content (inside quotes, after a block header); for JSON
  // collections the brackets; YAML collections have only their start (end == begin).
  size_t begin = 0;
  size_t end = 0;
  MappedText value;           // scalars
  std::vector<size_t> keys;   // mappings: node indices of the keys
  std::vector<size_t> items;  // sequences and mappings: node indices of the elements/values
};

class DocTree {
 public:
  // Adds a node and returns its index.
  size_t Add(DocNode node);
  DocNode& at(size_t index) { return nodes_[index]; }
  const DocNode& at(size_t index) const { return nodes_[index]; }
  size_t size() const { return nodes_.size(); }

  // One root per document (a YAML stream may hold several; JSON holds one).
  std::vector<size_t>& roots() { return roots_; }
  const std::vector<size_t>& roots() const { return roots_; }

  // The value under `key` in mapping `node` (the first when a key repeats), or nullptr when
  // `node` is not a mapping or has no such key.
  const DocNode* Get(const DocNode& node, std::string_view key) const;
  // The decoded text of `node` when it is a scalar, else "".
  static const std::string& Text(const DocNode* node);

 private:
  std::vector<DocNode> nodes_;
  std::vector<size_t> roots_;
};

}  // namespace hirelint
