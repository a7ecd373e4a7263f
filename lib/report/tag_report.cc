// tag's JSONL, JSON and text formats.

#include "report/json_writer.h"
#include "report/report.h"
#include "report/report_support.h"

namespace hirelint {
namespace {

// One item's object, its keys in the order of the output contract (DESIGN.md).
void WriteTagObject(const FileResult& file, size_t i, JsonWriter* w) {
  const Item& item = file.items[i];
  const ItemTags& tags = file.tags[i];
  Position p = file.source.PositionOf(item.SourceBegin());
  w->BeginObject();
  WriteLocated(file.path, p, w);
  w->Key("kind");
  w->String(ItemKindName(item.kind));
  w->Key("section");
  w->String(item.section);
  w->Key("text");
  w->String(item.text);
  w->Key("quantified");
  w->Bool(tags.quantified());
  w->Key("metrics");
  w->BeginArray();
  for (const Metric& m : tags.metrics) {
    Position mp = file.source.PositionOf(item.map.ToSource(m.begin));
    w->BeginObject();
    w->Key("kind");
    w->String(m.kind);
    w->Key("text");
    w->String(m.text);
    if (mp.page > 0) {
      w->Key("page");
      w->Uint(mp.page);
    }
    w->Key("line");
    w->Uint(mp.line);
    w->Key("column");
    w->Uint(mp.column);
    w->Key("value");
    w->Double(m.value);
    w->Key("unit");
    w->String(m.unit);
    if (!m.before.empty()) {
      w->Key("before");
      w->String(m.before);
      w->Key("after");
      w->String(m.after);
    }
    w->EndObject();
  }
  w->EndArray();
  w->Key("stages");
  w->BeginArray();
  for (const std::string& stage : tags.StageList()) w->String(stage);
  w->EndArray();
  w->Key("score");
  w->Int(file.scores[i]);
  w->EndObject();
}

}  // namespace

void WriteTagJsonl(const FileResult& file, std::ostream& out) {
  for (size_t i = 0; i < file.items.size(); ++i) {
    JsonWriter w(out, -1);
    WriteTagObject(file, i, &w);
    out << '\n';
  }
}

void WriteTagJson(const std::vector<FileResult>& files, std::ostream& out) {
  JsonWriter w(out, 2);
  w.BeginArray();
  for (const FileResult& file : files) {
    if (file.error) continue;
    for (size_t i = 0; i < file.items.size(); ++i) WriteTagObject(file, i, &w);
  }
  w.EndArray();
  out << '\n';
}

void WriteTagText(const FileResult& file, const TextStyle& style, std::ostream& out) {
  const char* bold = style.color ? "\x1b[1m" : "";
  const char* dim = style.color ? "\x1b[2m" : "";
  const char* reset = style.color ? "\x1b[0m" : "";
  for (size_t i = 0; i < file.items.size(); ++i) {
    const Item& item = file.items[i];
    const ItemTags& tags = file.tags[i];
    Position p = file.source.PositionOf(item.SourceBegin());
    out << bold << FormatLocation(file.path, p) << reset << " " << ItemKindName(item.kind);
    if (!item.section.empty()) out << " [" << item.section << "]";
    if (item.kind != ItemKind::kHeading) out << " score " << file.scores[i];
    out << "\n  " << item.text << "\n";
    if (item.kind == ItemKind::kHeading) continue;
    out << dim << "  quantified: " << reset << (tags.quantified() ? "yes" : "no");
    for (const Metric& m : tags.metrics) out << "; " << m.kind << " \"" << m.text << "\"";
    out << "\n" << dim << "  stages: " << reset;
    if (tags.stage_mask == 0) out << "none";
    bool first_stage = true;
    for (const std::string& stage : tags.StageList()) {
      out << (first_stage ? "" : ", ") << stage << " (";
      first_stage = false;
      bool first_word = true;
      int index = StageIndex(stage);
      for (const StageHit& h : tags.stage_hits) {
        if (h.stage != index) continue;
        out << (first_word ? "" : ", ") << "\"" << item.text.substr(h.begin, h.end - h.begin)
            << "\"";
        first_word = false;
      }
      out << ")";
    }
    out << "\n";
  }
}

}  // namespace hirelint
