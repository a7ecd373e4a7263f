#pragma once
// Which missing parts of a bullet become slots: decided from its tags alone, by what kind of
// bullet it is (rewrite.yaml `profiles`), so that filling a slot with a figure of its kind makes
// the same bullet stop asking for it.

#include <set>
#include <string>
#include <vector>

#include "lexicon/rewrite_spec.h"
#include "tag/item_tags.h"

namespace hirelint {

struct SlotChoice {
  std::string profile;              // one of RewriteProfileNames()
  std::vector<std::string> stages;  // the slots to add, most important first, at most max_slots
  std::set<std::string> claimed;    // stages the bullet claims in words but gives no figure for
};

// True when the bullet shows `stage` the way a rewrite counts it: impact and scale need a
// figure of rewrite.yaml's impact_metric_kinds / scale_metric_kinds, other stages a tag.
bool ShowsStage(const ItemTags& tags, const std::string& stage, const RewriteSpec& spec);

// `mentions_ml`: the bullet's words name models, features, data or inference (`ml_mentions`).
SlotChoice ChooseSlots(const ItemTags& tags, bool mentions_ml, const RewriteSpec& spec);

}  // namespace hirelint
