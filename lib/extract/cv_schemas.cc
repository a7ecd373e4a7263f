#include "extract/cv_schemas.h"

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

#include "extract/line_scanner.h"

namespace hirelint {
namespace {

std::string CollapseSpaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (IsBlank(c) || c == '\n' || c == '\r') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// RenderCV shows a snake_case section key as a title: "selected_honors" -> "Selected Honors".
// Keys written with capitals or spaces are shown as written.
std::string RenderCvTitle(const std::string& key) {
  bool snake = std::none_of(key.begin(), key.end(),
                            [](unsigned char c) { return std::isupper(c) || c == ' '; });
  if (!snake) return CollapseSpaces(key);
  std::string out;
  bool word_start = true;
  for (char c : key) {
    if (c == '_') {
      out.push_back(' ');
      word_start = true;
    } else {
      out.push_back(word_start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
                               : c);
      word_start = false;
    }
  }
  return CollapseSpaces(out);
}

class Walker {
 public:
  Walker(const DocTree& tree, const std::string& source) : tree_(tree), source_(source) {}

  void Read(size_t root, CvSchema schema) {
    const DocNode& node = tree_.at(root);
    switch (schema) {
      case CvSchema::kJsonResume:
        JsonResume(node, /*markdown=*/false);
        break;
      case CvSchema::kYamlResume:
        if (const DocNode* content = tree_.Get(node, "content")) JsonResume(*content, true);
        break;
      case CvSchema::kRenderCv:
        RenderCv(node);
        break;
      case CvSchema::kGeneric:
        Generic(node, "", /*root=*/true);
        break;
    }
  }

  Extraction Take() {
    std::stable_sort(out_.items.begin(), out_.items.end(), [](const Item& a, const Item& b) {
      return a.SourceBegin() < b.SourceBegin();
    });
    return std::move(out_);
  }

 private:
  const std::string& Text(const DocNode* node) const { return DocTree::Text(node); }

  // The sequence's elements, or none when `node` is missing or not a sequence.
  std::vector<const DocNode*> Elements(const DocNode* node) const {
    std::vector<const DocNode*> out;
    if (node == nullptr || node->kind != DocKind::kSequence) return out;
    for (size_t i : node->items) out.push_back(&tree_.at(i));
    return out;
  }

  // The first of `keys` in mapping `node` with non-empty text.
  std::string FirstText(const DocNode& node, std::initializer_list<const char*> keys) const {
    for (const char* key : keys) {
      std::string text = CollapseSpaces(Text(tree_.Get(node, key)));
      if (!text.empty()) return text;
    }
    return "";
  }

  // One item from the whole of scalar `node`; nothing for empty or non-scalar values.
  void AddScalar(const DocNode* node, ItemKind kind, const std::string& section, bool markdown) {
    if (node == nullptr || node->kind != DocKind::kScalar) return;
    CleanTextBuilder builder(source_);
    if (markdown) {
      AppendMappedMarkdown(node->value, 0, node->value.text().size(), &builder);
    } else {
      node->value.Emit(0, node->value.text().size(), &builder);
    }
    Item item;
    item.kind = kind;
    item.section = section;
    item.text = builder.TakeText(&item.map);
    if (item.text.empty()) return;
    item.begin = node->begin;
    item.end = node->end;
    out_.items.push_back(std::move(item));
  }

  void AddBullets(const DocNode* list, const std::string& section, bool markdown) {
    for (const DocNode* element : Elements(list)) {
      AddScalar(element, ItemKind::kBullet, section, markdown);
    }
  }

  // A YAMLResume summary is Markdown: a list item (with its continuation lines) is a bullet,
  // a paragraph is a summary.
  void AddMarkdownBlocks(const DocNode* node, const std::string& section) {
    if (node == nullptr || node->kind != DocKind::kScalar) return;
    const MappedText& value = node->value;
    const std::string& t = value.text();
    ItemKind kind = ItemKind::kSummary;
    std::vector<std::pair<size_t, size_t>> lines;  // decoded ranges of the open block
    auto finish = [&]() {
      if (lines.empty()) return;
      CleanTextBuilder builder(source_);
      for (const auto& [b, e] : lines) {
        builder.AppendBreak(value.SourceOf(b));
        AppendMappedMarkdown(value, b, e, &builder);
      }
      lines.clear();
      Item item;
      item.kind = kind;
      item.section = section;
      item.text = builder.TakeText(&item.map);
      if (item.text.empty()) return;
      item.begin = item.map.ToSource(0);
      item.end = item.map.ToSourceEnd(item.text.size());
      out_.items.push_back(std::move(item));
    };
    size_t i = 0;
    while (true) {
      size_t eol = t.find('\n', i);
      if (eol == std::string::npos) eol = t.size();
      size_t b = SkipBlanks(t, i, eol);
      size_t e = TrimBlanksEnd(t, b, eol);
      if (b == e) {
        finish();
      } else if (size_t marker = BulletMarkerLength(t, b, e, /*allow_numbers=*/true)) {
        finish();
        kind = ItemKind::kBullet;
        lines.push_back({b + marker, e});
      } else {
        if (lines.empty()) kind = ItemKind::kSummary;
        lines.push_back({b, e});  // a paragraph, or a list item's continuation line
      }
      if (eol >= t.size()) break;
      i = eol + 1;
    }
    finish();
  }

