#pragma once
// Classifies a section heading ("Professional Experience", "Technical Skills") into a role
// from sections.yaml ("experience", "skills", ...), so rules can skip sections where they do
// not apply. A heading that matches no role is "other"; an item with no section is "other".

#include <map>
#include <string>
#include <vector>

namespace hirelint {

class SectionRoles {
 public:
  explicit SectionRoles(const std::map<std::string, std::vector<std::string>>& roles);
  // The role whose longest word the folded heading contains as a whole word.
  std::string RoleOf(const std::string& section) const;

 private:
  std::vector<std::pair<std::string, std::vector<std::string>>> roles_;
};

}  // namespace hirelint
