// existence: the rule fires on the first phrase of its list (or lexicon category) found in the
// bullet; with at_start, only when the phrase opens the bullet.

#include "check/rule_check.h"

namespace hirelint {

std::optional<RuleHit> CheckExistence(const BulletContext& ctx) {
  const std::string category = ctx.rule.category.empty() ? "rule:" + ctx.rule.id : ctx.rule.category;
  // The first token that is a word: leading symbols or quotes do not open a bullet.
  uint32_t first_word = 0;
  while (first_word < ctx.tags.tokens.size() && ctx.tags.tokens[first_word].kind == TokenKind::kSymbol) {
    ++first_word;
  }
  for (const CategoryHit* hit : ctx.tags.Hits(category)) {
    if (ctx.rule.at_start && hit->first_token != first_word) continue;
    RuleHit out;
    out.begin = hit->begin;
    out.end = hit->end;
    out.vars["phrase"] = ctx.item.text.substr(hit->begin, hit->end - hit->begin);
    return out;
  }
  return std::nullopt;
}

}  // namespace hirelint
