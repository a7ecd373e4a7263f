#include "extract/pdf_layout.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "extract/line_scanner.h"

namespace hirelint {
namespace {

struct LineWords {
  std::vector<const PdfWord*> words;
  double top = 0, bottom = 0;
};

// Groups words into lines by vertical overlap, each line's words left to right.
std::vector<LineWords> GroupLines(std::vector<const PdfWord*> words) {
  std::sort(words.begin(), words.end(), [](const PdfWord* a, const PdfWord* b) {
    double ca = (a->y0 + a->y1) / 2, cb = (b->y0 + b->y1) / 2;
    if (ca != cb) return ca < cb;
    return a->x0 < b->x0;
  });
  std::vector<LineWords> lines;
  for (const PdfWord* w : words) {
    double center = (w->y0 + w->y1) / 2;
    if (!lines.empty() && center >= lines.back().top && center <= lines.back().bottom) {
      LineWords& line = lines.back();
      line.words.push_back(w);
      line.top = std::min(line.top, w->y0);
      line.bottom = std::max(line.bottom, w->y1);
      continue;
    }
    lines.push_back({{w}, w->y0, w->y1});
  }
  for (LineWords& line : lines) {
    std::stable_sort(line.words.begin(), line.words.end(),
                     [](const PdfWord* a, const PdfWord* b) { return a->x0 < b->x0; });
  }
  return lines;
}

PdfLine JoinLine(const LineWords& words, size_t page, int column) {
  PdfLine line;
  line.page = page;
  line.column = column;
  line.top = words.top;
  line.bottom = words.bottom;
  line.x0 = words.words.front()->x0;
  line.x1 = words.words.front()->x1;
  line.first_word_bytes = words.words.front()->text.size();
  line.second_x0 = words.words.size() > 1 ? words.words[1]->x0 : line.x1;
  const PdfWord* previous = nullptr;
  line.bold = true;
  for (const PdfWord* w : words.words) {
    line.bold = line.bold && w->bold;
    if (previous != nullptr) {
      double gap = w->x0 - previous->x1;
      if (previous->space_after || gap > 0.15 * std::max(w->font_size, 1.0)) line.text += ' ';
    }
    line.text += w->text;
    line.x1 = std::max(line.x1, w->x1);
    line.font_size = std::max(line.font_size, w->font_size);
    previous = w;
  }
  while (!line.text.empty() && line.text.back() == ' ') line.text.pop_back();
  return line;
}

bool IsPageNumber(const std::string& text) {
  std::string t;
  for (char c : text) {
    if (c != ' ') t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (t.rfind("page", 0) == 0) t = t.substr(4);
  if (t.empty()) return false;
  size_t digits = 0;
  for (char c : t) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      ++digits;
    } else if (c != '/' && c != '-' && c != 'o' && c != 'f') {
      return false;
    }
  }
  return digits > 0 && digits <= 6;
}

bool IsAllCaps(const std::string& text) {
  size_t letters = 0;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::islower(u)) return false;
    if (std::isupper(u)) ++letters;
  }
  return letters >= 3;
}

// The usual names of CV sections, matched against a whole line (case and a colon aside).
bool IsSectionName(const std::string& text) {
  static const std::set<std::string> kNames = {"summary",         "profile",
                                               "about",           "about me",
                                               "objective",       "experience",
                                               "work experience", "professional experience",
                                               "employment",      "employment history",
                                               "work history",    "education",
                                               "skills",          "technical skills",
                                               "projects",        "selected projects",
                                               "publications",    "awards",
                                               "honors",          "certifications",
                                               "languages",       "interests",
                                               "volunteering",    "contact"};
  std::string t;
  for (char c : text) t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.pop_back();
  return kNames.count(t) > 0;
}

double RoundSize(double size) { return std::round(size * 2) / 2; }

}  // namespace

double FindColumnSplit(const PdfPage& page) {
  const size_t n = page.words.size();
  if (n < 20 || page.width <= 0) return -1;
  const size_t width = static_cast<size_t>(std::ceil(page.width)) + 1;
  std::vector<size_t> cover(width, 0);
  for (const PdfWord& w : page.words) {
    size_t from = static_cast<size_t>(std::max(0.0, std::floor(w.x0)));
    size_t to = std::min(width, static_cast<size_t>(std::max(0.0, std::ceil(w.x1))));
    for (size_t x = from; x < to; ++x) ++cover[x];
  }
  const size_t threshold = 2 + n / 100;
  size_t best_begin = 0, best_length = 0;
  const size_t lo = static_cast<size_t>(page.width * 0.3),
               hi = static_cast<size_t>(page.width * 0.7);
  for (size_t x = lo; x < hi;) {
    if (cover[x] > threshold) {
      ++x;
      continue;
    }
    size_t begin = x;
    while (x < hi && cover[x] <= threshold) ++x;
    if (x - begin > best_length) best_begin = begin, best_length = x - begin;
  }
  if (best_length < 6) return -1;
  const double split = best_begin + best_length / 2.0;
  size_t left = 0, right = 0, crossing = 0;
  std::set<long> right_lines;
  for (const PdfWord& w : page.words) {
    if (w.x1 <= split) {
      ++left;
    } else if (w.x0 >= split) {
      ++right;
      right_lines.insert(std::lround(w.y1));
    } else {
      ++crossing;
    }
  }
  if (left < n * 15 / 100 || right < n * 15 / 100 || right_lines.size() < 5 || crossing > n / 20) {
    return -1;
  }
  return split;
}

