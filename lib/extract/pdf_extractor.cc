// PDF: poppler's C++ API gives each page's words with their boxes and font sizes; pdf_layout
// rebuilds lines, columns and blocks from them, and document_view turns those into items over
// a text view of the PDF (one line per rebuilt line, pages recorded).

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <memory>
#include <mutex>
#include <string>

#include "extract/document_view.h"
#include "extract/extractor.h"
#include "extract/pdf_layout.h"

namespace hirelint {
namespace {

// poppler writes its warnings to stderr unless given a function; lib/ never prints.
void IgnorePopplerMessage(const std::string&, void*) {}

Error PdfError(const SourceFile& file, std::string message) {
  Error e;
  e.kind = ErrorKind::kInput;
  e.path = file.path();
  e.message = std::move(message);
  return e;
}

// Font names as PDFs carry them: "ABCDEF+LiberationSerif-Bold", "CMBX12", "Helvetica-Black".
bool IsBoldFont(const std::string& name) {
  const std::string base =
      name.substr(name.find('+') == std::string::npos ? 0 : name.find('+') + 1);
  for (const char* mark :
       {"Bold", "bold", "BOLD", "Black", "Heavy", "Semibold", "SemiBold", "Demi"}) {
    if (base.find(mark) != std::string::npos) return true;
  }
  return base.rfind("CMBX", 0) == 0 || base.rfind("LMRomanDemi", 0) == 0;
}

}  // namespace

bool SniffPdf(const SourceFile& file) { return file.bytes().compare(0, 5, "%PDF-") == 0; }

Result<Extraction> ExtractPdf(const SourceFile& file, ExtractMode mode) {
  static std::once_flag quiet;
  std::call_once(quiet, [] { poppler::set_debug_error_function(IgnorePopplerMessage, nullptr); });
  if (mode == ExtractMode::kStories) {
    return PdfError(file, "scoring stories reads Markdown, text or JSONL; lint the PDF instead");
  }
  if (!SniffPdf(file)) return PdfError(file, "not a PDF: the file does not start with %PDF-");
  const std::string& bytes = file.bytes();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return PdfError(file, "cannot read this PDF: it is damaged or not a PDF");
  if (doc->is_locked()) {
    return PdfError(file, "the PDF is password-protected; export it again without a password");
  }
  std::vector<PdfPage> pages;
  const int count = doc->pages();
  for (int i = 0; i < count; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    PdfPage out;
    if (!page) {
      pages.push_back(std::move(out));
      continue;
    }
    poppler::rectf rect = page->page_rect();
    out.width = rect.width();
    out.height = rect.height();
    for (const poppler::text_box& box : page->text_list(poppler::page::text_list_include_font)) {
      poppler::byte_array utf8 = box.text().to_utf8();
      PdfWord w;
      w.text.assign(utf8.begin(), utf8.end());
      if (w.text.empty()) continue;
      poppler::rectf b = box.bbox();
      w.x0 = b.x();
      w.y0 = b.y();
      w.x1 = b.x() + b.width();
      w.y1 = b.y() + b.height();
      // The font's size; its box height when the font gives none (Type 3 fonts).
      w.font_size = box.get_font_size() > 0 ? box.get_font_size() : b.height();
      w.space_after = box.has_space_after();
      w.bold = IsBoldFont(box.get_font_name());
      out.words.push_back(std::move(w));
    }
    pages.push_back(std::move(out));
  }
  PdfLayout layout = LayOutPdf(pages);
  DocumentViewOptions options;
  options.page_count = pages.size();
  return BuildDocumentView(file.path(), layout.lines, layout.blocks, layout.issues, options);
}

}  // namespace hirelint
