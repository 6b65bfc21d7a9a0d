// Regex: PCRE2 (UTF mode, JIT when available) with a match limit and a depth
// limit, so a pathological pattern on a long output fails with a clear reason
// instead of hanging an eval run. Used by the `regex` assertion and by the
// `matches` operator of `json-path`.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "compiler/source/expected.hpp"

namespace aep::eval {

enum class RegexMatch { Match, NoMatch, LimitExceeded };

class Regex {
 public:
  // Compiles `pattern`; the error names the offset and PCRE2's reason.
  static Expected<Regex> compile(std::string_view pattern, bool caseless = false);
  Regex(Regex&&) noexcept;
  Regex& operator=(Regex&&) noexcept;
  ~Regex();

  // Searches anywhere in `subject` (not anchored), like JavaScript's RegExp.test.
  RegexMatch search(std::string_view subject) const;
  const std::string& pattern() const { return pattern_; }

  static constexpr unsigned kMatchLimit = 10'000'000;
  static constexpr unsigned kDepthLimit = 100'000;

 private:
  Regex() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string pattern_;
};

}  // namespace aep::eval
