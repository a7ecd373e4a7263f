#include "tag/required_text_index.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <unordered_map>

namespace hirelint {
namespace {

// The first three bytes of `at`, hashed to 16 bits.
uint16_t TripleHash(const char* at) {
  uint32_t v = static_cast<unsigned char>(at[0]) << 16 | static_cast<unsigned char>(at[1]) << 8 |
               static_cast<unsigned char>(at[2]);
  return static_cast<uint16_t>((v * 2654435761u) >> 16);
}

uint16_t PairOf(const char* at) {
  return static_cast<uint16_t>(static_cast<unsigned char>(at[0]) << 8 |
                               static_cast<unsigned char>(at[1]));
}

}  // namespace

RequiredTextIndex::RequiredTextIndex(const std::vector<RequiredText>& requirements) {
  // Keys view the strings of `requirements`, which outlive this constructor; the atoms and
  // the clauses of each are flat arrays. (A std::map of copies and a vector per atom were 9 of
  // a one-CV run's 111 M instructions.)
  size_t strings = 0;
  for (const RequiredText& r : requirements) {
    for (const auto& clause : r.clauses) strings += clause.size();
  }
  std::unordered_map<std::string_view, uint32_t> atom_ids;
  atom_ids.reserve(strings);
  std::vector<std::pair<uint32_t, uint32_t>> atom_clause;  // (atom, clause)
  atom_clause.reserve(strings);
  std::vector<std::string_view> atoms;
  for (size_t r = 0; r < requirements.size(); ++r) {
    uint32_t clauses = 0;
    for (const auto& clause : requirements[r].clauses) {
      if (std::find(clause.begin(), clause.end(), "") != clause.end()) continue;  // holds anywhere
      ++clauses;
      const auto clause_id = static_cast<uint32_t>(clause_owner_.size());
      clause_owner_.push_back(static_cast<uint32_t>(r));
      for (const std::string& s : clause) {
        auto inserted = atom_ids.emplace(s, static_cast<uint32_t>(atoms.size()));
        if (inserted.second) atoms.push_back(s);
        atom_clause.emplace_back(inserted.first->second, clause_id);
      }
    }
    clause_counts_.push_back(clauses);
  }
  std::sort(atom_clause.begin(), atom_clause.end());
  clauses_of_atom_begin_.assign(atoms.size() + 1, 0);
  for (const auto& [atom, clause] : atom_clause) ++clauses_of_atom_begin_[atom + 1];
  for (size_t a = 0; a < atoms.size(); ++a)
    clauses_of_atom_begin_[a + 1] += clauses_of_atom_begin_[a];
  clauses_of_atom_.reserve(atom_clause.size());
  for (const auto& [atom, clause] : atom_clause) clauses_of_atom_.push_back(clause);
  atom_begin_.reserve(atoms.size() + 1);
  for (std::string_view a : atoms) {
    atom_begin_.push_back(static_cast<uint32_t>(atom_text_.size()));
    atom_text_ += a;
  }
  atom_begin_.push_back(static_cast<uint32_t>(atom_text_.size()));
  IndexAtoms();
}

void RequiredTextIndex::IndexAtoms() {
  one_byte_atom_.assign(256, -1);
  std::fill(std::begin(pair_starts_atom_), std::end(pair_starts_atom_), 0);
  pair_is_atom_.reset();
  triple_may_start_.reset();
  const size_t atoms = atom_begin_.empty() ? 0 : atom_begin_.size() - 1;
  for (uint32_t a = 0; a < atoms; ++a) {
    const char* s = atom_text_.data() + atom_begin_[a];
    const size_t size = atom_begin_[a + 1] - atom_begin_[a];
    if (size == 1) {
      one_byte_atom_[static_cast<unsigned char>(s[0])] = static_cast<int32_t>(a);
    } else if (size >= 2) {  // RequiredTextOf never gives "" in a clause
      const uint16_t p = PairOf(s);
      pair_starts_atom_[p >> 6] |= uint64_t{1} << (p & 63);
      if (size == 2) pair_is_atom_[p] = true;
      if (size >= 3) triple_may_start_[TripleHash(s)] = true;
    }
  }
  uint32_t pairs = 0;
  for (size_t w = 0; w < std::size(pair_starts_atom_); ++w) {
    pair_rank_base_[w] = pairs;
    pairs += static_cast<uint32_t>(__builtin_popcountll(pair_starts_atom_[w]));
  }
  slot_begin_.assign(pairs + 1, 0);
  for (uint32_t a = 0; a < atoms; ++a) {
    if (atom_begin_[a + 1] - atom_begin_[a] >= 2) {
      ++slot_begin_[SlotOf(PairOf(atom_text_.data() + atom_begin_[a])) + 1];
    }
  }
  for (uint32_t s = 0; s < pairs; ++s) slot_begin_[s + 1] += slot_begin_[s];
  by_pair_.assign(slot_begin_.back(), PairAtom{});
  std::vector<uint32_t> next(slot_begin_.begin(), slot_begin_.end() - 1);
  for (uint32_t a = 0; a < atoms; ++a) {
    const char* s = atom_text_.data() + atom_begin_[a];
    const auto size = static_cast<uint32_t>(atom_begin_[a + 1] - atom_begin_[a]);
    if (size < 2) continue;
    by_pair_[next[SlotOf(PairOf(s))]++] = {a, size,
                                           size > 2 ? static_cast<unsigned char>(s[2]) : -1};
  }
}

namespace {

void PutU64(uint64_t v, std::string* out) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

void PutU32s(const std::vector<uint32_t>& values, std::string* out) {
  PutU64(values.size(), out);
  for (uint32_t v : values) {
    for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
}

bool GetU64(std::string_view* in, uint64_t* v) {
  if (in->size() < 8) return false;
  *v = 0;
  for (int i = 0; i < 8; ++i) *v |= uint64_t{static_cast<unsigned char>((*in)[i])} << (8 * i);
  in->remove_prefix(8);
  return true;
}

bool GetU32s(std::string_view* in, std::vector<uint32_t>* values) {
  uint64_t n = 0;
  if (!GetU64(in, &n) || n > in->size() / 4) return false;
  values->resize(n);
  for (uint32_t& v : *values) {
    v = 0;
    for (int i = 0; i < 4; ++i) v |= uint32_t{static_cast<unsigned char>((*in)[i])} << (8 * i);
    in->remove_prefix(4);
  }
  return true;
}

// Whether `offsets` starts at 0, never decreases and ends at `end`.
bool ValidOffsets(const std::vector<uint32_t>& offsets, size_t end) {
  return !offsets.empty() && offsets.front() == 0 && offsets.back() == end &&
         std::is_sorted(offsets.begin(), offsets.end());
}

}  // namespace

std::string RequiredTextIndex::Serialize(uint64_t fingerprint) const {
  std::string out;
  PutU64(fingerprint, &out);
  PutU64(atom_text_.size(), &out);
  out += atom_text_;
  for (const auto* values : {&atom_begin_, &clauses_of_atom_, &clauses_of_atom_begin_,
                             &clause_owner_, &clause_counts_}) {
    PutU32s(*values, &out);
  }
  return out;
}

std::unique_ptr<RequiredTextIndex> RequiredTextIndex::Deserialize(std::string_view bytes,
                                                                  uint64_t fingerprint) {
  std::unique_ptr<RequiredTextIndex> index(new RequiredTextIndex());
  uint64_t written_for = 0, text_size = 0;
  if (!GetU64(&bytes, &written_for) || written_for != fingerprint || !GetU64(&bytes, &text_size) ||
      text_size > bytes.size()) {
    return nullptr;
  }
  index->atom_text_.assign(bytes.substr(0, text_size));
  bytes.remove_prefix(text_size);
  for (auto* values :
       {&index->atom_begin_, &index->clauses_of_atom_, &index->clauses_of_atom_begin_,
        &index->clause_owner_, &index->clause_counts_}) {
    if (!GetU32s(&bytes, values)) return nullptr;
  }
  // Consistent: every offset in range, every atom at least one byte, every clause of a
  // requirement, and each requirement with as many clauses as say so.
  const RequiredTextIndex& x = *index;
  const size_t atoms = x.atom_begin_.empty() ? 0 : x.atom_begin_.size() - 1;
  if (!bytes.empty() || !ValidOffsets(x.atom_begin_, x.atom_text_.size()) ||
      x.clauses_of_atom_begin_.size() != atoms + 1 ||
      !ValidOffsets(x.clauses_of_atom_begin_, x.clauses_of_atom_.size())) {
    return nullptr;
  }
  for (size_t a = 0; a < atoms; ++a) {
    if (x.atom_begin_[a + 1] == x.atom_begin_[a]) return nullptr;
  }
  for (uint32_t clause : x.clauses_of_atom_) {
    if (clause >= x.clause_owner_.size()) return nullptr;
  }
  std::vector<uint32_t> clauses(x.clause_counts_.size(), 0);
  for (uint32_t owner : x.clause_owner_) {
    if (owner >= clauses.size()) return nullptr;
    ++clauses[owner];
  }
  if (clauses != x.clause_counts_) return nullptr;
  index->IndexAtoms();
  return index;
}

void RequiredTextIndex::Satisfied(std::string_view normalized, std::vector<int>* which) const {
  // Per-thread scratch. A call's marks carry its own epoch, so nothing is cleared between
  // calls, and one index's marks never count for another's (each call has a new epoch).
  thread_local uint64_t epoch = 0;
  thread_local std::vector<uint64_t> atom_seen, clause_seen;
  thread_local std::vector<uint32_t> met;
  ++epoch;
  const size_t atom_count = atom_begin_.size() - 1;
  if (atom_seen.size() < atom_count) atom_seen.resize(atom_count, 0);
  if (clause_seen.size() < clause_owner_.size()) clause_seen.resize(clause_owner_.size(), 0);
  met.assign(clause_counts_.size(), 0);
  auto mark = [&](uint32_t atom) {
    if (atom_seen[atom] == epoch) return;
    atom_seen[atom] = epoch;
    for (uint32_t i = clauses_of_atom_begin_[atom]; i < clauses_of_atom_begin_[atom + 1]; ++i) {
      const uint32_t clause = clauses_of_atom_[i];
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
    if (!StartsAtom(pair)) continue;
    if (!pair_is_atom_[pair] && (i + 2 >= n || !triple_may_start_[TripleHash(text + i)])) continue;
    const uint32_t slot = SlotOf(pair);
    for (uint32_t e = slot_begin_[slot]; e < slot_begin_[slot + 1]; ++e) {
      const PairAtom& atom = by_pair_[e];
      if (atom.size > n - i ||
          (atom.third >= 0 && static_cast<unsigned char>(text[i + 2]) != atom.third)) {
        continue;
      }
      if (atom.size <= 3 || std::memcmp(atom_text_.data() + atom_begin_[atom.atom] + 3,
                                        text + i + 3, atom.size - 3) == 0) {
        mark(atom.atom);
      }
    }
  }
  for (size_t r = 0; r < clause_counts_.size(); ++r) {
    if (met[r] == clause_counts_[r]) which->push_back(static_cast<int>(r));
  }
}

}  // namespace hirelint
