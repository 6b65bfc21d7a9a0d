// Plain (non-streaming) response bodies of every provider, as their API
// references and SDK types document them, read into the neutral Response.
#include <catch2/catch.hpp>

#include "runtime/providers/parsers.hpp"

using namespace aep::providers;

TEST_CASE("openai chat body: text, usage with cached and reasoning tokens, request id") {
  const char* body = R"({
    "id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG", "object": "chat.completion", "created": 1741570283,
    "model": "gpt-4o-2024-08-06",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "billing", "refusal": null,
                 "annotations": []}, "logprobs": null, "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 1117, "completion_tokens": 46, "total_tokens": 1163,
              "prompt_tokens_details": {"cached_tokens": 1024, "audio_tokens": 0},
              "completion_tokens_details": {"reasoning_tokens": 12, "audio_tokens": 0,
                                            "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}},
    "service_tier": "default", "system_fingerprint": "fp_fc9f1d7035"})";
  Headers h = {{"X-Request-Id", "req_abc"}};
  auto r = parse_openai_chat_response(200, h, body);
  REQUIRE(r.ok());
  CHECK(r->text == "billing");
  CHECK(r->model == "gpt-4o-2024-08-06");
  CHECK(r->finish_reason == FinishReason::Stop);
  CHECK(r->usage.input_tokens == 1117);
  CHECK(r->usage.output_tokens == 46);
  CHECK(r->usage.cached_input_tokens == 1024);
  CHECK(r->usage.reasoning_tokens == 12);
  CHECK(r->request_id == "req_abc");
}

TEST_CASE("openai chat body: tool calls and JSON output from a forced tool") {
  const char* body = R"({"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o",
    "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": null,
      "tool_calls": [{"id": "call_abc123", "type": "function",
                      "function": {"name": "classify", "arguments": "{\"label\":\"billing\"}"}}]}}],
    "usage": {"prompt_tokens": 82, "completion_tokens": 17, "total_tokens": 99}})";
  ParseOptions o;
  o.expect_json = true;
  auto r = parse_openai_chat_response(200, {}, body, o);
  REQUIRE(r.ok());
  REQUIRE(r->tool_calls.size() == 1);
  CHECK(r->tool_calls[0].id == "call_abc123");
  CHECK(r->tool_calls[0].name == "classify");
  CHECK(r->tool_calls[0].arguments["label"] == "billing");
  CHECK(r->finish_reason == FinishReason::ToolCalls);
  REQUIRE(r->json_output.has_value());
  CHECK((*r->json_output)["label"] == "billing");
}

TEST_CASE("structured output that is not JSON is reported, not thrown") {
  const char* body = R"({"id":"x","model":"m","choices":[{"index":0,"finish_reason":"length",
    "message":{"role":"assistant","content":"{\"label\": \"bill"}}]})";
  ParseOptions o;
  o.expect_json = true;
  auto r = parse_openai_chat_response(200, {}, body, o);
  REQUIRE(r.ok());
  CHECK_FALSE(r->json_output.has_value());
  CHECK(r->json_error.find("not valid JSON") != std::string::npos);
  CHECK(r->json_error.find("token limit") != std::string::npos);
  CHECK(r->finish_reason == FinishReason::Length);
}

TEST_CASE("openai responses body: message and function_call items, incomplete status") {
  const char* body = R"({"id": "resp_67ccd2bed1ec8190b14f964abc054267", "object": "response", "created_at": 1741476542,
    "status": "incomplete", "incomplete_details": {"reason": "max_output_tokens"}, "model": "gpt-4.1-2025-04-14",
    "output": [{"type": "reasoning", "id": "rs_1", "summary": []},
               {"type": "message", "id": "msg_1", "status": "completed", "role": "assistant",
                "content": [{"type": "output_text", "text": "In a peaceful grove", "annotations": []}]}],
    "usage": {"input_tokens": 36, "input_tokens_details": {"cached_tokens": 10}, "output_tokens": 87,
              "output_tokens_details": {"reasoning_tokens": 20}, "total_tokens": 123}})";
  auto r = parse_openai_responses_response(200, {}, body);
  REQUIRE(r.ok());
  CHECK(r->text == "In a peaceful grove");
  CHECK(r->finish_reason == FinishReason::Length);
  CHECK(r->finish_reason_raw == "incomplete:max_output_tokens");
  CHECK(r->usage.cached_input_tokens == 10);
  CHECK(r->usage.reasoning_tokens == 20);
  CHECK(r->id == "resp_67ccd2bed1ec8190b14f964abc054267");

  const char* tool = R"({"id":"resp_2","object":"response","status":"completed","model":"gpt-4.1",
    "output":[{"type":"function_call","id":"fc_1","call_id":"call_9","name":"get_weather",
               "arguments":"{\"location\":\"Paris\"}","status":"completed"}],
    "usage":{"input_tokens":5,"output_tokens":7,"total_tokens":12}})";
  auto t = parse_openai_responses_response(200, {}, tool);
  REQUIRE(t.ok());
  REQUIRE(t->tool_calls.size() == 1);
  CHECK(t->tool_calls[0].id == "call_9");
  CHECK(t->tool_calls[0].arguments["location"] == "Paris");
  CHECK(t->finish_reason == FinishReason::ToolCalls);
}

