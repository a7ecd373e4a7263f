// hirelint_bench: the speed measures of issue 8, run by `make bench`.
//
//   hirelint_bench [--work-dir DIR] [--hirelint PATH] [--samples DIR] [--corpus-mb N]
//                  [--cv-runs N] [--stories N] [--seed N] [--non-ascii SHARE]
//                  [Google Benchmark flags, e.g. --benchmark_repetitions=3]
//
// 1. Generates (once per seed and size; kept in DIR/corpus) a bullet corpus of N 1-MB text
//    files, a two-page Markdown CV and a JSONL story bank.
// 2. In this process, on one core (Google Benchmark): tokenize, tag and full lint (read,
//    extract, tag, check, format the text report) over the corpus, one file at a time; tag
//    over the first 1 MB file and over its first 100 kB with a new Engine each time (RE2
//    cold); and Engine::Create
//    (start-up). Peak resident memory is measured per benchmark by resetting
//    the kernel's high-water mark (/proc/self/clear_refs) before it.
// 3. As processes: `hirelint lint cv.md` from spawn to exit, many times; `hirelint score
//    --format jsonl --jobs N stories.jsonl` with one job and with all cores.
// Prints a summary in MB/s (10^6 bytes), milliseconds and MB of peak RSS.

#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "bench/corpus_generator.h"
#include "engine/engine.h"
#include "lexicon/lexicon_files.h"
#include "report/report.h"

extern char** environ;

namespace hirelint::bench {
namespace {

namespace fs = std::filesystem;

struct Config {
  std::string work_dir = "build/bench";
  std::string hirelint = "build/hirelint";
  std::string samples = "samples";
  size_t corpus_mb = 100;
  size_t cv_runs = 101;
  size_t stories = 100000;
  CorpusOptions corpus;
};

Config& TheConfig() {
  static Config config;
  return config;
}

// The corpus files, shared by the in-process benchmarks.
std::vector<std::string>& CorpusFiles() {
  static std::vector<std::string> files;
  return files;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// FNV-1a of a file, read in small pieces: comparing two large outputs this way keeps this
// process's peak RSS, which the next child's ru_maxrss starts from, where it was.
uint64_t HashFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  uint64_t hash = 14695981039346656037ull;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    for (std::streamsize i = 0; i < in.gcount(); ++i) {
      hash = (hash ^ static_cast<unsigned char>(buffer[i])) * 1099511628211ull;
    }
  }
  return hash;
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string CorpusDir() { return TheConfig().work_dir + "/corpus"; }

std::string Stamp(const char* what, size_t size) {
  const Config& c = TheConfig();
  std::ostringstream s;
  // The corpus is assembled from the lexicons and the sample bullets, so their content is part
  // of the stamp: a change to either regenerates it.
  uint64_t samples_hash = 1469598103934665603ull;  // FNV-1a
  auto add = [&](const std::string& text) {
    for (unsigned char ch : text) samples_hash = (samples_hash ^ ch) * 1099511628211ull;
  };
  for (const std::string& bullet : SampleBullets(c.samples)) add(bullet + "\n");
  LexiconFiles lexicons = LexiconFiles::Embedded();
  for (const auto& [name, file] : lexicons.files()) add(name + "\n" + std::string(file.text));
  s << "generator=1 " << what << "=" << size << " seed=" << c.corpus.seed
    << " non_ascii=" << c.corpus.non_ascii_share << " samples=" << std::hex << samples_hash
    << "\n";
  return s.str();
}

std::unique_ptr<CorpusGenerator> MakeGenerator(uint64_t seed_offset) {
  auto lexicons = ParseLexicons(LexiconFiles::Embedded());
  if (!lexicons.ok()) {
    std::cerr << "hirelint_bench: " << lexicons.error().ToString() << "\n";
    std::exit(2);
  }
  CorpusOptions options = TheConfig().corpus;
  options.seed += seed_offset;
  return std::make_unique<CorpusGenerator>(lexicons.value(), SampleBullets(TheConfig().samples),
                                           options);
}

// Generates the bullet corpus and the CV unless a stamp says they are already there.
void EnsureCorpus() {
  const Config& c = TheConfig();
  fs::create_directories(CorpusDir());
  std::string stamp_path = CorpusDir() + "/bullets.stamp";
  std::string stamp = Stamp("mb", c.corpus_mb);
  for (size_t i = 0; i < c.corpus_mb; ++i) {
    char name[48];
    std::snprintf(name, sizeof name, "/bullets-%03zu.txt", i);
    CorpusFiles().push_back(CorpusDir() + name);
  }
  if (ReadFile(stamp_path) != stamp) {
    std::cerr << "hirelint_bench: generating a " << c.corpus_mb << " MB bullet corpus in "
              << CorpusDir() << " ...\n";
    auto generator = MakeGenerator(0);
    for (const std::string& path : CorpusFiles()) WriteFile(path, generator->TextBullets(1000000));
    WriteFile(CorpusDir() + "/cv.md", MakeGenerator(1)->MarkdownCv(7000));
    WriteFile(stamp_path, stamp);
  }
}

std::string EnsureStories() {
  const Config& c = TheConfig();
  std::string path = CorpusDir() + "/stories.jsonl";
  std::string stamp_path = CorpusDir() + "/stories.stamp";
  std::string stamp = Stamp("stories", c.stories);
  if (ReadFile(stamp_path) != stamp) {
    std::cerr << "hirelint_bench: generating " << c.stories << " JSONL stories ...\n";
    // In chunks, so this process stays small for the measurements that follow (a freed
    // 70 MB string can stay resident and would count in every peak after it).
    auto generator = MakeGenerator(2);
    std::ofstream out(path, std::ios::binary);
    for (size_t done = 0; done < c.stories; done += 1000) {
      out << generator->JsonlStories(std::min<size_t>(1000, c.stories - done));
    }
    WriteFile(stamp_path, stamp);
  }
  return path;
}

// Peak resident memory: reset the high-water mark, read it back after the work.
void ResetPeakRss() {
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
}

double PeakRssMb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.compare(0, 6, "VmHWM:") == 0) return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
  }
  return 0;
}

