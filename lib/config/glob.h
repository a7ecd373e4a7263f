#pragma once
// Path globs for the config's `ignore` and `overrides[].files`, with .gitignore's meaning so they
// read the way users expect. Paths are relative to the directory of the config file that holds
// the glob, '/'-separated.
//
//   *        any characters within one path segment        *.txt, cv-*.md
//   ?        one character within one segment
//   [abc]    one of a class; [!abc] none of it
//   **       any number of whole segments                  **/drafts, stories/**, a/**/b
//   name     no '/' inside: that name at any depth         drafts, *.txt
//   a/b      a '/' inside (or a leading '/'): anchored at the config's directory
//   dir/     a trailing '/': directories only
// A glob that matches a directory matches every file under it.

#include <optional>
#include <string>

namespace hirelint {

// Whether `relative_path` (no leading "./", no ".." segments) matches `glob`.
bool GlobMatches(const std::string& glob, const std::string& relative_path);

// Why `glob` cannot match anything as written (an empty glob, an unclosed '['), or nullopt.
std::optional<std::string> GlobSyntaxError(const std::string& glob);

}  // namespace hirelint
