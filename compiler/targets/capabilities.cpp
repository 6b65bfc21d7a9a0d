// Reading the capability table: the entry format of data/models.json and of
// `[models."name"]` tables in aep.toml (one format for both, so anything the
// built-in file says a user can say too), lookup with snapshots and tags, and
// nearest-name suggestions. docs/targets.md documents the format.
#include "compiler/targets/capabilities.hpp"

#include <algorithm>
#include <cctype>
#include <functional>

namespace aep::targets {
namespace {

using Fail = std::function<void(const std::string& path, const std::string& message)>;

bool is_number(const Json& j) { return j.is_number(); }

std::optional<SamplingParam> read_sampling(const Json& j, const std::string& path, const Fail& fail) {
  SamplingParam p;
  if (j.is_boolean()) {
    p.accepted = j.get<bool>();
    if (p.accepted) p.range = NumberRange{0, 1};
    return p;
  }
  if (j.is_array() && j.size() == 2 && is_number(j[0]) && is_number(j[1])) {
    p.accepted = true;
    p.range = NumberRange{j[0].get<double>(), j[1].get<double>()};
    return p;
  }
  if (j.is_object() && j.size() == 1 && j.contains("fixed") && is_number(j["fixed"])) {
    p.accepted = false;
    p.fixed = j["fixed"].get<double>();
    return p;
  }
  fail(path, "expected [min, max], false, or {fixed = value}");
  return std::nullopt;
}

std::optional<ReasoningInfo> read_reasoning(const Json& j, const std::string& path, const Fail& fail) {
  ReasoningInfo r;
  if (j.is_boolean() && !j.get<bool>()) return r;
  if (!j.is_object()) {
    fail(path, "expected false, {effort = [...]}, {budget = [min, max]} or {think = true | [levels]}");
    return std::nullopt;
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& key = it.key();
    const Json& v = it.value();
    if (key == "effort" && v.is_array()) {
      r.kind = ReasoningInfo::Kind::Effort;
      for (const Json& e : v) {
        if (!e.is_string()) { fail(path + ".effort", "expected a list of strings"); return std::nullopt; }
        r.efforts.push_back(e.get<std::string>());
      }
    } else if (key == "budget" && v.is_array() && v.size() == 2 && v[0].is_number_integer() &&
               v[1].is_number_integer()) {
      r.kind = ReasoningInfo::Kind::Budget;
      r.budget_min = v[0].get<std::int64_t>();
      r.budget_max = v[1].get<std::int64_t>();
    } else if (key == "can_disable" && v.is_boolean()) {
      r.can_disable = v.get<bool>();
    } else if (key == "think" && (v.is_boolean() || v.is_array())) {
      r.kind = ReasoningInfo::Kind::Think;
      if (v.is_array()) {
        for (const Json& e : v) {
          if (!e.is_string()) { fail(path + ".think", "expected a list of strings"); return std::nullopt; }
          r.efforts.push_back(e.get<std::string>());
        }
      }
    } else {
      fail(path + "." + key, "unknown key or wrong value (known: effort, budget, can_disable, think)");
      return std::nullopt;
    }
  }
  return r;
}

bool apply_entry(ModelInfo& m, const Json& entry, const std::string& base, const Fail& fail) {
  if (!entry.is_object()) {
    fail(base, "expected a table of model properties");
    return false;
  }
  bool ok = true;
  auto bad = [&](const std::string& path, const std::string& message) {
    fail(path, message);
    ok = false;
  };
  auto want_int = [&](const Json& v, const std::string& path, std::int64_t& out) {
    if (!v.is_number_integer() || v.get<std::int64_t>() < 0) bad(path, "expected a non-negative integer");
    else out = v.get<std::int64_t>();
  };
  auto want_bool = [&](const Json& v, const std::string& path, bool& out) {
    if (!v.is_boolean()) bad(path, "expected true or false");
    else out = v.get<bool>();
  };
  auto want_str = [&](const Json& v, const std::string& path, std::string& out,
                      std::initializer_list<std::string_view> allowed) {
    if (!v.is_string()) { bad(path, "expected a string"); return; }
    std::string s = v.get<std::string>();
    if (allowed.size() > 0 &&
        std::find(allowed.begin(), allowed.end(), std::string_view(s)) == allowed.end()) {
      std::string list;
      for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      bad(path, "unknown value `" + s + "` (known: " + list + ")");
      return;
    }
    out = s;
  };
  auto want_price = [&](const Json& v, const std::string& path, std::optional<double>& out) {
    if (!v.is_number() || v.get<double>() < 0) bad(path, "expected a non-negative number (USD per million tokens)");
    else out = v.get<double>();
  };

  for (auto it = entry.begin(); it != entry.end(); ++it) {
    const std::string& key = it.key();
    const Json& v = it.value();
    std::string path = base + "." + key;
    if (key == "provider") {
      want_str(v, path, m.provider, {"openai", "anthropic", "gemini", "ollama", "compat"});
    } else if (key == "extends") {
      // handled by the caller before the other keys
    } else if (key == "aliases") {
      if (!v.is_array()) { bad(path, "expected a list of names"); continue; }
      m.aliases.clear();
      for (const Json& a : v) {
        if (a.is_string()) m.aliases.push_back(a.get<std::string>());
        else bad(path, "expected a list of names");
      }
    } else if (key == "context_window") {
      want_int(v, path, m.context_window);
    } else if (key == "max_output") {
      want_int(v, path, m.max_output);
    } else if (key == "default_max_output") {
      std::int64_t d = 0;
      want_int(v, path, d);
      m.default_max_output = d;
    } else if (key == "system_role") {
      want_str(v, path, m.system_role, {"developer", "system"});
    } else if (key == "params") {
      if (!v.is_object()) { bad(path, "expected a table"); continue; }
      for (auto p = v.begin(); p != v.end(); ++p) {
        std::string pp = path + "." + p.key();
        const Json& pv = p.value();
        if (p.key() == "temperature" || p.key() == "top_p") {
          auto s = read_sampling(pv, pp, fail);
          if (!s) ok = false;
          else (p.key() == "temperature" ? m.temperature : m.top_p) = *s;
        } else if (p.key() == "top_k") want_bool(pv, pp, m.top_k);
        else if (p.key() == "seed") want_bool(pv, pp, m.seed);
        else if (p.key() == "n") want_bool(pv, pp, m.n);
        else if (p.key() == "logprobs") want_bool(pv, pp, m.logprobs);
        else if (p.key() == "penalties") want_bool(pv, pp, m.penalties);
        else if (p.key() == "stop") {
          if (pv.is_boolean()) m.stop_max = pv.get<bool>() ? -1 : 0;
          else if (pv.is_number_integer() && pv.get<std::int64_t>() >= -1) m.stop_max = pv.get<std::int64_t>();
          else bad(pp, "expected the maximum count, -1 or true for no limit, or false");
        } else {
          bad(pp, "unknown parameter (known: temperature, top_p, top_k, seed, stop, n, logprobs, penalties)");
        }
      }
    } else if (key == "features") {
      if (!v.is_object()) { bad(path, "expected a table"); continue; }
      for (auto f = v.begin(); f != v.end(); ++f) {
        std::string fp = path + "." + f.key();
        const Json& fv = f.value();
        if (f.key() == "tools") want_bool(fv, fp, m.tools);
        else if (f.key() == "parallel_tools") want_bool(fv, fp, m.parallel_tools);
        else if (f.key() == "vision") want_bool(fv, fp, m.vision);
        else if (f.key() == "streaming") want_bool(fv, fp, m.streaming);
        else if (f.key() == "system_in_messages") want_bool(fv, fp, m.system_in_messages);
        else if (f.key() == "structured_output") {
          if (fv.is_boolean()) m.structured_output = fv.get<bool>() ? "native" : "none";
          else want_str(fv, fp, m.structured_output, {"none", "native", "tool"});
        } else if (f.key() == "prompt_caching") {
          if (fv.is_boolean()) m.prompt_caching = fv.get<bool>() ? "automatic" : "none";
          else want_str(fv, fp, m.prompt_caching, {"none", "automatic", "explicit"});
        } else if (f.key() == "reasoning") {
          auto r = read_reasoning(fv, fp, fail);
          if (!r) ok = false;
          else m.reasoning = *r;
        } else {
          bad(fp, "unknown feature (known: tools, parallel_tools, structured_output, reasoning, vision, prompt_caching, streaming, system_in_messages)");
        }
      }
    } else if (key == "price") {
      if (!v.is_object()) { bad(path, "expected a table"); continue; }
      for (auto p = v.begin(); p != v.end(); ++p) {
        std::string pp = path + "." + p.key();
        if (p.key() == "input") want_price(p.value(), pp, m.price_input);
        else if (p.key() == "output") want_price(p.value(), pp, m.price_output);
        else if (p.key() == "cached_input") want_price(p.value(), pp, m.price_cached_input);
        else bad(pp, "unknown price (known: input, output, cached_input)");
      }
    } else if (key == "unconfirmed") {
      if (!v.is_array()) { bad(path, "expected a list"); continue; }
      m.unconfirmed.clear();
      for (const Json& u : v) if (u.is_string()) m.unconfirmed.push_back(u.get<std::string>());
    } else if (key == "note") {
      // free text for people reading the data file
    } else {
      bad(path, "unknown key (known: provider, extends, aliases, context_window, max_output, "
                "default_max_output, system_role, params, features, price, unconfirmed, note)");
    }
  }
  return ok;
}

// `gpt-4o-2024-08-06`, `claude-sonnet-4-5-20250929`, `-latest`: a dated or
// moving snapshot of a base name.
bool is_snapshot_suffix(std::string_view s) {
  if (s == "latest") return true;
  auto all_digits = [](std::string_view t) {
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  };
  if (s.size() == 8 && all_digits(s)) return true;  // YYYYMMDD
  if (s.size() == 10 && all_digits(s.substr(0, 4)) && s[4] == '-' && all_digits(s.substr(5, 2)) &&
      s[7] == '-' && all_digits(s.substr(8, 2))) {
    return true;  // YYYY-MM-DD
  }
  return false;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

Expected<CapabilityTable> CapabilityTable::parse(const Json& data) {
  CapabilityTable table;
  if (!data.is_object() || !data.contains("models") || !data["models"].is_object()) {
    return Error{"capability data: expected an object with a `models` table"};
  }
  if (data.contains("_meta")) table.meta_ = data["_meta"];
  std::string first_error;
  Fail fail = [&](const std::string& path, const std::string& message) {
    if (first_error.empty()) first_error = path + ": " + message;
  };
  for (auto it = data["models"].begin(); it != data["models"].end(); ++it) {
    ModelInfo m;
    m.name = it.key();
    if (it.value().is_object() && it.value().contains("extends")) {
      const ModelInfo* base = table.find(it.value()["extends"].get<std::string>());
      if (base == nullptr) return Error{"capability data: models." + it.key() + ".extends names an unknown (or later) model"};
      m = *base;
      m.name = it.key();
      m.aliases.clear();
    }
    apply_entry(m, it.value(), "models." + it.key(), fail);
    if (!first_error.empty()) return Error{"capability data: " + first_error};
    table.models_[m.name] = std::move(m);
  }
  return table;
}

CapabilityTable CapabilityTable::builtin() {
  static const CapabilityTable table = [] {
    auto parsed = parse(Json::parse(builtin_models_json()));
    // The file is ours and tested; a broken one is a build defect.
    if (!parsed) throw std::logic_error(parsed.error().message);
    return std::move(parsed).value();
  }();
  return table;
}

const ModelInfo* CapabilityTable::find(std::string_view name) const {
  if (auto it = models_.find(std::string(name)); it != models_.end()) return &it->second;
  for (const auto& [key, m] : models_) {
    for (const std::string& alias : m.aliases) {
      if (alias == name) return &m;
    }
  }
  // Ollama tags: `llama3.1:8b` is `llama3.1`; `:latest` likewise.
  if (auto colon = name.find(':'); colon != std::string_view::npos) {
    if (const ModelInfo* m = find(name.substr(0, colon)); m != nullptr && m->provider == "ollama") return m;
  }
  // Dated snapshots: the longest known base name followed by a date.
  const ModelInfo* best = nullptr;
  std::size_t best_len = 0;
  for (const auto& [key, m] : models_) {
    if (name.size() > key.size() + 1 && name.substr(0, key.size()) == key && name[key.size()] == '-' &&
        is_snapshot_suffix(name.substr(key.size() + 1)) && key.size() > best_len) {
      best = &m;
      best_len = key.size();
    }
  }
  return best;
}

std::vector<std::string> CapabilityTable::closest(std::string_view name) const {
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& [key, m] : models_) scored.emplace_back(edit_distance(name, key), key);
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  std::size_t limit = std::max<std::size_t>(3, name.size() / 2);
  for (const auto& [d, key] : scored) {
    if (out.size() == 3 || d > limit) break;
    out.push_back(key);
  }
  return out;
}

bool CapabilityTable::merge_model(const std::string& name, const Json& entry, DiagnosticSink& sink,
                                  Span where, const std::map<std::string, Span>& spans) {
  bool ok = true;
  Fail fail = [&](const std::string& path, const std::string& message) {
    ok = false;
    Span at = where;
    // The most specific known span: the key itself, else its nearest parent.
    std::string p = path;
    while (!p.empty()) {
      if (auto it = spans.find(p); it != spans.end()) { at = it->second; break; }
      auto dot = p.rfind('.');
      p = dot == std::string::npos ? std::string() : p.substr(0, dot);
    }
    sink.report(make_diag(DiagKind::ModelEntryInvalid, at,
                          "in `[models.\"" + name + "\"]`: `" + path + "`: " + message)
                    .help("see docs/targets.md, \"Entry format\", for the keys a model entry takes"));
  };
  ModelInfo m;
  if (const auto it = models_.find(name); it != models_.end()) m = it->second;
  m.name = name;
  if (entry.is_object() && entry.contains("extends")) {
    const Json& ext = entry["extends"];
    const ModelInfo* base = ext.is_string() ? find(ext.get<std::string>()) : nullptr;
    if (base == nullptr) {
      std::string wanted = ext.is_string() ? ext.get<std::string>() : ext.dump();
      fail("extends", "`" + wanted + "` is not a known model");
      return false;
    }
    m = *base;
    m.name = name;
    m.aliases.clear();
  }
  bool is_new = models_.find(name) == models_.end();
  apply_entry(m, entry, "", [&](const std::string& path, const std::string& message) {
    fail(path.empty() ? path : path.substr(1), message);
  });
  if (!ok) return false;
  if (is_new && (m.provider.empty() || m.context_window == 0 || m.max_output == 0)) {
    fail("provider", "a new model needs `provider`, `context_window` and `max_output`, or `extends` naming a known model");
    return false;
  }
  models_[name] = std::move(m);
  return true;
}

bool CapabilityTable::merge_json(const Json& models, DiagnosticSink& sink, Span where) {
  const Json& table = models.contains("models") && models["models"].is_object() ? models["models"] : models;
  if (!table.is_object()) {
    sink.report(make_diag(DiagKind::ModelEntryInvalid, where, "`models` must be a table of model entries"));
    return false;
  }
  bool ok = true;
  for (auto it = table.begin(); it != table.end(); ++it) ok = merge_model(it.key(), it.value(), sink, where) && ok;
  return ok;
}

namespace {

Span toml_span(const toml::node& node, FileId file, const SourceManager* sources) {
  Span s;
  if (file == kNoFile) return s;
  const auto& region = node.source();
  s.file = file;
  s.line = static_cast<std::uint32_t>(region.begin.line);
  s.column = static_cast<std::uint32_t>(region.begin.column);
  if (sources != nullptr && sources->find(file) != nullptr && s.line > 0) {
    s.begin = sources->file(file).line_start(s.line) + (s.column > 0 ? s.column - 1 : 0);
    s.end = s.begin;
  }
  return s;
}

Json toml_to_json(const toml::node& node, const std::string& path, FileId file,
                  const SourceManager* sources, std::map<std::string, Span>& spans) {
  if (!path.empty()) spans[path] = toml_span(node, file, sources);
  if (const auto* t = node.as_table()) {
    Json out = Json::object();
    for (const auto& [key, value] : *t) {
      std::string k(key.str());
      out[k] = toml_to_json(value, path.empty() ? k : path + "." + k, file, sources, spans);
    }
    return out;
  }
  if (const auto* a = node.as_array()) {
    Json out = Json::array();
    for (std::size_t i = 0; i < a->size(); ++i) out.push_back(toml_to_json(*a->get(i), path, file, sources, spans));
    return out;
  }
  if (const auto* v = node.as_integer()) return Json(v->get());
  if (const auto* v = node.as_floating_point()) return Json(v->get());
  if (const auto* v = node.as_boolean()) return Json(v->get());
  if (const auto* v = node.as_string()) return Json(v->get());
  return Json(node.is_date_time() ? "date-time" : "unsupported");  // rejected by the entry reader
}

}  // namespace

bool CapabilityTable::merge_toml(const toml::table& doc, DiagnosticSink& sink, FileId file,
                                 const SourceManager* sources) {
  const toml::table* models = doc.contains("models") ? doc["models"].as_table() : &doc;
  if (models == nullptr) {
    sink.report(make_diag(DiagKind::ModelEntryInvalid, toml_span(*doc.get("models"), file, sources),
                          "`models` must be a table of `[models.\"name\"]` entries"));
    return false;
  }
  bool ok = true;
  for (const auto& [key, value] : *models) {
    std::map<std::string, Span> spans;
    Json entry = toml_to_json(value, "", file, sources, spans);
    ok = merge_model(std::string(key.str()), entry, sink, toml_span(value, file, sources), spans) && ok;
  }
  return ok;
}

}  // namespace aep::targets
