// rewrite's text, JSON, JSONL and Markdown formats.

#include <algorithm>

#include "report/json_writer.h"
#include "report/report.h"
#include "report/report_support.h"

namespace hirelint {
namespace {

// The contract object of DESIGN.md: file, line, column, text, rewrite, slots, reasons.
void WriteRewriteObject(const FileResult& file, size_t i, JsonWriter* w) {
  const Item& item = file.items[i];
  const Rewrite& r = file.rewrites[i];
  Position p = file.source.PositionOf(item.SourceBegin());
  w->BeginObject();
  WriteLocated(file.path, p, w);
  w->Key("text");
  w->String(item.text);
  w->Key("rewrite");
  if (r.rewritten()) {
    w->String(r.text);
  } else {
    w->Null();
  }
  w->Key("slots");
  w->BeginArray();
  for (const RewriteSlot& slot : r.slots) {
    w->BeginObject();
    w->Key("stage");
    w->String(slot.stage);
    w->Key("text");
    w->String(slot.text);
    w->EndObject();
  }
  w->EndArray();
  w->Key("reasons");
  w->BeginArray();
  for (const std::string& reason : r.reasons) w->String(reason);
  w->EndArray();
  w->EndObject();
}

bool IsRewriteBullet(const FileResult& file, size_t i) {
  return file.items[i].kind == ItemKind::kBullet && i < file.rewrites.size();
}

// Markdown-escapes `text` except the slot texts (kept verbatim so the user finds them).
std::string EscapeMarkdown(const std::string& text, const std::vector<RewriteSlot>& slots) {
  static const std::string kSpecial = "\\`*_<>[]";
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    auto slot = std::find_if(slots.begin(), slots.end(), [&](const RewriteSlot& s) {
      return s.offset == i && text.compare(i, s.text.size(), s.text) == 0;
    });
    if (slot != slots.end()) {
      out += slot->text;
      i += slot->text.size();
      continue;
    }
    if (kSpecial.find(text[i]) != std::string::npos) out += '\\';
    out += text[i++];
  }
  return out;
}

// True when `source` (a stretch of a bullet's source) reads as `clean`, its cleaned text:
// nothing was unescaped or dropped, so the rewrite's words can be written back as they are.
bool SourceIsPlain(const std::string& source, const std::string& clean) {
  std::string collapsed;
  for (char c : source) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!collapsed.empty() && collapsed.back() != ' ') collapsed += ' ';
    } else {
      collapsed += c;
    }
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed == clean;
}

// True when `s` opens emphasis, code or a link it does not close ("helped** build" cut out of
// "**Label: helped** build"): an odd number of runs of '*', '_' or '`', or unpaired brackets.
bool Unbalanced(const std::string& s) {
  for (char c : {'*', '_', '`'}) {
    size_t runs = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == c && (i == 0 || s[i - 1] != c)) ++runs;
    }
    if (runs % 2 != 0) return true;
  }
  return std::count(s.begin(), s.end(), '[') != std::count(s.begin(), s.end(), ']');
}

// Length of the words the rewrite keeps unchanged at the bullet's start (a label such as
// "Ticket router: "), ending at a word boundary.
size_t KeptPrefix(const std::string& original, const std::string& rewrite) {
  size_t n = 0;
  while (n < original.size() && n < rewrite.size() && original[n] == rewrite[n]) ++n;
  while (n > 0 && original[n - 1] != ' ') --n;
  return n;
}

// Replaces each rewritten bullet's content (from its first word to the end of its last line,
// markup included) and copies every other byte. The words a rewrite keeps at the bullet's
// start keep their source bytes, markup and all ("**Ticket router**: "), unless cutting there
// would split markup.
void WriteInPlace(const FileResult& file, bool markdown, std::ostream& out) {
  const std::string& bytes = file.source.bytes();
  auto is_markup = [](char c) { return c == '*' || c == '_' || c == '`' || c == '['; };
  size_t at = 0;
  for (size_t i = 0; i < file.items.size(); ++i) {
    if (!IsRewriteBullet(file, i) || !file.rewrites[i].rewritten()) continue;
    const Item& item = file.items[i];
    const Rewrite& r = file.rewrites[i];
    size_t end = std::min(item.end, bytes.size());
    size_t begin = item.map.ToSource(0);
    while (begin > item.begin && is_markup(bytes[begin - 1])) --begin;  // "**Helped" from its "**"
    if (begin < at || begin < item.begin || end < begin) continue;  // overlapping: keep the source
    size_t kept = KeptPrefix(item.text, r.text);
    for (const RewriteSlot& slot : r.slots) {
      if (slot.offset < kept) kept = 0;  // a bullet that already held a slot's text
    }
    size_t cut = kept > 0 ? item.map.ToSource(kept) : begin;
    if (cut < begin || cut > end || Unbalanced(bytes.substr(cut, end - cut))) {
      cut = begin;
      kept = 0;
    }
    out.write(bytes.data() + at, static_cast<std::streamsize>(cut - at));
    std::vector<RewriteSlot> slots = r.slots;
    for (RewriteSlot& s : slots) s.offset -= kept;
    std::string rest = r.text.substr(kept);
    bool escape = markdown && !SourceIsPlain(bytes.substr(cut, end - cut), item.text.substr(kept));
    out << (escape ? EscapeMarkdown(rest, slots) : rest);
    at = end;
  }
  out.write(bytes.data() + at, static_cast<std::streamsize>(bytes.size() - at));
}

