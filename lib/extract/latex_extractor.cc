// LaTeX CVs: bullets from \item and résumé macros (\resumeItem, \cvitem, \cventry's
// description ...), headings from \section and entry macros (\resumeSubheading, \cventry), and
// prose paragraphs as summaries. Only the document body is read (the preamble's definitions
// are learned from, see latex_macros.h); a file without \begin{document} is read whole, as a
// fragment that a main file \input's.
//
// The walk is one loop over the tokens with explicit stacks (containers: open lists and
// environments; scopes: macro arguments being read as an item), never a recursion, so
// deeply nested input cannot exhaust the stack.
//
// Item rules:
// - \item starts a bullet that runs to the next \item, the \end of the environment (or the
//   list macro) it began in, or the next section. An optional label (\item[Languages]) leads
//   the text as "Languages:" when it has letters and no digits; glyph and date labels go.
// - An item that a nested list follows ("\item Acme Corp \begin{itemize}..") is a level-2
//   heading: the nested items are its bullets. So is a short paragraph right before a list.
// - Heading macros give a level-2 heading whose text is their non-empty arguments joined by
//   " | ". An entry macro (\cventry) gives such a heading from all but its last argument, and
//   its last argument (the description) is read as a bullet, or as the lists inside it.
// - \cvitem{label}{text}: the bullet "label: text"; a label with a digit (a date) is dropped.
// - Paragraphs outside items become summaries when they have at least kMinSummaryWords
//   words, except inside tables, figures and centred blocks (title blocks, contact lines).

#include <cctype>
#include <memory>

#include "extract/extractor.h"
#include "extract/latex_args.h"
#include "extract/latex_lexer.h"
#include "extract/latex_macros.h"
#include "extract/latex_structure.h"
#include "extract/latex_text.h"

namespace hirelint {
namespace {

constexpr size_t kMinSummaryWords = 8;

// A byte that makes a word or label textual: an ASCII letter or digit, or the lead byte of a
// non-ASCII character outside Latin-1 punctuation (0xC2) and the punctuation, arrow and symbol
// blocks (0xE2: "•", "–", "→"). Continuation bytes do not count.
bool IsTextByte(unsigned char c) { return std::isalnum(c) || (c >= 0xC3 && c != 0xE2); }

size_t CountWords(const std::string& text) {
  size_t words = 0;
  bool in_word = false, has_alnum = false;
  for (size_t k = 0; k <= text.size(); ++k) {
    bool blank = k == text.size() || text[k] == ' ';
    if (blank) {
      if (in_word && has_alnum) ++words;
      in_word = has_alnum = false;
      continue;
    }
    in_word = true;
    if (IsTextByte(static_cast<unsigned char>(text[k]))) has_alnum = true;
  }
  return words;
}

// A label worth keeping: it has a letter and no digit ("Languages", not "2019" or "•").
bool IsTextLabel(const std::string& text) {
  bool letter = false;
  for (unsigned char c : text) {
    if (c >= '0' && c <= '9') return false;
    if (IsTextByte(c)) letter = true;
  }
  return letter;
}

class LatexWalker {
 public:
  LatexWalker(const SourceFile& file, const std::vector<TexToken>& tokens,
              const std::vector<TexEnvironment>& envs, const MacroTable& macros)
      : bytes_(file.bytes()),
        tokens_(tokens),
        envs_(envs),
        macros_(macros),
        cleaner_(file.bytes(), tokens, macros),
        args_(tokens) {}

  Extraction Run(size_t first, size_t last) {
    size_t i = first;
    while (i < last) {
      if (!scopes_.empty() && i >= scopes_.back().end) {
        EndScope();
        continue;
      }
      const size_t limit = scopes_.empty() ? last : scopes_.back().end;
      const TexToken& t = tokens_[i];
      if (t.kind == TexKind::kParBreak) {
        ParagraphBreak(t.begin);
        ++i;
        continue;
      }
      if (t.kind == TexKind::kCommand) {
        size_t next = i;
        if (Structure(i, limit, &next)) {
          i = next;
          continue;
        }
      }
      i = cleaner_.Step(i, limit, Sink(t));
    }
    while (!scopes_.empty()) EndScope();
    CloseParagraph(false);
    CloseItem();
    return std::move(out_);
  }

