// The lexicon blob. Encoding: unsigned integers as LEB128 varints; int as a zigzag varint;
// double as its 8 IEEE bytes, little-endian; bool as one byte 0 or 1; a string as its length
// and bytes; a vector as its count and elements; a map as its count and key, value pairs in
// key order; a struct as its fields, in the order its Fields() overload lists them.

#include "lexicon/lexicon_serializer.h"

#include <climits>
#include <cstring>
#include <type_traits>
#include <utility>

namespace hirelint {
namespace {

constexpr char kMagic[4] = {'H', 'L', 'X', 'B'};
constexpr size_t kHeaderSize = 8;  // magic, then the version as 4 little-endian bytes

// The one list of each struct's fields. S is the struct or the const struct: the writer
// visits const data and the reader mutable data, through the same overload.
template <typename S, typename T>
using IfIs = std::enable_if_t<std::is_same_v<std::remove_const_t<S>, T>>;

template <typename V, typename S>
IfIs<S, SourceRef> Fields(V& v, S& s) {
  v(s.origin, s.line, s.column);
}
template <typename V, typename S>
IfIs<S, PhraseEntry> Fields(V& v, S& s) {
  v(s.text, s.where);
}
template <typename V, typename S>
IfIs<S, NearRule> Fields(V& v, S& s) {
  v(s.words, s.with, s.within);
}
template <typename V, typename S>
IfIs<S, StageVocabulary> Fields(V& v, S& s) {
  v(s.phrases, s.not_phrases, s.near);
}
template <typename V, typename S>
IfIs<S, MetricPatternSpec> Fields(V& v, S& s) {
  v(s.kind, s.stage, s.stage_min, s.pattern, s.prefilter, s.prefilter_where, s.reject, s.tier,
    s.where);
}
template <typename V, typename S>
IfIs<S, RuleSpec> Fields(V& v, S& s) {
  v(s.id, s.severity, s.scope, s.check, s.summary, s.message, s.rationale, s.suggestion, s.phrases,
    s.category, s.applies_to, s.at_start, s.skip_sections, s.options, s.bad_examples,
    s.good_examples, s.where);
}
template <typename V, typename S>
IfIs<S, SlotSpec> Fields(V& v, S& s) {
  v(s.stage, s.text, s.format, s.after_claim);
}
template <typename V, typename S>
IfIs<S, OpenerGroup> Fields(V& v, S& s) {
  v(s.name, s.phrases, s.before_verb, s.verb, s.people_verb, s.co);
}
template <typename V, typename S>
IfIs<S, ObjectVerb> Fields(V& v, S& s) {
  v(s.verb, s.words);
}
template <typename V, typename S>
IfIs<S, StageVerb> Fields(V& v, S& s) {
  v(s.stage, s.verb);
}
template <typename V, typename S>
IfIs<S, VerbFormsSpec> Fields(V& v, S& s) {
  v(s.base, s.past, s.gerund, s.participle);
}
template <typename V, typename S>
IfIs<S, RewriteSpec> Fields(V& v, S& s) {
  v(s.present, s.answers, s.skip_sections, s.max_slots, s.slots, s.profiles, s.claim_first,
    s.impact_metric_kinds, s.scale_metric_kinds, s.ml_mentions, s.others_named, s.openers,
    s.object_verbs, s.stage_verbs, s.default_verb, s.nominal_verbs, s.ambiguous_gerunds, s.co_forms,
    s.impact_verbs, s.opener_fixes, s.drop, s.replace, s.verbs, s.templates, s.notes, s.origin);
}
template <typename V, typename S>
IfIs<S, LexiconData> Fields(V& v, S& s) {
  v(s.stages, s.categories, s.metrics, s.units, s.number_words, s.negation_window, s.section_roles, s.weights,
    s.story_cues, s.rules, s.rewrite);
}

// A field added to one of these structs but not to its Fields() list would be silently lost
// from the blob (and the engine would see its default). The sizes below catch most such
// additions on the usual platform (not a small field that fits in padding): when one fails, list
// the new field in Fields(), bump kLexiconBlobVersion, then update the size.
#if defined(__GLIBCXX__) && defined(__x86_64__) && !defined(_GLIBCXX_DEBUG)
static_assert(sizeof(SourceRef) == 48, "list new SourceRef fields in Fields()");
static_assert(sizeof(PhraseEntry) == 80, "list new PhraseEntry fields in Fields()");
static_assert(sizeof(NearRule) == 56, "list new NearRule fields in Fields()");
static_assert(sizeof(StageVocabulary) == 72, "list new StageVocabulary fields in Fields()");
static_assert(sizeof(MetricPatternSpec) == 272, "list new MetricPatternSpec fields in Fields()");
static_assert(sizeof(RuleSpec) == 512, "list new RuleSpec fields in Fields()");
static_assert(sizeof(SlotSpec) == 128, "list new SlotSpec fields in Fields()");
static_assert(sizeof(OpenerGroup) == 152, "list new OpenerGroup fields in Fields()");
static_assert(sizeof(ObjectVerb) == 56, "list new ObjectVerb fields in Fields()");
static_assert(sizeof(StageVerb) == 64, "list new StageVerb fields in Fields()");
static_assert(sizeof(VerbFormsSpec) == 128, "list new VerbFormsSpec fields in Fields()");
static_assert(sizeof(RewriteSpec) == 808, "list new RewriteSpec fields in Fields()");
static_assert(sizeof(LexiconData) == 1152, "list new LexiconData fields in Fields()");
#endif

class Writer {
 public:
  Writer() {
    out_.append(kMagic, sizeof kMagic);
    for (int i = 0; i < 4; ++i) out_ += static_cast<char>((kLexiconBlobVersion >> (8 * i)) & 0xff);
  }

