// Loading hirelint-pdf.so: see pdf_module_loader.h for where it is looked for and why.

#include "extract/pdf_module_loader.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <mutex>
#include <string>
#include <vector>

// CMakeLists.txt sets both for this file: the module's file name, and the path from the
// installed executable's directory to the installed module's directory.
#ifndef HIRELINT_PDF_MODULE_NAME
#define HIRELINT_PDF_MODULE_NAME "hirelint-pdf.so"
#endif
#ifndef HIRELINT_PDF_MODULE_INSTALL_RELDIR
#define HIRELINT_PDF_MODULE_INSTALL_RELDIR "../lib/hirelint"
#endif

namespace hirelint {
namespace {

// The running executable's directory, symbolic links resolved; "" when /proc is not mounted.
std::string ExecutableDir() {
  std::string buffer(4096, '\0');
  ssize_t n = readlink("/proc/self/exe", buffer.data(), buffer.size());
  if (n <= 0 || static_cast<size_t>(n) >= buffer.size()) return "";
  buffer.resize(static_cast<size_t>(n));
  size_t slash = buffer.rfind('/');
  return slash == std::string::npos ? "" : buffer.substr(0, slash);
}

struct LoadedModule {
  HirelintPdfReadFunction read = nullptr;
  std::string error;  // when read is null: every path tried, with its reason
};

// Opens the module at `path`, checks its ABI version and finds its entry point. On failure,
// returns nullptr and sets `why`; a module that opened but does not fit is closed again.
HirelintPdfReadFunction OpenModule(const std::string& path, std::string& why) {
  dlerror();
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char* reason = dlerror();
    why = reason ? reason : "dlopen failed";
    // dlerror() usually starts with the path, which the message names already.
    if (why.compare(0, path.size() + 2, path + ": ") == 0) why.erase(0, path.size() + 2);
    return nullptr;
  }
  auto version = reinterpret_cast<HirelintPdfAbiVersionFunction>(
      dlsym(handle, HIRELINT_PDF_ABI_VERSION_SYMBOL));
  auto read = reinterpret_cast<HirelintPdfReadFunction>(dlsym(handle, HIRELINT_PDF_READ_SYMBOL));
  if (!version || !read) {
    why = "not a hirelint PDF module (no " HIRELINT_PDF_ABI_VERSION_SYMBOL
          " or " HIRELINT_PDF_READ_SYMBOL ")";
    dlclose(handle);
    return nullptr;
  }
  if (version() != HIRELINT_PDF_ABI_VERSION) {
    why = "built for another hirelint (module ABI " + std::to_string(version()) +
          ", this hirelint needs " + std::to_string(HIRELINT_PDF_ABI_VERSION) + ")";
    dlclose(handle);
    return nullptr;
  }
  // Kept open for the life of the process.
  return read;
}

LoadedModule Load() {
  LoadedModule loaded;
  std::string tried;
  for (const std::string& path : PdfModuleCandidates()) {
    std::string why;
    if (HirelintPdfReadFunction read = OpenModule(path, why)) {
      loaded.read = read;
      return loaded;
    }
    if (!tried.empty()) tried += "; ";
    tried += path + ": " + why;
  }
  loaded.error = "cannot load the PDF reader module " HIRELINT_PDF_MODULE_NAME " (tried " + tried +
                 "); reinstall hirelint, or set HIRELINT_PDF_MODULE to the module's path";
  return loaded;
}

}  // namespace

std::vector<std::string> PdfModuleCandidates() {
  const char* forced = std::getenv("HIRELINT_PDF_MODULE");
  if (forced && *forced) return {forced};
  std::string dir = ExecutableDir();
  if (dir.empty()) {
    // Without /proc, dlopen's own search (LD_LIBRARY_PATH, the system's paths) is all there is.
    return {HIRELINT_PDF_MODULE_NAME};
  }
  return {dir + "/" HIRELINT_PDF_MODULE_NAME,
          dir + "/" HIRELINT_PDF_MODULE_INSTALL_RELDIR "/" HIRELINT_PDF_MODULE_NAME};
}

Result<HirelintPdfReadFunction> LoadPdfModule() {
  static std::once_flag once;
  static LoadedModule loaded;
  std::call_once(once, [] { loaded = Load(); });
  if (loaded.read) return loaded.read;
  Error e;
  e.kind = ErrorKind::kInput;
  e.message = loaded.error;
  return e;
}

}  // namespace hirelint
