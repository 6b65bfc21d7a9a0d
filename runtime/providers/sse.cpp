// SSE and NDJSON framing (see sse.hpp).
#include "runtime/providers/sse.hpp"

namespace aep::providers {

std::vector<SseEvent> SseDecoder::feed(std::string_view bytes) {
  std::vector<SseEvent> out;
  for (char c : bytes) {
    if (c == '\n' && last_was_cr_) {  // the \n of a \r\n pair
      last_was_cr_ = false;
      continue;
    }
    last_was_cr_ = c == '\r';
    if (c == '\n' || c == '\r') {
      line(buffer_, out);
      buffer_.clear();
    } else {
      buffer_.push_back(c);
    }
  }
  return out;
}

void SseDecoder::line(std::string_view text, std::vector<SseEvent>& out) {
  if (text.empty()) {
    if (has_data_) out.push_back(std::move(current_));
    current_ = SseEvent{};
    has_data_ = false;
    return;
  }
  if (text.front() == ':') return;  // comment
  auto colon = text.find(':');
  std::string_view field = text.substr(0, colon);
  std::string_view value = colon == std::string_view::npos ? std::string_view() : text.substr(colon + 1);
  if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  if (field == "event") {
    current_.event = value;
  } else if (field == "data") {
    if (has_data_) current_.data.push_back('\n');
    current_.data += value;
    has_data_ = true;
  }
}

bool SseDecoder::has_partial() const { return has_data_ || !buffer_.empty(); }

std::vector<std::string> LineDecoder::feed(std::string_view bytes) {
  std::vector<std::string> out;
  for (char c : bytes) {
    if (c == '\n') {
      if (!buffer_.empty() && buffer_.back() == '\r') buffer_.pop_back();
      if (!buffer_.empty()) out.push_back(std::move(buffer_));
      buffer_.clear();
    } else {
      buffer_.push_back(c);
    }
  }
  return out;
}

bool LineDecoder::has_partial() const {
  return buffer_.find_first_not_of(" \t\r") != std::string::npos;
}

}  // namespace aep::providers
