#pragma once
// suggest's output for one item: the rewritten bullet, its slots and the rules it answers, or
// why there is no rewrite.

#include <cstddef>
#include <string>
#include <vector>

namespace hirelint {

enum class RewriteStatus {
  kRewritten,       // `text` holds the rewrite
  kComplete,        // lint flags nothing a rewording fixes: no rewrite needed
  kSkippedSection,  // a skills/education/... list, never rewritten
  kNoVerb,          // does not open with an action; a rewrite would have to invent one
  kUnchanged,       // flagged, but its own words give nothing to rewrite with
  kNotBullet,       // headings, summaries and stories are not rewritten
};

// "rewritten", "complete", "skipped_section", "no_verb", "unchanged", "not_bullet".
const char* RewriteStatusName(RewriteStatus status);

// A missing part the user fills. `text` appears verbatim in the rewrite at byte `offset`.
struct RewriteSlot {
  std::string stage;  // one of StageNames()
  std::string text;
  size_t offset = 0;
};

struct Rewrite {
  RewriteStatus status = RewriteStatus::kNotBullet;
  std::string text;                  // the rewritten bullet; empty unless kRewritten
  std::vector<RewriteSlot> slots;    // in the order they appear in `text`
  std::vector<std::string> reasons;  // rule ids the rewrite answers, in finding order
  std::string note;                  // why there is no rewrite (from rewrite.yaml's notes)

  bool rewritten() const { return status == RewriteStatus::kRewritten; }
};

}  // namespace hirelint
