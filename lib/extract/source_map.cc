#include "extract/source_map.h"

#include <algorithm>

namespace hirelint {

const SourceMap::Segment* SourceMap::Find(size_t clean_offset) const {
  if (segments_.empty()) return nullptr;
  auto it = std::upper_bound(segments_.begin(), segments_.end(), clean_offset,
                             [](size_t off, const Segment& s) { return off < s.clean_begin; });
  if (it == segments_.begin()) return &segments_.front();
  return &*(it - 1);
}

size_t SourceMap::ToSource(size_t clean_offset) const {
  const Segment* s = Find(clean_offset);
  if (s == nullptr) return 0;
  if (clean_offset >= s->clean_begin + s->clean_length) return s->source_begin + s->source_length;
  if (s->verbatim) return s->source_begin + (clean_offset - s->clean_begin);
  return s->source_begin;
}

size_t SourceMap::ToSourceEnd(size_t clean_end) const {
  if (clean_end == 0) return ToSource(0);
  const Segment* s = Find(clean_end - 1);
  if (s == nullptr) return 0;
  if (s->verbatim) {
    return s->source_begin + std::min(clean_end - s->clean_begin, s->source_length);
  }
  return s->source_begin + s->source_length;
}

void CleanTextBuilder::Push(std::string_view bytes, size_t source_begin, size_t source_length,
                            bool verbatim) {
  if (bytes.empty()) return;
  auto& segs = map_.segments_;
  if (verbatim && !segs.empty()) {
    auto& last = segs.back();
    if (last.verbatim && last.source_begin + last.source_length == source_begin &&
        last.clean_begin + last.clean_length == text_.size()) {
      last.clean_length += bytes.size();
      last.source_length += bytes.size();
      text_.append(bytes);
      return;
    }
  }
  segs.push_back({text_.size(), bytes.size(), source_begin, source_length, verbatim});
  text_.append(bytes);
}

void CleanTextBuilder::AppendSource(size_t begin, size_t end) {
  size_t i = begin;
  while (i < end) {
    char c = source_[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      size_t j = i;
      while (j < end && (source_[j] == ' ' || source_[j] == '\t' || source_[j] == '\n' ||
                         source_[j] == '\r' || source_[j] == '\f' || source_[j] == '\v')) {
        ++j;
      }
      if (!text_.empty() && text_.back() != ' ') {
        if (j - i == 1 && c == ' ') {
          Push(" ", i, 1, true);
        } else {
          Push(" ", i, j - i, false);
        }
      }
      i = j;
      continue;
    }
    size_t j = i;
    while (j < end && source_[j] != ' ' && source_[j] != '\t' && source_[j] != '\n' &&
           source_[j] != '\r' && source_[j] != '\f' && source_[j] != '\v') {
      ++j;
    }
    Push(std::string_view(source_).substr(i, j - i), i, j - i, true);
    i = j;
  }
}

void CleanTextBuilder::AppendReplacement(std::string_view text, size_t begin, size_t end) {
  if (text == " ") {
    if (!text_.empty() && text_.back() != ' ') Push(" ", begin, end - begin, false);
    return;
  }
  Push(text, begin, end - begin, false);
}

void CleanTextBuilder::AppendBreak(size_t source_offset) {
  if (!text_.empty() && text_.back() != ' ') Push(" ", source_offset, 0, false);
}

void CleanTextBuilder::AppendCleaned(const std::string& text, const SourceMap& map) {
  for (const auto& s : map.segments_) {
    std::string_view piece = std::string_view(text).substr(s.clean_begin, s.clean_length);
    if (s.verbatim) {
      AppendSource(s.source_begin, s.source_begin + s.source_length);
    } else {
      AppendReplacement(piece, s.source_begin, s.source_begin + s.source_length);
    }
  }
}

std::string CleanTextBuilder::TakeText(SourceMap* map) {
  auto& segs = map_.segments_;
  while (!text_.empty() && text_.back() == ' ') {
    text_.pop_back();
    auto& last = segs.back();
    if (last.clean_length > 1) {
      last.clean_length -= 1;
      if (last.verbatim) last.source_length -= 1;
    } else {
      segs.pop_back();
    }
  }
  *map = std::move(map_);
  return std::move(text_);
}

}  // namespace hirelint
