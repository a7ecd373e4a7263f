#pragma once
// A cheap pass over a YAML file before yaml-cpp sees it: yaml-cpp parses by recursion, and a
// hostile file nested 100,000 levels deep must get a clear error at the place it happens, not a
// crash or yaml-cpp's "bad file" at the end of the file.

#include <cstddef>
#include <optional>

#include "core/error.h"
#include "core/source_file.h"

namespace hirelint {

// An error at the first place where block indentation, compact "- - -" entries and flow
// brackets together nest deeper than `max_depth`, or nullopt. Quoted scalars, block scalars
// and comments are skipped. The estimate may exceed the true depth by a level (a multi-line
// plain scalar's continuation lines count as one); for forms it underestimates, yaml-cpp's own
// recursion guard remains the backstop.
std::optional<Error> CheckYamlNesting(const SourceFile& file, size_t max_depth);

}  // namespace hirelint
