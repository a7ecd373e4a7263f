#include "engine/baseline.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <tuple>

#include "check/fingerprint.h"
#include "core/atomic_write.h"
#include "core/json_dump.h"

namespace hirelint {
namespace fs = std::filesystem;
namespace {

constexpr int kBaselineVersion = 1;

std::string AbsoluteDir(const std::string& file_path) {
  std::error_code ec;
  return fs::absolute(fs::path(file_path), ec).lexically_normal().parent_path().string();
}

// A finding's file as the baseline names it: relative to the baseline's directory, with '/',
// and as it reads back from the baseline's JSON (U+FFFD for bytes of the name that are not
// UTF-8), so a file with such a name matches its entries.
std::string BaselinePath(const std::string& baseline_dir, const std::string& path) {
  if (path == "<stdin>" || path == "-") return "<stdin>";
  std::error_code ec;
  fs::path absolute = fs::absolute(fs::path(path), ec).lexically_normal();
  fs::path relative = absolute.lexically_relative(fs::path(baseline_dir));
  return AsJsonRoundTrip((relative.empty() ? absolute : relative).generic_string());
}

Error BaselineError(const std::string& path, const std::string& message) {
  Error e;
  e.kind = ErrorKind::kConfig;
  e.path = path;
  e.message = message;
  return e;
}

}  // namespace

Baseline MakeBaseline(const std::vector<FileResult>& files, const std::string& baseline_path) {
  Baseline baseline;
  baseline.dir = AbsoluteDir(baseline_path);
  for (const FileResult& file : files) {
    if (file.error) continue;
    std::string name = BaselinePath(baseline.dir, file.path);
    for (const Finding& f : file.findings) {
      baseline.entries.push_back({name, f.rule, Fingerprint(file.source, file.items, f),
                                  FingerprintText(file.source, file.items, f)});
    }
  }
  std::sort(baseline.entries.begin(), baseline.entries.end(),
            [](const BaselineEntry& a, const BaselineEntry& b) {
              return std::tie(a.file, a.rule, a.text, a.fingerprint) <
                     std::tie(b.file, b.rule, b.text, b.fingerprint);
            });
  return baseline;
}

std::string SerializeBaseline(const Baseline& baseline) {
  // One entry per line keeps the diff of a baseline update readable.
  std::ostringstream out;
  out << "{\n  \"hirelint_baseline\": " << kBaselineVersion << ",\n  \"findings\": [";
  for (size_t i = 0; i < baseline.entries.size(); ++i) {
    const BaselineEntry& e = baseline.entries[i];
    nlohmann::ordered_json j;
    j["file"] = e.file;
    j["rule"] = e.rule;
    j["fingerprint"] = e.fingerprint;
    j["text"] = e.text;
    out << (i == 0 ? "\n    " : ",\n    ") << DumpJson(j);
  }
  out << (baseline.entries.empty() ? "]\n}\n" : "\n  ]\n}\n");
  return out.str();
}

Result<Baseline> ReadBaseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::error_code ec;
  if (!in || fs::is_directory(path, ec)) {
    return BaselineError(path, fs::exists(path, ec)
                                   ? "cannot read the baseline file"
                                   : "baseline file not found (write one with --write-baseline)");
  }
  std::string text(std::istreambuf_iterator<char>(in), {});
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    Error error = BaselineError(path, "not valid JSON: " + std::string(e.what()));
    Position p = SourceFile(path, text).PositionOf(e.byte > 0 ? e.byte - 1 : 0);
    error.line = p.line;
    error.column = p.column;
    return error;
  }
  if (!root.is_object() || !root.contains("hirelint_baseline") || !root.contains("findings")) {
    return BaselineError(path,
                         "not a hirelint baseline: expected an object with "
                         "'hirelint_baseline' and 'findings' (write one with "
                         "--write-baseline)");
  }
  if (root["hirelint_baseline"] != kBaselineVersion) {
    return BaselineError(path, "baseline version " + root["hirelint_baseline"].dump() +
                                   " is not supported; this hirelint reads version " +
                                   std::to_string(kBaselineVersion));
  }
  if (!root["findings"].is_array()) {
    return BaselineError(path, "'findings' must be a list");
  }
  Baseline baseline;
  baseline.dir = AbsoluteDir(path);
  size_t index = 0;
  for (const auto& entry : root["findings"]) {
    ++index;
    BaselineEntry e;
    for (auto [key, field] : {std::pair<const char*, std::string*>{"file", &e.file},
                              {"rule", &e.rule},
                              {"fingerprint", &e.fingerprint},
                              {"text", &e.text}}) {
      if (!entry.is_object() || !entry.contains(key) || !entry[key].is_string()) {
        return BaselineError(path,
                             "finding " + std::to_string(index) + " needs a string '" + key + "'");
      }
      *field = entry[key].get<std::string>();
    }
    baseline.entries.push_back(std::move(e));
  }
  return baseline;
}

std::optional<Error> WriteBaseline(const std::vector<FileResult>& files, const std::string& path) {
  return WriteFileAtomically(path, SerializeBaseline(MakeBaseline(files, path)),
                             ExistingFile::kReplace, ErrorKind::kConfig);
}

size_t ApplyBaseline(const Baseline& baseline, std::vector<FileResult>* files) {
  std::map<std::pair<std::string, std::string>, size_t> accepted;
  for (const BaselineEntry& e : baseline.entries) ++accepted[{e.file, e.fingerprint}];
  size_t removed = 0;
  for (FileResult& file : *files) {
    if (file.error) continue;
    std::string name = BaselinePath(baseline.dir, file.path);
    std::vector<Finding> kept;
    for (Finding& f : file.findings) {
      auto it = accepted.find({name, Fingerprint(file.source, file.items, f)});
      if (it != accepted.end() && it->second > 0) {
        --it->second;
        ++removed;
        continue;
      }
      kept.push_back(std::move(f));
    }
    file.findings = std::move(kept);
  }
  return removed;
}

}  // namespace hirelint
