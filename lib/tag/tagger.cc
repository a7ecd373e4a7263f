#include "tag/tagger.h"

#include <algorithm>
#include <optional>
#include <unordered_set>

namespace hirelint {
namespace {

// Tokens that end a clause: a negation before one does not reach past it.
bool IsClauseBarrier(const Token& t) {
  if (t.kind == TokenKind::kSymbol) {
    static const std::unordered_set<std::string> kBarriers = {",", ";", ".", ":", "(", ")",
                                                              "!", "?", "\xE2\x80\x94"};
    return kBarriers.count(t.norm) > 0;
  }
  return t.norm == "but" || t.norm == "and" || t.norm == "while" || t.norm == "whereas" ||
         t.norm == "then";
}

}  // namespace

Result<std::shared_ptr<const Tagger>> Tagger::Build(const LexiconData& data) {
  std::shared_ptr<Tagger> tagger(new Tagger());
  std::unordered_set<std::string> units;
  for (const auto& u : data.units) units.insert(Tokenizer::Fold(u));
  tagger->tokenizer_ = std::make_unique<Tokenizer>(std::move(units));
  tagger->negation_window_ = data.negation_window;
  auto add = [&](const PhraseEntry& entry, Label label) -> std::optional<Error> {
    uint32_t id = static_cast<uint32_t>(tagger->labels_.size());
    if (!tagger->matcher_.Add(entry.text, id, *tagger->tokenizer_)) {
      Error e;
      e.kind = ErrorKind::kLexicon;
      e.path = entry.where.origin;
      e.line = entry.where.line;
      e.column = entry.where.column;
      e.message = "phrase '" + entry.text + "' has no word to match (a phrase cannot start with '*')";
      return e;
    }
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
  }
  for (const auto& [category, phrases] : data.categories) {
    for (const auto& p : phrases) {
      if (auto e = add(p, {Label::Type::kCategory, -1, category})) return *e;
    }
  }
  for (const auto& rule : data.rules) {  // existence rules look up their own phrase category
    for (const auto& text : rule.phrases) {
      if (auto e = add({text, rule.where}, {Label::Type::kCategory, -1, "rule:" + rule.id})) return *e;
    }
  }
  auto metrics = MetricRecognizer::Build(data.metrics);
  if (!metrics.ok()) return metrics.error();
  tagger->metrics_ = metrics.value();
  return std::shared_ptr<const Tagger>(tagger);
}

bool Tagger::Negated(const std::vector<Token>& tokens, const std::vector<PhraseHit>& negations,
                     uint32_t first_token) const {
  for (const PhraseHit& n : negations) {
    if (n.last_token >= first_token) continue;
    size_t between = 0;
    bool barrier = false;
    for (uint32_t i = n.last_token + 1; i < first_token; ++i) {
      if (IsClauseBarrier(tokens[i])) barrier = true;
      if (!PhraseMatcher::IsJoiner(tokens[i])) ++between;
    }
    if (!barrier && between < negation_window_) return true;
  }
  return false;
}

ItemTags Tagger::Tag(std::string_view text) const {
  ItemTags tags;
  tags.tokens = tokenizer_->Tokenize(text);
  const auto& tokens = tags.tokens;
  std::vector<PhraseHit> hits = matcher_.FindAll(tokens);

  std::vector<PhraseHit> negations, stage_hits, not_hits;
  for (const PhraseHit& h : hits) {
    const Label& label = labels_[h.label];
    switch (label.type) {
      case Label::Type::kStage:
        stage_hits.push_back(h);
        break;
      case Label::Type::kStageNot:
        not_hits.push_back(h);
        break;
      case Label::Type::kCategory:
        if (label.category == "negation") negations.push_back(h);
        tags.hits.push_back({label.category, h.first_token, h.last_token, tokens[h.first_token].begin,
                             tokens[h.last_token].end, matcher_.PhraseText(h.phrase)});
        break;
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
             h.last_token <= o.last_token && (o.last_token - o.first_token) > (h.last_token - h.first_token);
    });
    if (excluded || covered || Negated(tokens, negations, h.first_token)) continue;
    tags.stage_hits.push_back({label.stage, tokens[h.first_token].begin, tokens[h.last_token].end,
                               matcher_.PhraseText(h.phrase)});
    tags.stage_mask |= 1u << label.stage;
  }
  tags.metrics = metrics_->Find(text);
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
