// Shared machinery of the stream parsers (internal to runtime/providers):
// framing, JSON decoding of each frame, the sticky error state, and the
// completeness check at the end of the body. A provider's parser supplies
// how one frame changes the Response being built and when it is complete.
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "runtime/providers/parsers.hpp"
#include "runtime/providers/sse.hpp"

namespace aep::providers {

class FramedStreamParser : public StreamParser {
 public:
  FramedStreamParser(Provider provider, const Headers& headers, const ParseOptions& options, bool ndjson);

  Expected<std::vector<std::string>> feed(std::string_view bytes) final;
  Expected<Response> finish() final;

 protected:
  // One frame: `event` is the SSE event name (empty for NDJSON). Return an
  // Error to end the stream with it.
  virtual Expected<bool> on_frame(const std::string& event, const nlohmann::json& data,
                                  std::vector<std::string>& deltas) = 0;
  // A data payload that is not JSON but legitimate (OpenAI's [DONE]).
  virtual bool on_sentinel(const std::string&) { return false; }
  virtual bool complete() const = 0;
  // What the terminal event should have been, for the error message.
  virtual const char* terminal_name() const = 0;
  // Last touches before the Response is handed out.
  virtual void finalize() {}

  Error stream_error(const nlohmann::json& error_object, int status_hint);

  Response response_;
  ParseOptions options_;
  Headers headers_;

 private:
  Expected<bool> handle(const std::string& event, const std::string& data, std::vector<std::string>& deltas);
  bool ndjson_;
  SseDecoder sse_;
  LineDecoder lines_;
  std::optional<Error> error_;
  std::size_t frames_ = 0;
};

}  // namespace aep::providers
