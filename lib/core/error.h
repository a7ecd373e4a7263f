#pragma once
// Errors are values inside lib/: a function that can fail returns Result<T> or a
// std::optional<Error>. Only cli/ turns an Error into text and an exit code.

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace hirelint {

enum class ErrorKind {
  kUsage,    // bad flags or arguments
  kInput,    // a file to lint could not be read or parsed
  kConfig,   // a configuration file is wrong
  kLexicon,  // a lexicon or rule file is wrong
  kLimit,    // an input exceeded a configured limit
};

// An error, with the place it refers to when there is one. line and column are 1-based;
// 0 means "not known" (a missing file has no position).
struct Error {
  ErrorKind kind = ErrorKind::kInput;
  std::string path;
  size_t line = 0;
  size_t column = 0;
  std::string message;  // what is wrong and how to fix it, without the path prefix

  // "PATH:LINE:COL: message", dropping the parts that are not known.
  std::string ToString() const;
};

// A value or an Error. Deliberately small: ok(), value(), error().
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Error error) : data_(std::move(error)) {}     // NOLINT: implicit by design
  bool ok() const { return data_.index() == 0; }
  T& value() { return std::get<0>(data_); }
  const T& value() const { return std::get<0>(data_); }
  const Error& error() const { return std::get<1>(data_); }

 private:
  std::variant<T, Error> data_;
};

}  // namespace hirelint
