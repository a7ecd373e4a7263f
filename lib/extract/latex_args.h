#pragma once
// Finding a LaTeX command's arguments in the token stream, the way TeX would: a mandatory
// argument is a {..} group or a single token, an optional one is [..] up to the first ']'
// outside braces. Every search stops at `limit` and at the '}' that closes the enclosing
// group, so an argument never reaches outside the group its command is in.

#include <cstddef>
#include <vector>

#include "extract/latex_lexer.h"

namespace hirelint {

struct TexArg {
  size_t first = 0;    // first token of the argument's content
  size_t last = 0;     // one past its last content token
  size_t next = 0;     // the token after the whole argument (after its '}' or ']')
  bool group = false;  // a {..} or [..]: tokens first-1 and last are its delimiters
};

class TexArgs {
 public:
  explicit TexArgs(const std::vector<TexToken>& tokens) : tokens_(tokens) {}

  // The first token at or after `i` that is not a blank or a comment (a paragraph break is
  // not skipped: TeX ends an argument search there).
  size_t SkipBlanks(size_t i, size_t limit) const;
  // An optional argument starting at `i`, or after blanks when `allow_blanks`.
  bool Optional(size_t i, size_t limit, bool allow_blanks, TexArg* arg) const;
  // A mandatory argument after `i` (blanks skipped). False when none is there.
  bool Mandatory(size_t i, size_t limit, TexArg* arg) const;
  // Skips up to `mandatory` mandatory arguments and up to `optional` optional ones, which
  // may come before or between the mandatory ones (\begin{tabular*}{w}[t]{spec}); returns the
  // token after the last one consumed.
  size_t Skip(size_t i, size_t limit, int mandatory, int optional) const;
  // Collects up to `max_args` consecutive {..} groups after `i`, after skipping up to
  // `optional` leading optional arguments. Returns the token after the last one.
  size_t Groups(size_t i, size_t limit, int optional, int max_args,
                std::vector<TexArg>* args) const;

 private:
  const std::vector<TexToken>& tokens_;
};

}  // namespace hirelint
