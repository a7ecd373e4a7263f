// A seeded mutation run over the JSON and YAML fixtures: thousands of damaged files (structural
// characters inserted, deleted and replaced) must each give items or an Error with a position,
// never a crash, and every item's spans and map must stay inside the file. Run it under
// `make sanitize` to catch memory errors too.

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

// ASCII only: the reader has already rejected invalid UTF-8 before any extractor runs.
const char kAlphabet[] = "{}[]\"':,\\-\n\t #&*!|>?%@`u0123456789abcdefxyz ";

std::string Mutate(const std::string& text, std::mt19937* rng) {
  std::string out = text;
  std::uniform_int_distribution<int> edits(1, 4);
  std::uniform_int_distribution<size_t> pick(0, sizeof(kAlphabet) - 2);
  for (int n = edits(*rng); n > 0 && !out.empty(); --n) {
    std::uniform_int_distribution<size_t> where(0, out.size() - 1);
    size_t at = where(*rng);
    switch ((*rng)() % 3) {
      case 0:
        out.insert(at, 1, kAlphabet[pick(*rng)]);
        break;
      case 1:
        out.erase(at, 1);
        break;
      default:
        out[at] = kAlphabet[pick(*rng)];
        break;
    }
  }
  return out;
}

void CheckMutants(const std::string& relative, const std::string& format, int count) {
  const std::string original = testing::ReadFileOrDie(testing::SourcePath(relative));
  const ExtractorEntry* entry = FindExtractor(format);
  REQUIRE(entry != nullptr);
  std::mt19937 rng(20240611);
  int failures = 0;
  int errors = 0;
  for (int i = 0; i < count; ++i) {
    SourceFile file(relative, Mutate(original, &rng));
    auto extraction = entry->extract(file, ExtractMode::kBullets);
    if (!extraction.ok()) {
      ++errors;
      const Error& e = extraction.error();
      if (e.line == 0 || e.column == 0 || e.message.empty() || e.path != relative) ++failures;
      continue;
    }
    const size_t size = file.bytes().size();
    for (const Item& item : extraction.value().items) {
      bool inside = item.begin <= item.end && item.end <= size && item.SourceBegin() <= size &&
                    item.map.ToSourceEnd(item.text.size()) <= size && !item.text.empty();
      if (!inside) ++failures;
    }
  }
  CAPTURE(relative);
  CHECK(failures == 0);
  CHECK(errors > 0);      // the mutations do break files
  CHECK(errors < count);  // and some still parse
}

TEST_CASE("JSON and YAML extractors survive damaged files") {
  CheckMutants("tests/fixtures/corpus/json/cv-ml-engineer.resume.json", "json-resume", 1500);
  CheckMutants("tests/fixtures/json/escapes.resume.json", "json-resume", 1500);
  CheckMutants("tests/fixtures/json/generic-highlights.json", "json", 1000);
  CheckMutants("tests/fixtures/corpus/yaml/hydrology-ml-rendercv.yaml", "yaml", 1500);
  CheckMutants("tests/fixtures/yaml/scalar-styles.yaml", "yaml", 1500);
  CheckMutants("tests/fixtures/yaml/yamlresume.yml", "yaml", 1000);
}

}  // namespace
}  // namespace hirelint
