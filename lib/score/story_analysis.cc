#include "score/story_analysis.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

namespace hirelint {
namespace {

// Folded token text with a typographic apostrophe (U+2019) made plain, so "I’ve" = "i've".
std::string PlainApostrophes(std::string_view text) {
  // Most words hold no ’ (E2 80 99) at all, and run here for every token: copied as they are.
  if (text.find('\xE2') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 3) == "\xE2\x80\x99") {
      out += '\'';
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

bool IsWordToken(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber || t.kind == TokenKind::kUnit;
}

bool IsSymbol(const Token& t, std::string_view s) {
  return t.kind == TokenKind::kSymbol && t.norm == s;
}

bool IsDash(const Token& t) {
  return t.kind == TokenKind::kSymbol &&
         (t.norm == "-" || t.norm == "\xE2\x80\x93" || t.norm == "\xE2\x80\x94");
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Characters that may stand before a label or between a unit's start and its label:
// whitespace and Markdown/bullet punctuation ("- ", "### ", "**", "> ").
bool IsLeadIn(char c) {
  return IsSpace(c) || c == '#' || c == '*' || c == '_' || c == '-' || c == '>' || c == '(' ||
         c == '[' || c == '"';
}

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Length of a label separator at `at`: '-', ':', an en or em dash; 0 when there is none.
size_t SeparatorLength(std::string_view text, size_t at) {
  if (at >= text.size()) return 0;
  if (text[at] == '-' || text[at] == ':') return 1;
  if (text.compare(at, 3, "\xE2\x80\x93") == 0 || text.compare(at, 3, "\xE2\x80\x94") == 0)
    return 3;
  return 0;
}

// True when token i is the second half of a hyphenated word ("gradient-boosted",
// "GPU-accelerated"): an adjective there, not a verb, whatever its ending.
bool InCompound(const std::vector<Token>& tokens, size_t i) {
  return i >= 2 && tokens[i - 1].kind == TokenKind::kSymbol && tokens[i - 1].norm == "-" &&
         tokens[i - 2].end == tokens[i - 1].begin && tokens[i - 1].end == tokens[i].begin;
}

Error LexiconError(const PhraseEntry& entry, std::string message) {
  Error e;
  e.kind = ErrorKind::kLexicon;
  e.path = entry.where.origin;
  e.line = entry.where.line;
  e.column = entry.where.column;
  e.message = std::move(message);
  return e;
}

}  // namespace

const char* StarPartName(StarPart part) {
  switch (part) {
    case StarPart::kNone:
      return "none";
    case StarPart::kSituation:
      return "situation";
    case StarPart::kTask:
      return "task";
    case StarPart::kAction:
      return "action";
    case StarPart::kResult:
      return "result";
    case StarPart::kLesson:
      return "lesson";
  }
  return "none";
}

std::vector<std::string> StoryAnalysis::StageList() const {
  std::vector<std::string> out;
  const auto& names = StageNames();
  for (size_t i = 0; i < names.size(); ++i) {
    if ((stage_mask >> i) & 1u) out.push_back(names[i]);
  }
  return out;
}

// A written label: "Situation:", "### Task", "R-", or "Details:" (a neutral heading).
struct StoryAnalyzer::Marker {
  size_t begin = 0;                 // first byte of the label (its '#' run included)
  size_t content = 0;               // first byte after the label and its separator
  StarPart part = StarPart::kNone;  // kNone: a heading that is no STAR part ends the current one
};

Result<std::shared_ptr<const StoryAnalyzer>> StoryAnalyzer::Build(const LexiconData& data,
                                                                  const Tokenizer& tokenizer,
                                                                  double words_per_minute) {
  std::shared_ptr<StoryAnalyzer> a(new StoryAnalyzer());
  a->tokenizer_ = &tokenizer;
  a->words_per_minute_ = words_per_minute;
  static const std::vector<PhraseEntry> kEmpty;
  auto list = [&](const std::string& key) -> const std::vector<PhraseEntry>& {
    auto it = data.story_cues.find(key);
    return it == data.story_cues.end() ? kEmpty : it->second;
  };
  auto add = [&](const std::string& key, Cue cue) -> std::optional<Error> {
    for (const PhraseEntry& entry : list(key)) {
      if (!a->matcher_.Add(entry.text, static_cast<uint32_t>(cue), tokenizer)) {
        return LexiconError(entry, "phrase '" + entry.text + "' in " + key +
                                       " has no word to match (a phrase cannot start with '*')");
      }
    }
    return std::nullopt;
  };
  auto add_words = [&](const std::string& key,
                       std::unordered_set<std::string>* set) -> std::optional<Error> {
    for (const PhraseEntry& entry : list(key)) {
      std::vector<Token> tokens = tokenizer.Tokenize(entry.text);
      if (tokens.size() != 1) {
        return LexiconError(entry, "'" + entry.text + "' in " + key +
                                       " must be a single word (these lists are looked up "
                                       "word by word)");
      }
      set->insert(PlainApostrophes(tokens[0].norm));
    }
    return std::nullopt;
  };
  const std::pair<const char*, StarPart> kLabelParts[] = {{"situation", StarPart::kSituation},
                                                          {"task", StarPart::kTask},
                                                          {"action", StarPart::kAction},
                                                          {"result", StarPart::kResult},
                                                          {"lesson", StarPart::kLesson}};
  for (const auto& [name, part] : kLabelParts) {
    const std::string key = std::string("labels.") + name;
    for (const PhraseEntry& entry : list(key)) {
      if (entry.text.size() == 1 && std::isalpha(static_cast<unsigned char>(entry.text[0]))) {
        a->letters_[static_cast<char>(std::toupper(static_cast<unsigned char>(entry.text[0])))] =
            part;
        continue;
      }
      Cue cue = static_cast<Cue>(static_cast<uint32_t>(Cue::kLabelSituation) +
                                 (static_cast<uint32_t>(part) - 1));
      if (!a->matcher_.Add(entry.text, static_cast<uint32_t>(cue), tokenizer)) {
        return LexiconError(entry, "label '" + entry.text + "' in " + key + " has no word");
      }
    }
  }
  const std::pair<const char*, Cue> kCueLists[] = {
      {"cues.situation", Cue::kSituation},   {"cues.task", Cue::kTask},
      {"cues.action", Cue::kAction},         {"cues.result", Cue::kResult},
      {"cues.change", Cue::kChange},         {"cues.lesson", Cue::kLesson},
      {"tradeoff.phrases", Cue::kTradeoff},  {"tradeoff.choice", Cue::kChoice},
      {"tradeoff.contrast", Cue::kContrast}, {"failure_first.phrases", Cue::kFailure}};
  for (const auto& [key, cue] : kCueLists) {
    if (auto e = add(key, cue)) return *e;
  }
  if (auto e = add_words("cues.subjects", &a->subjects_)) return *e;
  if (auto e = add_words("cues.past_verbs", &a->past_verbs_)) return *e;
  if (auto e = add_words("cues.not_actions", &a->not_actions_)) return *e;
  if (auto e = add_words("ownership.i", &a->pronouns_i_)) return *e;
  if (auto e = add_words("ownership.we", &a->pronouns_we_)) return *e;
  return std::shared_ptr<const StoryAnalyzer>(a);
}

bool StoryAnalyzer::IsPastVerb(const Token& token) const {
  if (token.kind != TokenKind::kWord) return false;
  std::string norm = PlainApostrophes(token.norm);
  if (not_actions_.count(norm) > 0) return false;
  if (past_verbs_.count(norm) > 0) return true;
  return norm.size() >= 4 && norm.compare(norm.size() - 2, 2, "ed") == 0;
}

std::vector<StoryAnalyzer::Marker> StoryAnalyzer::FindMarkers(
    std::string_view text, const std::vector<Token>& tokens, const std::vector<PhraseHit>& hits,
    const std::vector<std::pair<size_t, size_t>>& sentences) const {
  std::vector<Marker> markers;
  // The first token of each sentence that is not Markdown or bullet punctuation.
  std::vector<bool> sentence_start(tokens.size(), false);
  std::vector<size_t> sentence_of(tokens.size(), 0);
  {
    size_t s = 0;
    bool need_start = true;
    for (size_t i = 0; i < tokens.size(); ++i) {
      while (s < sentences.size() && tokens[i].begin >= sentences[s].second) {
        ++s;
        need_start = true;
      }
      sentence_of[i] = s;
      if (need_start && IsWordToken(tokens[i])) {
        sentence_start[i] = true;
        need_start = false;
      }
    }
  }
  // Words (non-symbol tokens) per sentence, so "is this label the whole sentence" is O(label).
  std::vector<size_t> sentence_words(sentences.size() + 1, 0);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kSymbol) ++sentence_words[sentence_of[i]];
  }
  auto whole_sentence = [&](size_t first, size_t last) {
    size_t words = 0;
    for (size_t i = first; i <= last; ++i) words += tokens[i].kind != TokenKind::kSymbol;
    return words == sentence_words[sentence_of[first]];
  };

