#include "tag/term_table.h"

#include "core/fnv1a.h"

namespace hirelint {

uint64_t TermTable::Hash(std::string_view s) {
  uint64_t h = Fnv1a(s);  // terms are short, and FNV-1a is cheap for them
  return h ^ (h >> 29);
}

uint32_t TermTable::Find(std::string_view term) const {
  if (slots_.empty()) return kNone;
  size_t mask = slots_.size() - 1;
  for (size_t i = Hash(term) & mask;; i = (i + 1) & mask) {
    uint32_t slot = slots_[i];
    if (slot == 0) return kNone;
    if (terms_[slot - 1] == term) return slot - 1;
  }
}

uint32_t TermTable::Add(std::string_view term) {
  uint32_t found = Find(term);
  if (found != kNone) return found;
  // At most half full, so a probe meets a free slot soon.
  if ((terms_.size() + 1) * 2 > slots_.size()) Grow();
  uint32_t number = static_cast<uint32_t>(terms_.size());
  terms_.emplace_back(term);
  size_t mask = slots_.size() - 1;
  size_t i = Hash(term) & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = number + 1;
  return number;
}

void TermTable::Grow() {
  slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, 0);
  size_t mask = slots_.size() - 1;
  for (uint32_t n = 0; n < terms_.size(); ++n) {
    size_t i = Hash(terms_[n]) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = n + 1;
  }
}

}  // namespace hirelint
