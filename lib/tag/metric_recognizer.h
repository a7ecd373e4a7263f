#pragma once
// Metric recognition: RE2 patterns from metrics.yaml, prefiltered by the strings each pattern's
// matches require (RequiredTextIndex) over the first sets_after_bytes of text, then by
// RE2::Sets (a pattern's `prefilter`, when it has one, stands in for it there); only the
// patterns that can match are run for spans. Matching is over the text lower-cased in ASCII.
// Exclusion patterns (years, versions, names with digits, team sizes, ...) compete with metrics
// for the same text: candidates are taken by tier (exclusions 0, specific metrics 1, counts 2,
// unless the YAML says otherwise), then longest span, then the earlier pattern (exclusions are
// listed first); a candidate overlapping one already taken is dropped. Adjacent metrics joined
// by "to", "→" or "->" become one before → after metric.
//
// A metric is a number in context: every match, metric or exclusion, must hold a number
// trigger, an ASCII digit or a run of ASCII letters that is one of metrics.yaml's
// `number_words` ("dozen", "doubled"; compared lower-cased). A match without one is dropped,
// and an item without any trigger is not matched at all: that skips the RE2 Sets, the costliest
// part of tagging, for every bullet that holds no number.

#include <atomic>
#include <bitset>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "core/error.h"
#include "lexicon/lexicon_data.h"
#include "tag/metric.h"
#include "tag/required_text_index.h"

namespace hirelint {

// How Build checks the patterns' syntax.
enum class PatternCheck {
  kParseNow,        // parse every pattern in Build: an error names its file, line and column
  kCheckedByBuild,  // the embedded lexicons: tools/lexicon_blob.cc parsed them when it
                    // serialized them, so nothing is parsed before Find needs it
};

// How MetricRecognizer uses RE2's Sets; tests change them.
struct MetricSetLimits {
  // RE2's budget for each Set and each pattern: a ceiling, used only by the DFA states a text
  // needs.
  int64_t max_mem = 32 << 20;
  // The text Find prefilters by the strings each pattern requires (RequiredTextIndex, when Build
  // was given one for its patterns) before the split Sets take over; the Sets are not compiled
  // until then. Text announced ahead (AnnounceText) counts too, so an input known to be larger
  // starts with the Sets.
  size_t sets_after_bytes = 192 << 10;
  // The text Find sees before one Set over every entry takes over from the split Sets.
  size_t whole_set_after_bytes = 4 << 20;
  // While the first prefilter serves, Find searches short patterns anchored, with RE2's
  // BitState and no DFA (MetricRecognizer::Searcher), if the text seen and announced is at
  // most anchored_until_bytes and the items announced average at most anchored_item_bytes.
  // On more text, or longer items, the DFAs' states pay for themselves: tagging 25 kB of
  // bench bullets took 168.6 M instructions unanchored and 180.3 M anchored; linting a 3.8 kB
  // CV 104.1 M and 92.3 M. (`score` announces no item count: stories are long.)
  size_t anchored_until_bytes = 8 << 10;
  size_t anchored_item_bytes = 256;
};

class MetricRecognizer {
 public:
  // With kParseNow, parses every pattern, and an invalid one is an error at its file, line and
  // column. The patterns and their Set are compiled when Find first needs them: a run whose
  // items hold no number, or come from the metric cache, compiles none of them.
  // `prefilter_index`: RequiredTextIndex::Serialize of Requirements(), from the build for the
  // embedded lexicons; used only if written for these patterns (their fingerprint). Without it
  // there is no first prefilter: the Sets serve from the start.
  static Result<std::shared_ptr<const MetricRecognizer>> Build(
      const std::vector<MetricPatternSpec>& specs, const std::vector<std::string>& number_words,
      PatternCheck check = PatternCheck::kParseNow, MetricSetLimits limits = {},
      std::string_view prefilter_index = {});

  std::vector<Metric> Find(std::string_view text) const;

  // Says that about `bytes` of text are about to be searched (a file's items, before they are
  // tagged). Tagging 600 kB of new bullets took 843 M instructions with the Sets throughout,
  // 906 M with the first prefilter throughout and 976 M switching at 256 kB: the Sets' cold
  // start came on top. So an input announced larger than sets_after_bytes skips the first
  // prefilter. It changes no result.
  // `items`: how many items the text is, when known (MetricSetLimits::anchored_item_bytes).
  void AnnounceText(size_t bytes, size_t items = 0) const {
    announced_bytes_.fetch_add(bytes, std::memory_order_relaxed);
    announced_items_.fetch_add(items, std::memory_order_relaxed);
  }

