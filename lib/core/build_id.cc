#include "core/build_id.h"

#include <elf.h>
#include <link.h>

#include <cstring>

namespace hirelint {
namespace {

// dl_iterate_phdr visits the executable first; its PT_NOTE segments hold the build ID note.
int FindBuildId(struct dl_phdr_info* info, size_t, void* data) {
  auto* out = static_cast<std::string*>(data);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& segment = info->dlpi_phdr[i];
    if (segment.p_type != PT_NOTE) continue;
    const char* at = reinterpret_cast<const char*>(info->dlpi_addr + segment.p_vaddr);
    const char* end = at + segment.p_memsz;
    while (at + sizeof(ElfW(Nhdr)) <= end) {
      ElfW(Nhdr) note;
      std::memcpy(&note, at, sizeof note);
      const char* name = at + sizeof note;
      const char* desc = name + ((note.n_namesz + 3) & ~3u);
      const char* next = desc + ((note.n_descsz + 3) & ~3u);
      if (next > end) break;
      if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 &&
          std::memcmp(name, "GNU", 4) == 0) {
        static const char kHex[] = "0123456789abcdef";
        for (size_t j = 0; j < note.n_descsz; ++j) {
          unsigned char byte = static_cast<unsigned char>(desc[j]);
          out->push_back(kHex[byte >> 4]);
          out->push_back(kHex[byte & 15]);
        }
        return 1;
      }
      at = next;
    }
  }
  return 1;  // only the executable, the first object visited
}

}  // namespace

const std::string& ExecutableBuildId() {
  static const std::string id = [] {
    std::string found;
    dl_iterate_phdr(FindBuildId, &found);
    return found;
  }();
  return id;
}

}  // namespace hirelint
