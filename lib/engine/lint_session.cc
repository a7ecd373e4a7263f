#include "engine/lint_session.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <sstream>

#include "config/config.h"
#include "engine/baseline.h"
#include "engine/batch.h"
#include "extract/extractor.h"

namespace hirelint {
namespace fs = std::filesystem;
namespace {

// Finds, loads and caches configs, engines and checkers for the files of one run.
class Session {
 public:
  explicit Session(const LintSessionOptions& options) : options_(options) {}

  // The config for `path`, or nullptr when none applies.
  Result<const Config*> ConfigFor(const std::string& path) {
    if (options_.config_mode == ConfigMode::kNone) return static_cast<const Config*>(nullptr);
    if (options_.config_mode == ConfigMode::kFile)
      return Load(options_.config_file, options_.config_file);
    std::error_code ec;
    fs::path start = path == "-"
                         ? fs::current_path(ec)
                         : fs::absolute(fs::path(path), ec).lexically_normal().parent_path();
    auto found = found_.find(start.string());
    if (found == found_.end()) {
      found = found_.emplace(start.string(), FindConfigFile(start.string())).first;
    }
    if (!found->second) return static_cast<const Config*>(nullptr);
    return Load(*found->second, DisplayPath(*found->second));
  }

  // The engine for files under `config` (its lexicons and story weights, then --lexicons),
  // with the config checked against that engine's rules.
  Result<std::shared_ptr<const Engine>> EngineFor(const Config* config) {
    auto known = config_engines_.find(config);
    if (known != config_engines_.end()) return known->second;
    EngineOptions engine_options = EngineOptionsFor(config, options_.engine);
    std::ostringstream key;
    for (const auto& dir : engine_options.lexicon_dirs) key << dir << '\n';
    for (const auto& [group, weights] : engine_options.weights) {
      for (const auto& [name, w] : weights) key << group << '.' << name << '=' << w.value << '\n';
    }
    auto& engine = engines_[key.str()];
    if (!engine) {
      auto created = Engine::Create(engine_options);
      if (!created.ok()) return created.error();
      engine = created.value();
    }
    if (config != nullptr) {
      if (auto error = ValidateConfig(*config, engine->lexicons())) return *error;
    }
    config_engines_[config] = engine;
    return engine;
  }

  // The checker for `path`: null when the config changes no rule for it (the engine's own).
  Result<std::shared_ptr<const Checker>> CheckerFor(const Config* config, const Engine& engine,
                                                    const std::string& path) {
    if (config == nullptr) return std::shared_ptr<const Checker>();
    std::vector<size_t> matched;
    if (path != "-") matched = MatchingOverrides(*config, path);
    if (config->rules.empty() && matched.empty()) return std::shared_ptr<const Checker>();
    auto& checker = checkers_[{config, matched}];
    if (!checker) {
      std::vector<const std::vector<RuleConfig>*> layers = {&config->rules};
      for (size_t i : matched) layers.push_back(&config->overrides[i].rules);
      auto built = Checker::Build(ApplyRuleConfig(engine.lexicons().rules, layers));
      if (!built.ok()) return built.error();
      checker = built.value();
    }
    return checker;
  }

  // Every rule of the engines built, by id; builds the plain engine when none was needed.
  Result<std::vector<RuleSpec>> Rules() {
    if (engines_.empty()) {
      auto engine = EngineFor(nullptr);
      if (!engine.ok()) return engine.error();
    }
    std::map<std::string, RuleSpec> by_id;
    for (const auto& [key, engine] : engines_) {
      for (const RuleSpec& r : engine->lexicons().rules) by_id.emplace(r.id, r);
    }
    std::vector<RuleSpec> out;
    for (auto& [id, rule] : by_id) out.push_back(std::move(rule));
    return out;
  }

 private:
  Result<const Config*> Load(const std::string& path, const std::string& display) {
    std::error_code ec;
    std::string key = fs::absolute(fs::path(path), ec).lexically_normal().string();
    auto it = configs_.find(key);
    if (it != configs_.end()) return static_cast<const Config*>(it->second.get());
    auto loaded = LoadConfig(path, display);
    if (!loaded.ok()) return loaded.error();
    auto config = std::make_unique<Config>(std::move(loaded.value()));
    const Config* out = config.get();
    configs_[key] = std::move(config);
    return out;
  }

