#pragma once
// Which of many RequiredTexts a text satisfies, in one pass over it: MetricRecognizer's
// prefilter on small inputs (issue 8), where compiling RE2::Sets cost more than the matching
// they spared. Every string of every clause is an atom; a pass over the text finds the atoms in
// it (by their first two bytes, or their one byte), and a requirement is satisfied when each of
// its clauses has one.

#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tag/required_text.h"

namespace hirelint {

class RequiredTextIndex {
 public:
  // A clause holding "" holds anywhere (RequiredTextOf gives none).
  explicit RequiredTextIndex(const std::vector<RequiredText>& requirements);

  // The index as bytes, with the fingerprint of what it was built for, for the build to write
  // once (tools/lexicon_blob.cc): building it from the embedded patterns' requirements took
  // ~7 M instructions, in every run, while the other threads waited.
  std::string Serialize(uint64_t fingerprint) const;
  // The index Serialize wrote, if it was written for `fingerprint` and reads whole and
  // consistent; otherwise nullptr. Never reads out of bounds.
  static std::unique_ptr<RequiredTextIndex> Deserialize(std::string_view bytes,
                                                        uint64_t fingerprint);

  size_t size() const { return clause_counts_.size(); }  // how many requirements

  // Appends to *which, ascending, the index of every requirement `normalized` (a text put
  // through NormalizeForRequiredText) satisfies; the same answer as SatisfiesRequiredText.
  void Satisfied(std::string_view normalized, std::vector<int>* which) const;

 private:
  RequiredTextIndex() = default;
  // Fills the lookup tables (one_byte_atom_, pair_starts_atom_, pair_rank_base_,
  // pair_is_atom_, triple_may_start_, slot_begin_, by_pair_) from the atoms.
  void IndexAtoms();
  // The slot of pair p, which pair_starts_atom_ holds: how many pairs below p it holds.
  uint32_t SlotOf(uint16_t p) const {
    const uint64_t word = pair_starts_atom_[p >> 6];
    return pair_rank_base_[p >> 6] +
           static_cast<uint32_t>(__builtin_popcountll(word & ((uint64_t{1} << (p & 63)) - 1)));
  }
  bool StartsAtom(uint16_t p) const { return (pair_starts_atom_[p >> 6] >> (p & 63)) & 1; }

  std::string atom_text_;             // every atom, one after another
  std::vector<uint32_t> atom_begin_;  // atom a is atom_text_[atom_begin_[a], atom_begin_[a + 1])
  // The clauses each atom satisfies: atom a's are clauses_of_atom_[clauses_of_atom_begin_[a],
  // clauses_of_atom_begin_[a + 1]).
  std::vector<uint32_t> clauses_of_atom_;
  std::vector<uint32_t> clauses_of_atom_begin_;
  std::vector<uint32_t> clause_owner_;                  // the requirement each clause is of
  std::vector<uint32_t> clause_counts_;                 // how many clauses each requirement has
  std::vector<int32_t> one_byte_atom_ = std::vector<int32_t>(256, -1);  // by byte: its atom
  // By first two bytes, one bit a pair: some atom starts so. With the count of the bits
  // before each word, a pair's rank among them is its slot.
  uint64_t pair_starts_atom_[(1 << 16) / 64] = {};
  uint32_t pair_rank_base_[(1 << 16) / 64] = {};
  std::bitset<1 << 16> pair_is_atom_;      // by two bytes: they are an atom
  std::bitset<1 << 16> triple_may_start_;  // by TripleHash: an atom of 3 bytes or more may start so
  // The atoms of two bytes or more, by their first two: those starting with pair p are
  // by_pair_[slot_begin_[SlotOf(p)], slot_begin_[SlotOf(p) + 1]). (A binary search for them,
  // and memcmp on each, were a fifth of tagging 300 kB of bullets. An offset for each of the
  // 65,536 pairs was 512 kB to fill, ~130 page faults in a run that reads the index once.)
  struct PairAtom {
    uint32_t atom;
    uint32_t size;
    int32_t third;  // its third byte, or -1
  };
  std::vector<uint32_t> slot_begin_;  // one more than there are pairs that start an atom
  std::vector<PairAtom> by_pair_;
};

}  // namespace hirelint
