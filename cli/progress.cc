#include "progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

namespace hirelint::cli {

bool StderrIsTerminal() { return isatty(STDERR_FILENO) != 0; }

void ProgressBar::Update(size_t stories, uint64_t bytes_done, uint64_t bytes_total) {
  if (!enabled_) return;
  const Clock::time_point now = Clock::now();
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  if (stories < kMinStories && elapsed < 1.0) return;
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  drawn_ = true;
  char line[160];
  const double rate = elapsed > 0 ? static_cast<double>(stories) / elapsed : 0;
  int n = std::snprintf(line, sizeof line, "\r%zu stories  %.0f/s", stories, rate);
  std::string text(line, static_cast<size_t>(n));
  if (bytes_total > 0 && bytes_done > 0) {
    const double share = std::min(1.0, static_cast<double>(bytes_done) / bytes_total);
    const int width = 24;
    const int filled = static_cast<int>(share * width);
    const double eta = share > 0 ? elapsed * (1 - share) / share : 0;
    std::snprintf(line, sizeof line, "  [%s%s] %3.0f%%  ETA %ld:%02ld",
                  std::string(static_cast<size_t>(filled), '#').c_str(),
                  std::string(static_cast<size_t>(width - filled), '-').c_str(), share * 100,
                  static_cast<long>(eta) / 60, static_cast<long>(eta) % 60);
    text += line;
  }
  std::cerr << text << "\x1b[K" << std::flush;
}

void ProgressBar::Finish() {
  if (drawn_) std::cerr << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

}  // namespace hirelint::cli
