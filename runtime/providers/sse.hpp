// Framing for streamed responses: a Server-Sent Events decoder (OpenAI,
// Anthropic, Gemini with alt=sse) and an NDJSON line splitter (Ollama).
// Both take bytes in whatever chunks the network delivers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace aep::providers {

struct SseEvent {
  std::string event;  // the `event:` field, empty when absent
  std::string data;   // `data:` lines joined by "\n"
};

class SseDecoder {
 public:
  // Returns the events these bytes completed (an event ends at a blank line;
  // \n, \r\n and \r line ends are all accepted, comments are skipped).
  std::vector<SseEvent> feed(std::string_view bytes);
  // Bytes of an event not yet ended by a blank line (a cut stream leaves some).
  bool has_partial() const;

 private:
  void line(std::string_view text, std::vector<SseEvent>& out);
  std::string buffer_;
  SseEvent current_;
  bool has_data_ = false;
  bool last_was_cr_ = false;
};

class LineDecoder {
 public:
  // Returns the complete, non-empty lines these bytes completed.
  std::vector<std::string> feed(std::string_view bytes);
  bool has_partial() const;

 private:
  std::string buffer_;
};

}  // namespace aep::providers
