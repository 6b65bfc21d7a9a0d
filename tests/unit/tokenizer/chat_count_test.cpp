// Chat accounting against figures OpenAI published with the API's own
// usage.prompt_tokens (cookbook "How to count tokens with tiktoken", sections
// 6 and 7), and the labelling of every estimate.
#include <catch2/catch.hpp>

#include "compiler/accounting/chat_count.hpp"
#include "test_support.hpp"

using namespace aep;
using namespace aep::accounting;
using Json = nlohmann::ordered_json;

namespace {

// The cookbook's example_messages (section 6).
Json cookbook_messages() {
  return Json::parse(R"([
    {"role": "system", "content": "You are a helpful, pattern-following assistant that translates corporate jargon into plain English."},
    {"role": "system", "name": "example_user", "content": "New synergies will help drive top-line growth."},
    {"role": "system", "name": "example_assistant", "content": "Things working well together will increase revenue."},
    {"role": "system", "name": "example_user", "content": "Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage."},
    {"role": "system", "name": "example_assistant", "content": "Let's talk later when we're less busy about how to do better."},
    {"role": "user", "content": "This late pivot means we don't have time to boil the ocean for the client deliverable."}
  ])");
}

// The cookbook's tools example (section 7).
Json cookbook_tools_payload() {
  return Json::parse(R"({
    "messages": [
      {"role": "system", "content": "You are a helpful assistant that can answer to questions about the weather."},
      {"role": "user", "content": "What's the weather like in San Francisco?"}
    ],
    "tools": [{"type": "function", "function": {
      "name": "get_current_weather",
      "description": "Get the current weather in a given location",
      "parameters": {"type": "object", "properties": {
        "location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"},
        "unit": {"type": "string", "description": "The unit of temperature to return", "enum": ["celsius", "fahrenheit"]}},
        "required": ["location"]}}}]
  })");
}

ChatCount count(const Json& payload, targets::WireFormat wire, const std::string& model, const std::string& provider,
                std::string_view encoding) {
  const auto& enc = load_encoding(encoding);
  auto c = count_wire(read_payload(payload, wire), enc, {wire, model, provider});
  if (!c) FAIL(c.error().message);
  return *c;
}

}  // namespace

TEST_CASE("chat framing matches the API figures the cookbook published") {
  Json payload = {{"messages", cookbook_messages()}};
  // gpt-4o / gpt-4o-mini: 124 prompt tokens counted by the OpenAI API.
  ChatCount o200k = count(payload, targets::WireFormat::OpenAIChat, "gpt-4o-2024-08-06", "openai", "o200k_base");
  CHECK(o200k.total == 124);
  CHECK(o200k.exact);
  CHECK(o200k.messages.size() == 6);
  CHECK(o200k.reply_priming == 3);
  // Three framing tokens + the role; a name adds one more and its own tokens.
  CHECK(o200k.messages[0].overhead == 3 + 1);
  CHECK(o200k.messages[1].overhead > o200k.messages[0].overhead + 1);
  // gpt-4 / gpt-3.5-turbo: 129.
  ChatCount cl100k = count(payload, targets::WireFormat::OpenAIChat, "gpt-4-0613", "openai", "cl100k_base");
  CHECK(cl100k.total == 129);
  CHECK(cl100k.exact);
}

TEST_CASE("function definitions follow the cookbook rule and its API figures") {
  Json payload = cookbook_tools_payload();
  ChatCount o200k = count(payload, targets::WireFormat::OpenAIChat, "gpt-4o-mini", "openai", "o200k_base");
  CHECK(o200k.total == 101);  // the API's figure for gpt-4o and gpt-4o-mini
  CHECK(o200k.exact);
  CHECK(o200k.tools > 0);
  ChatCount cl100k = count(payload, targets::WireFormat::OpenAIChat, "gpt-4", "openai", "cl100k_base");
  CHECK(cl100k.total == 105);  // gpt-4 and gpt-3.5-turbo
  CHECK(cl100k.exact);
}

