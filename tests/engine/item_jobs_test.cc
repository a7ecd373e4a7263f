// RunOptions::item_jobs: one file's items tagged on several threads give the same result, in
// the same order, as on one.

#include <doctest/doctest.h>

#include <sstream>

#include "bench/corpus_generator.h"
#include "report/report.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

TEST_CASE("Engine: a file's items tagged on several threads give the one-thread result") {
  bench::CorpusOptions corpus;
  corpus.seed = 5;
  bench::CorpusGenerator generator(testing::SharedEngine().lexicons(),
                                   bench::SampleBullets(testing::SourcePath("samples")), corpus);
  const std::string cv = generator.MarkdownCv(40000);  // hundreds of items
  auto lint = [&](unsigned item_jobs) {
    RunOptions options;
    options.item_jobs = item_jobs;
    std::vector<FileResult> results;
    results.push_back(testing::SharedEngine().Process(SourceFile("cv.md", cv), options));
    REQUIRE(results[0].items.size() > 200);
    std::ostringstream out;
    WriteTagJson(results, out);  // stages, hits and metrics of every item
    WriteLintJson(results, out);  // findings and their rewrites
    return out.str();
  };
  const std::string one = lint(1);
  CHECK(one.find("\"metrics\"") != std::string::npos);
  CHECK(one.find("\"rule\"") != std::string::npos);
  for (unsigned jobs : {0u, 2u, 7u}) {
    CAPTURE(jobs);
    CHECK(lint(jobs) == one);
  }
}

}  // namespace
}  // namespace hirelint
