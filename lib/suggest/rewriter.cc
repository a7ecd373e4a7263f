#include "suggest/rewriter.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "check/checker.h"

namespace hirelint {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr uint32_t kMlMention = 0;
constexpr uint32_t kOthersNamed = 1;

// Words that open a noun phrase: after an ambiguous gerund they show it is a verb
// ("responsible for training a model", not "worked on training infrastructure").
const std::unordered_set<std::string>& Determiners() {
  static const std::unordered_set<std::string> kWords = {
      "a",     "an",  "the",  "our",   "my",  "their", "its", "this", "these",
      "those", "all", "each", "every", "new", "both",  "his", "her",  "your"};
  return kWords;
}

// Words that end a noun phrase: the word before one is the phrase's head.
const std::unordered_set<std::string>& PhraseEnders() {
  static const std::unordered_set<std::string> kWords = {
      "and",    "or",   "for",     "to",     "of",    "in",    "on",        "at",
      "with",   "by",   "from",    "into",   "that",  "which", "using",     "via",
      "across", "over", "through", "during", "while", "as",    "including", "where"};
  return kWords;
}

// A word's text or fold against a literal. Through string_view the length is compared first,
// inline; std::string's own == calls out of line in C++17, and these run for every word.
bool Is(const std::string& s, std::string_view literal) { return s == literal; }

bool HasDigit(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsOpenBracket(const Word& w) { return Is(w.text, "(") || Is(w.text, "["); }
bool IsCloseBracket(const Word& w) { return Is(w.text, ")") || Is(w.text, "]"); }

struct CueSpans {
  bool mentions_ml = false;
  std::vector<std::pair<size_t, size_t>> others;  // byte spans of others_named hits
};

}  // namespace

struct Rewriter::Draft {
  std::vector<Word> words;
  size_t body = 0;    // first word after a label ("Ticket router:")
  bool upper = true;  // the body opened with a capital letter; the rewrite keeps that
  std::string end;    // terminal punctuation taken off the end, put back last
};

Result<std::shared_ptr<const Rewriter>> Rewriter::Build(const LexiconData& data,
                                                        const Tokenizer& tokenizer) {
  std::shared_ptr<Rewriter> r(new Rewriter());
  r->spec_ = data.rewrite;
  const RewriteSpec& spec = r->spec_;
  r->verbs_ = VerbTable(spec.verbs);
  auto add_cues = [&](const std::vector<std::string>& phrases,
                      uint32_t label) -> std::optional<Error> {
    for (const std::string& phrase : phrases) {
      if (!r->cues_.Add(phrase, label, tokenizer)) {
        Error e;
        e.kind = ErrorKind::kLexicon;
        e.path = spec.origin;
        e.message = "phrase '" + phrase + "' has no word to match (a phrase cannot start with '*')";
        return e;
      }
    }
    return std::nullopt;
  };
  if (auto e = add_cues(spec.ml_mentions, kMlMention)) return *e;
  if (auto e = add_cues(spec.others_named, kOthersNamed)) return *e;
  for (const OpenerGroup& group : spec.openers) {
    Group g{&group, {}};
    for (const std::string& p : group.before_verb) g.before_verb.insert(Tokenizer::Fold(p));
    for (const std::string& p : group.phrases) {
      r->group_of_phrase_.emplace(Tokenizer::Fold(p), r->groups_.size());
    }
    r->groups_.push_back(std::move(g));
  }
  for (const ObjectVerb& ov : spec.object_verbs) {
    for (const std::string& w : ov.words) r->object_verb_.emplace(Tokenizer::Fold(w), ov.verb);
  }
  auto fold_set = [](const std::vector<std::string>& in, std::unordered_set<std::string>* out) {
    for (const std::string& s : in) out->insert(Tokenizer::Fold(s));
  };
  auto fold_map = [](const std::map<std::string, std::string>& in,
                     std::unordered_map<std::string, std::string>* out) {
    for (const auto& [k, v] : in) out->emplace(Tokenizer::Fold(k), v);
  };
  fold_set(spec.drop, &r->drop_);
  fold_set(spec.ambiguous_gerunds, &r->ambiguous_gerunds_);
  fold_set(spec.impact_verbs, &r->impact_verbs_);
  r->skip_sections_.insert(spec.skip_sections.begin(), spec.skip_sections.end());
  fold_map(spec.replace, &r->replace_);
  fold_map(spec.co_forms, &r->co_forms_);
  fold_map(spec.opener_fixes, &r->opener_fixes_);
  fold_map(spec.nominal_verbs, &r->nominal_verbs_);
  return std::shared_ptr<const Rewriter>(r);
}

bool Rewriter::IsImpactVerb(const VerbFormsSpec* verb) const {
  return verb != nullptr && impact_verbs_.count(verb->base) > 0;
}

bool Rewriter::DropAndReplaceHedges(const ItemTags& tags, Draft* d) const {
  std::vector<Word>& words = d->words;
  bool changed = false;
  auto hedges = tags.Hits("hedges");
  for (auto it = hedges.rbegin(); it != hedges.rend(); ++it) {
    const CategoryHit& hit = **it;
    if (drop_.count(Tokenizer::Fold(hit.phrase)) == 0) continue;
    size_t first = kNone, last = kNone;
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i].generated || words[i].begin < hit.begin || words[i].end > hit.end) continue;
      if (first == kNone) first = i;
      last = i;
    }
    if (first == kNone) continue;
    bool space = words[first].space_before;
    words.erase(words.begin() + first, words.begin() + last + 1);
    changed = true;
    size_t erased = last + 1 - first;
    if (first < d->body) d->body -= std::min(erased, d->body - first);
    if (first < words.size() && !IsPunctuation(words[first])) words[first].space_before = space;
    // "X, basically, Y" must not become "X, , Y".
    if (first > 0 && first < words.size() && Is(words[first - 1].text, ",") &&
        Is(words[first].text, ",")) {
      words.erase(words.begin() + first);
    }
  }
  for (Word& w : words) {
    auto it = replace_.find(w.fold);
    if (it == replace_.end()) continue;
    w.text = StartsUpper(w.text) ? Capitalize(it->second) : it->second;
    w.fold = Tokenizer::Fold(w.text);
    changed = true;
  }
  return changed;
}

