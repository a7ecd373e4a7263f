// The parts of the config that depend on the lexicons in force: rule ids and rule options are
// checked against them, and rule settings are applied to the rule specs.

#include <algorithm>

#include "config/config.h"
#include "core/did_you_mean.h"

namespace hirelint {
namespace {

Error ConfigError(const SourceRef& where, const std::string& message) {
  Error e;
  e.kind = ErrorKind::kConfig;
  e.path = where.origin;
  e.line = where.line;
  e.column = where.column;
  e.message = message;
  return e;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

// "did you mean 'x'?" when one name is close, else the list of names.
std::string Suggest(const std::string& name, const std::vector<std::string>& known,
                    const std::string& list_intro) {
  std::string near = DidYouMean(name, known);
  if (!near.empty()) return "; did you mean '" + near + "'?";
  return "; " + list_intro + ": " + Join(known);
}

std::optional<Error> ValidateRules(const std::vector<RuleConfig>& settings,
                                   const LexiconData& lexicons) {
  std::vector<std::string> ids;
  for (const RuleSpec& r : lexicons.rules) ids.push_back(r.id);
  for (const RuleConfig& setting : settings) {
    auto spec = std::find_if(lexicons.rules.begin(), lexicons.rules.end(),
                             [&](const RuleSpec& r) { return r.id == setting.rule; });
    if (spec == lexicons.rules.end()) {
      std::string near = DidYouMean(setting.rule, ids);
      return ConfigError(setting.where, "unknown rule '" + setting.rule + "'" +
                                            (near.empty() ? "; 'hirelint rules' lists them"
                                                          : "; did you mean '" + near + "'?"));
    }
    std::vector<std::string> options;
    for (const auto& [name, value] : spec->options) options.push_back(name);
    for (const auto& [name, option] : setting.options) {
      if (spec->options.count(name) != 0) continue;
      if (options.empty()) {
        return ConfigError(option.where, "rule '" + setting.rule + "' takes no options");
      }
      return ConfigError(option.where, "rule '" + setting.rule + "' has no option '" + name + "'" +
                                           Suggest(name, options, "its options are"));
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Error> ValidateConfig(const Config& config, const LexiconData& lexicons) {
  if (auto e = ValidateRules(config.rules, lexicons)) return e;
  for (const OverrideConfig& o : config.overrides) {
    if (auto e = ValidateRules(o.rules, lexicons)) return e;
  }
  return std::nullopt;
}

std::vector<RuleSpec> ApplyRuleConfig(const std::vector<RuleSpec>& rules,
                                      const std::vector<const std::vector<RuleConfig>*>& layers) {
  std::vector<RuleSpec> out = rules;
  std::vector<bool> off(out.size(), false);
  for (const auto* layer : layers) {
    for (const RuleConfig& setting : *layer) {
      for (size_t i = 0; i < out.size(); ++i) {
        if (out[i].id != setting.rule) continue;
        if (setting.severity) {
          off[i] = *setting.severity == "off";
          if (!off[i]) out[i].severity = *setting.severity;
        }
        for (const auto& [name, option] : setting.options) out[i].options[name] = option.value;
      }
    }
  }
  std::vector<RuleSpec> kept;
  for (size_t i = 0; i < out.size(); ++i) {
    if (!off[i]) kept.push_back(std::move(out[i]));
  }
  return kept;
}

}  // namespace hirelint
