#include "tag/metric_recognizer.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <map>

#include "core/ascii.h"
#include "core/fnv1a.h"
#include "tag/optional_prefix.h"
#include "tag/required_text.h"

namespace hirelint {
namespace {

// The prefilter starts as MetricRecognizer::kSetGroups Sets. On text it has not seen, one Set
// over every entry builds a DFA state at almost every byte, because the states of the patterns
// in flight multiply: over 300 kB of new bench bullets it was 45% of a lint's instructions, and
// eight Sets in order cut tagging from 869 M to 619 M instructions (876 to 618 M on another
// 300 kB; a CV 191 to 161 M). 6, 10 and 12 Sets were within 2% of 8; 2, 3 and 4 gave less, and
// splitting round-robin instead of in order gave less. Once the one Set has seen enough text,
// though, it is faster than eight passes: over the 100 MB bench corpus, eight Sets alone tagged
// at 7.9 MB/s against 10.7 for one, so after 4 MB (MetricSetLimits) the one Set takes over: 12.3.

// Patterns are matched case-sensitively against the text lower-cased in ASCII (Find does it):
// that gives the same matches as case-insensitive RE2 over ASCII, and compiling the metric
// patterns took 6.8 instead of 11.7 ms. Non-ASCII letters are not folded ("Μs" with a capital
// Greek mu is not "μs").
RE2::Options PatternOptions() {
  RE2::Options options;
  options.set_log_errors(false);  // errors are returned as values, with the lexicon position
  return options;
}

// `re` inside a group that `open` opens ("(?i:", "(?s:\C*?)("). RE2 reads \Q...\E without
// its \E to the end of the pattern, where it would quote the closing parenthesis too; inside
// a quote only \E is special.
std::string InGroup(std::string_view open, std::string_view re) {
  bool quoted = false;
  for (size_t i = 0; i + 1 < re.size(); ++i) {
    if (re[i] != '\\') continue;
    if (!quoted) {
      quoted = re[i + 1] == 'Q';
      ++i;
    } else if (re[i + 1] == 'E') {
      quoted = false;
      ++i;
    }
  }
  return std::string(open) + std::string(re) + (quoted ? "\\E)" : ")");
}

// Whether `re` holds an ASCII capital that stands for a letter of the text: one outside escapes
// (\S, \pL, \p{Greek}, \x{41}), group names ((?P<Name>...)) and flag groups ((?U)). A false
// "yes" costs speed only; a false "no" would make the pattern miss capitals, so \Q...\E
// literals are looked into.
bool HasUpperCaseLiteral(std::string_view re) {
  auto upper = [](std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  for (size_t i = 0; i < re.size(); ++i) {
    char c = re[i];
    if (c == '\\') {
      if (i + 1 >= re.size()) return false;
      char e = re[i + 1];
      if (e == 'Q') {
        size_t end = re.find("\\E", i + 2);
        if (upper(re.substr(i + 2, end == std::string_view::npos ? end : end - i - 2))) return true;
        if (end == std::string_view::npos) return false;
        i = end + 1;
      } else if ((e == 'p' || e == 'P' || e == 'x') && i + 2 < re.size() && re[i + 2] == '{') {
        i = re.find('}', i + 2);
        if (i == std::string_view::npos) return false;
      } else {
        i += (e == 'p' || e == 'P') ? 2 : 1;  // \pL names its class with one letter
      }
    } else if (c == '(' && i + 1 < re.size() && re[i + 1] == '?') {
      size_t j = i + 2;
      if (j + 1 < re.size() && re[j] == 'P' && re[j + 1] == '<') {
        i = re.find('>', j);
        if (i == std::string_view::npos) return false;
      } else {
        while (j < re.size() && (std::isalpha(static_cast<unsigned char>(re[j])) || re[j] == '-'))
          ++j;
        i = j - 1;
      }
    } else if (c >= 'A' && c <= 'Z') {
      return true;
    }
  }
  return false;
}

// The source to compile for a lexicon pattern, to be matched against lower-cased text.
std::string MatchSource(std::string_view re) {
  return HasUpperCaseLiteral(re) ? InGroup("(?i:", re) : std::string(re);
}

// What the prefilter Set holds for a pattern or its prefilter: the same, less its optional
// head, which changes nothing about whether it matches somewhere (optional_prefix.h).
std::string SetSource(const std::string& re) {
  return MatchSource(std::string_view(re).substr(OptionalPrefixLength(re)));
}

// The text joining a before and an after metric ("120 ms to 68 ms"), compiled on first use.
const RE2& Arrow() {
  static const RE2* const arrow = new RE2(R"(^\s*(?:to|→|->|=>|⟶|-->|—>)\s*$)", PatternOptions());
  return *arrow;
}

// "from 120 to " before a metric: its group is the before value.
const RE2& BareBefore() {
  static const RE2* const bare_before =
      new RE2(R"((?:from\s+)?([~≈<>]?\s*[$£€₹]?\d[\d,]*(?:\.\d+)?\s*[kmb]?)\s*(?:to|→|->|=>)\s*$)",
              PatternOptions());
  return *bare_before;
}

// FNV-1a over length-prefixed strings: the same lexicon gives the same value in every build
// and on every machine.
class Fingerprint {
 public:
  void Add(std::string_view s) { hash_ = Fnv1a(s, Fnv1a(std::to_string(s.size()) + ":", hash_)); }
  uint64_t value() const { return hash_; }

 private:
  uint64_t hash_ = kFnv1aOffset;
};

struct Candidate {
  size_t begin, end;
  size_t pattern;
  bool exclude;
  int tier;
};

Error PatternError(const SourceRef& where, const std::string& message) {
  Error e;
  e.kind = ErrorKind::kLexicon;
  e.path = where.origin;
  e.line = where.line;
  e.column = where.column;
  e.message = message;
  return e;
}

// "1.2M", "340", "~3,500": a number with at most a magnitude suffix and no noun.
bool IsBareNumber(const std::string& text) {
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c)) && c != 'k' && c != 'K' && c != 'm' &&
        c != 'M' && c != 'b' && c != 'B') {
      return false;
    }
  }
  return true;
}

