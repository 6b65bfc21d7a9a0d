// Template text for sections and messages: literal text as is, everything
// else as a bracketed tag, so a text diff of two versions reads like a diff
// of the source without the formatting noise of the .aep file.
#include "compiler/build/summary.hpp"

#include <fmt/format.h>

namespace aep::build {
namespace {

using Json = nlohmann::ordered_json;

std::string interp_text(const ast::Interpolation& in) {
  std::string out = "{{ " + ir::expression_text(in.expr.get());
  for (const auto& f : in.filters) {
    out += " | " + f.name.text;
    if (f.has_parens || !f.args.empty()) {
      out += "(";
      for (std::size_t i = 0; i < f.args.size(); ++i) {
        if (i) out += ", ";
        if (f.args[i].name) out += f.args[i].name->text + ": ";
        out += ir::expression_text(f.args[i].value.get());
      }
      out += ")";
    }
  }
  return out + " }}";
}

void segments_text(const ir::Segments& segs, std::string& out, Json* sections);

void segment_text(const ir::Segment& s, std::string& out, Json* sections) {
  switch (s.kind) {
    case ir::SegmentKind::Text: out += s.text; break;
    case ir::SegmentKind::Super: break;
    case ir::SegmentKind::Interpolation: out += interp_text(*s.interp); break;
    case ir::SegmentKind::If:
      for (std::size_t i = 0; i < s.branches.size(); ++i) {
        const auto& b = s.branches[i];
        if (i == 0) out += "{% if " + ir::expression_text(b.condition) + " %}";
        else if (b.condition) out += "{% else if " + ir::expression_text(b.condition) + " %}";
        else out += "{% else %}";
        segments_text(b.body, out, sections);
      }
      out += "{% end if %}";
      break;
    case ir::SegmentKind::For:
      out += "{% for " + s.var + (s.second_var.empty() ? "" : ", " + s.second_var) + " in " +
             ir::expression_text(s.iterable) + " %}";
      segments_text(s.body, out, sections);
      out += "{% end for %}";
      break;
    case ir::SegmentKind::Fragment: {
      std::string args;
      for (const auto& b : s.bindings) {
        if (b.is_default) continue;
        args += (args.empty() ? "" : ", ") + b.name + ": " + ir::expression_text(b.value);
      }
      out += "{% use " + s.fragment + "(" + args + ") %}";
      segments_text(s.body, out, sections);
      out += "{% end use %}";
      break;
    }
    case ir::SegmentKind::Section: {
      std::string inner;
      segments_text(s.body, inner, sections);
      if (s.section && sections) {
        const ir::Section& sec = *s.section;
        Json j = {{"name", sec.name}, {"from", sec.origin.module + "." + sec.origin.decl}};
        if (sec.priority) j["priority"] = *sec.priority;
        if (sec.shrink) j["shrink"] = *sec.shrink == ast::ShrinkMode::Drop ? "drop" : "truncate";
        if (sec.is_final) j["final"] = true;
        Json ann = Json::array();
        for (const auto& a : sec.annotations) ann.push_back(a.name);
        if (!ann.empty()) j["annotations"] = ann;
        j["text"] = inner;
        sections->push_back(std::move(j));
      }
      // The section's text is listed (and diffed) on its own; the enclosing
      // text keeps only where it sits, so one edit shows up once.
      if (sections) out += "{% section " + (s.section ? s.section->name : std::string("?")) + " %}";
      else out += inner;
      break;
    }
  }
}

void segments_text(const ir::Segments& segs, std::string& out, Json* sections) {
  for (const auto& s : segs) segment_text(s, out, sections);
}

Json config_json(const ir::ConfigMap& map) {
  Json out = Json::object();
  for (const auto& [key, cv] : map) out[key] = ir::expression_text(cv.value);
  return out;
}

}  // namespace

Json prompt_summary(const ir::Prompt& p) {
  Json out = Json::object();
  out["prompt"] = p.qualified;
  out["abstract"] = p.is_abstract;
  out["linearization"] = p.linearization;
  out["mixins"] = p.mixins;
  Json inputs = Json::array();
  for (const auto& in : p.inputs) {
    Json j = {{"name", in.name}, {"type", sema::type_name(in.type)}};
    if (in.default_value) j["default"] = ir::expression_text(in.default_value);
    if (in.untrusted) j["untrusted"] = true;
    inputs.push_back(std::move(j));
  }
  out["inputs"] = std::move(inputs);
  if (p.output) {
    out["output"] = {{"name", p.output->name}, {"type", sema::type_name(p.output->type)}, {"schema", p.output->schema}};
  } else {
    out["output"] = nullptr;
  }
  Json tools = Json::array();
  for (const auto& t : p.tools) {
    tools.push_back({{"name", t.name}, {"description", t.description}, {"parameters", t.parameters}});
  }
  out["tools"] = std::move(tools);
  out["tool_choice"] = p.tool_choice ? Json(p.tool_choice->choice) : Json(nullptr);
  out["config"] = config_json(p.config);
  Json targets = Json::object();
  for (const auto& [name, map] : p.targets) targets[name] = config_json(map);
  out["targets"] = std::move(targets);
  Json sections = Json::array();
  Json messages = Json::array();
  for (const auto& m : p.messages) {
    if (m.kind == ir::MessageKind::History) {
      messages.push_back({{"role", "history"}, {"text", "{% messages " + m.history_input + " %}"}});
      continue;
    }
    std::string text;
    segments_text(m.body, text, &sections);
    messages.push_back({{"role", std::string(ast::to_string(m.role))}, {"text", text}});
  }
  out["messages"] = std::move(messages);
  out["sections"] = std::move(sections);
  Json examples = Json::array();
  for (const auto& e : p.examples) {
    std::string text;
    for (const auto& m : e.messages) {
      text += std::string(ast::to_string(m.role)) + ": ";
      segments_text(m.body, text, nullptr);
      text += "\n";
    }
    examples.push_back({{"name", e.name}, {"text", text}});
  }
  out["examples"] = std::move(examples);
  if (p.budget) {
    Json b = {{"tokens", p.budget->tokens}};
    if (p.budget->reserve_output) b["reserve_output"] = *p.budget->reserve_output;
    out["budget"] = std::move(b);
  } else {
    out["budget"] = nullptr;
  }
  return out;
}

}  // namespace aep::build
