#pragma once
// Shared helpers for tests: the repository's paths, running the built binary, reading files,
// and one Engine for the whole test run (building it compiles every lexicon).

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/engine.h"

namespace hirelint::testing {

// Absolute path of a file in the source tree, e.g. SourcePath("samples/cv.md").
std::string SourcePath(const std::string& relative);
std::string ReadFileOrDie(const std::string& path);

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs build/hirelint with `args` (shell-quoted here) from the source tree's root, feeding
// `stdin_text`, with NO_COLOR set and the variables in `env` ("NAME=value" each) added.
CommandResult RunHirelint(const std::vector<std::string>& args, const std::string& stdin_text = "",
                          const std::vector<std::string>& env = {});

// Whether `haystack` holds `needle`, and whether `s` ends with `suffix`: what most checks of a
// command's output or an error message ask.
bool Contains(const std::string& haystack, const std::string& needle);
bool EndsWith(const std::string& s, const std::string& suffix);

// A metric cache file (tag/metric_memo.h) with its checksum line recomputed for its body, as
// only someone forging the file would: what the tests use to get past the checksum.
std::string ResignMetricMemo(const std::string& file);

// The engine built from the embedded lexicons, shared by all tests.
const Engine& SharedEngine();

// Processes `text` as if it were a file named `name` (the extension picks the extractor).
FileResult ProcessText(const std::string& name, const std::string& text,
                       ExtractMode mode = ExtractMode::kBullets);

// A fresh temporary directory, removed at exit.
std::string TempDir();

// Compares `actual` with the golden file tests/golden/<name>; with HIRELINT_UPDATE_GOLDEN=1 in
// the environment, rewrites the golden file instead. Returns whether they match.
bool MatchesGolden(const std::string& name, const std::string& actual);

// Sets (or, given nullptr, unsets) an environment variable of this process for one scope, and
// puts back what was there before.
class ScopedEnvironmentVariable {
 public:
  ScopedEnvironmentVariable(const char* name, const char* value);
  ~ScopedEnvironmentVariable();
  ScopedEnvironmentVariable(const ScopedEnvironmentVariable&) = delete;
  ScopedEnvironmentVariable& operator=(const ScopedEnvironmentVariable&) = delete;

 private:
  std::string name_;
  std::optional<std::string> old_;
};

}  // namespace hirelint::testing
