#pragma once
// The parsed content of lexicons/rewrite.yaml: the slot texts, verb tables and templates the
// rewriter (lib/suggest) builds rewrites from. Plain data; suggest/ compiles it.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace hirelint {

// One slot: the text a rewrite shows for a missing stage, and how it is joined to the bullet.
struct SlotSpec {
  std::string stage;   // one of StageNames()
  std::string text;    // e.g. "[impact: metric before → after]"; appears verbatim in rewrites
  std::string format;  // "{slot}" is replaced by `text`, e.g. ", {slot}"
  std::string
      after_claim;  // used instead of `format` when the stage is claimed in words; "" = format
};

// A group of weak openers and what replaces them (see rewrite.yaml).
struct OpenerGroup {
  std::string name;
  std::vector<std::string> phrases;      // as written in the lexicon
  std::vector<std::string> before_verb;  // phrases a bare verb may follow ("helped build")
  std::string verb;                      // fixed verb for a following noun phrase; "" = chosen
  std::string people_verb;               // when people follow the opener; "" = none
  bool co = false;                       // the "Co-" form is allowed when others are named
};

struct ObjectVerb {
  std::string verb;
  std::vector<std::string> words;
};

struct StageVerb {
  std::string stage;
  std::string verb;
};

// [base, past, gerund, participle] of one verb; participle == past unless given.
struct VerbFormsSpec {
  std::string base, past, gerund, participle;
};

struct RewriteSpec {
  bool present = false;  // false when no rewrite.yaml was loaded: the rewriter then never rewrites
  // rule id -> what in a rewrite answers it: slot stages, "opener", "passive" or "hedge"
  std::map<std::string, std::vector<std::string>> answers;
  std::vector<std::string> skip_sections;  // section roles never rewritten
  size_t max_slots = 2;
  std::vector<SlotSpec> slots;                               // at most one per stage
  std::map<std::string, std::vector<std::string>> profiles;  // profile -> slot stages, by priority
  std::string claim_first;                                   // stage asked first after a bare claim
  std::vector<std::string> impact_metric_kinds;
  std::vector<std::string> scale_metric_kinds;
  std::vector<std::string> ml_mentions;   // phrases (PhraseMatcher syntax)
  std::vector<std::string> others_named;  // phrases (PhraseMatcher syntax)
  std::vector<OpenerGroup> openers;
  std::vector<ObjectVerb> object_verbs;
  std::vector<StageVerb> stage_verbs;
  std::string default_verb;
  std::map<std::string, std::string> nominal_verbs;  // noun -> base verb
  std::vector<std::string> ambiguous_gerunds;
  std::map<std::string, std::string> co_forms;      // past -> "Co-" form
  std::vector<std::string> impact_verbs;            // base forms
  std::map<std::string, std::string> opener_fixes;  // first word -> replacement
  std::vector<std::string> drop;
  std::map<std::string, std::string> replace;
  std::vector<VerbFormsSpec> verbs;
  std::map<std::string, std::string> templates;  // suggestion, impact_clause
  std::map<std::string, std::string> notes;      // complete, skipped_section, no_verb, unchanged
  std::string origin;                            // file the spec came from, for errors
};

// The profile names rewrite.yaml's `profiles` must define, in the order they are decided.
const std::vector<std::string>& RewriteProfileNames();

}  // namespace hirelint