TEST_CASE("counts outside what the cookbook verified are labelled estimates with a reason") {
  Json payload = cookbook_tools_payload();
  SECTION("strict tools") {
    payload["tools"][0]["function"]["strict"] = true;
    ChatCount c = count(payload, targets::WireFormat::OpenAIChat, "gpt-4o", "openai", "o200k_base");
    CHECK_FALSE(c.exact);
    CHECK(c.total == 101);
  }
  SECTION("nested parameters") {
    payload["tools"][0]["function"]["parameters"]["properties"]["where"] = {
        {"type", "object"}, {"properties", {{"lat", {{"type", "number"}}}}}};
    ChatCount c = count(payload, targets::WireFormat::OpenAIChat, "gpt-4o", "openai", "o200k_base");
    CHECK_FALSE(c.exact);
    CHECK(c.total > 101);
  }
  SECTION("a structured-output schema") {
    payload["response_format"] = {{"type", "json_schema"},
                                  {"json_schema", {{"name", "w"}, {"schema", {{"type", "object"}}}}}};
    ChatCount c = count(payload, targets::WireFormat::OpenAIChat, "gpt-4o", "openai", "o200k_base");
    CHECK_FALSE(c.exact);
    CHECK(c.output_schema > 0);
    CHECK(c.total == 101 + c.output_schema);
  }
  SECTION("a model the cookbook did not check") {
    ChatCount c = count(payload, targets::WireFormat::OpenAIChat, "gpt-4.1", "openai", "o200k_base");
    CHECK_FALSE(c.exact);
    CHECK(c.total == 101);
  }
  SECTION("an OpenAI-compatible server") {
    ChatCount c = count(payload, targets::WireFormat::OpenAIChat, "qwen2.5", "compat", "o200k_base");
    CHECK_FALSE(c.exact);
    CHECK(c.rule.find("estimate") == 0);
  }
}

TEST_CASE("the Responses API counts instructions as a developer message, as an estimate") {
  Json chat = {{"messages", {{{"role", "developer"}, {"content", "Be brief."}}, {{"role", "user"}, {"content", "Hi"}}}}};
  Json responses = {{"instructions", "Be brief."}, {"input", {{{"role", "user"}, {"content", "Hi"}}}}};
  ChatCount a = count(chat, targets::WireFormat::OpenAIChat, "gpt-4o", "openai", "o200k_base");
  ChatCount b = count(responses, targets::WireFormat::OpenAIResponses, "gpt-4o", "openai", "o200k_base");
  CHECK(a.total == b.total);
  CHECK(a.exact);
  CHECK_FALSE(b.exact);
}

TEST_CASE("Anthropic figures are estimates with the documented tool-use system prompt") {
  Json payload = Json::parse(R"({
    "system": "You help.",
    "messages": [{"role": "user", "content": [{"type": "text", "text": "Where is my order?"}]}],
    "tools": [{"name": "lookup", "description": "Find an order", "input_schema": {"type": "object", "properties": {"id": {"type": "string"}}}}]
  })");
  ChatCount autoc = count(payload, targets::WireFormat::AnthropicMessages, "claude-sonnet-4-5", "anthropic", "o200k_base");
  CHECK_FALSE(autoc.exact);
  CHECK(autoc.encoding == "o200k_base");
  CHECK(autoc.tool_system_prompt == 346);
  CHECK(autoc.messages.size() == 2);
  CHECK(autoc.reply_priming == 0);
  payload["tool_choice"] = {{"type", "any"}};
  ChatCount any = count(payload, targets::WireFormat::AnthropicMessages, "claude-sonnet-4-5", "anthropic", "o200k_base");
  CHECK(any.tool_system_prompt == 313);
  CHECK(any.total + 33 == autoc.total);
  ChatCount haiku = count(payload, targets::WireFormat::AnthropicMessages, "claude-3-5-haiku", "anthropic", "o200k_base");
  CHECK(haiku.tool_system_prompt == 340);
}

TEST_CASE("Gemini and Ollama payloads are read and labelled estimates") {
  Json gemini = Json::parse(R"({
    "systemInstruction": {"parts": [{"text": "You help."}]},
    "contents": [{"role": "user", "parts": [{"text": "Hi"}]}, {"role": "model", "parts": [{"functionCall": {"name": "f", "args": {"a": 1}}}]}],
    "generationConfig": {"responseSchema": {"type": "OBJECT"}}
  })");
  ChatCount g = count(gemini, targets::WireFormat::GeminiGenerate, "gemini-2.5-flash", "gemini", "o200k_base");
  REQUIRE(g.messages.size() == 3);
  CHECK(g.messages[2].content > 0);  // the function call
  CHECK(g.output_schema > 0);
  CHECK_FALSE(g.exact);
  Json ollama = {{"messages", {{{"role", "user"}, {"content", "Hi there"}}}}, {"format", "json"}};
  ChatCount o = count(ollama, targets::WireFormat::OllamaChat, "llama3.1", "ollama", "o200k_base");
  CHECK(o.messages.size() == 1);
  CHECK_FALSE(o.exact);
  CHECK(o.notes.front().find("llama3.1") != std::string::npos);
}

TEST_CASE("message text with special-token text or invalid UTF-8 is counted, not refused") {
  const auto& enc = load_encoding("o200k_base");
  auto special = count_text(enc, "a<|endoftext|>b");
  REQUIRE(special);
  CHECK(*special > 1);  // ordinary text, as the APIs treat user text
  auto invalid = count_text(enc, std::string("ab\xff\xfe" "cd"));
  REQUIRE(invalid);
  CHECK(*invalid == *count_text(enc, "ab\xEF\xBF\xBD\xEF\xBF\xBD" "cd"));
}
