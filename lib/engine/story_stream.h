#pragma once
// Scoring a StoryFeed batch by batch, with results handed out in input order. With more than
// one job, reading the next batch and handing out the previous one's results overlap with
// scoring the current batch: done in turn, reading JSONL and writing results were serial
// phases between parallel ones, and held 2 jobs at 1.71x one job over 100,000 stories.

#include <cstddef>
#include <functional>
#include <vector>

#include "core/error.h"
#include "engine/story_feed.h"
#include "engine/story_pipeline.h"

namespace hirelint {

// Called on the thread that runs ScoreStream, in input order: the errors met while reading a
// batch come after the results of the batches before it and before its own results.
struct StoryStreamSink {
  std::function<void(const std::vector<Error>&)> errors;    // never called with none
  std::function<void(std::vector<StoryResult>&&)> results;  // one batch, in order
};

// Scores every story of `feed` on `jobs` scoring threads (0: one per hardware thread), `batch`
// stories at a time (about; a whole-file input comes in one piece). With one job everything
// runs on the calling thread; with more, the calling thread reads and hands out while they
// score. At most three batches are held at once, so memory does not grow with the input.
void ScoreStream(const StoryPipeline& pipeline, StoryFeed& feed, unsigned jobs, size_t batch,
                 const StoryStreamSink& sink);

}  // namespace hirelint
