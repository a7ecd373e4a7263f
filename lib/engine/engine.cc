#include "engine/engine.h"

#include "check/suppressions.h"
#include "core/did_you_mean.h"
#include "engine/metric_cache.h"
#include "engine/parallel_for.h"

namespace hirelint {
namespace {

Error UnknownWeight(const std::string& group, const std::string& name, const WeightOverride& weight,
                    const std::map<std::string, std::map<std::string, double>>& defined) {
  Error e;
  e.kind = ErrorKind::kConfig;
  e.path = weight.where.origin;
  e.line = weight.where.line;
  e.column = weight.where.column;
  auto it = defined.find(group);
  if (it == defined.end()) {
    e.message = "unknown " + group + " weight '" + name + "': scoring.yaml defines no '" + group +
                "' weights";
    return e;
  }
  std::vector<std::string> names;
  for (const auto& [known, value] : it->second) names.push_back(known);
  std::string near = DidYouMean(name, names);
  e.message = "unknown " + group + " weight '" + name + "'";
  if (!near.empty()) {
    e.message += "; did you mean '" + near + "'?";
  } else {
    std::string list;
    for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
    e.message += "; scoring.yaml's " + group + " weights are: " + list;
  }
  return e;
}

}  // namespace

Result<std::shared_ptr<const Engine>> Engine::Create(const EngineOptions& options) {
  LexiconFiles files = LexiconFiles::Embedded();
  for (const std::string& dir : options.lexicon_dirs) {
    auto overlaid = files.Overlay(dir);
    if (!overlaid.ok()) return overlaid.error();
  }
  return Create(files, options);
}

// `options.lexicon_dirs` are already in `files`; only the weight overrides are used here.
Result<std::shared_ptr<const Engine>> Engine::Create(const LexiconFiles& files,
                                                     const EngineOptions& options) {
  auto data = LoadLexicons(files);
  if (!data.ok()) return data.error();
  std::shared_ptr<Engine> engine(new Engine());
  engine->data_ = std::move(data.value());
  for (const auto& [group, overrides] : options.weights) {
    auto defined = engine->data_.weights.find(group);
    for (const auto& [name, weight] : overrides) {
      if (defined == engine->data_.weights.end() || defined->second.count(name) == 0) {
        return UnknownWeight(group, name, weight, engine->data_.weights);
      }
      defined->second[name] = weight.value;
    }
  }
  // The embedded metric patterns were compiled by the build (tools/lexicon_blob.cc).
  auto tagger =
      Tagger::Build(engine->data_, files.unmodified_embedded() ? PatternCheck::kCheckedByBuild
                                                               : PatternCheck::kParseNow);
  if (!tagger.ok()) return tagger.error();
  engine->tagger_ = tagger.value();
  auto checker = Checker::Build(engine->data_.rules);
  if (!checker.ok()) return checker.error();
  engine->checker_ = checker.value();
  auto rewriter = Rewriter::Build(engine->data_, engine->tagger_->tokenizer());
  if (!rewriter.ok()) return rewriter.error();
  engine->rewriter_ = rewriter.value();
  engine->roles_ = std::make_unique<SectionRoles>(engine->data_.section_roles);
  auto weights = engine->data_.weights.find("bullet");
  if (weights != engine->data_.weights.end()) {
    engine->bullet_weights_ = BulletWeights::FromMap(weights->second);
  }
  return std::shared_ptr<const Engine>(engine);
}

std::vector<std::string> Engine::ExpandPaths(const std::vector<std::string>& paths,
                                             std::vector<Error>* errors) const {
  return ExpandInputs(paths, IsSupportedPath, SupportedExtensions(), errors);
}

FileResult Engine::Run(const std::string& path, const RunOptions& options) const {
  auto source = ReadSource(path, options.read);
  if (!source.ok()) {
    FileResult result;
    result.path = path == "-" ? "<stdin>" : path;
    result.error = source.error();
    return result;
  }
  if (options.metric_cache_dir.empty() || path == "-") {
    return Process(std::move(source.value()), options, nullptr);
  }
  std::string id = MetricCacheId(tagger_->metric_fingerprint());
  if (id.empty()) {
    FileResult result = Process(std::move(source.value()), options, nullptr);
    Error e;
    e.kind = ErrorKind::kUsage;
    e.message =
        "this hirelint executable has no GNU build ID, so --cache cannot tell its "
        "results from another build's and is off; link it with --build-id";
    result.cache_warning = e;
    return result;
  }
  std::string cache_path = MetricCachePath(options.metric_cache_dir, path);
  // A cache file holds the document's text and its metrics: a few times the document at most.
  MetricMemo memo = LoadMetricMemo(cache_path, id, 4 * options.read.max_file_bytes + (1u << 20));
  FileResult result = Process(std::move(source.value()), options, &memo);
  // A file that failed stays as it was cached: its items may not all have been tagged.
  if (!result.error) result.cache_warning = SaveMetricMemo(cache_path, memo);
  return result;
}

FileResult Engine::Process(SourceFile source, const RunOptions& options) const {
  return Process(std::move(source), options, nullptr);
}

FileResult Engine::Process(SourceFile source, const RunOptions& options, MetricMemo* memo) const {
  FileResult result;
  result.path = source.path();
  const ExtractorEntry* extractor = ChooseExtractor(source.path(), source, options.input_format);
  if (extractor == nullptr) {
    Error e;
    e.kind = options.input_format.empty() ? ErrorKind::kInput : ErrorKind::kUsage;
    e.path = source.path();
    e.message = options.input_format.empty()
                    ? "unsupported file type; hirelint reads " + SupportedExtensions() +
                          " (or pass --input-format)"
                    : "unknown input format '" + options.input_format + "'; use one of " +
                          ExtractorNames();
    result.error = e;
    return result;
  }
  auto extraction = extractor->extract(source, options.mode);
  if (!extraction.ok()) {
    result.error = extraction.error();
    return result;
  }
  result.items = std::move(extraction.value().items);
  if (extraction.value().view) source = std::move(*extraction.value().view);
  for (const Item& item : result.items) {
    if (item.text.size() <= options.max_item_bytes) continue;
    Position p = source.PositionOf(item.SourceBegin());
    Error e;
    e.kind = ErrorKind::kLimit;
    e.path = source.path();
    e.line = p.line;
    e.column = p.column;
    e.message = "item is " + std::to_string(item.text.size() >> 10) + " KiB long, over the limit of " +
                std::to_string(options.max_item_bytes >> 10) + " KiB; raise it with --max-item-size";
    FileResult failed;
    failed.path = result.path;
    failed.error = e;
    return failed;
  }
  // Tagging is most of a file's work, and items are independent: with item_jobs other than 1
  // they are tagged on several threads, each given at least 16 items.
  result.tags.resize(result.items.size());
  size_t text_bytes = 0;
  for (const Item& item : result.items) text_bytes += item.text.size();
  // A large file goes straight to the metric Sets, a small one of short items is searched
  // anchored.
  tagger_->AnnounceText(text_bytes, result.items.size());
  ParallelFor(
      result.items.size(), options.item_jobs,
      [&](size_t i) { result.tags[i] = tagger_->Tag(result.items[i].text, memo); },
      /*min_per_job=*/16);
  result.section_roles.reserve(result.items.size());
  for (size_t i = 0; i < result.items.size(); ++i) {
    const Item& item = result.items[i];
    // Items come in runs of one section: its role is looked up once a run.
    bool same_section = i > 0 && item.section == result.items[i - 1].section;
    result.section_roles.push_back(same_section ? result.section_roles.back()
                                                : roles_->RoleOf(item.section));
    result.scores.push_back(ScoreBullet(result.tags[i], bullet_weights_));
  }
  if (options.mode == ExtractMode::kBullets && options.findings) {
    const Checker& checker = options.checker ? *options.checker : *checker_;
    result.findings = checker.Check(result.items, result.tags, result.section_roles,
                                    extraction.value().issues);
    // Accepted findings are gone before the rewrites are built from the rest.
    ApplySuppressions(source, CommentSyntaxFor(extractor->name), result.items, data_.rules,
                      checker.FindRule(kUnusedSuppressionRule), &result.findings);
    // suggest: rewrites from the same tags and findings; lint findings then carry them.
    result.rewrites =
        rewriter_->SuggestAll(result.items, result.tags, result.section_roles, result.findings);
    rewriter_->AttachToFindings(result.rewrites, &result.findings);
  }
  result.source = std::move(source);
  return result;
}

}  // namespace hirelint
