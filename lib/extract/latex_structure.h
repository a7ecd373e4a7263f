#pragma once
// Pairs every \begin{name} with its \end{name} (outside macro definitions, whose bodies may
// open an environment that another macro closes) and records which environments hold \item
// directly: those are lists, whatever their name (list2 and list3 in the old resume.cls).

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/source_file.h"
#include "extract/latex_lexer.h"
#include "extract/latex_macros.h"

namespace hirelint {

struct TexEnvironment {
  std::string_view name;
  size_t begin_token = 0;  // the \begin command
  size_t args_at = 0;      // the token after "{name}"
  size_t end_token = 0;    // the \end command
  bool has_items = false;  // \item (or a bullet macro) directly inside
};

// Sets the partner of each \begin and \end token to its environment's index. Errors, with the
// position of the command at fault: an environment never closed (at its \begin), an \end whose
// name matches nothing open, an \end with nothing open, an environment left open at the '}'
// of the group it began in, and \begin or \end without a {name}.
Result<std::vector<TexEnvironment>> MatchEnvironments(const SourceFile& file,
                                                      const MacroTable& macros,
                                                      std::vector<TexToken>* tokens);

}  // namespace hirelint
