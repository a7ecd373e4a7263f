#include "bench/corpus_generator.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace hirelint::bench {
namespace {

const std::vector<std::string> kObjects = {
    "the ranking service",      "a fraud-scoring API",    "the checkout flow",
    "a search relevance stack", "the ads auction",        "an internal feature store",
    "the recommendations page", "a churn dashboard",      "the payments gateway",
    "a document OCR pipeline",  "the support chatbot",    "an inventory forecast",
    "the onboarding funnel",    "a credit risk engine",   "the notification system",
    "a pricing experiment",     "the catalogue importer", "a real-time bidding service"};
const std::vector<std::string> kConnectors = {" with ",   " using ",  " for ",      " on top of ",
                                              " across ", " behind ", " alongside "};
const std::vector<std::string> kOutcomes = {"cutting p99 latency",    "reducing false positives",
                                            "raising conversion",     "saving compute",
                                            "lowering on-call pages", "improving recall",
                                            "shrinking build time",   "increasing revenue",
                                            "reducing churn",         "speeding up retraining"};
const std::vector<std::string> kCompanies = {
    "Northwind Payments", "Contoso Retail", "Fabrikam Labs",    "Tailspin Toys",
    "Woodgrove Bank",     "Litware Health", "Adatum Logistics", "Proseware Media"};
const std::vector<std::string> kTitles = {"Senior Software Engineer",
                                          "Software Engineer",
                                          "Backend Engineer",
                                          "Data Engineer",
                                          "ML Engineer",
                                          "Staff Engineer",
                                          "Junior Developer",
                                          "Platform Engineer"};
const std::vector<std::string> kSections = {"EXPERIENCE", "PROJECTS", "WORK HISTORY",
                                            "SELECTED WORK", "OPEN SOURCE"};
// Tricky ASCII for the tokenizer: abbreviations, contractions, numbers with separators,
// URLs, e-mail, symbols, underscores, colons and quotes.
const std::vector<std::string> kAsciiNoise = {"(e.g. A/B tests)",
                                              "don't",
                                              "the team's",
                                              "C++ and C#",
                                              "v2.3.1",
                                              "k8s",
                                              "CI/CD",
                                              "end-to-end",
                                              "24/7",
                                              "at 10:30",
                                              "R&D",
                                              "\"golden\" sets",
                                              "https://example.com/a_b?x=1",
                                              "name@example.com",
                                              "#1 in search",
                                              "1,2;3",
                                              "foo_bar_2",
                                              "U.S.",
                                              "~3,500",
                                              "50%+",
                                              "3.5x",
                                              "p99/p999",
                                              "--dry-run",
                                              "it's",
                                              "O'Brien",
                                              "x86_64",
                                              "i.e.",
                                              "3-4 weeks",
                                              "100k+",
                                              "__init__",
                                              "a.b.c",
                                              "10.0.0.1",
                                              "$$",
                                              "...",
                                              "'quoted'",
                                              "[WIP]",
                                              "{json}",
                                              "<b>",
                                              "tab\tseparated",
                                              "ratio 3:1",
                                              "1.",
                                              "'90s",
                                              "ROC_AUC",
                                              "_private",
                                              "2x-3x"};
// Non-ASCII pieces, each a plausible part of a CV written outside the US or pasted from a
// word processor.
const std::vector<std::string> kNonAscii = {"naïve Bayes",
                                            "Zürich",
                                            "São Paulo",
                                            "Müller",
                                            "résumé",
                                            "café",
                                            "façade",
                                            "Straße",
                                            "Kraków",
                                            "Ångström",
                                            "数据平台",
                                            "推荐系统",
                                            "Яндекс",
                                            "λ-architecture",
                                            "🚀",
                                            "“golden” sets",
                                            "team’s",
                                            "–",
                                            "—",
                                            "→",
                                            "≈",
                                            "×",
                                            "€",
                                            "£",
                                            "¥",
                                            "µs",
                                            "°C",
                                            "ﬁne-tuned",
                                            "ＡＩ",
                                            "２０％",
                                            "½",
                                            "™",
                                            "®",
                                            "\xC2\xA0NBSP",
                                            "ü",
                                            "ß",
                                            "İstanbul",
                                            "ǅ",
                                            "한국어",
                                            "ภาษาไทย",
                                            "עברית",
                                            "العربية",
                                            "e\xCC\x81t\xC3\xA9",
                                            "‰",
                                            "₹"};
const std::vector<std::string> kStoryOpeners = {"Situation: ", "S- ",
                                                "Context: ", "Background: ", ""};
const std::vector<std::string> kStoryProblems = {
    "our fraud model started flagging good customers after a holiday promotion",
    "the recommendation service timed out during peak traffic",
    "labels for the churn model arrived two weeks late",
    "a vendor changed the schema of the transactions feed without notice",
    "the search ranking model silently degraded after a catalogue migration",
    "support tickets about wrong delivery estimates doubled in a month",
    "the GPU bill for nightly retraining kept growing",
    "two teams disagreed on whether to ship a deep model or keep the rules engine"};
const std::vector<std::string> kStoryActions = {
    "I wrote a data validation job that checked every batch against the training distribution",
    "I set up a shadow deployment and compared predictions for a week before switching traffic",
    "we added drift alerts in Grafana and a rollback switch for the model version",
    "I traded 0.5% accuracy for 200 ms of latency by distilling the model",
    "I proposed a canary release with automatic rollback when the error rate passed 1%",
    "we rebuilt the feature pipeline in Spark and backfilled 18 months of events",
    "I ran an A/B test on 10% of traffic with a holdout group",
    "I listed what could go wrong first: stale features, label leakage and a cold cache",
    "we moved feature lookups to Redis and cached embeddings",
    "I paired with the on-call engineer to write the runbook"};
const std::vector<std::string> kStoryResults = {
    "false declines fell by 18% and we recovered $1.4M in annual revenue",
    "p99 latency dropped from 120 ms to 68 ms",
    "retraining cost went down by 40% while AUC stayed at 0.86",
    "the incident rate went from weekly to once a quarter",
    "the team shipped the model two sprints early",
    "conversion rose by 3.2 percentage points",
    "we served 2.3M requests/day without a page",
    "the result was better, though I did not measure it"};

}  // namespace

