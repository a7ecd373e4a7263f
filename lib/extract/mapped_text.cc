#include "extract/mapped_text.h"

#include <algorithm>
#include <cstring>

namespace hirelint {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsAsciiPunct(char c) { return c != 0 && std::strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c); }

// A link's text and target are searched for this far at most, so a hostile run of brackets
// costs linear time instead of quadratic.
constexpr size_t kMaxLinkSpan = 2000;

size_t MatchClosing(const std::string& s, size_t open, size_t end, char open_c, char close_c) {
  int depth = 0;
  size_t limit = std::min(end, open + kMaxLinkSpan);
  for (size_t i = open; i < limit; ++i) {
    if (s[i] == '\\' && open_c == '[') {
      ++i;
    } else if (s[i] == open_c) {
      ++depth;
    } else if (s[i] == close_c && --depth == 0) {
      return i;
    }
  }
  return std::string::npos;
}

}  // namespace

void MappedText::AppendVerbatim(const std::string& source, size_t begin, size_t end) {
  if (end <= begin) return;
  if (!spans_.empty()) {
    Span& last = spans_.back();
    if (last.verbatim && last.source_begin + last.source_length == begin) {
      last.text_length += end - begin;
      last.source_length += end - begin;
      text_.append(source, begin, end - begin);
      return;
    }
  }
  spans_.push_back({text_.size(), end - begin, begin, end - begin, true});
  text_.append(source, begin, end - begin);
}

void MappedText::AppendDecoded(std::string_view decoded, size_t begin, size_t end) {
  if (decoded.empty()) return;
  spans_.push_back({text_.size(), decoded.size(), begin, end - begin, false});
  text_.append(decoded);
}

void MappedText::DropVerbatimTail(size_t count) {
  while (count > 0 && !spans_.empty() && spans_.back().verbatim) {
    Span& last = spans_.back();
    size_t n = std::min(count, last.text_length);
    last.text_length -= n;
    last.source_length -= n;
    text_.resize(text_.size() - n);
    count -= n;
    if (last.text_length == 0) spans_.pop_back();
  }
}

size_t MappedText::SourceOf(size_t offset) const {
  if (spans_.empty()) return 0;
  if (offset >= text_.size()) return spans_.back().source_begin + spans_.back().source_length;
  auto it = std::upper_bound(spans_.begin(), spans_.end(), offset,
                             [](size_t off, const Span& s) { return off < s.text_begin; });
  const Span& s = *(it - 1);
  return s.verbatim ? s.source_begin + (offset - s.text_begin) : s.source_begin;
}

size_t MappedText::SourceEndOf(size_t end) const {
  if (spans_.empty()) return 0;
  if (end == 0) return SourceOf(0);
  auto it = std::upper_bound(spans_.begin(), spans_.end(), end - 1,
                             [](size_t off, const Span& s) { return off < s.text_begin; });
  const Span& s = *(it - 1);
  if (s.verbatim) return s.source_begin + std::min(end - s.text_begin, s.source_length);
  return s.source_begin + s.source_length;
}

void MappedText::Emit(size_t begin, size_t end, CleanTextBuilder* builder) const {
  end = std::min(end, text_.size());
  if (begin >= end) return;
  auto it = std::upper_bound(spans_.begin(), spans_.end(), begin,
                             [](size_t off, const Span& s) { return off < s.text_begin; });
  if (it != spans_.begin()) --it;
  for (; it != spans_.end() && it->text_begin < end; ++it) {
    const Span& s = *it;
    size_t lo = std::max(begin, s.text_begin);
    size_t hi = std::min(end, s.text_begin + s.text_length);
    if (lo >= hi) continue;
    if (s.verbatim) {
      builder->AppendSource(s.source_begin + (lo - s.text_begin),
                            s.source_begin + (hi - s.text_begin));
      continue;
    }
    // A decoded run: words stay together (so "\u00e9t\u00e9" maps as one replacement) and
    // decoded whitespace becomes a collapsible word break.
    size_t source_end = s.source_begin + s.source_length;
    size_t i = lo;
    while (i < hi) {
      size_t j = i;
      bool space = IsSpace(text_[i]);
      while (j < hi && IsSpace(text_[j]) == space) ++j;
      if (space) {
        builder->AppendReplacement(" ", s.source_begin, source_end);
      } else {
        builder->AppendReplacement(std::string_view(text_).substr(i, j - i), s.source_begin,
                                   source_end);
      }
      i = j;
    }
  }
}

void AppendMappedMarkdown(const MappedText& text, size_t begin, size_t end,
                          CleanTextBuilder* builder) {
  const std::string& s = text.text();
  end = std::min(end, s.size());
  size_t run = begin;  // start of the pending kept run
  auto flush = [&](size_t upto) {
    if (upto > run) text.Emit(run, upto, builder);
  };
  // The open link whose text is being emitted: at `close` its "](target)" is skipped.
  size_t link_close = std::string::npos;
  size_t link_resume = 0;
  size_t i = begin;
  while (i < end) {
    if (i == link_close) {
      flush(i);
      i = link_resume;
      run = i;
      link_close = std::string::npos;
      continue;
    }
    char c = s[i];
    if (c == '\\' && i + 1 < end && IsAsciiPunct(s[i + 1])) {
      flush(i);
      builder->AppendReplacement(std::string(1, s[i + 1]), text.SourceOf(i),
                                 text.SourceEndOf(i + 2));
      i += 2;
      run = i;
      continue;
    }
    if (c == '`') {  // code span markers go; the code stays (tool names live there)
      flush(i);
      while (i < end && s[i] == '`') ++i;
      run = i;
      continue;
    }
    if (c == '*' || c == '_' || c == '~') {
      size_t j = i;
      while (j < end && s[j] == c) ++j;
      bool left_edge = i == begin || IsSpace(s[i - 1]) || IsAsciiPunct(s[i - 1]);
      bool right_edge = j >= end || IsSpace(s[j]) || IsAsciiPunct(s[j]);
      // Emphasis when the run touches a word on one side only, or is doubled; "snake_case"
      // and "2*3" keep their characters.
      if (((left_edge != right_edge) || j - i >= 2) && !(c == '~' && j - i < 2)) {
        flush(i);
        run = j;
      }
      i = j;
      continue;
    }
    if (c == '[' && link_close == std::string::npos) {
      size_t close = MatchClosing(s, i, end, '[', ']');
      if (close != std::string::npos && close + 1 < end && s[close + 1] == '(') {
        size_t target_end = MatchClosing(s, close + 1, end, '(', ')');
        if (target_end != std::string::npos) {
          bool image = i > begin && s[i - 1] == '!';
          flush(image ? i - 1 : i);
          link_close = close;
          link_resume = target_end + 1;
          ++i;
          run = i;
          continue;
        }
      }
    }
    if ((c == 'h' || c == 'w') &&
        (s.compare(i, 8, "https://") == 0 || s.compare(i, 7, "http://") == 0 ||
         s.compare(i, 4, "www.") == 0) &&
        (i == begin || IsSpace(s[i - 1]) || s[i - 1] == '(')) {
      flush(i);  // a bare URL is an address, not prose
      size_t j = i;
      size_t limit = link_close != std::string::npos ? link_close : end;
      while (j < limit && !IsSpace(s[j]) && s[j] != ')') ++j;
      builder->AppendBreak(text.SourceOf(i));
      i = j;
      run = i;
      continue;
    }
    ++i;
  }
  flush(end);
}

}  // namespace hirelint
