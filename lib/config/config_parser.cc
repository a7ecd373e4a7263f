// Parses .hirelint.yaml against its schema. Everything a user can get wrong is reported at the
// node where it happens, with the key's name and, for a misspelt name, the likely intended one.

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "config/config.h"
#include "config/glob.h"
#include "core/did_you_mean.h"
#include "core/yaml_one_document.h"

namespace hirelint {
namespace {

struct ConfigError {
  Error error;
};

const std::vector<std::string> kTopKeys = {"fail_on",   "ignore", "lexicons",
                                           "overrides", "rules",  "story_weights"};
const std::vector<std::string> kSeverities = {"off", "info", "warning", "error"};
const std::vector<std::string> kFailOn = {"info", "warning", "error", "none"};

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

std::string Describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map:
      return "a mapping";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Scalar:
      return "'" + node.Scalar() + "'";
    default:
      return "empty";
  }
}

class Parser {
 public:
  Parser(std::string path, std::string dir) : path_(std::move(path)), dir_(std::move(dir)) {}

  SourceRef Where(const YAML::Node& node) const {
    SourceRef ref{path_, 0, 0};
    if (node.Mark().line >= 0) {
      ref.line = static_cast<size_t>(node.Mark().line) + 1;
      ref.column = static_cast<size_t>(node.Mark().column) + 1;
    }
    return ref;
  }

  [[noreturn]] void Fail(const YAML::Node& node, const std::string& message) const {
    Fail(Where(node), message);
  }
  [[noreturn]] void Fail(const SourceRef& where, const std::string& message) const {
    Error e;
    e.kind = ErrorKind::kConfig;
    e.path = path_;
    e.line = where.line;
    e.column = where.column;
    e.message = message;
    throw ConfigError{e};
  }

  // The keys of a mapping, in order, each a plain scalar and written once.
  std::vector<std::pair<YAML::Node, YAML::Node>> Entries(const YAML::Node& map,
                                                         const std::string& what) const {
    if (!map.IsMap()) Fail(map, what + " must be a mapping, not " + Describe(map));
    std::vector<std::pair<YAML::Node, YAML::Node>> out;
    std::set<std::string> seen;
    for (const auto& kv : map) {
      if (!kv.first.IsScalar()) Fail(kv.first, "a key in " + what + " must be a plain name");
      if (!seen.insert(kv.first.Scalar()).second) {
        Fail(kv.first, "'" + kv.first.Scalar() + "' is written twice in " + what +
                           "; keep one (YAML keeps only the last)");
      }
      out.emplace_back(kv.first, kv.second);
    }
    return out;
  }

  void RejectUnknown(const YAML::Node& key, const std::vector<std::string>& known,
                     const std::string& where) const {
    const std::string name = key.Scalar();
    for (const auto& k : known) {
      if (k == name) return;
    }
    std::string near = DidYouMean(name, known);
    std::string message = "unknown key '" + name + "' in " + where;
    message += near.empty() ? "; known keys: " + Join(known) : "; did you mean '" + near + "'?";
    Fail(key, message);
  }

  std::string Choice(const YAML::Node& node, const std::vector<std::string>& choices,
                     const std::string& what) const {
    if (!node.IsScalar()) {
      Fail(node, what + " must be one of " + Join(choices) + ", not " + Describe(node));
    }
    const std::string value = node.Scalar();
    for (const auto& c : choices) {
      if (c == value) return value;
    }
    std::string near = DidYouMean(value, choices);
    Fail(node, what + " must be one of " + Join(choices) + ", not '" + value + "'" +
                   (near.empty() ? "" : "; did you mean '" + near + "'?"));
  }

  RuleConfig::Option Number(const YAML::Node& node, const std::string& what) const {
    if (!node.IsScalar()) Fail(node, what + " must be a number, not " + Describe(node));
    try {
      return {node.as<double>(), Where(node)};
    } catch (const YAML::Exception&) {
      Fail(node, what + " must be a number, not '" + node.Scalar() + "'");
    }
  }

  std::vector<std::pair<std::string, YAML::Node>> Strings(const YAML::Node& node,
                                                          const std::string& what,
                                                          const std::string& item) const {
    std::vector<std::pair<std::string, YAML::Node>> out;
    if (node.IsNull()) return out;  // a key whose entries are all commented out
    if (!node.IsSequence())
      Fail(node, what + " must be a list of " + item + ", not " + Describe(node));
    for (const auto& entry : node) {
      if (!entry.IsScalar() || entry.Scalar().empty()) {
        Fail(entry, "each entry of " + what + " must be " + item + ", not " + Describe(entry));
      }
      out.emplace_back(entry.Scalar(), entry);
    }
    return out;
  }

  std::vector<std::string> Globs(const YAML::Node& node, const std::string& what) const {
    std::vector<std::string> out;
    for (auto& [glob, entry] : Strings(node, what, "a path glob")) {
      if (auto problem = GlobSyntaxError(glob)) Fail(entry, "glob '" + glob + "': " + *problem);
      out.push_back(glob);
    }
    return out;
  }

