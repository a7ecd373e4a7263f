#pragma once
// Maps a YAML scalar, as yaml-cpp reported it (the offset of its mark and its decoded value),
// back to the file's bytes: plain scalars (also over several lines), single-quoted ('' escapes),
// double-quoted (backslash escapes, escaped line breaks) and block scalars (| and >, with
// chomping and indentation indicators). yaml-cpp gives values and marks but no spans, and a
// finding must point at the character the user edits.

#include <cstddef>
#include <string>

#include "core/error.h"
#include "core/source_file.h"
#include "extract/mapped_text.h"

namespace hirelint {

struct YamlScalar {
  MappedText value;     // decoded text, equal to yaml-cpp's value, with spans into the file
  size_t begin = 0;     // first content byte (after an opening quote or a block header)
  size_t end = 0;       // one past the last content byte
  bool quoted = false;  // quoted or block style (not plain)
  // False when the decoder's text disagreed with yaml-cpp's (a construct it does not model):
  // then `value` holds yaml-cpp's text and all of it points at `begin`.
  bool exact = true;
};

// `mark` is the byte offset of yaml-cpp's mark for the node (its anchor or tag when it has
// one); `in_flow` is true inside a [...] or {...} collection; `expected` is yaml-cpp's value.
// Fails only on an unterminated quoted scalar, which yaml-cpp reads up to the end of the file.
Result<YamlScalar> MapYamlScalar(const SourceFile& file, size_t mark, bool in_flow,
                                 const std::string& expected);

}  // namespace hirelint
