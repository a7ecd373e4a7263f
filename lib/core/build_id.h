#pragma once

#include <string>

namespace hirelint {

// The GNU build ID of the running executable in hex (the linker's hash of its contents), or ""
// when it has none. Two binaries with the same ID run the same code.
const std::string& ExecutableBuildId();

}  // namespace hirelint
