#include "extract/doc_tree.h"

namespace hirelint {

size_t DocTree::Add(DocNode node) {
  nodes_.push_back(std::move(node));
  return nodes_.size() - 1;
}

const DocNode* DocTree::Get(const DocNode& node, std::string_view key) const {
  if (node.kind != DocKind::kMapping) return nullptr;
  for (size_t i = 0; i < node.keys.size(); ++i) {
    const DocNode& k = nodes_[node.keys[i]];
    if (k.kind == DocKind::kScalar && k.value.text() == key) return &nodes_[node.items[i]];
  }
  return nullptr;
}

const std::string& DocTree::Text(const DocNode* node) {
  static const std::string kEmpty;
  if (node == nullptr || node->kind != DocKind::kScalar) return kEmpty;
  return node->value.text();
}

}  // namespace hirelint
