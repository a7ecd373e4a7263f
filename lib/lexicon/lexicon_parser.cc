// Parses lexicon and rule YAML into LexiconData. Schema errors are reported at the node's
// position; nothing here compiles patterns (tag/ does, and reports RE2 errors the same way).

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

#include "core/yaml_one_document.h"
#include "lexicon/lexicon_data.h"

namespace hirelint {
namespace {

class ParseError {
 public:
  ParseError(const std::string& origin, const YAML::Mark& mark, std::string message) {
    error.kind = ErrorKind::kLexicon;
    error.path = origin;
    if (mark.line >= 0) {
      error.line = static_cast<size_t>(mark.line) + 1;
      error.column = static_cast<size_t>(mark.column) + 1;
    }
    error.message = std::move(message);
  }
  Error error;
};

class FileParser {
 public:
  explicit FileParser(const LexiconFile& file) : file_(file) {}

  YAML::Node Load() {
    try {
      return LoadOneYamlDocument(std::string(file_.text));
    } catch (const YAML::ParserException& e) {
      throw ParseError(file_.origin, e.mark, "YAML syntax error: " + e.msg);
    }
  }

  [[noreturn]] void Fail(const YAML::Node& node, const std::string& message) const {
    throw ParseError(file_.origin, node.Mark(), message);
  }

  SourceRef Where(const YAML::Node& node) const {
    SourceRef ref{file_.origin, 0, 0};
    if (node.Mark().line >= 0) {
      ref.line = static_cast<size_t>(node.Mark().line) + 1;
      ref.column = static_cast<size_t>(node.Mark().column) + 1;
    }
    return ref;
  }

  std::string Scalar(const YAML::Node& node, const std::string& what) const {
    if (!node.IsScalar()) Fail(node, what + " must be a string");
    return node.Scalar();
  }

  double Number(const YAML::Node& node, const std::string& what) const {
    if (!node.IsScalar()) Fail(node, what + " must be a number");
    try {
      return node.as<double>();
    } catch (const YAML::Exception&) {
      Fail(node, what + " must be a number, not '" + node.Scalar() + "'");
    }
  }

  std::vector<PhraseEntry> Phrases(const YAML::Node& node, const std::string& what) const {
    if (!node.IsSequence()) Fail(node, what + " must be a list of phrases");
    std::vector<PhraseEntry> out;
    for (const auto& item : node) out.push_back({Scalar(item, "a phrase in " + what), Where(item)});
    return out;
  }

  std::vector<std::string> Strings(const YAML::Node& node, const std::string& what) const {
    std::vector<std::string> out;
    for (auto& p : Phrases(node, what)) out.push_back(std::move(p.text));
    return out;
  }

  // A mapping, checked for repeated keys: yaml-cpp keeps one silently, which would drop the
  // other's entries without a word.
  YAML::Node Map(const YAML::Node& node, const std::string& what) const {
    if (!node.IsMap()) Fail(node, what + " must be a mapping");
    std::set<std::string> seen;
    for (const auto& kv : node) {
      if (!seen.insert(kv.first.Scalar()).second) {
        Fail(kv.first, "duplicate key '" + kv.first.Scalar() + "' in " + what);
      }
    }
    return node;
  }

  const LexiconFile& file() const { return file_; }

