// File-level checks and UTF-8 decoding for the lexer (see text_input.hpp).
#include "compiler/syntax/text_input.hpp"

#include <cstring>

#include <fmt/format.h>

namespace aep::syntax {
namespace {

// Length of the valid UTF-8 sequence at text[i], or 0 when it is invalid
// (overlong forms, surrogates and code points above U+10FFFF included).
std::size_t utf8_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t n = text.size();
  auto cont = [&](std::size_t k) { return k < n && (byte(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

bool check_file_text(const SourceFile& file, std::uint64_t max_file_bytes, DiagnosticSink& sink) {
  std::string_view text = file.text();
  if (text.size() > max_file_bytes || text.size() >= 0xFFFFFFF0u) {
    sink.report(make_diag(DiagKind::FileTooLarge, file.span(0, 0),
                          fmt::format("file is {} bytes, larger than the limit of {} bytes",
                                      text.size(), max_file_bytes))
                    .help("split the module into several files"));
    return false;
  }
  bool ok = true;
  if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
    auto at = static_cast<std::uint32_t>(static_cast<const char*>(nul) - text.data());
    sink.report(make_diag(DiagKind::FileHasNul, file.span(at, at + 1),
                          fmt::format("file contains a NUL byte at byte offset {}", at))
                    .primary_label("NUL byte")
                    .note("a .aep file is text; NUL bytes usually mean a binary file or a wrong encoding"));
    ok = false;
  }
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = utf8_length(text, i);
    if (len == 0) {
      auto at = static_cast<std::uint32_t>(i);
      sink.report(make_diag(DiagKind::FileNotUtf8, file.span(at, at + 1),
                            fmt::format("file is not valid UTF-8: invalid byte 0x{:02X} at byte offset {}", c, at))
                      .primary_label("invalid UTF-8")
                      .help("save the file as UTF-8"));
      return false;
    }
    i += len;
  }
  return ok;
}

void OffsetMap::build(std::string_view text, std::u32string& out) {
  // Written by index into presized buffers: this runs over every byte.
  out.resize(text.size());
  size_ = text.size();
  identity_ = true;
  table_.clear();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = text.size();
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < n && bytes[i] < 0x80) out[count++] = bytes[i++];
  if (i < n) {
    identity_ = false;
    table_.resize(n + 1);
    for (std::size_t k = 0; k < i; ++k) table_[k] = static_cast<std::uint32_t>(k);
  }
  while (i < n) {
    unsigned char c = bytes[i];
    table_[count] = static_cast<std::uint32_t>(i);
    if (c < 0x80) {
      out[count++] = c;
      ++i;
      continue;
    }
    char32_t cp;
    std::size_t len;
    if (c < 0xE0) {
      cp = c & 0x1F;
      len = 2;
    } else if (c < 0xF0) {
      cp = c & 0x0F;
      len = 3;
    } else {
      cp = c & 0x07;
      len = 4;
    }
    for (std::size_t k = 1; k < len && i + k < n; ++k) cp = (cp << 6) | (bytes[i + k] & 0x3F);
    out[count++] = cp;
    i += len;
  }
  out.resize(count);
  if (!identity_) {
    table_[count] = static_cast<std::uint32_t>(n);
    table_.resize(count + 1);
  }
}

}  // namespace aep::syntax