 private:
  struct Container {
    bool env;       // an environment; otherwise a list macro (\resumeItemListStart)
    size_t record;  // environments: the index in envs_
    bool nonprose;
  };
  struct Scope {
    size_t end;         // the first token after the arguments being read
    size_t containers;  // containers open when it began
  };
  struct Open {
    bool active = false;
    ItemKind kind = ItemKind::kBullet;
    int level = 0;
    size_t begin = 0;
    size_t containers = 0;  // containers open when it began
    size_t scopes = 0;      // scopes open when it began
    std::unique_ptr<CleanTextBuilder> builder;
  };

  CleanTextBuilder* Sink(const TexToken& t) {
    if (item_.active) return item_.builder.get();
    if (nonprose_ > 0) return nullptr;
    if (!paragraph_.active) {
      if (t.kind != TexKind::kText && t.kind != TexKind::kCommand &&
          t.kind != TexKind::kOpenBracket && t.kind != TexKind::kCloseBracket &&
          t.kind != TexKind::kVerbatim && t.kind != TexKind::kTilde &&
          t.kind != TexKind::kMathShift) {
        return nullptr;
      }
      Start(&paragraph_, ItemKind::kSummary, t.begin);
    }
    return paragraph_.builder.get();
  }

  void Start(Open* open, ItemKind kind, size_t begin) {
    open->active = true;
    open->kind = kind;
    open->level = 0;
    open->begin = begin;
    open->containers = containers_.size();
    open->scopes = scopes_.size();
    open->builder = std::make_unique<CleanTextBuilder>(bytes_);
    cleaner_.ResetMath();
  }

  void OpenItem(size_t begin) {
    CloseParagraph(false);
    CloseItem();
    Start(&item_, ItemKind::kBullet, begin);
  }

  void Emit(Open* open) {
    Item item;
    item.kind = open->kind;
    item.level = open->level;
    item.text = open->builder->TakeText(&item.map);
    open->builder.reset();
    open->active = false;
    if (item.text.empty()) return;
    item.begin = open->begin;
    item.end = item.map.ToSourceEnd(item.text.size());
    if (item.kind == ItemKind::kHeading && item.level == 1) section_ = item.text;
    item.section = section_;
    out_.items.push_back(std::move(item));
  }

  void CloseItem() {
    if (item_.active) Emit(&item_);
  }

  // An open bullet that a list follows is the heading of that list's items.
  void CloseItemBeforeList() {
    if (!item_.active) return;
    if (item_.kind == ItemKind::kBullet && !item_.builder->empty()) {
      item_.kind = ItemKind::kHeading;
      item_.level = 2;
    }
    CloseItem();
  }

  void CloseItemOutside() {
    if (item_.active && item_.containers > containers_.size()) CloseItem();
  }

  void CloseParagraph(bool before_list) {
    if (!paragraph_.active) return;
    size_t words = CountWords(paragraph_.builder->text());
    if (words >= kMinSummaryWords) {
      paragraph_.kind = ItemKind::kSummary;
    } else if (before_list && words > 0) {
      paragraph_.kind = ItemKind::kHeading;
      paragraph_.level = 2;
    } else {
      paragraph_.builder.reset();
      paragraph_.active = false;
      return;
    }
    Emit(&paragraph_);
  }

  void ParagraphBreak(size_t at) {
    CloseParagraph(false);
    cleaner_.ResetMath();
    if (item_.active) item_.builder->AppendBreak(at);
  }

  void PopContainersTo(size_t size) {
    while (containers_.size() > size) {
      if (containers_.back().nonprose) --nonprose_;
      containers_.pop_back();
    }
  }

