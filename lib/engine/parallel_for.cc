#include "engine/parallel_for.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace hirelint {

void ParallelFor(size_t n, unsigned jobs, const std::function<void(size_t)>& body,
                 size_t min_per_job) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(
      std::max<size_t>(1, std::min<size_t>(jobs, n / std::max<size_t>(1, min_per_job))));
  std::atomic<size_t> next{0};
  auto work = [&]() {
    for (size_t i = next++; i < n; i = next++) body(i);
  };
  if (jobs <= 1) {
    work();
    return;
  }
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < jobs; ++t) workers.emplace_back(work);
  for (auto& w : workers) w.join();
}

}  // namespace hirelint
