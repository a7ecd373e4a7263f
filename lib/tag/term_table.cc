#include "tag/term_table.h"

namespace hirelint {

uint64_t TermTable::Hash(std::string_view s) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a: terms are short, and this is cheap for them
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
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