  void PushContainer(bool env, size_t record, bool nonprose) {
    containers_.push_back({env, record, nonprose});
    if (nonprose) ++nonprose_;
  }

  void EndScope() {
    Scope scope = scopes_.back();
    scopes_.pop_back();
    if (item_.active && item_.scopes > scopes_.size()) CloseItem();
    CloseParagraph(false);
    PopContainersTo(scope.containers);
    CloseItemOutside();
  }

  // Cleans one argument on its own; "" when it has no text.
  std::string CleanArg(const TexArg& arg, SourceMap* map) {
    CleanTextBuilder builder(bytes_);
    cleaner_.CleanRange(arg.first, arg.last, &builder);
    return builder.TakeText(map);
  }

  // Where a label's ':' and the break after it are mapped: its closing delimiter.
  size_t ArgEnd(const TexArg& arg) const {
    return arg.group ? tokens_[arg.last].begin : tokens_[arg.first].end;
  }

  void AppendLabel(const TexArg& label) {
    SourceMap map;
    std::string text = CleanArg(label, &map);
    if (!IsTextLabel(text)) return;
    item_.builder->AppendCleaned(text, map);
    char last = text.back();
    if (last != ':' && last != '.' && last != '-' && last != '|') {
      item_.builder->AppendReplacement(":", ArgEnd(label), ArgEnd(label));
    }
    item_.builder->AppendBreak(ArgEnd(label));
  }

  // Emits a heading of `level` whose text is the arguments' texts joined by " | ".
  void EmitHeading(int level, size_t begin, const std::vector<TexArg>& args) {
    CloseParagraph(false);
    CloseItem();
    Open heading;
    Start(&heading, ItemKind::kHeading, begin);
    heading.level = level;
    for (const TexArg& arg : args) {
      SourceMap map;
      std::string text = CleanArg(arg, &map);
      if (text.empty()) continue;
      if (!heading.builder->empty()) {
        size_t at = tokens_[arg.first].begin;
        heading.builder->AppendReplacement(" | ", at, at);
      }
      heading.builder->AppendCleaned(text, map);
    }
    Emit(&heading);
  }

  // Reads `args` as the open item's text, in place, so lists inside them are found: a scope
  // ends the item after the last argument, with word breaks between arguments. Returns the
  // token to continue at.
  size_t ReadArgsAsItem(const std::vector<TexArg>& args) {
    for (size_t k = 0; k + 1 < args.size(); ++k) {
      if (args[k].group) cleaner_.BreakAt(args[k].last);
    }
    scopes_.push_back({args.back().next, containers_.size()});
    item_.scopes = scopes_.size();
    return args.front().first;
  }

  std::vector<TexArg> Mandatory(size_t* j, size_t limit, int count) {
    std::vector<TexArg> args;
    TexArg arg;
    while (static_cast<int>(args.size()) < count && args_.Mandatory(*j, limit, &arg)) {
      args.push_back(arg);
      *j = arg.next;
    }
    return args;
  }