  template <typename... T>
  void operator()(const T&... fields) {
    (Put(fields), ...);
  }

  std::string Take() { return std::move(out_); }

 private:
  void PutVarint(uint64_t n) {
    while (n >= 0x80) {
      out_ += static_cast<char>((n & 0x7f) | 0x80);
      n >>= 7;
    }
    out_ += static_cast<char>(n);
  }
  void Put(const std::string& s) {
    PutVarint(s.size());
    out_ += s;
  }
  void Put(size_t n) { PutVarint(n); }
  void Put(int n) {
    int64_t wide = n;
    PutVarint((static_cast<uint64_t>(wide) << 1) ^ static_cast<uint64_t>(wide >> 63));
  }
  void Put(bool b) { out_ += static_cast<char>(b ? 1 : 0); }
  void Put(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    for (int i = 0; i < 8; ++i) out_ += static_cast<char>((bits >> (8 * i)) & 0xff);
  }
  template <typename T>
  void Put(const std::vector<T>& items) {
    PutVarint(items.size());
    for (const T& item : items) Put(item);
  }
  template <typename K, typename T>
  void Put(const std::map<K, T>& items) {
    PutVarint(items.size());
    for (const auto& [key, item] : items) {
      Put(key);
      Put(item);
    }
  }
  template <typename T>
  void Put(const T& s) {
    Fields(*this, s);
  }

  std::string out_;
};

// Thrown inside the reader only; DeserializeLexiconData turns it into an Error.
struct CorruptBlob {
  std::string message;
  size_t offset;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  template <typename... T>
  void operator()(T&... fields) {
    (Get(fields), ...);
  }

  void Header() {
    if (in_.size() < kHeaderSize) Fail("shorter than its header");
    if (std::memcmp(in_.data(), kMagic, sizeof kMagic) != 0) Fail("not a lexicon blob (magic)");
    pos_ = sizeof kMagic;
    uint32_t version = 0;
    for (int i = 0; i < 4; ++i) version |= static_cast<uint32_t>(Byte()) << (8 * i);
    if (version != kLexiconBlobVersion) {
      Fail("format version " + std::to_string(version) + ", expected " +
           std::to_string(kLexiconBlobVersion));
    }
  }

  void End() {
    if (pos_ != in_.size()) Fail(std::to_string(in_.size() - pos_) + " bytes left over");
  }

 private:
  [[noreturn]] void Fail(const std::string& message) { throw CorruptBlob{message, pos_}; }

  uint8_t Byte() {
    if (pos_ >= in_.size()) Fail("truncated");
    return static_cast<uint8_t>(in_[pos_++]);
  }
  uint64_t GetVarint() {
    uint64_t n = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b = Byte();
      n |= static_cast<uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return n;
    }
    Fail("a number longer than 64 bits");
  }
  // Every element takes at least one byte, so a count above the bytes left is corrupt; this
  // also keeps a corrupt count from reserving memory.
  size_t Count() {
    uint64_t n = GetVarint();
    if (n > in_.size() - pos_) Fail("a count of " + std::to_string(n) + " past the end");
    return static_cast<size_t>(n);
  }

  void Get(std::string& s) {
    size_t n = Count();
    s.assign(in_.data() + pos_, n);
    pos_ += n;
  }
  void Get(size_t& n) {
    uint64_t v = GetVarint();
    if (v > SIZE_MAX) Fail("a size too large for this platform");
    n = static_cast<size_t>(v);
  }
  void Get(int& n) {
    uint64_t v = GetVarint();
    int64_t wide = static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
    if (wide < INT_MIN || wide > INT_MAX) Fail("an int out of range");
    n = static_cast<int>(wide);
  }
  void Get(bool& b) {
    uint8_t v = Byte();
    if (v > 1) Fail("a flag that is neither 0 nor 1");
    b = v == 1;
  }
  void Get(double& d) {
    if (in_.size() - pos_ < 8) Fail("truncated");
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<uint64_t>(Byte()) << (8 * i);
    std::memcpy(&d, &bits, sizeof d);
  }
  template <typename T>
  void Get(std::vector<T>& items) {
    size_t n = Count();
    items.clear();  // also drops a default such as RuleSpec::applies_to's
    items.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      T item;
      Get(item);
      items.push_back(std::move(item));
    }
  }
  // Keys must be strictly ascending, as the writer wrote them: one blob per content.
  template <typename K, typename T>
  void Get(std::map<K, T>& items) {
    size_t n = Count();
    items.clear();
    for (size_t i = 0; i < n; ++i) {
      K key;
      Get(key);
      if (!items.empty() && !(items.rbegin()->first < key)) Fail("map keys out of order");
      T item;
      Get(item);
      items.emplace_hint(items.end(), std::move(key), std::move(item));
    }
  }
  template <typename T>
  void Get(T& s) {
    Fields(*this, s);
  }

  std::string_view in_;
  size_t pos_ = 0;
};

}  // namespace

std::string SerializeLexiconData(const LexiconData& data) {
  Writer writer;
  writer(data);
  return writer.Take();
}

Result<LexiconData> DeserializeLexiconData(std::string_view blob, const std::string& origin) {
  LexiconData data;
  try {
    Reader reader(blob);
    reader.Header();
    reader(data);
    reader.End();
  } catch (const CorruptBlob& e) {
    Error error;
    error.kind = ErrorKind::kLexicon;
    error.path = origin;
    error.message = "corrupt lexicon blob at byte " + std::to_string(e.offset) + ": " + e.message +
                    "; rebuild hirelint";
    return error;
  }
  return data;
}

}  // namespace hirelint
