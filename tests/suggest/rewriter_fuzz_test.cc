// Thousands of generated bullets, mixing openers, passives, "by" clauses, impact verbs,
// brackets, numbers and names: the rewriter never fails, keeps every number, adds none, and
// keeps its slot contract. Deterministic (a fixed seed), so a failure reproduces.

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>

#include "support/test_support.h"

namespace hirelint {
namespace {

std::multiset<std::string> Numbers(const std::string& text) {
  std::multiset<std::string> out;
  for (const Token& t : testing::SharedEngine().tagger().tokenizer().Tokenize(text)) {
    std::string written = text.substr(t.begin, t.end - t.begin);
    if (std::any_of(written.begin(), written.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      out.insert(written);
    }
  }
  return out;
}

TEST_CASE("Rewriter: generated bullets keep the contract") {
  const std::vector<std::string> pool = {"Responsible for",
                                         "Helped",
                                         "helped build",
                                         "Worked on",
                                         "worked with the data team",
                                         "I",
                                         "was",
                                         "retrained",
                                         "by",
                                         "me",
                                         "by caching",
                                         "and parallelising",
                                         "Cut",
                                         "reduced",
                                         "which reduced",
                                         ", reducing",
                                         "latency",
                                         "from 120 ms to 68 ms",
                                         "by 18%",
                                         "$12k/month",
                                         "3,500",
                                         "2.3M requests/day",
                                         "PyTorch",
                                         "Kubernetes",
                                         "DistilBERT",
                                         "a churn model",
                                         "the migration",
                                         "of",
                                         "the development of",
                                         "(AUC 0.86 offline)",
                                         "(",
                                         ")",
                                         ",",
                                         ":",
                                         "various",
                                         "successfully",
                                         "leveraged",
                                         "large-scale",
                                         "data pipelines",
                                         "training",
                                         "Lead",
                                         "Help-desk",
                                         "tickets",
                                         "with the risk team",
                                         "deployed",
                                         "to production",
                                         ".",
                                         "Ticket router:",
                                         "[internal]",
                                         "*",
                                         "_",
                                         "—",
                                         "é",
                                         "the",
                                         "a",
                                         "for fraud detection"};
  std::mt19937 rng(20240601);
  std::string doc = "## Experience\n\n";
  std::vector<std::string> bullets;
  for (int n = 0; n < 3000; ++n) {
    std::uniform_int_distribution<int> length(1, 14);
    std::uniform_int_distribution<size_t> pick(0, pool.size() - 1);
    std::string bullet;
    for (int k = length(rng); k > 0; --k) bullet += (bullet.empty() ? "" : " ") + pool[pick(rng)];
    bullets.push_back(bullet);
    doc += "- " + bullet + "\n";
  }
  FileResult file = testing::ProcessText("fuzz.md", doc);
  REQUIRE(!file.error);
  const size_t max_slots = testing::SharedEngine().rewriter().spec().max_slots;
  size_t rewritten = 0;
  for (size_t i = 0; i < file.items.size(); ++i) {
    const Item& item = file.items[i];
    const Rewrite& r = file.rewrites[i];
    if (item.kind != ItemKind::kBullet || !r.rewritten()) continue;
    ++rewritten;
    CAPTURE(item.text);
    CAPTURE(r.text);
    CHECK(Numbers(r.text) == Numbers(item.text));
    CHECK(r.slots.size() <= max_slots);
    for (const RewriteSlot& s : r.slots) {
      REQUIRE(s.offset + s.text.size() <= r.text.size());
      CHECK(r.text.compare(s.offset, s.text.size(), s.text) == 0);
    }
    CHECK(r.text != item.text);
  }
  CHECK(rewritten > 500);
}

}  // namespace
}  // namespace hirelint
