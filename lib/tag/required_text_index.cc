#include "tag/required_text_index.h"

#include <algorithm>
#include <cstring>
#include <map>

namespace hirelint {
namespace {

uint16_t PairOf(const char* at) {
  return static_cast<uint16_t>(static_cast<unsigned char>(at[0]) << 8 |
                               static_cast<unsigned char>(at[1]));
}

}  // namespace

RequiredTextIndex::RequiredTextIndex(const std::vector<RequiredText>& requirements)
    : one_byte_atom_(256, -1) {
  std::map<std::string, uint32_t> atom_ids;
  for (size_t r = 0; r < requirements.size(); ++r) {
    clause_counts_.push_back(static_cast<uint32_t>(requirements[r].clauses.size()));
    for (const auto& clause : requirements[r].clauses) {
      const auto clause_id = static_cast<uint32_t>(clause_owner_.size());
      clause_owner_.push_back(static_cast<uint32_t>(r));
      for (const std::string& s : clause) {
        auto inserted = atom_ids.emplace(s, static_cast<uint32_t>(atoms_.size()));
        if (inserted.second) {
          atoms_.push_back(s);
          atom_clauses_.emplace_back();
        }
        atom_clauses_[inserted.first->second].push_back(clause_id);
      }
    }
  }
  for (uint32_t a = 0; a < atoms_.size(); ++a) {
    const std::string& s = atoms_[a];
    if (s.size() == 1) {
      one_byte_atom_[static_cast<unsigned char>(s[0])] = static_cast<int32_t>(a);
    } else if (s.size() >= 2) {  // RequiredTextOf never gives "" in a clause
      by_pair_.emplace_back(PairOf(s.data()), a);
      pair_starts_atom_[PairOf(s.data())] = true;
    }
  }
  std::sort(by_pair_.begin(), by_pair_.end());
}

void RequiredTextIndex::Satisfied(std::string_view normalized, std::vector<int>* which) const {
  // Per-thread scratch. A call's marks carry its own epoch, so nothing is cleared between
  // calls, and one index's marks never count for another's (each call has a new epoch).
  thread_local uint64_t epoch = 0;
  thread_local std::vector<uint64_t> atom_seen, clause_seen;
  thread_local std::vector<uint32_t> met;
  ++epoch;
  if (atom_seen.size() < atoms_.size()) atom_seen.resize(atoms_.size(), 0);
  if (clause_seen.size() < clause_owner_.size()) clause_seen.resize(clause_owner_.size(), 0);
  met.assign(clause_counts_.size(), 0);
  auto mark = [&](uint32_t atom) {
    if (atom_seen[atom] == epoch) return;
    atom_seen[atom] = epoch;
    for (uint32_t clause : atom_clauses_[atom]) {
      if (clause_seen[clause] == epoch) continue;
      clause_seen[clause] = epoch;
      ++met[clause_owner_[clause]];
    }
  };
  const char* text = normalized.data();
  const size_t n = normalized.size();
  for (size_t i = 0; i < n; ++i) {
    int32_t one = one_byte_atom_[static_cast<unsigned char>(text[i])];
    if (one >= 0) mark(static_cast<uint32_t>(one));
    if (i + 1 >= n) break;
    const uint16_t pair = PairOf(text + i);
    if (!pair_starts_atom_[pair]) continue;
    auto it = std::lower_bound(by_pair_.begin(), by_pair_.end(), std::make_pair(pair, uint32_t{0}));
    for (; it != by_pair_.end() && it->first == pair; ++it) {
      const std::string& atom = atoms_[it->second];
      if (atom.size() <= n - i &&
          std::memcmp(atom.data() + 2, text + i + 2, atom.size() - 2) == 0) {
        mark(it->second);
      }
    }
  }
  for (size_t r = 0; r < clause_counts_.size(); ++r) {
    if (met[r] == clause_counts_[r]) which->push_back(static_cast<int>(r));
  }
}

}  // namespace hirelint
