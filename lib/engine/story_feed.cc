#include "engine/story_feed.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "extract/jsonl_story.h"

namespace hirelint {

StoryFeed::StoryFeed(std::vector<std::string> paths, RunOptions options)
    : paths_(std::move(paths)), options_(std::move(options)) {
  options_.mode = ExtractMode::kStories;
  for (const std::string& p : paths_) {
    std::error_code ec;
    if (p == "-") {
      bytes_total_ = 0;
      break;
    }
    uintmax_t size = std::filesystem::file_size(p, ec);
    if (!ec) bytes_total_ += size;
  }
}

StoryFeed::~StoryFeed() = default;

bool StoryFeed::IsJsonl(const std::string& path) const {
  if (!options_.input_format.empty()) return options_.input_format == "jsonl";
  const ExtractorEntry* jsonl = FindExtractor("jsonl");
  size_t dot = path.find_last_of('.');
  size_t slash = path.find_last_of('/');
  if (jsonl == nullptr || dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
    return false;
  }
  std::string ext = path.substr(dot);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(jsonl->extensions.begin(), jsonl->extensions.end(),
                     [&](const char* e) { return ext == e; });
}

bool StoryFeed::Next(size_t max, std::vector<StoryInput>* stories, std::vector<Error>* errors) {
  const size_t start = stories->size();
  std::string line;
  while (stories->size() - start < std::max<size_t>(1, max)) {
    if (reader_) {
      size_t number = 0;
      uint64_t offset = 0;
      bool too_long = false;
      if (!reader_->Next(&line, &number, &offset, &too_long)) {
        if (reader_->error()) errors->push_back(*reader_->error());
        bytes_done_ += reader_->bytes_read();
        reader_.reset();
        continue;
      }
      if (too_long) {
        Error e;
        e.kind = ErrorKind::kLimit;
        e.path = reader_->path();
        e.line = number;
        e.column = 1;
        e.message = "line is longer than the limit of " +
                    std::to_string(options_.read.max_file_bytes >> 20) +
                    " MiB; raise it with --max-file-size (line skipped)";
        errors->push_back(std::move(e));
        continue;
      }
      if (IsBlankLine(line)) continue;
      auto item = ParseJsonlStory(line, reader_->path(), number, offset);
      if (!item.ok()) {
        Error e = item.error();
        e.message += " (line skipped)";
        errors->push_back(std::move(e));
        continue;
      }
      StoryInput in;
      in.file = reader_->path();
      in.line = number;
      in.id = std::move(item.value().id);
      in.extra_json = std::move(item.value().extra_json);
      in.text = std::move(item.value().text);
      stories->push_back(std::move(in));
      continue;
    }
    if (next_path_ >= paths_.size()) break;
    const std::string& path = paths_[next_path_++];
    if (IsJsonl(path)) {
      auto reader = LineReader::Open(path, options_.read.max_file_bytes);
      if (!reader.ok()) {
        errors->push_back(reader.error());
        continue;
      }
      reader_ = std::move(reader.value());
      continue;
    }
    // Read and split only: the pipeline tags each story itself.
    auto source = ReadSource(path, options_.read);
    if (!source.ok()) {
      errors->push_back(source.error());
      continue;
    }
    bytes_done_ += source.value().bytes().size();
    const ExtractorEntry* extractor =
        ChooseExtractor(source.value().path(), source.value(), options_.input_format);
    if (extractor == nullptr) {
      Error e;
      e.kind = ErrorKind::kInput;
      e.path = source.value().path();
      e.message = "unsupported file type; hirelint score reads " + SupportedExtensions() +
                  " (or pass --input-format)";
      errors->push_back(std::move(e));
      continue;
    }
    auto extraction = extractor->extract(source.value(), ExtractMode::kStories);
    if (!extraction.ok()) {
      errors->push_back(extraction.error());
      continue;
    }
    std::vector<StoryInput> found =
        StoryInputsFrom(source.value(), std::move(extraction.value().items));
    for (StoryInput& s : found) stories->push_back(std::move(s));
  }
  return stories->size() > start;
}

}  // namespace hirelint