 private:
  const LexiconFile& file_;
};

void RejectUnknownKeys(const FileParser& p, const YAML::Node& map,
                       const std::set<std::string>& known, const std::string& where) {
  for (const auto& kv : map) {
    std::string key = kv.first.Scalar();
    if (known.count(key) == 0) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      p.Fail(kv.first, "unknown key '" + key + "' in " + where + "; expected one of: " + list);
    }
  }
}

void ParseStages(const FileParser& p, const YAML::Node& root, LexiconData* out) {
  RejectUnknownKeys(p, root, {"stages"}, "stages.yaml");
  const auto& names = StageNames();
  for (const auto& kv : p.Map(root["stages"], "'stages'")) {
    std::string stage = kv.first.Scalar();
    if (std::find(names.begin(), names.end(), stage) == names.end()) {
      p.Fail(kv.first, "unknown stage '" + stage +
                           "'; stages are problem, data, model, evaluation, serving, "
                           "monitoring, scale, impact");
    }
    RejectUnknownKeys(p, p.Map(kv.second, "stage '" + stage + "'"), {"phrases", "not", "near"},
                      "stage '" + stage + "'");
    StageVocabulary& vocab = out->stages[stage];
    if (kv.second["phrases"]) {
      auto phrases = p.Phrases(kv.second["phrases"], stage + ".phrases");
      vocab.phrases.insert(vocab.phrases.end(), phrases.begin(), phrases.end());
    }
    if (kv.second["not"]) {
      auto phrases = p.Phrases(kv.second["not"], stage + ".not");
      vocab.not_phrases.insert(vocab.not_phrases.end(), phrases.begin(), phrases.end());
    }
    if (kv.second["near"]) {
      if (!kv.second["near"].IsSequence()) p.Fail(kv.second["near"], stage + ".near must be a list");
      for (const auto& rule : kv.second["near"]) {
        RejectUnknownKeys(p, p.Map(rule, "a near rule"), {"words", "with", "within"}, "a near rule");
        if (!rule["words"] || !rule["with"]) p.Fail(rule, "a near rule needs 'words' and 'with'");
        NearRule near;
        near.words = p.Phrases(rule["words"], stage + ".near.words");
        near.with = p.Phrases(rule["with"], stage + ".near.with");
        if (rule["within"]) near.within = static_cast<size_t>(p.Number(rule["within"], "within"));
        vocab.near.push_back(std::move(near));
      }
    }
  }
}

// Replaces every {NAME} with its definition (definitions may use earlier ones).
std::string Expand(const FileParser& p, const YAML::Node& node, const std::string& text,
                   const std::map<std::string, std::string>& defs) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      size_t close = text.find('}', i);
      if (close != std::string::npos) {
        std::string name = text.substr(i + 1, close - i - 1);
        bool is_name = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
          return (c >= 'A' && c <= 'Z') || c == '_';
        });
        if (is_name) {
          auto it = defs.find(name);
          if (it == defs.end()) p.Fail(node, "undefined pattern name {" + name + "}");
          out += "(?:" + it->second + ")";
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

// Every metric kind a pattern may name ("exclude" drops a match).
const std::set<std::string>& MetricKinds() {
  static const std::set<std::string> kKinds = {"exclude",    "percent",    "percentage_points",
                                               "money",      "duration",   "latency",
                                               "throughput", "multiplier", "count",
                                               "size",       "score",      "rank"};
  return kKinds;
}

void ParseMetrics(const FileParser& p, const YAML::Node& root, LexiconData* out) {
  RejectUnknownKeys(p, root, {"defs", "units", "number_words", "patterns"}, "metrics.yaml");
  std::map<std::string, std::string> defs;
  if (root["defs"]) {
    for (const auto& kv : p.Map(root["defs"], "'defs'")) {
      defs[kv.first.Scalar()] = Expand(p, kv.second, p.Scalar(kv.second, "a definition"), defs);
    }
  }
  if (root["units"]) {
    for (auto& u : p.Strings(root["units"], "'units'")) out->units.push_back(u);
  }
  if (root["number_words"]) {
    if (!root["number_words"].IsSequence()) {
      p.Fail(root["number_words"], "'number_words' must be a list of words");
    }
    // Matched against runs of ASCII letters, lower-cased (MetricRecognizer): other words could
    // never match, so they are errors here rather than silently dead.
    for (const auto& node : root["number_words"]) {
      std::string word = p.Scalar(node, "a number word");
      bool letters = !word.empty() && word.size() <= 40;
      for (char c : word) letters = letters && c >= 'a' && c <= 'z';
      if (!letters) p.Fail(node, "number word '" + word + "' must be 1 to 40 lower-case ASCII letters a-z");
      out->number_words.push_back(word);
    }
  }
  if (!root["patterns"] || !root["patterns"].IsSequence()) {
    p.Fail(root, "metrics.yaml needs a 'patterns' list");
  }
  const std::set<std::string>& kKinds = MetricKinds();
  for (const auto& entry : root["patterns"]) {
    RejectUnknownKeys(p, p.Map(entry, "a pattern"),
                      {"kind", "stage", "stage_min", "re", "prefilter", "reject", "tier", "note"},
                      "a pattern");
    MetricPatternSpec spec;
    spec.kind = p.Scalar(entry["kind"], "'kind'");
    if (kKinds.count(spec.kind) == 0) p.Fail(entry["kind"], "unknown metric kind '" + spec.kind + "'");
    if (entry["stage"]) {
      spec.stage = p.Scalar(entry["stage"], "'stage'");
      const auto& names = StageNames();
      if (std::find(names.begin(), names.end(), spec.stage) == names.end()) {
        p.Fail(entry["stage"], "unknown stage '" + spec.stage + "'");
      }
    }
    if (entry["stage_min"]) spec.stage_min = p.Number(entry["stage_min"], "'stage_min'");
    if (!entry["re"]) p.Fail(entry, "a pattern needs 're'");
    spec.pattern = Expand(p, entry["re"], p.Scalar(entry["re"], "'re'"), defs);
    if (entry["prefilter"]) {
      spec.prefilter =
          Expand(p, entry["prefilter"], p.Scalar(entry["prefilter"], "'prefilter'"), defs);
      spec.prefilter_where = p.Where(entry["prefilter"]);
    }
    if (entry["reject"]) spec.reject = Expand(p, entry["reject"], p.Scalar(entry["reject"], "'reject'"), defs);
    // Exclusions beat any metric they overlap; counts, the vaguest kind, yield to the rest.
    spec.tier = spec.kind == "exclude" ? 0 : spec.kind == "count" ? 2 : 1;
    if (entry["tier"]) spec.tier = static_cast<int>(p.Number(entry["tier"], "'tier'"));
    spec.where = p.Where(entry["re"]);
    out->metrics.push_back(std::move(spec));
  }
}

void ParseSections(const FileParser& p, const YAML::Node& root, LexiconData* out) {
  RejectUnknownKeys(p, root, {"sections"}, "sections.yaml");
  for (const auto& kv : p.Map(root["sections"], "'sections'")) {
    out->section_roles[kv.first.Scalar()] = p.Strings(kv.second, kv.first.Scalar());
  }
}

void ParseScoring(const FileParser& p, const YAML::Node& root, LexiconData* out) {
  for (const auto& group : p.Map(root, "scoring.yaml")) {
    for (const auto& kv : p.Map(group.second, group.first.Scalar())) {
      out->weights[group.first.Scalar()][kv.first.Scalar()] =
          p.Number(kv.second, group.first.Scalar() + "." + kv.first.Scalar());
    }
  }
}

// star.yaml and story.yaml: groups of named phrase lists. The names each group may hold are
// fixed here so a misspelt list is an error at its position instead of a silently unused cue.
void ParseStoryCues(const FileParser& p, const YAML::Node& root, LexiconData* out) {
  static const std::map<std::string, std::map<std::string, std::set<std::string>>> kSchema = {
      {"star.yaml",
       {{"labels", {"situation", "task", "action", "result", "lesson"}},
        {"cues",
         {"situation", "task", "action", "result", "change", "lesson", "subjects", "past_verbs",
          "not_actions"}}}},
      {"story.yaml",
       {{"ownership", {"i", "we"}},
        {"tradeoff", {"phrases", "choice", "contrast"}},
        {"failure_first", {"phrases"}}}},
  };
  const auto& groups = kSchema.at(p.file().name);
  std::set<std::string> group_names;
  for (const auto& g : groups) group_names.insert(g.first);
  RejectUnknownKeys(p, root, group_names, p.file().name);
  for (const auto& [group, names] : groups) {
    if (!root[group]) continue;
    const YAML::Node node = p.Map(root[group], "'" + group + "'");
    RejectUnknownKeys(p, node, names, "'" + group + "'");
    for (const auto& kv : node) {
      const std::string key = group + "." + kv.first.Scalar();
      auto phrases = p.Phrases(kv.second, key);
      auto& list = out->story_cues[key];
      list.insert(list.end(), phrases.begin(), phrases.end());
    }
  }
}

void ParseRule(const FileParser& p, const YAML::Node& root, LexiconData* out) {
  const std::string& name = p.file().name;  // "rules/<id>.yaml"
  RuleSpec rule;
  rule.id = name.substr(6, name.size() - 6 - 5);
  rule.where = p.Where(root);
  RejectUnknownKeys(p, p.Map(root, "a rule"),
                    {"id", "severity", "scope", "check", "summary", "message", "rationale",
                     "suggestion", "phrases", "category", "applies_to", "at_start", "skip_sections", "options", "examples"},
                    "rule " + rule.id);
  if (root["id"] && p.Scalar(root["id"], "'id'") != rule.id) {
    p.Fail(root["id"], "rule id '" + root["id"].Scalar() + "' differs from its file name '" +
                           rule.id + "'; a rule's id is its file name");
  }
  auto required = [&](const char* key) {
    if (!root[key]) p.Fail(root, std::string("rule ") + rule.id + " needs '" + key + "'");
    return p.Scalar(root[key], key);
  };
  rule.severity = required("severity");
  if (rule.severity != "error" && rule.severity != "warning" && rule.severity != "info") {
    p.Fail(root["severity"], "severity must be error, warning or info");
  }
  rule.scope = root["scope"] ? p.Scalar(root["scope"], "scope") : "bullet";
  if (rule.scope != "bullet" && rule.scope != "document" && rule.scope != "story") {
    p.Fail(root["scope"], "scope must be bullet, document or story");
  }
  rule.check = required("check");
  rule.summary = required("summary");
  rule.message = required("message");
  rule.rationale = required("rationale");
  if (root["suggestion"]) rule.suggestion = p.Scalar(root["suggestion"], "suggestion");
  if (root["phrases"]) rule.phrases = p.Strings(root["phrases"], "phrases");
  if (root["category"]) rule.category = p.Scalar(root["category"], "category");
  if (root["applies_to"]) rule.applies_to = p.Strings(root["applies_to"], "applies_to");
  if (rule.check == "existence" && rule.phrases.empty() && rule.category.empty()) {
    p.Fail(root, "existence rule " + rule.id + " needs 'phrases' or 'category'");
  }
  if (root["at_start"]) rule.at_start = root["at_start"].as<bool>();
  if (root["skip_sections"]) rule.skip_sections = p.Strings(root["skip_sections"], "skip_sections");
  if (root["options"]) {
    for (const auto& kv : p.Map(root["options"], "options")) {
      rule.options[kv.first.Scalar()] = p.Number(kv.second, "option " + kv.first.Scalar());
    }
  }
  if (!root["examples"]) p.Fail(root, "rule " + rule.id + " needs 'examples' with bad and good");
  RejectUnknownKeys(p, p.Map(root["examples"], "examples"), {"bad", "good"}, "examples");
  if (!root["examples"]["bad"] || !root["examples"]["good"]) {
    p.Fail(root["examples"], "examples need both 'bad' and 'good' lists");
  }
  rule.bad_examples = p.Strings(root["examples"]["bad"], "examples.bad");
  rule.good_examples = p.Strings(root["examples"]["good"], "examples.good");
  out->rules.push_back(std::move(rule));
}

void ParseCategories(const FileParser& p, const YAML::Node& root, LexiconData* out) {
  for (const auto& kv : p.Map(root, p.file().name)) {
    const std::string key = kv.first.Scalar();
    if (key == "window") {
      out->negation_window = static_cast<size_t>(p.Number(kv.second, "window"));
      continue;
    }
    auto phrases = p.Phrases(kv.second, key);
    auto& list = out->categories[key];
    list.insert(list.end(), phrases.begin(), phrases.end());
  }
}

// rewrite.yaml. Everything that can end up inside a rewrite (slot texts, verbs, joins) is
// checked to hold no digit: a rewrite must never carry a figure the bullet did not give.
void ParseRewrite(const FileParser& p, const YAML::Node& root, LexiconData* out) {
  RejectUnknownKeys(p, root,
                    {"answers",
                     "skip_sections",
                     "max_slots",
                     "slots",
                     "profiles",
                     "claim_first",
                     "impact_metric_kinds",
                     "scale_metric_kinds",
                     "ml_mentions",
                     "others_named",
                     "openers",
                     "object_verbs",
                     "stage_verbs",
                     "default_verb",
                     "nominal_verbs",
                     "ambiguous_gerunds",
                     "co_forms",
                     "impact_verbs",
                     "opener_fixes",
                     "drop",
                     "replace",
                     "verbs",
                     "templates",
                     "notes"},
                    "rewrite.yaml");
  RewriteSpec& spec = out->rewrite;
  spec = RewriteSpec();
  spec.present = true;
  spec.origin = p.file().origin;
  auto required = [&](const char* key) {
    if (!root[key]) p.Fail(root, std::string("rewrite.yaml needs '") + key + "'");
    return root[key];
  };
  auto no_figure = [&](const YAML::Node& node, const std::string& text, const std::string& what) {
    for (char c : text) {
      if (c >= '0' && c <= '9') {
        p.Fail(node, what + " '" + text + "' holds a digit; a rewrite must never add a figure");
      }
    }
    return text;
  };
  auto stage_name = [&](const YAML::Node& node, const std::string& what) {
    std::string stage = p.Scalar(node, what);
    const auto& names = StageNames();
    if (std::find(names.begin(), names.end(), stage) == names.end()) {
      p.Fail(node, "unknown stage '" + stage + "' in " + what +
                       "; stages are problem, data, model, evaluation, serving, monitoring, "
                       "scale, impact");
    }
    return stage;
  };
  auto string_map = [&](const char* key, bool check_figures) {
    std::map<std::string, std::string> m;
    if (!root[key]) return m;
    for (const auto& kv : p.Map(root[key], std::string("'") + key + "'")) {
      std::string value = p.Scalar(kv.second, std::string(key) + "." + kv.first.Scalar());
      if (check_figures) no_figure(kv.second, value, key);
      m[kv.first.Scalar()] = value;
    }
    return m;
  };
  auto strings = [&](const char* key) {
    return root[key] ? p.Strings(root[key], key) : std::vector<std::string>();
  };

  if (root["answers"]) {
    for (const auto& kv : p.Map(root["answers"], "'answers'")) {
      const std::string rule = kv.first.Scalar();
      if (!kv.second.IsSequence()) p.Fail(kv.second, "answers." + rule + " must be a list");
      std::vector<std::string>& list = spec.answers[rule];
      for (const auto& item : kv.second) {
        std::string what = p.Scalar(item, "answers." + rule);
        const auto& names = StageNames();
        if (what != "opener" && what != "passive" && what != "hedge" &&
            std::find(names.begin(), names.end(), what) == names.end()) {
          p.Fail(item, "answers." + rule + " names '" + what +
                           "'; use a stage with a slot, opener, passive or hedge");
        }
        list.push_back(what);
      }
    }
  }
  spec.skip_sections = strings("skip_sections");
  if (root["max_slots"]) {
    double n = p.Number(root["max_slots"], "max_slots");
    if (n < 0 || n > 8) p.Fail(root["max_slots"], "max_slots must be between 0 and 8");
    spec.max_slots = static_cast<size_t>(n);
  }
  for (const auto& kv : p.Map(required("slots"), "'slots'")) {
    SlotSpec slot;
    slot.stage = stage_name(kv.first, "slots");
    const YAML::Node& body = p.Map(kv.second, "slot '" + slot.stage + "'");
    RejectUnknownKeys(p, body, {"text", "format", "after_claim"}, "slot '" + slot.stage + "'");
    if (!body["text"]) p.Fail(body, "slot '" + slot.stage + "' needs 'text'");
    slot.text = no_figure(body["text"], p.Scalar(body["text"], "text"), "slot text");
    if (slot.text.empty()) p.Fail(body["text"], "a slot's text cannot be empty");
    slot.format = body["format"] ? p.Scalar(body["format"], "format") : ", {slot}";
    slot.after_claim = body["after_claim"] ? p.Scalar(body["after_claim"], "after_claim") : "";
    for (const char* key : {"format", "after_claim"}) {
      if (!body[key]) continue;
      const std::string& f = std::string(key) == "format" ? slot.format : slot.after_claim;
      no_figure(body[key], f, key);
      if (f.find("{slot}") == std::string::npos)
        p.Fail(body[key], std::string(key) + " needs {slot}");
    }
    spec.slots.push_back(std::move(slot));
  }
  auto has_slot = [&](const std::string& stage) {
    return std::any_of(spec.slots.begin(), spec.slots.end(),
                       [&](const SlotSpec& s) { return s.stage == stage; });
  };
  if (root["answers"]) {
    for (const auto& kv : root["answers"]) {
      for (const auto& item : kv.second) {
        const std::string what = item.Scalar();
        const auto& names = StageNames();
        bool stage = std::find(names.begin(), names.end(), what) != names.end();
        if (stage && !has_slot(what)) {
          p.Fail(item, "answers." + kv.first.Scalar() + " names '" + what + "', which has no slot");
        }
      }
    }
  }
  const YAML::Node& profiles = p.Map(required("profiles"), "'profiles'");
  const auto& profile_names = RewriteProfileNames();
  for (const auto& kv : profiles) {
    std::string name = kv.first.Scalar();
    if (std::find(profile_names.begin(), profile_names.end(), name) == profile_names.end()) {
      p.Fail(kv.first, "unknown profile '" + name +
                           "'; profiles are training_only, model, ml_infrastructure, "
                           "infrastructure, other");
    }
    if (!kv.second.IsSequence())
      p.Fail(kv.second, "profile '" + name + "' must be a list of stages");
    std::vector<std::string> stages;
    for (const auto& s : kv.second) {
      std::string stage = stage_name(s, "profile '" + name + "'");
      if (!has_slot(stage))
        p.Fail(s, "profile '" + name + "' names '" + stage + "', which has no slot");
      stages.push_back(stage);
    }
    spec.profiles[name] = std::move(stages);
  }
  for (const auto& name : profile_names) {
    if (!spec.profiles.count(name)) p.Fail(profiles, "'profiles' needs '" + name + "'");
  }
  if (root["claim_first"]) {
    spec.claim_first = stage_name(root["claim_first"], "claim_first");
    if (!has_slot(spec.claim_first)) {
      p.Fail(root["claim_first"],
             "claim_first names '" + spec.claim_first + "', which has no slot");
    }
  }
  for (const char* key : {"impact_metric_kinds", "scale_metric_kinds"}) {
    if (!root[key]) continue;
    for (const auto& kind : root[key]) {
      std::string k = p.Scalar(kind, key);
      if (MetricKinds().count(k) == 0 || k == "exclude")
        p.Fail(kind, "unknown metric kind '" + k + "'");
      (std::string(key) == "impact_metric_kinds" ? spec.impact_metric_kinds
                                                 : spec.scale_metric_kinds)
          .push_back(k);
    }
  }
  spec.ml_mentions = strings("ml_mentions");
  spec.others_named = strings("others_named");
  if (root["openers"]) {
    for (const auto& kv : p.Map(root["openers"], "'openers'")) {
      OpenerGroup group;
      group.name = kv.first.Scalar();
      const YAML::Node& body = p.Map(kv.second, "opener group '" + group.name + "'");
      RejectUnknownKeys(p, body, {"phrases", "before_verb", "verb", "people_verb", "co"},
                        "opener group '" + group.name + "'");
      if (!body["phrases"]) p.Fail(body, "opener group '" + group.name + "' needs 'phrases'");
      group.phrases = p.Strings(body["phrases"], "phrases");
      if (body["before_verb"]) {
        group.before_verb = p.Strings(body["before_verb"], "before_verb");
        for (size_t i = 0; i < group.before_verb.size(); ++i) {
          if (std::find(group.phrases.begin(), group.phrases.end(), group.before_verb[i]) ==
              group.phrases.end()) {
            p.Fail(
                body["before_verb"][i],
                "'" + group.before_verb[i] + "' in before_verb is not one of the group's phrases");
          }
        }
      }
      if (body["verb"])
        group.verb = no_figure(body["verb"], p.Scalar(body["verb"], "verb"), "verb");
      if (body["people_verb"]) {
        group.people_verb =
            no_figure(body["people_verb"], p.Scalar(body["people_verb"], "people_verb"), "verb");
      }
      if (body["co"]) group.co = body["co"].as<bool>();
      spec.openers.push_back(std::move(group));
    }
  }
  if (root["object_verbs"]) {
    if (!root["object_verbs"].IsSequence())
      p.Fail(root["object_verbs"], "'object_verbs' must be a list");
    for (const auto& entry : root["object_verbs"]) {
      RejectUnknownKeys(p, p.Map(entry, "an object verb"), {"verb", "words"}, "an object verb");
      if (!entry["verb"] || !entry["words"])
        p.Fail(entry, "an object verb needs 'verb' and 'words'");
      spec.object_verbs.push_back(
          {no_figure(entry["verb"], p.Scalar(entry["verb"], "verb"), "verb"),
           p.Strings(entry["words"], "words")});
    }
  }
  if (root["stage_verbs"]) {
    if (!root["stage_verbs"].IsSequence())
      p.Fail(root["stage_verbs"], "'stage_verbs' must be a list");
    for (const auto& entry : root["stage_verbs"]) {
      RejectUnknownKeys(p, p.Map(entry, "a stage verb"), {"stage", "verb"}, "a stage verb");
      if (!entry["stage"] || !entry["verb"]) p.Fail(entry, "a stage verb needs 'stage' and 'verb'");
      spec.stage_verbs.push_back(
          {stage_name(entry["stage"], "stage_verbs"),
           no_figure(entry["verb"], p.Scalar(entry["verb"], "verb"), "verb")});
    }
  }
  const YAML::Node default_verb = required("default_verb");
  spec.default_verb = no_figure(default_verb, p.Scalar(default_verb, "default_verb"), "verb");
  spec.nominal_verbs = string_map("nominal_verbs", true);
  spec.ambiguous_gerunds = strings("ambiguous_gerunds");
  spec.co_forms = string_map("co_forms", true);
  spec.impact_verbs = strings("impact_verbs");
  spec.opener_fixes = string_map("opener_fixes", true);
  spec.drop = strings("drop");
  spec.replace = string_map("replace", true);
  const YAML::Node& verbs = required("verbs");
  if (!verbs.IsSequence()) p.Fail(verbs, "'verbs' must be a list of [base, past, gerund]");
  for (const auto& entry : verbs) {
    if (!entry.IsSequence() || entry.size() < 3 || entry.size() > 4) {
      p.Fail(entry, "a verb is [base, past, gerund] or [base, past, gerund, participle]");
    }
    VerbFormsSpec v;
    v.base = no_figure(entry[0], p.Scalar(entry[0], "a verb form"), "verb form");
    v.past = no_figure(entry[1], p.Scalar(entry[1], "a verb form"), "verb form");
    v.gerund = no_figure(entry[2], p.Scalar(entry[2], "a verb form"), "verb form");
    v.participle = entry.size() == 4
                       ? no_figure(entry[3], p.Scalar(entry[3], "a verb form"), "verb form")
                       : v.past;
    spec.verbs.push_back(std::move(v));
  }
  for (const auto& [base, verb] : spec.nominal_verbs) {
    // A named copy: C++17 lambdas cannot capture structured bindings (clang rejects it).
    const std::string& wanted = verb;
    if (std::none_of(spec.verbs.begin(), spec.verbs.end(),
                     [&](const VerbFormsSpec& v) { return v.base == wanted; })) {
      p.Fail(root["nominal_verbs"][base],
             "nominal verb '" + verb + "' (for '" + base + "') is not in 'verbs'");
    }
  }
  spec.templates = string_map("templates", true);
  for (const char* key : {"suggestion", "impact_clause", "problem_first"}) {
    if (!spec.templates.count(key))
      p.Fail(required("templates"), std::string("'templates' needs '") + key + "'");
  }
  spec.notes = string_map("notes", false);
  for (const char* key : {"complete", "skipped_section", "no_verb", "unchanged"}) {
    if (!spec.notes.count(key))
      p.Fail(required("notes"), std::string("'notes' needs '") + key + "'");
  }
}

}  // namespace