const Engine& TheEngine() {
  static std::shared_ptr<const Engine> engine = [] {
    auto e = Engine::Create(EngineOptions{});
    if (!e.ok()) {
      std::cerr << "hirelint_bench: " << e.error().ToString() << "\n";
      std::exit(2);
    }
    return e.value();
  }();
  return *engine;
}

// Calls fn(line) for each item line of a text corpus file: bullet markers removed, blank lines
// skipped. (The text extractor does the same, plus the source map; lint measures that.)
template <typename Fn>
void ForEachLine(const std::string& bytes, Fn fn) {
  size_t start = 0;
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string::npos) end = bytes.size();
    std::string_view line(bytes.data() + start, end - start);
    if (line.size() >= 2 && line[0] == '-' && line[1] == ' ') line.remove_prefix(2);
    if (!line.empty()) fn(line);
    start = end + 1;
  }
}

template <typename PerFile>
void CorpusBenchmark(benchmark::State& state, PerFile per_file) {
  TheEngine();
  ResetPeakRss();
  size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& path : CorpusFiles()) bytes += per_file(path);
  }
  state.counters["bytes"] =
      benchmark::Counter(static_cast<double>(bytes), benchmark::Counter::kAvgIterations);
  state.counters["peak_rss_mb"] = PeakRssMb();
}

void BM_Tokenize(benchmark::State& state) {
  const Tokenizer& tokenizer = TheEngine().tagger().tokenizer();
  CorpusBenchmark(state, [&](const std::string& path) {
    std::string bytes = ReadFile(path);
    ForEachLine(bytes, [&](std::string_view line) {
      benchmark::DoNotOptimize(tokenizer.Tokenize(line).size());
    });
    return bytes.size();
  });
}

void BM_Tag(benchmark::State& state) {
  const Tagger& tagger = TheEngine().tagger();
  CorpusBenchmark(state, [&](const std::string& path) {
    std::string bytes = ReadFile(path);
    ForEachLine(bytes, [&](std::string_view line) {
      benchmark::DoNotOptimize(tagger.Tag(line).stage_mask);
    });
    return bytes.size();
  });
}

