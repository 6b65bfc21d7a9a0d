// PCRE2 wrapper with limits (see regex.hpp).
#define PCRE2_CODE_UNIT_WIDTH 8
#include "eval/regex.hpp"

#include <pcre2.h>

#include <fmt/format.h>

namespace aep::eval {

struct Regex::Impl {
  pcre2_code* code = nullptr;
  pcre2_match_context* context = nullptr;
  ~Impl() {
    if (context != nullptr) pcre2_match_context_free(context);
    if (code != nullptr) pcre2_code_free(code);
  }
};

Regex::Regex(Regex&&) noexcept = default;
Regex& Regex::operator=(Regex&&) noexcept = default;
Regex::~Regex() = default;

Expected<Regex> Regex::compile(std::string_view pattern, bool caseless) {
  int error_code = 0;
  PCRE2_SIZE error_offset = 0;
  std::uint32_t options = PCRE2_UTF | PCRE2_UCP | (caseless ? PCRE2_CASELESS : 0u);
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), options,
                                   &error_code, &error_offset, nullptr);
  if (code == nullptr) {
    PCRE2_UCHAR buffer[256];
    pcre2_get_error_message(error_code, buffer, sizeof buffer);
    return Error{fmt::format("invalid regex `{}` at offset {}: {}", pattern, error_offset,
                             reinterpret_cast<const char*>(buffer))};
  }
  // JIT is an optimisation only: a failure to JIT leaves the interpreter.
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
  Regex regex;
  regex.impl_ = std::make_unique<Impl>();
  regex.impl_->code = code;
  regex.impl_->context = pcre2_match_context_create(nullptr);
  pcre2_set_match_limit(regex.impl_->context, kMatchLimit);
  pcre2_set_depth_limit(regex.impl_->context, kDepthLimit);
  regex.pattern_ = std::string(pattern);
  return regex;
}

RegexMatch Regex::search(std::string_view subject) const {
  pcre2_match_data* data = pcre2_match_data_create_from_pattern(impl_->code, nullptr);
  // Subjects are checked for UTF-8 by the matcher: invalid text is a no-match.
  int rc = pcre2_match(impl_->code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), 0, 0, data,
                       impl_->context);
  pcre2_match_data_free(data);
  if (rc >= 0) return RegexMatch::Match;
  if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT ||
      rc == PCRE2_ERROR_JIT_STACKLIMIT) {
    return RegexMatch::LimitExceeded;
  }
  return RegexMatch::NoMatch;
}

}  // namespace aep::eval
