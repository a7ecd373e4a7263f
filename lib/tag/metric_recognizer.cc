#include "tag/metric_recognizer.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>

namespace hirelint {
namespace {

constexpr size_t kPrefilterSets = 6;
constexpr int64_t kPrefilterMaxMem = 32 << 20;

RE2::Options PatternOptions() {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);  // errors are returned as values, with the lexicon position
  return options;
}

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
    const std::vector<MetricPatternSpec>& specs, const std::vector<std::string>& number_words) {
  std::shared_ptr<MetricRecognizer> out(new MetricRecognizer());
  out->number_words_ = number_words;
  std::sort(out->number_words_.begin(), out->number_words_.end());
  for (const std::string& w : number_words) {
    out->longest_number_word_ = std::max(out->longest_number_word_, w.size());
    // The lexicon parser allows only 1 to 40 letters a-z; anything else could never trigger.
    if (w.empty() || w[0] < 'a' || w[0] > 'z' || w.size() > 63) continue;
    out->number_word_first_letters_ |= 1u << (w[0] - 'a');
    out->number_word_lengths_ |= uint64_t{1} << w.size();
  }
  // The prefilter is split into kPrefilterSets RE2::Sets over consecutive patterns: a Set
  // uniting many of them has so many large DFA states that its cache is reset over and over and
  // the search runs near NFA speed. Measured, Set prefilter only, warm, over 10 MB of bench
  // corpus bullets: 3 Sets 9.3 MB/s (one of them thrashing at 10.6 MB/s), 6 Sets 23.2 MB/s,
  // 12 Sets 19.8 MB/s; with 6 Sets a budget of 16 MiB each gives 5.0 MB/s, 32 MiB 23.2,
  // 64 MiB 23.3. Cold, on one two-page CV: 3 Sets 19 ms, 6 Sets 15 ms. The budget is a
  // ceiling: memory is used only by the states a text needs.
  size_t per_set = std::max<size_t>(1, (specs.size() + kPrefilterSets - 1) / kPrefilterSets);
  RE2::Options set_options = PatternOptions();
  set_options.set_max_mem(kPrefilterMaxMem);
  for (const MetricPatternSpec& spec : specs) {
    auto p = std::make_unique<Pattern>();
    p->source = spec.pattern;
    if (!spec.reject.empty()) {
      p->reject = std::make_unique<RE2>(spec.reject, PatternOptions());
      if (!p->reject->ok()) {
        return PatternError(spec.where, "invalid RE2 reject pattern: " + p->reject->error());
      }
    }
    p->tier = spec.tier;
    p->exclude = spec.kind == "exclude";
    p->kind = spec.kind;
    p->stage = spec.stage;
    p->stage_min = spec.stage_min;
    if (out->patterns_.size() % per_set == 0) {
      out->prefilters_.push_back(
          {std::make_unique<RE2::Set>(set_options, RE2::UNANCHORED), out->patterns_.size()});
    }
    // The Set parses the pattern as the lazily compiled RE2 will: syntax errors surface here.
    std::string error;
    if (out->prefilters_.back().set->Add(spec.pattern, &error) < 0) {
      return PatternError(spec.where, "invalid RE2 pattern: " + error);
    }
    out->patterns_.push_back(std::move(p));
  }
  for (const Prefilter& prefilter : out->prefilters_) {
    if (!prefilter.set->Compile()) {
      Error e;
      e.kind = ErrorKind::kLexicon;
      e.message = "metric patterns are too large to compile together";
      return e;
    }
  }
  out->arrow_ = std::make_unique<RE2>(R"(^\s*(?:to|→|->|=>|⟶|-->|—>)\s*$)", PatternOptions());
  out->bare_before_ = std::make_unique<RE2>(
      R"((?:from\s+)?([~≈<>]?\s*[$£€₹]?\d[\d,]*(?:\.\d+)?\s*[kmb]?)\s*(?:to|→|->|=>)\s*$)",
      PatternOptions());
  return std::shared_ptr<const MetricRecognizer>(out);
}

