#pragma once
// Finds and opens one of hirelint's reader modules: shared objects with a C ABI that hold the
// code linking a heavy library (poppler for PDF, libzip for DOCX), dlopened the first time a
// file needs them so that every other run does not pay for loading those libraries at start.
//
// Where a module is looked for, in order:
// - $<spec.variable> when set and not empty, and nowhere else;
// - next to the running executable (the build tree: build/hirelint, build/hirelint_tests);
// - the installed layout, relative to the executable's directory: from `bin` to
//   `${CMAKE_INSTALL_LIBDIR}/hirelint` (e.g. /usr/local/bin/../lib/hirelint/hirelint-pdf.so).
// The executable is /proc/self/exe with symbolic links resolved.

#include <string>
#include <vector>

#include "core/error.h"

namespace hirelint {

struct ModuleSpec {
  const char* file_name;       // "hirelint-pdf.so"
  const char* variable;        // "HIRELINT_PDF_MODULE": where to look instead
  const char* what;            // "PDF reader": names the module in messages
  const char* version_symbol;  // returns the ABI version the module was built for
  int abi_version;             // the version this hirelint needs
  const char* entry_symbol;    // the function hirelint calls
};

// Where LoadModule looks, in order (see above).
std::vector<std::string> ModuleCandidates(const ModuleSpec& spec);

// Opens the first candidate that loads, fits the ABI and has the entry point, and returns the
// entry point; the module stays open for the life of the process. The first call for a spec
// loads it (thread-safe); later calls give the same result, success or failure. The error's
// message names every path tried with dlerror()'s reason and says how to fix it; its path is
// empty (the caller names the file). `spec` must live as long as the process (a constant).
Result<void*> LoadModule(const ModuleSpec& spec);

// LoadModule's entry point as the function type the module's ABI header gives it.
template <typename Function>
Result<Function> LoadModuleFunction(const ModuleSpec& spec) {
  Result<void*> entry = LoadModule(spec);
  if (!entry.ok()) return entry.error();
  return reinterpret_cast<Function>(entry.value());
}

}  // namespace hirelint