  // Handles the structural command at `i`; false leaves it to the cleaner.
  bool Structure(size_t i, size_t limit, size_t* next) {
    const TexToken& t = tokens_[i];
    const MacroSpec spec = macros_.Lookup(CommandName(bytes_, t));
    size_t j = i + 1;
    switch (spec.role) {
      case MacroRole::kItem: {
        OpenItem(t.begin);
        TexArg label;
        if (args_.Optional(j, limit, true, &label)) {
          AppendLabel(label);
          j = label.next;
        }
        *next = j;
        return true;
      }
      case MacroRole::kSection:
      case MacroRole::kSubheading: {
        j = args_.Skip(j, limit, 0, spec.optional);
        std::vector<TexArg> title = Mandatory(&j, limit, 1);
        if (title.empty()) return false;
        CloseParagraph(false);
        CloseItem();
        const size_t before = out_.items.size();
        EmitHeading(spec.role == MacroRole::kSection ? 1 : spec.level, t.begin, title);
        if (spec.role == MacroRole::kSection && out_.items.size() == before) {
          section_.clear();  // an empty \section{} still ends the previous section
        }
        *next = j;
        return true;
      }
      case MacroRole::kBullet:
      case MacroRole::kLabeledBullet: {
        j = args_.Skip(j, limit, 0, spec.optional);
        std::vector<TexArg> args = Mandatory(&j, limit, spec.args);
        if (args.empty()) return false;
        OpenItem(t.begin);
        if (spec.role == MacroRole::kLabeledBullet) {
          AppendLabel(args.front());
          args.erase(args.begin());
          if (args.empty()) {
            CloseItem();
            *next = j;
            return true;
          }
        }
        if (args.size() == 1 && !args.front().group) {  // "\resumeItem x": one token
          cleaner_.CleanRange(args.front().first, args.front().last, item_.builder.get());
          CloseItem();
          *next = j;
          return true;
        }
        *next = ReadArgsAsItem(args);
        return true;
      }
      case MacroRole::kBulletPair: {
        j = args_.Skip(j, limit, 0, spec.optional);
        std::vector<TexArg> args = Mandatory(&j, limit, spec.args);
        const size_t per = spec.level > 0 ? static_cast<size_t>(spec.level) : 1;
        for (size_t k = 0; k + per <= args.size(); k += per) {
          OpenItem(tokens_[args[k].first].begin);
          if (per == 2) AppendLabel(args[k]);
          cleaner_.CleanRange(args[k + per - 1].first, args[k + per - 1].last, item_.builder.get());
          CloseItem();
        }
        *next = j;
        return true;
      }
      case MacroRole::kHeading: {
        j = args_.Skip(j, limit, 0, spec.optional);
        std::vector<TexArg> args = Mandatory(&j, limit, spec.args);
        if (args.empty()) return false;
        EmitHeading(2, t.begin, args);
        *next = j;
        return true;
      }
      case MacroRole::kEntry: {
        // moderncv's \cventry has six arguments, awesome-cv's five: take the groups present,
        // and the last one is the description.
        std::vector<TexArg> args;
        j = args_.Groups(j, limit, spec.optional, spec.args, &args);
        if (args.empty()) return false;
        const TexArg description = args.back();
        const bool has_description = args.size() >= 2;
        if (has_description) args.pop_back();
        EmitHeading(2, t.begin, args);
        if (!has_description || description.first == description.last) {
          *next = j;
          return true;
        }
        OpenItem(tokens_[description.first].begin);
        *next = ReadArgsAsItem({description});
        return true;
      }
      case MacroRole::kListBegin:
        CloseParagraph(true);
        CloseItemBeforeList();
        PushContainer(false, TexToken::kNone, false);
        *next = args_.Skip(j, limit, spec.args, spec.optional);
        return true;
      case MacroRole::kListEnd: {
        CloseParagraph(false);
        for (size_t k = containers_.size(); k > 0; --k) {
          if (!containers_[k - 1].env) {
            PopContainersTo(k - 1);
            break;
          }
        }
        CloseItemOutside();
        *next = args_.Skip(j, limit, spec.args, spec.optional);
        return true;
      }
      case MacroRole::kBeginEnv:
        return BeginEnvironment(i, limit, next);
      case MacroRole::kEndEnv: {
        if (t.partner == TexToken::kNone) return false;
        CloseParagraph(false);
        for (size_t k = containers_.size(); k > 0; --k) {
          if (containers_[k - 1].env && containers_[k - 1].record == t.partner) {
            PopContainersTo(k - 1);
            break;
          }
        }
        CloseItemOutside();
        TexArg name;
        *next = args_.Mandatory(j, limit, &name) ? name.next : j;
        return true;
      }
      case MacroRole::kParagraph:
        ParagraphBreak(t.begin);
        *next = j;
        return true;
      default:
        return false;
    }
  }

