// libFuzzer target: the whole lint pipeline (Engine::Process) on arbitrary bytes. The first byte
// picks the input format (by file name, so sniffing runs too) and the mode; the rest is the file.

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kNames[] = {"cv.txt",  "cv.md",    "cv.tex",       "cv.json",
                                       "cv.yaml", "cv.jsonl", "stories.yaml", "cv.resume.json"};
  if (size == 0) return 0;
  const char* name = kNames[data[0] % 8];
  hirelint::RunOptions options;
  options.mode =
      (data[0] & 8) != 0 ? hirelint::ExtractMode::kStories : hirelint::ExtractMode::kBullets;
  hirelint::SourceFile file(name, std::string(reinterpret_cast<const char*>(data + 1), size - 1));
  if (hirelint::ValidateText(file).has_value()) return 0;
  hirelint::fuzz::SharedEngine().Process(std::move(file), options);
  return 0;
}
