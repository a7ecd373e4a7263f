#pragma once
// YAML::Load for files that hold one YAML document: the config, lexicon files and story YAML.
//
// yaml-cpp's YAML::Load reads the first document of a stream and ignores the rest, and at a
// token it cannot start a value with (a ',' outside brackets, a stray '?') it returns a null
// document without reading on. So "{fail_on: error}," or a lone "," would load as if nothing
// were wrong. LoadOneYamlDocument throws YAML::ParserException, like a syntax error, at the
// place a second document would start; callers already turn that into file:line:column.
// It never loops: yaml-cpp is asked for at most two documents. The text is parsed twice (the
// probe, then YAML::Load), since yaml-cpp builds nodes with their marks only inside Load:
// cheap for config and lexicon files; story banks large enough to care belong in JSONL, which
// streams.

#include <string>

#include <yaml-cpp/yaml.h>

namespace hirelint {

YAML::Node LoadOneYamlDocument(const std::string& text);

}  // namespace hirelint