  bool BeginEnvironment(size_t i, size_t limit, size_t* next) {
    const TexToken& t = tokens_[i];
    if (t.partner == TexToken::kNone) return false;
    const TexEnvironment& record = envs_[t.partner];
    const EnvSpec spec = macros_.LookupEnv(record.name);
    const bool list =
        spec.role == EnvRole::kList || spec.role == EnvRole::kHeading || record.has_items;
    CloseParagraph(list);
    size_t j = record.args_at;
    if (spec.role == EnvRole::kSection || spec.role == EnvRole::kHeading) {
      j = args_.Skip(j, limit, 0, spec.optional);
      std::vector<TexArg> args = Mandatory(&j, limit, spec.args);
      if (spec.role == EnvRole::kSection) {
        if (args.size() > 1) args.resize(1);
        if (!args.empty()) EmitHeading(1, t.begin, args);
      } else if (!args.empty()) {
        EmitHeading(2, t.begin, args);
      }
    } else {
      j = args_.Skip(j, limit, spec.args, spec.optional);
      TexArg option;
      if (spec.optional == 0 && args_.Optional(j, limit, false, &option)) j = option.next;
    }
    if (list) CloseItemBeforeList();
    PushContainer(true, t.partner, spec.nonprose);
    *next = j;
    return true;
  }

  const std::string& bytes_;
  const std::vector<TexToken>& tokens_;
  const std::vector<TexEnvironment>& envs_;
  const MacroTable& macros_;
  TexCleaner cleaner_;
  TexArgs args_;
  Extraction out_;
  std::string section_;
  std::vector<Container> containers_;
  std::vector<Scope> scopes_;
  int nonprose_ = 0;
  Open item_;
  Open paragraph_;
};

// Stories: the document's bullets and summaries read as one story, each ending a sentence.
Extraction JoinStory(const SourceFile& file, const Extraction& parts) {
  Extraction out;
  Item story;
  story.kind = ItemKind::kStory;
  CleanTextBuilder builder(file.bytes());
  bool first = true;
  for (const Item& item : parts.items) {
    if (item.kind == ItemKind::kHeading) continue;
    if (first) story.begin = item.begin;
    first = false;
    if (!builder.empty()) builder.AppendBreak(item.begin);
    builder.AppendCleaned(item.text, item.map);
    char last = item.text.back();
    if (last != '.' && last != '!' && last != '?' && last != ':') {
      builder.AppendReplacement(".", item.end, item.end);
    }
    story.end = item.end;
  }
  story.text = builder.TakeText(&story.map);
  if (!story.text.empty()) out.items.push_back(std::move(story));
  return out;
}

}  // namespace

bool SniffLatex(const SourceFile& file) {
  const std::string& b = file.bytes();
  for (const char* marker :
       {"\\documentclass", "\\begin{", "\\item", "\\section", "\\resumeItem"}) {
    if (b.find(marker) != std::string::npos) return true;
  }
  return false;
}

Result<Extraction> ExtractLatex(const SourceFile& file, ExtractMode mode) {
  auto lexed = LexLatex(file);
  if (!lexed.ok()) return lexed.error();
  std::vector<TexToken> tokens = std::move(lexed.value());
  MacroTable macros;
  macros.Learn(file.bytes(), tokens);
  auto envs = MatchEnvironments(file, macros, &tokens);
  if (!envs.ok()) return envs.error();
  size_t first = 0, last = tokens.size();
  for (const TexEnvironment& env : envs.value()) {
    if (env.name == "document") {
      first = env.args_at;
      last = env.end_token;
      break;
    }
  }
  Extraction items = LatexWalker(file, tokens, envs.value(), macros).Run(first, last);
  if (mode == ExtractMode::kStories) return JoinStory(file, items);
  return items;
}

}  // namespace hirelint
