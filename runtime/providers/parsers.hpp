// Response parsers, one per provider, plain and streaming. This is the
// header provider clients include.
//
// Plain: parse_<provider>_response(status, headers, body) reads a whole
// body. A non-2xx status gives an Error whose message is the provider's
// error as ProviderError::to_string(); call parse_error() (provider_error.hpp)
// for the structured form (retry hints, quota).
//
// Streaming (only for a 2xx answer): feed the body's bytes to a StreamParser
// as they arrive; each feed returns the text deltas completed so far. At the
// end of the body, finish() gives the whole Response, or an Error when the
// stream stopped before its terminal event (a cut stream is never a silent
// partial success) or carried an error event.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source/expected.hpp"
#include "runtime/providers/provider_error.hpp"
#include "runtime/providers/response.hpp"

namespace aep::providers {

Expected<Response> parse_openai_chat_response(int status, const Headers& headers, std::string_view body,
                                              const ParseOptions& options = {});
Expected<Response> parse_openai_responses_response(int status, const Headers& headers, std::string_view body,
                                                   const ParseOptions& options = {});
Expected<Response> parse_anthropic_response(int status, const Headers& headers, std::string_view body,
                                            const ParseOptions& options = {});
Expected<Response> parse_gemini_response(int status, const Headers& headers, std::string_view body,
                                         const ParseOptions& options = {});
Expected<Response> parse_ollama_response(int status, const Headers& headers, std::string_view body,
                                         const ParseOptions& options = {});
Expected<Response> parse_response(Provider provider, int status, const Headers& headers, std::string_view body,
                                  const ParseOptions& options = {});

class StreamParser {
 public:
  virtual ~StreamParser() = default;
  // Text deltas completed by these bytes, or the stream's error (after which
  // the parser is finished and finish() repeats the error).
  virtual Expected<std::vector<std::string>> feed(std::string_view bytes) = 0;
  virtual Expected<Response> finish() = 0;
};

// OpenAI Chat SSE (chat.completion.chunk ... data: [DONE]); OpenAI Responses
// typed SSE events; Anthropic typed SSE events; Gemini
// :streamGenerateContent?alt=sse chunks; Ollama NDJSON.
std::unique_ptr<StreamParser> make_stream_parser(Provider provider, const Headers& headers,
                                                 const ParseOptions& options = {});

}  // namespace aep::providers