std::string Rewriter::VerbForObject(const Draft& d, size_t from, const ItemTags& tags) const {
  const std::vector<Word>& words = d.words;
  size_t head = kNone;
  for (size_t i = from; i < words.size(); ++i) {
    if (IsPunctuation(words[i]) || PhraseEnders().count(words[i].fold)) break;
    head = i;
  }
  if (head != kNone) {
    std::vector<std::string> keys;
    if (head > from) keys.push_back(words[head - 1].fold + " " + words[head].fold);
    keys.push_back(words[head].fold);
    for (const std::string& key : keys) {
      auto it = object_verb_.find(key);
      if (it != object_verb_.end()) return it->second;
    }
  }
  for (const StageVerb& sv : spec_.stage_verbs) {
    if (tags.HasStage(StageIndex(sv.stage))) return sv.verb;
  }
  return spec_.default_verb;
}

bool Rewriter::RewriteOpener(const ItemTags& tags,
                             const std::vector<std::pair<size_t, size_t>>& others, Draft* d,
                             bool* weak) const {
  *weak = false;
  const bool others_named = !others.empty();
  std::vector<Word>& words = d->words;
  const size_t s = d->body;
  if (s >= words.size() || words[s].generated) return false;
  const bool leading_i = Is(words[s].fold, "i") && s + 1 < words.size();
  // The longest weak opener that a group knows, at the body's first word (or after "I").
  const CategoryHit* best = nullptr;
  size_t best_group = 0;
  for (const CategoryHit* hit : tags.Hits("weak_openers")) {
    bool at_start = hit->begin == words[s].begin ||
                    (leading_i && !words[s + 1].generated && hit->begin == words[s + 1].begin);
    if (!at_start) continue;
    auto g = group_of_phrase_.find(Tokenizer::Fold(hit->phrase));
    if (g == group_of_phrase_.end()) continue;
    if (best == nullptr || hit->end > best->end) {
      best = hit;
      best_group = g->second;
    }
  }
  if (best == nullptr) {
    size_t len = 0;
    if (leading_i && (verbs_.Match(words, s + 1, VerbForm::kPast, &len) != nullptr)) {
      bool space = words[s].space_before;
      words.erase(words.begin() + s);  // "I built X" -> "Built X"
      words[s].space_before = space;
      return true;
    }
    auto fix = opener_fixes_.find(words[s].fold);
    if (fix != opener_fixes_.end() && s + 1 < words.size()) {
      words[s] = MakeWord(fix->second, words[s].space_before);
      return true;
    }
    return false;
  }
  const Group& group = groups_[best_group];
  size_t e = s;  // one past the opener's words
  while (e < words.size() && !words[e].generated && words[e].begin < best->end) ++e;
  // The opener must be whole words: "help" inside "Help-desk" is a name, not an opener.
  if (words[e - 1].end != best->end) return false;
  const size_t n = e;
  std::string verb;
  size_t consume = e;  // words [s, consume) are replaced by `verb`
  size_t len = 0;
  // "helped build" -> "Built"
  if (group.before_verb.count(Tokenizer::Fold(best->phrase))) {
    if (const VerbFormsSpec* v = verbs_.Match(words, n, VerbForm::kBase, &len)) {
      verb = v->past;
      consume = n + len;
    }
  }
  // "responsible for maintaining X" -> "Maintained X"
  if (verb.empty()) {
    if (const VerbFormsSpec* v = verbs_.Match(words, n, VerbForm::kGerund, &len)) {
      size_t next = n + len;
      bool verbal = ambiguous_gerunds_.count(v->gerund) == 0 || next >= words.size() ||
                    Determiners().count(words[next].fold) > 0 || HasDigit(words[next].text) ||
                    StartsUpper(words[next].text);
      if (verbal) {
        verb = v->past;
        consume = next;
      }
    }
  }
  // "worked on the development of X" -> "Developed X"
  if (verb.empty()) {
    size_t m = n;
    while (m < words.size() &&
           (Is(words[m].fold, "the") || Is(words[m].fold, "a") || Is(words[m].fold, "an"))) {
      ++m;
    }
    auto nominal = m < words.size() ? nominal_verbs_.find(words[m].fold) : nominal_verbs_.end();
    if (nominal != nominal_verbs_.end() && m + 2 < words.size() && Is(words[m + 1].fold, "of") &&
        !IsPunctuation(words[m + 2])) {
      if (const VerbFormsSpec* v = verbs_.FindBase(nominal->second)) {
        verb = v->past;
        consume = m + 2;
      }
    }
  }
  // A noun phrase: the group's verb, or one chosen from the object and the stages.
  if (verb.empty()) {
    // People right after the opener ("worked with the risk team"): a people verb fits.
    bool people_follow = false;
    if (!group.spec->people_verb.empty()) {
      size_t from = words[e - 1].begin;
      size_t to = words[std::min(e + 2, words.size() - 1)].end;
      people_follow = std::any_of(others.begin(), others.end(), [&](const auto& span) {
        return span.first >= from && span.first < to;
      });
    }
    verb = people_follow               ? group.spec->people_verb
           : !group.spec->verb.empty() ? group.spec->verb
                                       : VerbForObject(*d, e, tags);
  }
  if (group.spec->co && others_named) {
    auto co = co_forms_.find(Tokenizer::Fold(verb));
    if (co != co_forms_.end()) verb = co->second;
  }
  bool space = words[s].space_before;
  words.erase(words.begin() + s, words.begin() + consume);
  words.insert(words.begin() + s, MakeWord(verb, space));
  *weak = true;
  return true;
}

