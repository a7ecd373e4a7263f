// Properties every rewrite must have, checked on every bullet of every CV in samples/ and
// tests/fixtures/corpus/ (files no extractor reads are skipped, so CVs added there in other
// formats join the check once their extractor exists):
//   - the numbers and the tool/model names of the original all appear in the rewrite, and the
//     rewrite holds no number the original did not;
//   - at most two slots, each verbatim in the rewrite;
//   - filling each slot with a figure of its kind and rewriting again asks for no slot of a
//     kind that was filled.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "support/test_support.h"

namespace hirelint {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> CvFiles() {
  std::vector<std::string> out;
  for (const char* dir : {"samples", "tests/fixtures/corpus"}) {
    for (const auto& entry : fs::recursive_directory_iterator(testing::SourcePath(dir))) {
      if (entry.is_regular_file() && IsSupportedPath(entry.path().string())) {
        out.push_back(entry.path().string());
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool HasDigit(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Tokens with a digit ("120", "12k", "0.87"), as written.
std::multiset<std::string> Numbers(const std::string& text, const ItemTags& tags) {
  std::multiset<std::string> out;
  for (const Token& t : tags.tokens) {
    std::string written = text.substr(t.begin, t.end - t.begin);
    if (HasDigit(written)) out.insert(written);
  }
  return out;
}

// Tool names from the lexicon and words with a capital after their first letter ("PyTorch",
// "LSTM", "DistilBERT"), as written.
std::multiset<std::string> Names(const std::string& text, const ItemTags& tags) {
  std::multiset<std::string> out;
  for (const CategoryHit* h : tags.Hits("tools"))
    out.insert(text.substr(h->begin, h->end - h->begin));
  for (const Token& t : tags.tokens) {
    std::string written = text.substr(t.begin, t.end - t.begin);
    if (std::any_of(written.begin() + (written.empty() ? 0 : 1), written.end(),
                    [](char c) { return c >= 'A' && c <= 'Z'; })) {
      out.insert(written);
    }
  }
  return out;
}

bool Contains(const std::multiset<std::string>& big, const std::multiset<std::string>& small) {
  return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

// A figure of each slot's kind, as a user would write it.
const std::map<std::string, std::string>& Fills() {
  static const std::map<std::string, std::string> kFills = {
      {"impact", "cutting p99 latency from 120 ms to 68 ms"},
      {"evaluation", "AUC from 0.78 to 0.86 offline"},
      {"serving", "served behind FastAPI on Kubernetes at 40 ms p95 latency"},
      {"monitoring", "with drift alerts in Grafana"},
      {"scale", "for 2M users at 9,000 requests per second"},
      {"problem", "fraud detection"},
  };
  return kFills;
}

std::string EscapeMarkdown(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::string("\\`*_<>[]").find(c) != std::string::npos) out += '\\';
    out += c;
  }
  return out;
}

// The rewrite of `text` as a bullet under a heading `section` (so it has the same role).
Rewrite RewriteAgain(const std::string& section, const std::string& text) {
  std::string doc = section.empty() ? "" : "## " + EscapeMarkdown(section) + "\n\n";
  doc += "- " + EscapeMarkdown(text) + "\n";
  FileResult r = testing::ProcessText("again.md", doc);
  for (size_t i = 0; i < r.items.size(); ++i) {
    if (r.items[i].kind == ItemKind::kBullet) return r.rewrites.at(i);
  }
  FAIL("no bullet in: " << doc);
  return Rewrite();
}

TEST_CASE("Rewrite properties over every bullet of the sample and corpus CVs") {
  const Engine& engine = testing::SharedEngine();
  const size_t max_slots = engine.rewriter().spec().max_slots;
  REQUIRE(max_slots == 2);
  std::vector<std::string> files = CvFiles();
  REQUIRE(files.size() >= 4);  // samples/cv.md, samples/cv.txt and the Markdown corpus
  size_t bullets = 0, rewritten = 0, filled = 0;
  for (const std::string& path : files) {
    CAPTURE(path);
    FileResult file = engine.Run(path, RunOptions());
    REQUIRE(!file.error);
    REQUIRE(file.rewrites.size() == file.items.size());
    for (size_t i = 0; i < file.items.size(); ++i) {
      const Item& item = file.items[i];
      if (item.kind != ItemKind::kBullet) continue;
      ++bullets;
      const Rewrite& r = file.rewrites[i];
      if (!r.rewritten()) {
        CHECK(r.slots.empty());
        CHECK(r.text.empty());
        continue;
      }
      ++rewritten;
      CAPTURE(item.text);
      CAPTURE(r.text);
      CHECK(!r.reasons.empty());
      const ItemTags& before = file.tags[i];
      ItemTags after = engine.tagger().Tag(r.text);
      CHECK(Contains(Numbers(r.text, after), Numbers(item.text, before)));
      CHECK(Contains(Numbers(item.text, before), Numbers(r.text, after)));  // no new figure
      CHECK(Contains(Names(r.text, after), Names(item.text, before)));
      CHECK(r.slots.size() <= max_slots);
      std::set<std::string> asked;
      std::string text = r.text;
      // Fill from the last slot back so earlier offsets stay valid.
      for (auto s = r.slots.rbegin(); s != r.slots.rend(); ++s) {
        REQUIRE(text.compare(s->offset, s->text.size(), s->text) == 0);
        auto fill = Fills().find(s->stage);
        REQUIRE_MESSAGE(fill != Fills().end(), "no fill for a " << s->stage << " slot");
        text.replace(s->offset, s->text.size(), fill->second);
        asked.insert(s->stage);
      }
      if (asked.empty()) continue;
      ++filled;
      CAPTURE(text);
      Rewrite again = RewriteAgain(item.section, text);
      for (const RewriteSlot& s : again.slots) {
        CAPTURE(again.text);
        CHECK_MESSAGE(asked.count(s.stage) == 0, "asks again for " << s.stage);
      }
    }
  }
  MESSAGE(bullets << " bullets, " << rewritten << " rewritten, " << filled << " filled again");
  CHECK(bullets >= 60);
  CHECK(rewritten >= 30);
  CHECK(filled >= 30);
}

}  // namespace
}  // namespace hirelint
