#pragma once
// check's output: one struct feeds every report format.

#include <cstddef>
#include <string>

namespace hirelint {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

const char* SeverityName(Severity severity);  // "info", "warning", "error"
bool ParseSeverity(const std::string& name, Severity* out);

struct Finding {
  std::string rule;       // the rule id, e.g. "verb-weak-opener"
  Severity severity = Severity::kWarning;
  size_t begin = 0;       // source byte span the finding marks
  size_t end = 0;
  std::string message;    // what is wrong, for this bullet
  std::string suggestion; // how to fix it; "" when there is nothing concrete to offer
  int item = -1;          // index of the item in its file's items, or -1 for the whole file
};

}  // namespace hirelint
