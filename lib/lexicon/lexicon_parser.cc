// Parses lexicon and rule YAML into LexiconData. Schema errors are reported at the node's
// position; nothing here compiles patterns (tag/ does, and reports RE2 errors the same way).

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

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
      return YAML::Load(file_.text);
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

void ParseMetrics(const FileParser& p, const YAML::Node& root, LexiconData* out) {
  RejectUnknownKeys(p, root, {"defs", "units", "patterns"}, "metrics.yaml");
  std::map<std::string, std::string> defs;
  if (root["defs"]) {
    for (const auto& kv : p.Map(root["defs"], "'defs'")) {
      defs[kv.first.Scalar()] = Expand(p, kv.second, p.Scalar(kv.second, "a definition"), defs);
    }
  }
  if (root["units"]) {
    for (auto& u : p.Strings(root["units"], "'units'")) out->units.push_back(u);
  }
  if (!root["patterns"] || !root["patterns"].IsSequence()) {
    p.Fail(root, "metrics.yaml needs a 'patterns' list");
  }
  static const std::set<std::string> kKinds = {
      "exclude", "percent", "percentage_points", "money", "duration", "latency", "throughput",
      "multiplier", "count", "size", "score", "rank"};
  for (const auto& entry : root["patterns"]) {
    RejectUnknownKeys(p, p.Map(entry, "a pattern"), {"kind", "stage", "stage_min", "re", "reject", "tier", "note"}, "a pattern");
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

}  // namespace

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