const RE2* MetricRecognizer::Compiled(const Pattern& p) const {
  std::call_once(p.compiled, [&p] {
    RE2::Options options = PatternOptions();
    options.set_max_mem(kPrefilterMaxMem);  // the budget its Set compiled within
    p.re = std::make_unique<RE2>(p.source, options);
    auto named = p.re->NamedCapturingGroups();
    auto m = named.find("m");
    if (m != named.end()) p.metric_group = m->second;
  });
  return p.re->ok() ? p.re.get() : nullptr;
}

void MetricRecognizer::FindTriggers(std::string_view text, std::vector<size_t>* at) const {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  char word[64];
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      at->push_back(i++);
    } else if (letter(c)) {
      size_t end = i;
      while (end < text.size() && letter(text[end])) ++end;
      size_t n = end - i;
      char first = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (n <= longest_number_word_ && n < sizeof word && ((number_word_lengths_ >> n) & 1) &&
          ((number_word_first_letters_ >> (first - 'a')) & 1)) {
        for (size_t k = 0; k < n; ++k) {
          word[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i + k])));
        }
        if (std::binary_search(number_words_.begin(), number_words_.end(),
                               std::string_view(word, n))) {
          at->push_back(i);
        }
      }
      i = end;
    } else {
      ++i;
    }
  }
}

std::vector<Metric> MetricRecognizer::Find(std::string_view text) const {
  if (text.empty()) return {};
  thread_local std::vector<size_t> triggers;
  triggers.clear();
  FindTriggers(text, &triggers);
  if (triggers.empty()) return {};
  auto holds_trigger = [&](size_t begin, size_t end) {
    auto it = std::lower_bound(triggers.begin(), triggers.end(), begin);
    return it != triggers.end() && *it < end;
  };
  // Per-thread scratch, cleared for each item: Find runs once per item.
  thread_local std::vector<int> which;
  thread_local std::vector<int> matched;
  thread_local std::vector<Candidate> candidates;
  thread_local std::vector<Candidate> chosen;
  which.clear();
  candidates.clear();
  chosen.clear();
  for (const Prefilter& prefilter : prefilters_) {
    matched.clear();
    if (!prefilter.set->Match(text, &matched)) continue;
    for (int index : matched) which.push_back(index + static_cast<int>(prefilter.first));
  }
  if (which.empty()) return {};
  std::sort(which.begin(), which.end());
  re2::StringPiece groups[16];
  for (int index : which) {
    const Pattern& p = *patterns_[static_cast<size_t>(index)];
    const RE2* re = Compiled(p);
    if (re == nullptr) continue;
    int ngroups = std::min(p.metric_group + 1, 16);
    size_t pos = 0;
    while (pos <= text.size() &&
           re->Match(text, pos, text.size(), RE2::UNANCHORED, groups, ngroups)) {
      const re2::StringPiece& whole = groups[0];
      const re2::StringPiece& span = groups[p.metric_group].data() ? groups[p.metric_group] : whole;
      size_t b = static_cast<size_t>(span.data() - text.data());
      size_t e = b + span.size();
      bool rejected = p.reject && RE2::PartialMatch(text.substr(b, e - b), *p.reject);
      size_t whole_begin = static_cast<size_t>(whole.data() - text.data());
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
      std::string_view between = text.substr(prev.end, c.begin - prev.end);
      std::string merged_kind;
      if (RE2::FullMatch(between, *arrow_) && MergeKind(prev, m, &merged_kind)) {
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
    std::string_view head = text.substr(c.begin - window, window);
    re2::StringPiece head_piece(head.data(), head.size());
    if (RE2::PartialMatch(head_piece, *bare_before_, &before) &&
        (metrics.empty() ||
         metrics.back().end <= static_cast<size_t>(before.data() - text.data()))) {
      size_t b = static_cast<size_t>(before.data() - text.data());
      m.before = std::string(before.data(), before.size());
      m.after = m.text;
      m.begin = b;
      m.text = std::string(text.substr(m.begin, m.end - m.begin));
    }
    metrics.push_back(std::move(m));
  }
  return metrics;
}

}  // namespace hirelint
