// Parser and evaluator of the JsonPath syntax (see json_path.hpp). Errors name
// the column so that a mapping line or an assertion can point at the mistake.
#include "eval/json_path.hpp"

#include <cctype>

#include <fmt/format.h>

namespace aep::eval {
namespace {

bool is_name_char(char c) {
  auto u = static_cast<unsigned char>(c);
  // Bytes >= 0x80 belong to UTF-8 sequences: column names may be non-ASCII.
  return std::isalnum(u) || c == '_' || c == '-' || u >= 0x80;
}

Error path_error(std::string_view text, std::size_t pos, std::string_view what) {
  return Error{fmt::format("invalid path `{}` at column {}: {}", text, pos + 1, what)};
}

}  // namespace

Expected<JsonPath> JsonPath::parse(std::string_view text, bool allow_output_root) {
  JsonPath path;
  path.text_ = std::string(text);
  std::size_t i = 0;
  const std::size_t n = text.size();
  if (n == 0) return path_error(text, 0, "the path is empty");
  bool need_name = true;  // at the start or after a dot, a member name must follow
  if (text[0] == '$') {
    i = 1;
    need_name = false;
    if (i < n && text[i] == '.') {
      ++i;
      need_name = true;
      if (i == n) return path_error(text, i, "a member name must follow `.`");
    }
  } else if (allow_output_root && text.substr(0, 6) == "output" &&
             (n == 6 || text[6] == '.' || text[6] == '[')) {
    i = 6;
    need_name = false;
    if (i < n && text[i] == '.') {
      ++i;
      need_name = true;
      if (i == n) return path_error(text, i, "a member name must follow `.`");
    }
  }
  while (i < n) {
    char c = text[i];
    if (c == '[') {
      ++i;
      if (i < n && (text[i] == '"' || text[i] == '\'')) {
        char quote = text[i++];
        std::string name;
        while (i < n && text[i] != quote) {
          if (text[i] == '\\' && i + 1 < n) ++i;
          name += text[i++];
        }
        if (i >= n) return path_error(text, i, "unterminated quoted member name");
        ++i;
        if (i >= n || text[i] != ']') return path_error(text, i, "expected `]`");
        ++i;
        path.steps_.emplace_back(std::move(name));
      } else {
        std::size_t start = i;
        std::size_t index = 0;
        while (i < n && std::isdigit(static_cast<unsigned char>(text[i]))) {
          if (index > 100000000) return path_error(text, start, "index too large");
          index = index * 10 + static_cast<std::size_t>(text[i] - '0');
          ++i;
        }
        if (i == start) return path_error(text, start, "expected an index or a quoted name after `[`");
        if (i >= n || text[i] != ']') return path_error(text, i, "expected `]`");
        ++i;
        path.steps_.emplace_back(index);
      }
      need_name = false;
    } else if (c == '.') {
      if (need_name) return path_error(text, i, "a member name must come before `.`");
      ++i;
      need_name = true;
      if (i == n) return path_error(text, i, "a member name must follow `.`");
    } else if (is_name_char(c)) {
      if (!need_name) return path_error(text, i, "expected `.` or `[` before a member name");
      std::size_t start = i;
      while (i < n && is_name_char(text[i])) ++i;
      path.steps_.emplace_back(std::string(text.substr(start, i - start)));
      need_name = false;
    } else {
      return path_error(text, i, fmt::format("unexpected character `{}`", c));
    }
  }
  return path;
}

const nlohmann::json* JsonPath::find(const nlohmann::json& root) const {
  const nlohmann::json* cur = &root;
  for (const Step& step : steps_) {
    if (const auto* name = std::get_if<std::string>(&step)) {
      if (!cur->is_object()) return nullptr;
      auto it = cur->find(*name);
      if (it == cur->end()) return nullptr;
      cur = &*it;
    } else {
      std::size_t index = std::get<std::size_t>(step);
      if (!cur->is_array() || index >= cur->size()) return nullptr;
      cur = &(*cur)[index];
    }
  }
  return cur;
}

bool JsonPath::assign(nlohmann::json& root, nlohmann::json value) const {
  nlohmann::json* cur = &root;
  for (const Step& step : steps_) {
    const auto* name = std::get_if<std::string>(&step);
    if (name == nullptr) return false;
    if (cur->is_null()) *cur = nlohmann::json::object();
    if (!cur->is_object()) return false;
    cur = &(*cur)[*name];
  }
  *cur = std::move(value);
  return true;
}

}  // namespace aep::eval