bool Rewriter::RewritePassive(Draft* d) const {
  std::vector<Word>& words = d->words;
  const size_t s = d->body;
  for (size_t j = s + 1; j + 1 < words.size(); ++j) {
    if (!Is(words[j].fold, "by") ||
        (!Is(words[j + 1].fold, "me") && !Is(words[j + 1].fold, "myself")))
      continue;
    for (size_t a = s + 1; a < j && a <= s + 8; ++a) {
      size_t aux = 0;
      const std::string_view f = words[a].fold;
      if (f == "was" || f == "were" || f == "is" || f == "are" || f == "got") {
        aux = 1;
      } else if ((f == "has" || f == "have" || f == "had") && a + 1 < j &&
                 Is(words[a + 1].fold, "been")) {
        aux = 2;
      }
      if (aux == 0) continue;
      size_t len = 0;
      const VerbFormsSpec* v = verbs_.Match(words, a + aux, VerbForm::kParticiple, &len);
      if (v == nullptr) v = verbs_.Match(words, a + aux, VerbForm::kPast, &len);
      if (v == nullptr || a + aux + len > j) return false;
      // The subject must be a noun phrase: a verb before the auxiliary means another clause.
      for (size_t k = s; k < a; ++k) {
        size_t l = 0;
        if (verbs_.Match(words, k, VerbForm::kPast, &l) ||
            verbs_.Match(words, k, VerbForm::kGerund, &l)) {
          return false;
        }
      }
      std::vector<Word> out(words.begin(), words.begin() + s);
      out.push_back(MakeWord(v->past, words[s].space_before));
      std::vector<Word> subject(words.begin() + s, words.begin() + a);
      if (Determiners().count(subject[0].fold)) subject[0].text = Uncapitalize(subject[0].text);
      subject[0].space_before = true;
      out.insert(out.end(), subject.begin(), subject.end());
      out.insert(out.end(), words.begin() + a + aux + len, words.begin() + j);
      if (j + 2 < words.size()) {
        Word next = words[j + 2];
        if (!IsPunctuation(next)) next.space_before = true;
        out.push_back(next);
        out.insert(out.end(), words.begin() + j + 3, words.end());
      }
      words = std::move(out);
      return true;
    }
    return false;
  }
  return false;
}

