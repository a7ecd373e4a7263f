#pragma once
// LaTeX tokens for the LaTeX extractor. The lexer follows TeX's category codes closely enough
// to find structure in CVs: control words and symbols, groups, math shifts, comments and
// paragraph breaks. It never expands macros. Every token keeps its byte span in the file, so
// cleaned text can be mapped back to the exact source bytes.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/source_file.h"

namespace hirelint {

enum class TexKind : unsigned char {
  kText,          // a run of ordinary characters (letters, digits, punctuation, '#', '^', '_')
  kSpace,         // blanks with at most one line break
  kParBreak,      // a blank line: two or more line breaks (a comment's own break counts)
  kCommand,       // "\name" (with a trailing '*' if any) or a control symbol "\%"
  kBeginGroup,    // {
  kEndGroup,      // }
  kOpenBracket,   // [
  kCloseBracket,  // ]
  kMathShift,     // $ or $$
  kTilde,         // ~ (a tie: a non-breaking space)
  kAlign,         // & (a table cell separator)
  kComment,       // % to the end of the line, with the line break and the next line's indent
  kVerbatim,      // the content of \verb|..|: kept as it is
  kRaw,           // text that is not prose: a URL argument, a verbatim environment, \iffalse
};

struct TexToken {
  static constexpr size_t kNone = static_cast<size_t>(-1);
  TexKind kind = TexKind::kText;
  size_t begin = 0;  // source bytes [begin, end)
  size_t end = 0;
  size_t name_end = 0;  // commands: one past the name (before a trailing '*')
  // Groups: the index of the matching brace's token. \begin and \end: the environment's index
  // in LatexStructure::environments (set by the extractor's structure pass).
  size_t partner = kNone;
};

// A command token's name without the backslash or star: "section" for "\section*", "%" for "\%".
inline std::string_view CommandName(const std::string& bytes, const TexToken& token) {
  return std::string_view(bytes).substr(token.begin + 1, token.name_end - token.begin - 1);
}
inline bool IsStarred(const TexToken& token) { return token.end > token.name_end; }

// Tokens of `file`, from after its byte order mark up to and including `\end{document}` (LaTeX
// ignores what follows it). Braces are matched: every kBeginGroup and kEndGroup has its
// partner. Errors name the first problem with its line and column: a '{' never closed, a '}'
// with no '{', a verbatim environment or \iffalse never closed. Lexing and matching are
// iterative, so nesting depth is limited only by memory.
Result<std::vector<TexToken>> LexLatex(const SourceFile& file);

// An Error of kind kInput at byte `offset` of `file`.
Error LatexError(const SourceFile& file, size_t offset, std::string message);

}  // namespace hirelint
