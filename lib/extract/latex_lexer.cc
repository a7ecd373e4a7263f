#include "extract/latex_lexer.h"

#include <cstring>
#include <optional>

namespace hirelint {
namespace {

bool IsTexLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsTexBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
// Characters that end a text run: TeX's special characters and blanks.
bool EndsText(char c) { return IsTexBlank(c) || std::strchr("\\{}[]$%~&", c) != nullptr; }

size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

// Environments whose body is not LaTeX: it is skipped as raw text up to its \end.
constexpr const char* kRawEnvironments[] = {
    "verbatim", "verbatim*", "Verbatim",  "lstlisting",   "minted",
    "comment",  "alltt",     "BVerbatim", "filecontents", "filecontents*"};

class Lexer {
 public:
  explicit Lexer(const SourceFile& file) : file_(file), s_(file.bytes()) {}

  Result<std::vector<TexToken>> Run() {
    const size_t n = s_.size();
    size_t i = file_.bom_length();
    while (i < n) {
      char c = s_[i];
      if (c == '\\') {
        auto next = Command(i);
        if (!next.ok()) return next.error();
        i = next.value();
        continue;
      }
      if (c == '%') {
        i = Comment(i);
        continue;
      }
      if (IsTexBlank(c)) {
        i = Blanks(i);
        continue;
      }
      switch (c) {
        case '{':
          if (url_state_ == UrlState::kExpectGroup) {
            i = UrlGroup(i);
            continue;
          }
          Emit(TexKind::kBeginGroup, i, i + 1);
          break;
        case '}':
          Emit(TexKind::kEndGroup, i, i + 1);
          break;
        case '[':
          Emit(TexKind::kOpenBracket, i, i + 1);
          if (url_state_ == UrlState::kExpectGroup) url_state_ = UrlState::kInOption;
          ++i;
          continue;
        case ']':
          Emit(TexKind::kCloseBracket, i, i + 1);
          if (url_state_ == UrlState::kInOption) url_state_ = UrlState::kExpectGroup;
          ++i;
          continue;
        case '$':
          Emit(TexKind::kMathShift, i, i + 1 < n && s_[i + 1] == '$' ? i + 2 : i + 1);
          i = tokens_.back().end;
          continue;
        case '~':
          Emit(TexKind::kTilde, i, i + 1);
          break;
        case '&':
          Emit(TexKind::kAlign, i, i + 1);
          break;
        default: {
          size_t j = i;
          while (j < n && !EndsText(s_[j])) ++j;
          EmitText(TexKind::kText, i, j);
          i = j;
          continue;
        }
      }
      ++i;
    }
    if (auto error = MatchBraces()) return *error;
    return std::move(tokens_);
  }

 private:
  // \url{..} and \href{..}{..} take their first argument verbatim ('%' and '#' are common in
  // URLs); the state tracks "command seen, maybe an [option], then the group".
  enum class UrlState { kNone, kExpectGroup, kInOption };

  void Emit(TexKind kind, size_t begin, size_t end) {
    TexToken t;
    t.kind = kind;
    t.begin = begin;
    t.end = end;
    t.name_end = end;
    tokens_.push_back(t);
    if (url_state_ == UrlState::kExpectGroup && kind != TexKind::kSpace &&
        kind != TexKind::kOpenBracket && kind != TexKind::kComment) {
      url_state_ = UrlState::kNone;
    }
  }

  // Text inside a URL option ("[pdfnewwindow=true]") must not cancel the URL state.
  void EmitText(TexKind kind, size_t begin, size_t end) {
    UrlState saved = url_state_;
    Emit(kind, begin, end);
    if (saved == UrlState::kInOption) url_state_ = saved;
  }

  size_t Blanks(size_t i) {
    size_t j = i;
    int breaks = 0;
    while (j < s_.size() && IsTexBlank(s_[j])) {
      if (s_[j] == '\n' || (s_[j] == '\r' && (j + 1 >= s_.size() || s_[j + 1] != '\n'))) ++breaks;
      ++j;
    }
    Emit(breaks >= 2 ? TexKind::kParBreak : TexKind::kSpace, i, j);
    return j;
  }

  // A comment eats its line break and the next line's indent, as in TeX; a blank line right
  // after it still ends the paragraph, so the eaten break is remembered.
  size_t Comment(size_t i) {
    size_t j = i;
    while (j < s_.size() && s_[j] != '\n' && s_[j] != '\r') ++j;
    bool had_break = j < s_.size();
    if (j < s_.size()) j += (s_[j] == '\r' && j + 1 < s_.size() && s_[j + 1] == '\n') ? 2 : 1;
    while (j < s_.size() && (s_[j] == ' ' || s_[j] == '\t')) ++j;
    Emit(TexKind::kComment, i, j);
    if (had_break && j < s_.size() && (s_[j] == '\n' || s_[j] == '\r')) {
      // The next line is blank: together with the eaten break that is a paragraph break.
      size_t k = j;
      while (k < s_.size() && IsTexBlank(s_[k])) ++k;
      Emit(TexKind::kParBreak, j, k);
      return k;
    }
    return j;
  }

