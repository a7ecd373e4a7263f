#include "extract/extractor.h"

#include <algorithm>
#include <cctype>

namespace hirelint {
namespace {

std::string LowerExtension(const std::string& path) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string ext = path.substr(dot);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

bool Always(const SourceFile&) { return true; }

}  // namespace

const std::vector<ExtractorEntry>& Extractors() {
  static const std::vector<ExtractorEntry> kExtractors = {
      {"markdown", {".md", ".markdown", ".mdown", ".mkd"}, Always, ExtractMarkdown},
      {"text", {".txt", ".text"}, Always, ExtractText},
      {"latex", {".tex", ".latex"}, SniffLatex, ExtractLatex},
      {"jsonl", {".jsonl", ".ndjson"}, Always, ExtractJsonl},
      {"story-yaml", {".yaml", ".yml"}, SniffYamlStories, ExtractYamlStories},
      {"json-resume", {".json"}, LooksLikeJsonResume, ExtractJsonResume},
      {"json", {".json"}, Always, ExtractJson},
      {"yaml", {".yaml", ".yml"}, Always, ExtractYaml},
      {"pdf", {".pdf"}, SniffPdf, ExtractPdf},
      {"docx", {".docx"}, SniffDocx, ExtractDocx},
  };
  return kExtractors;
}

const ExtractorEntry* FindExtractor(const std::string& name) {
  for (const auto& e : Extractors()) {
    if (name == e.name) return &e;
  }
  return nullptr;
}

const ExtractorEntry* ChooseExtractor(const std::string& path, const SourceFile& file,
                                      const std::string& forced) {
  if (!forced.empty()) return FindExtractor(forced);
  if (path == "-" || path == "<stdin>") {
    // Standard input has no extension, so the content decides. JSON: JSON Resume (a top-level
    // "basics" or "work"), else a first line that is a whole object is a story bank (JSONL),
    // else plain JSON. Piped JSONL was read as one plain-text story.
    const std::string& b = file.bytes();
    const size_t first = b.find_first_not_of(" \t\r\n", file.bom_length());
    if (first != std::string::npos && (b[first] == '{' || b[first] == '[')) {
      if (LooksLikeJsonResume(file)) return FindExtractor("json-resume");
      const size_t eol = b.find('\n', first);
      const size_t last = b.find_last_not_of(" \t\r", eol == std::string::npos ? b.npos : eol - 1);
      const bool object_line = b[first] == '{' && last != std::string::npos && b[last] == '}';
      return FindExtractor(object_line ? "jsonl" : "json");
    }
    // Markdown reads plain text as paragraphs, so prefer it only when the content has Markdown
    // structure.
    bool markdown = b.find("\n#") != std::string::npos || b.rfind("#", 0) == 0 ||
                    b.find("\n- ") != std::string::npos || b.find("\n* ") != std::string::npos ||
                    b.rfind("- ", 0) == 0 || b.rfind("* ", 0) == 0;
    return FindExtractor(markdown ? "markdown" : "text");
  }
  const std::string ext = LowerExtension(path);
  const ExtractorEntry* first = nullptr;
  for (const auto& e : Extractors()) {
    if (std::find_if(e.extensions.begin(), e.extensions.end(),
                     [&](const char* x) { return ext == x; }) == e.extensions.end()) {
      continue;
    }
    if (first == nullptr) first = &e;
    if (e.sniff(file)) return &e;
  }
  return first;
}

bool IsSupportedPath(const std::string& path) {
  const std::string ext = LowerExtension(path);
  for (const auto& e : Extractors()) {
    for (const char* x : e.extensions) {
      if (ext == x) return true;
    }
  }
  return false;
}

std::string ExtractorNames() {
  std::string out;
  for (const auto& e : Extractors()) out += (out.empty() ? "" : ", ") + std::string(e.name);
  return out;
}

std::string SupportedExtensions() {
  std::string out;
  for (const auto& e : Extractors()) {
    for (const char* x : e.extensions) out += (out.empty() ? "" : ", ") + std::string(x);
  }
  return out;
}

Error CvFileHasNoStories(const SourceFile& file, const char* format) {
  return WholeFileError(file, std::string("a ") + format +
                                  " file holds a CV, not interview stories; stories are read from "
                                  ".jsonl, .md and .txt files (lint the CV with 'hirelint lint' or "
                                  "'hirelint tag')");
}

}  // namespace hirelint
