// hirelint-zip.so: the only code that calls libzip, built as a module that hirelint dlopens the
// first time it reads a DOCX (see zip_module_abi.h for why). It reads one member of an archive
// held in memory; docx_extractor.cc does everything else.
// Not part of hirelint_lib: CMakeLists.txt builds this file alone into the module.

#include <zip.h>

#include <memory>
#include <string>

#include "extract/zip_module_abi.h"

namespace {

int ReadMember(const char* data, size_t size, const char* name, size_t max_size,
               HirelintZipMemberSink sink, void* context) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(data, size, 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return HIRELINT_ZIP_UNREADABLE;
  }
  zip_t* raw = zip_open_from_source(source, ZIP_RDONLY, &error);
  zip_error_fini(&error);
  if (raw == nullptr) {
    zip_source_free(source);
    return HIRELINT_ZIP_DAMAGED;
  }
  std::unique_ptr<zip_t, int (*)(zip_t*)> archive(raw, zip_close);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive.get(), name, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
      stat.size > max_size) {
    return HIRELINT_ZIP_NO_MEMBER;
  }
  zip_file_t* member = zip_fopen(archive.get(), name, 0);
  if (member == nullptr) return HIRELINT_ZIP_UNREADABLE;
  std::string bytes(static_cast<size_t>(stat.size), '\0');
  zip_int64_t read = zip_fread(member, bytes.data(), stat.size);
  zip_fclose(member);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) return HIRELINT_ZIP_UNREADABLE;
  sink(context, bytes.data(), bytes.size());
  return HIRELINT_ZIP_OK;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int hirelint_zip_abi_version(void) {
  return HIRELINT_ZIP_ABI_VERSION;
}

extern "C" __attribute__((visibility("default"))) int hirelint_zip_read_member(
    const char* data, size_t size, const char* name, size_t max_size, HirelintZipMemberSink sink,
    void* context) {
  try {
    return ReadMember(data, size, name, max_size, sink, context);
  } catch (...) {
    // std::string may throw bad_alloc; nothing may unwind into the caller through the C ABI.
    return HIRELINT_ZIP_UNREADABLE;
  }
}
