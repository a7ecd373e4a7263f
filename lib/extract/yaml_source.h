#pragma once
// Reads a YAML file into a DocTree with source positions: yaml-cpp parses the structure (its
// event API, which reports aliases instead of expanding them) and every scalar is mapped back
// to its bytes by MapYamlScalar.

#include "core/error.h"
#include "core/source_file.h"
#include "extract/doc_tree.h"

namespace hirelint {

// Aliases may stand for at most this many nodes in total once expanded: a "billion laughs"
// file is refused instead of being walked. A CV with anchors stays far below it.
constexpr size_t kMaxAliasExpansion = 100000;

// Every document of the stream becomes one root. Errors (PATH:LINE:COL, column in code points):
// nesting deeper than kMaxDocumentDepth (checked before yaml-cpp runs), aliases expanding past
// kMaxAliasExpansion, an unterminated quoted scalar, and yaml-cpp's syntax errors with a hint
// on how to fix them (a tab used for indentation, lines indented inconsistently).
Result<DocTree> ParseYaml(const SourceFile& file);

}  // namespace hirelint
