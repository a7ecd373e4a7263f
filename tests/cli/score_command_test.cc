// `hirelint score` through the binary: golden outputs for the samples in every format, a
// generated batch of 10,000+ stories scored identically with --jobs 1 and --jobs 2, malformed
// JSONL lines, exit codes, directories, standard input and weight overrides.

#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace hirelint {
namespace {

using testing::RunHirelint;
using testing::SourcePath;

std::string Write(const std::string& path, const std::string& bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

// Output with the source tree's absolute prefix removed, so goldens hold repository paths.
std::string Relative(std::string text) {
  const std::string prefix = SourcePath("");
  for (size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at)) {
    text.erase(at, prefix.size());
  }
  return text;
}

// Compares with tests/golden/score/<name>; HIRELINT_UPDATE_GOLDEN=1 rewrites the file instead.
void CheckGolden(const std::string& name, const std::string& actual) {
  const std::string path = SourcePath("tests/golden/score/" + name);
  const char* update = std::getenv("HIRELINT_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    Write(path, actual);
    return;
  }
  CHECK(testing::ReadFileOrDie(path) == actual);
}

size_t CountLines(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

TEST_CASE("score: golden output for the samples in every format") {
  const std::vector<std::string> samples = {SourcePath("samples/stories.md"),
                                            SourcePath("samples/stories.jsonl")};
  const std::pair<const char*, const char*> formats[] = {{"text", "samples.txt"},
                                                         {"json", "samples.json"},
                                                         {"jsonl", "samples.jsonl"},
                                                         {"csv", "samples.csv"}};
  for (const auto& [format, golden] : formats) {
    CAPTURE(format);
    std::vector<std::string> args = {"score", "--format", format};
    args.insert(args.end(), samples.begin(), samples.end());
    auto r = RunHirelint(args);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CheckGolden(golden, Relative(r.out));
  }
}

TEST_CASE("score: jsonl follows the DESIGN.md contract, with input fields carried through") {
  auto r = RunHirelint({"score", "--format", "jsonl", SourcePath("samples/stories.jsonl")});
  REQUIRE(r.exit_code == 0);
  std::istringstream lines(r.out);
  std::string line;
  std::getline(lines, line);
  auto j = nlohmann::ordered_json::parse(line);
  std::vector<std::string> keys;
  for (auto& [key, value] : j.items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"file", "line", "id", "words", "speaking_seconds", "star",
                                         "quantified_result", "stages", "signal_density",
                                         "ownership", "tradeoff", "failure_first", "score",
                                         "prompt"});
  CHECK(j["id"] == "fraud-drift");
  CHECK(j["line"] == 1);
  CHECK(j["star"].size() == 4);
  CHECK(j["star"].contains("situation"));
  CHECK(j["ownership"].contains("i"));
  CHECK(j["ownership"].contains("we"));
  CHECK(j["prompt"] == "Tell me about a production ML problem you diagnosed.");
}

TEST_CASE("score: a carried field never replaces a contract field") {
  std::string dir = testing::TempDir();
  std::string path = Write(dir + "/s.jsonl",
                           "{\"id\": \"x\", \"score\": 99, \"file\": \"f\", \"extra\": true, "
                           "\"text\": \"We shipped a thing.\"}\n");
  auto r = RunHirelint({"score", "--format", "jsonl", path});
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["file"] == path);
  CHECK(j["score"] != 99);
  CHECK(j["extra"] == true);
}

