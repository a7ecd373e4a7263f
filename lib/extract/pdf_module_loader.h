#pragma once
// Loads hirelint-pdf.so, the PDF reader module (pdf_module_abi.h), once per process; where it is
// looked for is in module_loader.h ($HIRELINT_PDF_MODULE overrides).

#include <string>
#include <vector>

#include "core/error.h"
#include "extract/pdf_module_abi.h"

namespace hirelint {

// The module's read function. Loads the module on the first call (thread-safe; the result,
// success or failure, is kept for the process). The error's message names every path tried
// with dlerror()'s reason; its path is empty (the caller names the PDF).
Result<HirelintPdfReadFunction> LoadPdfModule();

// Where LoadPdfModule looks, in order.
std::vector<std::string> PdfModuleCandidates();

}  // namespace hirelint