std::vector<PdfLine> BuildPageLines(const PdfPage& page, size_t page_number) {
  const double split = FindColumnSplit(page);
  std::vector<const PdfWord*> all;
  for (const PdfWord& w : page.words) all.push_back(&w);
  std::vector<PdfLine> out;
  if (split < 0) {
    for (const LineWords& l : GroupLines(all)) out.push_back(JoinLine(l, page_number, 0));
    return out;
  }
  // Two columns. Words above the right column's first line belong to a full-width header
  // (a name, a contact line), read before the columns.
  // A right-hand word a word space away from a left-hand word on its line ("Sam | Lee" of a
  // centred name) belongs to a line across the gutter, not to the right column.
  double columns_top = page.height;
  for (const PdfWord& w : page.words) {
    if (w.x0 < split) continue;
    bool spans = false;
    for (const PdfWord& l : page.words) {
      const bool same_line = l.y0 < w.y1 && w.y0 < l.y1;
      if (same_line && l.x0 < split && l.x1 <= w.x0 &&
          w.x0 - l.x1 < 0.8 * std::max(w.font_size, 1.0)) {
        spans = true;
      }
    }
    if (!spans) columns_top = std::min(columns_top, w.y0);
  }
  std::vector<const PdfWord*> header, left, right, spanning;
  for (const PdfWord* w : all) {
    if (w->y1 <= columns_top) {
      header.push_back(w);
    } else if (w->x1 <= split + 1) {
      left.push_back(w);
    } else if (w->x0 >= split - 1) {
      right.push_back(w);
    } else {
      spanning.push_back(w);
    }
  }
  for (const LineWords& l : GroupLines(header)) out.push_back(JoinLine(l, page_number, 0));
  for (const LineWords& l : GroupLines(left)) out.push_back(JoinLine(l, page_number, 0));
  for (const LineWords& l : GroupLines(right)) out.push_back(JoinLine(l, page_number, 1));
  for (const LineWords& l : GroupLines(spanning)) out.push_back(JoinLine(l, page_number, 0));
  return out;
}

