#include "engine/batch.h"

#include <atomic>

#include "engine/parallel_for.h"

namespace hirelint {

std::vector<FileResult> RunBatch(const Engine& engine, const std::vector<std::string>& paths,
                                 const RunOptions& options, unsigned jobs,
                                 const std::function<void(size_t)>& on_done) {
  std::vector<FileResult> results(paths.size());
  std::atomic<size_t> done{0};
  ParallelFor(paths.size(), jobs, [&](size_t i) {
    results[i] = engine.Run(paths[i], options);
    size_t finished = ++done;
    if (on_done) on_done(finished);
  });
  return results;
}

}  // namespace hirelint
