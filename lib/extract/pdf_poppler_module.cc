// hirelint-pdf.so: the only code that calls poppler, built as a module that hirelint dlopens the
// first time it reads a PDF (see pdf_module_abi.h for why). It hands each page's words, with
// their boxes and fonts, to the caller's callbacks; pdf_extractor.cc does everything else.
// Not part of hirelint_lib: CMakeLists.txt builds this file alone into the module.

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <memory>
#include <mutex>
#include <string>

#include "extract/pdf_module_abi.h"

namespace {

// poppler writes its warnings to stderr unless given a function; hirelint's lib/ never prints.
void IgnorePopplerMessage(const std::string&, void*) {}

int ReadPdf(const char* data, size_t size, const HirelintPdfSink& sink) {
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(data, static_cast<int>(size)));
  if (!doc) return HIRELINT_PDF_DAMAGED;
  if (doc->is_locked()) return HIRELINT_PDF_LOCKED;
  const int count = doc->pages();
  for (int i = 0; i < count; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) {
      sink.begin_page(sink.context, 0, 0);
      continue;
    }
    poppler::rectf rect = page->page_rect();
    sink.begin_page(sink.context, rect.width(), rect.height());
    for (const poppler::text_box& box : page->text_list(poppler::page::text_list_include_font)) {
      poppler::byte_array utf8 = box.text().to_utf8();
      const std::string font_name = box.get_font_name();
      poppler::rectf b = box.bbox();
      HirelintPdfWord word;
      word.text = utf8.data();
      word.text_size = utf8.size();
      word.x0 = b.x();
      word.y0 = b.y();
      word.x1 = b.x() + b.width();
      word.y1 = b.y() + b.height();
      // The font's size; its box height when the font gives none (Type 3 fonts).
      word.font_size = box.get_font_size() > 0 ? box.get_font_size() : b.height();
      word.space_after = box.has_space_after() ? 1 : 0;
      word.font_name = font_name.data();
      word.font_name_size = font_name.size();
      sink.add_word(sink.context, &word);
    }
  }
  return HIRELINT_PDF_OK;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int hirelint_pdf_abi_version(void) {
  return HIRELINT_PDF_ABI_VERSION;
}

extern "C" __attribute__((visibility("default"))) int hirelint_pdf_read(
    const char* data, size_t size, const HirelintPdfSink* sink) {
  static std::once_flag quiet;
  try {
    std::call_once(quiet, [] { poppler::set_debug_error_function(IgnorePopplerMessage, nullptr); });
    return ReadPdf(data, size, *sink);
  } catch (...) {
    // Nothing may unwind into the caller through the C ABI.
    return HIRELINT_PDF_FAILED;
  }
}
