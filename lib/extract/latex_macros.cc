#include "extract/latex_macros.h"

#include <utility>

#include "extract/latex_args.h"

namespace hirelint {
namespace {

MacroSpec Role(MacroRole role, int args = 0, int optional = 0) {
  MacroSpec s;
  s.role = role;
  s.args = args;
  s.optional = optional;
  return s;
}
MacroSpec Drop(int args, int optional = 0, bool breaks = false) {
  MacroSpec s = Role(MacroRole::kDrop, args, optional);
  s.breaks = breaks;
  return s;
}
MacroSpec Break(int args = 0, int optional = 0) { return Drop(args, optional, true); }
MacroSpec KeepLast(int args, int optional = 0) {
  return Role(MacroRole::kKeepLast, args, optional);
}
MacroSpec Symbol(const char* text) {
  MacroSpec s = Role(MacroRole::kSymbol);
  s.text = text;
  return s;
}
MacroSpec Accent(const char* mark) {
  MacroSpec s = Role(MacroRole::kAccent);
  s.text = mark;
  return s;
}
MacroSpec Level(MacroSpec s, int level) {
  s.level = level;
  return s;
}

using MacroMap = std::unordered_map<std::string_view, MacroSpec>;

const MacroMap& BuiltinMacros() {
  static const MacroMap kMacros = [] {
    MacroMap m;
    // Structure.
    m["item"] = Role(MacroRole::kItem, 0, 1);
    for (const char* name : {"section", "chapter", "cvsection", "resumeSection"}) {
      m[name] = Role(MacroRole::kSection, 1, 1);
    }
    for (const char* name : {"subsection", "cvsubsection", "runsubsection"}) {
      m[name] = Level(Role(MacroRole::kSubheading, 1, 1), 2);
    }
    for (const char* name : {"subsubsection", "paragraph", "cvsubsubsection"}) {
      m[name] = Level(Role(MacroRole::kSubheading, 1, 1), 3);
    }
    m["resumeItem"] = Role(MacroRole::kBullet, 1);
    m["resumeSubItem"] = Role(MacroRole::kBullet, 1);
    m["cvlistitem"] = Role(MacroRole::kBullet, 1, 1);
    m["cvhonor"] = Role(MacroRole::kBullet, 4);           // awesome-cv
    m["cvitem"] = Role(MacroRole::kLabeledBullet, 2, 1);  // moderncv
    m["cvline"] = Role(MacroRole::kLabeledBullet, 2);     // old moderncv
    m["cvitemwithcomment"] = Role(MacroRole::kLabeledBullet, 3, 1);
    m["cvskill"] = Role(MacroRole::kLabeledBullet, 2);  // awesome-cv
    m["cvlistdoubleitem"] = Level(Role(MacroRole::kBulletPair, 2, 1), 1);
    m["cvdoubleitem"] = Level(Role(MacroRole::kBulletPair, 4, 1), 2);
    m["resumeSubheading"] = Role(MacroRole::kHeading, 4);  // Jake's / sb2nov
    m["resumeSubSubheading"] = Role(MacroRole::kHeading, 2);
    m["resumeProjectHeading"] = Role(MacroRole::kHeading, 2);
    m["cvevent"] = Role(MacroRole::kHeading, 4);   // altacv
    m["cventry"] = Role(MacroRole::kEntry, 6, 1);  // moderncv 6, awesome-cv 5
    m["cvsubentry"] = Role(MacroRole::kEntry, 3);  // awesome-cv
    m["resumeItemListStart"] = Role(MacroRole::kListBegin);
    m["resumeSubHeadingListStart"] = Role(MacroRole::kListBegin);
    m["resumeItemListEnd"] = Role(MacroRole::kListEnd);
    m["resumeSubHeadingListEnd"] = Role(MacroRole::kListEnd);
    m["begin"] = Role(MacroRole::kBeginEnv);
    m["end"] = Role(MacroRole::kEndEnv);
    for (const char* name :
         {"newcommand", "renewcommand", "providecommand", "DeclareRobustCommand", "def", "gdef",
          "edef", "xdef", "let", "newenvironment", "renewenvironment", "NewDocumentCommand",
          "RenewDocumentCommand", "ProvideDocumentCommand", "DeclareDocumentCommand",
          "NewDocumentEnvironment", "RenewDocumentEnvironment"}) {
      m[name] = Role(MacroRole::kDefinition);
    }
    m["par"] = Role(MacroRole::kParagraph);
    m["frac"] = m["dfrac"] = m["tfrac"] = Role(MacroRole::kFraction, 2);
    m["("] = m["["] = Role(MacroRole::kMathOpen);
    m[")"] = m["]"] = Role(MacroRole::kMathClose);

    // Arguments that are not prose: addresses, lengths, labels, files, colours, set-up.
    for (const char* name : {"url", "nolinkurl", "includegraphics"}) m[name] = Break(1, 1);
    m["footnote"] = Drop(1, 1);  // a note mark, not a word break: "text\footnote{..}."
    for (const char* name : {"label",         "ref",
                             "pageref",       "eqref",
                             "nocite",        "input",
                             "include",       "includeonly",
                             "pagestyle",     "thispagestyle",
                             "pagenumbering", "geometry",
                             "hypersetup",    "urlstyle",
                             "linespread",    "bibliographystyle",
                             "bibliography",  "addbibresource",
                             "graphicspath",  "phantom",
                             "hphantom",      "vphantom",
                             "pagecolor",     "fontspec",
                             "ding",          "setlist",
                             "name",          "address",
                             "email",         "mobile",
                             "homepage",      "position",
                             "extrainfo",     "quote",
                             "github",        "linkedin",
                             "gitlab",        "twitter",
                             "orcid",         "mailaddress",
                             "firstname",     "lastname",
                             "familyname",    "title",
                             "author",        "date",
                             "moderncvstyle", "moderncvcolor",
                             "moderncvtheme", "opening",
                             "closing",       "enclosure",
                             "sectionfont"}) {
      m[name] = Drop(1, 1);
    }
    for (const char* name :
         {"color", "cite", "usepackage", "RequirePackage", "documentclass", "setmainfont",
          "setsansfont", "setmonofont", "phone", "social", "faIcon"}) {
      m[name] = Drop(1, 2);
    }
    m["printbibliography"] = Drop(0, 1);
    m["makecvheader"] = Drop(0, 1);
    m["photo"] = Drop(1, 2);
    for (const char* name : {"setlength", "addtolength", "setcounter", "addtocounter", "settowidth",
                             "fontsize", "colorlet", "recipient", "newcolumntype"}) {
      m[name] = Drop(2, 1);
    }
    m["definecolor"] = Drop(3, 1);
    m["makecvfooter"] = Drop(3);
    m["titlespacing"] = Drop(4);
    m["titleformat"] = Drop(5, 2);
    m["rule"] = Drop(2, 1);
    // Only the last argument is text.
    m["href"] = KeepLast(2, 1);
    for (const char* name : {"hyperlink", "hypertarget", "scalebox", "foreignlanguage"}) {
      m[name] = KeepLast(2, 1);
    }
    m["textcolor"] = m["colorbox"] = KeepLast(2, 1);
    m["fcolorbox"] = KeepLast(3, 1);
    m["raisebox"] = KeepLast(2, 2);
    m["parbox"] = KeepLast(2, 3);
    m["resizebox"] = KeepLast(3);
    m["multicolumn"] = KeepLast(3);
    m["multirow"] = KeepLast(3, 2);
    m["makebox"] = m["framebox"] = m["hyperref"] = Role(MacroRole::kInline, 0, 2);
    // Spacing and line breaks: a word break, and any length argument dropped.
    for (const char* name : {"hspace", "vspace", "addvspace"}) m[name] = Break(1);
    for (const char* name : {"hfill", "hfil", "dotfill", "hrulefill", "quad", "qquad", "enspace",
                             "enskip", "newline", "break", "smallskip", "medskip", "bigskip",
                             "newpage", "clearpage", "pagebreak", "cr", "sectionsep"}) {
      m[name] = Break();
    }
    m["linebreak"] = Break(0, 1);
    m["\\"] = Break(0, 1);  // "\\[2pt]"
    // Characters.
    const std::pair<const char*, const char*> kSymbols[] = {
        {"%", "%"},
        {"$", "$"},
        {"&", "&"},
        {"#", "#"},
        {"_", "_"},
        {"{", "{"},
        {"}", "}"},
        {" ", " "},
        {"\n", " "},
        {"\r", " "},
        {"\t", " "},
        {",", " "},
        {";", " "},
        {":", " "},
        {">", " "},
        {"!", ""},
        {"-", ""},
        {"/", ""},
        {"@", ""},
        {"LaTeX", "LaTeX"},
        {"LaTeXe", "LaTeX2e"},
        {"TeX", "TeX"},
        {"XeTeX", "XeTeX"},
        {"BibTeX", "BibTeX"},
        {"ldots", "…"},
        {"dots", "…"},
        {"cdots", "…"},
        {"textellipsis", "…"},
        {"textbullet", "•"},
        {"bullet", "•"},
        {"textperiodcentered", "·"},
        {"cdot", "·"},
        {"textbar", "|"},
        {"vert", "|"},
        {"mid", "|"},
        {"lvert", "|"},
        {"rvert", "|"},
        {"textasciitilde", "~"},
        {"sim", "~"},
        {"textasciicircum", "^"},
        {"textendash", "–"},
        {"textemdash", "—"},
        {"textquoteleft", "'"},
        {"textquoteright", "'"},
        {"textquotesingle", "'"},
        {"textquotedblleft", "\""},
        {"textquotedblright", "\""},
        {"S", "§"},
        {"P", "¶"},
        {"copyright", "©"},
        {"textcopyright", "©"},
        {"textregistered", "®"},
        {"texttrademark", "™"},
        {"textdegree", "°"},
        {"degree", "°"},
        {"texteuro", "€"},
        {"euro", "€"},
        {"pounds", "£"},
        {"textsterling", "£"},
        {"textdollar", "$"},
        {"textyen", "¥"},
        {"textless", "<"},
        {"textgreater", ">"},
        {"textunderscore", "_"},
        {"textbackslash", "\\"},
        {"textbraceleft", "{"},
        {"textbraceright", "}"},
        {"ss", "ß"},
        {"o", "ø"},
        {"O", "Ø"},
        {"ae", "æ"},
        {"AE", "Æ"},
        {"oe", "œ"},
        {"OE", "Œ"},
        {"aa", "å"},
        {"AA", "Å"},
        {"l", "ł"},
        {"L", "Ł"},
        {"i", "i"},
        {"j", "j"},
        {"textrightarrow", "→"},
        {"textleftarrow", "←"},
        {"textmu", "µ"},
        {"textpm", "±"},
        {"texttimes", "×"},
        {"textdiv", "÷"},
        {"textonehalf", "½"},
        {"textminus", "−"},
        // Math.
        {"approx", "≈"},
        {"simeq", "≃"},
        {"times", "×"},
        {"div", "÷"},
        {"pm", "±"},
        {"mp", "∓"},
        {"to", "→"},
        {"rightarrow", "→"},
        {"longrightarrow", "→"},
        {"Rightarrow", "⇒"},
        {"Longrightarrow", "⇒"},
        {"implies", "⇒"},
        {"leftarrow", "←"},
        {"longleftarrow", "←"},
        {"gets", "←"},
        {"leftrightarrow", "↔"},
        {"uparrow", "↑"},
        {"downarrow", "↓"},
        {"nearrow", "↗"},
        {"searrow", "↘"},
        {"geq", "≥"},
        {"ge", "≥"},
        {"geqslant", "≥"},
        {"leq", "≤"},
        {"le", "≤"},
        {"leqslant", "≤"},
        {"neq", "≠"},
        {"ne", "≠"},
        {"gg", "≫"},
        {"ll", "≪"},
        {"infty", "∞"},
        {"propto", "∝"},
        {"ast", "*"},
        {"log", "log"},
        {"ln", "ln"},
        {"exp", "exp"},
        {"max", "max"},
        {"min", "min"},
        {"sin", "sin"},
        {"cos", "cos"},
        {"tan", "tan"},
        {"lim", "lim"},
        {"arg", "arg"},
        {"sup", "sup"},
        {"inf", "inf"},
        {"det", "det"},
        {"Pr", "Pr"},
        {"alpha", "α"},
        {"beta", "β"},
        {"gamma", "γ"},
        {"Gamma", "Γ"},
        {"delta", "δ"},
        {"Delta", "Δ"},
        {"epsilon", "ϵ"},
        {"varepsilon", "ε"},
        {"zeta", "ζ"},
        {"eta", "η"},
        {"theta", "θ"},
        {"Theta", "Θ"},
        {"iota", "ι"},
        {"kappa", "κ"},
        {"lambda", "λ"},
        {"Lambda", "Λ"},
        {"mu", "μ"},
        {"nu", "ν"},
        {"xi", "ξ"},
        {"pi", "π"},
        {"Pi", "Π"},
        {"rho", "ρ"},
        {"sigma", "σ"},
        {"Sigma", "Σ"},
        {"tau", "τ"},
        {"phi", "ϕ"},
        {"varphi", "φ"},
        {"Phi", "Φ"},
        {"chi", "χ"},
        {"psi", "ψ"},
        {"Psi", "Ψ"},
        {"omega", "ω"},
        {"Omega", "Ω"},
    };
    for (const auto& [name, text] : kSymbols) m[name] = Symbol(text);
    // Accents, as Unicode combining marks composed with the next character.
    const std::pair<const char*, const char*> kAccents[] = {
        {"'", "\xCC\x81"}, {"`", "\xCC\x80"}, {"^", "\xCC\x82"}, {"~", "\xCC\x83"},
        {"=", "\xCC\x84"}, {"u", "\xCC\x86"}, {".", "\xCC\x87"}, {"\"", "\xCC\x88"},
        {"r", "\xCC\x8A"}, {"H", "\xCC\x8B"}, {"v", "\xCC\x8C"}, {"d", "\xCC\xA3"},
        {"c", "\xCC\xA7"}, {"k", "\xCC\xA8"}, {"b", "\xCC\xB1"},
    };
    for (const auto& [name, mark] : kAccents) m[name] = Accent(mark);
    return m;
  }();
  return kMacros;
}

using EnvMap = std::unordered_map<std::string_view, EnvSpec>;

EnvSpec Env(EnvRole role, int args = 0, int optional = 0, bool nonprose = false) {
  EnvSpec e;
  e.role = role;
  e.args = args;
  e.optional = optional;
  e.nonprose = nonprose;
  return e;
}

const EnvMap& BuiltinEnvironments() {
  static const EnvMap kEnvs = [] {
    EnvMap m;
    for (const char* name :
         {"itemize", "enumerate", "description", "compactitem", "compactenum", "compactdesc",
          "asparaitem", "asparaenum", "asparadesc", "inparaitem", "inparaenum", "cvitems",
          "tightemize", "tightitemize", "highlights", "outerlist", "innerlist"}) {
      m[name] = Env(EnvRole::kList, 0, 1);
    }
    m["list"] = Env(EnvRole::kList, 2);
    m["rSection"] = Env(EnvRole::kSection, 1);     // sb2nov
    m["rSubsection"] = Env(EnvRole::kHeading, 4);  // sb2nov
    m["tabular"] = m["array"] = m["longtable"] = Env(EnvRole::kTransparent, 1, 1, true);
    m["tabular*"] = m["tabularx"] = m["tabulary"] = Env(EnvRole::kTransparent, 2, 1, true);
    for (const char* name : {"table", "table*", "figure", "figure*", "center", "flushright",
                             "tikzpicture", "picture"}) {
      m[name] = Env(EnvRole::kTransparent, 0, 1, true);
    }
    m["wrapfigure"] = Env(EnvRole::kTransparent, 2, 2, true);
    m["minipage"] = Env(EnvRole::kTransparent, 1, 3);
    m["multicols"] = m["spacing"] = m["paracol"] = Env(EnvRole::kTransparent, 1, 1);
    m["adjustwidth"] = Env(EnvRole::kTransparent, 2);
    return m;
  }();
  return kEnvs;
}

bool IsTexBlankByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsTexBlankByte(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsTexBlankByte(s.back())) s.remove_suffix(1);
  return s;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

std::string_view GroupText(const std::string& bytes, const std::vector<TexToken>& tokens,
                           size_t open) {
  if (open >= tokens.size() || tokens[open].kind != TexKind::kBeginGroup) return {};
  size_t close = tokens[open].partner;
  return Trim(
      std::string_view(bytes).substr(tokens[open].end, tokens[close].begin - tokens[open].end));
}

bool ParseDefinition(const std::string& bytes, const std::vector<TexToken>& tokens, size_t i,
                     size_t limit, TexDefinition* def) {
  *def = TexDefinition();
  TexArgs args(tokens);
  const std::string_view command = CommandName(bytes, tokens[i]);
  size_t j = args.SkipBlanks(i + 1, limit);
  if (command == "def" || command == "gdef" || command == "edef" || command == "xdef") {
    // \def\name#1#2{body}: the parameter text runs up to the body's '{'.
    if (j >= limit || tokens[j].kind != TexKind::kCommand) return false;
    def->name = CommandName(bytes, tokens[j]);
    for (++j; j < limit && tokens[j].kind != TexKind::kBeginGroup; ++j) {
      if (tokens[j].kind == TexKind::kEndGroup || tokens[j].kind == TexKind::kParBreak) {
        return false;
      }
      for (size_t b = tokens[j].begin; b < tokens[j].end; ++b) {
        if (bytes[b] == '#') ++def->args;
      }
    }
    if (j >= limit || tokens[j].partner >= limit) return false;
    def->body_first = j + 1;
    def->body_last = tokens[j].partner;
    def->next = tokens[j].partner + 1;
    return true;
  }
  if (command == "let") {  // \let\a\b or \let\a=\b: \a becomes what \b is
    if (j >= limit || tokens[j].kind != TexKind::kCommand) return false;
    def->name = CommandName(bytes, tokens[j]);
    j = args.SkipBlanks(j + 1, limit);
    if (j < limit && tokens[j].kind == TexKind::kText && bytes[tokens[j].begin] == '=') {
      if (tokens[j].end - tokens[j].begin > 1) {  // "\let\a=b": the target is in this token
        def->body_first = def->body_last = def->next = j + 1;
        return true;
      }
      j = args.SkipBlanks(j + 1, limit);
    }
    if (j >= limit) return false;
    if (tokens[j].kind == TexKind::kCommand) def->alias = CommandName(bytes, tokens[j]);
    def->body_first = def->body_last = def->next = j + 1;
    return true;
  }
  const bool environment = command == "newenvironment" || command == "renewenvironment" ||
                           command == "NewDocumentEnvironment" ||
                           command == "RenewDocumentEnvironment";
  const bool xparse = command.find("Document") != std::string_view::npos;
  def->environment = environment;
  TexArg arg;
  if (!args.Mandatory(j, limit, &arg)) return false;
  if (environment) {
    def->name = arg.group
                    ? GroupText(bytes, tokens, arg.first - 1)
                    : std::string_view(bytes).substr(
                          tokens[arg.first].begin, tokens[arg.first].end - tokens[arg.first].begin);
  } else {
    size_t name = args.SkipBlanks(arg.first, arg.last);
    if (name >= arg.last || tokens[name].kind != TexKind::kCommand) return false;
    def->name = CommandName(bytes, tokens[name]);
  }
  if (def->name.empty()) return false;
  j = arg.next;
  if (xparse) {
    // The argument specification: 'm' is mandatory, 'o'/'O{..}' optional.
    if (!args.Mandatory(j, limit, &arg)) return false;
    for (size_t t = arg.first; t < arg.last; ++t) {
      if (tokens[t].kind != TexKind::kText) continue;
      for (size_t b = tokens[t].begin; b < tokens[t].end; ++b) {
        if (bytes[b] == 'm') ++def->args;
        if (bytes[b] == 'o' || bytes[b] == 'O') ++def->optional;
      }
    }
    j = arg.next;
  } else if (args.Optional(j, limit, true, &arg)) {
    int count = 0;
    for (size_t t = arg.first; t < arg.last; ++t) {
      for (size_t b = tokens[t].begin; b < tokens[t].end; ++b) {
        if (bytes[b] >= '0' && bytes[b] <= '9') count = count * 10 + (bytes[b] - '0');
      }
    }
    def->args = count > 9 ? 9 : count;
    j = arg.next;
    if (args.Optional(j, limit, true, &arg)) {  // a default: the first parameter is optional
      if (def->args > 0) {
        --def->args;
        def->optional = 1;
      }
      j = arg.next;
    }
  }
  if (!args.Mandatory(j, limit, &arg)) return false;
  def->body_first = arg.first;
  def->body_last = arg.last;
  j = arg.next;
  if (environment) {
    if (!args.Mandatory(j, limit, &arg)) return false;
    j = arg.next;
  }
  def->next = j;
  return true;
}

struct MacroTable::BodyTraits {
  bool item = false;     // emits \item (directly or through a bullet or heading macro)
  bool heading = false;  // uses a heading macro, a tabular or \hfill: a heading's layout
  bool section = false;  // uses \section or a section macro
  int lists_opened = 0;  // lists begun and not ended in the body
  int lists_closed = 0;  // lists ended that the body did not begin
};

MacroTable::BodyTraits MacroTable::Scan(const std::string& bytes,
                                        const std::vector<TexToken>& tokens, size_t first,
                                        size_t last) const {
  BodyTraits traits;
  for (size_t k = first; k < last; ++k) {
    if (tokens[k].kind != TexKind::kCommand) continue;
    std::string_view name = CommandName(bytes, tokens[k]);
    if (name == "hfill") traits.heading = true;
    if (name == "begin" || name == "end") {
      size_t open = k + 1;
      while (open < last && tokens[open].kind == TexKind::kSpace) ++open;
      std::string_view env = open < last ? GroupText(bytes, tokens, open) : std::string_view();
      if (StartsWith(env, "tabular")) traits.heading = true;
      EnvRole role = LookupEnv(env).role;
      bool list = role == EnvRole::kList || role == EnvRole::kHeading;
      if (list && name == "begin") ++traits.lists_opened;
      if (list && name == "end") {
        if (traits.lists_opened > 0) {
          --traits.lists_opened;
        } else {
          ++traits.lists_closed;
        }
      }
      continue;
    }
    switch (Lookup(name).role) {
      case MacroRole::kItem:
      case MacroRole::kBullet:
      case MacroRole::kLabeledBullet:
      case MacroRole::kBulletPair:
        traits.item = true;
        break;
      case MacroRole::kHeading:
      case MacroRole::kEntry:
        traits.item = true;
        traits.heading = true;
        break;
      case MacroRole::kSection:
        traits.section = true;
        break;
      case MacroRole::kListBegin:
        ++traits.lists_opened;
        break;
      case MacroRole::kListEnd:
        if (traits.lists_opened > 0) {
          --traits.lists_opened;
        } else {
          ++traits.lists_closed;
        }
        break;
      default:
        break;
    }
  }
  return traits;
}

void MacroTable::Learn(const std::string& bytes, const std::vector<TexToken>& tokens) {
  for (size_t i = 0; i < tokens.size();) {
    TexDefinition def;
    if (tokens[i].kind != TexKind::kCommand ||
        Lookup(CommandName(bytes, tokens[i])).role != MacroRole::kDefinition ||
        !ParseDefinition(bytes, tokens, i, tokens.size(), &def)) {
      ++i;
      continue;
    }
    i = def.next;
    if (!def.alias.empty()) {
      macros_[def.name] = Lookup(def.alias);
      continue;
    }
    BodyTraits traits = Scan(bytes, tokens, def.body_first, def.body_last);
    if (def.environment) {
      EnvSpec spec;
      spec.args = def.args;
      spec.optional = def.optional;
      if (traits.section && def.args >= 1) {
        spec.role = EnvRole::kSection;
      } else if (traits.lists_opened > 0) {
        spec.role = def.args >= 2 ? EnvRole::kHeading : EnvRole::kList;
      }
      // A built-in environment keeps its role (rSection's begin code opens a list, but it is
      // a section); the file only tells its arity.
      auto builtin = BuiltinEnvironments().find(def.name);
      if (builtin != BuiltinEnvironments().end()) {
        EnvSpec known = builtin->second;
        if (def.args + def.optional > 0) {
          known.args = def.args;
          known.optional = def.optional;
        }
        spec = known;
      }
      envs_[def.name] = spec;
      continue;
    }
    MacroSpec spec;
    spec.args = def.args;
    spec.optional = def.optional;
    if (traits.section && def.args >= 1) {
      spec.role = MacroRole::kSection;
    } else if (traits.item) {
      if (def.args == 0) {
        spec.role = MacroRole::kItem;
      } else if (traits.heading || def.args >= 3) {
        spec.role = MacroRole::kHeading;
      } else {
        spec.role = def.args == 1 ? MacroRole::kBullet : MacroRole::kLabeledBullet;
      }
    } else if (traits.lists_opened > 0 && traits.lists_closed == 0) {
      spec.role = MacroRole::kListBegin;
    } else if (traits.lists_closed > 0 && traits.lists_opened == 0) {
      spec.role = MacroRole::kListEnd;
    }
    // A built-in macro keeps its role: the file tells its arity. A redefinition without
    // parameters (\renewcommand\section{\@startsection..}) keeps the built-in arity.
    auto builtin = BuiltinMacros().find(def.name);
    if (builtin != BuiltinMacros().end() && builtin->second.role != MacroRole::kInline &&
        builtin->second.role != MacroRole::kDefinition) {
      MacroSpec known = builtin->second;
      if (def.args > 0) {
        known.args = def.args;
        known.optional = def.optional;
      }
      // sb2nov's \resumeItem{title}{text}: a titled bullet.
      if (known.role == MacroRole::kBullet && known.args >= 2) {
        known.role = MacroRole::kLabeledBullet;
      }
      spec = known;
    }
    macros_[def.name] = spec;
  }
}

MacroSpec MacroTable::Lookup(std::string_view name) const {
  auto learned = macros_.find(name);
  if (learned != macros_.end()) return learned->second;
  auto builtin = BuiltinMacros().find(name);
  if (builtin != BuiltinMacros().end()) return builtin->second;
  return MacroSpec();
}

EnvSpec MacroTable::LookupEnv(std::string_view name) const {
  auto learned = envs_.find(name);
  if (learned != envs_.end()) return learned->second;
  auto builtin = BuiltinEnvironments().find(name);
  if (builtin != BuiltinEnvironments().end()) return builtin->second;
  return EnvSpec();
}

}  // namespace hirelint
