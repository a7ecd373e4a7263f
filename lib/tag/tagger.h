#pragma once
// tag: compiles the lexicons once into one phrase matcher and the metric recognizer, then tags
// items. A Tagger is immutable after Build and safe to use from many threads at once.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "lexicon/lexicon_data.h"
#include "tag/item_tags.h"
#include "tag/metric_recognizer.h"
#include "tag/phrase_matcher.h"
#include "tokenize/tokenizer.h"

namespace hirelint {

class Tagger {
 public:
  static Result<std::shared_ptr<const Tagger>> Build(const LexiconData& data);

  ItemTags Tag(std::string_view text) const;
  const Tokenizer& tokenizer() const { return *tokenizer_; }

 private:
  struct Label {
    enum class Type { kStage, kStageNot, kCategory } type;
    int stage = -1;
    std::string category;
  };
  Tagger() = default;
  bool Negated(const std::vector<Token>& tokens, const std::vector<PhraseHit>& negations,
               uint32_t first_token) const;

  std::unique_ptr<Tokenizer> tokenizer_;
  PhraseMatcher matcher_;
  std::vector<Label> labels_;
  std::shared_ptr<const MetricRecognizer> metrics_;
  size_t negation_window_ = 4;
};

}  // namespace hirelint
