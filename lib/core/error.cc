#include "core/error.h"

namespace hirelint {

std::string Error::ToString() const {
  std::string out;
  if (!path.empty()) {
    out += path;
    if (line > 0) {
      out += ":" + std::to_string(line);
      if (column > 0) out += ":" + std::to_string(column);
    }
    out += ": ";
  }
  out += message;
  return out;
}

}  // namespace hirelint
