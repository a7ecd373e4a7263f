// ParallelFor: every index exactly once, whatever the job count, including none to do.

#include <doctest/doctest.h>

#include <atomic>
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

}  // namespace
}  // namespace hirelint
