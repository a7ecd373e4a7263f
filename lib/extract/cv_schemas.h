#pragma once
// The CV schemas kept as JSON or YAML, read from a DocTree into items:
//
// - JSON Resume: basics.summary (section "Summary"); work[] and volunteer[] summary (a summary)
//   and highlights[] (bullets), section = the entry's name/company (organization for
//   volunteering); projects[] description/summary and highlights[], section = the project
//   name; awards[] and publications[] summary, sections "Awards" and "Publications".
// - YAMLResume: the same keys under `content:`, but its summaries are Markdown: each list item
//   is a bullet and each paragraph a summary, with inline Markdown removed.
// - RenderCV: cv.sections.<key>[] entries, section = the section's title ("selected_honors" is
//   shown as "Selected Honors"): highlights[] and `bullet:` entries and plain-string entries are
//   bullets, `summary` a summary; RenderCV's inline Markdown (**bold**, [text](url)) is removed.
// - Generic: any `highlights`, `bullets` or `achievements` list anywhere is bullets; section =
//   the nearest enclosing company/name/title/organization value (the top level's names the
//   person, so it does not count), else the nearest enclosing key.
//
// Items come out in file order with their source spans; YAML aliases are not followed (the
// anchored content is read once, where it is written).

#include <optional>
#include <string>

#include "extract/doc_tree.h"
#include "extract/item.h"

namespace hirelint {

enum class CvSchema { kJsonResume, kYamlResume, kRenderCv, kGeneric };

// The schema a document's root follows: RenderCV when it has cv.sections, YAMLResume when it
// has a `content` mapping with JSON Resume keys, JSON Resume when it has `basics` or `work`,
// else generic.
CvSchema DetectCvSchema(const DocTree& tree, size_t root);

// The items of every root of `tree`, each read as `schema` or, when none is given, as the
// schema DetectCvSchema finds. `source` is the file's bytes.
Extraction ExtractCvItems(const DocTree& tree, const std::string& source,
                          std::optional<CvSchema> schema);

}  // namespace hirelint