// BM_Tag over the start of the first corpus file, each time with a new Engine: its RE2 Sets and
// patterns compiled on first need, and their DFAs meeting this text for the first time, as in
// a process linting a CV or a batch of a few hundred. The text is announced first, as
// Engine::Process announces a file's items, so 1 MB goes to the RE2 Sets and 100 kB, a few dozen
// CVs, to the required-text prefilter (MetricRecognizer::AnnounceText). (BM_Tag reports the
// regime after 100 MB, when the DFAs have the states the corpus needs; the generated corpus
// repeats its templates, so it reaches it sooner than varied real text would.)
void TagNewEngine(benchmark::State& state, size_t size) {
  std::string bytes = ReadFile(CorpusFiles().front());
  bytes.resize(std::min(bytes.size(), size));
  bytes.erase(bytes.rfind('\n') + 1);  // whole lines
  ResetPeakRss();
  size_t total = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto engine = Engine::Create(EngineOptions{});
    if (!engine.ok()) {
      state.SkipWithError(engine.error().ToString().c_str());
      return;
    }
    state.ResumeTiming();
    const Tagger& tagger = engine.value()->tagger();
    tagger.AnnounceText(bytes.size());
    ForEachLine(bytes, [&](std::string_view line) {
      benchmark::DoNotOptimize(tagger.Tag(line).stage_mask);
    });
    state.PauseTiming();  // the Engine's destruction is not tagging
    engine = Error{};
    state.ResumeTiming();
    total += bytes.size();
  }
  state.counters["bytes"] =
      benchmark::Counter(static_cast<double>(total), benchmark::Counter::kAvgIterations);
  state.counters["peak_rss_mb"] = PeakRssMb();
}

void BM_TagNewEngine(benchmark::State& state) { TagNewEngine(state, 1 << 20); }
void BM_TagNewEngineSmall(benchmark::State& state) { TagNewEngine(state, 100 << 10); }

// Discards what it is given, as cheaply as an ostream can.
class NullBuffer : public std::streambuf {
 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
  int overflow(int c) override { return c; }
};

void BM_Lint(benchmark::State& state) {
  const Engine& engine = TheEngine();
  NullBuffer null_buffer;
  std::ostream null_out(&null_buffer);
  RunOptions options;
  options.read.max_file_bytes = 1u << 30;
  CorpusBenchmark(state, [&](const std::string& path) {
    std::vector<FileResult> results;
    results.push_back(engine.Run(path, options));
    WriteLintText(results, TextStyle{}, null_out);
    return results[0].source.bytes().size();
  });
}

void BM_EngineCreate(benchmark::State& state) {
  ResetPeakRss();
  for (auto _ : state) {
    auto engine = Engine::Create(EngineOptions{});
    benchmark::DoNotOptimize(engine.ok());
  }
  state.counters["peak_rss_mb"] = PeakRssMb();
}

// Keeps every repetition's result for the summary, and prints the usual console table.
class SummaryReporter : public benchmark::ConsoleReporter {
 public:
  struct Sample {
    double real_seconds, cpu_seconds, bytes, peak_rss_mb;
  };
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      if (run.run_type != Run::RT_Iteration || run.error_occurred) continue;
      double iterations = static_cast<double>(run.iterations);
      auto counter = [&](const char* name) {
        auto it = run.counters.find(name);
        return it == run.counters.end() ? 0.0 : it->second.value;
      };
      samples_[run.run_name.function_name].push_back({run.real_accumulated_time / iterations,
                                                      run.cpu_accumulated_time / iterations,
                                                      counter("bytes"), counter("peak_rss_mb")});
    }
    ConsoleReporter::ReportRuns(runs);
  }
  const std::map<std::string, std::vector<Sample>>& samples() const { return samples_; }

 private:
  std::map<std::string, std::vector<Sample>> samples_;
};

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5)];
}

struct ProcessRun {
  int exit_code = -1;
  double seconds = 0;
  double cpu_seconds = 0;  // user + system
  double peak_rss_mb = 0;
};

// Runs `args` (args[0] is the program) with stdout to `out_path` and stderr to /dev/null;
// the time is from just before the spawn to the return of wait4.
ProcessRun Spawn(const std::vector<std::string>& args, const std::string& out_path = "/dev/null") {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  ProcessRun result;
  auto start = std::chrono::steady_clock::now();
  pid_t pid;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
    int status = 0;
    struct rusage usage {};
    if (wait4(pid, &status, 0, &usage) == pid) {
      auto end = std::chrono::steady_clock::now();
      result.seconds = std::chrono::duration<double>(end - start).count();
      result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      result.peak_rss_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
      auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
      result.cpu_seconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    }
  }
  posix_spawn_file_actions_destroy(&actions);
  return result;
}

// The process measurements run before the in-process benchmarks (see main); their lines are
// kept here and printed after the summary.
std::string& ProcessReport() {
  static std::string report;
  return report;
}

__attribute__((format(printf, 1, 2))) void Report(const char* format, ...) {
  char buf[1024];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buf, sizeof buf, format, args);
  va_end(args);
  ProcessReport() += buf;
}

