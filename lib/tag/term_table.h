#pragma once
// TermTable: numbers distinct strings and finds a string's number with one hash and, mostly,
// one comparison. The phrase matcher looks up every token of every item in it; a
// std::unordered_map spent most of that time in the modulo of its prime-sized bucket index.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hirelint {

class TermTable {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The number of `term`, given the next free number (0, 1, 2, ...) when it is new.
  uint32_t Add(std::string_view term);
  // The number of `term`, or kNone.
  uint32_t Find(std::string_view term) const;
  size_t size() const { return terms_.size(); }

 private:
  static uint64_t Hash(std::string_view s);
  void Grow();

  std::vector<std::string> terms_;  // by number
  std::vector<uint32_t> slots_;     // open addressing, a power of two long: number + 1, 0 free
};

}  // namespace hirelint
