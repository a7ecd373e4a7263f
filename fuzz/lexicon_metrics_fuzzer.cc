// libFuzzer target: arbitrary bytes as metrics.yaml overlaid on the embedded lexicons; building
// the engine must give an engine or an Error, never a crash.

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "lexicon/lexicon_files.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const hirelint::LexiconFiles embedded = hirelint::LexiconFiles::Embedded();
  hirelint::LexiconFiles files = embedded;
  files.Set("metrics.yaml", "fuzz/metrics.yaml",
            std::string(reinterpret_cast<const char*>(data), size));
  auto engine = hirelint::Engine::Create(files);
  if (engine.ok()) {
    hirelint::RunOptions options;
    engine.value()->Process(
        hirelint::SourceFile("cv.md", "- Reduced p99 latency by 40% for 2M users\n"), options);
  }
  return 0;
}
