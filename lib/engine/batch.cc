#include "engine/batch.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace hirelint {

std::vector<FileResult> RunBatch(const Engine& engine, const std::vector<std::string>& paths,
                                 const RunOptions& options, unsigned jobs,
                                 const std::function<void(size_t)>& on_done) {
  std::vector<FileResult> results(paths.size());
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min<unsigned>(jobs, static_cast<unsigned>(std::max<size_t>(1, paths.size())));
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  auto work = [&]() {
    for (size_t i = next++; i < paths.size(); i = next++) {
      results[i] = engine.Run(paths[i], options);
      size_t finished = ++done;
      if (on_done) on_done(finished);
    }
  };
  if (jobs <= 1) {
    work();
    return results;
  }
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < jobs; ++t) workers.emplace_back(work);
  for (auto& w : workers) w.join();
  return results;
}

}  // namespace hirelint
