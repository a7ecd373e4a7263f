#pragma once
// The parsed content of every lexicon and rule file: plain data, not yet compiled into
// matchers (tag/ and check/ do that). Every entry remembers where it was written, so errors
// found later (an RE2 pattern that does not compile) still name the file, line and column.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/error.h"
#include "lexicon/lexicon_files.h"
#include "lexicon/rewrite_spec.h"

namespace hirelint {

struct SourceRef {
  std::string origin;  // file path as shown in errors
  size_t line = 0;     // 1-based
  size_t column = 0;
};

struct PhraseEntry {
  std::string text;
  SourceRef where;
};

// Words that are evidence for a stage only near other words ("model" near "predict",
// "increased" near "revenue"): a `words` match counts when a `with` match stands within
// `within` words of it, on either side, in the same sentence.
struct NearRule {
  std::vector<PhraseEntry> words;
  std::vector<PhraseEntry> with;
  size_t within = 6;
};

// One stage's vocabulary (stages.yaml).
struct StageVocabulary {
  std::vector<PhraseEntry> phrases;      // evidence for the stage
  std::vector<PhraseEntry> not_phrases;  // contexts where an overlapping match is not evidence
  std::vector<NearRule> near;            // evidence only in company
};

// One metric pattern (metrics.yaml), with {NAME} definitions already expanded.
struct MetricPatternSpec {
  std::string kind;      // a metric kind, or "exclude"
  std::string stage;     // stage the metric is evidence for, or ""
  double stage_min = 0;  // the metric is stage evidence only from this value up
  std::string pattern;   // RE2 syntax; a group named "m" narrows the metric's span
  // RE2: put in the prefilter Set instead of `pattern` ("" for none). Every match of `pattern`
  // must contain a match of it, or the pattern is never tried where it would have matched.
  std::string prefilter;
  SourceRef prefilter_where;
  std::string reject;    // RE2: a match whose text contains this is dropped ("" for none)
  int tier = 1;          // overlap resolution: lower tiers win; within a tier, longest wins
  SourceRef where;
};

// A rule's declaration (rules/<id>.yaml). The id comes from the file name.
struct RuleSpec {
  std::string id;
  std::string severity;  // "error", "warning", "info"
  std::string scope;     // "bullet" (default), "document" or "story"
  std::string check;     // the C++ check that implements it; "existence" for phrase rules
  std::string summary;
  std::string message;  // may hold {placeholders} filled by the check
  std::string rationale;
  std::string suggestion;
  std::vector<std::string> phrases;                  // existence rules: what to look for ...
  std::string category;                              // ... or a lexicon category to look for
  std::vector<std::string> applies_to = {"bullet"};  // item kinds the rule checks
  bool at_start = false;                   // existence rules: only as the bullet's first words
  std::vector<std::string> skip_sections;  // section roles where the rule does not apply
  std::map<std::string, double> options;
  std::vector<std::string> bad_examples;
  std::vector<std::string> good_examples;
  SourceRef where;
};

struct LexiconData {
  std::map<std::string, StageVocabulary> stages;  // keyed by stage name
  // Every other phrase list, by category name ("weak_openers", "hedges", "tools", ...).
  std::map<std::string, std::vector<PhraseEntry>> categories;
  std::vector<MetricPatternSpec> metrics;
  std::vector<std::string> units;  // folded unit words for token kinds
  // metrics.yaml: lower-case words that stand for a number ("dozen", "doubled"). A metric match
  // holds an ASCII digit or one of these; see MetricRecognizer.
  std::vector<std::string> number_words;
  size_t negation_window = 4;  // tokens before a match a cue may stand
  std::map<std::string, std::vector<std::string>> section_roles;  // role -> heading words
  std::map<std::string, std::map<std::string, double>> weights;   // scoring.yaml groups
  // Story cue lists (star.yaml, story.yaml), keyed "group.name", e.g. "labels.situation",
  // "cues.result", "ownership.we", "tradeoff.choice". Matched by score/, not by the tagger.
  std::map<std::string, std::vector<PhraseEntry>> story_cues;
  std::vector<RuleSpec> rules;  // sorted by id
  RewriteSpec rewrite;          // rewrite.yaml
};

// Parses every file. YAML syntax errors and schema errors name the file, line and column.
Result<LexiconData> ParseLexicons(const LexiconFiles& files);

// What the engine calls: for the unmodified embedded files (files.unmodified_embedded()), the
// LexiconData the build parsed from them and embedded as a blob (lexicon_serializer.h), with
// the same content and positions and no YAML parsing (issue 8: start-up); otherwise
// ParseLexicons(files).
Result<LexiconData> LoadLexicons(const LexiconFiles& files);

// The eight stages, in output order.
const std::vector<std::string>& StageNames();

}  // namespace hirelint