CorpusGenerator::CorpusGenerator(const LexiconData& lexicons,
                                 std::vector<std::string> sample_bullets, CorpusOptions options)
    : options_(options),
      state_(options.seed * 0x9E3779B97F4A7C15ull + 1),
      sample_bullets_(std::move(sample_bullets)) {
  auto texts = [](const std::vector<PhraseEntry>& entries) {
    std::vector<std::string> out;
    for (const auto& e : entries) out.push_back(e.text);
    return out;
  };
  for (const auto& [name, vocab] : lexicons.stages) {  // std::map: stable order
    stage_names_.push_back(name);
    stage_phrases_.push_back(texts(vocab.phrases));
  }
  auto category = [&](const char* name) {
    auto it = lexicons.categories.find(name);
    return it == lexicons.categories.end() ? std::vector<std::string>{} : texts(it->second);
  };
  action_verbs_ = category("action_verbs");
  weak_openers_ = category("weak_openers");
  hedges_ = category("hedges");
  tools_ = category("tools");
  scale_claims_ = category("scale_claims");
  negations_ = category("negation");
  // Empty lists would make Pick fail; fall back to one plain word.
  for (auto* list :
       {&action_verbs_, &weak_openers_, &hedges_, &tools_, &scale_claims_, &negations_}) {
    if (list->empty()) list->push_back("worked");
  }
}

uint64_t CorpusGenerator::Next() {  // splitmix64
  uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

size_t CorpusGenerator::Below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(Next() % n); }

