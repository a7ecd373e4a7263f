// Loading hirelint-pdf.so through module_loader.h, once per process.

#include "extract/pdf_module_loader.h"

#include "extract/module_loader.h"

namespace hirelint {
namespace {

// The file name is CMakeLists.txt's OUTPUT_NAME of the hirelint_pdf target.
const ModuleSpec kPdfModule = {"hirelint-pdf.so",
                               "HIRELINT_PDF_MODULE",
                               "PDF reader",
                               HIRELINT_PDF_ABI_VERSION_SYMBOL,
                               HIRELINT_PDF_ABI_VERSION,
                               HIRELINT_PDF_READ_SYMBOL};

}  // namespace

std::vector<std::string> PdfModuleCandidates() { return ModuleCandidates(kPdfModule); }

Result<HirelintPdfReadFunction> LoadPdfModule() {
  return LoadModuleFunction<HirelintPdfReadFunction>(kPdfModule);
}

}  // namespace hirelint
