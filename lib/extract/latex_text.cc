#include "extract/latex_text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string_view>

namespace hirelint {
namespace {

void Source(CleanTextBuilder* out, size_t begin, size_t end) {
  if (out != nullptr && end > begin) out->AppendSource(begin, end);
}
void Replace(CleanTextBuilder* out, std::string_view text, size_t begin, size_t end) {
  if (out != nullptr) out->AppendReplacement(text, begin, end);
}
void Break(CleanTextBuilder* out, size_t at) {
  if (out != nullptr) out->AppendBreak(at);
}

size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

bool IsTexLetterByte(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A byte that can be part of a word: ASCII letters and digits, and any non-ASCII byte.
bool IsWordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// `base` followed by the combining `mark`, composed to one character where Unicode has one.
std::string Compose(std::string_view base, const char* mark) {
  std::string joined(base);
  joined += mark;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return joined;
  icu::UnicodeString composed = nfc->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(joined.data(), joined.size())), status);
  if (U_FAILURE(status)) return joined;
  std::string out;
  composed.toUTF8String(out);
  return out;
}

}  // namespace

void TexCleaner::CleanRange(size_t first, size_t last, CleanTextBuilder* out) {
  bool saved = math_;
  math_ = false;
  for (size_t i = first; i < last;) i = Step(i, last, out);
  math_ = saved;
}

size_t TexCleaner::Step(size_t i, size_t limit, CleanTextBuilder* out) {
  const TexToken& t = tokens_[i];
  switch (t.kind) {
    case TexKind::kText: {
      size_t from = t.begin;
      if (i == partial_token_) {
        from = partial_from_;
        partial_token_ = TexToken::kNone;
      }
      Text(t, from, out);
      return i + 1;
    }
    case TexKind::kSpace:
      if (math_) {
        MathSpace(i, limit, t, out);
      } else if (!AfterControlWord(i)) {
        Source(out, t.begin, t.end);
      }
      return i + 1;
    case TexKind::kParBreak:
      math_ = false;  // TeX does not allow a paragraph break in inline math
      Break(out, t.begin);
      return i + 1;
    case TexKind::kTilde:
      Replace(out, " ", t.begin, t.end);
      return i + 1;
    case TexKind::kAlign:
      Break(out, t.begin);
      return i + 1;
    case TexKind::kOpenBracket:
    case TexKind::kCloseBracket:
    case TexKind::kVerbatim:
      Source(out, t.begin, t.end);
      return i + 1;
    case TexKind::kMathShift:
      math_ = !math_;
      return i + 1;
    case TexKind::kEndGroup: {
      auto insert = inserts_.find(i);
      if (insert != inserts_.end()) {
        if (*insert->second == '\0') {
          Break(out, t.begin);
        } else {
          Replace(out, insert->second, t.begin, t.end);
        }
      }
      return i + 1;
    }
    case TexKind::kCommand:
      return Command(i, limit, out);
    case TexKind::kBeginGroup:
    case TexKind::kComment:
    case TexKind::kRaw:
      return i + 1;
  }
  return i + 1;
}

// TeX skips the blanks after a control word, so "\textbf {NSEP}" reads "NSEP" and
// "\textasciitilde 5" reads "~5" (and "\LaTeX is" reads "LaTeXis", as the PDF shows).
bool TexCleaner::AfterControlWord(size_t i) const {
  if (i == 0 || tokens_[i - 1].kind != TexKind::kCommand) return false;
  const TexToken& c = tokens_[i - 1];
  return IsTexLetterByte(bytes_[c.begin + 1]);
}

// Text mode: TeX's ligatures -- --- `` '' become the characters they print. Math mode keeps
// its characters as they are (x^2, 10^6, <, >).
void TexCleaner::Text(const TexToken& t, size_t from, CleanTextBuilder* out) {
  if (out == nullptr) return;
  if (math_) {
    Source(out, from, t.end);
    return;
  }
  size_t run = from;
  for (size_t p = from; p < t.end;) {
    char c = bytes_[p];
    const char* replacement = nullptr;
    size_t length = 0;
    if (c == '-' && p + 1 < t.end && bytes_[p + 1] == '-') {
      bool em = p + 2 < t.end && bytes_[p + 2] == '-';
      replacement = em ? "—" : "–";
      length = em ? 3 : 2;
    } else if (c == '`') {
      bool twice = p + 1 < t.end && bytes_[p + 1] == '`';
      replacement = twice ? "\"" : "'";
      length = twice ? 2 : 1;
    } else if (c == '\'' && p + 1 < t.end && bytes_[p + 1] == '\'') {
      replacement = "\"";
      length = 2;
    }
    if (replacement == nullptr) {
      ++p;
      continue;
    }
    Source(out, run, p);
    Replace(out, replacement, p, p + length);
    p += length;
    run = p;
  }
  Source(out, run, t.end);
}

// Blanks in math are not spaces in TeX; one is kept only between two word characters
// ("O(n \log n)" keeps "log n" apart, "\sim 30" reads "~30").
void TexCleaner::MathSpace(size_t i, size_t limit, const TexToken& t, CleanTextBuilder* out) {
  if (out == nullptr || out->empty() || !IsWordByte(out->text().back())) return;
  size_t next = args_.SkipBlanks(i + 1, limit);
  if (next >= limit) return;
  const TexToken& n = tokens_[next];
  bool word = false;
  if (n.kind == TexKind::kText) {
    word = IsWordByte(bytes_[n.begin]);
  } else if (n.kind == TexKind::kCommand) {
    MacroSpec spec = macros_.Lookup(CommandName(bytes_, n));
    word = spec.role == MacroRole::kSymbol && *spec.text != '\0' && IsWordByte(*spec.text);
  }
  if (word) Source(out, t.begin, t.end);
}

