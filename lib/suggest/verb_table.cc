#include "suggest/verb_table.h"

#include "tokenize/tokenizer.h"

namespace hirelint {

VerbTable::VerbTable(const std::vector<VerbFormsSpec>& verbs) {
  for (const VerbFormsSpec& v : verbs) {
    VerbFormsSpec folded{Tokenizer::Fold(v.base), Tokenizer::Fold(v.past),
                         Tokenizer::Fold(v.gerund), Tokenizer::Fold(v.participle)};
    size_t id = verbs_.size();
    verbs_.push_back(folded);
    // The first entry for a form wins, so the lexicon's order settles ambiguity.
    index_[static_cast<int>(VerbForm::kBase)].emplace(folded.base, id);
    index_[static_cast<int>(VerbForm::kPast)].emplace(folded.past, id);
    index_[static_cast<int>(VerbForm::kGerund)].emplace(folded.gerund, id);
    index_[static_cast<int>(VerbForm::kParticiple)].emplace(folded.participle, id);
  }
}

const VerbFormsSpec* VerbTable::Match(const std::vector<Word>& words, size_t at, VerbForm form,
                                      size_t* length) const {
  if (at >= words.size()) return nullptr;
  const auto& index = index_[static_cast<int>(form)];
  if (at + 1 < words.size()) {
    auto two = index.find(words[at].fold + " " + words[at + 1].fold);
    if (two != index.end()) {
      *length = 2;
      return &verbs_[two->second];
    }
  }
  auto one = index.find(words[at].fold);
  if (one == index.end()) return nullptr;
  *length = 1;
  return &verbs_[one->second];
}

const VerbFormsSpec* VerbTable::FindBase(const std::string& base) const {
  const auto& index = index_[static_cast<int>(VerbForm::kBase)];
  auto it = index.find(Tokenizer::Fold(base));
  return it == index.end() ? nullptr : &verbs_[it->second];
}

}  // namespace hirelint