  size_t first_word = 0;
  while (first_word < tokens.size() && !IsWordToken(tokens[first_word])) ++first_word;

  // Word labels: "Situation:", "Result - ...", "### Task", or a label alone as a heading.
  std::vector<bool> labelled(tokens.size(), false);
  for (const PhraseHit& h : hits) {
    Cue cue = static_cast<Cue>(h.label);
    if (cue > Cue::kLabelLesson) continue;
    StarPart part = static_cast<StarPart>(static_cast<uint32_t>(cue) + 1);
    const Token& first = tokens[h.first_token];
    const Token& last = tokens[h.last_token];
    const Token* next = h.last_token + 1 < tokens.size() ? &tokens[h.last_token + 1] : nullptr;
    const Token* prev = h.first_token > 0 ? &tokens[h.first_token - 1] : nullptr;
    bool at_start = sentence_start[h.first_token];
    bool capitalised = IsAsciiUpper(text[first.begin]);
    Marker m;
    m.part = part;
    m.begin = first.begin;
    if (next != nullptr && IsSymbol(*next, ":")) {
      m.content = next->end;
    } else if (next != nullptr && IsDash(*next) && next->begin > last.end &&
               (at_start || capitalised) && first_word != h.first_token) {
      // "Result - ..." but not as the story's first word: "Impact — the churn project" is a
      // title.
      m.content = next->end;
    } else if (prev != nullptr && IsSymbol(*prev, "#")) {
      size_t k = h.first_token - 1;
      while (k > 0 && IsSymbol(tokens[k - 1], "#")) --k;
      m.begin = tokens[k].begin;
      m.content = last.end;
    } else if (whole_sentence(h.first_token, h.last_token)) {
      m.content = last.end;
    } else {
      continue;
    }
    for (uint32_t i = h.first_token; i <= h.last_token; ++i) labelled[i] = true;
    markers.push_back(m);
  }