double CurrentRssMb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.compare(0, 6, "VmRSS:") == 0) return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
  }
  return 0;
}

// Spawns `args` c.cv_runs times and reports the medians under `label`, `command` saying what
// ran; false when a run fails.
bool ReportCvRuns(const char* label, const char* command, const std::vector<std::string>& args,
                  const std::string& cv) {
  const Config& c = TheConfig();
  std::vector<double> ms, cpu_ms, rss;
  for (size_t i = 0; i < c.cv_runs; ++i) {
    ProcessRun run = Spawn(args);
    if (run.exit_code < 0 || run.exit_code > 1) {
      Report("%s: %s failed (exit %d)\n", label, c.hirelint.c_str(), run.exit_code);
      return false;
    }
    ms.push_back(run.seconds * 1000);
    cpu_ms.push_back(run.cpu_seconds * 1000);
    rss.push_back(run.peak_rss_mb);
  }
  Report(
      "%-23s %8.2f ms wall median (p10 %.2f, p90 %.2f), %.2f ms cpu (user+sys) median, over "
      "%zu runs of `%s %s` (%zu bytes)   peak RSS %.1f MB\n",
      label, Median(ms), Percentile(ms, 0.1), Percentile(ms, 0.9), Median(cpu_ms), ms.size(),
      command, cv.c_str(), static_cast<size_t>(fs::file_size(cv)), Median(rss));
  return true;
}

void PrintCvTiming() {
  const Config& c = TheConfig();
  std::string cv = CorpusDir() + "/cv.md";
  std::vector<std::string> args = {c.hirelint, "lint", "--color", "never", cv};
  // A child's ru_maxrss starts from this process's high-water mark (exec records the old
  // address space's peak), so keep this process small and reset its mark first.
  ResetPeakRss();
  Report(
      "(process measurements ran first; bench process RSS at spawn %.1f MB, a child's peak "
      "RSS is measurable only above it)\n",
      CurrentRssMb());
  Spawn(args);  // warm the page cache
  if (!ReportCvRuns("one CV, whole process", "hirelint lint", args, cv)) return;
  // The same CV linted again with --cache, as on every save in an editor or pre-commit hook:
  // the first run fills the cache, the measured ones read it.
  std::string cache = c.work_dir + "/cv-cache";
  fs::remove_all(cache);
  std::vector<std::string> cached = {c.hirelint,         "lint", "--color", "never", "--cache",
                                     "--cache-location", cache,  cv};
  if (Spawn(cached).exit_code > 1) {
    Report("one CV, --cache: %s has no --cache; not measured\n", c.hirelint.c_str());
    return;
  }
  ReportCvRuns("one CV, --cache, again", "hirelint lint --cache", cached, cv);
}

void PrintScoreTiming() {
  const Config& c = TheConfig();
  // Before `score` exists, `hirelint score --help` is read as `hirelint lint score --help`
  // and prints lint's help, so the help must also name the score command.
  std::string help_path = c.work_dir + "/score-help.txt";
  bool has_score = Spawn({c.hirelint, "score", "--help"}, help_path).exit_code == 0 &&
                   ReadFile(help_path).find("hirelint score") != std::string::npos;
  if (!has_score) {
    Report(
        "score: %s has no `score` command yet (`hirelint score --help` failed); "
        "stories per second not measured\n",
        c.hirelint.c_str());
    return;
  }
  std::string stories = EnsureStories();
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  double one_core = 0;
  uint64_t first_output = 0;
  for (unsigned jobs : {1u, cores}) {
    std::string out = c.work_dir + "/score-jobs" + std::to_string(jobs) + ".jsonl";
    ResetPeakRss();  // see PrintCvTiming
    ProcessRun run = Spawn(
        {c.hirelint, "score", "--format", "jsonl", "--jobs", std::to_string(jobs), stories}, out);
    if (run.exit_code < 0 || run.exit_code > 1) {
      Report("score --jobs %u: failed (exit %d)\n", jobs, run.exit_code);
      return;
    }
    double per_second = static_cast<double>(c.stories) / run.seconds;
    Report(
        "score, %u job%s          %10.0f stories/s (%zu stories in %.2f s wall, %.2f s cpu)   "
        "peak RSS %.1f MB",
        jobs, jobs == 1 ? " " : "s", per_second, c.stories, run.seconds, run.cpu_seconds,
        run.peak_rss_mb);
    if (jobs == 1) {
      one_core = per_second;
      first_output = HashFile(out);
      Report("\n");
    } else {
      Report("   %.2fx one job; output %s\n", per_second / one_core,
             HashFile(out) == first_output ? "identical" : "DIFFERS");
    }
    if (cores == 1) break;
  }
}

