#pragma once
// A bullet's 0-100 score: what a reader of ML-engineering CVs rewards, with weights from
// scoring.yaml's `bullet` group.

#include <map>
#include <string>

#include "tag/item_tags.h"

namespace hirelint {

struct BulletWeights {
  double quantified = 35;          // at least one metric
  double per_stage = 10;           // each lifecycle stage shown ...
  double max_stages = 4;           // ... up to this many
  double action_opener = 15;       // opens with an action verb, not a weak opener
  double no_hedge = 10;            // no hedges or filler

  static BulletWeights FromMap(const std::map<std::string, double>& values);
};

int ScoreBullet(const ItemTags& tags, const BulletWeights& weights);

}  // namespace hirelint