bool CorpusGenerator::Chance(double p) {
  return static_cast<double>(Next() >> 11) * (1.0 / 9007199254740992.0) < p;
}

const std::string& CorpusGenerator::Pick(const std::vector<std::string>& list) {
  return list[Below(list.size())];
}

std::string CorpusGenerator::Phrase(const std::vector<std::string>& list) {
  static const std::vector<std::string> kAnyWord = {"fraud",   "churn",  "demand", "spam",
                                                    "anomaly", "intent", "defect", "price"};
  static const std::vector<std::string> kSuffixes = {"", "", "ed", "ing", "s"};
  const std::string& phrase = Pick(list);
  std::string out;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t j = phrase.find(' ', i);
    if (j == std::string::npos) j = phrase.size();
    std::string word = phrase.substr(i, j - i);
    if (word == "*") {
      word = Pick(kAnyWord);
    } else if (word.size() > 1 && word.back() == '*') {
      word.pop_back();
      word += Pick(kSuffixes);
    }
    if (!out.empty()) out += ' ';
    out += word;
    i = j + 1;
  }
  return out;
}

std::string CorpusGenerator::StagePhrase(const std::string& stage) {
  for (size_t i = 0; i < stage_names_.size(); ++i) {
    if (stage_names_[i] == stage && !stage_phrases_[i].empty()) return Phrase(stage_phrases_[i]);
  }
  if (stage_phrases_.empty()) return "the model";
  const auto& any = stage_phrases_[Below(stage_phrases_.size())];
  return any.empty() ? "the model" : Phrase(any);
}

std::string CorpusGenerator::Metric() {
  char buf[160];
  int a = static_cast<int>(20 + Below(400));
  int b = static_cast<int>(5 + Below(static_cast<size_t>(a)));
  switch (Below(14)) {
    case 0:
      std::snprintf(buf, sizeof buf, "from %d ms to %d ms", a, b);
      break;
    case 1:
      std::snprintf(buf, sizeof buf, "by %d%%", static_cast<int>(1 + Below(90)));
      break;
    case 2:
      std::snprintf(buf, sizeof buf, "saving $%dk/month", static_cast<int>(1 + Below(300)));
      break;
    case 3:
      std::snprintf(buf, sizeof buf, "for %d.%dM requests/day", static_cast<int>(1 + Below(40)),
                    static_cast<int>(Below(10)));
      break;
    case 4:
      std::snprintf(buf, sizeof buf, "%dx faster", static_cast<int>(2 + Below(20)));
      break;
    case 5:
      std::snprintf(buf, sizeof buf, "(AUC from 0.%d to 0.%d)", static_cast<int>(60 + Below(20)),
                    static_cast<int>(80 + Below(19)));
      break;
    case 6:
      std::snprintf(buf, sizeof buf, "on %d GPUs", static_cast<int>(2 + Below(254)));
      break;
    case 7:
      std::snprintf(buf, sizeof buf, "over %d TB of logs", static_cast<int>(1 + Below(900)));
      break;
    case 8:
      std::snprintf(buf, sizeof buf, "in %d", static_cast<int>(2012 + Below(13)));
      break;
    case 9:
      std::snprintf(buf, sizeof buf, "for %d,%03d users", static_cast<int>(1 + Below(900)),
                    static_cast<int>(Below(1000)));
      break;
    case 10:
      std::snprintf(buf, sizeof buf, "with a team of %d", static_cast<int>(2 + Below(9)));
      break;
    case 11:
      std::snprintf(buf, sizeof buf, "at %d,%03d req/s", static_cast<int>(1 + Below(50)),
                    static_cast<int>(Below(1000)));
      break;
    case 12:
      std::snprintf(buf, sizeof buf, "from %d min to %d min", a, b);
      break;
    default:
      std::snprintf(buf, sizeof buf, "by %d.%d percentage points", static_cast<int>(Below(9)),
                    static_cast<int>(1 + Below(9)));
      break;
  }
  return buf;
}