void PrintSummary(const SummaryReporter& reporter) {
  std::printf(
      "\nhirelint bench summary (medians; the machine may be shared, so wall times are "
      "noisy; cpu = this thread's CPU time)\n");
  const char* names[][2] = {{"BM_Tokenize", "tokenize one core"},
                            {"BM_Tag", "tag      one core"},
                            {"BM_TagNewEngine", "tag, new engine"},
                            {"BM_TagNewEngineSmall", "tag, new engine, small"},
                            {"BM_Lint", "lint     one core"}};
  for (const auto& [function, label] : names) {
    auto it = reporter.samples().find(function);
    if (it == reporter.samples().end()) continue;
    std::vector<double> wall, cpu, rss;
    for (const auto& s : it->second) {
      wall.push_back(s.bytes / 1e6 / s.real_seconds);
      cpu.push_back(s.bytes / 1e6 / s.cpu_seconds);
      rss.push_back(s.peak_rss_mb);
    }
    std::printf(
        "%-22s %8.1f MB/s wall, %8.1f MB/s cpu, over %.1f MB (%zu runs)   peak RSS %.1f MB\n",
        label, Median(wall), Median(cpu), it->second.front().bytes / 1e6, wall.size(), Median(rss));
  }
  auto create = reporter.samples().find("BM_EngineCreate");
  if (create != reporter.samples().end()) {
    std::vector<double> ms, cpu_ms;
    for (const auto& s : create->second) {
      ms.push_back(s.real_seconds * 1000);
      cpu_ms.push_back(s.cpu_seconds * 1000);
    }
    std::printf("Engine::Create          %8.2f ms wall, %.2f ms cpu (in process)\n", Median(ms),
                Median(cpu_ms));
  }
}

bool ParseFlags(int argc, char** argv) {
  Config& c = TheConfig();
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (i + 1 >= argc) {
      std::cerr << "hirelint_bench: unknown or incomplete argument '" << arg << "'\n";
      return false;
    }
    std::string value = argv[++i];
    if (arg == "--work-dir") {
      c.work_dir = value;
    } else if (arg == "--hirelint") {
      c.hirelint = value;
    } else if (arg == "--samples") {
      c.samples = value;
    } else if (arg == "--corpus-mb") {
      c.corpus_mb = std::strtoull(value.c_str(), nullptr, 10);
    } else if (arg == "--cv-runs") {
      c.cv_runs = std::max<size_t>(1, std::strtoull(value.c_str(), nullptr, 10));
    } else if (arg == "--stories") {
      c.stories = std::strtoull(value.c_str(), nullptr, 10);
    } else if (arg == "--seed") {
      c.corpus.seed = std::strtoull(value.c_str(), nullptr, 10);
    } else if (arg == "--non-ascii") {
      c.corpus.non_ascii_share = std::strtod(value.c_str(), nullptr);
    } else {
      std::cerr << "hirelint_bench: unknown argument '" << arg << "'\n";
      return false;
    }
  }
  return true;
}

}  // namespace
}  // namespace hirelint::bench

int main(int argc, char** argv) {
  using namespace hirelint::bench;
  benchmark::Initialize(&argc, argv);  // takes the --benchmark_* flags out of argv
  if (!ParseFlags(argc, argv)) return 2;
  EnsureCorpus();
  // Processes first, while this process is small (see PrintCvTiming); printed at the end.
  PrintCvTiming();
  PrintScoreTiming();
  // One pass over the corpus per repetition; the --benchmark_repetitions flag sets how many.
  benchmark::RegisterBenchmark("BM_Tokenize", BM_Tokenize)
      ->Iterations(1)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_Tag", BM_Tag)->Iterations(1)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_TagNewEngine", BM_TagNewEngine)
      ->Iterations(3)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_TagNewEngineSmall", BM_TagNewEngineSmall)
      ->Iterations(10)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_Lint", BM_Lint)->Iterations(1)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_EngineCreate", BM_EngineCreate)->Unit(benchmark::kMillisecond);
  SummaryReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  PrintSummary(reporter);
  std::fputs(ProcessReport().c_str(), stdout);
  benchmark::Shutdown();
  return 0;
}
