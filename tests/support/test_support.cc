#include "support/test_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "core/fnv1a.h"

namespace hirelint::testing {

std::string SourcePath(const std::string& relative) {
  return std::string(HIRELINT_SOURCE_DIR) + "/" + relative;
}

std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

namespace {

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

}  // namespace

std::string TempDir() {
  static int counter = 0;
  auto dir = std::filesystem::temp_directory_path() /
             ("hirelint-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  static std::vector<std::filesystem::path> made;
  static struct Cleanup {
    ~Cleanup() {
      for (auto& d : made) {
        std::error_code ec;
        std::filesystem::remove_all(d, ec);
      }
    }
  } cleanup;
  made.push_back(dir);
  return dir.string();
}

CommandResult RunHirelint(const std::vector<std::string>& args, const std::string& stdin_text,
                          const std::vector<std::string>& env) {
  std::string dir = TempDir();
  std::string in_path = dir + "/stdin", out_path = dir + "/stdout", err_path = dir + "/stderr";
  {
    std::ofstream in(in_path, std::ios::binary);
    in << stdin_text;
  }
  // Relative paths in `args` are relative to the source tree, so outputs name them stably.
  std::string cmd = "cd " + ShellQuote(HIRELINT_SOURCE_DIR) + " && NO_COLOR=1 ";
  for (const auto& variable : env) {
    // An assignment's name must stay unquoted for the shell to see an assignment.
    size_t eq = variable.find('=');
    cmd += variable.substr(0, eq + 1) + ShellQuote(variable.substr(eq + 1)) + " ";
  }
  cmd += ShellQuote(HIRELINT_BINARY);
  for (const auto& a : args) cmd += " " + ShellQuote(a);
  cmd += " <" + ShellQuote(in_path) + " >" + ShellQuote(out_path) + " 2>" + ShellQuote(err_path);
  int status = std::system(cmd.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFileOrDie(out_path);
  r.err = ReadFileOrDie(err_path);
  return r;
}

std::string ResignMetricMemo(const std::string& file) {
  std::string body = file.substr(0, file.rfind("sum "));
  return body + "sum " + Hex16(Fnv1a(body)) + "\n";
}

const Engine& SharedEngine() {
  static std::shared_ptr<const Engine> engine = [] {
    auto created = Engine::Create(EngineOptions());
    if (!created.ok()) throw std::runtime_error(created.error().ToString());
    return created.value();
  }();
  return *engine;
}

FileResult ProcessText(const std::string& name, const std::string& text, ExtractMode mode) {
  RunOptions options;
  options.mode = mode;
  return SharedEngine().Process(SourceFile(name, text), options);
}

bool MatchesGolden(const std::string& name, const std::string& actual) {
  std::string path = SourcePath("tests/golden/" + name);
  const char* update = std::getenv("HIRELINT_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  return std::string(std::istreambuf_iterator<char>(in), {}) == actual;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

ScopedEnvironmentVariable::ScopedEnvironmentVariable(const char* name, const char* value)
    : name_(name) {
  if (const char* old = std::getenv(name)) old_ = old;
  if (value) {
    setenv(name, value, 1);
  } else {
    unsetenv(name);
  }
}

ScopedEnvironmentVariable::~ScopedEnvironmentVariable() {
  if (old_) {
    setenv(name_.c_str(), old_->c_str(), 1);
  } else {
    unsetenv(name_.c_str());
  }
}

}  // namespace hirelint::testing