  std::vector<RuleConfig> Rules(const YAML::Node& node, const std::string& what) const {
    std::vector<RuleConfig> out;
    if (node.IsNull()) return out;  // `rules:` with every entry commented out
    for (const auto& [key, value] : Entries(node, what)) {
      RuleConfig rule;
      rule.rule = key.Scalar();
      rule.where = Where(key);
      const std::string label = "rule '" + rule.rule + "'";
      if (value.IsScalar()) {
        rule.severity = Choice(value, kSeverities, "the severity of " + label);
      } else if (value.IsMap()) {
        for (const auto& [k, v] : Entries(value, label)) {
          RejectUnknown(k, {"severity", "options"}, label);
          if (k.Scalar() == "severity") {
            rule.severity = Choice(v, kSeverities, "the severity of " + label);
          } else {
            for (const auto& [name, number] : Entries(v, "the options of " + label)) {
              rule.options[name.Scalar()] =
                  Number(number, "option '" + name.Scalar() + "' of " + label);
              rule.options[name.Scalar()].where = Where(name);
            }
          }
        }
      } else {
        Fail(value, label +
                        " needs a severity (off, info, warning, error) or a mapping "
                        "{severity, options}, not " +
                        Describe(value));
      }
      out.push_back(std::move(rule));
    }
    return out;
  }

  Config Parse(const std::string& text) const {
    YAML::Node root;
    try {
      root = LoadOneYamlDocument(text);
    } catch (const YAML::ParserException& e) {
      SourceRef where{path_, 0, 0};
      if (e.mark.line >= 0) {
        where.line = static_cast<size_t>(e.mark.line) + 1;
        where.column = static_cast<size_t>(e.mark.column) + 1;
      }
      Fail(where, "YAML syntax error: " + e.msg);
    }
    Config config;
    config.path = path_;
    config.dir = dir_;
    if (!root || root.IsNull()) return config;  // an empty file changes nothing
    for (const auto& [key, value] : Entries(root, "the config")) {
      RejectUnknown(key, kTopKeys, "the config");
      const std::string name = key.Scalar();
      if (name == "rules") {
        config.rules = Rules(value, "'rules'");
      } else if (name == "fail_on") {
        config.fail_on = Choice(value, kFailOn, "'fail_on'");
      } else if (name == "lexicons") {
        for (auto& [dir, entry] : Strings(value, "'lexicons'", "a directory")) {
          std::filesystem::path p(dir);
          config.lexicon_dirs.push_back(
              (p.is_absolute() ? p : std::filesystem::path(dir_) / p).lexically_normal().string());
        }
      } else if (name == "ignore") {
        config.ignore = Globs(value, "'ignore'");
      } else if (name == "overrides") {
        if (value.IsNull()) continue;
        if (!value.IsSequence()) {
          Fail(value, "'overrides' must be a list of {files, rules}, not " + Describe(value));
        }
        for (const auto& entry : value) {
          OverrideConfig o;
          o.where = Where(entry);
          bool has_files = false;
          for (const auto& [k, v] : Entries(entry, "an override")) {
            RejectUnknown(k, {"files", "rules"}, "an override");
            if (k.Scalar() == "files") {
              o.files = Globs(v, "'files'");
              has_files = true;
            } else {
              o.rules = Rules(v, "the override's 'rules'");
            }
          }
          if (!has_files || o.files.empty()) {
            Fail(entry, "an override needs 'files', a list of the path globs it applies to");
          }
          config.overrides.push_back(std::move(o));
        }
      } else if (name == "story_weights") {
        if (value.IsNull()) continue;
        for (const auto& [k, v] : Entries(value, "'story_weights'")) {
          config.story_weights[k.Scalar()] = Number(v, "story weight '" + k.Scalar() + "'");
          config.story_weights[k.Scalar()].where = Where(k);
        }
      }
    }
    return config;
  }

 private:
  std::string path_;
  std::string dir_;
};

}  // namespace

Result<Config> ParseConfig(const std::string& path, const std::string& dir,
                           const std::string& text) {
  try {
    return Parser(path, dir).Parse(text);
  } catch (const ConfigError& e) {
    return e.error;
  } catch (const YAML::Exception& e) {  // a conversion inside yaml-cpp
    Error error;
    error.kind = ErrorKind::kConfig;
    error.path = path;
    if (e.mark.line >= 0) {
      error.line = static_cast<size_t>(e.mark.line) + 1;
      error.column = static_cast<size_t>(e.mark.column) + 1;
    }
    error.message = e.msg;
    return error;
  }
}

Result<Config> LoadConfig(const std::string& path, const std::string& display) {
  namespace fs = std::filesystem;
  const std::string& shown = display.empty() ? path : display;
  std::ifstream in(path, std::ios::binary);
  std::error_code ec;
  if (!in || fs::is_directory(path, ec)) {
    Error e;
    e.kind = ErrorKind::kConfig;
    e.path = shown;
    e.message = fs::exists(path, ec) ? "cannot read the config file"
                                     : "config file not found (create one with 'hirelint init')";
    return e;
  }
  std::string text(std::istreambuf_iterator<char>(in), {});
  fs::path dir = fs::absolute(fs::path(path), ec).lexically_normal().parent_path();
  return ParseConfig(shown, dir.string(), text);
}

}  // namespace hirelint
