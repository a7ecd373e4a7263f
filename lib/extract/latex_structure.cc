#include "extract/latex_structure.h"

#include <string>

#include "extract/latex_args.h"

namespace hirelint {
namespace {

std::string At(const SourceFile& file, size_t offset) {
  Position p = file.PositionOf(offset);
  return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
}

}  // namespace

Result<std::vector<TexEnvironment>> MatchEnvironments(const SourceFile& file,
                                                      const MacroTable& macros,
                                                      std::vector<TexToken>* tokens_ptr) {
  std::vector<TexToken>& tokens = *tokens_ptr;
  const std::string& bytes = file.bytes();
  TexArgs args(tokens);
  std::vector<TexEnvironment> envs;
  struct Open {
    size_t env;
    size_t depth;  // braces open when it began
  };
  std::vector<Open> open;
  size_t depth = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const TexToken& t = tokens[i];
    if (t.kind == TexKind::kBeginGroup) {
      ++depth;
      continue;
    }
    if (t.kind == TexKind::kEndGroup) {
      --depth;
      if (!open.empty() && open.back().depth > depth) {
        const TexEnvironment& env = envs[open.back().env];
        return LatexError(file, tokens[env.begin_token].begin,
                          "environment '" + std::string(env.name) +
                              "' is never closed inside its group; add \\end{" +
                              std::string(env.name) + "} before the '}' at " + At(file, t.begin));
      }
      continue;
    }
    if (t.kind != TexKind::kCommand) continue;
    const MacroSpec spec = macros.Lookup(CommandName(bytes, t));
    switch (spec.role) {
      case MacroRole::kDefinition: {
        TexDefinition def;
        if (ParseDefinition(bytes, tokens, i, tokens.size(), &def)) i = def.next - 1;
        continue;
      }
      case MacroRole::kItem:
      case MacroRole::kBullet:
      case MacroRole::kLabeledBullet:
      case MacroRole::kBulletPair:
        if (!open.empty()) envs[open.back().env].has_items = true;
        continue;
      case MacroRole::kBeginEnv:
      case MacroRole::kEndEnv:
        break;
      default:
        continue;
    }
    const bool begin = spec.role == MacroRole::kBeginEnv;
    TexArg name_arg;
    if (!args.Mandatory(i + 1, tokens.size(), &name_arg) || !name_arg.group) {
      return LatexError(file, t.begin,
                        std::string(begin ? "\\begin" : "\\end") +
                            " needs an environment name in braces, e.g. " +
                            (begin ? "\\begin{itemize}" : "\\end{itemize}"));
    }
    std::string_view name = GroupText(bytes, tokens, name_arg.first - 1);
    const size_t after_name = name_arg.next;
    if (begin) {
      TexEnvironment env;
      env.name = name;
      env.begin_token = i;
      env.args_at = after_name;
      tokens[i].partner = envs.size();
      open.push_back({envs.size(), depth});
      envs.push_back(env);
      i = after_name - 1;
      continue;
    }
    const std::string end_text = "\\end{" + std::string(name) + "}";
    if (open.empty()) {
      return LatexError(file, t.begin,
                        end_text + " has no matching \\begin{" + std::string(name) +
                            "}; remove it or add the \\begin it closes");
    }
    TexEnvironment& top = envs[open.back().env];
    if (top.name != name) {
      // When an outer environment has this name, the inner one was left open; otherwise the
      // \end is misspelled or stray.
      for (const Open& o : open) {
        if (envs[o.env].name != name) continue;
        return LatexError(file, tokens[top.begin_token].begin,
                          "environment '" + std::string(top.name) +
                              "' is never closed; add \\end{" + std::string(top.name) +
                              "} before the " + end_text + " at " + At(file, t.begin));
      }
      return LatexError(file, t.begin,
                        end_text + " does not match \\begin{" + std::string(top.name) + "} at " +
                            At(file, tokens[top.begin_token].begin) + "; fix the name or close '" +
                            std::string(top.name) + "' first");
    }
    if (open.back().depth != depth) {
      return LatexError(file, t.begin,
                        end_text + " is inside a {..} group that \\begin{" + std::string(name) +
                            "} at " + At(file, tokens[top.begin_token].begin) +
                            " is not in; move it out of the braces");
    }
    top.end_token = i;
    tokens[i].partner = open.back().env;
    open.pop_back();
    i = after_name - 1;
  }
  if (!open.empty()) {
    const TexEnvironment& env = envs[open.back().env];
    return LatexError(file, tokens[env.begin_token].begin,
                      "environment '" + std::string(env.name) + "' is never closed; add \\end{" +
                          std::string(env.name) + "}");
  }
  return envs;
}

}  // namespace hirelint
