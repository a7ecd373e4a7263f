// The rewriter on single bullets: opener verbs, passive voice, reordering, slot choice, the
// two-slot limit, complete bullets, and that numbers and names survive.

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "support/test_support.h"

namespace hirelint {
namespace {

struct Rewritten {
  Rewrite rewrite;
  FileResult file;
};

// The rewrite of `bullet` as the only bullet under a `section` heading of a Markdown CV.
Rewritten RewriteOf(const std::string& bullet, const std::string& section = "Experience") {
  Rewritten out;
  out.file = testing::ProcessText("cv.md", "## " + section + "\n\n- " + bullet + "\n");
  for (size_t i = 0; i < out.file.items.size(); ++i) {
    if (out.file.items[i].kind == ItemKind::kBullet) {
      out.rewrite = out.file.rewrites.at(i);
      return out;
    }
  }
  FAIL("no bullet extracted from: " << bullet);
  return out;
}

std::string TextOf(const std::string& bullet) {
  Rewritten r = RewriteOf(bullet);
  CAPTURE(bullet);
  CHECK(r.rewrite.status == RewriteStatus::kRewritten);
  return r.rewrite.text;
}

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

std::vector<std::string> SlotStages(const Rewrite& r) {
  std::vector<std::string> out;
  for (const RewriteSlot& s : r.slots) out.push_back(s.stage);
  return out;
}

TEST_CASE("Rewriter: a weak opener becomes an action verb chosen by the bullet") {
  CHECK(StartsWith(TextOf("Responsible for the ranking service used by the search team."),
                   "Owned the ranking service used by the search team"));
  CHECK(
      StartsWith(TextOf("Helped build a fraud detection model."), "Built a fraud detection model"));
  CHECK(StartsWith(TextOf("Responsible for maintaining the billing service."),
                   "Maintained the billing service"));
  CHECK(StartsWith(TextOf("Worked on the development of a churn model in PyTorch."),
                   "Developed a churn model in PyTorch"));
  CHECK(StartsWith(TextOf("Helped with API documentation for the payments team."),
                   "Wrote API documentation for the payments team"));
  CHECK(StartsWith(TextOf("Helped with the migration to Kubernetes."),
                   "Delivered the migration to Kubernetes"));
  CHECK(StartsWith(TextOf("Worked on various internal tools and scripts for the risk team."),
                   "Built internal tools and scripts for the risk team"));
}

TEST_CASE("Rewriter: 'Co-' when others are named, a people verb before people") {
  CHECK(StartsWith(TextOf("Helped build a fraud detection model with the risk team."),
                   "Co-built a fraud detection model with the risk team"));
  CHECK(StartsWith(TextOf("Helped build a fraud detection model."), "Built "));
  CHECK(StartsWith(TextOf("Worked with the data science team to ship a pricing model."),
                   "Partnered with the data science team to ship a pricing model"));
}

TEST_CASE("Rewriter: an ambiguous gerund stays a noun before a noun") {
  CHECK(StartsWith(TextOf("Responsible for training a churn model in PyTorch."),
                   "Trained a churn model in PyTorch"));
  CHECK(StartsWith(TextOf("Worked on training infrastructure for the vision team."),
                   "Built training infrastructure for the vision team"));
}

TEST_CASE("Rewriter: 'I', a misspelt 'Lead' and a label keep the bullet's shape") {
  CHECK(StartsWith(TextOf("I built a feature store in Redis."), "Built a feature store in Redis"));
  CHECK(StartsWith(TextOf("Lead the migration of services to Kubernetes."),
                   "Led the migration of services to Kubernetes"));
  CHECK(StartsWith(TextOf("Ticket router: helped build a DistilBERT classifier."),
                   "Ticket router: built a DistilBERT classifier"));
}

TEST_CASE("Rewriter: passive voice becomes active only when the subject is clear") {
  CHECK(StartsWith(TextOf("The fraud model was retrained weekly by me."),
                   "Retrained the fraud model weekly"));
  Rewritten unclear = RewriteOf("The fraud model was retrained weekly.");
  CHECK(unclear.rewrite.status == RewriteStatus::kNoVerb);
  CHECK(unclear.rewrite.text.empty());
}

TEST_CASE("Rewriter: an impact stated before its cause moves after the work") {
  std::string t = TextOf(
      "Helped cut CI build time from 40 min to 12 min by caching Docker layers and parallelising "
      "tests.");
  CHECK(StartsWith(t, "Cached Docker layers and parallelised tests"));
  CHECK(t.find("cutting CI build time from 40 min to 12 min") != std::string::npos);
  CHECK(t.find("cutting") > t.find("parallelised"));
  CHECK(t.back() == '.');

  std::string which =
      TextOf("Implemented an anomaly detector which reduced alert noise for the SRE team.");
  CHECK(which.find("which") == std::string::npos);
  CHECK(which.find(", reducing alert noise for the SRE team") != std::string::npos);
  // Slots about the work come before the impact clause, the impact slot after it.
  Rewritten r =
      RewriteOf("Implemented an anomaly detector which reduced alert noise for the SRE team.");
  for (const RewriteSlot& s : r.rewrite.slots) {
    size_t clause = r.rewrite.text.find("reducing");
    if (s.stage == "impact") {
      CHECK(s.offset > clause);
    } else {
      CHECK(s.offset < clause);
    }
  }
}

TEST_CASE("Rewriter: a closing problem clause moves first: problem, solution, impact") {
  CHECK(TextOf("Helped build a churn model in PyTorch to reduce customer churn.") ==
        "To reduce customer churn, built a churn model in PyTorch, [evaluation: offline metric or "
        "A/B result], [serving: where it runs, latency or throughput].");
  CHECK(TextOf("Helped cut build time from 40 min to 12 min by caching layers to speed up "
               "releases.") ==
        "To speed up releases, cached layers, cutting build time from 40 min to 12 min.");
  CHECK(StartsWith(TextOf("Ticket router: helped fine-tune a DistilBERT classifier to cut support "
                          "load."),
                   "Ticket router: to cut support load, fine-tuned a DistilBERT classifier, "));
  // Not the end of the sentence: it stays where it is.
  CHECK(StartsWith(TextOf("Helped build a model to reduce churn, and deployed it."),
                   "Built a model to reduce churn, and deployed it, "));
  // "to" that is not a problem the tagger knows stays too.
  CHECK(StartsWith(TextOf("Helped migrate the billing service to Kubernetes."),
                   "Migrated the billing service to Kubernetes"));
}

TEST_CASE("Rewriter: an impact claimed without a figure gets its slot next to the claim") {
  CHECK(TextOf("Implemented a caching layer which reduced support tickets for the help desk.")
            .find("reducing support tickets for the help desk ([impact: metric before → after]).") !=
        std::string::npos);
  // With no impact clause to attach to, the slot follows the work as usual.
  std::string t = TextOf("Helped build a model to reduce churn, and deployed it.");
  CHECK(t.find(", [impact: metric before → after].") != std::string::npos);
}

TEST_CASE("Rewriter: training-only work asks for evaluation and serving") {
  Rewritten r = RewriteOf("Responsible for training a churn model in PyTorch.");
  CHECK(SlotStages(r.rewrite) == std::vector<std::string>{"evaluation", "serving"});
  CHECK(r.rewrite.reasons == std::vector<std::string>{"impact-unquantified", "verb-weak-opener",
                                                      "lifecycle-training-only"});
}

TEST_CASE("Rewriter: model work that is evaluated asks for serving, then impact") {
  Rewritten r =
      RewriteOf("Helped train an image classifier with 94% validation accuracy.", "Projects");
  CHECK(r.rewrite.status == RewriteStatus::kRewritten);
  CHECK(StartsWith(r.rewrite.text, "Trained an image classifier with 94% validation accuracy"));
  CHECK(SlotStages(r.rewrite) == std::vector<std::string>{"serving", "impact"});
}

TEST_CASE("Rewriter: infrastructure asks for the ML workload only when it mentions ML") {
  Rewritten ml = RewriteOf("Built a Spark feature pipeline.");
  CHECK(SlotStages(ml.rewrite) == std::vector<std::string>{"problem", "impact"});
  Rewritten plain = RewriteOf("Migrated the billing service to Kubernetes.");
  CHECK(plain.rewrite.status == RewriteStatus::kRewritten);
  auto stages = SlotStages(plain.rewrite);
  CHECK(std::find(stages.begin(), stages.end(), "problem") == stages.end());
  CHECK(stages == std::vector<std::string>{"scale", "impact"});  // in text order: impact ends it
}

TEST_CASE("Rewriter: a bare scale claim asks for its figure first, next to the claim") {
  Rewritten r = RewriteOf("Built large-scale data pipelines.");
  REQUIRE(!r.rewrite.slots.empty());
  CHECK(r.rewrite.slots[0].stage == "scale");
  CHECK(StartsWith(r.rewrite.text, "Built large-scale data pipelines ([scale: "));
}

TEST_CASE("Rewriter: never more than two slots") {
  for (const char* bullet :
       {"Helped with a recommendation model.", "Responsible for the on-call rotation.",
        "Worked on various internal tools.", "Built large-scale data pipelines.",
        "Participated in weekly planning meetings."}) {
    CAPTURE(bullet);
    Rewritten r = RewriteOf(bullet);
    CHECK(r.rewrite.slots.size() <= 2);
    CHECK(!r.rewrite.slots.empty());
  }
}

TEST_CASE("Rewriter: every slot's text is in the rewrite, verbatim, at its offset") {
  Rewritten r = RewriteOf("Responsible for training a churn model in PyTorch.");
  REQUIRE(r.rewrite.slots.size() == 2);
  for (const RewriteSlot& s : r.rewrite.slots) {
    CHECK(r.rewrite.text.compare(s.offset, s.text.size(), s.text) == 0);
    CHECK(s.text.front() == '[');
    CHECK(s.text.find(s.stage + ":") == 1);
  }
  CHECK(r.rewrite.slots[0].offset < r.rewrite.slots[1].offset);
}

TEST_CASE("Rewriter: a complete bullet gets no rewrite, and says so") {
  Rewritten r = RewriteOf(
      "Reduced p99 latency of the fraud-scoring API from 120 ms to 68 ms by moving feature lookups "
      "to a Redis-backed feature store, saving $12k/month in compute.");
  CHECK(r.rewrite.status == RewriteStatus::kComplete);
  CHECK(r.rewrite.text.empty());
  CHECK(r.rewrite.slots.empty());
  CHECK(r.rewrite.reasons.empty());
  CHECK(r.rewrite.note.find("no rewrite needed") != std::string::npos);
}

TEST_CASE("Rewriter: lists and fragments are not rewritten") {
  Rewritten skills = RewriteOf("Familiar with TensorFlow, PyTorch, and Docker.", "Skills");
  CHECK(skills.rewrite.status == RewriteStatus::kSkippedSection);
  CHECK(skills.rewrite.note.find("skills") != std::string::npos);
  Rewritten tools = RewriteOf("Python, Go, PostgreSQL, Redis, Kafka, Docker.");
  CHECK(tools.rewrite.status == RewriteStatus::kNoVerb);
  CHECK(tools.rewrite.text.empty());
}

// Numbers are tokens that carry a digit; names are tool hits and words with an inner capital
// or a digit ("DistilBERT", "S3").
std::multiset<std::string> Figures(const std::string& text) {
  std::multiset<std::string> out;
  for (const Token& t : testing::SharedEngine().tagger().tokenizer().Tokenize(text)) {
    if (std::any_of(t.norm.begin(), t.norm.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      out.insert(t.norm);
    }
  }
  return out;
}

TEST_CASE("Rewriter: every number, unit and name is kept exactly") {
  const std::string bullet =
      "Helped migrate 12 PostgreSQL databases to Aurora on AWS, cutting costs by 18% and "
      "$3.2k/month.";
  Rewritten r = RewriteOf(bullet);
  REQUIRE(r.rewrite.status == RewriteStatus::kRewritten);
  CHECK(StartsWith(r.rewrite.text, "Migrated 12 PostgreSQL databases to Aurora on AWS"));
  for (const char* exact : {"12", "PostgreSQL", "Aurora", "AWS", "18%", "$3.2k/month"}) {
    CAPTURE(exact);
    CHECK(r.rewrite.text.find(exact) != std::string::npos);
  }
  auto before = Figures(bullet), after = Figures(r.rewrite.text);
  CHECK(std::includes(after.begin(), after.end(), before.begin(), before.end()));
}

TEST_CASE("Rewriter: filler hedges are dropped, 'leveraged' becomes 'used', counts stay") {
  CHECK(StartsWith(TextOf("Leveraged Spark to build reporting jobs."),
                   "Used Spark to build reporting jobs"));
  CHECK(StartsWith(TextOf("Successfully deployed a pricing model."), "Deployed a pricing model"));
  std::string several = TextOf("Moved several legacy applications to Kubernetes.");
  CHECK(several.find("several") != std::string::npos);
}

TEST_CASE("Rewriter: lint findings the rewrite answers carry it as their suggestion") {
  FileResult r = testing::ProcessText(
      "cv.md",
      "## Experience\n\n- Responsible for the on-call rotation of the payments gateway.\n"
      "- Python, Go, PostgreSQL, Redis, Kafka, Docker.\n"
      "- Code reviews.\n");
  const Rewrite& first = r.rewrites.at(1);
  REQUIRE(first.status == RewriteStatus::kRewritten);
  size_t carried = 0;
  for (const Finding& f : r.findings) {
    CAPTURE(f.rule);
    const RuleSpec* rule = testing::SharedEngine().checker().FindRule(f.rule);
    REQUIRE(rule != nullptr);
    if (f.item < 0) continue;  // document findings have no bullet to rewrite
    if (f.item == 1) {
      CHECK(f.suggestion == "rewrite: " + first.text);
      ++carried;
    } else {
      // No rewrite (a tool list, a fragment): the rule's own suggestion stays.
      CHECK(f.suggestion == rule->suggestion);
      CHECK(f.suggestion.find("rewrite:") == std::string::npos);
    }
  }
  CHECK(carried == 2);  // verb-weak-opener and impact-unquantified
}

TEST_CASE("Rewriter: reasons are only the findings the rewrite answers") {
  // "Served as" is a weak opener no group rewrites: the impact slot answers
  // impact-unquantified, but the opener finding stays unanswered and keeps its own suggestion.
  FileResult r =
      testing::ProcessText("cv.md", "## Experience\n\n- Served as SME for the payments team.\n");
  const Rewrite& rw = r.rewrites.at(1);
  REQUIRE(rw.status == RewriteStatus::kRewritten);
  CHECK(StartsWith(rw.text, "Served as SME for the payments team"));
  CHECK(rw.reasons == std::vector<std::string>{"impact-unquantified"});
  bool saw_opener = false;
  for (const Finding& f : r.findings) {
    if (f.rule != "verb-weak-opener") continue;
    saw_opener = true;
    CHECK(f.suggestion == testing::SharedEngine().checker().FindRule(f.rule)->suggestion);
  }
  CHECK(saw_opener);
}

TEST_CASE("Rewriter: headings and summaries are not bullets") {
  FileResult r = testing::ProcessText("cv.md", "# Name\n\nA long summary paragraph about work.\n");
  REQUIRE(r.rewrites.size() == r.items.size());
  for (const Rewrite& w : r.rewrites) CHECK(w.status == RewriteStatus::kNotBullet);
}

}  // namespace
}  // namespace hirelint
