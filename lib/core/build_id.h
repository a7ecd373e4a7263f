#pragma once

#include <string>

namespace hirelint {

// The GNU build IDs (the linker's hash of each object's contents) of the running executable and
// of the shared libraries loaded with it, in hex, joined by '.'; "" when the executable has
// none. Equal strings mean the same code runs, down to a shared RE2 or ICU. hirelint's own
// reader modules (hirelint-*.so, dlopened on the first PDF or DOCX) are left out, so the value
// does not depend on what the run has read. Computed once, on first use.
const std::string& CodeBuildId();

}  // namespace hirelint
