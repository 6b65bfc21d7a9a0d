// The JSON form of the neutral Request: the fixture format of golden tests and
// the input of `aep lower`, plus the canonical form used for content hashes.
// Reading is strict (unknown keys and wrong types are errors with a JSON path)
// because a silently ignored misspelt key in a fixture would test nothing.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "compiler/render/request.hpp"

namespace aep::render {
namespace {

// ---------------------------------------------------------------- writing

Json span_json(const Span& span, const SourceManager& sources) {
  const SourceFile* file = sources.find(span.file);
  Json out = Json::object();
  out["file"] = file != nullptr ? file->path() : std::string();
  out["line"] = span.line;
  out["column"] = span.column;
  out["begin"] = span.begin;
  out["end"] = span.end;
  return out;
}

template <class T>
Json setting_json(const Setting<T>& s, const SourceManager& sources) {
  if (!s.span.valid()) return Json(s.value);
  Json out = Json::object();
  out["value"] = s.value;
  out["span"] = span_json(s.span, sources);
  return out;
}

void put_span(Json& out, const Span& span, const SourceManager& sources) {
  if (span.valid()) out["span"] = span_json(span, sources);
}

Json message_json(const Message& m, const SourceManager& sources) {
  Json out = Json::object();
  out["role"] = std::string(role_name(m.role));
  if (!m.parts.empty()) {
    Json parts = Json::array();
    for (const TextPart& p : m.parts) {
      Json part = Json::object();
      part["text"] = p.text.str();
      if (p.cache_breakpoint) part["cache_breakpoint"] = true;
      if (p.untrusted) part["untrusted"] = *p.untrusted;
      if (!p.section.empty()) part["section"] = p.section;
      put_span(part, p.span, sources);
      parts.push_back(std::move(part));
    }
    out["parts"] = std::move(parts);
  }
  if (!m.tool_calls.empty()) {
    Json calls = Json::array();
    for (const ToolCall& c : m.tool_calls) {
      Json call = {{"id", c.id}, {"name", c.name}, {"arguments", c.arguments}};
      put_span(call, c.span, sources);
      calls.push_back(std::move(call));
    }
    out["tool_calls"] = std::move(calls);
  }
  if (m.tool_result) {
    const ToolResult& r = *m.tool_result;
    Json result = {{"tool_call_id", r.tool_call_id}, {"name", r.name}, {"content", r.content}};
    if (r.is_error) result["is_error"] = true;
    put_span(result, r.span, sources);
    out["tool_result"] = std::move(result);
  }
  put_span(out, m.span, sources);
  return out;
}

Json config_json(const Config& c, const SourceManager& sources) {
  Json out = Json::object();
  auto put = [&](const char* key, const auto& setting) {
    if (setting) out[key] = setting_json(*setting, sources);
  };
  put("model", c.model);
  put("temperature", c.temperature);
  put("top_p", c.top_p);
  put("top_k", c.top_k);
  put("max_output_tokens", c.max_output_tokens);
  put("stop", c.stop);
  put("seed", c.seed);
  put("n", c.n);
  put("reasoning_effort", c.reasoning_effort);
  put("thinking_budget", c.thinking_budget);
  put("stream", c.stream);
  put("presence_penalty", c.presence_penalty);
  put("frequency_penalty", c.frequency_penalty);
  put("logprobs", c.logprobs);
  put("top_logprobs", c.top_logprobs);
  put("cache_key", c.cache_key);
  return out;
}

std::string_view tool_choice_mode(ToolChoice::Mode mode) {
  switch (mode) {
    case ToolChoice::Mode::Auto: return "auto";
    case ToolChoice::Mode::None: return "none";
    case ToolChoice::Mode::Required: return "required";
    case ToolChoice::Mode::Named: return "named";
  }
  return "auto";
}

// ---------------------------------------------------------------- reading

struct ReadError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Reader {
 public:
  Reader(SourceManager& sources, std::string base_dir)
      : sources_(sources), base_dir_(std::move(base_dir)) {}

