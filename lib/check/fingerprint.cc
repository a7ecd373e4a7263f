#include "check/fingerprint.h"

#include <cstdint>
#include <cstdio>

#include "core/fnv1a.h"
#include "tokenize/tokenizer.h"

namespace hirelint {
namespace {

bool IsSpace(const std::string& s, size_t i, size_t* length) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *length = 1;
    return true;
  }
  // NFKC maps most Unicode spaces to U+0020 already; U+2028/U+2029 (line and paragraph
  // separators) and U+0085 (next line) remain.
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85) {
    *length = 2;
    return true;
  }
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) == 0xA8 ||
       static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
    *length = 3;
    return true;
  }
  return false;
}

}  // namespace

std::string FingerprintText(const SourceFile& source, const std::vector<Item>& items,
                            const Finding& finding) {
  std::string raw;
  if (finding.item >= 0 && static_cast<size_t>(finding.item) < items.size()) {
    raw = items[static_cast<size_t>(finding.item)].text;
  } else if (finding.end > finding.begin && finding.end <= source.bytes().size()) {
    raw = source.bytes().substr(finding.begin, finding.end - finding.begin);
  }
  std::string folded = Tokenizer::Fold(raw);
  std::string out;
  bool pending_space = false;
  for (size_t i = 0; i < folded.size();) {
    size_t length = 0;
    if (IsSpace(folded, i, &length)) {
      pending_space = !out.empty();
      i += length;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += folded[i++];
  }
  return out;
}

std::string Fingerprint(const SourceFile& source, const std::vector<Item>& items,
                        const Finding& finding) {
  uint64_t hash = Fnv1a(std::string_view("\0", 1), Fnv1a(finding.rule));
  return Hex16(Fnv1a(FingerprintText(source, items, finding), hash));
}

}  // namespace hirelint