// A deterministic generator of varied stories (situation, task, actions, result; some with
// written labels, some with lessons, numbers or trade-offs), so 10,000 of them exercise every
// branch of the labeller.
class StoryGenerator {
 public:
  std::string Next() {
    static const char* kSituations[] = {
        "At my last company the nightly feature pipeline failed twice a week.",
        "Our recommendation model had gone stale between quarterly releases.",
        "When I joined, fraud losses at checkout were rising every month.",
        "The search team had no offline evaluation for its ranking model.",
        "Our support queue was growing faster than the team could answer it."};
    static const char* kTasks[] = {"My task was to make it reliable before the audit.",
                                   "I had to cut the cost without losing accuracy.",
                                   "I was asked to ship a fix within two sprints.", ""};
    static const char* kActions[] = {
        "I rewrote the scheduler and added retries with backoff.",
        "I trained a gradient-boosted model on six months of labelled data.",
        "We reviewed the design together and we moved it to the shared cluster.",
        "I chose batch scoring over a streaming service because it cost less.",
        "I ran the new model in shadow mode and kept a flag to roll back.",
        "I deployed the model behind an API and added drift alerts.",
        "First, I built an evaluation set from 2,000 labelled queries."};
    static const char* kResults[] = {"As a result, failed runs dropped by %d%%.",
                                     "In the end, p99 latency fell from %d ms to 40 ms.",
                                     "The team adopted the pipeline for every model.",
                                     "Result: we saved $%dk a month in compute.", ""};
    static const char* kLessons[] = {"", "", "Learned: measure before you optimise.",
                                     "I learned that alerts need owners."};
    std::string text;
    bool labelled = Pick(4) == 0;
    auto add = [&](const char* label, const std::string& sentence) {
      if (sentence.empty()) return;
      if (!text.empty()) text += Pick(3) == 0 ? "\n" : " ";
      if (labelled) text += label;
      text += sentence;
    };
    add("Situation: ", kSituations[Pick(5)]);
    add("Task: ", kTasks[Pick(4)]);
    int actions = 1 + static_cast<int>(Pick(4));
    for (int i = 0; i < actions; ++i) add(i == 0 ? "Action: " : "", kActions[Pick(7)]);
    char result[128];
    std::snprintf(result, sizeof result, kResults[Pick(5)], 10 + static_cast<int>(Pick(80)));
    add("", result);
    add("", kLessons[Pick(4)]);
    return text;
  }

 private:
  uint32_t Pick(uint32_t n) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>(state_ >> 33) % n;
  }
  uint64_t state_ = 20240611;
};

TEST_CASE("score: 10,000+ generated stories give byte-identical output with --jobs 1 and 2") {
  std::string dir = testing::TempDir();
  StoryGenerator gen;
  // Two JSONL files and a Markdown file, so order holds across files and batches.
  std::string first, second, markdown = "# Generated\n";
  const int kJsonl = 10000;
  for (int i = 0; i < kJsonl; ++i) {
    nlohmann::json j;
    j["id"] = "gen-" + std::to_string(i);
    j["text"] = gen.Next();
    j["batch"] = i % 7;
    (i < 6000 ? first : second) += j.dump() + "\n";
  }
  for (int i = 0; i < 40; ++i) {
    markdown += "\n## Story " + std::to_string(i) + "\n\n" + gen.Next() + "\n";
  }
  std::vector<std::string> paths = {Write(dir + "/a/first.jsonl", first),
                                    Write(dir + "/b/stories.md", markdown),
                                    Write(dir + "/c/second.jsonl", second)};
  const size_t total = kJsonl + 40;
  for (const char* format : {"jsonl", "csv"}) {
    CAPTURE(format);
    std::vector<std::string> one = {"score", "--format", format, "--jobs", "1"};
    std::vector<std::string> two = {"score", "--format", format, "--jobs", "2"};
    one.insert(one.end(), paths.begin(), paths.end());
    two.insert(two.end(), paths.begin(), paths.end());
    auto a = RunHirelint(one);
    auto b = RunHirelint(two);
    CHECK(a.exit_code == 1);  // some generated stories have no result (an error finding)
    CHECK(b.exit_code == a.exit_code);
    CHECK(a.err.empty());  // no progress bar: stderr is not a terminal
    CHECK(b.err.empty());
    CHECK(CountLines(a.out) == total + (std::string(format) == "csv" ? 1 : 0));
    CHECK(a.out == b.out);
  }
  // The order is the input order: ids run gen-0 ... gen-5999, then the Markdown stories.
  auto r = RunHirelint({"score", "--format", "jsonl", "--jobs", "2", paths[0], paths[1]});
  std::istringstream lines(r.out);
  std::string line;
  size_t n = 0;
  bool ordered = true;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    std::string expected =
        n < 6000 ? "gen-" + std::to_string(n) : "Story " + std::to_string(n - 6000);
    if (j["id"] != expected) ordered = false;
    ++n;
  }
  CHECK(n == 6040);
  CHECK(ordered);
}

TEST_CASE("score: a malformed JSONL line is reported at PATH:LINE:COL, skipped, exit 2") {
  std::string dir = testing::TempDir();
  std::string path =
      Write(dir + "/batch.jsonl",
            "{\"id\": \"one\", \"text\": \"I fixed the job. As a result, failures fell 50%.\"}\n"
            "{\"id\": \"two\", \"text\": \"unterminated}\n"
            "not json at all\n"
            "{\"id\": \"four\", \"text\": \"We shipped it. In the end, it worked.\"}\n");
  auto r = RunHirelint({"score", "--format", "jsonl", path});
  CHECK(r.exit_code == 2);
  CHECK(CountLines(r.out) == 2);
  CHECK(r.out.find("\"id\":\"one\"") != std::string::npos);
  CHECK(r.out.find("\"id\":\"four\"") != std::string::npos);
  CHECK(r.err.find("hirelint: error: " + path + ":2:37: malformed JSON") != std::string::npos);
  CHECK(r.err.find("hirelint: error: " + path + ":3:2: malformed JSON") != std::string::npos);
  CHECK(CountLines(r.err) == 2);
}

