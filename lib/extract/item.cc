#include "extract/item.h"

namespace hirelint {

const char* ItemKindName(ItemKind kind) {
  switch (kind) {
    case ItemKind::kBullet:
      return "bullet";
    case ItemKind::kStory:
      return "story";
    case ItemKind::kHeading:
      return "heading";
    case ItemKind::kSummary:
      return "summary";
  }
  return "bullet";
}

}  // namespace hirelint
