// The JSONL line reader (see json_line.hpp).
#include "compiler/tokenizer/json_line.hpp"

#include <charconv>

#include "compiler/tokenizer/utf8.hpp"

namespace aep::tokenizer {

std::optional<std::string> parse_json_string_line(std::string_view line, bool replace_invalid,
                                                  std::string& error, std::size_t& column) {
  std::size_t i = 0;
  auto skip_ws = [&] {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
  };
  skip_ws();
  if (i >= line.size() || line[i] != '"') {
    error = "expected a JSON string";
    column = i + 1;
    return std::nullopt;
  }
  ++i;
  std::string out;
  auto hex4 = [&](std::size_t at, unsigned& value) {
    if (at + 4 > line.size()) return false;
    auto r = std::from_chars(line.data() + at, line.data() + at + 4, value, 16);
    return r.ec == std::errc{} && r.ptr == line.data() + at + 4;
  };
  while (true) {
    if (i >= line.size()) {
      error = "unterminated JSON string";
      column = i + 1;
      return std::nullopt;
    }
    char c = line[i];
    if (c == '"') {
      ++i;
      break;
    }
    if (static_cast<unsigned char>(c) < 0x20) {
      error = "control character in JSON string (escape it)";
      column = i + 1;
      return std::nullopt;
    }
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    std::size_t escape_at = i;
    if (i + 1 >= line.size()) {
      error = "unterminated escape";
      column = i + 1;
      return std::nullopt;
    }
    char e = line[i + 1];
    i += 2;
    switch (e) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        unsigned cu = 0;
        if (!hex4(i, cu)) {
          error = "invalid \\u escape";
          column = escape_at + 1;
          return std::nullopt;
        }
        i += 4;
        char32_t cp = cu;
        if (cu >= 0xD800 && cu <= 0xDBFF) {
          unsigned low = 0;
          if (i + 1 < line.size() && line[i] == '\\' && line[i + 1] == 'u' && hex4(i + 2, low) && low >= 0xDC00 &&
              low <= 0xDFFF) {
            cp = 0x10000 + ((cu - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          } else {
            cp = 0xFFFD;
          }
        } else if (cu >= 0xDC00 && cu <= 0xDFFF) {
          cp = 0xFFFD;
        }
        if (cp == 0xFFFD && cu != 0xFFFD && !replace_invalid) {
          error = "lone surrogate escape (not valid Unicode; --invalid-utf8 replace encodes it as U+FFFD, "
                  "as tiktoken's JS build does)";
          column = escape_at + 1;
          return std::nullopt;
        }
        append_utf8(out, cp);
        break;
      }
      default:
        error = "invalid escape";
        column = escape_at + 1;
        return std::nullopt;
    }
  }
  skip_ws();
  if (i != line.size()) {
    error = "unexpected text after the JSON string";
    column = i + 1;
    return std::nullopt;
  }
  return out;
}

}  // namespace aep::tokenizer
