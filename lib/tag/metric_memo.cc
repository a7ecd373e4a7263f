#include "tag/metric_memo.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace hirelint {
namespace {

// Format: the magic line and the id; per entry "t <text>\n<count>\n"; per metric
// "m <begin> <end> <value>\n" and its six strings, then "\n". A string is written
// "<length>:<bytes>", so any byte is safe in it and nothing is escaped.
constexpr std::string_view kMagic = "hirelint-metric-memo 1\n";

void PutString(std::string* out, std::string_view s) {
  out->append(std::to_string(s.size()));
  out->push_back(':');
  out->append(s);
}

// Reads the format back; every Get* fails on anything but exactly what Serialize writes.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : rest_(bytes) {}
  bool Literal(std::string_view s) {
    if (rest_.substr(0, s.size()) != s) return false;
    rest_.remove_prefix(s.size());
    return true;
  }
  // A decimal number up to `stop`.
  bool Number(char stop, size_t* value) {
    size_t i = 0, v = 0;
    while (i < rest_.size() && rest_[i] >= '0' && rest_[i] <= '9' && i < 19) {
      v = v * 10 + static_cast<size_t>(rest_[i] - '0');
      ++i;
    }
    if (i == 0 || i >= rest_.size() || rest_[i] != stop) return false;
    rest_.remove_prefix(i + 1);
    *value = v;
    return true;
  }
  bool Bytes(size_t n, std::string* out) {
    if (n > rest_.size()) return false;
    out->assign(rest_.data(), n);
    rest_.remove_prefix(n);
    return true;
  }
  bool String(std::string* out) {
    size_t n = 0;
    return Number(':', &n) && Bytes(n, out);
  }
  // A double as %.17g wrote it (which reads back to the same value), up to `stop`.
  bool Double(char stop, double* value) {
    size_t end = rest_.find(stop);
    if (end == std::string_view::npos || end == 0 || end > 40) return false;
    std::string text(rest_.substr(0, end));
    char* parsed_end = nullptr;
    *value = std::strtod(text.c_str(), &parsed_end);
    if (parsed_end != text.c_str() + text.size() || !std::isfinite(*value)) return false;
    rest_.remove_prefix(end + 1);
    return true;
  }
  bool done() const { return rest_.empty(); }

 private:
  std::string_view rest_;
};

bool ReadMetric(Reader* in, const std::string& text, Metric* m) {
  if (!in->Literal("m ") || !in->Number(' ', &m->begin) || !in->Number(' ', &m->end) ||
      !in->Double('\n', &m->value)) {
    return false;
  }
  for (std::string* field : {&m->kind, &m->text, &m->unit, &m->before, &m->after, &m->stage}) {
    if (!in->String(field)) return false;
  }
  // A span outside its item could only come from a damaged file.
  return in->Literal("\n") && m->begin <= m->end && m->end <= text.size();
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
      char value[40];
      std::snprintf(value, sizeof value, "%.17g", m.value);
      out += "m " + std::to_string(m.begin) + " " + std::to_string(m.end) + " " + value + "\n";
      for (const std::string* field : {&m.kind, &m.text, &m.unit, &m.before, &m.after, &m.stage}) {
        PutString(&out, *field);
      }
      out += "\n";
    }
  }
  return out;
}

MetricMemo MetricMemo::Parse(std::string_view bytes, const std::string& id) {
  MetricMemo memo(id);
  Reader in(bytes);
  std::string read_id;
  if (!in.Literal(kMagic) || !in.String(&read_id) || read_id != id || !in.Literal("\n")) {
    return memo;
  }
  std::unordered_map<std::string, Entry> entries;
  while (!in.done()) {
    std::string text;
    size_t count = 0;
    if (!in.Literal("t ") || !in.String(&text) || !in.Literal("\n") || !in.Number('\n', &count) ||
        count > text.size() + 1) {
      return memo;
    }
    Entry entry;
    entry.metrics.resize(count);
    for (Metric& m : entry.metrics) {
      if (!ReadMetric(&in, text, &m)) return memo;
    }
    entries.emplace(std::move(text), std::move(entry));
  }
  memo.entries_ = std::move(entries);
  return memo;
}

}  // namespace hirelint
