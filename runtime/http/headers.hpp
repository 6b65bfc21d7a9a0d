// HTTP header lists with case-insensitive lookup and secret marking.
//
// Header names are case-insensitive on the wire (RFC 9110), and providers mix
// cases freely (`Retry-After`, `retry-after`), so every lookup here ignores
// case. A header can be marked secret: its value is sent but never printed.
// Names that always carry credentials (Authorization, x-api-key,
// x-goog-api-key, api-key, ...) are marked secret automatically, so a caller
// cannot leak a key by forgetting to ask.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aep::http {

struct Header {
  std::string name;
  std::string value;
  bool secret = false;
};

// True for header names whose values are credentials whatever the caller says.
bool is_secret_header_name(std::string_view name);

bool iequals(std::string_view a, std::string_view b);

class Headers {
 public:
  Headers() = default;
  Headers(std::initializer_list<std::pair<std::string, std::string>> init);

  // Appends a header; secret when asked or when the name is a known credential.
  void add(std::string name, std::string value, bool secret = false);
  // Replaces every header of that name with one value.
  void set(std::string name, std::string value, bool secret = false);
  void remove(std::string_view name);

  // First value of the header, ignoring case of the name.
  std::optional<std::string_view> get(std::string_view name) const;
  bool contains(std::string_view name) const { return get(name).has_value(); }

  const std::vector<Header>& all() const { return items_; }
  bool empty() const { return items_.empty(); }
  void clear() { items_.clear(); }

  // "name: value" lines with secret values replaced by "[secret]": the only
  // form in which headers may reach a log, an error message or a trace.
  std::string describe() const;

 private:
  std::vector<Header> items_;
};

}  // namespace aep::http
