#pragma once
// JSON written from nlohmann trees goes through DumpJson (report/json_writer.h writes the same
// bytes without the tree): nlohmann's dump(), with bytes that are not UTF-8 (a file name on
// Linux may hold any) written as U+FFFD instead of throwing, which aborted the run.

#include <nlohmann/json.hpp>
#include <string>

#include "core/utf8.h"

namespace hirelint {

// indent < 0: compact; otherwise lines indented by `indent` spaces per level.
template <typename Json>
std::string DumpJson(const Json& j, int indent = -1) {
  return j.dump(indent, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
}

// What a JSON reader gets back for `s` from DumpJson: `s`, with U+FFFD for the bytes that are
// not UTF-8. Whatever is compared with a string read back from such JSON (a baseline's file
// names) goes through it first.
inline std::string AsJsonRoundTrip(const std::string& s) {
  if (!FindInvalidUtf8(s)) return s;  // the common case: nothing to replace
  const std::string dumped = DumpJson(nlohmann::json(s));
  return nlohmann::json::parse(dumped).template get<std::string>();
}

}  // namespace hirelint
