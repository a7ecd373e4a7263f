// The fixture résumé repository (tests/fixtures/resume-repo/) linted as CI would, with each
// combination of config, baseline and exit-code flags: the exact findings and exit status.
//
// The repository has a root .hirelint.yaml (fail_on: warning; verb-weak-opener an error,
// hedge-filler off, bullet-length at warning with min_words 6; drafts/ ignored; *.txt files
// with impact-unquantified at info and lifecycle-coverage off), a nested
// applications/.hirelint.yaml that applies alone there, .hirelint-lenient.yaml for --config,
// suppressions of each kind (HTML comments in cv.md and cv.txt, % in cv.tex, # in cv.yaml:
// next-line, disable ... enable, unused, misspelt, inside quotes), and .hirelint-baseline.json,
// written before cv.md's last edit (one bullet moved, one reworded).

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace hirelint {
namespace {

const std::string kRepo = "tests/fixtures/resume-repo";

struct Run {
  int exit_code;
  std::string findings;  // "file:line:col severity rule | ..." (file relative to the repository)
  std::string err;
};

Run Lint(std::vector<std::string> args) {
  args.insert(args.begin(), {"lint", "--format", "json"});
  auto r = testing::RunHirelint(args);
  Run out{r.exit_code, "", r.err};
  auto findings = nlohmann::json::parse(r.out, nullptr, false);
  if (findings.is_discarded()) return {r.exit_code, "<not JSON: " + r.out + ">", r.err};
  for (const auto& f : findings) {
    std::string file = f["file"];
    if (file.rfind(kRepo + "/", 0) == 0) file = file.substr(kRepo.size() + 1);
    out.findings += (out.findings.empty() ? "" : " | ") + file + ":" + f["line"].dump() + ":" +
                    f["column"].dump() + " " + f["severity"].get<std::string>() + " " +
                    f["rule"].get<std::string>();
  }
  return out;
}

// The root config for cv.md and cv.txt, the nested one for applications/, drafts/ ignored.
const std::string kDiscovered =
    "applications/ml-platform.md:5:3 info impact-unquantified"
    " | applications/ml-platform.md:5:45 warning lifecycle-training-only"
    " | cv.md:10:3 warning impact-unquantified | cv.md:10:3 error verb-weak-opener"
    " | cv.md:17:1 info unused-suppression"
    " | cv.md:19:3 warning bullet-length | cv.md:19:3 warning impact-unquantified"
    " | cv.md:19:3 error verb-weak-opener"
    " | cv.md:20:3 warning impact-unquantified | cv.md:20:9 warning scale-claim-unquantified"
    " | cv.md:25:1 info unused-suppression | cv.md:26:3 error verb-weak-opener"
    " | cv.tex:12:7 warning impact-unquantified | cv.tex:12:46 info unused-suppression"
    " | cv.txt:4:3 info impact-unquantified | cv.txt:4:3 error verb-weak-opener"
    " | cv.txt:5:3 info impact-unquantified"
    " | cv.yaml:10:13 warning impact-unquantified | cv.yaml:10:13 warning lifecycle-coverage"
    " | cv.yaml:11:14 warning impact-unquantified | cv.yaml:11:14 warning scale-claim-unquantified";

// No config: default severities, drafts/ linted; the in-file suppressions still apply.
const std::string kNoConfig =
    "applications/ml-platform.md:5:3 warning impact-unquantified"
    " | applications/ml-platform.md:5:45 warning lifecycle-training-only"
    " | applications/ml-platform.md:6:1 info unused-suppression"
    " | cv.md:10:3 warning impact-unquantified | cv.md:10:3 warning verb-weak-opener"
    " | cv.md:17:1 info unused-suppression"
    " | cv.md:19:3 warning impact-unquantified | cv.md:19:3 warning verb-weak-opener"
    " | cv.md:19:13 info hedge-filler"
    " | cv.md:20:3 warning impact-unquantified | cv.md:20:9 warning scale-claim-unquantified"
    " | cv.md:25:1 info unused-suppression | cv.md:26:3 warning verb-weak-opener"
    " | cv.tex:12:7 warning impact-unquantified | cv.tex:12:46 info unused-suppression"
    " | cv.txt:4:3 warning impact-unquantified | cv.txt:4:3 warning lifecycle-coverage"
    " | cv.txt:4:3 warning verb-weak-opener | cv.txt:5:3 warning impact-unquantified"
    " | cv.yaml:10:13 warning impact-unquantified | cv.yaml:10:13 warning lifecycle-coverage"
    " | cv.yaml:11:14 warning impact-unquantified | cv.yaml:11:14 warning scale-claim-unquantified"
    " | drafts/old-cv.md:3:3 info bullet-length | drafts/old-cv.md:3:3 warning impact-unquantified"
    " | drafts/old-cv.md:3:3 warning verb-weak-opener | drafts/old-cv.md:3:15 info hedge-filler"
    " | drafts/old-cv.md:4:3 info bullet-length | drafts/old-cv.md:4:3 warning verb-weak-opener"
    " | drafts/old-cv.md:4:19 info hedge-filler";

// .hirelint-lenient.yaml for every file: impact-unquantified off (so suppressions of it are
// unused), unused-suppression at warning, applications/ ignored, drafts/ linted.
const std::string kLenient =
    "cv.md:10:3 warning verb-weak-opener | cv.md:12:1 warning unused-suppression"
    " | cv.md:17:1 warning unused-suppression | cv.md:19:3 warning verb-weak-opener"
    " | cv.md:19:13 info hedge-filler | cv.md:20:9 warning scale-claim-unquantified"
    " | cv.md:25:1 warning unused-suppression | cv.md:26:3 warning verb-weak-opener"
    " | cv.tex:9:1 warning unused-suppression | cv.tex:12:46 warning unused-suppression"
    " | cv.txt:4:3 warning lifecycle-coverage | cv.txt:4:3 warning verb-weak-opener"
    " | cv.txt:6:1 warning unused-suppression"
    " | cv.yaml:10:13 warning lifecycle-coverage | cv.yaml:11:14 warning scale-claim-unquantified"
    " | cv.yaml:12:72 warning unused-suppression"
    " | drafts/old-cv.md:3:3 info bullet-length | drafts/old-cv.md:3:3 warning verb-weak-opener"
    " | drafts/old-cv.md:3:15 info hedge-filler | drafts/old-cv.md:4:3 info bullet-length"
    " | drafts/old-cv.md:4:3 warning verb-weak-opener | drafts/old-cv.md:4:19 info hedge-filler";

// The baseline accepts everything but the reworded bullet; the moved bullet stays accepted.
const std::string kBaselined =
    "cv.md:10:3 warning impact-unquantified | cv.md:10:3 error verb-weak-opener";

// Without the config, findings of rules the config had turned off, and of the ignored
// drafts, were never recorded.
const std::string kNoConfigBaselined =
    "applications/ml-platform.md:6:1 info unused-suppression"
    " | cv.md:10:3 warning impact-unquantified | cv.md:10:3 warning verb-weak-opener"
    " | cv.md:19:13 info hedge-filler | cv.txt:4:3 warning lifecycle-coverage"
    " | drafts/old-cv.md:3:3 info bullet-length | drafts/old-cv.md:3:3 warning impact-unquantified"
    " | drafts/old-cv.md:3:3 warning verb-weak-opener | drafts/old-cv.md:3:15 info hedge-filler"
    " | drafts/old-cv.md:4:3 info bullet-length | drafts/old-cv.md:4:3 warning verb-weak-opener"
    " | drafts/old-cv.md:4:19 info hedge-filler";

struct Case {
  std::vector<std::string> args;
  int exit_code;
  const std::string* findings;
  bool too_many_warnings = false;  // --max-warnings exceeded: stderr says so
};

TEST_CASE("Résumé repository: exact findings and exit status for each flag combination") {
  const std::string lenient = kRepo + "/.hirelint-lenient.yaml";
  const std::string baseline = kRepo + "/.hirelint-baseline.json";
  const std::vector<Case> cases = {
      // Config discovery; the root's fail_on: warning decides, the flag overrides it.
      {{}, 1, &kDiscovered},
      {{"--fail-on", "none"}, 0, &kDiscovered},
      {{"--fail-on", "error"}, 1, &kDiscovered},
      {{"--fail-on", "warning"}, 1, &kDiscovered},
      {{"--fail-on", "info"}, 1, &kDiscovered},
      {{"--fail-on", "none", "--max-warnings", "11"}, 0, &kDiscovered},  // exactly 11 warnings
      {{"--fail-on", "none", "--max-warnings", "10"}, 1, &kDiscovered, true},
      // No config: default rules, default fail_on error, and no rule is an error.
      {{"--no-config"}, 0, &kNoConfig},
      {{"--no-config", "--fail-on", "warning"}, 1, &kNoConfig},
      {{"--no-config", "--fail-on", "info"}, 1, &kNoConfig},
      {{"--no-config", "--max-warnings", "21"}, 0, &kNoConfig},  // exactly 21 warnings
      {{"--no-config", "--max-warnings", "20"}, 1, &kNoConfig, true},
      // One named config for every file.
      {{"--config", lenient}, 0, &kLenient},
      {{"--config", lenient, "--fail-on", "warning"}, 1, &kLenient},
      {{"--config", lenient, "--max-warnings", "0"}, 1, &kLenient, true},
      // Baseline with discovered configs, and without any config.
      {{"--baseline", baseline}, 1, &kBaselined},
      {{"--baseline", baseline, "--fail-on", "none"}, 0, &kBaselined},
      {{"--baseline", baseline, "--fail-on", "none", "--max-warnings", "1"}, 0, &kBaselined},
      {{"--baseline", baseline, "--fail-on", "none", "--max-warnings", "0"}, 1, &kBaselined, true},
      {{"--no-config", "--baseline", baseline}, 0, &kNoConfigBaselined},
      {{"--no-config", "--baseline", baseline, "--fail-on", "warning"}, 1, &kNoConfigBaselined},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args = c.args;
    args.push_back(kRepo);
    std::string shown;
    for (const auto& a : args) shown += a + " ";
    CAPTURE(shown);
    Run r = Lint(args);
    CHECK(r.findings == *c.findings);
    CHECK(r.exit_code == c.exit_code);
    if (c.too_many_warnings) {
      CHECK(r.err.find("warnings, more than --max-warnings") != std::string::npos);
    } else {
      CHECK(r.err.empty());
    }
  }
}

TEST_CASE("Résumé repository: the nested config applies alone under applications/") {
  // Under the root config, fail_on warning would fail on the warning; the nested config has no
  // fail_on, so the default (error) applies, and its impact-unquantified is info.
  Run nested = Lint({kRepo + "/applications"});
  CHECK(nested.findings ==
        "applications/ml-platform.md:5:3 info impact-unquantified"
        " | applications/ml-platform.md:5:45 warning lifecycle-training-only");
  CHECK(nested.exit_code == 0);
  Run root = Lint({"--config", kRepo + "/.hirelint.yaml", kRepo + "/applications"});
  CHECK(root.findings ==
        "applications/ml-platform.md:5:3 warning impact-unquantified"
        " | applications/ml-platform.md:5:45 warning lifecycle-training-only"
        " | applications/ml-platform.md:6:1 info unused-suppression");
  CHECK(root.exit_code == 1);
}

TEST_CASE("Résumé repository: ignore globs apply to named files too (pre-commit names them)") {
  Run ignored = Lint({kRepo + "/drafts/old-cv.md"});
  CHECK(ignored.findings.empty());
  CHECK(ignored.exit_code == 0);
  Run named = Lint({"--no-config", "--fail-on", "warning", kRepo + "/drafts/old-cv.md"});
  CHECK(named.findings ==
        "drafts/old-cv.md:3:3 info bullet-length | drafts/old-cv.md:3:3 warning impact-unquantified"
        " | drafts/old-cv.md:3:3 warning verb-weak-opener | drafts/old-cv.md:3:15 info hedge-filler"
        " | drafts/old-cv.md:4:3 info bullet-length | drafts/old-cv.md:4:3 warning verb-weak-opener"
        " | drafts/old-cv.md:4:19 info hedge-filler");
  CHECK(named.exit_code == 1);
}

TEST_CASE("Résumé repository: overrides change rules for matching paths only") {
  Run txt = Lint({kRepo + "/cv.txt"});
  CHECK(txt.findings ==
        "cv.txt:4:3 info impact-unquantified | cv.txt:4:3 error verb-weak-opener"
        " | cv.txt:5:3 info impact-unquantified");
  Run md = Lint({"--fail-on", "none", kRepo + "/cv.md"});
  CHECK(md.findings.find("cv.md:10:3 warning impact-unquantified") != std::string::npos);
}

TEST_CASE("Résumé repository: --write-baseline records, then --baseline accepts, edits are new") {
  namespace fs = std::filesystem;
  std::string dir = testing::TempDir() + "/repo";
  fs::copy(testing::SourcePath(kRepo), dir, fs::copy_options::recursive);
  std::string baseline = dir + "/.hirelint-baseline.json";
  fs::remove(baseline);
  auto written = testing::RunHirelint({"--write-baseline", baseline, "--format", "json", dir});
  CHECK(written.exit_code == 0);  // every finding is now accepted
  CHECK(written.out == "[]\n");
  CHECK(written.err == "hirelint: recorded 21 findings in " + baseline + "\n");
  std::string recorded = testing::ReadFileOrDie(baseline);
  CHECK(recorded.find("\"file\":\"cv.md\",\"rule\":\"verb-weak-opener\"") != std::string::npos);
  CHECK(recorded.find("\"line\"") == std::string::npos);

  auto clean = testing::RunHirelint({"--baseline", baseline, "--format", "json", dir});
  CHECK(clean.exit_code == 0);
  CHECK(clean.out == "[]\n");

  // Move a bullet up (still accepted) and reword another (new).
  std::string cv = testing::ReadFileOrDie(dir + "/cv.md");
  const std::string moved = "- Built large-scale data pipelines for the analytics team.\n";
  cv.erase(cv.find(moved), moved.size());
  cv.insert(cv.find("## Experience\n") + 14, "\n" + moved);
  const std::string old_text = "- Worked on various internal tools.";
  cv.replace(cv.find(old_text), old_text.size(), "- Worked on various internal tools in Go.");
  std::ofstream(dir + "/cv.md") << cv;
  auto after = testing::RunHirelint({"--baseline", baseline, "--format", "json", dir});
  auto findings = nlohmann::json::parse(after.out);
  std::string lines;
  for (const auto& f : findings) {
    lines += f["line"].dump() + " " + f["rule"].get<std::string>() + "; ";
  }
  CHECK(lines == "21 impact-unquantified; 21 verb-weak-opener; ");
  CHECK(after.exit_code == 1);
}

TEST_CASE("Résumé repository: config and baseline problems exit 2 with the position") {
  namespace fs = std::filesystem;
  auto missing = Lint({"--config", kRepo + "/no-such.yaml", kRepo});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err ==
        "hirelint: error: " + kRepo +
            "/no-such.yaml: config file not found (create one with 'hirelint init')\n");
  auto both = testing::RunHirelint({"--config", kRepo + "/.hirelint.yaml", "--no-config", kRepo});
  CHECK(both.exit_code == 2);
  auto bad_baseline = Lint({"--baseline", kRepo + "/cv.md", kRepo});
  CHECK(bad_baseline.exit_code == 2);
  CHECK(bad_baseline.err.rfind("hirelint: error: " + kRepo + "/cv.md:1:1: not valid JSON", 0) == 0);

  std::string dir = testing::TempDir() + "/repo";
  fs::copy(testing::SourcePath(kRepo), dir, fs::copy_options::recursive);
  std::ofstream(dir + "/applications/.hirelint.yaml") << "rules:\n  verb-weak-openr: error\n";
  auto typo = testing::RunHirelint({dir});
  CHECK(typo.exit_code == 2);
  CHECK(typo.out.empty());
  CHECK(typo.err == "hirelint: error: " + dir +
                        "/applications/.hirelint.yaml:2:3: unknown rule 'verb-weak-openr'; did you "
                        "mean 'verb-weak-opener'?\n");
}

}  // namespace
}  // namespace hirelint
