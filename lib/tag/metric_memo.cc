#include "tag/metric_memo.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "core/fnv1a.h"

namespace hirelint {
namespace {

// Format, version 2: the magic line; the id; per entry "t <text>\n<count>\n" and per metric
// "m <begin> <end> <value>\n" and its six strings, then "\n"; last, "sum <hex>\n", the
// FNV-1a hash of every byte before it. A string is written "<length>:<bytes>", so any byte is
// safe in it and nothing is escaped; a value is its IEEE 754 bits in hex, so any double
// (inf, NaN, -0) comes back exactly, whatever the locale.
constexpr std::string_view kMagic = "hirelint-metric-memo 2\n";
constexpr std::string_view kSum = "sum ";

void PutString(std::string* out, std::string_view s) {
  out->append(std::to_string(s.size()));
  out->push_back(':');
  out->append(s);
}

// Reads the format back. It rejects what Serialize could not have written where that matters
// for safety (lengths past the end, spans outside their item); the checksum catches the rest.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : rest_(bytes) {}
  bool Literal(std::string_view s) {
    if (rest_.substr(0, s.size()) != s) return false;
    rest_.remove_prefix(s.size());
    return true;
  }
  // A decimal number of at most 18 digits (so it fits any 64-bit size_t) up to `stop`.
  bool Number(char stop, size_t* value) {
    size_t i = 0;
    uint64_t v = 0;
    while (i < rest_.size() && i < 18 && rest_[i] >= '0' && rest_[i] <= '9') {
      v = v * 10 + static_cast<uint64_t>(rest_[i] - '0');
      ++i;
    }
    if (i == 0 || i >= rest_.size() || rest_[i] != stop || v > SIZE_MAX) return false;
    rest_.remove_prefix(i + 1);
    *value = static_cast<size_t>(v);
    return true;
  }
  // Exactly 16 lower-case hex digits up to `stop`.
  bool Hex(char stop, uint64_t* value) {
    if (rest_.size() < 17 || rest_[16] != stop) return false;
    uint64_t v = 0;
    for (size_t i = 0; i < 16; ++i) {
      char c = rest_[i];
      int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
      if (digit < 0) return false;
      v = v << 4 | static_cast<uint64_t>(digit);
    }
    rest_.remove_prefix(17);
    *value = v;
    return true;
  }
  bool String(std::string* out) {
    size_t n = 0;
    if (!Number(':', &n) || n > rest_.size()) return false;
    out->assign(rest_.data(), n);
    rest_.remove_prefix(n);
    return true;
  }
  bool done() const { return rest_.empty(); }

 private:
  std::string_view rest_;
};

// Whether `part` is empty or a piece of `text` (a before or after side).
bool EmptyOrWithin(const std::string& part, const std::string& text) {
  return part.empty() || text.find(part) != std::string::npos;
}

bool ReadMetric(Reader* in, const std::string& text, Metric* m) {
  uint64_t bits = 0;
  if (!in->Literal("m ") || !in->Number(' ', &m->begin) || !in->Number(' ', &m->end) ||
      !in->Hex('\n', &bits)) {
    return false;
  }
  std::memcpy(&m->value, &bits, sizeof bits);
  for (std::string* field : {&m->kind, &m->text, &m->unit, &m->before, &m->after, &m->stage}) {
    if (!in->String(field)) return false;
  }
  // Find's invariants: the span lies in its item and is its text; before and after are pieces
  // of the item. A file that breaks them is not one Serialize wrote.
  return in->Literal("\n") && !m->kind.empty() && m->begin <= m->end && m->end <= text.size() &&
         text.compare(m->begin, m->end - m->begin, m->text) == 0 &&
         EmptyOrWithin(m->before, text) && EmptyOrWithin(m->after, text);
}

}  // namespace

MetricMemo::MetricMemo(MetricMemo&& other) noexcept
    : id_(std::move(other.id_)),
      entries_(std::move(other.entries_)),
      remembered_(other.remembered_) {}

std::optional<std::vector<Metric>> MetricMemo::Lookup(std::string_view text) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = entries_.find(std::string(text));
  if (it == entries_.end()) return std::nullopt;
  it->second.used = true;
  return it->second.metrics;
}

void MetricMemo::Remember(std::string_view text, const std::vector<Metric>& metrics) {
  std::lock_guard<std::mutex> lock(mutex_);
  Entry& entry = entries_[std::string(text)];
  entry.metrics = metrics;
  entry.used = true;
  remembered_ = true;
}

bool MetricMemo::changed() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return remembered_ || std::any_of(entries_.begin(), entries_.end(),
                                    [](const auto& e) { return !e.second.used; });
}

size_t MetricMemo::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return entries_.size();
}

std::string MetricMemo::Serialize() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<const std::pair<const std::string, Entry>*> used;
  for (const auto& e : entries_) {
    if (e.second.used) used.push_back(&e);
  }
  std::sort(used.begin(), used.end(),
            [](const auto* a, const auto* b) { return a->first < b->first; });
  std::string out(kMagic);
  PutString(&out, id_);
  out += "\n";
  for (const auto* e : used) {
    out += "t ";
    PutString(&out, e->first);
    out += "\n" + std::to_string(e->second.metrics.size()) + "\n";
    for (const Metric& m : e->second.metrics) {
      uint64_t bits = 0;
      std::memcpy(&bits, &m.value, sizeof bits);
      out +=
          "m " + std::to_string(m.begin) + " " + std::to_string(m.end) + " " + Hex16(bits) + "\n";
      for (const std::string* field : {&m.kind, &m.text, &m.unit, &m.before, &m.after, &m.stage}) {
        PutString(&out, *field);
      }
      out += "\n";
    }
  }
  out += std::string(kSum) + Hex16(Fnv1a(out)) + "\n";
  return out;
}

MetricMemo MetricMemo::Parse(std::string_view bytes, const std::string& id) {
  MetricMemo memo(id);
  // The checksum line is last: "sum " and 16 hex digits over everything before it.
  constexpr size_t kSumLine = 4 + 16 + 1;
  if (bytes.size() < kSumLine) return memo;
  const std::string_view body = bytes.substr(0, bytes.size() - kSumLine);
  Reader sum(bytes.substr(body.size()));
  uint64_t expected = 0;
  if (!sum.Literal(kSum) || !sum.Hex('\n', &expected) || expected != Fnv1a(body)) return memo;

  Reader in(body);
  std::string read_id;
  if (!in.Literal(kMagic) || !in.String(&read_id) || read_id != id || !in.Literal("\n")) {
    return memo;
  }
  std::unordered_map<std::string, Entry> entries;
  while (!in.done()) {
    std::string text;
    size_t count = 0;
    if (!in.Literal("t ") || !in.String(&text) || !in.Literal("\n") || !in.Number('\n', &count)) {
      return memo;
    }
    // Metrics are read one at a time: memory follows the bytes there are, not the count.
    Entry entry;
    for (size_t i = 0; i < count; ++i) {
      Metric m;
      if (!ReadMetric(&in, text, &m)) return memo;
      entry.metrics.push_back(std::move(m));
    }
    if (!entries.emplace(std::move(text), std::move(entry)).second) return memo;
  }
  memo.entries_ = std::move(entries);
  return memo;
}

}  // namespace hirelint
