#pragma once
// The stories of many inputs, in input order, handed out in bounded batches. JSONL inputs are
// streamed line by line (never loaded whole), so memory stays flat for any batch size; other
// formats (Markdown, text, YAML) are read and split whole, within the --max-file-size limit.
// A malformed JSONL line is reported as an Error and skipped; the rest of the file is read.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/error.h"
#include "engine/engine.h"
#include "engine/story_pipeline.h"
#include "read/line_reader.h"

namespace hirelint {

class StoryFeed {
 public:
  // `paths` are expanded already (Engine::ExpandPaths); "-" is standard input. `options.mode`
  // is ignored (always stories). A JSONL input is one with a .jsonl/.ndjson name, or any input
  // when options.input_format is "jsonl".
  StoryFeed(std::vector<std::string> paths, RunOptions options);
  ~StoryFeed();

  // Appends the next stories to *stories (at least one, up to about `max`: a whole-file input
  // adds all its stories at once) and the errors met on the way to *errors, both in input
  // order. Returns false when the input is exhausted and nothing was appended.
  bool Next(size_t max, std::vector<StoryInput>* stories, std::vector<Error>* errors);

  // Progress: bytes consumed so far, and the total size of the regular files among the inputs
  // (0 when any input is standard input, whose size is unknown).
  uint64_t bytes_done() const { return bytes_done_ + (reader_ ? reader_->bytes_read() : 0); }
  uint64_t bytes_total() const { return bytes_total_; }

 private:
  bool IsJsonl(const std::string& path) const;

  std::vector<std::string> paths_;
  RunOptions options_;
  size_t next_path_ = 0;
  std::unique_ptr<LineReader> reader_;  // the JSONL input being streamed, if any
  uint64_t bytes_done_ = 0;
  uint64_t bytes_total_ = 0;
};

}  // namespace hirelint
