#pragma once
// The C ABI between hirelint and its ZIP reader module, hirelint-zip.so
// (lib/extract/zip_libzip_module.cc), which reads a DOCX's members. The module is the only code
// that links libzip: linked into hirelint, libzip and the libraries it pulls in (libcrypto,
// libbz2, zlib) cost every process ~2 ms at start (an empty C program: 3.0 ms against 1.1 ms),
// DOCX or not. hirelint dlopens the module the first time it reads a DOCX
// (lib/extract/zip_module_loader.h).
//
// Only C types cross: the module hands the member's bytes to a callback, with a pointer into its
// own buffer that is valid during the call only. Neither side throws across this line.

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

// Raised whenever a function below changes; hirelint refuses a module built for another
// version (a stale install) instead of calling it.
#define HIRELINT_ZIP_ABI_VERSION 1

enum HirelintZipStatus {
  HIRELINT_ZIP_OK = 0,         // the member was read whole and handed to the callback
  HIRELINT_ZIP_DAMAGED = 1,    // the bytes are not a ZIP archive libzip can open
  HIRELINT_ZIP_NO_MEMBER = 2,  // no member of that name, or larger than max_size
  HIRELINT_ZIP_UNREADABLE = 3  // the member is there but cannot be decompressed
};

// Called once with the member's bytes when the read succeeds.
typedef void (*HirelintZipMemberSink)(void* context, const char* bytes, size_t size);

// Returns HIRELINT_ZIP_ABI_VERSION as the module was built.
typedef int (*HirelintZipAbiVersionFunction)(void);
#define HIRELINT_ZIP_ABI_VERSION_SYMBOL "hirelint_zip_abi_version"

// Reads the member `name` (NUL-terminated) of the ZIP archive in data[0, size) when it holds at
// most max_size bytes uncompressed, hands it to sink, and returns a HirelintZipStatus.
// Thread-safe: batches call it from many threads at once.
typedef int (*HirelintZipReadMemberFunction)(const char* data, size_t size, const char* name,
                                             size_t max_size, HirelintZipMemberSink sink,
                                             void* context);
#define HIRELINT_ZIP_READ_MEMBER_SYMBOL "hirelint_zip_read_member"

#ifdef __cplusplus
}  // extern "C"
#endif
