#include "extract/latex_args.h"

namespace hirelint {

size_t TexArgs::SkipBlanks(size_t i, size_t limit) const {
  while (i < limit &&
         (tokens_[i].kind == TexKind::kSpace || tokens_[i].kind == TexKind::kComment)) {
    ++i;
  }
  return i;
}

bool TexArgs::Optional(size_t i, size_t limit, bool allow_blanks, TexArg* arg) const {
  size_t open = allow_blanks ? SkipBlanks(i, limit) : i;
  if (open >= limit || tokens_[open].kind != TexKind::kOpenBracket) return false;
  for (size_t k = open + 1; k < limit;) {
    switch (tokens_[k].kind) {
      case TexKind::kBeginGroup:
        if (tokens_[k].partner >= limit) return false;
        k = tokens_[k].partner + 1;  // braces hide a ']' (label={]})
        break;
      case TexKind::kCloseBracket:
        arg->first = open + 1;
        arg->last = k;
        arg->next = k + 1;
        arg->group = true;
        return true;
      case TexKind::kEndGroup:
      case TexKind::kParBreak:
        return false;  // not an optional argument: a '[' in prose
      default:
        ++k;
    }
  }
  return false;
}

bool TexArgs::Mandatory(size_t i, size_t limit, TexArg* arg) const {
  size_t at = SkipBlanks(i, limit);
  if (at >= limit) return false;
  const TexToken& t = tokens_[at];
  switch (t.kind) {
    case TexKind::kBeginGroup:
      if (t.partner >= limit) return false;
      arg->first = at + 1;
      arg->last = t.partner;
      arg->next = t.partner + 1;
      arg->group = true;
      return true;
    case TexKind::kEndGroup:
    case TexKind::kParBreak:
    case TexKind::kCloseBracket:
    case TexKind::kAlign:
      return false;
    default:
      arg->first = at;
      arg->last = at + 1;
      arg->next = at + 1;
      arg->group = false;
      return true;
  }
}

size_t TexArgs::Skip(size_t i, size_t limit, int mandatory, int optional) const {
  bool consumed = false;
  while (true) {
    TexArg arg;
    // Optional arguments come before or between mandatory ones; after the last mandatory
    // argument a '[' is prose ("\section{Projects} [2019]").
    if (optional > 0 && (mandatory > 0 || !consumed) && Optional(i, limit, true, &arg)) {
      i = arg.next;
      --optional;
      consumed = true;
      continue;
    }
    if (mandatory > 0 && Mandatory(i, limit, &arg)) {
      i = arg.next;
      --mandatory;
      consumed = true;
      continue;
    }
    return i;
  }
}

size_t TexArgs::Groups(size_t i, size_t limit, int optional, int max_args,
                       std::vector<TexArg>* args) const {
  TexArg arg;
  while (optional > 0 && Optional(i, limit, true, &arg)) {
    i = arg.next;
    --optional;
  }
  while (static_cast<int>(args->size()) < max_args) {
    size_t at = SkipBlanks(i, limit);
    if (at >= limit || tokens_[at].kind != TexKind::kBeginGroup || tokens_[at].partner >= limit) {
      break;
    }
    Mandatory(at, limit, &arg);
    args->push_back(arg);
    i = arg.next;
  }
  return i;
}

}  // namespace hirelint
