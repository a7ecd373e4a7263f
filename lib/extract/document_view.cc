#include "extract/document_view.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "extract/line_scanner.h"
#include "extract/source_map.h"

namespace hirelint {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The letters a Latin ligature stands for, or nullptr when `c` is not one.
const char* LigatureLetters(char32_t c) {
  switch (c) {
    case 0xFB00:
      return "ff";
    case 0xFB01:
      return "fi";
    case 0xFB02:
      return "fl";
    case 0xFB03:
      return "ffi";
    case 0xFB04:
      return "ffl";
    case 0xFB05:
      return "st";
    case 0xFB06:
      return "st";
    default:
      return nullptr;
  }
}

std::string CodePointName(char32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
  return buffer;
}

class ViewBuilder {
 public:
  ViewBuilder(const std::string& view, std::vector<ExtractionIssue>* issues)
      : view_(view), issues_(issues) {}

  // Appends view_[begin, end) to `b`, repairing ligatures and dropping unmapped glyphs, and
  // records an issue for each (once per source offset, however many items cover it).
  void AppendRepaired(CleanTextBuilder* b, size_t begin, size_t end) {
    size_t copied = begin;
    size_t i = begin;
    while (i < end) {
      size_t length = 1;
      char32_t c = DecodeUtf8(view_, i, &length);
      if (const char* letters = LigatureLetters(c)) {
        size_t lig_end = i + length;
        // "ef ﬁ cient": a ligature set apart by blanks inside a word, as some producers place it.
        bool broken = i >= begin + 2 && view_[i - 1] == ' ' && IsAsciiLetter(view_[i - 2]) &&
                      lig_end + 1 < end && view_[lig_end] == ' ' &&
                      IsAsciiLetter(view_[lig_end + 1]);
        size_t repl_begin = broken ? i - 1 : i;
        size_t repl_end = broken ? lig_end + 1 : lig_end;
        b->AppendSource(copied, repl_begin);
        b->AppendReplacement(letters, repl_begin, repl_end);
        copied = repl_end;
        NoteLigature(begin, end, i, lig_end, broken);
        i = repl_end;
        continue;
      }
      if (IsUnmappedGlyph(c)) {
        b->AppendSource(copied, i);
        b->AppendBreak(i);
        copied = i + length;
        Note(kRuleParseUnmappedGlyph, i, i + length, {{"glyph", CodePointName(c)}});
      }
      i += length;
    }
    b->AppendSource(copied, end);
  }

 private:
  void NoteLigature(size_t begin, size_t end, size_t lig, size_t lig_end, bool broken) {
    // The word as a parser sees it, and as it was meant.
    size_t word_begin = broken ? lig - 1 : lig;
    while (word_begin > begin && IsAsciiLetter(view_[word_begin - 1])) --word_begin;
    size_t word_end = broken ? lig_end + 1 : lig_end;
    while (word_end < end && IsAsciiLetter(view_[word_end])) ++word_end;
    std::string found = view_.substr(word_begin, word_end - word_begin);
    std::string meant;
    for (size_t i = word_begin; i < word_end;) {
      size_t length = 1;
      char32_t c = DecodeUtf8(view_, i, &length);
      if (const char* letters = LigatureLetters(c)) {
        meant += letters;
      } else if (c != ' ') {
        meant.append(view_, i, length);
      }
      i += length;
    }
    Note(kRuleParseLigature, word_begin, word_end, {{"found", found}, {"word", meant}});
  }

  void Note(const char* rule, size_t begin, size_t end, std::map<std::string, std::string> vars) {
    if (!noted_.insert(begin).second) return;
    ExtractionIssue issue;
    issue.rule = rule;
    issue.begin = begin;
    issue.end = end;
    issue.vars = std::move(vars);
    issues_->push_back(std::move(issue));
  }

  const std::string& view_;
  std::vector<ExtractionIssue>* issues_;
  std::set<size_t> noted_;
};

// Markdown's rule: an item's section is the nearest heading at the shallowest level used more
// than once, or at the shallowest level when every level is used once.
void AssignSections(std::vector<Item>* items) {
  std::map<int, int> counts;
  for (const Item& item : *items) {
    if (item.kind == ItemKind::kHeading) ++counts[item.level];
  }
  int section_level = 0;
  for (const auto& [level, count] : counts) {
    if (count >= 2) {
      section_level = level;
      break;
    }
  }
  if (section_level == 0 && !counts.empty()) section_level = counts.begin()->first;
  std::string section;
  for (Item& item : *items) {
    if (item.kind == ItemKind::kHeading && item.level <= section_level) section = item.text;
    item.section = section;
  }
}

}  // namespace