  [[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw ReadError(path + ": " + what);
  }

  void expect_object(const Json& j, const std::string& path,
                     std::initializer_list<std::string_view> allowed) {
    if (!j.is_object()) fail(path, "expected an object");
    for (auto it = j.begin(); it != j.end(); ++it) {
      bool known = false;
      for (std::string_view a : allowed) known = known || it.key() == a;
      if (!known) {
        std::string list;
        for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        fail(path, "unknown key `" + it.key() + "` (known: " + list + ")");
      }
    }
  }

  std::string str(const Json& j, const std::string& path) {
    if (!j.is_string()) fail(path, "expected a string");
    return j.get<std::string>();
  }
  bool boolean(const Json& j, const std::string& path) {
    if (!j.is_boolean()) fail(path, "expected true or false");
    return j.get<bool>();
  }
  std::int64_t integer(const Json& j, const std::string& path) {
    if (!j.is_number_integer()) fail(path, "expected an integer");
    return j.get<std::int64_t>();
  }
  double number(const Json& j, const std::string& path) {
    if (!j.is_number()) fail(path, "expected a number");
    return j.get<double>();
  }

  Span span(const Json& j, const std::string& path) {
    expect_object(j, path, {"file", "line", "column", "begin", "end"});
    std::string file = j.contains("file") ? str(j["file"], path + ".file") : std::string();
    Span s;
    if (file.empty()) return s;
    s.file = file_id(file);
    s.line = static_cast<std::uint32_t>(j.contains("line") ? integer(j["line"], path + ".line") : 0);
    s.column = static_cast<std::uint32_t>(j.contains("column") ? integer(j["column"], path + ".column") : 1);
    s.begin = static_cast<std::uint32_t>(j.contains("begin") ? integer(j["begin"], path + ".begin") : 0);
    s.end = static_cast<std::uint32_t>(j.contains("end") ? integer(j["end"], path + ".end") : s.begin);
    // A span given by line only: point at its line so the caret lands there.
    if (!j.contains("begin") && s.line > 0 && !sources_.file(s.file).text().empty()) {
      const SourceFile& f = sources_.file(s.file);
      s.begin = f.line_start(s.line) + (s.column > 0 ? s.column - 1 : 0);
      s.end = s.begin;
    }
    return s;
  }

  Span opt_span(const Json& j, const std::string& path) {
    return j.contains("span") ? span(j["span"], path + ".span") : Span{};
  }

  template <class T, class F>
  std::optional<Setting<T>> setting(const Json& j, const std::string& path, F read) {
    Setting<T> s;
    if (j.is_object()) {
      expect_object(j, path, {"value", "span"});
      if (!j.contains("value")) fail(path, "missing `value`");
      s.value = read(j["value"], path + ".value");
      s.span = opt_span(j, path);
    } else {
      s.value = read(j, path);
    }
    return s;
  }

  Config config(const Json& j, const std::string& path) {
    expect_object(j, path, {"model", "temperature", "top_p", "top_k", "max_output_tokens", "stop",
                            "seed", "n", "reasoning_effort", "thinking_budget", "stream",
                            "presence_penalty", "frequency_penalty", "logprobs", "top_logprobs",
                            "cache_key"});
    Config c;
    auto S = [&](const Json& v, const std::string& p) { return str(v, p); };
    auto D = [&](const Json& v, const std::string& p) { return number(v, p); };
    auto I = [&](const Json& v, const std::string& p) { return integer(v, p); };
    auto B = [&](const Json& v, const std::string& p) { return boolean(v, p); };
    auto L = [&](const Json& v, const std::string& p) {
      if (!v.is_array()) fail(p, "expected a list of strings");
      std::vector<std::string> out;
      for (std::size_t i = 0; i < v.size(); ++i) out.push_back(str(v[i], p + "[" + std::to_string(i) + "]"));
      return out;
    };
    auto get = [&](const char* key, auto& field, auto read) {
      if (!j.contains(key)) return;
      using T = typename std::decay_t<decltype(field)>::value_type;
      field = setting<decltype(T::value)>(j[key], path + "." + key, read);
    };
    get("model", c.model, S);
    get("temperature", c.temperature, D);
    get("top_p", c.top_p, D);
    get("top_k", c.top_k, I);
    get("max_output_tokens", c.max_output_tokens, I);
    get("stop", c.stop, L);
    get("seed", c.seed, I);
    get("n", c.n, I);
    get("reasoning_effort", c.reasoning_effort, S);
    get("thinking_budget", c.thinking_budget, I);
    get("stream", c.stream, B);
    get("presence_penalty", c.presence_penalty, D);
    get("frequency_penalty", c.frequency_penalty, D);
    get("logprobs", c.logprobs, B);
    get("top_logprobs", c.top_logprobs, I);
    get("cache_key", c.cache_key, S);
    return c;
  }

  Message message(const Json& j, const std::string& path) {
    expect_object(j, path, {"role", "parts", "text", "tool_calls", "tool_result", "span"});
    Message m;
    if (!j.contains("role")) fail(path, "missing `role`");
    std::string role = str(j["role"], path + ".role");
    if (role == "system") m.role = Role::System;
    else if (role == "developer") m.role = Role::Developer;
    else if (role == "user") m.role = Role::User;
    else if (role == "assistant") m.role = Role::Assistant;
    else if (role == "tool") m.role = Role::Tool;
    else fail(path + ".role", "unknown role `" + role + "` (known: system, developer, user, assistant, tool)");
    // `text` is shorthand for one part without span.
    if (j.contains("text")) m.parts.push_back({str(j["text"], path + ".text"), {}, false, {}, {}});
    if (j.contains("parts")) {
      const Json& parts = j["parts"];
      if (!parts.is_array()) fail(path + ".parts", "expected a list");
      for (std::size_t i = 0; i < parts.size(); ++i) {
        std::string p = path + ".parts[" + std::to_string(i) + "]";
        expect_object(parts[i], p, {"text", "span", "cache_breakpoint", "untrusted", "section"});
        TextPart part;
        if (!parts[i].contains("text")) fail(p, "missing `text`");
        part.text = str(parts[i]["text"], p + ".text");
        part.span = opt_span(parts[i], p);
        if (parts[i].contains("cache_breakpoint")) part.cache_breakpoint = boolean(parts[i]["cache_breakpoint"], p + ".cache_breakpoint");
        if (parts[i].contains("untrusted")) part.untrusted = str(parts[i]["untrusted"], p + ".untrusted");
        if (parts[i].contains("section")) part.section = str(parts[i]["section"], p + ".section");
        m.parts.push_back(std::move(part));
      }
    }
    if (j.contains("tool_calls")) {
      if (m.role != Role::Assistant) fail(path + ".tool_calls", "only assistant messages carry tool calls");
      const Json& calls = j["tool_calls"];
      if (!calls.is_array()) fail(path + ".tool_calls", "expected a list");
      for (std::size_t i = 0; i < calls.size(); ++i) {
        std::string p = path + ".tool_calls[" + std::to_string(i) + "]";
        expect_object(calls[i], p, {"id", "name", "arguments", "span"});
        ToolCall c;
        if (!calls[i].contains("id") || !calls[i].contains("name")) fail(p, "a tool call needs `id` and `name`");
        c.id = str(calls[i]["id"], p + ".id");
        c.name = str(calls[i]["name"], p + ".name");
        if (calls[i].contains("arguments")) {
          if (!calls[i]["arguments"].is_object()) fail(p + ".arguments", "expected an object");
          c.arguments = calls[i]["arguments"];
        }
        c.span = opt_span(calls[i], p);
        m.tool_calls.push_back(std::move(c));
      }
    }
    if (j.contains("tool_result")) {
      if (m.role != Role::Tool) fail(path + ".tool_result", "only tool messages carry a tool result");
      std::string p = path + ".tool_result";
      const Json& r = j["tool_result"];
      expect_object(r, p, {"tool_call_id", "name", "content", "is_error", "span"});
      ToolResult result;
      if (!r.contains("tool_call_id") || !r.contains("name") || !r.contains("content")) {
        fail(p, "a tool result needs `tool_call_id`, `name` and `content`");
      }
      result.tool_call_id = str(r["tool_call_id"], p + ".tool_call_id");
      result.name = str(r["name"], p + ".name");
      result.content = str(r["content"], p + ".content");
      if (r.contains("is_error")) result.is_error = boolean(r["is_error"], p + ".is_error");
      result.span = opt_span(r, p);
      m.tool_result = std::move(result);
    } else if (m.role == Role::Tool) {
      fail(path, "a tool message needs a `tool_result`");
    }
    m.span = opt_span(j, path);
    return m;
  }

  std::vector<Message> messages(const Json& j, const std::string& path) {
    if (!j.is_array()) fail(path, "expected a list");
    std::vector<Message> out;
    for (std::size_t i = 0; i < j.size(); ++i) out.push_back(message(j[i], path + "[" + std::to_string(i) + "]"));
    return out;
  }

  Json schema(const Json& j, const std::string& path) {
    if (!j.is_object()) fail(path, "expected a JSON Schema object");
    return j;
  }

  Request request(const Json& j) {
    expect_object(j, "$", {"prompt", "span", "messages", "examples", "tools", "tool_choice",
                           "output", "config", "targets"});
    Request r;
    if (!j.contains("prompt")) fail("$", "missing `prompt` (the prompt's qualified name)");
    r.prompt = str(j["prompt"], "$.prompt");
    r.span = opt_span(j, "$");
    if (j.contains("messages")) r.messages = messages(j["messages"], "$.messages");
    if (j.contains("examples")) {
      const Json& ex = j["examples"];
      if (!ex.is_array()) fail("$.examples", "expected a list");
      for (std::size_t i = 0; i < ex.size(); ++i) {
        std::string p = "$.examples[" + std::to_string(i) + "]";
        expect_object(ex[i], p, {"name", "messages", "span"});
        Example e;
        if (ex[i].contains("name")) e.name = str(ex[i]["name"], p + ".name");
        if (!ex[i].contains("messages")) fail(p, "missing `messages`");
        e.messages = messages(ex[i]["messages"], p + ".messages");
        e.span = opt_span(ex[i], p);
        r.examples.push_back(std::move(e));
      }
    }
    if (j.contains("tools")) {
      const Json& tools = j["tools"];
      if (!tools.is_array()) fail("$.tools", "expected a list");
      for (std::size_t i = 0; i < tools.size(); ++i) {
        std::string p = "$.tools[" + std::to_string(i) + "]";
        expect_object(tools[i], p, {"name", "description", "parameters", "strict", "span"});
        ToolDef t;
        if (!tools[i].contains("name")) fail(p, "missing `name`");
        t.name = str(tools[i]["name"], p + ".name");
        if (tools[i].contains("description")) t.description = str(tools[i]["description"], p + ".description");
        if (tools[i].contains("parameters")) t.parameters = schema(tools[i]["parameters"], p + ".parameters");
        if (tools[i].contains("strict")) t.strict = boolean(tools[i]["strict"], p + ".strict");
        t.span = opt_span(tools[i], p);
        r.tools.push_back(std::move(t));
      }
    }
    if (j.contains("tool_choice")) {
      const Json& tc = j["tool_choice"];
      ToolChoice choice;
      std::string p = "$.tool_choice";
      if (tc.is_string()) {
        std::string mode = tc.get<std::string>();
        if (mode == "auto") choice.mode = ToolChoice::Mode::Auto;
        else if (mode == "none") choice.mode = ToolChoice::Mode::None;
        else if (mode == "required") choice.mode = ToolChoice::Mode::Required;
        else fail(p, "unknown tool choice `" + mode + "` (known: auto, none, required, or {\"name\": ...})");
      } else {
        expect_object(tc, p, {"mode", "name", "span"});
        std::string mode = tc.contains("mode") ? str(tc["mode"], p + ".mode") : "named";
        if (mode == "auto") choice.mode = ToolChoice::Mode::Auto;
        else if (mode == "none") choice.mode = ToolChoice::Mode::None;
        else if (mode == "required") choice.mode = ToolChoice::Mode::Required;
        else if (mode == "named") choice.mode = ToolChoice::Mode::Named;
        else fail(p + ".mode", "unknown tool choice mode `" + mode + "`");
        if (choice.mode == ToolChoice::Mode::Named) {
          if (!tc.contains("name")) fail(p, "a named tool choice needs `name`");
          choice.name = str(tc["name"], p + ".name");
        }
        choice.span = opt_span(tc, p);
      }
      r.tool_choice = choice;
    }
    if (j.contains("output") && !j["output"].is_null()) {
      const Json& o = j["output"];
      std::string p = "$.output";
      expect_object(o, p, {"name", "description", "schema", "strict", "span"});
      OutputSpec out;
      if (!o.contains("name") || !o.contains("schema")) fail(p, "an output needs `name` and `schema`");
      out.name = str(o["name"], p + ".name");
      if (o.contains("description")) out.description = str(o["description"], p + ".description");
      out.schema = schema(o["schema"], p + ".schema");
      if (o.contains("strict")) out.strict = boolean(o["strict"], p + ".strict");
      out.span = opt_span(o, p);
      r.output = std::move(out);
    }
    if (j.contains("config")) r.config = config(j["config"], "$.config");
    if (j.contains("targets")) {
      const Json& t = j["targets"];
      if (!t.is_object()) fail("$.targets", "expected an object keyed by target name");
      for (auto it = t.begin(); it != t.end(); ++it) {
        std::string p = "$.targets." + it.key();
        expect_object(it.value(), p, {"config", "extra", "span"});
        TargetOverride o;
        if (it.value().contains("config")) o.config = config(it.value()["config"], p + ".config");
        if (it.value().contains("extra")) {
          if (!it.value()["extra"].is_object()) fail(p + ".extra", "expected an object");
          o.extra = it.value()["extra"];
        }
        o.span = opt_span(it.value(), p);
        r.targets[it.key()] = std::move(o);
      }
    }
    return r;
  }

 private:
  FileId file_id(const std::string& path) {
    if (auto it = files_.find(path); it != files_.end()) return it->second;
    FileId id = kNoFile;
    std::filesystem::path on_disk = std::filesystem::path(base_dir_) / path;
    std::ifstream in(on_disk, std::ios::binary);
    if (in) {
      std::ostringstream text;
      text << in.rdbuf();
      id = sources_.add(path, text.str());
    } else {
      id = sources_.add(path, "");
    }
    files_[path] = id;
    return id;
  }

  SourceManager& sources_;
  std::string base_dir_;
  std::map<std::string, FileId> files_;
};

// ---------------------------------------------------------------- canonical

void write_string(std::string& out, const std::string& s) {
  out += Json(s).dump(-1, ' ', false, Json::error_handler_t::replace);
}

void write_canonical(std::string& out, const Json& j, bool keep_order);

void write_object(std::string& out, const Json& j, bool keep_order) {
  std::vector<std::pair<std::string, const Json*>> items;
  for (auto it = j.begin(); it != j.end(); ++it) items.emplace_back(it.key(), &it.value());
  if (!keep_order) {
    std::stable_sort(items.begin(), items.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  out += '{';
  bool first = true;
  for (const auto& [key, value] : items) {
    if (!first) out += ',';
    first = false;
    write_string(out, key);
    out += ':';
    // The members of `properties` are schemas listed in declaration order;
    // that order is meaningful, so it is kept (their own keys are sorted).
    if (key == "properties" && value->is_object() && !keep_order) {
      out += '{';
      bool first_prop = true;
      for (auto it = value->begin(); it != value->end(); ++it) {
        if (!first_prop) out += ',';
        first_prop = false;
        write_string(out, it.key());
        out += ':';
        write_canonical(out, it.value(), false);
      }
      out += '}';
    } else {
      write_canonical(out, *value, false);
    }
  }
  out += '}';
}

void write_canonical(std::string& out, const Json& j, bool keep_order) {
  if (j.is_object()) {
    write_object(out, j, keep_order);
  } else if (j.is_array()) {
    out += '[';
    for (std::size_t i = 0; i < j.size(); ++i) {
      if (i > 0) out += ',';
      write_canonical(out, j[i], false);
    }
    out += ']';
  } else {
    out += j.dump(-1, ' ', false, Json::error_handler_t::replace);
  }
}

}  // namespace

Json to_json(const Request& r, const SourceManager& sources) {
  Json out = Json::object();
  out["prompt"] = r.prompt;
  put_span(out, r.span, sources);
  Json messages = Json::array();
  for (const Message& m : r.messages) messages.push_back(message_json(m, sources));
  out["messages"] = std::move(messages);
  if (!r.examples.empty()) {
    Json examples = Json::array();
    for (const Example& e : r.examples) {
      Json ex = Json::object();
      ex["name"] = e.name;
      Json turns = Json::array();
      for (const Message& m : e.messages) turns.push_back(message_json(m, sources));
      ex["messages"] = std::move(turns);
      put_span(ex, e.span, sources);
      examples.push_back(std::move(ex));
    }
    out["examples"] = std::move(examples);
  }
  if (!r.tools.empty()) {
    Json tools = Json::array();
    for (const ToolDef& t : r.tools) {
      Json tool = {{"name", t.name}, {"description", t.description}, {"parameters", t.parameters},
                   {"strict", t.strict}};
      put_span(tool, t.span, sources);
      tools.push_back(std::move(tool));
    }
    out["tools"] = std::move(tools);
  }
  if (r.tool_choice) {
    Json tc = {{"mode", std::string(tool_choice_mode(r.tool_choice->mode))}};
    if (r.tool_choice->mode == ToolChoice::Mode::Named) tc["name"] = r.tool_choice->name;
    put_span(tc, r.tool_choice->span, sources);
    out["tool_choice"] = std::move(tc);
  }
  if (r.output) {
    Json o = {{"name", r.output->name}, {"description", r.output->description},
              {"schema", r.output->schema}, {"strict", r.output->strict}};
    put_span(o, r.output->span, sources);
    out["output"] = std::move(o);
  }
  out["config"] = config_json(r.config, sources);
  if (!r.targets.empty()) {
    Json targets = Json::object();
    for (const auto& [name, o] : r.targets) {
      Json t = {{"config", config_json(o.config, sources)}, {"extra", o.extra}};
      put_span(t, o.span, sources);
      targets[name] = std::move(t);
    }
    out["targets"] = std::move(targets);
  }
  return out;
}

std::string canonical_json(const Request& request, const SourceManager& sources) {
  std::string out;
  write_canonical(out, to_json(request, sources), false);
  return out;
}

Expected<Request> request_from_json(const Json& json, SourceManager& sources,
                                    const std::string& base_dir) {
  try {
    Reader reader(sources, base_dir);
    return reader.request(json);
  } catch (const ReadError& e) {
    return Error{e.what()};
  } catch (const Json::exception& e) {
    return Error{std::string("malformed request: ") + e.what()};
  }
}

}  // namespace aep::render
