// Loading hirelint-zip.so through module_loader.h, once per process.

#include "extract/zip_module_loader.h"

#include "extract/module_loader.h"

namespace hirelint {
namespace {

// The file name is CMakeLists.txt's OUTPUT_NAME of the hirelint_zip target.
const ModuleSpec kZipModule = {"hirelint-zip.so",
                               "HIRELINT_ZIP_MODULE",
                               "ZIP reader",
                               HIRELINT_ZIP_ABI_VERSION_SYMBOL,
                               HIRELINT_ZIP_ABI_VERSION,
                               HIRELINT_ZIP_READ_MEMBER_SYMBOL};

}  // namespace

std::vector<std::string> ZipModuleCandidates() { return ModuleCandidates(kZipModule); }

Result<HirelintZipReadMemberFunction> LoadZipModule() {
  return LoadModuleFunction<HirelintZipReadMemberFunction>(kZipModule);
}

}  // namespace hirelint
