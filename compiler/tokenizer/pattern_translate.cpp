// The pattern rewrite described in pattern_translate.hpp. It walks the
// pattern once, tracking whether it is inside a character class, and copies
// every construct it does not rewrite verbatim.
#include "compiler/tokenizer/pattern_translate.hpp"

namespace aep::tokenizer {
namespace {

#include "compiler/tokenizer/unicode_delta.inc"

std::string_view added_items(std::string_view property) {
  for (const auto& d : kUnicodeDelta) {
    if (d.property == property) return d.added;
  }
  return {};
}

}  // namespace

Expected<std::string> translate_for_pcre2(std::string_view p) {
  std::string out;
  out.reserve(p.size() * 4);
  bool in_class = false;
  std::size_t class_start = 0;  // index just after '[' or '[^'
  for (std::size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      char e = p[i + 1];
      if ((e == 'p' || e == 'P') && i + 2 < p.size() && p[i + 2] == '{') {
        std::size_t close = p.find('}', i + 3);
        if (close == std::string_view::npos) return Error{"unterminated \\p{ in tokenizer pattern"};
        std::string_view prop = p.substr(i + 3, close - i - 3);
        std::string item = "\\p{" + std::string(prop) + "}" + std::string(added_items(prop));
        if (in_class) {
          if (e == 'P') return Error{"\\P{..} inside a class is not supported in tokenizer patterns"};
          out += item;
        } else {
          out += (e == 'P' ? "[^" : "[") + item + "]";
        }
        i = close;
        continue;
      }
      if (e == 's' || e == 'S') {
        if (in_class) {
          if (e == 'S') return Error{"\\S inside a class is not supported in tokenizer patterns"};
          out += kWhiteSpaceItems;
        } else {
          out += (e == 'S' ? "[^" : "[") + std::string(kWhiteSpaceItems) + "]";
        }
        ++i;
        continue;
      }
      out += c;
      out += e;
      ++i;
      continue;
    }
    if (!in_class && c == '[') {
      in_class = true;
      out += c;
      if (i + 1 < p.size() && p[i + 1] == '^') {
        out += '^';
        ++i;
      }
      class_start = i + 1;
      continue;
    }
    // A ']' first in a class is a literal, as in both engines.
    if (in_class && c == ']' && i != class_start) in_class = false;
    out += c;
  }
  if (in_class) return Error{"unterminated character class in tokenizer pattern"};
  return out;
}

}  // namespace aep::tokenizer
