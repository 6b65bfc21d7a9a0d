// Shared helpers for the tokenizer tests: load an encoding or fail the test
// with the loader's message (missing data must fail, never skip).
#pragma once

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
