#pragma once
// Runs the engine over many paths on `jobs` threads. Results come back in the order of `paths`
// whatever the number of threads, so output is the same with --jobs 1 and --jobs N.

#include <functional>
#include <string>
#include <vector>

#include "engine/engine.h"

namespace hirelint {

// `jobs` 0 means one per hardware thread. `on_done` (optional) is called after each file, from
// worker threads, with the number of files finished so far; it must be thread-safe.
std::vector<FileResult> RunBatch(const Engine& engine, const std::vector<std::string>& paths,
                                 const RunOptions& options, unsigned jobs,
                                 const std::function<void(size_t)>& on_done = nullptr);

}  // namespace hirelint
