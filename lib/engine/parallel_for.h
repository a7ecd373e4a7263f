#pragma once
// Runs body(i) for every i in [0, n) on `jobs` threads (0: one per core), each thread taking
// the next index as it finishes one. Returns when all are done. No more threads start than
// give each at least `min_per_job` indices (with fewer, starting one costs more than it
// saves); with one job, runs on the calling thread. `body` must be safe to call from several
// threads at once.

#include <cstddef>
#include <functional>

namespace hirelint {

void ParallelFor(size_t n, unsigned jobs, const std::function<void(size_t)>& body,
                 size_t min_per_job = 1);

}  // namespace hirelint
