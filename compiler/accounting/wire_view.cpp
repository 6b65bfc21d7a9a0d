// Reads each wire format's payload back into a WireView (see wire_view.hpp).
// The shapes read here are the ones compiler/targets writes (docs/targets.md,
// "Translation per concern"); anything else is skipped, since a count of an
// unknown field would be a guess presented as a figure.
#include "compiler/accounting/wire_view.hpp"

namespace aep::accounting {
namespace {

std::string str(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Text of a content value: a string, or an array of blocks with `text`
// (OpenAI parts, Anthropic text blocks, Responses input_text/output_text).
std::string content_text(const Json& content) {
  if (content.is_string()) return content.get<std::string>();
  std::string out;
  if (!content.is_array()) return out;
  for (const Json& block : content) {
    if (block.is_object() && block.contains("text") && block["text"].is_string()) out += block["text"].get<std::string>();
  }
  return out;
}

std::string json_text(const Json& j) { return j.is_string() ? j.get<std::string>() : j.dump(); }

WireTool tool_from(const Json& def, const Json& raw) {
  WireTool t;
  t.name = str(def, "name");
  t.description = str(def, "description");
  for (const char* key : {"parameters", "input_schema"}) {
    if (def.contains(key) && def[key].is_object()) t.parameters = def[key];
  }
  t.strict = def.value("strict", false);
  t.raw = raw;
  return t;
}

// OpenAI-style tool_choice: "auto" | "none" | "required" | {type, function{name}} | {type, name}.
std::string openai_choice(const Json& payload) {
  auto it = payload.find("tool_choice");
  if (it == payload.end()) return "auto";
  if (it->is_string()) return it->get<std::string>();
  return "named";
}

void read_openai_chat(const Json& p, WireView& v) {
  if (p.contains("messages") && p["messages"].is_array()) {
    for (const Json& m : p["messages"]) {
      if (!m.is_object()) continue;
      WireMessage w;
      w.role = str(m, "role");
      w.name = str(m, "name");
      if (w.role == "tool") {
        w.tool_results.push_back(content_text(m.value("content", Json())));
      } else {
        w.text = content_text(m.value("content", Json()));
      }
      if (m.contains("tool_calls") && m["tool_calls"].is_array()) {
        for (const Json& c : m["tool_calls"]) {
          const Json& f = c.contains("function") ? c["function"] : c;
          w.tool_calls.push_back(str(f, "name") + json_text(f.value("arguments", Json(""))));
        }
      }
      v.messages.push_back(std::move(w));
    }
  }
  if (p.contains("tools") && p["tools"].is_array()) {
    for (const Json& t : p["tools"]) {
      if (t.is_object() && t.contains("function")) v.tools.push_back(tool_from(t["function"], t));
    }
  }
  if (p.contains("response_format") && p["response_format"].is_object()) {
    const Json& rf = p["response_format"];
    if (rf.contains("json_schema")) v.output_schema = rf["json_schema"];
    else if (rf.contains("value")) v.output_schema = rf["value"];  // TGI's json_object + value form
  }
  v.tool_choice = openai_choice(p);
}

void read_openai_responses(const Json& p, WireView& v) {
  if (p.contains("instructions") && p["instructions"].is_string()) {
    v.messages.push_back({"developer", "", p["instructions"].get<std::string>(), {}, {}});
  }
  if (p.contains("input") && p["input"].is_array()) {
    for (const Json& item : p["input"]) {
      if (!item.is_object()) continue;
      std::string type = str(item, "type");
      if (type == "function_call") {
        // A call is part of the assistant turn before it.
        if (v.messages.empty() || v.messages.back().role != "assistant") v.messages.push_back({"assistant", "", "", {}, {}});
        v.messages.back().tool_calls.push_back(str(item, "name") + str(item, "arguments"));
      } else if (type == "function_call_output") {
        v.messages.push_back({"tool", "", "", {}, {json_text(item.value("output", Json("")))}});
      } else {
        v.messages.push_back({str(item, "role"), "", content_text(item.value("content", Json())), {}, {}});
      }
    }
  } else if (p.contains("input") && p["input"].is_string()) {
    v.messages.push_back({"user", "", p["input"].get<std::string>(), {}, {}});
  }
  if (p.contains("tools") && p["tools"].is_array()) {
    for (const Json& t : p["tools"]) {
      if (t.is_object()) v.tools.push_back(tool_from(t, t));
    }
  }
  if (p.contains("text") && p["text"].is_object() && p["text"].contains("format")) v.output_schema = p["text"]["format"];
  v.tool_choice = openai_choice(p);
}

void read_anthropic(const Json& p, WireView& v) {
  if (p.contains("system")) v.messages.push_back({"system", "", content_text(p["system"]), {}, {}});
  if (p.contains("messages") && p["messages"].is_array()) {
    for (const Json& m : p["messages"]) {
      if (!m.is_object()) continue;
      WireMessage w;
      w.role = str(m, "role");
      const Json content = m.value("content", Json());
      if (content.is_string()) {
        w.text = content.get<std::string>();
      } else if (content.is_array()) {
        for (const Json& b : content) {
          std::string type = str(b, "type");
          if (type == "text") w.text += str(b, "text");
          else if (type == "tool_use") w.tool_calls.push_back(str(b, "name") + b.value("input", Json::object()).dump());
          else if (type == "tool_result") w.tool_results.push_back(content_text(b.value("content", Json(""))));
        }
      }
      v.messages.push_back(std::move(w));
    }
  }
  if (p.contains("tools") && p["tools"].is_array()) {
    for (const Json& t : p["tools"]) {
      if (t.is_object()) v.tools.push_back(tool_from(t, t));
    }
  }
  if (p.contains("output_config") && p["output_config"].is_object() && p["output_config"].contains("format")) {
    v.output_schema = p["output_config"]["format"];
  }
  v.tool_choice = "auto";
  if (p.contains("tool_choice") && p["tool_choice"].is_object()) {
    std::string type = str(p["tool_choice"], "type");
    v.tool_choice = type == "any" ? "required" : type == "tool" ? "named" : type.empty() ? "auto" : type;
  }
}

void read_gemini(const Json& p, WireView& v) {
  if (p.contains("systemInstruction")) {
    v.messages.push_back({"system", "", content_text(p["systemInstruction"].value("parts", Json::array())), {}, {}});
  }
  if (p.contains("contents") && p["contents"].is_array()) {
    for (const Json& c : p["contents"]) {
      if (!c.is_object()) continue;
      WireMessage w;
      w.role = str(c, "role");
      for (const Json& part : c.value("parts", Json::array())) {
        if (!part.is_object()) continue;
        if (part.contains("text") && part["text"].is_string()) w.text += part["text"].get<std::string>();
        if (part.contains("functionCall")) {
          const Json& f = part["functionCall"];
          w.tool_calls.push_back(str(f, "name") + f.value("args", Json::object()).dump());
        }
        if (part.contains("functionResponse")) {
          w.tool_results.push_back(part["functionResponse"].value("response", Json::object()).dump());
        }
      }
      v.messages.push_back(std::move(w));
    }
  }
  if (p.contains("tools") && p["tools"].is_array()) {
    for (const Json& group : p["tools"]) {
      if (!group.is_object() || !group.contains("functionDeclarations")) continue;
      for (const Json& f : group["functionDeclarations"]) {
        if (f.is_object()) v.tools.push_back(tool_from(f, f));
      }
    }
  }
  if (p.contains("generationConfig") && p["generationConfig"].is_object()) {
    const Json& g = p["generationConfig"];
    if (g.contains("responseSchema")) v.output_schema = g["responseSchema"];
    else if (g.contains("responseJsonSchema")) v.output_schema = g["responseJsonSchema"];
  }
  if (p.contains("toolConfig")) {
    std::string mode = str(p["toolConfig"].value("functionCallingConfig", Json::object()), "mode");
    v.tool_choice = mode == "NONE" ? "none" : mode == "ANY" ? "required" : "auto";
  }
}

void read_ollama(const Json& p, WireView& v) {
  if (p.contains("messages") && p["messages"].is_array()) {
    for (const Json& m : p["messages"]) {
      if (!m.is_object()) continue;
      WireMessage w;
      w.role = str(m, "role");
      if (w.role == "tool") w.tool_results.push_back(str(m, "content"));
      else w.text = str(m, "content");
      for (const Json& c : m.value("tool_calls", Json::array())) {
        const Json& f = c.contains("function") ? c["function"] : c;
        w.tool_calls.push_back(str(f, "name") + json_text(f.value("arguments", Json::object())));
      }
      v.messages.push_back(std::move(w));
    }
  }
  if (p.contains("tools") && p["tools"].is_array()) {
    for (const Json& t : p["tools"]) {
      if (t.is_object() && t.contains("function")) v.tools.push_back(tool_from(t["function"], t));
    }
  }
  if (p.contains("format") && !p["format"].is_null()) v.output_schema = p["format"];
}

}  // namespace

WireView read_payload(const Json& payload, targets::WireFormat wire) {
  WireView v;
  if (!payload.is_object()) return v;
  switch (wire) {
    case targets::WireFormat::OpenAIChat: read_openai_chat(payload, v); break;
    case targets::WireFormat::OpenAIResponses: read_openai_responses(payload, v); break;
    case targets::WireFormat::AnthropicMessages: read_anthropic(payload, v); break;
    case targets::WireFormat::GeminiGenerate: read_gemini(payload, v); break;
    case targets::WireFormat::OllamaChat: read_ollama(payload, v); break;
  }
  return v;
}

}  // namespace aep::accounting
