// YAML files: RenderCV, YAMLResume and any YAML with highlights/bullets/achievements lists,
// read by yaml-cpp with positions mapped back to the file (yaml_source.h) and the schema
// walkers (cv_schemas.h).

#include "extract/cv_schemas.h"
#include "extract/extractor.h"
#include "extract/yaml_source.h"

namespace hirelint {

Result<Extraction> ExtractYaml(const SourceFile& file, ExtractMode mode) {
  if (mode == ExtractMode::kStories) {
    return CvFileHasNoStories(file, "YAML");
  }
  auto tree = ParseYaml(file);
  if (!tree.ok()) return tree.error();
  return ExtractCvItems(tree.value(), file.bytes(), std::nullopt);
}

}  // namespace hirelint