const std::vector<std::string>& RewriteProfileNames() {
  static const std::vector<std::string> kNames = {"training_only", "model", "ml_infrastructure",
                                                  "infrastructure", "other"};
  return kNames;
}

const std::vector<std::string>& StageNames() {
  static const std::vector<std::string> kNames = {"problem",    "data",    "model", "evaluation",
                                                  "serving",    "monitoring", "scale", "impact"};
  return kNames;
}

Result<LexiconData> ParseLexicons(const LexiconFiles& files) {
  LexiconData out;
  try {
    for (const auto& [name, file] : files.files()) {
      FileParser p(file);
      try {
      YAML::Node root = p.Load();
      if (!root || root.IsNull()) continue;  // an empty file adds nothing
      if (!root.IsMap()) p.Fail(root, "a lexicon file must be a mapping at the top level");
      if (name == "stages.yaml") {
        ParseStages(p, root, &out);
      } else if (name == "metrics.yaml") {
        ParseMetrics(p, root, &out);
      } else if (name == "sections.yaml") {
        ParseSections(p, root, &out);
      } else if (name == "star.yaml" || name == "story.yaml") {
        ParseStoryCues(p, root, &out);
      } else if (name == "scoring.yaml") {
        ParseScoring(p, root, &out);
      } else if (name == "rewrite.yaml") {
        ParseRewrite(p, root, &out);
      } else if (name.rfind("rules/", 0) == 0) {
        ParseRule(p, root, &out);
      } else {
        ParseCategories(p, root, &out);
      }
      } catch (const YAML::Exception& e) {  // a conversion inside yaml-cpp (e.g. as<bool>)
        throw ParseError(file.origin, e.mark, e.msg);
      }
    }
  } catch (const ParseError& e) {
    return e.error;
  }
  std::sort(out.rules.begin(), out.rules.end(),
            [](const RuleSpec& a, const RuleSpec& b) { return a.id < b.id; });
  return out;
}

}  // namespace hirelint
