// DOCX: a ZIP holding WordprocessingML. Paragraphs are read in document order (table cells
// cell by cell, text boxes after the paragraph that anchors them); runs are joined. A paragraph
// with numbering (w:numPr, directly or through its style) is a bullet, a Title or Heading N
// style a heading. The text view has one line per paragraph, so a finding's line is the
// paragraph's number.

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>

#include "extract/document_view.h"
#include "extract/extractor.h"
#include "extract/zip_module_loader.h"

namespace hirelint {
namespace {

// The name after a namespace prefix: "w:p" -> "p".
const char* Local(const pugi::xml_node& node) {
  const char* name = node.name();
  const char* colon = std::strchr(name, ':');
  return colon ? colon + 1 : name;
}

bool Is(const pugi::xml_node& node, const char* local) {
  return std::strcmp(Local(node), local) == 0;
}

pugi::xml_node Child(const pugi::xml_node& node, const char* local) {
  for (pugi::xml_node c : node.children()) {
    if (Is(c, local)) return c;
  }
  return pugi::xml_node();
}

// An attribute by local name ("w:val" -> "val").
const char* Attr(const pugi::xml_node& node, const char* local) {
  for (pugi::xml_attribute a : node.attributes()) {
    const char* name = a.name();
    const char* colon = std::strchr(name, ':');
    if (std::strcmp(colon ? colon + 1 : name, local) == 0) return a.value();
  }
  return "";
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    *out += static_cast<char>(c);
  } else if (c < 0x800) {
    *out += static_cast<char>(0xC0 | (c >> 6));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *out += static_cast<char>(0xE0 | (c >> 12));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (c >> 18));
    *out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// A CV's XML is never this large; a larger member is treated as missing.
constexpr size_t kMaxMemberBytes = 256u << 20;

void CopyMember(void* context, const char* bytes, size_t size) {
  static_cast<std::string*>(context)->assign(bytes, size);
}

// Reads one member of the archive through the ZIP module; nullopt, with the module's
// HirelintZipStatus in *status, when it cannot.
std::optional<std::string> ReadMember(HirelintZipReadMemberFunction read, const std::string& zip,
                                      const char* name, int* status) {
  std::string member;
  *status = read(zip.data(), zip.size(), name, kMaxMemberBytes, &CopyMember, &member);
  if (*status != HIRELINT_ZIP_OK) return std::nullopt;
  return member;
}

struct StyleInfo {
  int heading_level = 0;  // Title 1, Heading N N
  bool list = false;      // the style numbers its paragraphs
};

std::map<std::string, StyleInfo> ReadStyles(const pugi::xml_document& styles) {
  std::map<std::string, StyleInfo> out;
  for (pugi::xml_node style : styles.document_element().children()) {
    if (!Is(style, "style")) continue;
    std::string id = Attr(style, "styleId");
    std::string name = Attr(Child(style, "name"), "val");
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    StyleInfo info;
    if (name == "title") {
      info.heading_level = 1;
    } else if (name.rfind("heading ", 0) == 0) {
      info.heading_level = std::atoi(name.c_str() + 8);
    }
    pugi::xml_node ppr = Child(style, "pPr");
    if (info.heading_level == 0 && Child(ppr, "outlineLvl")) {
      info.heading_level = std::atoi(Attr(Child(ppr, "outlineLvl"), "val")) + 1;
    }
    info.list = Child(ppr, "numPr") || name.find("list bullet") != std::string::npos ||
                name.find("list number") != std::string::npos;
    out[id] = info;
  }
  return out;
}

constexpr int kMaxDepth = 256;

class DocxReader {
 public:
  explicit DocxReader(const std::map<std::string, StyleInfo>& styles) : styles_(styles) {}

  // Walks a container of block content (the body, a table cell, a text box). Nesting deeper
  // than kMaxDepth (never seen in a real document) is not read, so hostile input cannot
  // exhaust the stack.
  void Blocks(const pugi::xml_node& parent, int depth = 0) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node node : parent.children()) {
      if (Is(node, "p")) {
        Paragraph(node, depth);
      } else if (Is(node, "tbl")) {
        for (pugi::xml_node row : node.children()) {
          if (!Is(row, "tr")) continue;
          for (pugi::xml_node cell : row.children()) {
            if (Is(cell, "tc")) Blocks(cell, depth + 1);
          }
        }
      } else if (Is(node, "sdt")) {
        Blocks(Child(node, "sdtContent"), depth + 1);
      } else if (Is(node, "customXml") || Is(node, "ins")) {
        Blocks(node, depth + 1);
      }
    }
  }

  std::vector<ViewLine> lines;
  std::vector<ViewBlock> blocks;
  std::vector<ViewIssue> issues;

 private:
  void Paragraph(const pugi::xml_node& p, int depth) {
    std::string text;
    std::vector<pugi::xml_node> boxes;
    Runs(p, &text, &boxes, depth + 1);
    const size_t line = lines.size();
    lines.push_back({text, 0});
    Classify(p, line);
    for (const pugi::xml_node& box : boxes) Blocks(box, depth + 1);
  }

