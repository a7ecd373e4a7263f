#pragma once
// A compact binary form of LexiconData, so a process that uses only the embedded lexicons
// need not parse their YAML (issue 8: start-up). The build writes the embedded lexicons' blob
// with a host tool (tools/lexicon_blob.cc); the engine reads it back.
//
// Every field of every struct is listed once, in lexicon_serializer.cc's Fields() overloads,
// and both the writer and the reader walk that one list: a field cannot be written but not read.
// Adding, removing or reordering a field changes the format: bump kLexiconBlobVersion.

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.h"
#include "lexicon/lexicon_data.h"

namespace hirelint {

inline constexpr uint32_t kLexiconBlobVersion = 3;

// The blob: magic "HLXB", the version, then every field of `data` in declaration order.
std::string SerializeLexiconData(const LexiconData& data);

// Reads a blob written by SerializeLexiconData. Never reads out of bounds: truncated or corrupt
// bytes, a wrong magic or version, or bytes left over give a kLexicon Error naming `origin`.
Result<LexiconData> DeserializeLexiconData(std::string_view blob,
                                           const std::string& origin = "<embedded lexicon blob>");

}  // namespace hirelint
