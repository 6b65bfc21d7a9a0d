// Helpers shared by the backends (see lower_common.hpp).
#include "compiler/targets/lower_common.hpp"

#include <cctype>

#include <fmt/format.h>

namespace aep::targets {

void LowerContext::report(DiagKind kind, Span span, std::string message, std::string help) const {
  DiagBuilder b = make_diag(kind, or_prompt(span), std::move(message));
  b.note(fmt::format("prompt `{}`, target `{}`, model `{}`", request.prompt, target.name, model.name));
  if (!help.empty()) b.help(std::move(help));
  sink.report(b);
}

void warn_dropped(const LowerContext& ctx, std::string_view setting, Span span, std::string why) {
  ctx.report(DiagKind::SettingDropped, span,
             fmt::format("`{}` is left out of the `{}` payload: {}", setting, ctx.target.name, why),
             fmt::format("set `{}` only for targets that take it, in a `target` block", setting));
}

Conversation split_conversation(const render::Request& request) {
  Conversation out;
  std::size_t i = 0;
  for (; i < request.messages.size(); ++i) {
    const render::Message& m = request.messages[i];
    if (m.role != render::Role::System && m.role != render::Role::Developer) break;
    out.system.push_back(&m);
  }
  for (const render::Example& e : request.examples) {
    for (const render::Message& m : e.messages) out.turns.push_back(&m);
  }
  for (; i < request.messages.size(); ++i) out.turns.push_back(&request.messages[i]);
  return out;
}

std::string part_text(const render::TextPart& part) {
  if (!part.untrusted) return part.text.str();
  static constexpr std::string_view kClose = "</untrusted_input";
  std::string body;
  body.reserve(part.text.size());
  for (std::size_t i = 0; i < part.text.size(); ++i) {
    if (part.text.compare(i, kClose.size(), kClose) == 0) {
      body += "&lt;/untrusted_input";
      i += kClose.size() - 1;
    } else {
      body += part.text[i];
    }
  }
  return fmt::format("<untrusted_input name=\"{}\">\n{}\n</untrusted_input>", *part.untrusted, body);
}

std::string message_text(const render::Message& message) {
  std::string out;
  for (const render::TextPart& part : message.parts) out += part_text(part);
  return out;
}

std::string system_text(const std::vector<const render::Message*>& system) {
  std::string out;
  for (const render::Message* m : system) {
    if (!out.empty()) out += "\n\n";
    out += message_text(*m);
  }
  return out;
}

Json tool_result_object(const render::ToolResult& result) {
  Json parsed = Json::parse(result.content, nullptr, false);
  if (!parsed.is_discarded() && parsed.is_object()) return parsed;
  return Json{{"result", result.content}};
}

std::string wire_name(std::string_view name) {
  std::string out;
  for (char c : name.substr(0, 64)) {
    bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
    out += ok ? c : '_';
  }
  return out.empty() ? std::string("output") : out;
}

bool require_turns(const LowerContext& ctx, const Conversation& conv, std::string_view api) {
  if (!conv.turns.empty()) return true;
  ctx.report(DiagKind::EmptyConversation, ctx.request.span,
             fmt::format("{} needs at least one user or assistant turn, and the prompt has only system text", api),
             "add a `user` block with the task or the input");
  return false;
}

void deep_merge(Json& into, const Json& from) {
  for (auto it = from.begin(); it != from.end(); ++it) {
    if (it.value().is_object() && into.contains(it.key()) && into[it.key()].is_object()) {
      deep_merge(into[it.key()], it.value());
    } else {
      into[it.key()] = it.value();
    }
  }
}

}  // namespace aep::targets
