// score's text, JSON, JSONL and CSV formats.

#include "report/story_report.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "report/json_writer.h"

namespace hirelint {
namespace {

using Json = nlohmann::ordered_json;

// The contract's field names: carried-through input fields never overwrite them.
const std::set<std::string>& ContractFields() {
  static const std::set<std::string> kFields = {"file",
                                                "line",
                                                "id",
                                                "words",
                                                "speaking_seconds",
                                                "star",
                                                "stages",
                                                "signal_density",
                                                "quantified_result",
                                                "ownership",
                                                "tradeoff",
                                                "failure_first",
                                                "score"};
  return kFields;
}

// Writes `value` as null when it is empty, else as a string.
void StringOrNull(const std::string& value, JsonWriter* w) {
  if (value.empty()) {
    w->Null();
  } else {
    w->String(value);
  }
}

void PronounObject(const PronounCounts& counts, JsonWriter* w) {
  w->BeginObject();
  w->Key("i");
  w->Uint(counts.i);
  w->Key("we");
  w->Uint(counts.we);
  w->EndObject();
}

// The contract's members (DESIGN.md), in order, into an object `w` has begun: both score
// formats start with them.
void WriteContractMembers(const StoryResult& r, JsonWriter* w) {
  const StoryAnalysis& a = r.analysis;
  w->Key("file");
  w->String(r.input.file);
  w->Key("line");
  w->Uint(r.input.line);
  w->Key("id");
  StringOrNull(r.input.id, w);
  w->Key("words");
  w->Uint(a.words);
  w->Key("speaking_seconds");
  w->Int(a.speaking_seconds);
  w->Key("star");
  w->BeginObject();
  for (const auto& [name, present] : {std::pair<const char*, bool>{"situation", a.situation},
                                      {"task", a.task},
                                      {"action", a.action},
                                      {"result", a.result}}) {
    w->Key(name);
    w->Bool(present);
  }
  w->EndObject();
  w->Key("quantified_result");
  w->Bool(a.quantified_result);
  w->Key("stages");
  w->BeginArray();
  for (const std::string& stage : a.StageList()) w->String(stage);
  w->EndArray();
  w->Key("signal_density");
  w->Int(a.signal_density);
  w->Key("ownership");
  PronounObject(a.ownership, w);
  w->Key("tradeoff");
  w->Bool(a.tradeoff);
  w->Key("failure_first");
  w->Bool(a.failure_first);
  w->Key("score");
  w->Int(r.score.total);
}

// The input's other fields, carried through after the members already written (`taken`),
// which they never overwrite.
void WriteCarried(const StoryResult& r, const std::set<std::string>& taken, JsonWriter* w) {
  if (r.input.extra_json.empty()) return;
  Json extra = Json::parse(r.input.extra_json, nullptr, /*allow_exceptions=*/false);
  if (!extra.is_object()) return;
  for (const auto& [key, value] : extra.items()) {
    if (taken.count(key) != 0) continue;
    w->Key(key);
    w->Value(value);
  }
}

// The components a rule's fix wins back, for ranking the fixes.
const std::map<std::string, std::vector<std::string>>& RuleComponents() {
  static const std::map<std::string, std::vector<std::string>> kMap = {
      {"story-no-result", {"result", "quantified_result"}},
      {"story-result-unquantified", {"quantified_result"}},
      {"story-we-not-i", {"ownership"}},
      {"story-too-long", {"length"}},
      {"story-too-short", {"length"}},
      {"story-low-signal-density", {"signal_density"}},
      {"story-no-tradeoff", {"tradeoff"}},
      {"story-no-failure-mode", {"failure_first"}},
  };
  return kMap;
}

int PointsAtStake(const StoryResult& r, const std::string& rule) {
  auto it = RuleComponents().find(rule);
  if (it == RuleComponents().end()) return 0;
  int lost = 0;
  for (const ScoreComponent& c : r.score.components) {
    if (std::find(it->second.begin(), it->second.end(), c.name) != it->second.end()) {
      lost += c.max - c.points;
    }
  }
  return lost;
}

char PartLetter(StarPart part) {
  switch (part) {
    case StarPart::kSituation:
      return 'S';
    case StarPart::kTask:
      return 'T';
    case StarPart::kAction:
      return 'A';
    case StarPart::kResult:
      return 'R';
    case StarPart::kLesson:
      return 'L';
    case StarPart::kNone:
      return '.';
  }
  return '.';
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
  return out;
}

}  // namespace

void WriteStoryJsonl(const StoryResult& r, std::ostream& out) {
  JsonWriter w(out, -1);
  w.BeginObject();
  WriteContractMembers(r, &w);
  WriteCarried(r, ContractFields(), &w);
  w.EndObject();
  out << '\n';
}

void WriteStoryJsonBegin(std::ostream& out) { out << "["; }

void WriteStoryJsonElement(const StoryResult& r, bool first, std::ostream& out) {
  const StoryAnalysis& a = r.analysis;
  std::ostringstream element;
  JsonWriter w(element, 2);
  w.BeginObject();
  WriteContractMembers(r, &w);
  w.Key("title");
  StringOrNull(r.input.title, &w);
  w.Key("result_metrics");
  w.BeginArray();
  for (const std::string& metric : a.result_metrics) w.String(metric);
  w.EndArray();
  w.Key("action_ownership");
  PronounObject(a.action_ownership, &w);
  // Evidence is null when the part is missing, and a string (even "") when it is there.
  auto evidence = [&w](bool present, const std::string& text) {
    if (present) {
      w.String(text);
    } else {
      w.Null();
    }
  };
  w.Key("tradeoff_evidence");
  evidence(a.tradeoff, a.tradeoff_evidence);
  w.Key("failure_evidence");
  evidence(a.failure_first, a.failure_evidence);
  w.Key("breakdown");
  w.BeginArray();
  for (const ScoreComponent& c : r.score.components) {
    w.BeginObject();
    w.Key("component");
    w.String(c.name);
    w.Key("points");
    w.Int(c.points);
    w.Key("max");
    w.Int(c.max);
    w.Key("reason");
    StringOrNull(c.reason, &w);
    w.EndObject();
  }
  w.EndArray();
  w.Key("findings");
  w.BeginArray();
  for (const Finding& f : r.findings) {
    w.BeginObject();
    w.Key("rule");
    w.String(f.rule);
    w.Key("severity");
    w.String(SeverityName(f.severity));
    w.Key("message");
    w.String(f.message);
    w.Key("suggestion");
    StringOrNull(f.suggestion, &w);
    w.EndObject();
  }
  w.EndArray();
  w.Key("sentences");
  w.BeginArray();
  for (const StoryUnit& u : a.units) {
    w.BeginObject();
    w.Key("text");
    w.String(r.input.text.substr(u.begin, u.end - u.begin));
    w.Key("label");
    w.String(StarPartName(u.part));
    w.Key("explicit");
    w.Bool(u.explicit_label);
    w.EndObject();
  }
  w.EndArray();
  std::set<std::string> taken = ContractFields();
  for (const char* k : {"title", "result_metrics", "action_ownership", "tradeoff_evidence",
                        "failure_evidence", "breakdown", "findings", "sentences"}) {
    taken.insert(k);
  }
  WriteCarried(r, taken, &w);
  w.EndObject();
  // Indent the element as a member of the array; JSON strings hold no raw line breaks.
  const std::string text = element.str();
  std::string indented = "  ";
  for (char c : text) {
    indented += c;
    if (c == '\n') indented += "  ";
  }
  out << (first ? "\n" : ",\n") << indented;
}

void WriteStoryJsonEnd(bool any, std::ostream& out) { out << (any ? "\n]\n" : "]\n"); }

void WriteStoryCsvHeader(std::ostream& out) {
  out << "file,line,id,title,score,words,speaking_seconds,situation,task,action,result,"
         "quantified_result,stages,signal_density,ownership_i,ownership_we,tradeoff,"
         "failure_first,findings\n";
}

void WriteStoryCsvRow(const StoryResult& r, std::ostream& out) {
  const StoryAnalysis& a = r.analysis;
  std::vector<std::string> rules;
  for (const Finding& f : r.findings) rules.push_back(f.rule);
  auto flag = [](bool b) { return b ? "1" : "0"; };
  out << CsvField(r.input.file) << ',' << r.input.line << ',' << CsvField(r.input.id) << ','
      << CsvField(r.input.title) << ',' << r.score.total << ',' << a.words << ','
      << a.speaking_seconds << ',' << flag(a.situation) << ',' << flag(a.task) << ','
      << flag(a.action) << ',' << flag(a.result) << ',' << flag(a.quantified_result) << ','
      << Join(a.StageList(), ";") << ',' << a.signal_density << ',' << a.ownership.i << ','
      << a.ownership.we << ',' << flag(a.tradeoff) << ',' << flag(a.failure_first) << ','
      << Join(rules, ";") << "\n";
}

std::vector<const Finding*> TopFixes(const StoryResult& r, size_t n) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings) out.push_back(&f);
  std::stable_sort(out.begin(), out.end(), [&](const Finding* a, const Finding* b) {
    int pa = PointsAtStake(r, a->rule), pb = PointsAtStake(r, b->rule);
    if (pa != pb) return pa > pb;
    if (a->severity != b->severity) return a->severity > b->severity;
    return a->rule < b->rule;
  });
  if (out.size() > n) out.resize(n);
  return out;
}