void WriteOutline(const FileResult& file, std::ostream& out) {
  enum class Last { kNothing, kBlock, kBullet } last = Last::kNothing;
  for (size_t i = 0; i < file.items.size(); ++i) {
    const Item& item = file.items[i];
    switch (item.kind) {
      case ItemKind::kHeading: {
        if (last != Last::kNothing) out << "\n";
        int level = std::clamp(item.level, 1, 6);
        out << std::string(static_cast<size_t>(level), '#') << " " << EscapeMarkdown(item.text, {})
            << "\n";
        last = Last::kBlock;
        break;
      }
      case ItemKind::kBullet: {
        if (last == Last::kBlock) out << "\n";
        const Rewrite* r = i < file.rewrites.size() ? &file.rewrites[i] : nullptr;
        out << "- "
            << (r != nullptr && r->rewritten() ? EscapeMarkdown(r->text, r->slots)
                                               : EscapeMarkdown(item.text, {}))
            << "\n";
        last = Last::kBullet;
        break;
      }
      case ItemKind::kSummary:
      case ItemKind::kStory:
        if (last != Last::kNothing) out << "\n";
        out << EscapeMarkdown(item.text, {}) << "\n";
        last = Last::kBlock;
        break;
    }
  }
}

}  // namespace

void WriteRewriteJsonl(const FileResult& file, std::ostream& out) {
  for (size_t i = 0; i < file.items.size(); ++i) {
    if (!IsRewriteBullet(file, i)) continue;
    JsonWriter w(out, -1);
    WriteRewriteObject(file, i, &w);
    out << '\n';
  }
}

void WriteRewriteJson(const std::vector<FileResult>& files, std::ostream& out) {
  JsonWriter w(out, 2);
  w.BeginArray();
  for (const FileResult& file : files) {
    if (file.error) continue;
    for (size_t i = 0; i < file.items.size(); ++i) {
      if (IsRewriteBullet(file, i)) WriteRewriteObject(file, i, &w);
    }
  }
  w.EndArray();
  out << '\n';
}

void WriteRewriteText(const std::vector<FileResult>& files, const TextStyle& style,
                      std::ostream& out) {
  const char* bold = style.color ? "\x1b[1m" : "";
  const char* dim = style.color ? "\x1b[2m" : "";
  const char* green = style.color ? "\x1b[32m" : "";
  const char* reset = style.color ? "\x1b[0m" : "";
  size_t bullets = 0, rewritten = 0;
  for (const FileResult& file : files) {
    if (file.error) continue;
    for (size_t i = 0; i < file.items.size(); ++i) {
      if (!IsRewriteBullet(file, i)) continue;
      const Item& item = file.items[i];
      const Rewrite& r = file.rewrites[i];
      ++bullets;
      Position p = file.source.PositionOf(item.SourceBegin());
      out << bold << FormatLocation(file.path, p) << reset;
      if (!item.section.empty()) out << " [" << item.section << "]";
      out << "\n" << dim << "  original: " << reset << item.text << "\n";
      if (!r.rewritten()) {
        out << dim << "  rewrite:  " << reset << "none (" << r.note << ")\n";
        continue;
      }
      ++rewritten;
      out << dim << "  rewrite:  " << reset << green << r.text << reset << "\n";
      bool first = true;
      for (const Finding& f : file.findings) {
        if (f.item != static_cast<int>(i) ||
            std::find(r.reasons.begin(), r.reasons.end(), f.rule) == r.reasons.end()) {
          continue;
        }
        out << dim << (first ? "  why:      " : "            ") << reset << f.message << " ["
            << f.rule << "]\n";
        first = false;
      }
    }
  }
  out << rewritten << (rewritten == 1 ? " rewrite" : " rewrites") << " for " << bullets
      << (bullets == 1 ? " bullet" : " bullets") << "\n";
}

RewriteDocument RewriteDocumentFor(const std::string& extractor_name) {
  if (extractor_name == "markdown") return RewriteDocument::kMarkdownSource;
  if (extractor_name == "text") return RewriteDocument::kPlainSource;
  return RewriteDocument::kOutline;
}

void WriteRewriteDocument(const FileResult& file, RewriteDocument mode, std::ostream& out) {
  switch (mode) {
    case RewriteDocument::kMarkdownSource:
      WriteInPlace(file, /*markdown=*/true, out);
      break;
    case RewriteDocument::kPlainSource:
      WriteInPlace(file, /*markdown=*/false, out);
      break;
    case RewriteDocument::kOutline:
      WriteOutline(file, out);
      break;
  }
}

}  // namespace hirelint
