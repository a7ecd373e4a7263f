// Loading a reader module: see module_loader.h for where it is looked for and why.

#include "extract/module_loader.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <map>
#include <mutex>
#include <string>
#include <vector>

// CMakeLists.txt sets it for this file: the path from the installed executable's directory to
// the installed modules' directory.
#ifndef HIRELINT_MODULE_INSTALL_RELDIR
#define HIRELINT_MODULE_INSTALL_RELDIR "../lib/hirelint"
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

using AbiVersionFunction = int (*)(void);

// Opens the module at `path`, checks its ABI version and finds its entry point. On failure,
// returns nullptr and sets `why`; a module that opened but does not fit is closed again.
void* OpenModule(const ModuleSpec& spec, const std::string& path, std::string& why) {
  dlerror();
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char* reason = dlerror();
    why = reason ? reason : "dlopen failed";
    // dlerror() usually starts with the path, which the message names already.
    if (why.compare(0, path.size() + 2, path + ": ") == 0) why.erase(0, path.size() + 2);
    return nullptr;
  }
  auto version = reinterpret_cast<AbiVersionFunction>(dlsym(handle, spec.version_symbol));
  void* entry = dlsym(handle, spec.entry_symbol);
  if (!version || !entry) {
    why = std::string("not a hirelint ") + spec.what + " module (no " + spec.version_symbol +
          " or " + spec.entry_symbol + ")";
    dlclose(handle);
    return nullptr;
  }
  if (version() != spec.abi_version) {
    why = "built for another hirelint (module ABI " + std::to_string(version()) +
          ", this hirelint needs " + std::to_string(spec.abi_version) + ")";
    dlclose(handle);
    return nullptr;
  }
  return entry;
}

Result<void*> LoadModuleUncached(const ModuleSpec& spec) {
  std::string tried;
  for (const std::string& path : ModuleCandidates(spec)) {
    std::string why;
    if (void* entry = OpenModule(spec, path, why)) return entry;
    if (!tried.empty()) tried += "; ";
    tried += path + ": " + why;
  }
  Error e;
  e.kind = ErrorKind::kInput;
  e.message = std::string("cannot load the ") + spec.what + " module " + spec.file_name +
              " (tried " + tried + "); reinstall hirelint, or set " + spec.variable +
              " to the module's path";
  return e;
}

}  // namespace

std::vector<std::string> ModuleCandidates(const ModuleSpec& spec) {
  const char* forced = std::getenv(spec.variable);
  if (forced && *forced) return {forced};
  std::string dir = ExecutableDir();
  if (dir.empty()) {
    // Without /proc, dlopen's own search (LD_LIBRARY_PATH, the system's paths) is all there is.
    return {spec.file_name};
  }
  return {dir + "/" + spec.file_name,
          dir + "/" HIRELINT_MODULE_INSTALL_RELDIR "/" + spec.file_name};
}

Result<void*> LoadModule(const ModuleSpec& spec) {
  static std::mutex mutex;
  static std::map<const ModuleSpec*, Result<void*>> loaded;  // by spec: a module a process
  std::lock_guard<std::mutex> lock(mutex);
  auto it = loaded.find(&spec);
  if (it == loaded.end()) it = loaded.emplace(&spec, LoadModuleUncached(spec)).first;
  return it->second;
}

}  // namespace hirelint
