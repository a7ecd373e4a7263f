// ScoreStream: a StoryFeed scored batch by batch, results and reading errors handed out in input
// order, the same for one job (all on the caller's thread) and for many (overlapped).

#include "engine/story_stream.h"

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "support/test_support.h"

namespace hirelint {
namespace {

RunOptions StoryOptions() {
  RunOptions o;
  o.mode = ExtractMode::kStories;
  return o;
}

// What the sink saw, in order: "R:<id>" per result, "E:<line>" per error, "|" after each batch.
std::vector<std::string> StreamLog(const std::string& path, unsigned jobs, size_t batch,
                                   std::vector<std::thread::id>* sink_threads) {
  auto pipeline = StoryPipeline::Create(testing::SharedEngine());
  REQUIRE(pipeline.ok());
  StoryFeed feed({path}, StoryOptions());
  std::vector<std::string> log;
  StoryStreamSink sink;
  sink.errors = [&](const std::vector<Error>& errors) {
    CHECK_FALSE(errors.empty());
    for (const Error& e : errors) log.push_back("E:" + std::to_string(e.line));
    sink_threads->push_back(std::this_thread::get_id());
  };
  sink.results = [&](std::vector<StoryResult>&& results) {
    for (const StoryResult& r : results) log.push_back("R:" + r.input.id);
    log.push_back("|");
    sink_threads->push_back(std::this_thread::get_id());
  };
  ScoreStream(*pipeline.value(), feed, jobs, batch, sink);
  return log;
}

TEST_CASE("ScoreStream: results and errors in input order, the same for one job and many") {
  std::string path = testing::TempDir() + "/stories.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    for (int i = 1; i <= 9; ++i) {
      if (i == 4 || i == 9) {
        out << "{\"id\": \"bad" << i << "\", \"text\": \n";  // malformed: reported, skipped
      } else {
        out << "{\"id\": \"s" << i << "\", \"text\": \"I led the rollout of model " << i
            << " and cut latency by " << i * 10 << "%.\"}\n";
      }
    }
  }
  // Batches of two: s1 s2 | s3 s5 with line 4 | s6 s7 | s8 with line 9. A batch's errors come
  // after the results before it and before its own.
  const std::vector<std::string> expected = {"R:s1", "R:s2", "|", "E:4", "R:s3", "R:s5", "|",
                                             "R:s6", "R:s7", "|", "E:9", "R:s8", "|"};
  std::vector<std::thread::id> threads;
  CHECK(StreamLog(path, 1, 2, &threads) == expected);
  for (unsigned jobs : {2u, 3u, 0u}) {
    CAPTURE(jobs);
    CHECK(StreamLog(path, jobs, 2, &threads) == expected);
  }
  // The sink is always called on the thread that runs ScoreStream.
  for (const std::thread::id& id : threads) CHECK(id == std::this_thread::get_id());
}

TEST_CASE("ScoreStream: errors read after the last story come after the last results") {
  const std::string dir = testing::TempDir();
  std::ofstream(dir + "/broken.jsonl", std::ios::binary) << "{\"id\": \"x\", \"text\": \n";
  std::ofstream(dir + "/tail.jsonl", std::ios::binary)
      << "{\"id\": \"a\", \"text\": \"I shipped it.\"}\n"
      << "{\"id\": \"b\", \"text\": \"I measured it.\"}\n"
      << "{\"id\": \"c\", \"text\": \n";
  std::vector<std::thread::id> threads;
  for (unsigned jobs : {1u, 2u}) {
    CAPTURE(jobs);
    CHECK(StreamLog(dir + "/broken.jsonl", jobs, 8, &threads) == std::vector<std::string>{"E:1"});
    CHECK(StreamLog(dir + "/tail.jsonl", jobs, 2, &threads) ==
          std::vector<std::string>{"R:a", "R:b", "|", "E:3"});
  }
}

}  // namespace
}  // namespace hirelint