  const LintSessionOptions& options_;
  std::map<std::string, std::optional<std::string>> found_;       // start directory -> config file
  std::map<std::string, std::unique_ptr<Config>> configs_;        // absolute path -> config
  std::map<std::string, std::shared_ptr<const Engine>> engines_;  // lexicons and weights -> engine
  std::map<const Config*, std::shared_ptr<const Engine>> config_engines_;
  std::map<std::pair<const Config*, std::vector<size_t>>, std::shared_ptr<const Checker>> checkers_;
};

}  // namespace

std::string DisplayPath(const std::string& absolute_path) {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  if (ec) return absolute_path;
  fs::path relative = fs::path(absolute_path).lexically_normal().lexically_relative(cwd);
  if (relative.empty() || *relative.begin() == "..") return absolute_path;
  return relative.string();
}

EngineOptions EngineOptionsFor(const Config* config, const EngineOptions& base) {
  EngineOptions out;
  if (config != nullptr) {
    out.lexicon_dirs = config->lexicon_dirs;
    for (const auto& [name, weight] : config->story_weights) {
      out.weights["story"][name] = {weight.value, weight.where};
    }
  }
  for (const auto& dir : base.lexicon_dirs) out.lexicon_dirs.push_back(dir);
  for (const auto& [group, weights] : base.weights) {
    for (const auto& [name, value] : weights) out.weights[group][name] = value;
  }
  return out;
}

Result<std::shared_ptr<const Config>> LoadRunConfig(ConfigMode mode,
                                                    const std::string& config_file) {
  std::optional<std::string> path;
  std::string display;
  if (mode == ConfigMode::kFile) {
    path = config_file;
    display = config_file;
  } else if (mode == ConfigMode::kDiscover) {
    std::error_code ec;
    path = FindConfigFile(fs::current_path(ec).string());
    if (path) display = DisplayPath(*path);
  }
  if (!path) return std::shared_ptr<const Config>();
  auto loaded = LoadConfig(*path, display);
  if (!loaded.ok()) return loaded.error();
  return std::shared_ptr<const Config>(std::make_shared<Config>(std::move(loaded.value())));
}

Result<LintSession> RunLintSession(const LintSessionOptions& options) {
  LintSession session;
  Session s(options);
  if (options.config_mode == ConfigMode::kFile) {
    auto config = s.ConfigFor("-");  // the named config must load even with no input
    if (!config.ok()) return config.error();
  }
  std::vector<std::string> expanded =
      ExpandInputs(options.paths, IsSupportedPath, SupportedExtensions(), &session.input_errors);
  // A directory walk skips hidden files as it skips hidden folders: .hirelint.yaml and a
  // .hirelint-baseline.json sit next to the CVs but are not CVs. Named files are always read.
  std::vector<std::string> paths;
  for (const std::string& path : expanded) {
    bool named = std::find(options.paths.begin(), options.paths.end(), path) != options.paths.end();
    std::string name = fs::path(path).filename().string();
    if (!named && !name.empty() && name[0] == '.') continue;
    paths.push_back(path);
  }

  struct Plan {
    std::string path;
    std::shared_ptr<const Engine> engine;
    std::shared_ptr<const Checker> checker;
  };
  std::vector<Plan> plans;
  for (const std::string& path : paths) {
    auto config = s.ConfigFor(path);
    if (!config.ok()) return config.error();
    const Config* c = config.value();
    if (c != nullptr && path != "-" && IsIgnored(*c, path)) {
      ++session.ignored;
      continue;
    }
    auto engine = s.EngineFor(c);
    if (!engine.ok()) return engine.error();
    auto checker = s.CheckerFor(c, *engine.value(), path);
    if (!checker.ok()) return checker.error();
    plans.push_back({path, engine.value(), checker.value()});
    if (std::find(session.engines.begin(), session.engines.end(), engine.value()) ==
        session.engines.end()) {
      session.engines.push_back(engine.value());
    }
    session.fail_on.push_back(!options.fail_on.empty()     ? options.fail_on
                              : c != nullptr && c->fail_on ? *c->fail_on
                                                           : "error");
  }

  // Files sharing an engine and a checker run as one batch on every core; results go back to
  // input order.
  session.files.resize(plans.size());
  std::map<std::pair<const Engine*, const Checker*>, std::vector<size_t>> groups;
  for (size_t i = 0; i < plans.size(); ++i) {
    groups[{plans[i].engine.get(), plans[i].checker.get()}].push_back(i);
  }
  for (const auto& [key, indices] : groups) {
    RunOptions run = options.run;
    run.checker = plans[indices.front()].checker;
    std::vector<std::string> group_paths;
    for (size_t i : indices) group_paths.push_back(plans[i].path);
    std::vector<FileResult> results =
        RunBatch(*plans[indices.front()].engine, group_paths, run, options.jobs);
    for (size_t k = 0; k < indices.size(); ++k) session.files[indices[k]] = std::move(results[k]);
  }

  auto rules = s.Rules();
  if (!rules.ok()) return rules.error();
  session.rules = std::move(rules.value());

  if (!options.baseline.empty()) {
    auto baseline = ReadBaseline(options.baseline);
    if (!baseline.ok()) return baseline.error();
    session.baselined += ApplyBaseline(baseline.value(), &session.files);
  }
  if (!options.write_baseline.empty()) {
    Baseline written = MakeBaseline(session.files, options.write_baseline);
    if (auto error = WriteBaseline(session.files, options.write_baseline)) return *error;
    session.baseline_written = written.entries.size();
    session.baselined += ApplyBaseline(written, &session.files);
  }
  return session;
}

}  // namespace hirelint
