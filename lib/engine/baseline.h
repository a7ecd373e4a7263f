#pragma once
// Baselines: a file of accepted findings, so CI fails only on new ones. Each entry is a
// finding's file (relative to the baseline's own directory, so the baseline works from any
// working directory), rule, fingerprint (check/fingerprint.h) and normalised text (for people
// reviewing the baseline in a diff). Line numbers are not stored: moving a bullet keeps its
// entry; editing it makes the finding new.
//
//   {"hirelint_baseline": 1,
//    "findings": [{"file": "cv.md", "rule": "verb-weak-opener",
//                  "fingerprint": "9c1f0e6a3b2d4c5e", "text": "helped with the migration."}]}

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "engine/engine.h"

namespace hirelint {

struct BaselineEntry {
  std::string file;
  std::string rule;
  std::string fingerprint;
  std::string text;
};

struct Baseline {
  std::string dir;  // absolute directory of the baseline file; entries' paths are relative to it
  std::vector<BaselineEntry> entries;  // sorted by file, rule, text, fingerprint
};

// The entries for every finding in `files` (files with errors contribute none), for a
// baseline file to be written at `baseline_path`.
Baseline MakeBaseline(const std::vector<FileResult>& files, const std::string& baseline_path);

// The JSON text of a baseline, one entry per line, ending in a newline.
std::string SerializeBaseline(const Baseline& baseline);

// Reads a baseline file. Errors (kind kConfig) name the file, and for JSON syntax errors the
// line and column.
Result<Baseline> ReadBaseline(const std::string& path);

// Writes the baseline of `files` to `path` atomically (core/atomic_write.h).
std::optional<Error> WriteBaseline(const std::vector<FileResult>& files, const std::string& path);

// Removes the findings `baseline` accepts: each entry accepts one finding with the same file
// and fingerprint, so a second copy of an accepted bullet is still reported. Returns how many
// findings were removed.
size_t ApplyBaseline(const Baseline& baseline, std::vector<FileResult>* files);

}  // namespace hirelint
