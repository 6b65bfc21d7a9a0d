// Shared wire-format helpers (see wire_common.hpp).
#include "runtime/emulator/wire_common.hpp"

#include <fmt/format.h>

namespace aep::emulator {

std::string content_text(const nlohmann::ordered_json& content) {
  if (content.is_string()) return content.get<std::string>();
  std::string out;
  if (content.is_array()) {
    for (const auto& part : content) {
      std::string piece;
      if (part.is_string()) {
        piece = part.get<std::string>();
      } else if (part.is_object()) {
        if (auto t = part.find("text"); t != part.end() && t->is_string()) piece = t->get<std::string>();
        else if (auto c = part.find("content"); c != part.end()) piece = content_text(*c);
        else if (auto o = part.find("output"); o != part.end()) piece = content_text(*o);
        else if (auto r = part.find("functionResponse"); r != part.end()) piece = r->value("response", nlohmann::ordered_json::object()).dump();
      }
      if (piece.empty()) continue;
      if (!out.empty()) out += "\n";
      out += piece;
    }
  }
  return out;
}

std::vector<std::string> split_deltas(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t space = text.find(' ', start);
    std::size_t end = space == std::string::npos ? text.size() : space + 1;
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

std::string sse(std::string_view event, const nlohmann::ordered_json& data) {
  std::string out;
  if (!event.empty()) out = fmt::format("event: {}\n", event);
  out += "data: ";
  out += data.dump();
  out += "\n\n";
  return out;
}

Expected<std::optional<double>> number_field(const nlohmann::ordered_json& obj, const char* key, double lo, double hi) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return std::optional<double>();
  if (!it->is_number()) return Error{fmt::format("`{}` must be a number", key)};
  double v = it->get<double>();
  if (v < lo || v > hi) return Error{fmt::format("`{}` must be between {} and {}, got {}", key, lo, hi, v)};
  return std::optional<double>(v);
}

nlohmann::ordered_json lower_schema_types(nlohmann::ordered_json schema) {
  if (schema.is_object()) {
    for (auto it = schema.begin(); it != schema.end(); ++it) {
      if (it.key() == "type" && it->is_string()) {
        std::string t = it->get<std::string>();
        for (char& c : t) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        *it = t;
      } else {
        *it = lower_schema_types(*it);
      }
    }
  } else if (schema.is_array()) {
    for (auto& x : schema) x = lower_schema_types(x);
  }
  return schema;
}

std::string finish_reason_or(const std::string& reason, const char* stop, const char* length) {
  return reason == "length" ? length : stop;
}

}  // namespace aep::emulator