bool Rewriter::StartsWithVerb(const Draft& d, const ItemTags& tags) const {
  if (d.body >= d.words.size()) return false;
  const Word& w = d.words[d.body];
  if (w.generated) return true;
  size_t len = 0;
  for (VerbForm form : {VerbForm::kBase, VerbForm::kPast, VerbForm::kGerund}) {
    if (verbs_.Match(d.words, d.body, form, &len)) return true;
  }
  for (const CategoryHit* hit : tags.Hits("action_verbs")) {
    if (hit->begin == w.begin) return true;
  }
  for (const CategoryHit* hit : tags.Hits("weak_openers")) {
    if (hit->begin == w.begin) return true;
  }
  return false;
}

size_t Rewriter::ProblemClause(const std::vector<Word>& main, const ItemTags& tags) const {
  const int problem = StageIndex("problem");
  int depth = 0;
  for (size_t p = 1; p < main.size(); ++p) {
    if (IsOpenBracket(main[p])) ++depth;
    if (IsCloseBracket(main[p]) && depth > 0) --depth;
    const std::string_view f = main[p].fold;
    if (depth > 0 || main[p].generated || (f != "to" && f != "in" && f != "so")) continue;
    if (p < 2 || Is(main[p - 1].fold, "and") || Is(main[p - 1].fold, "or") ||
        IsPunctuation(main[p - 1])) {
      continue;
    }
    bool states_problem = std::any_of(
        tags.stage_hits.begin(), tags.stage_hits.end(),
        [&](const StageHit& h) { return h.stage == problem && h.begin == main[p].begin; });
    if (!states_problem) continue;
    // Only a clause that ends the sentence moves; "to reduce X, and deployed Y" stays.
    int inner = 0;
    bool last = true;
    for (size_t q = p; q < main.size() && last; ++q) {
      if (IsOpenBracket(main[q])) ++inner;
      if (IsCloseBracket(main[q]) && inner > 0) {
        --inner;
        continue;
      }
      if (inner == 0 && IsPunctuation(main[q]) && !IsOpenBracket(main[q])) last = false;
    }
    if (last) return p;
  }
  return kNone;
}

