#pragma once
// Turns LaTeX tokens into an item's cleaned text, appending to a CleanTextBuilder so every
// cleaned byte maps back to the source bytes it came from ("30%" in the text maps to `30\%`).
//
// What cleaning does: formatting commands vanish and their arguments stay (\textbf{x} -> x,
// unknown macros likewise); URLs, lengths, labels and colours vanish; \href{url}{text} keeps
// its text; \% \$ \& \# \_ \{ \} are unescaped; -- and --- become – and —, `` and '' become ";
// ~, \\, & and spacing commands become a word break; comments vanish; math keeps its
// characters with symbols spelled out ($\sim$30\% -> ~30%, $>$ -> >, $\times$ -> ×); accents
// compose (\'e -> é).
//
// Cleaning is a loop over tokens, never a recursion: braces are transparent, and a command
// whose arguments are dropped jumps over them using the matched braces. Deeply nested input
// therefore costs no stack.

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/latex_args.h"
#include "extract/latex_lexer.h"
#include "extract/latex_macros.h"
#include "extract/source_map.h"

namespace hirelint {

class TexCleaner {
 public:
  TexCleaner(const std::string& bytes, const std::vector<TexToken>& tokens,
             const MacroTable& macros)
      : bytes_(bytes), tokens_(tokens), macros_(macros), args_(tokens) {}

  // Processes token `i` and whatever arguments it consumes, appending text to `out` (nullptr
  // discards it). Returns the next token to process: greater than `i`, at most `limit`.
  // Structural commands (\item, \section, \begin, résumé macros) read as word breaks here;
  // the extractor handles them before calling Step when they matter.
  size_t Step(size_t i, size_t limit, CleanTextBuilder* out);

  // Cleans tokens [first, last) into `out`, starting and ending outside math.
  void CleanRange(size_t first, size_t last, CleanTextBuilder* out);

  // From now on, reaching the '}' at token `close` appends a word break: used between the
  // arguments of a macro whose arguments are read as one text.
  void BreakAt(size_t close) { inserts_[close] = ""; }

  // Math mode ends at paragraph and item boundaries (an unclosed $ must not leak).
  void ResetMath() { math_ = false; }

  const TexArgs& args() const { return args_; }

 private:
  size_t Command(size_t i, size_t limit, CleanTextBuilder* out);
  size_t Accent(size_t i, size_t limit, const MacroSpec& spec, CleanTextBuilder* out);
  void Text(const TexToken& token, size_t from, CleanTextBuilder* out);
  bool AfterControlWord(size_t i) const;
  void MathSpace(size_t i, size_t limit, const TexToken& token, CleanTextBuilder* out);
  void BreakBetweenArgs(size_t i, size_t limit, int count);

  const std::string& bytes_;
  const std::vector<TexToken>& tokens_;
  const MacroTable& macros_;
  TexArgs args_;
  bool math_ = false;
  // '}' tokens that append text when reached: "" is a word break, "/" ends a fraction's
  // numerator.
  std::unordered_map<size_t, const char*> inserts_;
  // An accent consumed the first character of this text token: resume there.
  size_t partial_token_ = TexToken::kNone;
  size_t partial_from_ = 0;
};

}  // namespace hirelint