  // Text of a paragraph's runs, in order; text boxes are set aside to read afterwards.
  void Runs(const pugi::xml_node& node, std::string* text, std::vector<pugi::xml_node>* boxes,
            int depth) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node c : node.children()) {
      if (Is(c, "t")) {
        *text += c.text().get();
      } else if (Is(c, "tab") && !Is(node, "tabs")) {
        *text += '\t';
      } else if (Is(c, "br") || Is(c, "cr")) {
        *text += ' ';
      } else if (Is(c, "noBreakHyphen")) {
        *text += '-';
      } else if (Is(c, "sym")) {
        // A symbol-font character: its code is a private-use glyph with no Unicode meaning.
        AppendUtf8(static_cast<char32_t>(std::strtoul(Attr(c, "char"), nullptr, 16)), text);
      } else if (Is(c, "txbxContent")) {
        boxes->push_back(c);
      } else if (Is(c, "pPr") || Is(c, "rPr") || Is(c, "del") || Is(c, "instrText") ||
                 Is(c, "Fallback") || Is(c, "moveFrom")) {
        continue;
      } else {
        Runs(c, text, boxes, depth + 1);
      }
    }
  }

  void Classify(const pugi::xml_node& p, size_t line) {
    const std::string& text = lines[line].text;
    size_t begin = 0;
    while (begin < text.size() && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
    size_t end = text.size();
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    if (begin == end) return;
    pugi::xml_node ppr = Child(p, "pPr");
    StyleInfo style;
    auto it = styles_.find(Attr(Child(ppr, "pStyle"), "val"));
    if (it != styles_.end()) style = it->second;
    pugi::xml_node num = Child(ppr, "numPr");
    const bool numbered =
        num ? std::strcmp(Attr(Child(num, "numId"), "val"), "0") != 0 : style.list;
    ViewBlock block;
    const size_t glyph = BulletGlyphLength(text.substr(begin, end - begin));
    if (glyph > 0) {
      size_t length = 1;
      char32_t c = DecodeUtf8(text, begin, &length);
      if (IsUnmappedGlyph(c)) {
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
        issues.push_back({kRuleParseUnmappedGlyph, line, {{"glyph", code}}});
      }
    }
    if (numbered || glyph > 0) {
      block.kind = ItemKind::kBullet;
      begin += glyph;
    } else if (style.heading_level > 0) {
      block.kind = ItemKind::kHeading;
      block.level = style.heading_level;
      if (end > begin && text[end - 1] == ':') --end;
    } else {
      block.kind = ItemKind::kSummary;
    }
    if (begin >= end) return;
    block.spans.push_back({line, begin, end});
    blocks.push_back(std::move(block));
  }

  const std::map<std::string, StyleInfo>& styles_;
};

}  // namespace

bool SniffDocx(const SourceFile& file) { return file.bytes().compare(0, 4, "PK\x03\x04") == 0; }

Result<Extraction> ExtractDocx(const SourceFile& file, ExtractMode mode) {
  if (mode == ExtractMode::kStories) {
    return WholeFileError(file,
                          "scoring stories reads Markdown, text or JSONL; lint the DOCX instead");
  }
  if (!SniffDocx(file)) return WholeFileError(file, "not a DOCX: the file is not a ZIP archive");
  Result<HirelintZipReadMemberFunction> read = LoadZipModule();
  if (!read.ok()) return WholeFileError(file, read.error().message);
  const std::string& bytes = file.bytes();
  int status = HIRELINT_ZIP_OK;
  std::optional<std::string> document =
      ReadMember(read.value(), bytes, "word/document.xml", &status);
  if (status == HIRELINT_ZIP_DAMAGED) {
    return WholeFileError(file, "cannot read this DOCX: the ZIP archive is damaged");
  }
  if (status == HIRELINT_ZIP_UNREADABLE) {
    return WholeFileError(file,
                          "cannot read this DOCX: word/document.xml cannot be decompressed (the "
                          "archive is damaged; save the CV again)");
  }
  if (!document) {
    return WholeFileError(file,
                          "not a DOCX: the archive has no word/document.xml (is it another "
                          "Office format? save it as .docx)");
  }
  pugi::xml_document styles_xml;
  std::map<std::string, StyleInfo> styles;
  if (std::optional<std::string> s = ReadMember(read.value(), bytes, "word/styles.xml", &status)) {
    if (styles_xml.load_buffer(s->data(), s->size())) styles = ReadStyles(styles_xml);
  }
  pugi::xml_document xml;
  pugi::xml_parse_result parsed = xml.load_buffer(document->data(), document->size());
  if (!parsed) {
    return WholeFileError(file,
                          std::string("cannot read this DOCX: word/document.xml is not well-formed "
                                      "XML (") +
                              parsed.description() + ")");
  }
  pugi::xml_node body = Child(xml.document_element(), "body");
  DocxReader reader(styles);
  reader.Blocks(body);
  if (reader.blocks.empty()) {
    reader.issues.push_back({kRuleParseNoText, 0, {{"where", "its paragraphs"}}});
  }
  return BuildDocumentView(file.path(), reader.lines, reader.blocks, reader.issues,
                           DocumentViewOptions());
}

}  // namespace hirelint
