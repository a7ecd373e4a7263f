// YAML files: RenderCV, YAMLResume and any YAML with highlights/bullets/achievements lists,
// read by yaml-cpp with positions mapped back to the file (yaml_source.h) and the schema
// walkers (cv_schemas.h).

#include "extract/cv_schemas.h"
#include "extract/extractor.h"
#include "extract/yaml_source.h"

namespace hirelint {

Result<Extraction> ExtractYaml(const SourceFile& file, ExtractMode mode) {
  if (mode == ExtractMode::kStories) {
    // Stories are read from .jsonl, Markdown and text files; a YAML CV has none.
    Error e;
    e.kind = ErrorKind::kInput;
    e.path = file.path();
    e.message =
        "a YAML file holds a CV, not interview stories; stories are read from .jsonl, .md and "
        ".txt files (lint the CV with 'hirelint lint' or 'hirelint tag')";
    return e;
  }
  auto tree = ParseYaml(file);
  if (!tree.ok()) return tree.error();
  return ExtractCvItems(tree.value(), file.bytes(), std::nullopt);
}

}  // namespace hirelint
