#include "score/bullet_score.h"

#include <algorithm>
#include <cmath>

namespace hirelint {

BulletWeights BulletWeights::FromMap(const std::map<std::string, double>& values) {
  BulletWeights w;
  auto take = [&](const char* key, double* field) {
    auto it = values.find(key);
    if (it != values.end()) *field = it->second;
  };
  take("quantified", &w.quantified);
  take("per_stage", &w.per_stage);
  take("max_stages", &w.max_stages);
  take("action_opener", &w.action_opener);
  take("no_hedge", &w.no_hedge);
  return w;
}

int ScoreBullet(const ItemTags& tags, const BulletWeights& w) {
  double score = 0;
  if (tags.quantified()) score += w.quantified;
  score += w.per_stage * std::min<double>(tags.StageCount(), w.max_stages);
  uint32_t first_word = 0;
  while (first_word < tags.tokens.size() && tags.tokens[first_word].kind == TokenKind::kSymbol) {
    ++first_word;
  }
  bool action_opener = false;
  bool weak_opener = false;
  for (const CategoryHit& h : tags.hits) {
    if (h.first_token != first_word) continue;
    if (h.category == "action_verbs") action_opener = true;
    if (h.category == "weak_openers") weak_opener = true;
  }
  if (action_opener && !weak_opener) score += w.action_opener;
  if (!tags.Has("hedges")) score += w.no_hedge;
  return static_cast<int>(std::lround(std::clamp(score, 0.0, 100.0)));
}

}  // namespace hirelint