void WriteStoryCard(const StoryResult& r, const TextStyle& style, std::ostream& out) {
  const StoryAnalysis& a = r.analysis;
  auto paint = [&](const char* code, const std::string& s) {
    return style.color ? std::string("\x1b[") + code + "m" + s + "\x1b[0m" : s;
  };
  std::string name = r.input.id;
  if (!r.input.title.empty() && r.input.title != r.input.id) {
    name += (name.empty() ? "" : " - ") + r.input.title;
  }
  if (name.empty()) name = "(story without an id)";
  out << paint("1", r.input.file + ":" + std::to_string(r.input.line) + ": " + name) << "\n";

  const int total = r.score.total;
  const char* score_color = total >= 75 ? "1;32" : total >= 50 ? "1;33" : "1;31";
  int filled = (total + 2) / 5;
  out << "  score    " << paint(score_color, std::to_string(total) + "/100") << "  ["
      << std::string(static_cast<size_t>(filled), '#')
      << std::string(static_cast<size_t>(20 - filled), '-') << "]\n";

  std::string bar;
  const std::pair<bool, char> parts[] = {
      {a.situation, 'S'}, {a.task, 'T'}, {a.action, 'A'}, {a.result, 'R'}};
  for (const auto& [present, letter] : parts) {
    if (!bar.empty()) bar += ' ';
    bar += present ? paint("32", std::string(1, letter)) : paint("31", "-");
  }
  std::string by_sentence;
  for (const StoryUnit& u : a.units) by_sentence += PartLetter(u.part);
  out << "  STAR     " << bar << "   by sentence: " << by_sentence << "\n";

  out << "  result   ";
  if (!a.result) {
    out << "none";
  } else if (a.quantified_result) {
    out << "quantified: " << Join(a.result_metrics, "; ");
  } else {
    out << "not quantified";
  }
  out << "\n";

  std::vector<std::string> stages = a.StageList();
  out << "  stages   " << (stages.empty() ? "none" : Join(stages, ", ")) << " (signal density "
      << a.signal_density << ")\n";
  out << "  voice    I " << a.ownership.i << ", we " << a.ownership.we << " (actions: I "
      << a.action_ownership.i << ", we " << a.action_ownership.we << ")\n";
  out << "  judgment trade-off: "
      << (a.tradeoff ? "\"" + a.tradeoff_evidence + "\"" : std::string("none"))
      << "; failure-first: "
      << (a.failure_first ? "\"" + a.failure_evidence + "\"" : std::string("none")) << "\n";
  out << "  length   " << a.words << " words, " << FormatMinutes(a.speaking_seconds) << " spoken\n";

  std::string lost;
  for (const ScoreComponent& c : r.score.components) {
    if (c.points >= c.max) continue;
    lost += (lost.empty() ? "" : ", ") + c.name + " -" + std::to_string(c.max - c.points);
  }
  out << "  lost     " << (lost.empty() ? "nothing" : lost) << "\n";

  std::vector<const Finding*> fixes = TopFixes(r, 3);
  if (fixes.empty()) {
    out << "  fixes    none\n";
  }
  for (size_t i = 0; i < fixes.size(); ++i) {
    const Finding& f = *fixes[i];
    out << (i == 0 ? "  fixes    " : "           ") << i + 1 << ". " << f.message << " [" << f.rule
        << "]\n";
    if (!f.suggestion.empty()) out << "              " << f.suggestion << "\n";
  }
  out << "\n";
}

void StoryTotals::Add(const StoryResult& story) {
  ++stories;
  score_sum += story.score.total;
  score_min = std::min(score_min, story.score.total);
  score_max = std::max(score_max, story.score.total);
  for (const Finding& f : story.findings) {
    if (f.severity == Severity::kError) ++findings.errors;
    if (f.severity == Severity::kWarning) ++findings.warnings;
    if (f.severity == Severity::kInfo) ++findings.infos;
  }
}

void WriteStorySummary(const StoryTotals& t, std::ostream& out) {
  if (t.stories == 0) {
    out << "no stories scored\n";
    return;
  }
  long mean = (t.score_sum + static_cast<long>(t.stories) / 2) / static_cast<long>(t.stories);
  out << t.stories << (t.stories == 1 ? " story" : " stories") << ": mean score " << mean
      << " (lowest " << t.score_min << ", highest " << t.score_max << "); " << t.findings.errors
      << (t.findings.errors == 1 ? " error, " : " errors, ") << t.findings.warnings
      << (t.findings.warnings == 1 ? " warning, " : " warnings, ") << t.findings.infos << " info\n";
}

}  // namespace hirelint
