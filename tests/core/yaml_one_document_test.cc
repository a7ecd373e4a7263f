// LoadOneYamlDocument: one document loads as YAML::Load does; anything after it, or a token
// yaml-cpp cannot start a value with, is a ParserException at its place instead of silence.

#include <doctest/doctest.h>

#include "core/yaml_one_document.h"

namespace hirelint {
namespace {

// The 1-based "line:column" LoadOneYamlDocument throws at, or "" when it loads.
std::string ThrowsAt(const std::string& text) {
  try {
    LoadOneYamlDocument(text);
  } catch (const YAML::ParserException& e) {
    CHECK(e.msg.find("a second YAML document starts here") == 0);
    return std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1);
  }
  return "";
}

TEST_CASE("LoadOneYamlDocument: one document loads as YAML::Load does") {
  CHECK(LoadOneYamlDocument("a: 1\nb: [x, y]\n")["b"][1].as<std::string>() == "y");
  CHECK(LoadOneYamlDocument("").IsNull());
  CHECK(LoadOneYamlDocument("# only a comment\n").IsNull());
  CHECK(LoadOneYamlDocument("---\na: 1\n...\n")["a"].as<int>() == 1);
}

TEST_CASE("LoadOneYamlDocument: what yaml-cpp would drop in silence is an error at its place") {
  CHECK(ThrowsAt(",") == "1:1");                     // a lone null document, read no further
  CHECK(ThrowsAt("{fail_on: error},\n") == "1:17");  // the rest of the stream ignored
  CHECK(ThrowsAt("a: 1\n---\nb: 2\n") == "2:1");     // a second document
  CHECK(ThrowsAt("- x\n- y\n? z\n") != "");          // a stray explicit key
}

}  // namespace
}  // namespace hirelint
