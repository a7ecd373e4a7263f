#pragma once
// The single entry point cli/ calls: builds the compiled state once (lexicons, matchers, rules)
// and runs read -> extract -> tokenize/tag -> check/score on each file. An Engine is immutable
// after Create, so one instance serves every thread.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "check/checker.h"
#include "check/finding.h"
#include "core/error.h"
#include "core/source_file.h"
#include "extract/extractor.h"
#include "extract/item.h"
#include "lexicon/lexicon_data.h"
#include "lexicon/lexicon_files.h"
#include "read/reader.h"
#include "score/bullet_score.h"
#include "suggest/rewrite.h"
#include "suggest/rewriter.h"
#include "tag/item_tags.h"
#include "tag/section_roles.h"
#include "tag/tagger.h"

namespace hirelint {

// A score weight replacing one of scoring.yaml's; `where` is the config entry that set it, so
// a name scoring.yaml does not define is reported there.
struct WeightOverride {
  double value = 0;
  SourceRef where;
};

struct EngineOptions {
  std::vector<std::string> lexicon_dirs;  // overlaid on the embedded lexicons, in order
  // Score weights replacing those of scoring.yaml, by group and name (a config's
  // story_weights arrive as the "story" group). Create fails (kConfig, at `where`) for a
  // group or name scoring.yaml does not define.
  std::map<std::string, std::map<std::string, WeightOverride>> weights;
};

// Everything hirelint knows about one file. `error` is set when the file could not be read or
// parsed; then the other fields are empty.
struct FileResult {
  std::string path;  // as given on the command line ("<stdin>" for "-")
  SourceFile source;
  std::vector<Item> items;
  std::vector<ItemTags> tags;             // one per item
  std::vector<std::string> section_roles;  // one per item
  std::vector<int> scores;                 // one per item (bullet score)
  std::vector<Finding> findings;           // none when RunOptions::findings is false
  std::vector<Rewrite> rewrites;  // one per item in bullets mode (suggest stage); none when
                                  // RunOptions::findings is false
  std::optional<Error> error;
  // The metric cache could not be written (the lint itself is complete and correct).
  std::optional<Error> cache_warning;
};

struct RunOptions {
  std::string input_format;  // "" to choose by extension and content
  ExtractMode mode = ExtractMode::kBullets;
  // In bullets mode, whether to check the items and build their rewrites (findings, rewrites);
  // `tag` shows neither, and they were a tenth of its work.
  bool findings = true;
  ReadOptions read;
  // Longest item (bullet, story) accepted, in bytes of cleaned text: a file with a longer one
  // is an error naming the item's position, never truncated or silently slow.
  size_t max_item_bytes = 1u << 20;
  // The rules for this run when a config changes them (severities, options, rules off);
  // null: the engine's own checker.
  std::shared_ptr<const Checker> checker;
  // Threads that tag one file's items (0: one per core). RunBatch gives a batch of one file all
  // its jobs, so linting one CV uses every core too; results do not depend on it.
  unsigned item_jobs = 1;
  // The metric cache's directory (engine/metric_cache.h), or "" for none. Run caches the
  // metrics of each file it reads by path; stdin and Process are never cached.
  std::string metric_cache_dir;
};

class Engine {
 public:
  static Result<std::shared_ptr<const Engine>> Create(const EngineOptions& options);
  // Builds from lexicon files already gathered (embedded, overlaid, or set from memory).
  static Result<std::shared_ptr<const Engine>> Create(const LexiconFiles& files,
                                                      const EngineOptions& options = {});

  // Reads and processes one path ("-" for stdin).
  FileResult Run(const std::string& path, const RunOptions& options) const;
  // Processes bytes already read (tests, stdin). In bullets mode (with RunOptions::findings)
  // the findings are those of the checks with the inline suppressions of the file applied
  // (check/suppressions.h).
  FileResult Process(SourceFile source, const RunOptions& options) const;

  // Expands directories into the files hirelint reads (sorted); bad paths go to `errors`.
  std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths,
                                       std::vector<Error>* errors) const;

  const Tagger& tagger() const { return *tagger_; }
  const Checker& checker() const { return *checker_; }
  const LexiconData& lexicons() const { return data_; }
  const SectionRoles& section_roles() const { return *roles_; }
  const Rewriter& rewriter() const { return *rewriter_; }

 private:
  Engine() = default;
  FileResult Process(SourceFile source, const RunOptions& options, MetricMemo* memo) const;
  LexiconData data_;
  std::shared_ptr<const Tagger> tagger_;
  std::shared_ptr<const Checker> checker_;
  std::shared_ptr<const Rewriter> rewriter_;
  std::unique_ptr<SectionRoles> roles_;
  BulletWeights bullet_weights_;
};

}  // namespace hirelint