void TexCleaner::BreakBetweenArgs(size_t i, size_t limit, int count) {
  std::vector<TexArg> groups;
  args_.Groups(i, limit, 0, count, &groups);
  for (size_t k = 0; k + 1 < groups.size(); ++k) BreakAt(groups[k].last);
}

size_t TexCleaner::Command(size_t i, size_t limit, CleanTextBuilder* out) {
  const TexToken& t = tokens_[i];
  const std::string_view name = CommandName(bytes_, t);
  const MacroSpec spec = macros_.Lookup(name);
  switch (spec.role) {
    case MacroRole::kInline: {
      // The command vanishes; its {..} arguments are read as text by the following steps.
      // An unknown command's [option] is dropped only when it touches the command, so a
      // bracket in prose after it stays.
      size_t j = i + 1;
      TexArg option;
      if (spec.optional > 0) {
        j = args_.Skip(j, limit, 0, spec.optional);
      } else if (args_.Optional(j, limit, false, &option)) {
        j = option.next;
      }
      if (spec.args >= 2) BreakBetweenArgs(j, limit, spec.args);
      return j;
    }
    case MacroRole::kDrop: {
      size_t j = args_.Skip(i + 1, limit, spec.args, spec.optional);
      if (spec.breaks) Break(out, t.begin);
      return j;
    }
    case MacroRole::kKeepLast:
      if (spec.breaks) Break(out, t.begin);
      return args_.Skip(i + 1, limit, spec.args - 1, spec.optional);
    case MacroRole::kSymbol:
      Replace(out, spec.text, t.begin, t.end);
      return i + 1;
    case MacroRole::kAccent:
      return Accent(i, limit, spec, out);
    case MacroRole::kFraction: {
      TexArg numerator;
      if (args_.Mandatory(i + 1, limit, &numerator) && numerator.group) {
        inserts_[numerator.last] = "/";
      }
      return i + 1;
    }
    case MacroRole::kMathOpen:
      math_ = true;
      return i + 1;
    case MacroRole::kMathClose:
      math_ = false;
      return i + 1;
    case MacroRole::kItem:
    case MacroRole::kParagraph:
    case MacroRole::kListBegin:
    case MacroRole::kListEnd:
      Break(out, t.begin);
      return args_.Skip(i + 1, limit, spec.role == MacroRole::kItem ? 0 : spec.args, spec.optional);
    case MacroRole::kSection:
    case MacroRole::kSubheading:
    case MacroRole::kBullet:
    case MacroRole::kLabeledBullet:
    case MacroRole::kBulletPair:
    case MacroRole::kHeading:
    case MacroRole::kEntry: {
      // Read inline (inside a heading's argument, say): the arguments are text, apart.
      Break(out, t.begin);
      size_t j = args_.Skip(i + 1, limit, 0, spec.optional);
      BreakBetweenArgs(j, limit, spec.args);
      return j;
    }
    case MacroRole::kBeginEnv:
    case MacroRole::kEndEnv: {
      Break(out, t.begin);
      TexArg env;
      if (!args_.Mandatory(i + 1, limit, &env)) return i + 1;
      if (spec.role == MacroRole::kEndEnv || !env.group) return env.next;
      EnvSpec e = macros_.LookupEnv(GroupText(bytes_, tokens_, env.first - 1));
      if (e.role == EnvRole::kTransparent) return args_.Skip(env.next, limit, e.args, e.optional);
      return env.next;
    }
    case MacroRole::kDefinition: {
      TexDefinition def;
      if (ParseDefinition(bytes_, tokens_, i, limit, &def)) return def.next;
      return i + 1;
    }
  }
  return i + 1;
}

// \'e, \'{e}, \c c, \'{\i}: the accent and the character it sits on become one replacement
// spanning both in the source. The rest of a text token after that character is read by the
// next Step. \~{} and \^{} print the mark itself.
size_t TexCleaner::Accent(size_t i, size_t limit, const MacroSpec& spec, CleanTextBuilder* out) {
  const TexToken& t = tokens_[i];
  const std::string_view name = CommandName(bytes_, t);
  bool word =
      name.size() > 1 || (name[0] >= 'a' && name[0] <= 'z') || (name[0] >= 'A' && name[0] <= 'Z');
  size_t j = word ? args_.SkipBlanks(i + 1, limit) : i + 1;
  if (j >= limit) return i + 1;
  size_t base = j;
  if (tokens_[j].kind == TexKind::kBeginGroup) {
    if (tokens_[j].partner >= limit) return i + 1;
    if (tokens_[j].partner == j + 1) {  // an empty group: the mark alone
      if (name == "~" || name == "^") Replace(out, name, t.begin, tokens_[j + 1].end);
      return j + 2;
    }
    base = j + 1;
  }
  const TexToken& b = tokens_[base];
  if (b.kind == TexKind::kCommand) {
    std::string_view letter = CommandName(bytes_, b);
    if (letter != "i" && letter != "j") return i + 1;
    Replace(out, Compose(letter, spec.text), t.begin, b.end);
    return base + 1;
  }
  if (b.kind != TexKind::kText) return i + 1;
  size_t length = Utf8Length(static_cast<unsigned char>(bytes_[b.begin]));
  if (b.begin + length > b.end) length = b.end - b.begin;
  Replace(out, Compose(std::string_view(bytes_).substr(b.begin, length), spec.text), t.begin,
          b.begin + length);
  if (b.begin + length < b.end) {
    partial_token_ = base;
    partial_from_ = b.begin + length;
    return base;
  }
  return base + 1;
}

}  // namespace hirelint
