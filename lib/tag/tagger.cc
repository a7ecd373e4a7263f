#include "tag/tagger.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_set>

#include "lexicon/embedded.h"

namespace hirelint {
namespace {

// Tokens that end a clause: a negation before one does not reach past it. Compared through
// string_view (length first, inline): this runs for tokens between every cue and hit.
bool IsClauseBarrier(const Token& t) {
  const std::string_view n = t.norm;
  if (t.kind == TokenKind::kSymbol) {
    return n == "," || n == ";" || n == "." || n == ":" || n == "(" || n == ")" || n == "!" ||
           n == "?" || n == "\xE2\x80\x94" /* — */;
  }
  return n == "but" || n == "while" || n == "whereas" || n == "then";
}

// Words strictly between token indices [from, to); SIZE_MAX when `sentence_only` and a
// sentence ends in between.
size_t WordsBetween(const std::vector<Token>& tokens, uint32_t from, uint32_t to,
                    bool sentence_only) {
  size_t words = 0;
  for (uint32_t i = from; i < to && i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kSymbol) {
      const std::string_view n = t.norm;
      if (sentence_only && (n == "." || n == ";" || n == ":" || n == "!" || n == "?")) {
        return SIZE_MAX;
      }
      continue;
    }
    ++words;
  }
  return words;
}

}  // namespace

Result<std::shared_ptr<const Tagger>> Tagger::Build(const LexiconData& data,
                                                    PatternCheck metric_check) {
  std::shared_ptr<Tagger> tagger(new Tagger());
  std::unordered_set<std::string> units;
  for (const auto& u : data.units) units.insert(Tokenizer::Fold(u));
  tagger->tokenizer_ = std::make_unique<Tokenizer>(std::move(units));
  tagger->negation_window_ = data.negation_window;
  size_t phrases = 0;
  for (const auto& [name, vocab] : data.stages) {
    phrases += vocab.phrases.size() + vocab.not_phrases.size();
    for (const NearRule& rule : vocab.near) phrases += rule.words.size() + rule.with.size();
  }
  for (const auto& [category, list] : data.categories) phrases += list.size();
  for (const auto& rule : data.rules) phrases += rule.phrases.size();
  tagger->matcher_.Reserve(phrases);
  tagger->labels_.reserve(phrases);
  auto add = [&](const PhraseEntry& entry, Label label) -> std::optional<Error> {
    uint32_t id = static_cast<uint32_t>(tagger->labels_.size());
    if (!tagger->matcher_.Add(entry.text, id, *tagger->tokenizer_)) {
      Error e;
      e.kind = ErrorKind::kLexicon;
      e.path = entry.where.origin;
      e.line = entry.where.line;
      e.column = entry.where.column;
      e.message =
          "phrase '" + entry.text + "' has no word to match (a phrase cannot start with '*')";
      return e;
    }
    if (label.category == "negation") label.cue = Label::Cue::kBefore;
    if (label.category == "negation_after") label.cue = Label::Cue::kAfter;
    if (label.category == "skill_listing") label.cue = Label::Cue::kListing;
    tagger->labels_.push_back(std::move(label));
    return std::nullopt;
  };
  for (const auto& [name, vocab] : data.stages) {
    int stage = StageIndex(name);
    for (const auto& p : vocab.phrases) {
      if (auto e = add(p, {Label::Type::kStage, stage, ""})) return *e;
    }
    for (const auto& p : vocab.not_phrases) {
      if (auto e = add(p, {Label::Type::kStageNot, stage, ""})) return *e;
    }
    for (const NearRule& rule : vocab.near) {
      int index = static_cast<int>(tagger->near_rules_.size());
      tagger->near_rules_.push_back({stage, rule.within});
      for (const auto& p : rule.words) {
        if (auto e = add(p, {Label::Type::kNearWord, stage, "", index})) return *e;
      }
      for (const auto& p : rule.with) {
        if (auto e = add(p, {Label::Type::kNearWith, stage, "", index})) return *e;
      }
    }
  }
  for (const auto& [category, phrases] : data.categories) {
    for (const auto& p : phrases) {
      if (auto e = add(p, {Label::Type::kCategory, -1, category})) return *e;
    }
  }
  for (const auto& rule : data.rules) {  // existence rules look up their own phrase category
    for (const auto& text : rule.phrases) {
      if (auto e = add({text, rule.where}, {Label::Type::kCategory, -1, "rule:" + rule.id}))
        return *e;
    }
  }
  // The build walked the embedded patterns for what their matches require; the recognizer
  // checks that these are its patterns.
  auto metrics = MetricRecognizer::Build(data.metrics, data.number_words, metric_check, {},
                                         EmbeddedMetricPrefilterIndex());
  if (!metrics.ok()) return metrics.error();
  tagger->metrics_ = metrics.value();
  return std::shared_ptr<const Tagger>(tagger);
}