  // One-letter labels ("S-For a new service", "R - shipped", "A: ..."), honoured only when the
  // story uses two different ones.
  std::vector<Marker> letter_markers;
  for (size_t i = 0; i < text.size(); ++i) {
    auto letter = letters_.find(text[i]);
    if (letter == letters_.end()) continue;
    if (i > 0 && !IsLeadIn(text[i - 1])) continue;
    size_t j = i + 1;
    if (j < text.size() && text[j] == ' ') ++j;
    size_t sep = SeparatorLength(text, j);
    if (sep == 0) continue;
    size_t k = j + sep;
    while (k < text.size() && IsSpace(text[k])) ++k;
    if (k >= text.size()) continue;
    // "A-B test", "T-1000": a lone letter or a number right after the dash is not content.
    // "A" and "I" are words ("S-A new service", "A-I was the one ...").
    bool single_letter = IsAsciiUpper(text[k]) && text[k] != 'I' && text[k] != 'A' &&
                         (k + 1 >= text.size() || !IsAsciiAlnum(text[k + 1]));
    bool digit = std::isdigit(static_cast<unsigned char>(text[k])) != 0 && k == j + sep;
    if (single_letter || digit) continue;
    letter_markers.push_back({i, k, letter->second});
  }
  {
    std::unordered_set<int> distinct;
    for (const Marker& m : letter_markers) distinct.insert(static_cast<int>(m.part));
    if (distinct.size() >= 2)
      markers.insert(markers.end(), letter_markers.begin(), letter_markers.end());
  }

