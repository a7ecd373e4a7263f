// PDF: the module hirelint-pdf.so reads each page's words with their boxes and fonts through
// poppler (pdf_module_abi.h: loaded on the first PDF, so other runs never load poppler);
// pdf_layout rebuilds lines, columns and blocks from them, and document_view turns those into
// items over a text view of the PDF (one line per rebuilt line, pages recorded).

#include <string>
#include <vector>

#include "extract/document_view.h"
#include "extract/extractor.h"
#include "extract/pdf_layout.h"
#include "extract/pdf_module_loader.h"

namespace hirelint {
namespace {

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

// The module's callbacks (C ABI): they fill `pages`. They must not throw into the module, so
// an allocation failure is kept and reported after the read.
struct PageCollector {
  std::vector<PdfPage> pages;
  bool failed = false;

  static void BeginPage(void* context, double width, double height) {
    auto* self = static_cast<PageCollector*>(context);
    try {
      PdfPage page;
      page.width = width;
      page.height = height;
      self->pages.push_back(std::move(page));
    } catch (...) {
      self->failed = true;
    }
  }

  static void AddWord(void* context, const HirelintPdfWord* word) {
    auto* self = static_cast<PageCollector*>(context);
    if (self->failed || self->pages.empty() || word->text_size == 0) return;
    try {
      PdfWord w;
      w.text.assign(word->text, word->text_size);
      w.x0 = word->x0;
      w.y0 = word->y0;
      w.x1 = word->x1;
      w.y1 = word->y1;
      w.font_size = word->font_size;
      w.space_after = word->space_after != 0;
      w.bold = IsBoldFont(std::string(word->font_name, word->font_name_size));
      self->pages.back().words.push_back(std::move(w));
    } catch (...) {
      self->failed = true;
    }
  }
};

}  // namespace

bool SniffPdf(const SourceFile& file) { return file.bytes().compare(0, 5, "%PDF-") == 0; }

Result<Extraction> ExtractPdf(const SourceFile& file, ExtractMode mode) {
  if (mode == ExtractMode::kStories) {
    return WholeFileError(file,
                          "scoring stories reads Markdown, text or JSONL; lint the PDF instead");
  }
  if (!SniffPdf(file)) return WholeFileError(file, "not a PDF: the file does not start with %PDF-");
  Result<HirelintPdfReadFunction> read = LoadPdfModule();
  if (!read.ok()) return WholeFileError(file, read.error().message);
  const std::string& bytes = file.bytes();
  PageCollector collector;
  HirelintPdfSink sink{&collector, &PageCollector::BeginPage, &PageCollector::AddWord};
  switch (read.value()(bytes.data(), bytes.size(), &sink)) {
    case HIRELINT_PDF_OK:
      break;
    case HIRELINT_PDF_DAMAGED:
      return WholeFileError(file, "cannot read this PDF: it is damaged or not a PDF");
    case HIRELINT_PDF_LOCKED:
      return WholeFileError(file,
                            "the PDF is password-protected; export it again without a password");
    default:
      return WholeFileError(file, "cannot read this PDF: the PDF reader failed on it");
  }
  if (collector.failed) return WholeFileError(file, "cannot read this PDF: out of memory");
  const std::vector<PdfPage>& pages = collector.pages;
  PdfLayout layout = LayOutPdf(pages);
  DocumentViewOptions options;
  options.page_count = pages.size();
  return BuildDocumentView(file.path(), layout.lines, layout.blocks, layout.issues, options);
}

}  // namespace hirelint
