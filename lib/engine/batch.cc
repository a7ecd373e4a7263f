#include "engine/batch.h"

#include <atomic>

#include "engine/parallel_for.h"

namespace hirelint {

std::vector<FileResult> RunBatch(const Engine& engine, const std::vector<std::string>& paths,
                                 const RunOptions& options, unsigned jobs,
                                 const std::function<void(size_t)>& on_done) {
  std::vector<FileResult> results(paths.size());
  std::atomic<size_t> done{0};
  // One file: its items share the threads (tagging is most of the work). More files: a thread
  // a file, and each file's items on that thread.
  RunOptions per_file = options;
  per_file.item_jobs = paths.size() == 1 ? jobs : 1;
  ParallelFor(paths.size(), jobs, [&](size_t i) {
    results[i] = engine.Run(paths[i], per_file);
    size_t finished = ++done;
    if (on_done) on_done(finished);
  });
  return results;
}

}  // namespace hirelint