TEST_CASE("anthropic body: text blocks, tool_use, cache tokens counted as input") {
  const char* body = R"({"id": "msg_013Zva2CMHLNnXjNJJKqJ2EF", "type": "message", "role": "assistant",
    "model": "claude-sonnet-4-5-20250929",
    "content": [{"type": "text", "text": "Hi! My name is Claude."}],
    "stop_reason": "end_turn", "stop_sequence": null,
    "usage": {"input_tokens": 2095, "output_tokens": 503, "cache_creation_input_tokens": 100,
              "cache_read_input_tokens": 1800}})";
  Headers h = {{"request-id", "req_018EeWyXxfu5pfWkrYcMdjWG"}};
  auto r = parse_anthropic_response(200, h, body);
  REQUIRE(r.ok());
  CHECK(r->text == "Hi! My name is Claude.");
  CHECK(r->finish_reason == FinishReason::Stop);
  CHECK(r->usage.input_tokens == 2095 + 100 + 1800);
  CHECK(r->usage.cached_input_tokens == 1800);
  CHECK(r->usage.output_tokens == 503);
  CHECK(r->request_id == "req_018EeWyXxfu5pfWkrYcMdjWG");

  const char* tool = R"({"id":"msg_2","type":"message","role":"assistant","model":"claude",
    "content":[{"type":"tool_use","id":"toolu_01A09q90qw90lq917835lq9","name":"get_weather",
                "input":{"location":"San Francisco, CA"}}],
    "stop_reason":"tool_use","usage":{"input_tokens":10,"output_tokens":20}})";
  auto t = parse_anthropic_response(200, {}, tool, ParseOptions{true, {}});
  REQUIRE(t.ok());
  CHECK(t->finish_reason == FinishReason::ToolCalls);
  REQUIRE(t->json_output.has_value());
  CHECK((*t->json_output)["location"] == "San Francisco, CA");
}

TEST_CASE("gemini body: parts, thoughts skipped, usage, safety block") {
  const char* body = R"({"candidates": [{"content": {"parts": [{"text": "thinking...", "thought": true},
      {"text": "{\"label\": "}, {"text": "\"billing\"}"}], "role": "model"}, "finishReason": "STOP", "index": 0}],
    "usageMetadata": {"promptTokenCount": 8, "candidatesTokenCount": 5, "thoughtsTokenCount": 3,
                      "cachedContentTokenCount": 2, "totalTokenCount": 16},
    "modelVersion": "gemini-2.5-flash", "responseId": "abc"})";
  auto r = parse_gemini_response(200, {}, body, ParseOptions{true, {}});
  REQUIRE(r.ok());
  CHECK(r->text == "{\"label\": \"billing\"}");
  REQUIRE(r->json_output.has_value());
  CHECK((*r->json_output)["label"] == "billing");
  CHECK(r->usage.input_tokens == 8);
  CHECK(r->usage.output_tokens == 8);
  CHECK(r->usage.reasoning_tokens == 3);
  CHECK(r->usage.cached_input_tokens == 2);
  CHECK(r->model == "gemini-2.5-flash");

  auto blocked = parse_gemini_response(200, {}, R"({"promptFeedback": {"blockReason": "SAFETY"}})");
  REQUIRE(blocked.ok());
  CHECK(blocked->finish_reason == FinishReason::ContentFilter);
  CHECK(blocked->text.empty());
}

TEST_CASE("ollama body: done object with counts; not-done is an error") {
  const char* body = R"({"model": "llama3.2", "created_at": "2023-12-12T14:13:43.416799Z",
    "message": {"role": "assistant", "content": "Hello! How are you today?"}, "done": true,
    "done_reason": "stop", "total_duration": 5191566416, "load_duration": 2154458,
    "prompt_eval_count": 26, "prompt_eval_duration": 383809000, "eval_count": 298, "eval_duration": 4799921000})";
  auto r = parse_ollama_response(200, {}, body);
  REQUIRE(r.ok());
  CHECK(r->text == "Hello! How are you today?");
  CHECK(r->usage.input_tokens == 26);
  CHECK(r->usage.output_tokens == 298);
  CHECK(r->finish_reason == FinishReason::Stop);
  auto partial = parse_ollama_response(200, {}, R"({"model":"m","message":{"role":"assistant","content":"x"},"done":false})");
  CHECK_FALSE(partial.ok());
}

TEST_CASE("a truncated or malformed 200 body is a clear error with the byte offset") {
  std::string full = R"({"id":"x","model":"m","choices":[{"index":0,"finish_reason":"stop","message":{"content":"hi"}}]})";
  for (Provider p : {Provider::OpenAIChat, Provider::OpenAIResponses, Provider::Anthropic, Provider::Gemini, Provider::Ollama}) {
    auto r = parse_response(p, 200, {}, full.substr(0, full.size() / 2));
    REQUIRE_FALSE(r.ok());
    INFO(r.error().message);
    CHECK(r.error().message.find("not valid JSON") != std::string::npos);
    CHECK(r.error().message.find(std::string(provider_name(p))) == 0);
  }
}
