#pragma once
// Finds and loads hirelint-pdf.so, the PDF reader module (pdf_module_abi.h), once per process.
//
// Where it looks, in order:
// - $HIRELINT_PDF_MODULE when set and not empty, and nowhere else;
// - next to the running executable (the build tree: build/hirelint, build/hirelint_tests);
// - the installed layout, relative to the executable's directory: from `bin` to
//   `${CMAKE_INSTALL_LIBDIR}/hirelint` (e.g. /usr/local/bin/../lib/hirelint/hirelint-pdf.so).
// The executable is /proc/self/exe with symbolic links resolved.

#include <string>
#include <vector>

#include "core/error.h"
#include "extract/pdf_module_abi.h"

namespace hirelint {

// The module's read function. Loads the module on the first call (thread-safe; the result,
// success or failure, is kept for the process). The error's message names every path tried
// with dlerror()'s reason; its path is empty (the caller names the PDF).
Result<HirelintPdfReadFunction> LoadPdfModule();

// Where LoadPdfModule looks, in order (see above).
std::vector<std::string> PdfModuleCandidates();

}  // namespace hirelint
