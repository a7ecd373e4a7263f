#pragma once
// The extractor table: one entry per input format, chosen by extension and, where an extension
// is ambiguous, by content. Every extractor turns a SourceFile into Items or an Error.

#include <string>
#include <vector>

#include "core/error.h"
#include "core/source_file.h"
#include "extract/item.h"

namespace hirelint {

enum class ExtractMode {
  kBullets,  // lint, tag, rewrite: bullets, summaries and headings
  kStories,  // score: stories (a Markdown/text file is split at second-level headings)
};

struct ExtractorEntry {
  const char* name;                      // the --input-format value, e.g. "markdown"
  std::vector<const char*> extensions;   // lower case, with the dot
  // True when the content looks like this format (used when the extension is shared).
  bool (*sniff)(const SourceFile& file);
  Result<Extraction> (*extract)(const SourceFile& file, ExtractMode mode);
};

// Every extractor, in the order they are tried when sniffing.
const std::vector<ExtractorEntry>& Extractors();

// The extractor for `path` (by extension, then content). `forced` is an --input-format name or
// "". Returns nullptr when nothing fits; ExtractorNames() lists what does.
const ExtractorEntry* ChooseExtractor(const std::string& path, const SourceFile& file,
                                      const std::string& forced);
const ExtractorEntry* FindExtractor(const std::string& name);
bool IsSupportedPath(const std::string& path);
std::string ExtractorNames();        // "text, markdown, ..."
std::string SupportedExtensions();   // ".txt, .md, ..."

// Each format's entry point (one file each).
Result<Extraction> ExtractText(const SourceFile& file, ExtractMode mode);
Result<Extraction> ExtractMarkdown(const SourceFile& file, ExtractMode mode);
Result<Extraction> ExtractLatex(const SourceFile& file, ExtractMode mode);
bool SniffLatex(const SourceFile& file);  // \documentclass, \begin{, \item, \section ...
Result<Extraction> ExtractJsonl(const SourceFile& file, ExtractMode mode);
// YAML story lists ({id, title, text} entries); the sniff accepts a top-level list with "text".
bool SniffYamlStories(const SourceFile& file);
Result<Extraction> ExtractYamlStories(const SourceFile& file, ExtractMode mode);
// JSON Resume only (json_resume_extractor.cc); ExtractJson reads any JSON CV schema.
Result<Extraction> ExtractJsonResume(const SourceFile& file, ExtractMode mode);
Result<Extraction> ExtractJson(const SourceFile& file, ExtractMode mode);
Result<Extraction> ExtractYaml(const SourceFile& file, ExtractMode mode);
// True when the file's top-level JSON object has a "basics" or "work" key.
bool LooksLikeJsonResume(const SourceFile& file);
// Binary documents: items point into a text view (Extraction::view) of the file.
Result<Extraction> ExtractPdf(const SourceFile& file, ExtractMode mode);
bool SniffPdf(const SourceFile& file);  // starts with %PDF-
Result<Extraction> ExtractDocx(const SourceFile& file, ExtractMode mode);
bool SniffDocx(const SourceFile& file);  // starts with a ZIP header

// The error for `hirelint score` on a CV format ("JSON Resume", "YAML"): stories are read from
// .jsonl, Markdown and text files, and a CV format has none.
Error CvFileHasNoStories(const SourceFile& file, const char* format);

}  // namespace hirelint
