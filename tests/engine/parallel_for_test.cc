// ParallelFor: every index exactly once, whatever the job count, including none to do.

#include <doctest/doctest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "engine/parallel_for.h"

namespace hirelint {
namespace {

TEST_CASE("ParallelFor: every index once, for any number of jobs") {
  for (unsigned jobs : {0u, 1u, 2u, 8u}) {
    for (size_t n : {size_t{0}, size_t{1}, size_t{3}, size_t{1000}}) {
      CAPTURE(jobs);
      CAPTURE(n);
      std::vector<std::atomic<int>> seen(n);
      ParallelFor(n, jobs, [&](size_t i) { ++seen[i]; });
      for (size_t i = 0; i < n; ++i) CHECK(seen[i].load() == 1);
    }
  }
}

TEST_CASE("ParallelFor: no more threads than give each min_per_job indices") {
  auto threads_used = [](size_t n, unsigned jobs, size_t min_per_job) {
    std::mutex mutex;
    std::set<std::thread::id> ids;
    std::vector<std::atomic<int>> seen(n);
    ParallelFor(
        n, jobs,
        [&](size_t i) {
          ++seen[i];
          std::lock_guard<std::mutex> lock(mutex);
          ids.insert(std::this_thread::get_id());
        },
        min_per_job);
    for (size_t i = 0; i < n; ++i) CHECK(seen[i].load() == 1);
    return std::make_pair(ids.size(), ids.count(std::this_thread::get_id()) > 0);
  };
  // 20 indices, at least 16 a thread: one job, on the calling thread.
  auto one = threads_used(20, 8, 16);
  CHECK(one.first == 1);
  CHECK(one.second);
  // 40 indices: at most two threads, neither the caller.
  auto two = threads_used(40, 8, 16);
  CHECK(two.first <= 2);
  CHECK_FALSE(two.second);
}

}  // namespace
}  // namespace hirelint
