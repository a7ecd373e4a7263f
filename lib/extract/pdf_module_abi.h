#pragma once
// The C ABI between hirelint and its PDF reader module, hirelint-pdf.so
// (lib/extract/pdf_module.cc). The module is the only code that links poppler: linking poppler
// into hirelint itself loads ~25 shared libraries at every start (8.6 ms against 0.8 ms for an
// empty program), a cost every run paid even when it read no PDF. hirelint dlopens the module
// the first time it reads a PDF (lib/extract/pdf_module_loader.h).
//
// Only C types cross: the module hands each page and each word to callbacks, with pointers into
// its own buffers that are valid during the call only. Neither side throws across this line.

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

// Raised whenever a struct or function below changes; hirelint refuses a module built for
// another version (a stale install) instead of calling it.
#define HIRELINT_PDF_ABI_VERSION 1

// A word as poppler's text_list gives it; coordinates in points, origin at the top left.
typedef struct HirelintPdfWord {
  const char* text;  // UTF-8, not NUL-terminated
  size_t text_size;
  double x0, y0, x1, y1;
  double font_size;       // the font's size; the box's height when the font has none (Type 3)
  int space_after;        // nonzero when poppler saw a space after the word
  const char* font_name;  // e.g. "ABCDEF+LiberationSerif-Bold"; not NUL-terminated
  size_t font_name_size;
} HirelintPdfWord;

// Called in document order: begin_page once per page (width and height 0 for a page poppler
// could not open), then add_word for each of that page's words.
typedef struct HirelintPdfSink {
  void* context;
  void (*begin_page)(void* context, double width, double height);
  void (*add_word)(void* context, const HirelintPdfWord* word);
} HirelintPdfSink;

enum HirelintPdfStatus {
  HIRELINT_PDF_OK = 0,
  HIRELINT_PDF_DAMAGED = 1,  // poppler cannot read the bytes as a PDF
  HIRELINT_PDF_LOCKED = 2,   // password-protected
  HIRELINT_PDF_FAILED = 3,   // poppler or a callback threw; the sink may have seen some pages
};

// Returns HIRELINT_PDF_ABI_VERSION as the module was built.
typedef int (*HirelintPdfAbiVersionFunction)(void);
#define HIRELINT_PDF_ABI_VERSION_SYMBOL "hirelint_pdf_abi_version"

// Reads the PDF in data[0, size) and feeds `sink`; returns a HirelintPdfStatus. Thread-safe:
// batches call it from many threads at once.
typedef int (*HirelintPdfReadFunction)(const char* data, size_t size, const HirelintPdfSink* sink);
#define HIRELINT_PDF_READ_SYMBOL "hirelint_pdf_read"

#ifdef __cplusplus
}  // extern "C"
#endif
