// lint, sarif: SARIF 2.1.0 (OASIS), the format code-scanning services read (GitHub code
// scanning, Azure DevOps, VS Code's SARIF viewer). One run; the rules come from the rule YAML.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "check/fingerprint.h"
#include "core/json_dump.h"
#include "report/report.h"
#include "report/report_support.h"

namespace hirelint {
namespace {

using Json = nlohmann::ordered_json;

const char* SarifLevel(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "warning";
}

const char* SarifLevel(const std::string& severity) {
  Severity s = Severity::kWarning;
  ParseSeverity(severity, &s);
  return SarifLevel(s);
}

// "verb-weak-opener" -> "VerbWeakOpener": SARIF's rule `name`, a readable identifier.
std::string RuleName(const std::string& id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '-' || c == '_') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

// Rule texts are templates; a rule's page shows "{missing}" as "<missing>" so that no SARIF
// consumer mistakes it for a message argument ("{0}").
std::string TemplateText(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      size_t close = text.find('}', i);
      if (close != std::string::npos && close > i + 1 &&
          std::all_of(
              text.begin() + static_cast<long>(i) + 1, text.begin() + static_cast<long>(close),
              [](char c) { return std::islower(static_cast<unsigned char>(c)) || c == '_'; })) {
        out += "<" + text.substr(i + 1, close - i - 1) + ">";
        i = close;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

// SARIF messages are sentences: the linter's short messages get a capital and a full stop.
std::string Sentence(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  if (!text.empty() && text.back() != '.' && text.back() != '?' && text.back() != '!') text += '.';
  return text;
}

std::string Trimmed(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  return text;
}

// A path as a URI reference: relative paths stay relative (consumers resolve them against the
// checkout), absolute ones become file:// URIs. Bytes outside RFC 3986's unreserved set (and
// '/') are percent-encoded.
std::string PathUri(const std::string& path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

Json ArtifactLocation(const std::string& path) {
  Json location;
  if (path == "<stdin>") {
    location["description"]["text"] = "standard input";
  } else {
    location["uri"] = PathUri(path);
  }
  return location;
}

Json Region(const SourceFile& source, size_t begin, size_t end) {
  SpanPosition span = PositionsOf(source, begin, end);
  Json region;
  region["startLine"] = span.begin.line;
  region["startColumn"] = span.begin.column;
  region["endLine"] = span.end.line;
  region["endColumn"] = span.end.column;
  return region;
}

Json RuleDescriptor(const RuleSpec& rule) {
  Json r;
  r["id"] = rule.id;
  r["name"] = RuleName(rule.id);
  r["shortDescription"]["text"] = Sentence(rule.summary);
  r["fullDescription"]["text"] = Sentence(Trimmed(rule.rationale));
  std::string help = Trimmed(rule.rationale);
  std::string markdown = help;
  if (!rule.suggestion.empty()) {
    help += "\n\nHow to fix: " + TemplateText(rule.suggestion);
    markdown += "\n\n**How to fix:** " + TemplateText(rule.suggestion);
  }
  r["help"]["text"] = Sentence(help);
  r["help"]["markdown"] = Sentence(markdown);
  r["defaultConfiguration"]["level"] = SarifLevel(rule.severity);
  r["properties"]["scope"] = rule.scope;
  return r;
}

Json ResultObject(const FileResult& file, const Finding& f, const std::vector<RuleSpec>& rules) {
  Json r;
  r["ruleId"] = f.rule;
  auto rule = std::find_if(rules.begin(), rules.end(),
                           [&](const RuleSpec& spec) { return spec.id == f.rule; });
  if (rule != rules.end()) r["ruleIndex"] = rule - rules.begin();
  r["level"] = SarifLevel(f.severity);
  // A concrete edit goes in `fixes`; prose advice stays in the message, where every viewer
  // shows it.
  std::string text = Sentence(MessageOf(file.source, f));
  if (!f.fix && !f.suggestion.empty()) text += " Suggestion: " + Sentence(f.suggestion);
  r["message"]["text"] = text;
  Json location;
  location["physicalLocation"]["artifactLocation"] = ArtifactLocation(file.path);
  location["physicalLocation"]["region"] = Region(file.source, f.begin, f.end);
  if (file.source.paged()) {
    // SARIF regions count lines of a text file; a PDF's lines restart on each page.
    location["physicalLocation"]["region"]["properties"]["page"] =
        file.source.PositionOf(f.begin).page;
  }
  r["locations"] = Json::array({location});
  r["partialFingerprints"]["hirelint/v1"] = Fingerprint(file.source, file.items, f);
  if (f.fix) {
    Json replacement;
    replacement["deletedRegion"] = Region(file.source, f.fix->begin, f.fix->end);
    replacement["insertedContent"]["text"] = f.fix->replacement;
    Json change;
    change["artifactLocation"] = ArtifactLocation(file.path);
    change["replacements"] = Json::array({replacement});
    Json fix;
    fix["description"]["text"] = Sentence(f.fix->description);
    fix["artifactChanges"] = Json::array({change});
    r["fixes"] = Json::array({fix});
  }
  return r;
}

}  // namespace

void WriteLintSarif(const std::vector<FileResult>& files, const std::vector<RuleSpec>& rules,
                    const std::vector<Error>& errors, std::ostream& out) {
  Json driver;
  driver["name"] = "hirelint";
  driver["version"] = HIRELINT_VERSION;
  driver["semanticVersion"] = HIRELINT_VERSION;
  driver["rules"] = Json::array();
  for (const RuleSpec& rule : rules) driver["rules"].push_back(RuleDescriptor(rule));

  // Files that could not be read are not silently missing: each is a notification.
  Json notifications = Json::array();
  auto notify = [&](const Error& e) {
    Json n;
    n["level"] = "error";
    n["message"]["text"] = Sentence(e.message);
    if (!e.path.empty()) {
      Json location;
      location["physicalLocation"]["artifactLocation"] = ArtifactLocation(e.path);
      if (e.line > 0) {
        location["physicalLocation"]["region"]["startLine"] = e.line;
        if (e.column > 0) location["physicalLocation"]["region"]["startColumn"] = e.column;
      }
      n["locations"] = Json::array({location});
    }
    notifications.push_back(std::move(n));
  };
  for (const Error& e : errors) notify(e);
  Json results = Json::array();
  for (const FileResult& file : files) {
    if (file.error) {
      notify(*file.error);
      continue;
    }
    for (const Finding& f : file.findings) results.push_back(ResultObject(file, f, rules));
  }

  Json invocation;
  invocation["executionSuccessful"] = notifications.empty();
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;

  Json run;
  run["tool"]["driver"] = driver;
  run["invocations"] = Json::array({invocation});
  run["columnKind"] = "unicodeCodePoints";  // hirelint counts columns in code points
  run["results"] = results;

  Json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = Json::array({run});
  out << DumpJson(log, 2) << "\n";
}

}  // namespace hirelint
