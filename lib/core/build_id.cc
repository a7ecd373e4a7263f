#include "core/build_id.h"

#include <elf.h>
#include <link.h>

#include <cstdint>
#include <cstring>

namespace hirelint {
namespace {

struct Walk {
  bool executable_has_id = false;
  bool first = true;
  std::string ids;
};

// The hex of the NT_GNU_BUILD_ID note in one PT_NOTE segment, or "". Every size is checked
// against what is left of the segment before it is used, so a malformed note ends the search.
std::string BuildIdNote(const char* at, size_t size, size_t align) {
  auto padded = [align](size_t n) { return (n + align - 1) / align * align; };
  size_t offset = 0;
  while (size - offset >= sizeof(ElfW(Nhdr))) {
    ElfW(Nhdr) note;
    std::memcpy(&note, at + offset, sizeof note);
    size_t left = size - offset - sizeof note;
    size_t name_size = padded(note.n_namesz);
    if (name_size > left) break;
    size_t desc_size = padded(note.n_descsz);
    if (desc_size > left - name_size || note.n_descsz > desc_size) break;
    const char* name = at + offset + sizeof note;
    const char* desc = name + name_size;
    if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
      static const char kHex[] = "0123456789abcdef";
      std::string out;
      for (size_t j = 0; j < note.n_descsz; ++j) {
        unsigned char byte = static_cast<unsigned char>(desc[j]);
        out.push_back(kHex[byte >> 4]);
        out.push_back(kHex[byte & 15]);
      }
      return out;
    }
    offset += sizeof note + name_size + desc_size;
  }
  return "";
}

// dl_iterate_phdr visits the executable first, then the objects loaded with it.
int AddObject(struct dl_phdr_info* info, size_t, void* data) {
  auto* walk = static_cast<Walk*>(data);
  const bool executable = walk->first;
  walk->first = false;
  const char* name = info->dlpi_name != nullptr ? info->dlpi_name : "";
  const char* base = std::strrchr(name, '/');
  base = base != nullptr ? base + 1 : name;
  if (std::strncmp(base, "hirelint-", 9) == 0) return 0;
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& segment = info->dlpi_phdr[i];
    if (segment.p_type != PT_NOTE) continue;
    size_t align = segment.p_align == 8 ? 8 : 4;
    std::string id = BuildIdNote(reinterpret_cast<const char*>(info->dlpi_addr + segment.p_vaddr),
                                 segment.p_memsz, align);
    if (id.empty()) continue;
    if (executable) walk->executable_has_id = true;
    if (!walk->ids.empty()) walk->ids += '.';
    walk->ids += id;
    break;
  }
  return 0;
}

}  // namespace

const std::string& CodeBuildId() {
  static const std::string id = [] {
    Walk walk;
    dl_iterate_phdr(AddObject, &walk);
    return walk.executable_has_id ? walk.ids : std::string();
  }();
  return id;
}

}  // namespace hirelint
