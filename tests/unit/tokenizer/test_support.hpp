// Shared helpers for the tokenizer tests: load an encoding or fail the test
// with the loader's message (missing data must fail, never skip).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "compiler/tokenizer/encoding.hpp"

inline const aep::tokenizer::Encoding& load_encoding(std::string_view name) {
  auto enc = aep::tokenizer::Encoding::get(name);
  if (!enc) FAIL(enc.error().message);
  return **enc;
}

inline std::vector<aep::tokenizer::Rank> ordinary(const aep::tokenizer::Encoding& enc, std::string_view text) {
  auto ids = enc.encode_ordinary(text);
  if (!ids) FAIL(ids.error().message);
  return *ids;
}

// A file's bytes ("" when it cannot be read: the caller's checks then fail).
inline std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Sets an environment variable for one scope (unset when empty is passed
// as nullopt), restoring what was there before.
struct ScopedEnv {
  std::string name;
  std::optional<std::string> old;
  ScopedEnv(std::string n, const std::optional<std::string>& value) : name(std::move(n)) {
    if (const char* v = std::getenv(name.c_str())) old = v;
    if (value) ::setenv(name.c_str(), value->c_str(), 1);
    else ::unsetenv(name.c_str());
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;
  ~ScopedEnv() {
    if (old) ::setenv(name.c_str(), old->c_str(), 1);
    else ::unsetenv(name.c_str());
  }
};
