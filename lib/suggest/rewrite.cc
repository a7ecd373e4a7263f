#include "suggest/rewrite.h"

namespace hirelint {

const char* RewriteStatusName(RewriteStatus status) {
  switch (status) {
    case RewriteStatus::kRewritten:
      return "rewritten";
    case RewriteStatus::kComplete:
      return "complete";
    case RewriteStatus::kSkippedSection:
      return "skipped_section";
    case RewriteStatus::kNoVerb:
      return "no_verb";
    case RewriteStatus::kUnchanged:
      return "unchanged";
    case RewriteStatus::kNotBullet:
      return "not_bullet";
  }
  return "not_bullet";
}

}  // namespace hirelint