  Result<size_t> Command(size_t i) {
    const size_t n = s_.size();
    if (i + 1 >= n) {  // a lone backslash at the end of the file
      Emit(TexKind::kText, i, n);
      return n;
    }
    size_t j = i + 1;
    if (IsTexLetter(s_[j])) {
      while (j < n && IsTexLetter(s_[j])) ++j;
    } else {
      j += Utf8Length(static_cast<unsigned char>(s_[j]));
      if (j > n) j = n;
    }
    size_t name_end = j;
    bool word = IsTexLetter(s_[i + 1]);
    if (j < n && s_[j] == '*' && (word || s_[i + 1] == '\\')) ++j;
    std::string_view name(s_.data() + i + 1, name_end - i - 1);
    Emit(TexKind::kCommand, i, j);
    tokens_.back().name_end = name_end;
    if (name == "url" || name == "href" || name == "nolinkurl") {
      url_state_ = UrlState::kExpectGroup;
      return j;
    }
    if (name == "verb") return Verb(j);
    if (name == "iffalse") return IfFalse(i, j);
    if (name == "begin") return BeginRaw(i, j);
    if (name == "end" && s_.compare(j, 10, "{document}") == 0) {
      EmitNameGroup(j, j + 10);
      return n;  // LaTeX ignores everything after \end{document}
    }
    return j;
  }

  // \verb|code|: the text between the delimiters, which may not span lines.
  size_t Verb(size_t j) {
    const size_t n = s_.size();
    if (j >= n || IsTexBlank(s_[j])) return j;
    char delimiter = s_[j];
    size_t k = j + 1;
    while (k < n && s_[k] != delimiter && s_[k] != '\n' && s_[k] != '\r') ++k;
    Emit(TexKind::kVerbatim, j + 1, k);
    return k < n && s_[k] == delimiter ? k + 1 : k;
  }

  // \iffalse .. \fi (nested \if.. \fi pairs counted): disabled content, skipped.
  Result<size_t> IfFalse(size_t command, size_t j) {
    const size_t n = s_.size();
    int depth = 1;
    size_t k = j;
    while (k < n) {
      if (s_[k] == '%') {  // a commented-out \fi does not count
        while (k < n && s_[k] != '\n' && s_[k] != '\r') ++k;
        continue;
      }
      if (s_[k] != '\\') {
        ++k;
        continue;
      }
      size_t w = k + 1;
      while (w < n && IsTexLetter(s_[w])) ++w;
      std::string_view word(s_.data() + k + 1, w - k - 1);
      if (word == "fi") {
        if (--depth == 0) {
          Emit(TexKind::kRaw, j, w);
          return w;
        }
      } else if (word.size() > 2 && word.compare(0, 2, "if") == 0) {
        ++depth;
      }
      k = w > k + 1 ? w : k + 2;
    }
    return LatexError(file_, command, "\\iffalse is never closed; add the \\fi that ends it");
  }

  void EmitNameGroup(size_t open, size_t close) {
    Emit(TexKind::kBeginGroup, open, open + 1);
    Emit(TexKind::kText, open + 1, close - 1);
    Emit(TexKind::kEndGroup, close - 1, close);
  }

  // \begin{verbatim} and the like: the body up to the matching \end is raw text.
  Result<size_t> BeginRaw(size_t command, size_t j) {
    for (const char* env : kRawEnvironments) {
      size_t len = std::strlen(env);
      if (j + len + 2 > s_.size() || s_[j] != '{' || s_.compare(j + 1, len, env) != 0 ||
          s_[j + 1 + len] != '}') {
        continue;
      }
      size_t body = j + len + 2;
      EmitNameGroup(j, body);
      std::string end = std::string("\\end{") + env + "}";
      size_t stop = s_.find(end, body);
      if (stop == std::string::npos) {
        return LatexError(file_, command,
                          std::string("environment '") + env + "' is never closed; add " + end);
      }
      if (stop > body) Emit(TexKind::kRaw, body, stop);
      return stop;
    }
    return j;
  }

  // The group after \url or \href: everything up to the matching '}' is one raw token.
  size_t UrlGroup(size_t open) {
    url_state_ = UrlState::kNone;
    int depth = 0;
    for (size_t k = open; k < s_.size(); ++k) {
      if (s_[k] == '\\' && k + 1 < s_.size()) {
        ++k;
      } else if (s_[k] == '{') {
        ++depth;
      } else if (s_[k] == '}' && --depth == 0) {
        Emit(TexKind::kBeginGroup, open, open + 1);
        if (k > open + 1) Emit(TexKind::kRaw, open + 1, k);
        Emit(TexKind::kEndGroup, k, k + 1);
        return k + 1;
      }
    }
    // Never closed: lex it as ordinary text so brace matching reports the '{'.
    Emit(TexKind::kBeginGroup, open, open + 1);
    return open + 1;
  }

  std::optional<Error> MatchBraces() {
    std::vector<size_t> open;
    for (size_t t = 0; t < tokens_.size(); ++t) {
      if (tokens_[t].kind == TexKind::kBeginGroup) {
        open.push_back(t);
      } else if (tokens_[t].kind == TexKind::kEndGroup) {
        if (open.empty()) {
          return LatexError(file_, tokens_[t].begin,
                            "unmatched '}': no '{' is open here; remove it or add the '{' it "
                            "closes");
        }
        tokens_[t].partner = open.back();
        tokens_[open.back()].partner = t;
        open.pop_back();
      }
    }
    if (!open.empty()) {
      // The first unclosed '{' in the file: later ones usually nest inside it.
      return LatexError(file_, tokens_[open.front()].begin,
                        "unterminated group: this '{' is never closed; add the matching '}'");
    }
    return std::nullopt;
  }

  const SourceFile& file_;
  const std::string& s_;
  std::vector<TexToken> tokens_;
  UrlState url_state_ = UrlState::kNone;
};

}  // namespace

Error LatexError(const SourceFile& file, size_t offset, std::string message) {
  return InputErrorAt(file, offset, std::move(message));
}

Result<std::vector<TexToken>> LexLatex(const SourceFile& file) { return Lexer(file).Run(); }

}  // namespace hirelint
