#include "engine/story_stream.h"

#include <future>
#include <utility>

namespace hirelint {

void ScoreStream(const StoryPipeline& pipeline, StoryFeed& feed, unsigned jobs, size_t batch,
                 const StoryStreamSink& sink) {
  // One job: `deferred` scores a batch when its results are asked for, on this thread, so the
  // order of work is read, score, hand out, as if there were no futures at all.
  const std::launch policy = jobs == 1 ? std::launch::deferred : std::launch::async;
  // The stories' size, announced to the metric recognizer before it sees them, so that a
  // large bank starts with the RE2 Sets (MetricRecognizer::AnnounceText): the files' total
  // size when known, else each batch's text as it comes (standard input).
  const Tagger& tagger = pipeline.engine().tagger();
  const bool sized = feed.bytes_total() > 0;
  if (sized) tagger.AnnounceText(feed.bytes_total());
  auto announce = [&](const std::vector<StoryInput>& stories) {
    if (sized) return;
    size_t bytes = 0;
    for (const StoryInput& story : stories) bytes += story.text.size();
    tagger.AnnounceText(bytes);
  };
  std::vector<StoryInput> inputs;
  std::vector<Error> errors;
  bool more = feed.Next(batch, &inputs, &errors);
  announce(inputs);
  if (!errors.empty()) sink.errors(errors);
  errors.clear();
  std::future<std::vector<StoryResult>> previous;  // scored or being scored, not handed out
  std::vector<Error> held;  // errors of the batch after `previous`, due after its results
  while (more) {
    std::future<std::vector<StoryResult>> current =
        std::async(policy, [&pipeline, jobs, batch_inputs = std::move(inputs)]() mutable {
          return pipeline.ScoreAll(std::move(batch_inputs), jobs);
        });
    if (previous.valid()) sink.results(previous.get());
    if (!held.empty()) sink.errors(held);
    inputs.clear();  // moved from: valid, emptied before reuse
    held.clear();
    more = feed.Next(batch, &inputs, &held);
    announce(inputs);
    previous = std::move(current);
  }
  if (previous.valid()) sink.results(previous.get());
  if (!held.empty()) sink.errors(held);
}

}  // namespace hirelint
