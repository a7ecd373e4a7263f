#pragma once
// Loads hirelint-zip.so, the ZIP reader module (zip_module_abi.h), once per process; where it is
// looked for is in module_loader.h ($HIRELINT_ZIP_MODULE overrides).

#include <string>
#include <vector>

#include "core/error.h"
#include "extract/zip_module_abi.h"

namespace hirelint {

// The module's read function. Loads the module on the first call (thread-safe; the result,
// success or failure, is kept for the process). The error's message names every path tried
// with dlerror()'s reason; its path is empty (the caller names the DOCX).
Result<HirelintZipReadMemberFunction> LoadZipModule();

// Where LoadZipModule looks, in order.
std::vector<std::string> ZipModuleCandidates();

}  // namespace hirelint