std::string Rewriter::Compose(const Draft& d, const SlotChoice& choice, const ItemTags& tags,
                              std::vector<RewriteSlot>* placed) const {
  const std::vector<Word>& words = d.words;
  const size_t s = d.body;
  // An impact clause that follows the work: ", reducing X" or "which reduced X".
  size_t tail = words.size();
  std::vector<std::vector<Word>> clauses;
  int depth = 0;
  for (size_t i = s + 1; i + 1 < words.size(); ++i) {
    if (IsOpenBracket(words[i])) ++depth;
    if (IsCloseBracket(words[i]) && depth > 0) --depth;
    if (depth > 0) continue;
    size_t len = 0;
    if (Is(words[i].text, ",") &&
        IsImpactVerb(verbs_.Match(words, i + 1, VerbForm::kGerund, &len))) {
      tail = i;
      clauses.emplace_back(words.begin() + i + 1, words.end());
      break;
    }
    if (Is(words[i].fold, "which") || Is(words[i].fold, "that")) {
      const VerbFormsSpec* v = verbs_.Match(words, i + 1, VerbForm::kPast, &len);
      if (!IsImpactVerb(v)) continue;
      tail = Is(words[i - 1].text, ",") ? i - 1 : i;
      std::vector<Word> clause{MakeWord(v->gerund)};
      clause.insert(clause.end(), words.begin() + i + 1 + len, words.end());
      clauses.push_back(std::move(clause));
      break;
    }
  }
  std::vector<Word> main(words.begin() + s, words.begin() + tail);
  // "Cut X by caching Y" -> "Cached Y, cutting X": the work first, then what it changed.
  size_t len = 0;
  const VerbFormsSpec* lead = verbs_.Match(main, 0, VerbForm::kPast, &len);
  if (IsImpactVerb(lead)) {
    depth = 0;
    for (size_t k = len; k + 1 < main.size(); ++k) {
      if (IsOpenBracket(main[k])) ++depth;
      if (IsCloseBracket(main[k]) && depth > 0) --depth;
      size_t glen = 0;
      const VerbFormsSpec* how = depth == 0 && Is(main[k].fold, "by")
                                     ? verbs_.Match(main, k + 1, VerbForm::kGerund, &glen)
                                     : nullptr;
      if (how == nullptr || k == len) continue;
      std::vector<Word> solution{MakeWord(how->past, true)};
      bool convertible = true;
      for (size_t i = k + 1 + glen; i < main.size(); ++i) {
        size_t l = 0;
        const VerbFormsSpec* next = nullptr;
        if (Is(main[i - 1].fold, "and")) next = verbs_.Match(main, i, VerbForm::kGerund, &l);
        if (next != nullptr) {
          solution.push_back(MakeWord(next->past, main[i].space_before));
          i += l - 1;
          continue;
        }
        // A gerund the table does not know would be left dangling ("and parallelising").
        if (Is(main[i - 1].fold, "and") && main[i].fold.size() > 4 &&
            main[i].fold.compare(main[i].fold.size() - 3, 3, "ing") == 0) {
          convertible = false;
        }
        solution.push_back(main[i]);
      }
      if (!convertible) break;
      std::vector<Word> impact{MakeWord(lead->gerund, true)};
      impact.insert(impact.end(), main.begin() + len, main.begin() + k);
      clauses.insert(clauses.begin(), std::move(impact));
      main = std::move(solution);
      break;
    }
  }
  // "Built X to reduce churn" -> "To reduce churn, built X": the problem before the solution.
  std::vector<Word> problem;
  size_t p = ProblemClause(main, tags);
  if (p != kNone) {
    problem.assign(main.begin() + p, main.end());
    main.resize(p);
  }
  std::vector<Word>& first = problem.empty() ? main : problem;
  if (!first.empty()) {
    first[0].space_before = true;
    if (d.upper) {
      first[0].text = Capitalize(first[0].text);
    } else if (first[0].generated || !problem.empty()) {
      first[0].text = Uncapitalize(first[0].text);
    }
  }
  // The solution's verb (StartsWithVerb held for it) continues the sentence.
  if (!problem.empty()) main[0].text = Uncapitalize(main[0].text);
  std::string out = JoinWords(std::vector<Word>(words.begin(), words.begin() + s));
  if (s > 0) out += ' ';
  out += problem.empty()
             ? JoinWords(main)
             : FillTemplate(spec_.templates.at("problem_first"),
                            {{"problem", JoinWords(problem)}, {"solution", JoinWords(main)}});
  // `after_claim` attaches a figure to the words that claim it, so it is used only right after
  // them: the impact slot after an impact clause, the others after the work.
  auto place = [&](const std::string& stage, bool next_to_claim) {
    auto it = std::find_if(spec_.slots.begin(), spec_.slots.end(),
                           [&](const SlotSpec& slot) { return slot.stage == stage; });
    if (it == spec_.slots.end()) return;
    bool claim = next_to_claim && choice.claimed.count(stage) && !it->after_claim.empty();
    const std::string& format = claim ? it->after_claim : it->format;
    size_t at = format.find("{slot}");
    placed->push_back({stage, it->text, out.size() + at});
    out += format.substr(0, at) + it->text + format.substr(at + 6);
  };
  for (const std::string& stage : choice.stages) {
    if (stage != "impact") place(stage, true);
  }
  for (const auto& clause : clauses) {
    out += FillTemplate(spec_.templates.at("impact_clause"), {{"clause", JoinWords(clause)}});
  }
  for (const std::string& stage : choice.stages) {
    if (stage == "impact") place(stage, !clauses.empty());
  }
  out += d.end;
  return out;
}

