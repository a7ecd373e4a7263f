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
#include "tag/metric_memo.h"
#include "tag/metric_recognizer.h"
#include "tag/phrase_matcher.h"
#include "tokenize/tokenizer.h"

namespace hirelint {

class Tagger {
 public:
  // `metric_check`: see MetricRecognizer::Build.
  static Result<std::shared_ptr<const Tagger>> Build(
      const LexiconData& data, PatternCheck metric_check = PatternCheck::kParseNow);

  // With a memo, metrics remembered for `text` are taken from it and new ones are added to it.
  ItemTags Tag(std::string_view text, MetricMemo* memo = nullptr) const;
  // Names what the metric recognizer computes (MetricRecognizer::fingerprint).
  uint64_t metric_fingerprint() const { return metrics_->fingerprint(); }
  // About `bytes` of item text, in `items` items when known, are about to be tagged: see
  // MetricRecognizer::AnnounceText.
  void AnnounceText(size_t bytes, size_t items = 0) const { metrics_->AnnounceText(bytes, items); }
  const Tokenizer& tokenizer() const { return *tokenizer_; }

 private:
  struct Label {
    enum class Type { kStage, kStageNot, kNearWord, kNearWith, kCategory } type;
    int stage = -1;
    std::string category;
    int near_rule = -1;  // kNearWord / kNearWith: index into near_rules_
    // kCategory: which negation cue list the category feeds, decided once in Build instead of
    // by comparing names for every hit.
    enum class Cue { kNone, kBefore, kAfter, kListing } cue = Cue::kNone;
  };
  struct NearRuleInfo {
    int stage;
    size_t within;
  };
  // Hits of the negation cue categories (negation.yaml).
  struct Negations {
    std::vector<PhraseHit> before;   // "without", "plans to": negate what follows
    std::vector<PhraseHit> after;    // "was out of scope": negate what precedes
    std::vector<PhraseHit> listing;  // "familiar with": negate the rest of the sentence
  };
  Tagger() = default;
  // Whether a stage hit is negated: a cue within the window in the same clause, or a skill
  // listing earlier in the same sentence.
  bool Negated(const std::vector<Token>& tokens, const Negations& cues, const PhraseHit& hit) const;

  std::unique_ptr<Tokenizer> tokenizer_;
  PhraseMatcher matcher_;
  std::vector<Label> labels_;
  std::vector<NearRuleInfo> near_rules_;
  std::shared_ptr<const MetricRecognizer> metrics_;
  size_t negation_window_ = 4;
};

}  // namespace hirelint
