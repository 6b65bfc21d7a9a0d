// Counting rules per wire format (see chat_count.hpp for the sources).
#include "compiler/accounting/chat_count.hpp"

#include <fmt/format.h>

#include "compiler/accounting/tool_count.hpp"
#include "compiler/tokenizer/utf8.hpp"

namespace aep::accounting {
namespace {

// The cookbook's framing: <|start|>{role}<|message|>{content}<|end|> is the
// role's tokens plus 3; a `name` adds its tokens plus 1; every reply is
// primed with <|start|>assistant<|message|> (3).
constexpr std::size_t kTokensPerMessage = 3;
constexpr std::size_t kTokensPerName = 1;
constexpr std::size_t kReplyPriming = 3;

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Anthropic's documented tool-use system prompt (docs.anthropic.com, "Tool
// use pricing and tokens"), added whenever `tools` is sent: Claude 4.x, 3.7
// Sonnet and 3.5 Sonnet 346 tokens with tool_choice auto/none and 313 with
// any/tool; Claude 3.5 Haiku 264 and 340.
std::size_t anthropic_tool_prompt(std::string_view model, std::string_view choice) {
  bool forced = choice == "required" || choice == "named";
  if (starts_with(model, "claude-3-5-haiku") || starts_with(model, "claude-3-haiku")) return forced ? 340 : 264;
  return forced ? 313 : 346;
}

}  // namespace

Expected<std::size_t> count_text(const tokenizer::Encoding& encoding, std::string_view text) {
  if (tokenizer::find_invalid_utf8(text) != tokenizer::kValidUtf8) {
    std::string fixed = tokenizer::replace_invalid_utf8(text);
    return encoding.count(fixed, tokenizer::SpecialPolicy::ordinary());
  }
  return encoding.count(text, tokenizer::SpecialPolicy::ordinary());
}

bool cookbook_verified_model(std::string_view model) {
  return starts_with(model, "gpt-4o") || starts_with(model, "chatgpt-4o") || starts_with(model, "gpt-4-") ||
         model == "gpt-4" || starts_with(model, "gpt-3.5-turbo");
}

Expected<ChatCount> count_wire(const WireView& view, const tokenizer::Encoding& encoding, const CountOptions& options) {
  ChatCount out;
  out.encoding = std::string(encoding.name());
  const bool openai = (options.wire == targets::WireFormat::OpenAIChat ||
                       options.wire == targets::WireFormat::OpenAIResponses) &&
                      options.provider == "openai";
  out.exact = openai && options.wire == targets::WireFormat::OpenAIChat && cookbook_verified_model(options.model);

  if (openai) {
    out.rule = "OpenAI cookbook \"How to count tokens with tiktoken\": 3 tokens a message + role + content, "
               "+1 and the name's tokens for `name`, +3 reply priming; function definitions by the cookbook's rule";
    if (options.wire == targets::WireFormat::OpenAIResponses) {
      out.notes.push_back("Responses API: OpenAI publishes no count rule; Chat Completions' framing assumed "
                          "(`instructions` as one developer message)");
    } else if (!cookbook_verified_model(options.model)) {
      out.notes.push_back(fmt::format("the cookbook checked its framing on gpt-4o, gpt-4o-mini, gpt-4 and gpt-3.5-turbo; "
                                      "assumed the same for `{}`", options.model));
    }
  } else if (options.provider == "anthropic") {
    out.rule = "estimate: Anthropic's tokenizer is not public; o200k_base counts of the text, 3 framing tokens "
               "+ role a message (assumed), the documented tool-use system prompt";
    out.notes.push_back("Anthropic's tokenizer is not public: o200k_base counts stand in (POST /v1/messages/count_tokens gives the exact figure)");
  } else if (options.provider == "gemini") {
    out.rule = "estimate: Gemini's tokenizer is not public; o200k_base counts of the text, 3 framing tokens "
               "+ role a turn (assumed)";
    out.notes.push_back("Gemini's tokenizer is not public: o200k_base counts stand in (models/{model}:countTokens gives the exact figure)");
  } else {
    out.rule = "estimate: the model's own tokenizer and chat template are unknown; o200k_base counts with "
               "OpenAI's framing (3 tokens + role a message)";
    out.notes.push_back(fmt::format("`{}` runs on a server whose tokenizer and chat template aep cannot know: "
                                    "o200k_base with OpenAI's framing stands in", options.model));
  }

  auto add = [&](std::string_view text, std::size_t& into) -> bool {
    auto n = count_text(encoding, text);
    if (!n) return false;
    into += *n;
    return true;
  };

  bool history_tools = false;
  for (const WireMessage& m : view.messages) {
    MessageTokens t;
    t.role = m.role;
    t.overhead = kTokensPerMessage;
    if (!add(m.role, t.overhead) || !add(m.text, t.content)) return Error{"cannot count the text of a message"};
    if (!m.name.empty()) {
      t.overhead += kTokensPerName;
      if (!add(m.name, t.overhead)) return Error{"cannot count a message name"};
    }
    for (const std::string& call : m.tool_calls) {
      if (!add(call, t.content)) return Error{"cannot count a tool call"};
      history_tools = true;
    }
    for (const std::string& result : m.tool_results) {
      if (!add(result, t.content)) return Error{"cannot count a tool result"};
      history_tools = true;
    }
    out.messages.push_back(std::move(t));
  }
  if (history_tools) {
    out.exact = false;
    out.notes.push_back("tool calls and tool results in the conversation: counted as name + arguments JSON and "
                        "result text; their framing is not published");
  }

  if (!view.tools.empty()) {
    auto tools = openai || options.provider == "compat" ? count_tools_openai(view.tools, encoding)
                                                          : count_tools_json(view.tools, encoding);
    if (!tools) return tools.error();
    out.tools = tools->tokens;
    if (!tools->exact) out.exact = false;
    for (auto& n : tools->notes) out.notes.push_back(std::move(n));
    if (options.provider == "anthropic") {
      out.tool_system_prompt = anthropic_tool_prompt(options.model, view.tool_choice);
      out.notes.push_back(fmt::format("Anthropic adds a tool-use system prompt of {} tokens (documented for tool_choice `{}`)",
                                      out.tool_system_prompt, view.tool_choice));
    }
  }
  if (!view.output_schema.is_null()) {
    if (!add(view.output_schema.dump(), out.output_schema)) return Error{"cannot count the output schema"};
    out.exact = false;
    out.notes.push_back("structured-output schema counted as its compact JSON: no provider publishes how it is rendered");
  }
  if (openai || options.provider == "compat") out.reply_priming = kReplyPriming;

  out.total = out.tools + out.tool_system_prompt + out.output_schema + out.reply_priming;
  for (const MessageTokens& m : out.messages) out.total += m.total();
  if (!openai) out.exact = false;
  return out;
}

}  // namespace aep::accounting
