#pragma once
// A deterministic generator of CV bullets and interview stories for benchmarks and for the
// tokenizer's differential test. Text is assembled from the lexicons (stage phrases, openers,
// hedges, tools, scale claims) and from the sample CVs' bullets, with generated metrics, so
// every matcher and pattern sees work like a real CV's. The same seed and options always give
// the same bytes, on any platform (no std:: distributions, which differ between libraries).

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "lexicon/lexicon_data.h"

namespace hirelint::bench {

struct CorpusOptions {
  uint64_t seed = 8;
  // Share of bullets and story sentences that carry non-ASCII text (accents, CJK, curly quotes,
  // arrows, ligatures, full-width letters, emoji), 0 to 1.
  double non_ascii_share = 0.1;
};

class CorpusGenerator {
 public:
  // `sample_bullets` are real bullets (see SampleBullets) mixed in verbatim now and then.
  CorpusGenerator(const LexiconData& lexicons, std::vector<std::string> sample_bullets,
                  CorpusOptions options);

  // One bullet's text, without a list marker or line break.
  std::string Bullet();
  // One interview story: a few STAR paragraphs joined by single spaces (one line).
  std::string Story();

  // A plain-text bullet corpus of at least `min_bytes`: ALL-CAPS section headings, "- " bullets
  // and job lines, as a text CV is kept.
  std::string TextBullets(size_t min_bytes);
  // A Markdown CV of at least `min_bytes`: name, summary, sections with "###" jobs and "- "
  // bullets (some wrapped over two lines, some with **bold** or `code`), skills and education.
  std::string MarkdownCv(size_t min_bytes);
  // `count` stories as JSONL, one {"id": "...", "text": "..."} object per line.
  std::string JsonlStories(size_t count);

 private:
  uint64_t Next();
  size_t Below(size_t n);
  bool Chance(double p);
  const std::string& Pick(const std::vector<std::string>& list);

  std::string Phrase(const std::vector<std::string>& list);  // a lexicon phrase, wildcards filled
  std::string StagePhrase(const std::string& stage);
  std::string Metric();
  std::string Tools(size_t n);
  std::string NonAsciiTouch(std::string text);
  std::string AsciiNoise();
  std::string JobLine();

  CorpusOptions options_;
  uint64_t state_;
  std::vector<std::string> sample_bullets_;
  std::vector<std::string> stage_names_;
  std::vector<std::vector<std::string>> stage_phrases_;  // per stage_names_ entry
  std::vector<std::string> action_verbs_;
  std::vector<std::string> weak_openers_;
  std::vector<std::string> hedges_;
  std::vector<std::string> tools_;
  std::vector<std::string> scale_claims_;
  std::vector<std::string> negations_;
  size_t story_counter_ = 0;
};

// The bullets ("- " lines, marker removed) of every .md and .txt file in `samples_dir`,
// in file-name order; empty when the folder is missing.
std::vector<std::string> SampleBullets(const std::string& samples_dir);

// `text` as a JSON string literal (quotes included).
std::string JsonString(const std::string& text);

}  // namespace hirelint::bench
