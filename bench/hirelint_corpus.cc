// hirelint_corpus: writes a deterministic benchmark corpus (see corpus_generator.h).
//
//   hirelint_corpus --format text|markdown|jsonl [--seed N] [--non-ascii SHARE]
//                   [--bytes N | --count N] [--samples DIR] OUT
//
// text and markdown write at least --bytes bytes (default 1000000); jsonl writes --count
// stories (default 1000). The same arguments always give the same bytes.

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/corpus_generator.h"
#include "lexicon/lexicon_data.h"
#include "lexicon/lexicon_files.h"

namespace {

int Usage() {
  std::cerr
      << "usage: hirelint_corpus --format text|markdown|jsonl [--seed N] [--non-ascii SHARE]\n"
         "                       [--bytes N | --count N] [--samples DIR] OUT\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace hirelint;
  std::string format, out_path, samples = "samples";
  bench::CorpusOptions options;
  size_t bytes = 1000000, count = 1000;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "hirelint_corpus: " << arg << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--format") {
      format = value();
    } else if (arg == "--seed") {
      options.seed = std::strtoull(value().c_str(), nullptr, 10);
    } else if (arg == "--non-ascii") {
      options.non_ascii_share = std::strtod(value().c_str(), nullptr);
    } else if (arg == "--bytes") {
      bytes = std::strtoull(value().c_str(), nullptr, 10);
    } else if (arg == "--count") {
      count = std::strtoull(value().c_str(), nullptr, 10);
    } else if (arg == "--samples") {
      samples = value();
    } else if (!arg.empty() && arg[0] != '-' && out_path.empty()) {
      out_path = arg;
    } else {
      return Usage();
    }
  }
  if (out_path.empty() || (format != "text" && format != "markdown" && format != "jsonl")) {
    return Usage();
  }
  auto lexicons = ParseLexicons(LexiconFiles::Embedded());
  if (!lexicons.ok()) {
    std::cerr << "hirelint_corpus: error: " << lexicons.error().ToString() << "\n";
    return 2;
  }
  bench::CorpusGenerator generator(lexicons.value(), bench::SampleBullets(samples), options);
  std::string text = format == "text"       ? generator.TextBullets(bytes)
                     : format == "markdown" ? generator.MarkdownCv(bytes)
                                            : generator.JsonlStories(count);
  std::ofstream out(out_path, std::ios::binary);
  out << text;
  if (!out.flush()) {
    std::cerr << "hirelint_corpus: error: cannot write " << out_path << "\n";
    return 2;
  }
  return 0;
}
