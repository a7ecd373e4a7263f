// tag's JSONL, JSON and text formats.

#include <nlohmann/json.hpp>

#include "report/report.h"
#include "report/report_support.h"

namespace hirelint {
namespace {

nlohmann::ordered_json TagObject(const FileResult& file, size_t i) {
  const Item& item = file.items[i];
  const ItemTags& tags = file.tags[i];
  Position p = file.source.PositionOf(item.SourceBegin());
  nlohmann::ordered_json j = LocatedJson(file.path, p);
  j["kind"] = ItemKindName(item.kind);
  j["section"] = item.section;
  j["text"] = item.text;
  j["quantified"] = tags.quantified();
  nlohmann::ordered_json metrics = nlohmann::ordered_json::array();
  for (const Metric& m : tags.metrics) {
    Position mp = file.source.PositionOf(item.map.ToSource(m.begin));
    nlohmann::ordered_json jm;
    jm["kind"] = m.kind;
    jm["text"] = m.text;
    if (mp.page > 0) jm["page"] = mp.page;
    jm["line"] = mp.line;
    jm["column"] = mp.column;
    jm["value"] = m.value;
    jm["unit"] = m.unit;
    if (!m.before.empty()) {
      jm["before"] = m.before;
      jm["after"] = m.after;
    }
    metrics.push_back(std::move(jm));
  }
  j["metrics"] = std::move(metrics);
  j["stages"] = tags.StageList();
  j["score"] = file.scores[i];
  return j;
}

}  // namespace

void WriteTagJsonl(const FileResult& file, std::ostream& out) {
  for (size_t i = 0; i < file.items.size(); ++i) out << TagObject(file, i).dump() << "\n";
}

void WriteTagJson(const std::vector<FileResult>& files, std::ostream& out) {
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const FileResult& file : files) {
    if (file.error) continue;
    for (size_t i = 0; i < file.items.size(); ++i) all.push_back(TagObject(file, i));
  }
  out << all.dump(2) << "\n";
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
