#pragma once
// Every JSON hirelint writes goes through DumpJson: nlohmann's dump(), with bytes that are not
// UTF-8 (a file name on Linux may hold any) written as U+FFFD instead of throwing, which
// aborted the run.

#include <nlohmann/json.hpp>
#include <string>

namespace hirelint {

// indent < 0: compact; otherwise lines indented by `indent` spaces per level.
template <typename Json>
std::string DumpJson(const Json& j, int indent = -1) {
  return j.dump(indent, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
}

}  // namespace hirelint
