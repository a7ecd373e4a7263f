#include "check/finding.h"

namespace hirelint {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "warning";
}

bool ParseSeverity(const std::string& name, Severity* out) {
  if (name == "info") {
    *out = Severity::kInfo;
  } else if (name == "warning") {
    *out = Severity::kWarning;
  } else if (name == "error") {
    *out = Severity::kError;
  } else {
    return false;
  }
  return true;
}

}  // namespace hirelint
