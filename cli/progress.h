#pragma once
// A one-line progress bar on stderr for long batches: stories done, rate, and (when the input
// size is known) percentage and ETA. Drawn only when enabled (stderr is a terminal and
// --quiet is off), and only once the batch has proved long (many stories, or a second in),
// so short runs and pipes never see it.

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace hirelint::cli {

class ProgressBar {
 public:
  explicit ProgressBar(bool enabled) : enabled_(enabled), start_(Clock::now()) {}
  // Called after each batch: stories scored so far, input bytes consumed and their total
  // (0 when unknown, e.g. standard input).
  void Update(size_t stories, uint64_t bytes_done, uint64_t bytes_total);
  // Clears the line if anything was drawn.
  void Finish();

  // Stories before the bar may appear.
  static constexpr size_t kMinStories = 500;

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  bool drawn_ = false;
  Clock::time_point start_;
  Clock::time_point last_draw_{};
};

// True when standard error is a terminal.
bool StderrIsTerminal();

}  // namespace hirelint::cli