  // The longest pattern source searched anchored (Searcher): longer ones mostly compile to
  // programs too large for RE2's BitState, and compiling them to find out cost more than it
  // saved (on the bench CV, with 450, 600, 800 and 1,200 bytes: 101.7, 99.8, 110.4 and
  // 113.9 M instructions, 105.9 M with none).
  static constexpr size_t kAnchoredSourceMax = 600;

  // How many RE2::Sets the prefilter is split into at first (see PrefilterGroup).
  static constexpr size_t kSetGroups = 8;

  // Compiles every pattern and the Set now, as Find would on first need. An Error names the
  // first pattern or prefilter RE2 cannot compile (bad syntax, or too large), or says that the
  // Set cannot be compiled, which Find survives by trying each entry alone. The build runs it
  // on the embedded lexicons (tools/lexicon_blob.cc).
  std::optional<Error> CheckCompiles() const;

  // What every match of each pattern must contain (RequiredTextOf), in pattern order: the first
  // prefilter's answer, computed by the build for the embedded lexicons.
  std::vector<RequiredText> Requirements() const;

  // Names what Find computes: equal for recognizers built from equal patterns and number
  // words (the metric cache keys its files with it, with the build of the binary).
  uint64_t fingerprint() const { return fingerprint_; }

 private:
  // A pattern is compiled on its first use: most items need few of them, and compiling all
  // of them took about half of the start-up of a one-CV run (measured: ~11 of ~24 ms).
  struct Pattern {
    std::string source;
    mutable std::once_flag compiled;
    mutable std::unique_ptr<RE2> re;
    mutable int metric_group = 0;  // 0: the whole match; otherwise the group named "m"
    // `source` as AnchoredSource gives it, compiled on first use (Searcher); null when RE2
    // cannot compile it or its program is too large for BitState, and then `re` serves.
    mutable std::once_flag anchored_compiled;
    mutable std::unique_ptr<RE2> anchored;
    mutable int anchored_metric_group = 1;  // in `anchored`'s numbering: group 1 is the match
    mutable size_t anchored_max_text = 0;   // the longest text RE2 surely runs BitState on
    std::string reject_source;              // "" for none
    // Drops a match whose text contains it. Compiled in Build with kParseNow (so an error has
    // its position), else on first use (RejectCompiles).
    mutable std::unique_ptr<RE2> reject;
    mutable std::once_flag reject_compiled;
    int tier = 1;
    bool exclude = false;
    std::string kind;
    std::string stage;
    double stage_min = 0;
    SourceRef where;
    SourceRef entry_where;  // of what stands for it in the Set: its prefilter, or itself
  };
  MetricRecognizer() = default;
  // Appends the byte offsets of the number triggers in `low`, the item's text lower-cased, to
  // *at, ascending (a word's offset is its first letter).
  void FindTriggers(std::string_view low, std::vector<size_t>* at) const;
  // Appends to *which the indexes of the patterns that can match `low`, in no order. Returns
  // whether to search them anchored (MetricSetLimits::anchored_until_bytes): only when the
  // first prefilter answered.
  bool Prefilter(std::string_view low, std::vector<int>* which) const;
  // The compiled pattern, with its reject, or nullptr in the one case Build could not rule out
  // (RE2 refusing to compile a pattern it parsed).
  const RE2* Compiled(const Pattern& p) const;
  // `source` compiled as a pattern, within limits_.max_mem; *metric_group is set to the
  // number of its group named "m", if it has one.
  std::unique_ptr<RE2> CompilePattern(const std::string& source, int* metric_group) const;
  // Whether `p` has no reject or one RE2 compiles (compiling it on first use).
  bool RejectCompiles(const Pattern& p) const;
  // How Find searches a pattern: the RE2, its anchor, and the numbers of the groups that hold
  // the whole match and the metric.
  struct Search {
    const RE2* re = nullptr;  // null when Compiled is
    RE2::Anchor anchor = RE2::UNANCHORED;
    int whole_group = 0;
    int metric_group = 0;
  };
  // How to search `p` in a text of `text_size` bytes; `anchored` as Prefilter answered.
  //
  // RE2 finds an unanchored match with groups in three passes: a forward DFA for its end, a
  // reverse DFA (with a reverse program compiled for it) for its start, then BitState or
  // OnePass over the match. On text it has not seen, the DFAs build a state at almost every
  // byte, and threads searching one pattern take turns at its DFA's lock. `\C*?(pattern)`
  // anchored at the search's start has the same match as the pattern unanchored (RE2's
  // unanchored program starts with that loop over any byte), and RE2 runs it with BitState
  // alone on a program small enough and text short
  // enough: no DFA, no reverse program, nothing shared. BitState's work, though, grows with
  // the text and the program, where the DFAs' states serve every later item: so only on a
  // small input of short items (MetricSetLimits::anchored_until_bytes), and for a pattern of
  // at most kAnchoredSourceMax bytes in text up to its anchored_max_text. Otherwise the
  // pattern itself. It changes no result.
  Search Searcher(const Pattern& p, size_t text_size, bool anchored) const;
  std::vector<std::unique_ptr<Pattern>> patterns_;  // once_flag pins each Pattern in place
  // The first prefilter: which patterns' required strings (RequiredTextOf; the build writes
  // the index for the embedded lexicons) an item holds. It lets through patterns that then do
  // not match, but on a CV it costs ~4 M instructions where building and running the Sets cost
  // 79 M of 157 M (the CV went to 106.5 M). Past sets_after_bytes the Sets' exact answers win
  // (see AnnounceText). Read on first use; null without the build's index.
  mutable std::unique_ptr<RequiredTextIndex> required_;
  mutable std::once_flag required_built_;
  std::string_view prefilter_index_;  // Build's `prefilter_index`
  // Which patterns can match: entry i is patterns_[i]'s prefilter or, without one, the pattern
  // (less its optional head). The entries are split, in order, into kSetGroups RE2::Sets: one
  // Set over all of them builds a DFA whose states multiply with every pattern in flight, and
  // on text it has not seen, building states was most of tagging's time. After
  // MetricSetLimits::whole_set_after_bytes, when its DFA has the states such text needs, one Set
  // over all of them (whole_) takes over. Both answer exactly the same (metric_recognizer.cc).
  struct PrefilterGroup {
    size_t first = 0;                         // the index of the group's first entry
    size_t size = 0;                          // how many entries it has
    std::unique_ptr<RE2::Set> set;            // null when it could not be compiled; then
    std::vector<std::unique_ptr<RE2>> alone;  // each entry, compiled alone
  };
  // Fills group->set, or else group->alone, from the group's entries.
  void BuildGroup(PrefilterGroup* group) const;
  // Builds every split Set once. The threads that call it first share the work: each claims
  // the next Set nobody is building (a one-CV run spent 47 of its 161 M instructions here, on
  // one thread while the others waited), then waits for the rest.
  void BuildSplit() const;
  void BuildWhole() const;  // whole_, once
  std::vector<std::string> set_entries_;
  // The split Sets: split_[0, split_count_), their ranges set by Build, their Sets built on
  // first use by BuildSplit.
  mutable PrefilterGroup split_[kSetGroups];
  mutable std::once_flag split_built_[kSetGroups];
  size_t split_count_ = 0;
  mutable std::atomic<size_t> split_claimed_{0};      // the next split Set a thread may claim
  mutable std::atomic<bool> split_ready_{false};      // every split Set is built
  mutable std::atomic<size_t> prefiltered_bytes_{0};  // text seen by Prefilter so far
  mutable std::atomic<size_t> announced_bytes_{0};    // text announced by AnnounceText
  mutable std::atomic<size_t> announced_items_{0};    // items announced by AnnounceText
  mutable PrefilterGroup whole_;                      // every entry, built when it takes over
  mutable std::once_flag whole_compiled_;
  uint64_t fingerprint_ = 0;
  MetricSetLimits limits_;
  std::vector<std::string> number_words_;  // sorted, for binary search
  size_t longest_number_word_ = 0;
  // A cheap test before the search: whether a number word starts with these two letters a-z.
  static size_t LetterPair(char a, char b) { return size_t(a - 'a') * 26 + size_t(b - 'a'); }
  std::bitset<26 * 26> number_word_starts_;
};

// `source` as (?s:\C*?)(source): anchored at the start of a search, it matches what `source`
// matches unanchored, its group 1 being that match and its other groups `source`'s, one
// number later (MetricRecognizer::Searcher). \C, any byte, as in RE2's own unanchored
// program: `.` would not step over a byte that is not a whole UTF-8 character, and a search
// may start inside one (Find goes on one byte after a rejected match's start).
std::string AnchoredSource(std::string_view source);

// Parses the leading number of a metric's text: "1.2M" -> 1.2e6, "$12k" -> 12000,
// "doubled" -> 2. Returns 0 when there is none.
double ParseMetricValue(std::string_view text, std::string* unit);

}  // namespace hirelint
