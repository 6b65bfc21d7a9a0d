// Streaming parsers: documented event sequences fed in awkward chunk sizes
// give the same text and usage as a plain body would; streams cut before
// their terminal event, and error events, are errors.
#include <catch2/catch.hpp>

#include "runtime/providers/parsers.hpp"

using namespace aep::providers;

namespace {

// Feeds `body` in pieces of `step` bytes; returns deltas joined and the result.
std::pair<std::string, aep::Expected<Response>> run(Provider p, const std::string& body, std::size_t step,
                                                    ParseOptions o = {}) {
  auto parser = make_stream_parser(p, {{"x-request-id", "req_s"}}, o);
  std::string joined;
  for (std::size_t i = 0; i < body.size(); i += step) {
    auto d = parser->feed(std::string_view(body).substr(i, step));
    if (!d) return {joined, d.error()};
    for (auto& s : *d) joined += s;
  }
  return {joined, parser->finish()};
}

const std::string kChat =
    "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\","
    "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n"
    "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\","
    "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello\"},\"finish_reason\":null}]}\n\n"
    "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\","
    "\"choices\":[{\"index\":0,\"delta\":{\"content\":\" world\"},\"finish_reason\":null}]}\n\n"
    "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\","
    "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
    "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\","
    "\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":2,\"total_tokens\":11}}\n\n"
    "data: [DONE]\n\n";

}  // namespace

TEST_CASE("openai chat stream in any chunking gives the text, usage and finish reason") {
  for (std::size_t step : {1u, 7u, 64u, 100000u}) {
    auto [deltas, r] = run(Provider::OpenAIChat, kChat, step);
    REQUIRE(r.ok());
    CHECK(deltas == "Hello world");
    CHECK(r->text == "Hello world");
    CHECK(r->usage.input_tokens == 9);
    CHECK(r->usage.output_tokens == 2);
    CHECK(r->finish_reason == FinishReason::Stop);
    CHECK(r->request_id == "req_s");
  }
}

TEST_CASE("openai chat stream with CRLF framing and streamed tool call arguments") {
  std::string body =
      "data: {\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":null,"
      "\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"classify\",\"arguments\":\"\"}}]},"
      "\"finish_reason\":null}]}\r\n\r\n"
      "data: {\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"label\\\":\"}}]},\"finish_reason\":null}]}\r\n\r\n"
      "data: {\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"\\\"x\\\"}\"}}]},\"finish_reason\":null}]}\r\n\r\n"
      "data: {\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}\r\n\r\n"
      "data: [DONE]\r\n\r\n";
  auto [deltas, r] = run(Provider::OpenAIChat, body, 5);
  REQUIRE(r.ok());
  REQUIRE(r->tool_calls.size() == 1);
  CHECK(r->tool_calls[0].id == "call_1");
  CHECK(r->tool_calls[0].arguments["label"] == "x");
  CHECK(r->finish_reason == FinishReason::ToolCalls);
}

TEST_CASE("a stream cut mid-way is an error, never a partial success") {
  std::string cut = kChat.substr(0, kChat.find("\"finish_reason\":\"stop\"") - 30);
  auto [deltas, r] = run(Provider::OpenAIChat, cut, 13);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("ended before") != std::string::npos);
  CHECK(r.error().message.find("cut") != std::string::npos);
  CHECK(deltas == "Hello world");  // the deltas seen so far were still delivered
}

TEST_CASE("a malformed stream frame is an error naming the frame") {
  std::string bad = kChat;
  std::string frame = "{\"content\":\"Hello\"}";
  bad.replace(bad.find(frame), frame.size(), "{\"content\":\"Hel");
  auto [deltas, r] = run(Provider::OpenAIChat, bad, 1000);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("frame 2 is not valid JSON") != std::string::npos);
}

