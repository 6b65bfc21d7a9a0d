// One provider wire format as the emulator speaks it: read a request body
// into a SimRequest, write the sim's reply as that provider's response body
// or stream events, and write that provider's error bodies. One file per
// format (wire_<format>.cpp); the server picks the format by URL path.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"
#include "runtime/sim/request.hpp"
#include "runtime/sim/sim.hpp"

namespace aep::emulator {

enum class ErrorKind { BadRequest, NotFound, RateLimit, Quota, Server, Unavailable, Overloaded };

struct WireRequest {
  sim::SimRequest sim;
  int n = 1;                   // choices asked for (OpenAI `n`, Gemini `candidateCount`)
  bool stream = false;
  bool include_usage = false;  // OpenAI Chat `stream_options.include_usage`
};

// What the path says (Gemini carries the model and streaming in the URL).
struct PathInfo {
  std::string model;
  bool stream = false;
};

struct ReplyMeta {
  std::string id;  // response id stem (hex), unique per call
  std::string model;
  std::int64_t created = 0;  // unix seconds
};

class WireFormat {
 public:
  virtual ~WireFormat() = default;
  virtual std::string name() const = 0;
  virtual Expected<WireRequest> read(const nlohmann::ordered_json& body, const PathInfo& path) const = 0;
  virtual std::string body(const std::vector<sim::SimReply>& replies, const ReplyMeta& meta) const = 0;
  // Complete stream frames (SSE events or NDJSON lines), in order.
  virtual std::vector<std::string> stream(const std::vector<sim::SimReply>& replies, const ReplyMeta& meta,
                                          const WireRequest& request) const = 0;
  virtual std::string stream_content_type() const { return "text/event-stream"; }
  virtual std::string error_body(int status, ErrorKind kind, std::string_view message) const = 0;
};

std::unique_ptr<WireFormat> make_openai_chat_wire();
std::unique_ptr<WireFormat> make_openai_responses_wire();
std::unique_ptr<WireFormat> make_anthropic_wire();
std::unique_ptr<WireFormat> make_gemini_wire();
std::unique_ptr<WireFormat> make_ollama_wire();

}  // namespace aep::emulator
