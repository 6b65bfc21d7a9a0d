// PCRE2 wrapper for pre-tokenization. Match data is per thread (one per
// pattern per thread), so one compiled Pattern is shared by every thread.
#define PCRE2_CODE_UNIT_WIDTH 8
#include "compiler/tokenizer/pretokenizer.hpp"

#include "compiler/tokenizer/pattern_translate.hpp"

#include <pcre2.h>

#include <unordered_map>

namespace aep::tokenizer {

struct Pattern::Impl {
  pcre2_code* code = nullptr;
  bool jit = false;
  ~Impl() {
    if (code != nullptr) pcre2_code_free(code);
  }
};

namespace {

// Match data sized for one pattern, reused by every call on this thread.
struct MatchData {
  pcre2_match_data* data = nullptr;
  ~MatchData() {
    if (data != nullptr) pcre2_match_data_free(data);
  }
};

pcre2_match_data* thread_match_data(const pcre2_code* code) {
  thread_local std::unordered_map<const pcre2_code*, MatchData> cache;
  MatchData& md = cache[code];
  if (md.data == nullptr) md.data = pcre2_match_data_create_from_pattern(code, nullptr);
  return md.data;
}

std::string pcre2_message(int code) {
  PCRE2_UCHAR buffer[256];
  pcre2_get_error_message(code, buffer, sizeof buffer);
  return reinterpret_cast<const char*>(buffer);
}

}  // namespace

Pattern::Pattern(PassKey) {}
Pattern::~Pattern() = default;

Expected<std::shared_ptr<const Pattern>> Pattern::compile(std::string_view tiktoken_pattern) {
  auto translated = translate_for_pcre2(tiktoken_pattern);
  if (!translated) return translated.error();
  const std::string& pattern = *translated;
  int error_code = 0;
  PCRE2_SIZE error_offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                   PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK, &error_code,
                                   &error_offset, nullptr);
  if (code == nullptr) {
    return Error{"cannot compile tokenizer pattern at offset " + std::to_string(error_offset) + ": " +
                 pcre2_message(error_code)};
  }
  auto result = std::make_shared<Pattern>(PassKey{});
  result->impl_ = std::make_unique<Impl>();
  result->impl_->code = code;
  // JIT is an optimisation: without it (e.g. no executable memory) the
  // interpreter gives the same matches, only slower.
  result->impl_->jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
  return std::shared_ptr<const Pattern>(std::move(result));
}

void* Pattern::match_data() const { return thread_match_data(impl_->code); }

bool Pattern::next_match(void* data, std::string_view text, std::size_t from, std::size_t* begin,
                         std::size_t* end, bool* error) const {
  auto* md = static_cast<pcre2_match_data*>(data);
  auto subject = reinterpret_cast<PCRE2_SPTR>(text.data());
  int rc = impl_->jit ? pcre2_jit_match(impl_->code, subject, text.size(), from, PCRE2_NO_UTF_CHECK, md, nullptr)
                      : pcre2_match(impl_->code, subject, text.size(), from, PCRE2_NO_UTF_CHECK, md, nullptr);
  if (rc < 0) {
    if (rc != PCRE2_ERROR_NOMATCH) *error = true;
    return false;
  }
  PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(md);
  *begin = ovector[0];
  *end = ovector[1];
  return true;
}

}  // namespace aep::tokenizer
