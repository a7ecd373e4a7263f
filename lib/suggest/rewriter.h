#pragma once
// suggest: rewrites a bullet in production-ML framing from its own words and tags. Built once
// from rewrite.yaml (lexicons/); immutable and safe to use from many threads at once.
//
// Contract of every rewrite:
//   - it keeps every word of the bullet except the weak opener, filler hedges
//     (rewrite.yaml `drop`), "I", and the "by me" of a passive; every number, unit and name
//     therefore appears exactly as written, and no figure is ever added (rewrite.yaml may not
//     hold a digit in anything that enters a rewrite);
//   - a weak opener becomes an action verb; "X was built by me" becomes "Built X";
//   - an impact stated before the work that produced it ("Cut X by caching Y") is moved after
//     it ("Cached Y, cutting X"), so the order is problem, solution, impact;
//   - at most rewrite.yaml `max_slots` slots, each slot's text verbatim in the rewrite.

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "check/finding.h"
#include "core/error.h"
#include "extract/item.h"
#include "lexicon/lexicon_data.h"
#include "suggest/rewrite.h"
#include "suggest/slot_choice.h"
#include "suggest/verb_table.h"
#include "suggest/words.h"
#include "tag/item_tags.h"
#include "tag/phrase_matcher.h"
#include "tokenize/tokenizer.h"

namespace hirelint {

class Rewriter {
 public:
  // Compiles rewrite.yaml's phrase lists with the tagger's tokenizer, so they match the tokens
  // ItemTags carries. Errors name rewrite.yaml.
  static Result<std::shared_ptr<const Rewriter>> Build(const LexiconData& data,
                                                       const Tokenizer& tokenizer);

  // The rewrite of one item. `findings` are that item's findings (any order); only the rules
  // in rewrite.yaml `answers` make a rewrite needed, and the rewrite's reasons are those of
  // them it answers. Non-bullets get kNotBullet.
  Rewrite Suggest(const Item& item, const ItemTags& tags, const std::string& section_role,
                  const std::vector<const Finding*>& findings) const;

  // Rewrites of every item of a file (one per item) from its findings.
  std::vector<Rewrite> SuggestAll(const std::vector<Item>& items, const std::vector<ItemTags>& tags,
                                  const std::vector<std::string>& section_roles,
                                  const std::vector<Finding>& findings) const;

  // Sets the suggestion of each bullet finding whose rule its item's rewrite answers to
  // rewrite.yaml's `suggestion` template; other findings keep their rule's suggestion.
  void AttachToFindings(const std::vector<Rewrite>& rewrites, std::vector<Finding>* findings) const;

  const RewriteSpec& spec() const { return spec_; }

 private:
  struct Group {
    const OpenerGroup* spec;
    std::unordered_set<std::string> before_verb;  // folded
  };
  struct Draft;  // the words being rewritten (rewriter.cc)

  Rewriter() = default;
  // Each step returns what it did, in rewrite.yaml `answers` terms ("hedge", "opener",
  // "passive"), or "" when it did nothing that answers a finding.
  bool DropAndReplaceHedges(const ItemTags& tags, Draft* draft) const;
  // `others`: byte spans of others_named phrases in the bullet.
  // True when the opening changed; *weak is set when it was a weak opener that was replaced
  // ("I built" -> "Built" and "Lead" -> "Led" change it without answering a finding).
  bool RewriteOpener(const ItemTags& tags, const std::vector<std::pair<size_t, size_t>>& others,
                     Draft* draft, bool* weak) const;
  bool RewritePassive(Draft* draft) const;
  std::string VerbForObject(const Draft& draft, size_t from, const ItemTags& tags) const;
  bool StartsWithVerb(const Draft& draft, const ItemTags& tags) const;
  // Index in `main` of a closing "to <problem>" clause the tags mark as a problem, or -1.
  size_t ProblemClause(const std::vector<Word>& main, const ItemTags& tags) const;
  std::string Compose(const Draft& draft, const SlotChoice& slots, const ItemTags& tags,
                      std::vector<RewriteSlot>* placed) const;
  bool IsImpactVerb(const VerbFormsSpec* verb) const;

  RewriteSpec spec_;
  VerbTable verbs_;
  PhraseMatcher cues_;  // label 0: ml_mentions, 1: others_named
  std::vector<Group> groups_;
  std::unordered_map<std::string, size_t> group_of_phrase_;   // folded phrase -> groups_ index
  std::unordered_map<std::string, std::string> object_verb_;  // folded head word -> verb
  std::unordered_set<std::string> drop_, ambiguous_gerunds_, impact_verbs_;
  std::unordered_set<std::string> skip_sections_;
  std::unordered_map<std::string, std::string> replace_, co_forms_, opener_fixes_, nominal_verbs_;
};

}  // namespace hirelint