std::string CorpusGenerator::Tools(size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) out += i + 1 == n ? " and " : ", ";
    std::string tool = Phrase(tools_);
    if (!tool.empty() && Chance(0.7))
      tool[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(tool[0])));
    out += tool;
  }
  return out;
}

std::string CorpusGenerator::NonAsciiTouch(std::string text) {
  const std::string& piece = Pick(kNonAscii);
  size_t space = text.find(' ', Below(text.size() + 1));
  if (space == std::string::npos) return text + " " + piece;
  return text.substr(0, space) + " " + piece + text.substr(space);
}

std::string CorpusGenerator::AsciiNoise() { return Pick(kAsciiNoise); }

std::string CorpusGenerator::Bullet() {
  std::string out;
  auto cap = [](std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
  };
  size_t shape = Below(20);
  if (shape < 3 && !sample_bullets_.empty()) {
    out = Pick(sample_bullets_);
  } else if (shape < 10) {  // the three-part template, with a metric most of the time
    out = cap(Phrase(action_verbs_)) + " " +
          StagePhrase(stage_names_.empty() ? "" : Pick(stage_names_)) + Pick(kConnectors) +
          Pick(kObjects);
    if (Chance(0.5)) out += " in " + Tools(1 + Below(2));
    if (Chance(0.75)) out += ", " + Pick(kOutcomes) + " " + Metric();
    if (Chance(0.3)) out += " and " + StagePhrase("monitoring");
    out += ".";
  } else if (shape < 13) {  // a weak opener, maybe a hedge
    out = cap(Phrase(weak_openers_)) + " " + Pick(kObjects);
    if (Chance(0.5)) out += " and " + Phrase(hedges_) + " " + StagePhrase("data");
    out += ".";
  } else if (shape < 15) {  // a tool list
    out = Tools(3 + Below(4)) + ".";
  } else if (shape < 17) {  // a scale claim, sometimes negated
    out = cap(Phrase(action_verbs_)) + " " + Phrase(scale_claims_) + " " + StagePhrase("data");
    if (Chance(0.4)) out += " " + Phrase(negations_) + " " + StagePhrase("serving");
    out += ".";
  } else if (shape < 18) {  // a long bullet
    out = cap(Phrase(action_verbs_)) + " " + Pick(kObjects);
    for (size_t i = 0, n = 4 + Below(5); i < n; ++i) {
      out += ", " + StagePhrase(Pick(stage_names_)) + Pick(kConnectors) + Pick(kObjects);
    }
    out += ", " + Pick(kOutcomes) + " " + Metric() + ".";
  } else {  // ASCII the tokenizer must get right
    out = cap(Phrase(action_verbs_)) + " " + AsciiNoise() + " " + StagePhrase("evaluation") + " " +
          AsciiNoise() + " " + Metric() + ".";
  }
  if (Chance(options_.non_ascii_share)) out = NonAsciiTouch(std::move(out));
  return out;
}

std::string CorpusGenerator::Story() {
  std::string out =
      Pick(kStoryOpeners) + "At " + Pick(kCompanies) + ", " + Pick(kStoryProblems) + ".";
  auto add = [&](std::string sentence) {
    if (Chance(options_.non_ascii_share)) sentence = NonAsciiTouch(std::move(sentence));
    out += " " + sentence;
  };
  add("My task was to fix " + StagePhrase("problem") + " for " + Pick(kObjects) + ".");
  if (Chance(0.5)) out += " Action:";
  for (size_t i = 0, n = 3 + Below(5); i < n; ++i) {
    std::string action = Pick(kStoryActions);
    if (Chance(0.5)) action += ", then " + StagePhrase(Pick(stage_names_));
    if (Chance(0.3)) action += " " + Metric();
    add(std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(action[0])))) +
        action.substr(1) + ".");
  }
  if (Chance(0.3)) add("We also " + Phrase(hedges_) + " " + StagePhrase("data") + ".");
  std::string result = Pick(kStoryResults);
  add((Chance(0.5) ? "Result: " : "In the end ") + result + ".");
  if (Chance(0.4)) add("Next time I would " + StagePhrase("monitoring") + " earlier.");
  return out;
}

