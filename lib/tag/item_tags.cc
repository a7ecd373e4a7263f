#include "tag/item_tags.h"

#include <algorithm>

#include "lexicon/lexicon_data.h"

namespace hirelint {

int StageIndex(const std::string& name) {
  const auto& names = StageNames();
  auto it = std::find(names.begin(), names.end(), name);
  return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

int ItemTags::StageCount() const {
  int n = 0;
  for (uint32_t m = stage_mask; m; m &= m - 1) ++n;
  return n;
}

std::vector<std::string> ItemTags::StageList() const {
  std::vector<std::string> out;
  const auto& names = StageNames();
  for (size_t i = 0; i < names.size(); ++i) {
    if (HasStage(static_cast<int>(i))) out.push_back(names[i]);
  }
  return out;
}

std::vector<const CategoryHit*> ItemTags::Hits(const std::string& category) const {
  std::vector<const CategoryHit*> out;
  for (const auto& h : hits) {
    if (h.category == category) out.push_back(&h);
  }
  return out;
}

bool ItemTags::Has(const std::string& category) const {
  return std::any_of(hits.begin(), hits.end(),
                     [&](const CategoryHit& h) { return h.category == category; });
}

size_t ItemTags::WordCount() const {
  size_t n = 0;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber || t.kind == TokenKind::kUnit) ++n;
  }
  return n;
}

}  // namespace hirelint
