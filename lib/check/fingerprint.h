#pragma once
// A finding's fingerprint: what stays the same while the finding is "the same problem". It is
// built from the rule id and the normalised text of the bullet the finding is about, so moving
// the bullet to another line keeps it, and editing the bullet makes a new one. Baselines and
// SARIF partialFingerprints use it.

#include <string>
#include <vector>

#include "check/finding.h"
#include "core/source_file.h"
#include "extract/item.h"

namespace hirelint {

// The text a fingerprint is built from: the finding's item's cleaned text, or for a finding
// about the whole file the source bytes it marks (empty for a point); NFKC case folded, every
// run of whitespace made one space, trimmed.
std::string FingerprintText(const SourceFile& source, const std::vector<Item>& items,
                            const Finding& finding);

// 16 lower-case hex digits: FNV-1a (64 bit) of the rule id, a NUL, and FingerprintText. Not a
// security hash; collisions among one résumé's findings are vanishingly unlikely.
std::string Fingerprint(const SourceFile& source, const std::vector<Item>& items,
                        const Finding& finding);

}  // namespace hirelint