bool Tagger::Negated(const std::vector<Token>& tokens, const Negations& cues,
                     const PhraseHit& hit) const {
  // Whether a cue reaches across tokens [from, to): they stay in one clause and hold fewer
  // words than the negation window. The first barrier, or the window's last word, decides it,
  // so the scan stops there (a long story has many cues and hits far apart).
  auto reaches = [&](uint32_t from, uint32_t to) {
    if (negation_window_ == 0) return false;
    size_t words = 0;
    for (uint32_t i = from; i < to; ++i) {
      if (IsClauseBarrier(tokens[i])) return false;
      const bool joiner = PhraseMatcher::IsJoiner(tokens[i]);
      // A dash with space on both sides ("loss - Production") separates list items and clauses;
      // one inside a word ("end-to-end") does not.
      if (joiner && i > 0 && i + 1 < tokens.size() && tokens[i - 1].end < tokens[i].begin &&
          tokens[i].end < tokens[i + 1].begin) {
        return false;
      }
      if (!joiner && ++words >= negation_window_) return false;
    }
    return true;
  };
  for (const PhraseHit& n : cues.before) {
    if (n.last_token < hit.first_token && reaches(n.last_token + 1, hit.first_token)) return true;
  }
  for (const PhraseHit& n : cues.after) {
    if (n.first_token > hit.last_token && reaches(hit.last_token + 1, n.first_token)) return true;
  }
  for (const PhraseHit& n : cues.listing) {
    if (n.last_token >= hit.first_token) continue;
    bool sentence_end = false;
    for (uint32_t i = n.last_token + 1; i < hit.first_token && !sentence_end; ++i) {
      const std::string_view t = tokens[i].norm;
      sentence_end = tokens[i].kind == TokenKind::kSymbol && (t == "." || t == ";" || t == ":");
    }
    if (!sentence_end) return true;
  }
  return false;
}

ItemTags Tagger::Tag(std::string_view text, MetricMemo* memo) const {
  ItemTags tags;
  tags.tokens = tokenizer_->Tokenize(text);
  const auto& tokens = tags.tokens;
  std::vector<PhraseHit> hits = matcher_.FindAll(tokens);

  // Per-thread scratch, cleared for each item: Tag runs once per item.
  thread_local Negations negations;
  thread_local std::vector<PhraseHit> stage_hits, not_hits, near_words, near_with;
  for (auto* v : {&negations.before, &negations.after, &negations.listing, &stage_hits, &not_hits,
                  &near_words, &near_with}) {
    v->clear();
  }
  for (const PhraseHit& h : hits) {
    const Label& label = labels_[h.label];
    switch (label.type) {
      case Label::Type::kStage:
        stage_hits.push_back(h);
        break;
      case Label::Type::kNearWord:
        near_words.push_back(h);
        break;
      case Label::Type::kNearWith:
        near_with.push_back(h);
        break;
      case Label::Type::kStageNot:
        not_hits.push_back(h);
        break;
      case Label::Type::kCategory:
        if (label.cue == Label::Cue::kBefore) negations.before.push_back(h);
        if (label.cue == Label::Cue::kAfter) negations.after.push_back(h);
        if (label.cue == Label::Cue::kListing) negations.listing.push_back(h);
        tags.hits.push_back({label.category, h.first_token, h.last_token,
                             tokens[h.first_token].begin, tokens[h.last_token].end,
                             matcher_.PhraseText(h.phrase)});
        break;
    }
  }
  // A near word becomes a stage hit when a companion of its rule is close enough.
  for (const PhraseHit& w : near_words) {
    const NearRuleInfo& rule = near_rules_[static_cast<size_t>(labels_[w.label].near_rule)];
    for (const PhraseHit& x : near_with) {
      if (labels_[x.label].near_rule != labels_[w.label].near_rule) continue;
      if (x.first_token <= w.last_token && w.first_token <= x.last_token) continue;  // same words
      uint32_t from = std::min(w.last_token, x.last_token) + 1;
      uint32_t to = std::max(w.first_token, x.first_token);
      if (WordsBetween(tokens, from, to, /*sentence_only=*/true) < rule.within) {
        stage_hits.push_back(w);
        break;
      }
    }
  }
  for (const PhraseHit& h : stage_hits) {
    const Label& label = labels_[h.label];
    // A "not" context of the same stage overlapping the match ("data model" for model).
    bool excluded = std::any_of(not_hits.begin(), not_hits.end(), [&](const PhraseHit& n) {
      return labels_[n.label].stage == label.stage && n.first_token <= h.last_token &&
             h.first_token <= n.last_token;
    });
    // A longer stage phrase of another stage covering this one ("model" in "model serving").
    bool covered = std::any_of(stage_hits.begin(), stage_hits.end(), [&](const PhraseHit& o) {
      return labels_[o.label].stage != label.stage && o.first_token <= h.first_token &&
             h.last_token <= o.last_token &&
             (o.last_token - o.first_token) > (h.last_token - h.first_token);
    });
    if (excluded || covered || Negated(tokens, negations, h)) continue;
    tags.stage_hits.push_back({label.stage, tokens[h.first_token].begin, tokens[h.last_token].end,
                               matcher_.PhraseText(h.phrase)});
    tags.stage_mask |= 1u << label.stage;
  }
  std::optional<std::vector<Metric>> remembered;
  if (memo != nullptr) remembered = memo->Lookup(text);
  if (remembered) {
    tags.metrics = std::move(*remembered);
  } else {
    tags.metrics = metrics_->Find(text);
    if (memo != nullptr) memo->Remember(text, tags.metrics);
  }
  for (const Metric& m : tags.metrics) {
    int stage = m.stage.empty() ? -1 : StageIndex(m.stage);
    if (stage < 0) continue;
    tags.stage_hits.push_back({stage, m.begin, m.end, "metric: " + m.kind});
    tags.stage_mask |= 1u << stage;
  }
  std::sort(tags.stage_hits.begin(), tags.stage_hits.end(),
            [](const StageHit& a, const StageHit& b) { return a.begin < b.begin; });
  return tags;
}

}  // namespace hirelint