  void AddSummary(const DocNode* node, const std::string& section, bool markdown) {
    if (markdown) {
      AddMarkdownBlocks(node, section);
    } else {
      AddScalar(node, ItemKind::kSummary, section, false);
    }
  }

  void JsonResume(const DocNode& root, bool markdown) {
    if (root.kind != DocKind::kMapping) return;
    if (const DocNode* basics = tree_.Get(root, "basics")) {
      AddSummary(tree_.Get(*basics, "summary"), "Summary", markdown);
    }
    for (const char* list : {"work", "volunteer"}) {
      for (const DocNode* entry : Elements(tree_.Get(root, list))) {
        if (entry->kind != DocKind::kMapping) continue;
        const bool volunteer = std::string(list) == "volunteer";
        std::string section = volunteer ? FirstText(*entry, {"organization", "name", "company"})
                                        : FirstText(*entry, {"name", "company"});
        AddSummary(tree_.Get(*entry, "summary"), section, markdown);
        AddBullets(tree_.Get(*entry, "highlights"), section, markdown);
      }
    }
    for (const DocNode* entry : Elements(tree_.Get(root, "projects"))) {
      if (entry->kind != DocKind::kMapping) continue;
      std::string section = FirstText(*entry, {"name"});
      AddSummary(tree_.Get(*entry, "description"), section, markdown);
      AddSummary(tree_.Get(*entry, "summary"), section, markdown);
      AddBullets(tree_.Get(*entry, "highlights"), section, markdown);
    }
    for (auto [list, section] : {std::pair<const char*, const char*>{"awards", "Awards"},
                                 {"publications", "Publications"}}) {
      for (const DocNode* entry : Elements(tree_.Get(root, list))) {
        if (entry->kind != DocKind::kMapping) continue;
        AddSummary(tree_.Get(*entry, "summary"), section, markdown);
      }
    }
  }

  void RenderCv(const DocNode& root) {
    const DocNode* cv = tree_.Get(root, "cv");
    const DocNode* sections = cv != nullptr ? tree_.Get(*cv, "sections") : nullptr;
    if (sections == nullptr || sections->kind != DocKind::kMapping) return;
    for (size_t k = 0; k < sections->keys.size(); ++k) {
      std::string title = RenderCvTitle(Text(&tree_.at(sections->keys[k])));
      for (const DocNode* entry : Elements(&tree_.at(sections->items[k]))) {
        if (entry->kind == DocKind::kScalar) {  // a text entry
          AddScalar(entry, ItemKind::kBullet, title, true);
          continue;
        }
        if (entry->kind != DocKind::kMapping) continue;
        AddScalar(tree_.Get(*entry, "bullet"), ItemKind::kBullet, title, true);
        AddScalar(tree_.Get(*entry, "summary"), ItemKind::kSummary, title, true);
        AddBullets(tree_.Get(*entry, "highlights"), title, true);
      }
    }
  }

  // Recursion is bounded by the parsers' kMaxDocumentDepth. The root's name or title names
  // the person or the document, not a section, so it is not inherited.
  void Generic(const DocNode& node, const std::string& inherited, bool root) {
    if (node.kind == DocKind::kSequence) {
      for (size_t i : node.items) Generic(tree_.at(i), inherited, false);
      return;
    }
    if (node.kind != DocKind::kMapping) return;
    std::string own = root ? "" : FirstText(node, {"company", "name", "title", "organization"});
    for (size_t k = 0; k < node.keys.size(); ++k) {
      std::string key = CollapseSpaces(Text(&tree_.at(node.keys[k])));
      const DocNode& value = tree_.at(node.items[k]);
      std::string lower = Lower(key);
      bool list = lower == "highlights" || lower == "bullets" || lower == "achievements";
      if (list && value.kind == DocKind::kSequence) {
        std::string section = !own.empty() ? own : !inherited.empty() ? inherited : key;
        AddBullets(&value, section, false);
      } else if (value.kind == DocKind::kMapping || value.kind == DocKind::kSequence) {
        Generic(value, !own.empty() ? own : key, false);
      }
    }
  }

  const DocTree& tree_;
  const std::string& source_;
  Extraction out_;
};

bool HasAnyKey(const DocTree& tree, const DocNode* node, std::initializer_list<const char*> keys) {
  if (node == nullptr) return false;
  for (const char* key : keys) {
    if (tree.Get(*node, key) != nullptr) return true;
  }
  return false;
}

}  // namespace

CvSchema DetectCvSchema(const DocTree& tree, size_t root) {
  const DocNode& node = tree.at(root);
  if (node.kind != DocKind::kMapping) return CvSchema::kGeneric;
  const DocNode* cv = tree.Get(node, "cv");
  if (cv != nullptr && HasAnyKey(tree, cv, {"sections"})) return CvSchema::kRenderCv;
  const DocNode* content = tree.Get(node, "content");
  if (content != nullptr && content->kind == DocKind::kMapping &&
      HasAnyKey(tree, content, {"basics", "work", "projects", "volunteer", "awards"})) {
    return CvSchema::kYamlResume;
  }
  if (HasAnyKey(tree, &node, {"basics", "work"})) return CvSchema::kJsonResume;
  return CvSchema::kGeneric;
}

Extraction ExtractCvItems(const DocTree& tree, const std::string& source,
                          std::optional<CvSchema> schema) {
  Walker walker(tree, source);
  for (size_t root : tree.roots()) walker.Read(root, schema ? *schema : DetectCvSchema(tree, root));
  return walker.Take();
}

}  // namespace hirelint
