// The render entry points: compiling a RenderPlan (the template tree plus the
// input-independent part of the Request: examples, tools, output, config),
// rendering it against input values, and assembling the rendered messages
// into render::Request parts and the source map. Parts are maximal runs of
// text with the same section and untrusted origin; the source map keeps the
// finer runs (each literal piece, interpolation and separator with its span).
#include "compiler/ir/render_prompt.hpp"

#include <memory>

#include <fmt/format.h>

#include "compiler/ir/render_plan.hpp"

namespace aep::ir {
namespace plan {

namespace {

std::string describe(const Value& v) {
  std::string kind = v.is_null() ? "null" : v.is_boolean() ? "bool" : v.is_number_integer() ? "int"
                   : v.is_number() ? "float" : v.is_string() ? "string" : v.is_array() ? "list" : "object";
  std::string text = v.dump();
  if (text.size() > 40) text = text.substr(0, 37) + "...";
  return kind + " " + text;
}

void set_config(render::Config& c, const std::string& key, const Value& v, const Span& span, const std::string& where,
                std::vector<Diagnostic>& diags, Value* extra) {
  auto want = [&](bool ok, std::string_view what) {
    if (!ok) {
      diags.push_back(make_diag(DiagKind::ConfigValueMismatch, span,
                                fmt::format("{} `{}`: expected {}, found {}", where, key, what, describe(v))));
    }
    return ok;
  };
  if (key == "model") { if (want(v.is_string(), "a string")) c.model = {{v.get<std::string>(), span}}; }
  else if (key == "temperature") { if (want(v.is_number(), "a number")) c.temperature = {{v.get<double>(), span}}; }
  else if (key == "top_p") { if (want(v.is_number(), "a number")) c.top_p = {{v.get<double>(), span}}; }
  else if (key == "top_k") { if (want(v.is_number_integer(), "an integer")) c.top_k = {{v.get<std::int64_t>(), span}}; }
  else if (key == "max_tokens" || key == "max_output_tokens") {
    if (want(v.is_number_integer(), "an integer")) c.max_output_tokens = {{v.get<std::int64_t>(), span}};
  } else if (key == "stop") {
    std::vector<std::string> stops;
    bool ok = v.is_string() || v.is_array();
    if (v.is_string()) stops.push_back(v.get<std::string>());
    else if (v.is_array()) for (const auto& s : v) { if (s.is_string()) stops.push_back(s.get<std::string>()); else ok = false; }
    if (want(ok, "a string or a list of strings")) c.stop = {{stops, span}};
  } else if (key == "seed") { if (want(v.is_number_integer(), "an integer")) c.seed = {{v.get<std::int64_t>(), span}}; }
  else if (key == "n") { if (want(v.is_number_integer(), "an integer")) c.n = {{v.get<std::int64_t>(), span}}; }
  else if (key == "reasoning_effort") { if (want(v.is_string(), "a string")) c.reasoning_effort = {{v.get<std::string>(), span}}; }
  else if (key == "thinking_budget") { if (want(v.is_number_integer(), "an integer")) c.thinking_budget = {{v.get<std::int64_t>(), span}}; }
  else if (key == "stream") { if (want(v.is_boolean(), "a bool")) c.stream = {{v.get<bool>(), span}}; }
  else if (key == "presence_penalty") { if (want(v.is_number(), "a number")) c.presence_penalty = {{v.get<double>(), span}}; }
  else if (key == "frequency_penalty") { if (want(v.is_number(), "a number")) c.frequency_penalty = {{v.get<double>(), span}}; }
  else if (key == "logprobs") { if (want(v.is_boolean(), "a bool")) c.logprobs = {{v.get<bool>(), span}}; }
  else if (key == "top_logprobs") { if (want(v.is_number_integer(), "an integer")) c.top_logprobs = {{v.get<std::int64_t>(), span}}; }
  else if (key == "cache_key") { if (want(v.is_string(), "a string")) c.cache_key = {{v.get<std::string>(), span}}; }
  else if (extra) (*extra)[key] = v;
  else {
    diags.push_back(make_diag(DiagKind::ConfigKeyUnknown, span, fmt::format("{} `{}` is not a known setting", where, key))
                        .help("known settings: model, temperature, top_p, top_k, max_tokens, stop, seed, n, reasoning_effort, "
                              "thinking_budget, stream, presence_penalty, frequency_penalty, logprobs, top_logprobs, "
                              "cache_key; provider-only settings go in a `target` block"));
  }
}

}  // namespace

// Copies rendered messages into Request messages (reusing `into`'s storage).
// Every part of a dynamic message is a view of that message's own text
// storage (MessageText, written by the executor; render::Text keeps it
// alive and MessageText never writes to storage a part holds), so the text
// is neither copied nor allocated here; the parts of static messages are
// views of a buffer the plan holds, copied without touching their bytes.
void to_request_messages(const Plan& plan, const Output& out, std::vector<render::Message>& into,
                         std::vector<SourceMapEntry>* source_map) {
  std::size_t entries = 0;
  if (source_map) {
    for (const RenderedMessage& rm : out.messages) entries += rm.fixed ? rm.fixed->fixed_source_map.size() : rm.runs.size();
  }
  // Entries go straight from the runs into the map, in the pass that groups
  // the runs into parts (storage reserved once for every run).
  std::vector<SourceMapEntry>* map = source_map;
  if (map) map->reserve(map->size() + entries);
  // Messages and parts that do not exist yet (a fresh result) are built in
  // place from their values: a default-constructed one is first cleared with
  // a `rep stos` (slow to start) and then assigned field by field.
  into.reserve(out.messages.size());
  if (into.size() > out.messages.size()) into.resize(out.messages.size());
  for (std::size_t i = 0; i < out.messages.size(); ++i) {
    const RenderedMessage& rm = out.messages[i];
    bool fresh = i == into.size();
    if (fresh) {
      if (rm.fixed) into.emplace_back(rm.role, rm.fixed->fixed_parts, std::vector<render::ToolCall>(), std::nullopt, rm.span);
      else into.emplace_back(rm.role, std::vector<render::TextPart>(), std::vector<render::ToolCall>(), std::nullopt, rm.span);
    }
    render::Message& m = into[i];
    if (!fresh) {
      m.role = rm.role;
      m.span = rm.span;
      m.tool_calls.clear();
      m.tool_result.reset();
    }
    if (rm.fixed) {  // a static message: assembled once, in precompute_static()
      if (!fresh) m.parts = rm.fixed->fixed_parts;
      if (map) {
        for (const SourceMapEntry& e : rm.fixed->fixed_source_map) map->push_back({i, e.begin, e.end, e.span});
      }
      continue;
    }
    const char* base = rm.text.data();
    const std::shared_ptr<const char[]>& buffer = rm.text.owner();
    const Run* runs = rm.runs.data();
    const std::size_t run_count = rm.runs.size();
    {
      // Exact capacity: growing a parts vector one by one costs more
      // allocations than the parts themselves.
      std::size_t groups = rm.text.empty() ? 1 : 0;
      for (std::size_t r = 0; r < run_count; ++r) {
        if (r == 0 || runs[r].section != runs[r - 1].section || runs[r].untrusted != runs[r - 1].untrusted) ++groups;
      }
      m.parts.reserve(groups);
    }
    std::size_t count = 0;
    auto part = [&]() -> render::TextPart& {
      if (m.parts.size() <= count) m.parts.emplace_back();
      return m.parts[count++];
    };
    if (rm.text.empty()) {  // a history turn with empty content still is a turn
      render::TextPart& p = part();
      p.text.clear();
      p.span = rm.span;
      p.cache_breakpoint = false;
      p.untrusted.reset();
      p.section.clear();
    }
    for (std::size_t r = 0; r < run_count;) {
      std::size_t e = r;
      if (map && runs[r].end > runs[r].begin) map->push_back({i, runs[r].begin, runs[r].end, runs[r].span});
      while (e + 1 < run_count && runs[e + 1].section == runs[r].section && runs[e + 1].untrusted == runs[r].untrusted) {
        ++e;
        if (map && runs[e].end > runs[e].begin) map->push_back({i, runs[e].begin, runs[e].end, runs[e].span});
      }
      if (runs[e].end > runs[r].begin) {
        const Run& first = runs[r];
        render::Text text = render::Text::shared(buffer, base + first.begin, runs[e].end - first.begin);
        if (m.parts.size() <= count) {
          static const std::string no_section;
          const std::string& section = first.section == kNone ? no_section : plan.sections[first.section].name;
          if (first.untrusted == kNone) m.parts.emplace_back(std::move(text), first.span, false, std::nullopt, section);
          else m.parts.emplace_back(std::move(text), first.span, false, plan.untrusted_names[first.untrusted], section);
          ++count;
        } else {
          render::TextPart& p = part();
          p.text = std::move(text);
          p.span = first.span;
          p.cache_breakpoint = false;
          if (first.untrusted == kNone) p.untrusted.reset();
          else p.untrusted = plan.untrusted_names[first.untrusted];
          if (first.section == kNone) p.section.clear();
          else p.section = plan.sections[first.section].name;
        }
      }
      r = e + 1;
    }
    m.parts.resize(count);
  }
}

void assemble(const Plan& plan, Output& out, RenderResult& result, bool source_map) {
  render::Request& req = result.request;
  to_request_messages(plan, out, req.messages, source_map ? &result.source_map : nullptr);
  req.examples = plan.base.examples;
  req.tools = plan.base.tools;
  req.tool_choice = plan.base.tool_choice;
  req.output = plan.base.output;
  req.config = plan.base.config;
  req.targets = plan.base.targets;
}

namespace {

// The input-independent part of the Request, computed once per plan.
void build_base(Plan& plan) {
  const Prompt& p = *plan.prompt;
  render::Request& req = plan.base;
  req.prompt = p.qualified;
  req.span = p.span;
  if (p.is_abstract) {
    plan.static_diagnostics.push_back(
        make_diag(DiagKind::RenderAbstract, p.span, fmt::format("prompt `{}` is abstract: render one of its concrete children", p.qualified))
            .primary_label("declared `abstract` here"));
    return;
  }
  Frame frame;
  frame.slots.assign(plan.slot_count, nullptr);
  frame.owned.resize(plan.slot_count);
  auto constant = [&](const ast::Expr* e) -> Value {
    // Constant expressions (config values, example inputs, annotation
    // arguments) evaluate through a one-off compiled expression.
    if (!e) return nullptr;
    Plan one;
    Value tmp;
    Frame empty;
    return *eval(one, compile_constant(one, e), empty, tmp);
  };
  for (std::size_t x = 0; x < p.examples.size(); ++x) {
    const Example& e = p.examples[x];
    render::Example ex;
    ex.name = e.name;
    ex.span = e.origin.span;
    Output out;
    execute_messages(plan, plan.example_messages[x], frame, out);
    to_request_messages(plan, out, ex.messages, nullptr);
    if (e.ast && e.ast->has_input) {
      Value in = Value::object();
      for (const auto& entry : e.ast->input) in[entry.key.text] = constant(entry.value.get());
      render::Message user;
      user.role = render::Role::User;
      user.span = e.origin.span;
      user.parts.push_back({in.dump(), e.origin.span, false, std::nullopt, {}});
      ex.messages.push_back(std::move(user));
      if (e.ast->output) {
        render::Message answer;
        answer.role = render::Role::Assistant;
        answer.span = e.ast->output->span;
        std::string text;
        append_text(text, constant(e.ast->output.get()));
        answer.parts.push_back({std::move(text), e.ast->output->span, false, std::nullopt, {}});
        ex.messages.push_back(std::move(answer));
      }
    }
    req.examples.push_back(std::move(ex));
  }
  for (const auto& t : p.tools) req.tools.push_back({t.name, t.description, t.parameters, true, t.origin.span});
  if (p.tool_choice) {
    render::ToolChoice tc;
    tc.span = p.tool_choice->origin.span;
    const std::string& c = p.tool_choice->choice;
    tc.mode = c == "auto" ? render::ToolChoice::Mode::Auto : c == "none" ? render::ToolChoice::Mode::None
            : c == "required" ? render::ToolChoice::Mode::Required : render::ToolChoice::Mode::Named;
    if (tc.mode == render::ToolChoice::Mode::Named) tc.name = c;
    req.tool_choice = tc;
  }
  if (p.output) {
    render::OutputSpec o;
    o.name = p.output->name;
    o.description = p.output->type ? p.output->type->description : "";
    o.schema = p.output->schema;
    o.span = p.output->origin.span;
    for (const auto& a : p.output->annotations) {
      if (a.name == "strict" && a.ast && !a.ast->args.empty()) o.strict = truthy(constant(a.ast->args[0].value.get()));
    }
    req.output = std::move(o);
  }
  for (const auto& [key, cv] : p.config) {
    set_config(req.config, key, constant(cv.value), cv.origin.span, "config", plan.static_diagnostics, nullptr);
  }
  for (const auto& [target, map] : p.targets) {
    render::TargetOverride over;
    for (const auto& [key, cv] : map) {
      set_config(over.config, key, constant(cv.value), cv.origin.span, "target " + target, plan.static_diagnostics, &over.extra);
      if (!over.span.valid()) over.span = cv.origin.span;
    }
    req.targets[target] = std::move(over);
  }
}

bool static_body(const Plan& plan, const std::vector<std::uint32_t>& body) {
  for (std::uint32_t id : body) {
    const Node& n = plan.nodes[id];
    switch (n.kind) {
      case NodeKind::Text: break;
      case NodeKind::Block:
        if (!n.bindings.empty() || !static_body(plan, n.body)) return false;
        break;
      default: return false;
    }
  }
  return true;
}

// Renders the messages that do not depend on inputs once, at compile time.
void precompute_static(Plan& plan) {
  Frame frame;
  frame.slots.assign(plan.slot_count, nullptr);
  frame.owned.resize(plan.slot_count);
  for (MessagePlan& m : plan.messages) {
    if (m.history || !static_body(plan, m.body)) continue;
    Output out;
    execute_messages(plan, {m}, frame, out);
    if (!out.messages.empty()) {
      std::vector<render::Message> assembled;
      to_request_messages(plan, out, assembled, &m.fixed_source_map);
      m.fixed_parts = std::move(assembled.front().parts);
      m.fixed = std::move(out.messages.front());
    }
    m.is_static = true;
  }
}

struct Scratch {
  Frame frame;
  Output out;
};

void collect_errors(RenderResult& result) {
  result.errors.clear();
  for (const Diagnostic& d : result.diagnostics) {
    if (d.severity == Severity::Error) result.errors.push_back(d.message);
  }
}

}  // namespace
}  // namespace plan

RenderPlan::RenderPlan() = default;
RenderPlan::RenderPlan(std::unique_ptr<plan::Plan> data) : data_(std::move(data)) {}
RenderPlan::RenderPlan(RenderPlan&&) noexcept = default;
RenderPlan& RenderPlan::operator=(RenderPlan&&) noexcept = default;
RenderPlan::~RenderPlan() = default;

const Prompt& RenderPlan::prompt() const { return *data_->prompt; }

RenderPlan compile_render_plan(const Prompt& prompt) {
  auto data = std::make_unique<plan::Plan>(plan::compile(prompt));
  plan::build_base(*data);
  plan::precompute_static(*data);
  return RenderPlan(std::move(data));
}

void RenderPlan::render_into(const nlohmann::ordered_json& inputs, RenderResult& result, const RenderOptions& options) const {
  const plan::Plan& plan = *data_;
  thread_local plan::Scratch scratch;
  result.diagnostics = plan.static_diagnostics;
  result.source_map.clear();
  result.budget.reset();
  render::Request& req = result.request;
  req.prompt = plan.base.prompt;
  req.span = plan.base.span;
  if (plan.prompt->is_abstract) {
    req.messages.clear();
    plan::collect_errors(result);
    return;
  }
  scratch.frame.slots.assign(plan.slot_count, nullptr);
  if (scratch.frame.owned.size() < plan.slot_count) scratch.frame.owned.resize(plan.slot_count);
  if (!plan::bind_inputs(plan, inputs, scratch.frame, result.diagnostics)) {
    req.messages.clear();
    plan::collect_errors(result);
    return;
  }
  bool budgeted = plan.prompt->budget.has_value();
  plan::execute(plan, scratch.frame, nullptr, budgeted, scratch.out, !options.source_map);
  if (budgeted) plan::apply_budget(plan, scratch.frame, scratch.out, result, options.model);
  plan::assemble(plan, scratch.out, result, options.source_map);
  if (!options.model.empty()) req.config.model = render::Setting<std::string>{options.model, {}};
  plan::collect_errors(result);
}

RenderResult RenderPlan::render(const nlohmann::ordered_json& inputs, const RenderOptions& options) const {
  RenderResult result;
  render_into(inputs, result, options);
  return result;
}

RenderResult render_prompt(const Prompt& prompt, const nlohmann::ordered_json& inputs, const RenderOptions& options) {
  return compile_render_plan(prompt).render(inputs, options);
}

nlohmann::ordered_json parse_input_value(const Prompt& prompt, const std::string& name, const std::string& text, std::string& error) {
  const Input* in = prompt.find_input(name);
  if (in && in->type && (in->type->tag == sema::TypeTag::String || in->type->tag == sema::TypeTag::Enum)) return text;
  auto v = nlohmann::ordered_json::parse(text, nullptr, false);
  if (v.is_discarded()) {
    // Bare words for non-string inputs are most likely a typo of a JSON value.
    error = fmt::format("input `{}`: `{}` is not a JSON value", name, text);
    return nullptr;
  }
  return v;
}

}  // namespace aep::ir