TEST_CASE("score: exit codes follow --fail-on") {
  std::string dir = testing::TempDir();
  std::string no_result = Write(dir + "/weak.md", "I rewrote the scheduler.\n");
  CHECK(RunHirelint({"score", no_result}).exit_code == 1);  // story-no-result is an error
  CHECK(RunHirelint({"score", "--fail-on", "none", no_result}).exit_code == 0);
  std::string warning_only =
      Write(dir + "/mid.md", "I rewrote the scheduler. In the end, it worked.\n");
  CHECK(RunHirelint({"score", warning_only}).exit_code == 0);
  CHECK(RunHirelint({"score", "--fail-on", "warning", warning_only}).exit_code == 1);
  CHECK(RunHirelint({"score", dir + "/missing.md"}).exit_code == 2);
}

TEST_CASE("score: directories are read recursively, in sorted order, supported files only") {
  std::string dir = testing::TempDir();
  Write(dir + "/z/deep/b.jsonl", "{\"id\": \"b\", \"text\": \"We shipped.\"}\n");
  Write(dir + "/a.md", "## A\n\nI shipped.\n");
  Write(dir + "/m.yaml", "- id: m\n  text: I shipped it.\n");
  Write(dir + "/notes.csv", "id,text\n");
  Write(dir + "/.hidden/c.jsonl", "{\"id\": \"c\", \"text\": \"Hidden.\"}\n");
  auto r = RunHirelint({"score", "--format", "csv", "--fail-on", "none", dir});
  CHECK(r.exit_code == 0);
  std::istringstream lines(r.out);
  std::string header, line;
  std::getline(lines, header);
  std::vector<std::string> ids;
  while (std::getline(lines, line)) {
    size_t a = line.find(','), b = line.find(',', a + 1), c = line.find(',', b + 1);
    ids.push_back(line.substr(b + 1, c - b - 1));
  }
  CHECK(ids == std::vector<std::string>{"A", "m", "b"});
}

TEST_CASE("score: standard input as JSONL, streamed") {
  auto r =
      RunHirelint({"score", "--format", "jsonl", "--input-format", "jsonl", "-"},
                  "{\"id\": \"s1\", \"text\": \"I fixed it. As a result, errors fell 30%.\"}\n");
  CHECK(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["file"] == "<stdin>");
  CHECK(j["id"] == "s1");
  CHECK(j["quantified_result"] == true);
}

TEST_CASE("score: --lexicons overrides the story weights; a bad weight is exit 2") {
  std::string dir = testing::TempDir();
  Write(dir + "/lex/scoring.yaml", "story:\n  tradeoff: 30\n");
  std::string story = Write(dir + "/s.md", "I fixed it. As a result, errors fell 30%.\n");
  auto r = RunHirelint({"score", "--format", "json", "--lexicons", dir + "/lex", story});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  bool found = false;
  for (const auto& c : j[0]["breakdown"]) {
    if (c["component"] == "tradeoff") {
      found = true;
      CHECK(c["max"] == 30);
      CHECK(c["points"] == 0);
    }
  }
  CHECK(found);
  Write(dir + "/bad/scoring.yaml", "story:\n  tradeof: 30\n");
  auto bad = RunHirelint({"score", "--lexicons", dir + "/bad", story});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("unknown key 'story.tradeof'") != std::string::npos);
}

TEST_CASE("score: json holds per-sentence STAR labels and the breakdown") {
  auto r = RunHirelint({"score", "--format", "json", SourcePath("samples/stories.md")});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  REQUIRE(j.size() == 3);
  const auto& mid = j[1];
  CHECK(mid["id"] == "Automating the weekly retraining of recommendations");
  REQUIRE(mid["sentences"].size() == 5);
  CHECK(mid["sentences"][0]["label"] == "situation");
  CHECK(mid["sentences"][0]["explicit"] == true);
  CHECK(mid["sentences"][4]["label"] == "result");
  int sum = 0;
  for (const auto& c : mid["breakdown"]) sum += c["points"].get<int>();
  CHECK(sum == mid["score"]);
}

}  // namespace
}  // namespace hirelint
