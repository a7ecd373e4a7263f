#pragma once
// check's output: one struct feeds every report format.

#include <cstddef>
#include <optional>
#include <string>

namespace hirelint {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

const char* SeverityName(Severity severity);  // "info", "warning", "error"
bool ParseSeverity(const std::string& name, Severity* out);

// A concrete edit that resolves a finding: replace the source bytes [begin, end) with
// `replacement` ("" deletes them). Set only when the exact new text is known (SARIF `fixes`,
// reviewdog suggestions); most findings carry prose advice in `suggestion` instead.
struct Fix {
  size_t begin = 0;
  size_t end = 0;
  std::string replacement;
  std::string description;  // what the edit does, e.g. "delete the unused suppression"
};

struct Finding {
  std::string rule;       // the rule id, e.g. "verb-weak-opener"
  Severity severity = Severity::kWarning;
  size_t begin = 0;       // source byte span the finding marks
  size_t end = 0;
  std::string message;    // what is wrong, for this bullet
  std::string suggestion; // how to fix it; "" when there is nothing concrete to offer
  int item = -1;          // index of the item in its file's items, or -1 for the whole file
  std::optional<Fix> fix; // a concrete edit, when there is one
};

}  // namespace hirelint
