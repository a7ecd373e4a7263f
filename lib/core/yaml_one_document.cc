#include "core/yaml_one_document.h"

#include <yaml-cpp/eventhandler.h>

#include <sstream>

namespace hirelint {
namespace {

// Remembers where the document it is handed starts; ignores its content.
class DocumentStart : public YAML::EventHandler {
 public:
  YAML::Mark mark;

  void OnDocumentStart(const YAML::Mark& at) override { mark = at; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

}  // namespace

YAML::Node LoadOneYamlDocument(const std::string& text) {
  std::istringstream in(text);
  YAML::Parser parser(in);
  DocumentStart first;
  if (parser.HandleNextDocument(first)) {
    DocumentStart second;
    if (parser.HandleNextDocument(second)) {
      throw YAML::ParserException(
          second.mark,
          "a second YAML document starts here, but this file holds one (a ',' outside [ ] or "
          "{ }, a stray '?', or a '---' line starts one)");
    }
  }
  return YAML::Load(text);
}

}  // namespace hirelint