char32_t DecodeUtf8(const std::string& s, size_t at, size_t* length) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  unsigned char c = p[at];
  size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || at + len > n) {
    *length = 1;
    return c < 0x80 ? c : 0xFFFD;
  }
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < len; ++k) {
    if ((p[at + k] & 0xC0) != 0x80) {
      *length = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (p[at + k] & 0x3F);
  }
  *length = len;
  return cp;
}

bool IsUnmappedGlyph(char32_t c) {
  return c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || (c < 0x20 && c != '\t') ||
         (c >= 0x7F && c <= 0x9F);
}

size_t BulletGlyphLength(const std::string& text) {
  if (text.empty()) return 0;
  size_t length = 1;
  char32_t c = DecodeUtf8(text, 0, &length);
  static const char32_t kGlyphs[] = {0x2022, 0x25AA, 0x25A0, 0x25E6, 0x25CF, 0x2023, 0x2013,
                                     0x2043, 0x25B8, 0x25BA, 0x2219, 0x00B7, '-',    '*'};
  // An unmapped glyph alone before the text is a bullet in a font with no Unicode map.
  bool glyph = std::find(std::begin(kGlyphs), std::end(kGlyphs), c) != std::end(kGlyphs) ||
               (IsUnmappedGlyph(c) && c != '\t');
  if (!glyph) return 0;
  size_t at = length;
  if (at < text.size() && text[at] != ' ' && text[at] != '\t') return 0;
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  return at;
}

Extraction BuildDocumentView(const std::string& path, const std::vector<ViewLine>& lines,
                             const std::vector<ViewBlock>& blocks,
                             const std::vector<ViewIssue>& issues,
                             const DocumentViewOptions& options) {
  std::string view;
  std::vector<size_t> line_offsets;
  line_offsets.reserve(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) view += '\n';
    line_offsets.push_back(view.size());
    view += lines[i].text;
  }
  Extraction out;
  std::vector<ExtractionIssue> found;
  ViewBuilder repair(view, &found);
  for (const ViewBlock& block : blocks) {
    if (block.spans.empty()) continue;
    Item item;
    item.kind = block.kind;
    item.level = block.level;
    CleanTextBuilder b(view);
    for (size_t s = 0; s < block.spans.size(); ++s) {
      const ViewSpan& span = block.spans[s];
      const size_t begin = line_offsets[span.line] + span.begin;
      const size_t end = line_offsets[span.line] + span.end;
      if (s > 0) b.AppendBreak(begin);
      repair.AppendRepaired(&b, begin, end);
    }
    item.begin = line_offsets[block.spans.front().line] + block.spans.front().begin;
    item.end = line_offsets[block.spans.back().line] + block.spans.back().end;
    item.text = b.TakeText(&item.map);
    if (item.text.empty()) continue;
    if (item.kind == ItemKind::kSummary && CountWords(item.text) < options.min_paragraph_words)
      continue;
    out.items.push_back(std::move(item));
  }
  AssignSections(&out.items);
  for (const ViewIssue& issue : issues) {
    ExtractionIssue e;
    e.rule = issue.rule;
    if (issue.line < lines.size()) {
      e.begin = line_offsets[issue.line];
      e.end = e.begin + lines[issue.line].text.size();
    }
    e.vars = issue.vars;
    found.push_back(std::move(e));
  }
  std::stable_sort(
      found.begin(), found.end(),
      [](const ExtractionIssue& a, const ExtractionIssue& b) { return a.begin < b.begin; });
  // One finding per unmapped glyph (at its first use), with how often it occurs.
  std::map<std::string, size_t> first_use;
  std::map<size_t, size_t> uses;
  for (ExtractionIssue& issue : found) {
    if (issue.rule != kRuleParseUnmappedGlyph) {
      out.issues.push_back(std::move(issue));
      continue;
    }
    auto [it, added] = first_use.emplace(issue.vars["glyph"], out.issues.size());
    if (added) {
      issue.vars["count"] = "once";
      out.issues.push_back(std::move(issue));
    } else {
      size_t& seen = uses[it->second];
      seen = seen == 0 ? 2 : seen + 1;
      out.issues[it->second].vars["count"] = std::to_string(seen) + " times";
    }
  }
  SourceFile file(path, std::move(view));
  if (options.page_count > 0 && !lines.empty()) {
    // One entry per page; a page without text starts where the next page with text does.
    std::vector<size_t> starts(options.page_count, lines.size() + 1);
    for (size_t i = lines.size(); i-- > 0;) {
      if (lines[i].page >= 1 && lines[i].page <= options.page_count)
        starts[lines[i].page - 1] = i + 1;
    }
    for (size_t p = options.page_count - 1; p-- > 0;)
      starts[p] = std::min(starts[p], starts[p + 1]);
    file.SetPageStarts(std::move(starts));
  }
  out.view = std::move(file);
  return out;
}

}  // namespace hirelint