Rewrite Rewriter::Suggest(const Item& item, const ItemTags& tags, const std::string& section_role,
                          const std::vector<const Finding*>& findings) const {
  Rewrite r;
  if (item.kind != ItemKind::kBullet) return r;
  auto note = [&](RewriteStatus status, const char* key) {
    r.status = status;
    auto it = spec_.notes.find(key);
    if (it != spec_.notes.end()) r.note = FillTemplate(it->second, {{"section", section_role}});
    return r;
  };
  if (!spec_.present) return note(RewriteStatus::kComplete, "complete");
  if (skip_sections_.count(section_role))
    return note(RewriteStatus::kSkippedSection, "skipped_section");
  std::vector<const Finding*> ordered = findings;
  std::stable_sort(ordered.begin(), ordered.end(), [](const Finding* a, const Finding* b) {
    if (a->begin != b->begin) return a->begin < b->begin;
    return a->rule < b->rule;
  });
  // The findings a rewrite could answer; none means the bullet is complete.
  std::vector<std::string> needed;
  for (const Finding* f : ordered) {
    if (spec_.answers.count(f->rule) &&
        std::find(needed.begin(), needed.end(), f->rule) == needed.end()) {
      needed.push_back(f->rule);
    }
  }
  if (needed.empty()) return note(RewriteStatus::kComplete, "complete");

  Draft d;
  d.words = SplitWords(item.text);
  if (!d.words.empty()) {
    const std::string_view last = d.words.back().text;
    if (last == "." || last == "!" || last == ";") {
      d.end = last;
      d.words.pop_back();
    }
  }
  if (d.words.empty()) return note(RewriteStatus::kUnchanged, "unchanged");
  // A label ("Ticket router: fine-tuned ...") stays in front; the body after it is rewritten.
  if (!StartsWithVerb(d, tags)) {
    for (size_t i = 1; i < d.words.size() && i <= 7; ++i) {
      if (Is(d.words[i].text, ":") && i + 1 < d.words.size()) {
        d.body = i + 1;
        break;
      }
    }
  }
  d.upper = StartsUpper(d.words[d.body].text);

  CueSpans cues;
  for (const PhraseHit& hit : cues_.FindAll(tags.tokens)) {
    if (hit.label == kMlMention) cues.mentions_ml = true;
    if (hit.label == kOthersNamed) {
      cues.others.emplace_back(tags.tokens[hit.first_token].begin, tags.tokens[hit.last_token].end);
    }
  }
  std::set<std::string> done;  // what the rewrite did, in `answers` terms
  if (DropAndReplaceHedges(tags, &d)) done.insert("hedge");
  if (d.body >= d.words.size()) return note(RewriteStatus::kUnchanged, "unchanged");
  bool weak = false;
  if (!RewriteOpener(tags, cues.others, &d, &weak) && RewritePassive(&d)) done.insert("passive");
  if (weak) done.insert("opener");
  if (!StartsWithVerb(d, tags)) return note(RewriteStatus::kNoVerb, "no_verb");

  SlotChoice choice = ChooseSlots(tags, cues.mentions_ml, spec_);
  std::vector<RewriteSlot> placed;
  std::string text = Compose(d, choice, tags, &placed);
  for (const RewriteSlot& slot : placed) done.insert(slot.stage);
  std::vector<std::string> reasons;
  for (const std::string& rule : needed) {
    const std::vector<std::string>& by = spec_.answers.at(rule);
    if (std::any_of(by.begin(), by.end(), [&](const std::string& w) { return done.count(w); })) {
      reasons.push_back(rule);
    }
  }
  if (text == item.text || reasons.empty()) return note(RewriteStatus::kUnchanged, "unchanged");
  r.status = RewriteStatus::kRewritten;
  r.text = std::move(text);
  r.slots = std::move(placed);
  r.reasons = std::move(reasons);
  return r;
}

