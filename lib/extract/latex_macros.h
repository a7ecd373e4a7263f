#pragma once
// What the LaTeX extractor knows about commands and environments: a built-in table of standard
// LaTeX and common résumé classes (Jake's/sb2nov résumé, moderncv, awesome-cv, altacv, old
// resume.cls), refined by the definitions in the file itself. A file's \newcommand gives a
// macro's arity, and its body says what the macro does: a body that emits \item is a bullet
// (or a heading, when it lays out a tabular or takes three or more arguments), a body that
// opens a list without closing it starts a list, and so on. Anything not known is "inline":
// the command vanishes and its arguments stay as text.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/latex_lexer.h"

namespace hirelint {

enum class MacroRole : unsigned char {
  kInline,         // the command vanishes, its arguments stay as text (\textbf, unknown macros)
  kDrop,           // the command and its arguments vanish (\url, \vspace, \label)
  kKeepLast,       // only the last argument is text (\href{url}{text}, \textcolor{c}{text})
  kSymbol,         // stands for `text` (\LaTeX, \%, \sim)
  kAccent,         // puts the combining mark `text` on the next character (\'e, \c{c})
  kFraction,       // \frac{a}{b} reads "a/b"
  kMathOpen,       // \( and \[
  kMathClose,      // \) and \]
  kItem,           // \item[label]
  kSection,        // \section{title}: a level-1 heading that names the section
  kSubheading,     // \subsection{title}: a heading of `level` below the section
  kBullet,         // \resumeItem{text}: one bullet made of all its arguments
  kLabeledBullet,  // \cvitem{label}{text}: a bullet "label: text" (see the extractor)
  kBulletPair,     // \cvlistdoubleitem{a}{b}: two bullets of `level` arguments each
  kHeading,        // \resumeSubheading{..}{..}{..}{..}: a level-2 heading of its arguments
  kEntry,          // \cventry{..}..{description}: a heading, then the description as a bullet
  kListBegin,      // \resumeItemListStart: opens a list
  kListEnd,        // \resumeItemListEnd: closes it
  kBeginEnv,       // \begin
  kEndEnv,         // \end
  kDefinition,     // \newcommand, \def, \newenvironment ...: skipped (and learned from)
  kParagraph,      // \par
};

struct MacroSpec {
  MacroRole role = MacroRole::kInline;
  int args = 0;           // mandatory arguments
  int optional = 0;       // optional [..] arguments
  bool breaks = false;    // kDrop/kKeepLast: a word break where the command stood
  int level = 0;          // kSubheading: the heading level; kBulletPair: arguments per bullet
  const char* text = "";  // kSymbol: the replacement; kAccent: the combining mark
};

enum class EnvRole : unsigned char {
  kTransparent,  // its body is read as if the \begin and \end were not there
  kList,         // a list: \item inside it starts bullets; a list inside an item nests
  kSection,      // \begin{rSection}{Title}: names the section, like \section
  kHeading,      // \begin{rSubsection}{Company}{Dates}..: a heading of its arguments, then a list
};

struct EnvSpec {
  EnvRole role = EnvRole::kTransparent;
  int args = 0;
  int optional = 0;
  bool nonprose = false;  // tables, figures, centred title blocks: no summaries inside
};

// A parsed \newcommand / \renewcommand / \providecommand / \def / \let / \newenvironment /
// xparse definition.
struct TexDefinition {
  std::string_view name;  // the macro's name without '\', or the environment's name
  bool environment = false;
  int args = 0;           // mandatory parameters
  int optional = 0;       // optional parameters (\newcommand{\x}[2][default]: 1)
  size_t body_first = 0;  // the body's tokens (an environment's begin code)
  size_t body_last = 0;
  size_t next = 0;         // the token after the whole definition
  std::string_view alias;  // \let\name\alias: the command it copies
};

// Parses the definition whose command token is `i`, not reading past `limit`. False when it is
// malformed; the caller then treats the command as inline.
bool ParseDefinition(const std::string& bytes, const std::vector<TexToken>& tokens, size_t i,
                     size_t limit, TexDefinition* def);

class MacroTable {
 public:
  // Learns from every definition in `tokens`, in file order (a macro may use earlier ones).
  // `bytes` and `tokens` must outlive the table: names point into `bytes`.
  void Learn(const std::string& bytes, const std::vector<TexToken>& tokens);

  // The file's definition refined by the built-in table; kInline with no arguments when
  // neither knows the name.
  MacroSpec Lookup(std::string_view name) const;
  EnvSpec LookupEnv(std::string_view name) const;

 private:
  struct BodyTraits;
  BodyTraits Scan(const std::string& bytes, const std::vector<TexToken>& tokens, size_t first,
                  size_t last) const;
  std::unordered_map<std::string_view, MacroSpec> macros_;
  std::unordered_map<std::string_view, EnvSpec> envs_;
};

// The text of a {..} group whose '{' is token `open` (blanks trimmed), e.g. an environment's
// name after \begin; "" when token `open` is not a group.
std::string_view GroupText(const std::string& bytes, const std::vector<TexToken>& tokens,
                           size_t open);

}  // namespace hirelint