TEST_CASE("openai responses stream: deltas, then the completed response is authoritative") {
  std::string body =
      "event: response.created\ndata: {\"type\":\"response.created\",\"sequence_number\":0,\"response\":{\"id\":\"resp_1\",\"object\":\"response\",\"status\":\"in_progress\",\"model\":\"gpt-4.1\",\"output\":[]}}\n\n"
      "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"sequence_number\":1,\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"Hi\"}\n\n"
      "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"sequence_number\":2,\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\" there\"}\n\n"
      "event: response.completed\ndata: {\"type\":\"response.completed\",\"sequence_number\":3,\"response\":{\"id\":\"resp_1\",\"object\":\"response\",\"status\":\"completed\",\"model\":\"gpt-4.1\","
      "\"output\":[{\"type\":\"message\",\"id\":\"msg_1\",\"status\":\"completed\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"Hi there\",\"annotations\":[]}]}],"
      "\"usage\":{\"input_tokens\":4,\"output_tokens\":2,\"total_tokens\":6}}}\n\n";
  auto [deltas, r] = run(Provider::OpenAIResponses, body, 11);
  REQUIRE(r.ok());
  CHECK(deltas == "Hi there");
  CHECK(r->text == "Hi there");
  CHECK(r->usage.output_tokens == 2);
  CHECK(r->finish_reason == FinishReason::Stop);
  auto cut = run(Provider::OpenAIResponses, body.substr(0, body.find("event: response.completed")), 50);
  CHECK_FALSE(cut.second.ok());
}

TEST_CASE("anthropic stream: typed events, tool input JSON, usage from message_delta") {
  std::string body =
      "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[],\"model\":\"claude-sonnet-4-5\",\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":25,\"output_tokens\":1}}}\n\n"
      "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"
      "event: ping\ndata: {\"type\": \"ping\"}\n\n"
      "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Okay\"}}\n\n"
      "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
      "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"get_weather\",\"input\":{}}}\n\n"
      "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"location\\\": \\\"San Fra\"}}\n\n"
      "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"ncisco\\\"}\"}}\n\n"
      "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":1}\n\n"
      "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":89}}\n\n"
      "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
  auto [deltas, r] = run(Provider::Anthropic, body, 3);
  REQUIRE(r.ok());
  CHECK(deltas == "Okay");
  CHECK(r->usage.input_tokens == 25);
  CHECK(r->usage.output_tokens == 89);
  REQUIRE(r->tool_calls.size() == 1);
  CHECK(r->tool_calls[0].arguments["location"] == "San Francisco");
  CHECK(r->finish_reason == FinishReason::ToolCalls);
}

TEST_CASE("anthropic overloaded error event mid-stream is an error with status 529") {
  std::string body =
      "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"model\":\"c\",\"usage\":{\"input_tokens\":1,\"output_tokens\":1}}}\n\n"
      "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n";
  auto [deltas, r] = run(Provider::Anthropic, body, 1000);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("529") != std::string::npos);
  CHECK(r.error().message.find("overloaded_error") != std::string::npos);
}

TEST_CASE("gemini sse stream and ollama ndjson stream") {
  std::string gem =
      "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"The \"}],\"role\":\"model\"},\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":7,\"totalTokenCount\":7},\"modelVersion\":\"gemini-2.5-flash\"}\r\n\r\n"
      "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"answer\"}],\"role\":\"model\"},\"finishReason\":\"STOP\",\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":7,\"candidatesTokenCount\":2,\"totalTokenCount\":9},\"modelVersion\":\"gemini-2.5-flash\"}\r\n\r\n";
  auto [gd, g] = run(Provider::Gemini, gem, 9);
  REQUIRE(g.ok());
  CHECK(gd == "The answer");
  CHECK(g->usage.output_tokens == 2);
  CHECK(g->finish_reason == FinishReason::Stop);
  CHECK_FALSE(run(Provider::Gemini, gem.substr(0, gem.find("data:", 10)), 9).second.ok());

  std::string oll =
      "{\"model\":\"llama3.2\",\"created_at\":\"2023-08-04T08:52:19.385406455-07:00\",\"message\":{\"role\":\"assistant\",\"content\":\"The\"},\"done\":false}\n"
      "{\"model\":\"llama3.2\",\"created_at\":\"2023-08-04T08:52:19.385406455-07:00\",\"message\":{\"role\":\"assistant\",\"content\":\" sky\"},\"done\":false}\n"
      "{\"model\":\"llama3.2\",\"created_at\":\"2023-08-04T19:22:45.499127Z\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\",\"total_duration\":4883583458,\"load_duration\":1334875,\"prompt_eval_count\":26,\"prompt_eval_duration\":342546000,\"eval_count\":282,\"eval_duration\":4535599000}\n";
  auto [od, o] = run(Provider::Ollama, oll, 4);
  REQUIRE(o.ok());
  CHECK(od == "The sky");
  CHECK(o->usage.input_tokens == 26);
  CHECK(o->usage.output_tokens == 282);
  auto err = run(Provider::Ollama, "{\"error\":\"model 'x' not found\"}\n", 100);
  REQUIRE_FALSE(err.second.ok());
  CHECK(err.second.error().message.find("model 'x' not found") != std::string::npos);
}
