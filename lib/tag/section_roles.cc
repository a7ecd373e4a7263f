#include "tag/section_roles.h"

#include <cctype>

#include "tokenize/tokenizer.h"

namespace hirelint {
namespace {

bool ContainsWord(const std::string& text, const std::string& word) {
  size_t at = 0;
  while ((at = text.find(word, at)) != std::string::npos) {
    bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    size_t end = at + word.size();
    bool right = end >= text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
    if (left && right) return true;
    at = end;
  }
  return false;
}

}  // namespace

SectionRoles::SectionRoles(const std::map<std::string, std::vector<std::string>>& roles) {
  for (const auto& [role, words] : roles) {
    std::vector<std::string> folded;
    for (const auto& w : words) folded.push_back(Tokenizer::Fold(w));
    roles_.emplace_back(role, std::move(folded));
  }
}

std::string SectionRoles::RoleOf(const std::string& section) const {
  if (section.empty()) return "other";
  std::string folded = Tokenizer::Fold(section);
  // Longest matching word wins, so "work experience" beats "work" and "project management
  // experience" is still experience, not projects.
  std::string best = "other";
  size_t best_length = 0;
  for (const auto& [role, words] : roles_) {
    for (const auto& w : words) {
      if (w.size() > best_length && ContainsWord(folded, w)) {
        best = role;
        best_length = w.size();
      }
    }
  }
  return best;
}

}  // namespace hirelint