// Whether two metrics joined by an arrow describe one change, and the kind of the result.
bool MergeKind(const Metric& before, const Metric& after, std::string* kind) {
  const std::string& a = before.kind;
  const std::string& b = after.kind;
  auto time = [](const std::string& k) { return k == "latency" || k == "duration"; };
  if (a == b) {
    *kind = a;
  } else if (time(a) && time(b)) {
    *kind = a == "latency" || b == "latency" ? "latency" : "duration";
  } else if ((a == "score" && b == "percent") || (a == "percent" && b == "score")) {
    *kind = "score";
  } else if (a == "count" && IsBareNumber(before.text)) {
    *kind = b;
  } else {
    return false;
  }
  return true;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

double ParseMetricValue(std::string_view text, std::string* unit) {
  static const std::map<std::string, double> kWords = {
      {"two", 2},        {"three", 3},      {"four", 4},       {"five", 5},        {"six", 6},
      {"seven", 7},      {"eight", 8},      {"nine", 9},       {"ten", 10},        {"eleven", 11},
      {"twelve", 12},    {"fifteen", 15},   {"twenty", 20},    {"dozen", 12},      {"dozens", 24},
      {"hundred", 100},  {"hundreds", 100}, {"thousand", 1e3}, {"thousands", 1e3}, {"million", 1e6},
      {"millions", 1e6}, {"billion", 1e9},  {"billions", 1e9}, {"tens", 10},       {"halved", 2},
      {"doubled", 2},    {"tripled", 3},    {"quadrupled", 4}, {"tenfold", 10},    {"twofold", 2},
      {"threefold", 3},  {"fivefold", 5},   {"half", 2}};
  size_t i = 0;
  while (i < text.size() && !std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i == text.size()) {
    // Number words multiply: "hundreds of thousands" is 100 * 1000.
    std::string lower = Lower(text);
    double value = 0;
    size_t at = 0;
    while (at < lower.size()) {
      size_t end = at;
      while (end < lower.size() && std::isalpha(static_cast<unsigned char>(lower[end]))) ++end;
      auto it = kWords.find(lower.substr(at, end - at));
      if (it != kWords.end()) value = value == 0 ? it->second : value * it->second;
      at = end + 1;
    }
    if (unit) *unit = "";
    return value;
  }
  std::string digits;
  size_t j = i;
  while (j < text.size() &&
         (std::isdigit(static_cast<unsigned char>(text[j])) || text[j] == ',' || text[j] == '.')) {
    if (text[j] != ',') digits += text[j];
    ++j;
  }
  while (!digits.empty() && digits.back() == '.') digits.pop_back();
  double value = std::strtod(digits.c_str(), nullptr);
  size_t k = j;
  while (k < text.size() && text[k] == ' ') ++k;
  std::string rest = Lower(text.substr(k));
  auto starts = [&](const char* s) {
    size_t n = std::char_traits<char>::length(s);
    return rest.compare(0, n, s) == 0 &&
           (rest.size() == n || !std::isalpha(static_cast<unsigned char>(rest[n])));
  };
  // Magnitude words after the number; `starts` wants a whole word, so order does not matter.
  static const struct {
    const char* word;
    double times;
  } kMagnitudes[] = {{"k", 1e3},       {"thousand", 1e3}, {"mm", 1e6}, {"m", 1e6},
                     {"million", 1e6}, {"bn", 1e9},       {"b", 1e9},  {"billion", 1e9}};
  size_t suffix = 0;
  for (const auto& magnitude : kMagnitudes) {
    if (starts(magnitude.word)) {
      value *= magnitude.times;
      suffix = std::char_traits<char>::length(magnitude.word);
      break;
    }
  }
  if (unit) {
    std::string u = rest.substr(suffix);
    size_t b = u.find_first_not_of(" +");
    u = b == std::string::npos ? "" : u.substr(b);
    size_t cut = u.find_first_of(" ,;)");
    if (cut != std::string::npos && u.compare(0, 3, "per") != 0) u = u.substr(0, cut);
    if (u.empty()) {
      std::string prefix(text.substr(0, i));
      for (const char* sym : {"$", "£", "€", "₹"}) {
        if (prefix.find(sym) != std::string::npos) u = sym;
      }
    }
    *unit = u;
  }
  return value;
}

Result<std::shared_ptr<const MetricRecognizer>> MetricRecognizer::Build(
    const std::vector<MetricPatternSpec>& specs, const std::vector<std::string>& number_words,
    PatternCheck check, MetricSetLimits limits, std::string_view prefilter_index) {
  std::shared_ptr<MetricRecognizer> out(new MetricRecognizer());
  out->limits_ = limits;
  out->prefilter_index_ = prefilter_index;
  out->number_words_ = number_words;
  std::sort(out->number_words_.begin(), out->number_words_.end());
  for (const std::string& w : number_words) {
    out->longest_number_word_ = std::max(out->longest_number_word_, w.size());
    // The lexicon parser allows only 1 to 40 letters a-z; anything else could never trigger.
    if (w.size() >= 2 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'a' && w[1] <= 'z') {
      out->number_word_starts_[LetterPair(w[0], w[1])] = true;
    }
  }
  Fingerprint fingerprint;
  for (const std::string& w : out->number_words_) fingerprint.Add(w);
  const bool parse_now = check == PatternCheck::kParseNow;
  RE2::Options set_options = PatternOptions();
  set_options.set_max_mem(limits.max_mem);
  // Parses every Set entry and every whole pattern the Set does not hold: syntax errors surface
  // here, with their positions, though nothing is compiled.
  RE2::Set syntax_check(set_options, RE2::UNANCHORED);
  for (const MetricPatternSpec& spec : specs) {
    auto p = std::make_unique<Pattern>();
    p->source = MatchSource(spec.pattern);
    if (!spec.reject.empty()) p->reject_source = MatchSource(spec.reject);
    p->tier = spec.tier;
    p->exclude = spec.kind == "exclude";
    p->kind = spec.kind;
    p->stage = spec.stage;
    p->stage_min = spec.stage_min;
    p->where = spec.where;
    p->entry_where = spec.prefilter.empty() ? spec.where : spec.prefilter_where;
    for (const std::string* field :
         {&spec.kind, &spec.stage, &spec.pattern, &spec.prefilter, &spec.reject}) {
      fingerprint.Add(*field);
    }
    uint64_t stage_min_bits = 0;
    std::memcpy(&stage_min_bits, &spec.stage_min, sizeof stage_min_bits);
    fingerprint.Add(std::to_string(spec.tier) + " " + std::to_string(stage_min_bits));
    // The Set parses its entry as the lazily compiled RE2 will: syntax errors surface here. An
    // entry that is not the whole pattern (a prefilter, or the pattern less its optional head)
    // leaves the whole to be parsed alone, never compiled.
    std::string error;
    if (parse_now && !p->reject_source.empty()) {
      // Compiled now, not only parsed: RE2 refuses some rejects it parses (too large), and
      // lexicons from --lexicons or a config get no other check (CheckCompiles is the build's).
      p->reject = std::make_unique<RE2>(p->reject_source, PatternOptions());
      if (!p->reject->ok()) {
        return PatternError(spec.where, "invalid RE2 reject pattern: " + p->reject->error());
      }
    }
    const bool has_prefilter = !spec.prefilter.empty();
    std::string entry = SetSource(has_prefilter ? spec.prefilter : spec.pattern);
    if (parse_now && entry != p->source && syntax_check.Add(p->source, &error) < 0) {
      return PatternError(spec.where, "invalid RE2 pattern: " + error);
    }
    if (parse_now && syntax_check.Add(entry, &error) < 0) {
      return PatternError(
          has_prefilter ? spec.prefilter_where : spec.where,
          std::string(has_prefilter ? "invalid RE2 prefilter pattern: " : "invalid RE2 pattern: ") +
              error);
    }
    out->set_entries_.push_back(std::move(entry));
    out->patterns_.push_back(std::move(p));
  }
  out->fingerprint_ = fingerprint.value();
  const size_t n = out->set_entries_.size();
  for (size_t g = 0; g < kSetGroups; ++g) {
    size_t first = g * n / kSetGroups, end = (g + 1) * n / kSetGroups;
    if (first == end) continue;
    PrefilterGroup& group = out->split_[out->split_count_++];
    group.first = first;
    group.size = end - first;
  }
  out->whole_.size = n;
  return std::shared_ptr<const MetricRecognizer>(out);
}

void MetricRecognizer::BuildGroup(PrefilterGroup* group) const {
  RE2::Options options = PatternOptions();
  options.set_max_mem(limits_.max_mem);
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  const size_t end = group->first + group->size;
  bool added = true;
  for (size_t i = group->first; i < end && added; ++i) {
    added = set->Add(set_entries_[i], nullptr) >= 0;
  }
  if (added && set->Compile()) {
    group->set = std::move(set);
    return;
  }
  // Too large for one Set (a big custom lexicon): each entry alone answers the same question.
  std::vector<std::unique_ptr<RE2>> alone;
  for (size_t i = group->first; i < end; ++i) {
    alone.push_back(std::make_unique<RE2>(set_entries_[i], options));
  }
  group->alone = std::move(alone);
}

void MetricRecognizer::BuildSplit() const {
  if (split_ready_.load(std::memory_order_acquire)) return;
  // call_once runs the build again if it throws (bad_alloc), in whichever thread calls next
  // (the standard's contract; glibc's pthread_once keeps it): a group is published whole or
  // not at all, and the second loop retries what a claim left.
  for (size_t g; (g = split_claimed_.fetch_add(1, std::memory_order_relaxed)) < split_count_;) {
    std::call_once(split_built_[g], [this, g] { BuildGroup(&split_[g]); });
  }
  for (size_t g = 0; g < split_count_; ++g) {
    std::call_once(split_built_[g], [this, g] { BuildGroup(&split_[g]); });
  }
  split_ready_.store(true, std::memory_order_release);
}

void MetricRecognizer::BuildWhole() const {
  std::call_once(whole_compiled_, [this] {
    if (whole_.size > 0) BuildGroup(&whole_);
  });
}

bool MetricRecognizer::Prefilter(std::string_view low, std::vector<int>* which) const {
  const size_t seen =
      prefiltered_bytes_.fetch_add(low.size(), std::memory_order_relaxed) + low.size();
  if (std::max(seen, announced_bytes_.load(std::memory_order_relaxed)) <=
      limits_.sets_after_bytes) {
    // Only the build's index: walking the patterns here took ~590 M instructions (a CV with a
    // --lexicons overlay that adds a pattern: 1,050 M against 502 M with the Sets), so
    // lexicons that change the patterns go to the Sets from the start.
    std::call_once(required_built_, [this] {
      required_ = RequiredTextIndex::Deserialize(prefilter_index_, fingerprint_);
      if (required_ && required_->size() != patterns_.size()) required_.reset();
    });
    if (required_) {
      thread_local std::string normalized;
      NormalizeForRequiredText(low, &normalized);
      required_->Satisfied(normalized, which);
      const size_t announced = announced_bytes_.load(std::memory_order_relaxed);
      const size_t items = announced_items_.load(std::memory_order_relaxed);
      return items > 0 && std::max(seen, announced) <= limits_.anchored_until_bytes &&
             announced <= items * limits_.anchored_item_bytes;
    }
  }
  // Compiling the Sets is a third of a one-CV run: it waits for the first item with a number
  // trigger, so a run that needs no metric search (every item in the cache) never pays it.
  BuildSplit();
  const PrefilterGroup* begin = split_;
  const PrefilterGroup* end = split_ + split_count_;
  // Past whole_set_after_bytes of text, one Set over every entry: by then its DFA has the states
  // text like this needs, and one pass is cheaper than eight.
  if (seen > limits_.whole_set_after_bytes) {
    BuildWhole();
    begin = &whole_;
    end = whole_.size > 0 ? begin + 1 : begin;
  }
  thread_local std::vector<int> part;
  for (const PrefilterGroup* it = begin; it != end; ++it) {
    const PrefilterGroup& group = *it;
    if (group.set) {
      part.clear();
      RE2::Set::ErrorInfo error{RE2::Set::kNoError};
      if (group.set->Match(low, &part, &error) || error.kind == RE2::Set::kNoError) {
        for (int i : part) which->push_back(static_cast<int>(group.first) + i);
      } else {
        // The DFA ran out of memory on this text: the Set cannot rule anything out, so each of
        // its patterns is tried (each falls back to RE2's NFA if its own DFA does too).
        for (size_t i = 0; i < group.size; ++i) which->push_back(static_cast<int>(group.first + i));
      }
      continue;
    }
    for (size_t i = 0; i < group.alone.size(); ++i) {
      // An entry RE2 cannot compile alone rules nothing out: its pattern is tried.
      if (!group.alone[i]->ok() || RE2::PartialMatch(low, *group.alone[i])) {
        which->push_back(static_cast<int>(group.first + i));
      }
    }
  }
  return false;
}

bool MetricRecognizer::RejectCompiles(const Pattern& p) const {
  if (p.reject_source.empty()) return true;
  std::call_once(p.reject_compiled, [&p] {
    // Build compiled it already for kParseNow.
    if (!p.reject) p.reject = std::make_unique<RE2>(p.reject_source, PatternOptions());
  });
  return p.reject->ok();
}

std::string AnchoredSource(std::string_view source) { return InGroup("(?s:\\C*?)(", source); }

std::unique_ptr<RE2> MetricRecognizer::CompilePattern(const std::string& source,
                                                      int* metric_group) const {
  RE2::Options options = PatternOptions();
  options.set_max_mem(limits_.max_mem);  // the budget its Set compiled within
  auto re = std::make_unique<RE2>(source, options);
  auto named = re->NamedCapturingGroups();
  auto m = named.find("m");
  if (m != named.end()) *metric_group = m->second;
  return re;
}

const RE2* MetricRecognizer::Compiled(const Pattern& p) const {
  std::call_once(p.compiled, [this, &p] { p.re = CompilePattern(p.source, &p.metric_group); });
  return p.re->ok() && RejectCompiles(p) ? p.re.get() : nullptr;
}

MetricRecognizer::Search MetricRecognizer::Searcher(const Pattern& p, size_t text_size,
                                                    bool anchored) const {
  Search s;
  if (anchored && p.source.size() <= kAnchoredSourceMax) {
    std::call_once(p.anchored_compiled, [this, &p] {
      int metric_group = 1;
      auto re = CompilePattern(AnchoredSource(p.source), &metric_group);
      // RE2 (2022-06-01) runs BitState only on programs of at most 512 instructions, and
      // on text up to 256 Kibit / (the program's list count) - 1 bytes, a count at most its
      // size. Otherwise it would run the DFA and then BitState or the NFA over the match:
      // the pattern itself serves.
      if (!re->ok() || re->ProgramSize() > 512) return;
      p.anchored_metric_group = metric_group;
      p.anchored_max_text = (256 * 1024) / static_cast<size_t>(std::max(re->ProgramSize(), 1)) - 1;
      p.anchored = std::move(re);
    });
    if (p.anchored && text_size <= p.anchored_max_text && RejectCompiles(p)) {
      s.re = p.anchored.get();
      s.anchor = RE2::ANCHOR_START;
      s.whole_group = 1;
      s.metric_group = p.anchored_metric_group;
      return s;
    }
  }
  s.re = Compiled(p);
  s.metric_group = p.metric_group;
  return s;
}

std::vector<RequiredText> MetricRecognizer::Requirements() const {
  std::vector<RequiredText> requirements;
  requirements.reserve(patterns_.size());
  for (size_t i = 0; i < patterns_.size(); ++i) {
    // The source as compiled: one with a capital is wrapped in (?i:...), which the walk gives
    // up on. Every match holds a match of the Set's entry too (a prefilter's contract), so what
    // that requires is required as well: a prefilter gates the pattern here as in the Sets.
    RequiredText required = RequiredTextOf(patterns_[i]->source);
    for (auto& clause : RequiredTextOf(set_entries_[i]).clauses) {
      if (std::find(required.clauses.begin(), required.clauses.end(), clause) ==
          required.clauses.end()) {
        required.clauses.push_back(std::move(clause));
      }
    }
    requirements.push_back(std::move(required));
  }
  return requirements;
}

std::optional<Error> MetricRecognizer::CheckCompiles() const {
  for (const auto& p : patterns_) {
    if (Compiled(*p) == nullptr) {
      return PatternError(p->where, p->re->ok()
                                        ? "invalid RE2 reject pattern: " + p->reject->error()
                                        : "invalid RE2 pattern: " + p->re->error());
    }
  }
  BuildSplit();
  BuildWhole();
  std::vector<const PrefilterGroup*> groups;
  for (size_t g = 0; g < split_count_; ++g) groups.push_back(&split_[g]);
  if (whole_.size > 0) groups.push_back(&whole_);
  for (const PrefilterGroup* group : groups) {
    if (group->set) continue;
    for (size_t i = 0; i < group->alone.size(); ++i) {
      if (!group->alone[i]->ok()) {
        return PatternError(patterns_[group->first + i]->entry_where,
                            "invalid RE2 prefilter pattern: " + group->alone[i]->error());
      }
    }
    Error e;
    e.kind = ErrorKind::kLexicon;
    e.message = "the metric patterns are too large to compile together into RE2::Sets";
    return e;
  }
  return std::nullopt;
}

void MetricRecognizer::FindTriggers(std::string_view low, std::vector<size_t>* at) const {
  auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
  size_t i = 0;
  while (i < low.size()) {
    char c = low[i];
    if (c >= '0' && c <= '9') {
      at->push_back(i++);
    } else if (letter(c)) {
      size_t end = i;
      while (end < low.size() && letter(low[end])) ++end;
      size_t n = end - i;
      if (n <= longest_number_word_ && (n < 2 || number_word_starts_[LetterPair(c, low[i + 1])]) &&
          std::binary_search(number_words_.begin(), number_words_.end(), low.substr(i, n))) {
        at->push_back(i);
      }
      i = end;
    } else {
      ++i;
    }
  }
}

std::vector<Metric> MetricRecognizer::Find(std::string_view text) const {
  if (text.empty()) return {};
  // Triggers and every RE2 work on the lower-cased copy; offsets into it are offsets into `text`.
  thread_local std::string lowered;
  lowered.assign(text.data(), text.size());
  LowerAsciiInPlace(&lowered);
  const std::string_view low(lowered);
  thread_local std::vector<size_t> triggers;
  triggers.clear();
  FindTriggers(low, &triggers);
  if (triggers.empty()) return {};
  auto holds_trigger = [&](size_t begin, size_t end) {
    auto it = std::lower_bound(triggers.begin(), triggers.end(), begin);
    return it != triggers.end() && *it < end;
  };
  // Per-thread scratch, cleared for each item: Find runs once per item.
  thread_local std::vector<int> which;
  thread_local std::vector<Candidate> candidates;
  thread_local std::vector<Candidate> chosen;
  which.clear();
  candidates.clear();
  chosen.clear();
  const bool anchored = Prefilter(low, &which);
  if (which.empty()) return {};
  std::sort(which.begin(), which.end());
  // Room for the whole match and every group up to `m`, however late `m` comes in a pattern.
  thread_local std::vector<re2::StringPiece> groups;
  for (int index : which) {
    const Pattern& p = *patterns_[static_cast<size_t>(index)];
    const Search search = Searcher(p, low.size(), anchored);
    const RE2* re = search.re;
    if (re == nullptr) continue;
    int ngroups = search.metric_group + 1;
    if (groups.size() < static_cast<size_t>(ngroups)) groups.resize(static_cast<size_t>(ngroups));
    size_t pos = 0;
    // A match must hold a trigger at or after where the search starts: past the last trigger
    // none can, which spares the search that would fail after a line's last match.
    while (pos <= low.size() && pos <= triggers.back() &&
           re->Match(low, pos, low.size(), search.anchor, groups.data(), ngroups)) {
      const re2::StringPiece& whole = groups[search.whole_group];
      const re2::StringPiece& span =
          groups[search.metric_group].data() ? groups[search.metric_group] : whole;
      size_t b = static_cast<size_t>(span.data() - low.data());
      size_t e = b + span.size();
      bool rejected = p.reject && RE2::PartialMatch(low.substr(b, e - b), *p.reject);
      size_t whole_begin = static_cast<size_t>(whole.data() - low.data());
      size_t whole_end = whole_begin + whole.size();
      if (e > b && !rejected && holds_trigger(whole_begin, whole_end)) {
        candidates.push_back({b, e, static_cast<size_t>(index), p.exclude, p.tier});
      }
      // A rejected match must not hide a shorter one inside it ("50 on 8 GPUs" holds "8 GPUs").
      size_t next = rejected ? whole_begin + 1 : std::max(whole_end, e);
      pos = next > pos ? next : pos + 1;
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.tier != b.tier) return a.tier < b.tier;
    size_t la = a.end - a.begin, lb = b.end - b.begin;
    if (la != lb) return la > lb;
    if (a.pattern != b.pattern) return a.pattern < b.pattern;  // exclusions come first in the file
    return a.begin < b.begin;
  });
  for (const Candidate& c : candidates) {
    bool overlaps = std::any_of(chosen.begin(), chosen.end(), [&](const Candidate& o) {
      return c.begin < o.end && o.begin < c.end;
    });
    if (!overlaps) chosen.push_back(c);
  }
  std::sort(chosen.begin(), chosen.end(),
            [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  std::vector<Metric> metrics;
  for (const Candidate& c : chosen) {
    if (c.exclude) continue;
    const Pattern& p = *patterns_[c.pattern];
    Metric m;
    m.kind = p.kind;
    m.stage = p.stage;
    m.begin = c.begin;
    m.end = c.end;
    m.text = std::string(text.substr(c.begin, c.end - c.begin));
    m.value = ParseMetricValue(m.text, &m.unit);
    if (m.value < p.stage_min) m.stage.clear();
    // "120 ms to 68 ms": join with the previous metric when only an arrow stands between.
    if (!metrics.empty()) {
      Metric& prev = metrics.back();
      std::string_view between = low.substr(prev.end, c.begin - prev.end);
      std::string merged_kind;
      if (RE2::FullMatch(between, Arrow()) && MergeKind(prev, m, &merged_kind)) {
        prev.before = prev.text;
        prev.after = m.text;
        prev.kind = merged_kind;
        if (prev.stage.empty()) prev.stage = m.stage;
        prev.end = m.end;
        prev.text = std::string(text.substr(prev.begin, prev.end - prev.begin));
        prev.value = m.value;
        prev.unit = m.unit;
        continue;
      }
    }
    // "from 120 to 68 ms": a bare number before the arrow is the before value.
    re2::StringPiece before;
    size_t window = std::min<size_t>(c.begin, 40);
    std::string_view head = low.substr(c.begin - window, window);
    re2::StringPiece head_piece(head.data(), head.size());
    if (RE2::PartialMatch(head_piece, BareBefore(), &before) &&
        (metrics.empty() ||
         metrics.back().end <= static_cast<size_t>(before.data() - low.data()))) {
      size_t b = static_cast<size_t>(before.data() - low.data());
      m.before = std::string(text.substr(b, before.size()));
      m.after = m.text;
      m.begin = b;
      m.text = std::string(text.substr(m.begin, m.end - m.begin));
    }
    metrics.push_back(std::move(m));
  }
  return metrics;
}

}  // namespace hirelint