std::string CorpusGenerator::JobLine() {
  return Pick(kCompanies) + " — " + Pick(kTitles) + " | " + std::to_string(2010 + Below(10)) +
         " – " + (Chance(0.3) ? std::string("present") : std::to_string(2020 + Below(5)));
}

std::string CorpusGenerator::TextBullets(size_t min_bytes) {
  std::string out;
  while (out.size() < min_bytes) {
    out += Pick(kSections) + "\n\n";
    for (size_t job = 0, jobs = 2 + Below(3); job < jobs; ++job) {
      out += JobLine() + "\n";
      for (size_t i = 0, n = 4 + Below(8); i < n; ++i) out += "- " + Bullet() + "\n";
      out += "\n";
    }
  }
  return out;
}

std::string CorpusGenerator::MarkdownCv(size_t min_bytes) {
  std::string out =
      "# Jordan Rivera\n\nSeattle, WA · name@example.com · [portfolio](https://example.com/x)\n\n";
  out += "## Summary\n\n" + Story() + "\n\n## Experience\n\n";
  while (out.size() + 600 < min_bytes) {
    out += "### " + JobLine() + "\n\n";
    for (size_t i = 0, n = 4 + Below(5); i < n && out.size() + 600 < min_bytes; ++i) {
      std::string bullet = Bullet();
      size_t space = bullet.find(' ', 60);
      if (Chance(0.2) && space != std::string::npos) {  // wrapped over two lines
        bullet = bullet.substr(0, space) + "\n  " + bullet.substr(space + 1);
      } else if (Chance(0.1)) {
        size_t word_end = bullet.find(' ');
        if (word_end != std::string::npos)
          bullet = "**" + bullet.substr(0, word_end) + "**" + bullet.substr(word_end);
      } else if (Chance(0.05)) {
        bullet += " (`" + Phrase(tools_) + "`)";
      }
      out += "- " + bullet + "\n";
    }
    out += "\n";
  }
  out += "## Skills\n\n- " + Tools(6) + "\n- " + Tools(4) + "\n\n";
  out += "## Education\n\n- B.Sc. Computer Science, " + std::to_string(2008 + Below(8)) +
         "\n- Coursework: Machine Learning, Deep Learning Specialization, Statistics\n";
  return out;
}

std::string CorpusGenerator::JsonlStories(size_t count) {
  std::string out;
  char id[32];
  for (size_t i = 0; i < count; ++i) {
    std::snprintf(id, sizeof id, "story-%06zu", ++story_counter_);
    out += "{\"id\": " + JsonString(id) + ", \"text\": " + JsonString(Story()) + "}\n";
  }
  return out;
}

std::vector<std::string> SampleBullets(const std::string& samples_dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(samples_dir, ec)) {
    std::string ext = entry.path().extension().string();
    if (ext == ".md" || ext == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> bullets;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    bool in_bullet = false;
    while (std::getline(in, line)) {
      size_t indent = line.find_first_not_of(' ');
      if (line.size() > 2 && line.compare(0, 2, "- ") == 0) {
        bullets.push_back(line.substr(2));
        in_bullet = true;
      } else if (in_bullet && indent != std::string::npos && indent > 0 &&
                 line.compare(indent, 2, "- ") != 0) {
        bullets.back() += " " + line.substr(indent);  // a wrapped Markdown bullet goes on
      } else {
        in_bullet = false;
      }
    }
  }
  return bullets;
}

std::string JsonString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace hirelint::bench
