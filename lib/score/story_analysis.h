#pragma once
// A story's reading, built from the same tokens and tags as bullets: each sentence's STAR
// label, the lifecycle stages covered, whether the result carries a number, who did the work
// ("I" or "we"), whether a trade-off and failure-first thinking are stated, and how long the
// story takes to tell. The cue words live in lexicons/star.yaml and lexicons/story.yaml.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "lexicon/lexicon_data.h"
#include "tag/item_tags.h"
#include "tag/phrase_matcher.h"
#include "tokenize/tokenizer.h"

namespace hirelint {

// A sentence's STAR label. kLesson ("Learned: ...") is reflection, never a result; kNone is
// text that is none of them (the interview prompt, a bare title).
enum class StarPart : uint8_t { kNone, kSituation, kTask, kAction, kResult, kLesson };

// "none", "situation", "task", "action", "result", "lesson".
const char* StarPartName(StarPart part);
inline uint8_t StarBit(StarPart part) { return static_cast<uint8_t>(1u << static_cast<int>(part)); }

// One labelled span of a story: a sentence, or the part of one from a written label on
// ("... HEXAGONAL S-For a new service." is two units).
struct StoryUnit {
  size_t begin = 0;  // byte offsets into the story text
  size_t end = 0;
  StarPart part = StarPart::kNone;
  bool explicit_label = false;  // the part comes from a label the author wrote
  uint8_t evidence = 0;         // StarBit()s of every part this unit shows, `part` included
};

struct PronounCounts {
  size_t i = 0;   // I, me, my, mine, myself and their contractions
  size_t we = 0;  // we, us, our, ours, ourselves and their contractions
};

struct StoryAnalysis {
  std::vector<StoryUnit> units;  // in text order, covering every sentence
  bool situation = false;
  bool task = false;
  bool action = false;
  bool result = false;
  bool quantified_result = false;           // a metric inside the result part
  std::vector<std::string> result_metrics;  // the text of each such metric
  uint32_t stage_mask = 0;                  // union of the tagger's stages over the story
  int signal_density = 0;                   // distinct stages
  PronounCounts ownership;                  // over the whole story
  PronounCounts action_ownership;           // over the units that show an action
  bool tradeoff = false;
  std::string tradeoff_evidence;  // the words that stated it, "" when none
  bool failure_first = false;
  std::string failure_evidence;
  size_t words = 0;
  int speaking_seconds = 0;  // words at the configured speaking rate, rounded

  std::vector<std::string> StageList() const;  // in StageNames() order
};

// Compiled story cues. Immutable after Build and safe to share between threads.
class StoryAnalyzer {
 public:
  // `tokenizer` must be the tagger's (cues are matched on the tokens it produced) and outlive
  // the analyzer. An entry that must be one word but is not is a lexicon error at its position.
  static Result<std::shared_ptr<const StoryAnalyzer>> Build(const LexiconData& data,
                                                            const Tokenizer& tokenizer,
                                                            double words_per_minute);

  // `tags` must be the tagger's output for `text`.
  StoryAnalysis Analyze(std::string_view text, const ItemTags& tags) const;

 private:
  enum class Cue : uint32_t {
    kLabelSituation,
    kLabelTask,
    kLabelAction,
    kLabelResult,
    kLabelLesson,
    kSituation,
    kTask,
    kAction,
    kResult,
    kChange,
    kLesson,
    kTradeoff,
    kChoice,
    kContrast,
    kFailure,
  };
  struct Marker;
  StoryAnalyzer() = default;
  std::vector<Marker> FindMarkers(std::string_view text, const std::vector<Token>& tokens,
                                  const std::vector<PhraseHit>& hits,
                                  const std::vector<std::pair<size_t, size_t>>& sentences) const;
  bool IsPastVerb(const Token& token) const;

  const Tokenizer* tokenizer_ = nullptr;
  PhraseMatcher matcher_;
  std::unordered_map<char, StarPart> letters_;  // "S" -> situation, from one-letter labels
  std::unordered_set<std::string> subjects_;
  std::unordered_set<std::string> past_verbs_;
  std::unordered_set<std::string> not_actions_;
  std::unordered_set<std::string> pronouns_i_;
  std::unordered_set<std::string> pronouns_we_;
  double words_per_minute_ = 150;
};

}  // namespace hirelint