  // Neutral headings at a sentence start: one to three words, capitalised, then ':'
  // ("Details:", "Option A:"). They end the part a label started.
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!sentence_start[i] || labelled[i] || !IsAsciiUpper(text[tokens[i].begin])) continue;
    for (size_t k = i + 1; k < tokens.size() && k <= i + 3; ++k) {
      if (IsSymbol(tokens[k], ":") && tokens[k].begin == tokens[k - 1].end) {
        markers.push_back({tokens[i].begin, tokens[k].end, StarPart::kNone});
        break;
      }
      if (!IsWordToken(tokens[k])) break;
    }
  }

  std::sort(markers.begin(), markers.end(),
            [](const Marker& a, const Marker& b) { return a.begin < b.begin; });
  std::vector<Marker> kept;
  for (const Marker& m : markers) {
    if (!kept.empty() && m.begin < kept.back().content) continue;  // inside the previous label
    kept.push_back(m);
  }
  return kept;
}

StoryAnalysis StoryAnalyzer::Analyze(std::string_view text, const ItemTags& tags) const {
  StoryAnalysis out;
  const std::vector<Token>& tokens = tags.tokens;
  out.stage_mask = tags.stage_mask;
  out.signal_density = tags.StageCount();
  out.words = tags.WordCount();
  out.speaking_seconds =
      static_cast<int>(std::lround(static_cast<double>(out.words) * 60.0 / words_per_minute_));

  std::vector<PhraseHit> hits = matcher_.FindAll(tokens);
  std::vector<std::pair<size_t, size_t>> sentences = tokenizer_->Sentences(text);
  std::vector<Marker> markers = FindMarkers(text, tokens, hits, sentences);

  // Units: sentences, cut again where a label starts inside one.
  {
    size_t mi = 0;
    for (const auto& [sb, se] : sentences) {
      std::vector<size_t> cuts = {sb};
      while (mi < markers.size() && markers[mi].begin < se) {
        if (markers[mi].begin > sb) cuts.push_back(markers[mi].begin);
        ++mi;
      }
      cuts.push_back(se);
      for (size_t c = 0; c + 1 < cuts.size(); ++c) {
        size_t b = cuts[c], e = cuts[c + 1];
        while (b < e && IsSpace(text[b])) ++b;
        while (e > b && IsSpace(text[e - 1])) --e;
        if (b < e) out.units.push_back({b, e, StarPart::kNone, false, 0});
      }
    }
  }

  // Per unit: its label (if one starts it) and where its own words start.
  const size_t n = out.units.size();
  std::vector<const Marker*> unit_marker(n, nullptr);
  std::vector<size_t> content_begin(n);
  {
    size_t mi = 0;
    for (size_t u = 0; u < n; ++u) {
      StoryUnit& unit = out.units[u];
      content_begin[u] = unit.begin;
      while (mi < markers.size() && markers[mi].begin < unit.begin) ++mi;
      if (mi < markers.size() && markers[mi].begin < unit.end) {
        bool lead_in_only = true;
        for (size_t i = unit.begin; i < markers[mi].begin; ++i) {
          if (!IsLeadIn(text[i])) lead_in_only = false;
        }
        if (lead_in_only) {
          unit_marker[u] = &markers[mi];
          content_begin[u] = markers[mi].content;
        }
      }
    }
  }
  auto unit_of = [&](size_t offset) -> size_t {
    auto it = std::upper_bound(out.units.begin(), out.units.end(), offset,
                               [](size_t o, const StoryUnit& unit) { return o < unit.begin; });
    if (it == out.units.begin()) return n;
    size_t u = static_cast<size_t>(it - out.units.begin()) - 1;
    return offset < out.units[u].end ? u : n;
  };

  // Cue evidence per unit (label words themselves excluded).
  struct UnitCues {
    bool situation = false, task = false, action = false, result = false, change = false;
    bool lesson = false, has_content = false, metric = false, before_after = false;
  };
  std::vector<UnitCues> cues(n);
  for (const PhraseHit& h : hits) {
    size_t begin = tokens[h.first_token].begin;
    size_t u = unit_of(begin);
    if (u == n || begin < content_begin[u] || InCompound(tokens, h.first_token)) continue;
    switch (static_cast<Cue>(h.label)) {
      case Cue::kSituation:
        cues[u].situation = true;
        break;
      case Cue::kTask:
        cues[u].task = true;
        break;
      case Cue::kAction:
        cues[u].action = true;
        break;
      case Cue::kResult:
        cues[u].result = true;
        break;
      case Cue::kChange:
        cues[u].change = true;
        break;
      case Cue::kLesson:
        cues[u].lesson = true;
        break;
      default:
        break;
    }
  }
  std::vector<bool> action_verb_at(tokens.size(), false);
  for (const CategoryHit& h : tags.hits) {
    if (h.category == "action_verbs") action_verb_at[h.first_token] = true;
  }
  std::vector<bool> seen_first_word(n, false);
  for (size_t i = 0; i < tokens.size(); ++i) {
    size_t u = unit_of(tokens[i].begin);
    if (u == n || tokens[i].begin < content_begin[u] || !IsWordToken(tokens[i])) continue;
    cues[u].has_content = true;
    // A unit that opens with a past-tense verb is a step taken ("Rewrote the loader").
    if (!seen_first_word[u]) {
      seen_first_word[u] = true;
      if (!InCompound(tokens, i) && (action_verb_at[i] || IsPastVerb(tokens[i]))) {
        cues[u].action = true;
      }
    }
    // A subject followed within three words by a past-tense verb ("I then rewrote ...").
    if (subjects_.count(PlainApostrophes(tokens[i].norm)) > 0) {
      for (size_t k = i + 1; k < tokens.size() && k <= i + 3; ++k) {
        if (!IsWordToken(tokens[k]) || tokens[k].begin >= out.units[u].end) break;
        if (not_actions_.count(PlainApostrophes(tokens[k].norm)) > 0) break;
        if (!InCompound(tokens, k) && (action_verb_at[k] || IsPastVerb(tokens[k]))) {
          cues[u].action = true;
          break;
        }
      }
    }
  }
  for (const Metric& m : tags.metrics) {
    size_t u = unit_of(m.begin);
    if (u == n || m.begin < content_begin[u]) continue;
    cues[u].metric = true;
    if (!m.before.empty()) cues[u].before_after = true;
  }

  // Labels, in order: a written label holds until the next one; otherwise the strongest cue
  // wins (lesson, then result, then task); the first sentence is the situation; a sentence
  // with no cue continues the part before it.
  StarPart region = StarPart::kNone;
  StarPart previous = StarPart::kNone;
  bool seen_content = false;
  std::vector<bool> result_evidence(n, false);  // a result shown by the unit's own words
  for (size_t u = 0; u < n; ++u) {
    StoryUnit& unit = out.units[u];
    const UnitCues& c = cues[u];
    if (unit_marker[u] != nullptr) region = unit_marker[u]->part;
    if (!c.has_content) {  // a heading or a bare label
      unit.part = unit_marker[u] != nullptr ? unit_marker[u]->part : StarPart::kNone;
      unit.explicit_label = unit_marker[u] != nullptr && unit.part != StarPart::kNone;
      continue;
    }
    bool result = c.result || (c.change && c.metric) || c.before_after;
    uint8_t evidence = 0;
    if (c.situation) evidence |= StarBit(StarPart::kSituation);
    if (c.task) evidence |= StarBit(StarPart::kTask);
    if (c.action) evidence |= StarBit(StarPart::kAction);
    if (result) evidence |= StarBit(StarPart::kResult);
    StarPart part;
    if (region == StarPart::kResult || region == StarPart::kLesson) {
      part = region;
      evidence = StarBit(region);
      result_evidence[u] = region == StarPart::kResult;
    } else if (c.lesson) {
      part = StarPart::kLesson;
      evidence = StarBit(StarPart::kLesson);
    } else if (region != StarPart::kNone) {
      part = result ? StarPart::kResult : region;
      evidence |= StarBit(region);
      result_evidence[u] = result;
    } else if (result) {
      part = StarPart::kResult;
      result_evidence[u] = true;
    } else if (c.task && (seen_content || !c.situation)) {
      part = StarPart::kTask;
    } else if (!seen_content) {
      bool question = text[unit.end - 1] == '?';
      if (question && unit_marker[u] == nullptr) {  // the interview prompt
        unit.part = StarPart::kNone;
        continue;
      }
      part = StarPart::kSituation;
      evidence |= StarBit(StarPart::kSituation);
    } else if (c.action) {
      part = StarPart::kAction;
    } else if (c.situation) {
      part = StarPart::kSituation;
    } else {
      part = previous == StarPart::kNone ? StarPart::kSituation : previous;
      if (part != StarPart::kLesson) evidence |= StarBit(part);
    }
    if (part == StarPart::kLesson) evidence = StarBit(StarPart::kLesson);
    unit.part = part;
    unit.evidence = evidence;
    unit.explicit_label = region != StarPart::kNone && part == region;
    seen_content = true;
    previous = part;
  }

  for (const StoryUnit& unit : out.units) {
    out.situation |= (unit.evidence & StarBit(StarPart::kSituation)) != 0;
    out.task |= (unit.evidence & StarBit(StarPart::kTask)) != 0;
    out.action |= (unit.evidence & StarBit(StarPart::kAction)) != 0;
    out.result |= (unit.evidence & StarBit(StarPart::kResult)) != 0;
  }
  // A quantified result: a metric in a unit that is a result by its label or its own words
  // (a sentence that only continues a result does not lend its numbers to it).
  for (const Metric& m : tags.metrics) {
    size_t u = unit_of(m.begin);
    if (u == n || m.begin < content_begin[u] || !result_evidence[u]) continue;
    if (out.units[u].part != StarPart::kResult) continue;
    out.quantified_result = true;
    out.result_metrics.push_back(m.text);
  }

  // Ownership: pronouns over the story, and over the units that show an action.
  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    // "us" is also a unit word (microseconds): a pronoun unless a number stands before it.
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kUnit) continue;
    if (t.kind == TokenKind::kUnit && k > 0 && tokens[k - 1].kind == TokenKind::kNumber) continue;
    std::string norm = PlainApostrophes(t.norm);
    bool i = pronouns_i_.count(norm) > 0;
    bool we = pronouns_we_.count(norm) > 0;
    if (!i && !we) continue;
    // "US" in capitals is the country; "I" is always upper case, so only longer words count.
    if (t.end - t.begin > 1 && IsAsciiUpper(text[t.begin]) && IsAsciiUpper(text[t.begin + 1])) {
      continue;
    }
    size_t u = unit_of(t.begin);
    bool in_action = u != n && (out.units[u].evidence & StarBit(StarPart::kAction)) != 0;
    if (i) {
      ++out.ownership.i;
      if (in_action) ++out.action_ownership.i;
    } else {
      ++out.ownership.we;
      if (in_action) ++out.action_ownership.we;
    }
  }

  // Trade-off and failure-first evidence: the first phrase that states them.
  auto span = [&](uint32_t first, uint32_t last) {
    return std::string(text.substr(tokens[first].begin, tokens[last].end - tokens[first].begin));
  };
  for (const PhraseHit& h : hits) {
    Cue cue = static_cast<Cue>(h.label);
    if (cue == Cue::kTradeoff && !out.tradeoff) {
      out.tradeoff = true;
      out.tradeoff_evidence = span(h.first_token, h.last_token);
    } else if (cue == Cue::kFailure && !out.failure_first) {
      out.failure_first = true;
      out.failure_evidence = span(h.first_token, h.last_token);
    } else if (cue == Cue::kChoice && !out.tradeoff) {
      // "chose X over Y", "went with X even though ...": a contrast after the choice, in the
      // same unit, within 15 tokens.
      size_t u = unit_of(tokens[h.first_token].begin);
      for (const PhraseHit& c : hits) {
        if (static_cast<Cue>(c.label) != Cue::kContrast || c.first_token <= h.last_token ||
            c.first_token > h.last_token + 15 || unit_of(tokens[c.first_token].begin) != u) {
          continue;
        }
        out.tradeoff = true;
        out.tradeoff_evidence = span(h.first_token, c.last_token);
        break;
      }
    }
  }
  return out;
}

}  // namespace hirelint
