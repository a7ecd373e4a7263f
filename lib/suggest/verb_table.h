#pragma once
// The verb forms of rewrite.yaml, looked up by any form: turns "build" (after "helped") into
// "built", "caching" (after "by") into "cached", "Cut" (moved after the work) into "cutting".

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "lexicon/rewrite_spec.h"
#include "suggest/words.h"

namespace hirelint {

enum class VerbForm { kBase, kPast, kGerund, kParticiple };

class VerbTable {
 public:
  VerbTable() = default;
  explicit VerbTable(const std::vector<VerbFormsSpec>& verbs);

  // The verb whose `form` (case-folded) is words[at] or, for two-word verbs ("set up"),
  // words[at] and words[at + 1]; *length gets the number of words matched. nullptr when none.
  const VerbFormsSpec* Match(const std::vector<Word>& words, size_t at, VerbForm form,
                             size_t* length) const;
  // The verb with `base` as its base form, or nullptr.
  const VerbFormsSpec* FindBase(const std::string& base) const;

 private:
  std::vector<VerbFormsSpec> verbs_;                  // forms folded
  std::unordered_map<std::string, size_t> index_[4];  // by VerbForm
};

}  // namespace hirelint