std::vector<Rewrite> Rewriter::SuggestAll(const std::vector<Item>& items,
                                          const std::vector<ItemTags>& tags,
                                          const std::vector<std::string>& section_roles,
                                          const std::vector<Finding>& findings) const {
  std::vector<std::vector<const Finding*>> by_item(items.size());
  for (const Finding& f : findings) {
    if (f.item >= 0 && static_cast<size_t>(f.item) < items.size()) by_item[f.item].push_back(&f);
  }
  std::vector<Rewrite> out;
  out.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    out.push_back(Suggest(items[i], tags[i], section_roles[i], by_item[i]));
  }
  return out;
}

void Rewriter::AttachToFindings(const std::vector<Rewrite>& rewrites,
                                std::vector<Finding>* findings) const {
  auto tmpl = spec_.templates.find("suggestion");
  if (tmpl == spec_.templates.end()) return;
  for (Finding& f : *findings) {
    if (f.item < 0 || static_cast<size_t>(f.item) >= rewrites.size()) continue;
    const Rewrite& r = rewrites[f.item];
    if (!r.rewritten() ||
        std::find(r.reasons.begin(), r.reasons.end(), f.rule) == r.reasons.end()) {
      continue;
    }
    f.suggestion = FillTemplate(tmpl->second, {{"rewrite", r.text}});
  }
}

}  // namespace hirelint
