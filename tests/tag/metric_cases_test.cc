// The metric table (tests/data/metric_cases.tsv): for each sentence, whether it is quantified
// and which metric kinds are found. Written by us from shared/eval/GUIDE.md's definitions and
// its borderline decisions; the `note` column says why each exclusion is one.

#include <doctest/doctest.h>

#include <set>
#include <sstream>

#include "support/test_support.h"

namespace hirelint {
namespace {

struct Row {
  std::string text;
  bool quantified;
  std::set<std::string> kinds;
  std::string note;
};

std::vector<std::string> SplitOn(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(s);
  while (std::getline(in, field, sep)) out.push_back(field);
  if (!s.empty() && s.back() == sep) out.push_back("");
  return out;
}

std::vector<Row> LoadRows(const std::string& path) {
  std::istringstream in(testing::ReadFileOrDie(path));
  std::string line;
  std::getline(in, line);  // header
  std::vector<Row> rows;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto f = SplitOn(line, '\t');
    REQUIRE(f.size() == 4);
    Row r{f[0], f[1] == "1", {}, f[3]};
    for (const auto& k : SplitOn(f[2], ',')) {
      if (!k.empty()) r.kinds.insert(k);
    }
    rows.push_back(r);
  }
  return rows;
}

TEST_CASE("MetricRecognizer: the metric table") {
  auto rows = LoadRows(testing::SourcePath("tests/data/metric_cases.tsv"));
  REQUIRE(rows.size() >= 200);
  size_t excluded = 0;
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CAPTURE(row.note);
    ItemTags tags = testing::SharedEngine().tagger().Tag(row.text);
    std::set<std::string> kinds;
    for (const Metric& m : tags.metrics) kinds.insert(m.kind);
    CHECK(tags.quantified() == row.quantified);
    CHECK(kinds == row.kinds);
    if (!row.quantified) ++excluded;
  }
  CHECK(excluded >= 80);
}

}  // namespace
}  // namespace hirelint