PdfLayout LayOutPdf(const std::vector<PdfPage>& pages) {
  PdfLayout layout;
  std::vector<PdfLine> lines;
  size_t word_count = 0;
  for (size_t p = 0; p < pages.size(); ++p) {
    word_count += pages[p].words.size();
    std::vector<PdfLine> page_lines = BuildPageLines(pages[p], p + 1);
    bool two_columns = false;
    for (const PdfLine& line : page_lines) {
      if (line.column == 1 && !two_columns) {
        two_columns = true;
        layout.issues.push_back(
            {kRuleParseColumns, lines.size(), {{"page", std::to_string(p + 1)}}});
      }
      lines.push_back(line);
    }
  }
  for (const PdfLine& line : lines) layout.lines.push_back({line.text, line.page});
  if (word_count == 0) {
    std::string where = pages.size() == 1 ? "its one page"
                                          : "any of its " + std::to_string(pages.size()) + " pages";
    layout.issues.push_back({kRuleParseNoText, 0, {{"where", where}}});
    return layout;
  }

  // Body text size: the size most characters are set in. Heading sizes rank into levels.
  std::map<double, size_t> chars_by_size;
  for (const PdfLine& line : lines) chars_by_size[RoundSize(line.font_size)] += line.text.size();
  double body = 0;
  size_t most = 0;
  for (const auto& [size, chars] : chars_by_size) {
    if (chars > most) body = size, most = chars;
  }
  // Each (page, column)'s right edge, to tell a wrapped (full) line from a short one.
  std::map<std::pair<size_t, int>, double> right_edge;
  for (const PdfLine& line : lines) {
    double& edge = right_edge[{line.page, line.column}];
    edge = std::max(edge, line.x1);
  }
  // Headings: a larger font, a short all-caps line, a usual section name, or a short bold line
  // that is not a sentence (a job title and dates).
  auto is_heading = [&](const PdfLine& line) {
    const size_t words = CountWords(line.text);
    if (words > 12) return false;
    const bool sentence = !line.text.empty() && line.text.back() == '.';
    return (words <= 10 && RoundSize(line.font_size) >= body * 1.15) ||
           (IsAllCaps(line.text) && words <= 5) || IsSectionName(line.text) ||
           (line.bold && !sentence);
  };
  // Levels rank the headings' looks: larger first, bold before regular at one size.
  auto heading_key = [](const PdfLine& line) {
    return RoundSize(line.font_size) * 4 + (line.bold ? 1 : 0);
  };
  std::set<double, std::greater<double>> heading_keys;
  for (const PdfLine& line : lines) {
    if (BulletGlyphLength(line.text) == 0 && is_heading(line))
      heading_keys.insert(heading_key(line));
  }

  enum class Open { kNone, kBullet, kParagraph };
  Open open = Open::kNone;
  double open_x0 = 0;                 // the bullet glyph's or the paragraph's left edge
  double content_x0 = 0;              // a bullet's text after the glyph (where hanging lines align)
  const PdfLine* previous = nullptr;  // the block's last line
  bool first_on_page = true;
  size_t page = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const PdfLine& line = lines[i];
    if (line.page != page) page = line.page, first_on_page = true;
    if (IsPageNumber(line.text)) continue;
    const bool starts_page = first_on_page;
    first_on_page = false;
    const size_t glyph = BulletGlyphLength(line.text);
    if (glyph > 0) {
      if (glyph == line.text.size()) continue;  // a lone glyph
      size_t glyph_length = 1;
      char32_t c = DecodeUtf8(line.text, 0, &glyph_length);
      if (IsUnmappedGlyph(c)) {
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
        layout.issues.push_back({kRuleParseUnmappedGlyph, i, {{"glyph", code}}});
      }
      ViewBlock block;
      block.kind = ItemKind::kBullet;
      block.spans.push_back({i, glyph, line.text.size()});
      layout.blocks.push_back(std::move(block));
      open = Open::kBullet;
      open_x0 = line.x0;
      // Where the text after the glyph starts: estimated from the line's width per byte when
      // the glyph and the text are one word; a wrapped line aligned there is a hanging indent.
      size_t glyph_bytes = glyph;
      while (glyph_bytes > 0 && line.text[glyph_bytes - 1] == ' ') --glyph_bytes;
      content_x0 =
          glyph_bytes == line.first_word_bytes
              ? line.second_x0
              : line.x0 + (line.x1 - line.x0) * glyph / std::max<size_t>(line.text.size(), 1);
      previous = &line;
      continue;
    }
    if (is_heading(line)) {
      ViewBlock block;
      block.kind = ItemKind::kHeading;
      block.level = 1 + static_cast<int>(std::distance(heading_keys.begin(),
                                                       heading_keys.find(heading_key(line))));
      size_t end = line.text.size();
      if (end > 0 && line.text[end - 1] == ':') --end;
      block.spans.push_back({i, 0, end});
      layout.blocks.push_back(std::move(block));
      open = Open::kNone;
      previous = nullptr;
      continue;
    }
    if (open != Open::kNone && previous != nullptr && previous->column == line.column) {
      const double column_right = right_edge[{previous->page, previous->column}];
      const bool previous_full = previous->x1 >= column_right - 0.15 * (column_right - open_x0);
      const bool hanging = std::fabs(line.x0 - content_x0) <= 4 ||
                           (line.x0 > open_x0 + 4 && line.x0 < content_x0 + 12);
      const bool flush = std::fabs(line.x0 - open_x0) <= 3;
      bool joins = false;
      bool across_pages = false;
      if (previous->page == line.page) {
        const bool close = line.top - previous->bottom < 0.9 * std::max(line.font_size, 1.0);
        joins = close && (open == Open::kBullet ? hanging || (flush && previous_full)
                                                : flush && previous_full);
      } else if (previous->page + 1 == line.page && starts_page && open == Open::kBullet &&
                 hanging) {
        joins = across_pages = true;
      }
      if (joins) {
        layout.blocks.back().spans.push_back({i, 0, line.text.size()});
        if (across_pages) {
          layout.issues.push_back(
              {kRuleParseSplitBullet, i, {{"page", std::to_string(previous->page)}}});
        }
        previous = &line;
        continue;
      }
    }
    ViewBlock block;
    block.kind = ItemKind::kSummary;
    block.spans.push_back({i, 0, line.text.size()});
    layout.blocks.push_back(std::move(block));
    open = Open::kParagraph;
    open_x0 = line.x0;
    content_x0 = line.x0;
    previous = &line;
  }
  return layout;
}

}  // namespace hirelint
